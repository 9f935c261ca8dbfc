/** tsgrad for esbuild: `plugins: [tsgrad()]` in the build options. */
import type { EsbuildPlugin } from 'unplugin';
import { unplugin, type TsgradOptions } from './unplugin.js';

export type { TsgradOptions } from './unplugin.js';

const tsgrad: (options?: TsgradOptions) => EsbuildPlugin = unplugin.esbuild;
export default tsgrad;
