/**
 * The bundler plugin, written once for unplugin: Vite, Rollup, esbuild and webpack adapters are
 * its instances. It runs the core transform on each module that mentions 'tsgrad', before
 * TypeScript is stripped, and turns diagnostics into build errors.
 */
import { readFileSync } from 'node:fs';
import { createUnplugin, type UnpluginBuildContext, type UnpluginContext, type UnpluginInstance } from 'unplugin';
import { bundlerError, locatedErrors, type TransformDiagnostic } from './diagnostics.js';
import { GradientCache } from './compile.js';
import { fileOfId } from './resolve.js';
import { transform, type TsgradOptions } from './transform.js';

export type { TsgradOptions } from './transform.js';

export const unplugin: UnpluginInstance<TsgradOptions | undefined, false> = createUnplugin((options: TsgradOptions | undefined) => {
  const cache = new GradientCache();
  /** For each file a generated gradient depends on, the modules it was inlined into. */
  const dependents = new Map<string, Set<string>>();
  const ids = { include: /\.[cm]?[jt]sx?(?:$|\?)/, exclude: /[\\/]node_modules[\\/]/ };
  /** `loading`: from Rollup's load hook, which leaves errors to the transform hook (Rollup prefixes a load hook's with "Could not load <the importer>"). */
  function run(this: UnpluginBuildContext & UnpluginContext, code: string, id: string, loading = false) {
    const result = transform(code, id, { ...options, cache });
    for (const file of result.dependencies) {
      this.addWatchFile(file);
      dependents.set(file, (dependents.get(file) ?? new Set()).add(id));
    }
    if (result.diagnostics.length > 0 && loading) return null;
    if (result.diagnostics.length > 0) report(this, result.diagnostics);
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
        return code.includes('tsgrad') ? run.call(this as unknown as UnpluginBuildContext & UnpluginContext, code, id, true) : null;
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

/**
 * Diagnostics as the bundler's own errors, each once, at the file and line of the mistake
 * (which may be a helper the module imports), with a code frame and without tsgrad's stack:
 * esbuild takes one located message each (plugin/esbuild.ts adds the line and the hint as a
 * note), webpack one error each on the module (not a loader error, whose stack webpack prints
 * again below it), Rollup and Vite the one error of plugin/diagnostics.ts's bundlerError.
 */
function report(context: UnpluginBuildContext & UnpluginContext, diagnostics: readonly TransformDiagnostic[]): void {
  const native = context.getNativeBuildContext?.();
  if (native?.framework === 'esbuild') {
    for (const e of locatedErrors(diagnostics)) {
      context.error({ message: e.text, loc: { file: e.file, line: e.line, column: e.column }, meta: { tsgrad: e } } as never);
    }
    return;
  }
  if (native?.framework === 'webpack') {
    const module = (native.loaderContext as { _module?: { addError(error: Error): void } } | undefined)?._module;
    if (module) {
      for (const e of locatedErrors(diagnostics)) {
        const error = new native.compiler.webpack.WebpackError(e.formatted) as Error & { hideStack?: boolean };
        error.name = 'TsgradError';
        error.hideStack = true;
        error.stack = '';
        module.addError(error);
      }
      return;
    }
  }
  context.error(bundlerError(diagnostics));
}
