/** tsgrad for esbuild: `plugins: [tsgrad()]` in the build options. */
import type { PartialMessage } from 'esbuild';
import type { EsbuildPlugin } from 'unplugin';
import type { LocatedError } from './diagnostics.js';
import { unplugin, type TsgradOptions } from './unplugin.js';

export type { TsgradOptions } from './unplugin.js';

/**
 * unplugin's esbuild plugin, with tsgrad's errors completed as esbuild prints them: the
 * source line under the location (esbuild's code frame) and the hint as a note. (unplugin
 * passes a message's location on without them.)
 */
const tsgrad = (options?: TsgradOptions): EsbuildPlugin => {
  const plugin = unplugin.esbuild(options);
  return {
    ...plugin,
    setup(build) {
      return plugin.setup({
        ...build,
        onLoad(filter, callback) {
          build.onLoad(filter, async (args) => {
            const result = await callback(args);
            for (const message of result?.errors ?? []) located(message);
            return result;
          });
        },
      });
    },
  };
};
export default tsgrad;

function located(message: PartialMessage): void {
  const e = (message.detail as { tsgrad?: LocatedError } | undefined)?.tsgrad;
  if (!e || !message.location) return;
  message.location = { ...message.location, lineText: e.lineText, length: Math.min(Math.max(e.length, 1), Math.max(e.lineText.length - e.column, 0)) };
  if (e.hint) message.notes = [{ text: `hint: ${e.hint}` }];
  delete message.detail;
}
