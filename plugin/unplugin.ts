/**
 * The bundler plugin, written once for unplugin: Vite, Rollup, esbuild and webpack adapters are
 * its instances. It runs the core transform on each module that mentions 'tsgrad', before
 * TypeScript is stripped, and turns diagnostics into build errors.
 */
import { readFileSync } from 'node:fs';
import { createUnplugin, type UnpluginBuildContext, type UnpluginContext, type UnpluginInstance } from 'unplugin';
import { formatDiagnostics } from './diagnostics.js';
import { GradientCache } from './compile.js';
import { fileOfId } from './resolve.js';
import { transform, type TsgradOptions } from './transform.js';

export type { TsgradOptions } from './transform.js';

export const unplugin: UnpluginInstance<TsgradOptions | undefined, false> = createUnplugin((options: TsgradOptions | undefined) => {
  const cache = new GradientCache();
  /** For each file a generated gradient depends on, the modules it was inlined into. */
  const dependents = new Map<string, Set<string>>();
  const ids = { include: /\.[cm]?[jt]sx?(?:$|\?)/, exclude: /[\\/]node_modules[\\/]/ };
  function run(this: UnpluginBuildContext & UnpluginContext, code: string, id: string) {
    const result = transform(code, id, { ...options, cache });
    for (const file of result.dependencies) {
      this.addWatchFile(file);
      dependents.set(file, (dependents.get(file) ?? new Set()).add(id));
    }
    if (result.diagnostics.length > 0) this.error(formatDiagnostics(result.diagnostics));
    return result.map ? { code: result.code, map: result.map } : null;
  }
  return {
    name: 'tsgrad',
    // Before the bundler strips types: grad(f) is found in the TypeScript source.
    enforce: 'pre',
    transform: {
      filter: { id: ids, code: 'tsgrad' },
      handler(code, id) {
        return run.call(this, code, id);
      },
    },
    rollup: {
      // Rollup keeps only the first source of a transform's map (the module): the gradients'
      // lines, which map into the model's file, would map to nothing. A map from `load` may
      // name several files: the module is transformed as it is loaded (the transform hook then
      // finds no grad import left).
      load(id) {
        if (id.startsWith('\0') || !ids.include.test(id) || ids.exclude.test(id)) return null;
        let code: string;
        try {
          code = readFileSync(fileOfId(id), 'utf8');
        } catch {
          return null;
        }
        return code.includes('tsgrad') ? run.call(this as unknown as UnpluginBuildContext & UnpluginContext, code, id) : null;
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
