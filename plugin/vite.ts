/** tsgrad for Vite: `plugins: [tsgrad()]` in vite.config.ts. */
import type { VitePlugin } from 'unplugin';
import { unplugin, type TsgradOptions } from './unplugin.js';

export type { TsgradOptions } from './unplugin.js';

const tsgrad: (options?: TsgradOptions) => VitePlugin = unplugin.vite;
export default tsgrad;
