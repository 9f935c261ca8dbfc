/**
 * The bundler plugin, written once for unplugin: Vite, Rollup, esbuild and webpack adapters are
 * its instances. It runs the core transform on each module that mentions 'tsgrad', before
 * TypeScript is stripped, and turns diagnostics into build errors.
 */
import { createUnplugin, type UnpluginInstance } from 'unplugin';
import { formatDiagnostics } from './diagnostics.js';
import { GradientCache } from './compile.js';
import { fileOfId } from './resolve.js';
import { transform, type TsgradOptions } from './transform.js';

export type { TsgradOptions } from './transform.js';

export const unplugin: UnpluginInstance<TsgradOptions | undefined, false> = createUnplugin((options: TsgradOptions | undefined) => {
  const cache = new GradientCache();
  /** For each file a generated gradient depends on, the modules it was inlined into. */
  const dependents = new Map<string, Set<string>>();
  return {
    name: 'tsgrad',
    // Before the bundler strips types: grad(f) is found in the TypeScript source.
    enforce: 'pre',
    transform: {
      filter: {
        id: { include: /\.[cm]?[jt]sx?(?:$|\?)/, exclude: /[\\/]node_modules[\\/]/ },
        code: 'tsgrad',
      },
      handler(code, id) {
        const result = transform(code, id, { ...options, cache });
        for (const file of result.dependencies) {
          this.addWatchFile(file);
          dependents.set(file, (dependents.get(file) ?? new Set()).add(id));
        }
        if (result.diagnostics.length > 0) this.error(formatDiagnostics(result.diagnostics));
        return result.map ? { code: result.code, map: result.map } : null;
      },
    },
    vite: {
      // Vite's dev server only re-stamps the imports of a module whose import changed ("soft
      // invalidation"); a module with an inlined gradient must be transformed again.
      hotUpdate({ file, timestamp, modules }) {
        const graph = this.environment.moduleGraph;
        const stale = [...(dependents.get(file) ?? [])].flatMap((id) => [...(graph.getModulesByFile(fileOfId(id)) ?? [])]);
        for (const mod of stale) graph.invalidateModule(mod, new Set(), timestamp, true);
        return stale.length > 0 ? [...new Set([...modules, ...stale])] : undefined;
      },
    },
  };
});
