/** tsgrad for webpack: `plugins: [tsgrad()]`, with a loader for TypeScript (ts-loader, esbuild-loader, swc-loader). */
import type { WebpackPluginInstance } from 'unplugin';
import { unplugin, type TsgradOptions } from './unplugin.js';

export type { TsgradOptions } from './unplugin.js';

const tsgrad: (options?: TsgradOptions) => WebpackPluginInstance = unplugin.webpack;
export default tsgrad;
