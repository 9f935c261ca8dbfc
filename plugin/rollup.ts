/** tsgrad for Rollup: `plugins: [tsgrad(), ...]`, before the plugin that strips TypeScript. */
import type { RollupPlugin } from 'unplugin';
import { unplugin, type TsgradOptions } from './unplugin.js';

export type { TsgradOptions } from './unplugin.js';

const tsgrad: (options?: TsgradOptions) => RollupPlugin = unplugin.rollup;
export default tsgrad;
