/**
 * Compiling the modules that declare differentiated functions, through the compiler's one
 * entry point, with a cache: a bundle usually differentiates the same few modules from many
 * places, and a compile loads a whole TypeScript program.
 */
import { compileFiles, type FileResult } from '../compiler/index.js';
import { fingerprint, moduleClosure } from './graph.js';

export interface Compiled {
  /** The generated module of each target and of each module whose functions they call. */
  results: FileResult[];
  /** Every file the results depend on. */
  dependencies: string[];
}

/**
 * Generated modules by the files they came from, valid while those files' contents are the
 * same. One per plugin instance (a build, a watch session, a Jest worker).
 */
export class GradientCache {
  private readonly entries = new Map<string, { fingerprint: string; compiled: Compiled }>();

  get(key: string, print: string): Compiled | undefined {
    const entry = this.entries.get(key);
    return entry?.fingerprint === print ? entry.compiled : undefined;
  }

  set(key: string, print: string, compiled: Compiled): void {
    this.entries.set(key, { fingerprint: print, compiled });
  }
}

/**
 * `wrt`: as `tsgrad compile --wrt` takes it (`loss:w,b`), for `grad(f, keys)`. `readFile`: the
 * text of a file where it is not the one on disk (an editor's unsaved text), else undefined.
 */
export function compileTargets(modules: readonly string[], runtimeModule: string, cache?: GradientCache, wrt: readonly string[] = [],
  tapeBudget = 0, readFile?: (file: string) => string | undefined): Compiled {
  const targets = [...new Set(modules)].sort();
  const dependencies = moduleClosure(targets, readFile);
  const key = [...targets, ...(wrt.length > 0 ? ['--wrt', ...wrt] : []), ...(tapeBudget > 0 ? ['--tape-budget', String(tapeBudget)] : [])].join('\0');
  const print = fingerprint(dependencies, runtimeModule, ...(readFile ? dependencies.map((f) => readFile(f) ?? '') : []));
  const cached = cache?.get(key, print);
  if (cached) return cached;
  // Each generated module goes beside its source, as `tsgrad compile` writes it: relative
  // imports in the generated code are then relative to the source's directory.
  const compiled = { results: compileFiles(targets, { runtimeModule, sourceMap: true, ...(wrt.length > 0 ? { wrt } : {}), ...(tapeBudget > 0 ? { tapeBudget } : {}), ...(readFile ? { readFile } : {}) }), dependencies };
  cache?.set(key, print, compiled);
  return compiled;
}
