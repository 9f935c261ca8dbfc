/**
 * Loads TypeScript modules from text: transpiled with TypeScript's transpileModule to CommonJS and
 * evaluated with a require that resolves the modules of one batch by name and `tsgrad/runtime` to
 * the runtime object the checks observe (so `tape.top` is the tape the generated code uses).
 */
import ts from 'typescript';

export type Exports = Record<string, unknown>;

export class ModuleSet {
  private readonly cache = new Map<string, Exports>();

  /** `texts`: module name (file name without .ts, e.g. `g0m1` or `g0m1.grad`) to its source. */
  constructor(private readonly texts: Map<string, string>, private readonly runtime: Exports) {}

  require(spec: string): Exports {
    if (spec === 'tsgrad/runtime') return this.runtime;
    const name = spec.replace(/^\.\//, '').replace(/\.(js|ts)$/, '');
    const hit = this.cache.get(name);
    if (hit) return hit;
    const text = this.texts.get(name);
    if (text === undefined) throw new Error(`cannot find module '${spec}'`);
    const js = ts.transpileModule(text, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    }).outputText;
    const module = { exports: {} as Exports };
    this.cache.set(name, module.exports);
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    new Function('exports', 'require', 'module', js)(module.exports, (s: string) => this.require(s), module);
    this.cache.set(name, module.exports);
    return module.exports;
  }
}
