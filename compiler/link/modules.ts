/**
 * The modules of a compile: the inputs lowered to traces, then every module whose functions
 * they call, and their functions once callees are inlined.
 */
import { relative, dirname, resolve } from 'node:path';
import { asDiagnostic, type Diagnostic } from '../diagnostics.js';
import { type ModuleTrace, calleeModules, loadProgram, lowerModule } from '../frontend/index.js';
import { inPackage } from '../frontend/packages.js';
import { commonSubexpressions } from '../ir/common.js';
import { propagateConstants } from '../ir/copies.js';
import { Inliner } from '../ir/inline.js';
import { isOptionsCopyName } from '../ir/names.js';
import { scalarTuples } from '../ir/tuples.js';
import type { Func, Projection } from '../ir/types.js';
import { analyze } from '../analyze/index.js';

/** One module of the compile: its trace, and its functions once inlined. */
export interface Module {
  readonly file: string;
  readonly key: string;
  /** Among the files to compile (it owes every exported function its gradient). */
  readonly input: boolean;
  /** A module of an npm package (not an input): only the functions called there are lowered, to be inlined. */
  readonly package?: boolean;
  readonly trace?: ModuleTrace;
  /** Why the whole module could not be read (an internal error). */
  readonly error?: Diagnostic;
  /** The lowered functions by name, before inlining (what the inliner inlines). */
  readonly lowered: Map<string, Func>;
  /** The same, with callees inlined. */
  readonly funcs: Map<string, Func>;
  readonly facts: Map<Func, Facts>;
}

export type Facts = ReturnType<typeof analyze>;

/** A function of the program: `<absolute file>\0<name>`. */
export const key = (file: string, name: string) => `${resolve(file)}\0${name}`;
export const fileOf = (k: string) => k.slice(0, k.indexOf('\0'));
export const nameOf = (k: string) => k.slice(k.indexOf('\0') + 1);

/** Lowers the inputs and, in turn, every module whose functions they call. */
export function lowerAll(program: ReturnType<typeof loadProgram>, files: readonly string[]): Map<string, Module> {
  const modules = new Map<string, Module>();
  const inputs = new Set(files.map((f) => resolve(f)));
  const queue = [...files];
  const seen = new Set(inputs);
  // Of a package, only the functions called are lowered (again, as more of them are found to be called)
  const called = new Map<string, Map<string, Projection | undefined>>();
  // Of a module of the project, what its callers in other modules need beside its functions as
  // they are: a helper's copy taking objects of numbers (`add$options`), a trace of one property
  // of the object a helper returns (`add.x`); lowered again when a module lowered later needs more
  const requested = new Map<string, Map<string, Projection | undefined>>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    const input = inputs.has(resolve(file));
    const only = input ? undefined : called.get(resolve(file));
    const base = { file, key: resolve(file), input, ...(only ? { package: true } : {}), funcs: new Map<string, Func>(), facts: new Map<Func, Facts>() };
    try {
      const trace = lowerModule(program, file, base.input, only, only ? undefined : requested.get(resolve(file)));
      modules.set(base.key, { ...base, trace, lowered: new Map(trace.funcs.map((f) => [f.name, f])) });
      for (const [dep, names] of calleeModules(trace.funcs)) {
        if (inPackage(dep) && !inputs.has(resolve(dep))) {
          const known = called.get(resolve(dep)) ?? new Map<string, Projection | undefined>();
          called.set(resolve(dep), known);
          if ([...names.keys()].some((n) => !known.has(n))) {
            for (const [n, p] of names) known.set(n, p);
            queue.push(dep);
          }
        } else {
          const wanted = [...names].filter(([n, p]) => p !== undefined || isOptionsCopyName(n));
          const known = requested.get(resolve(dep)) ?? new Map<string, Projection | undefined>();
          const more = wanted.some(([n]) => !known.has(n));
          for (const [n, p] of wanted) known.set(n, p);
          if (wanted.length > 0) requested.set(resolve(dep), known);
          if (!seen.has(resolve(dep)) || (more && !queue.some((q) => resolve(q) === resolve(dep)))) {
            seen.add(resolve(dep));
            queue.push(dep);
          }
        }
      }
    } catch (e) {
      modules.set(base.key, { ...base, error: asDiagnostic(e, file), lowered: new Map() });
    }
  }
  return modules;
}

/** Inlines callees into every function of the modules (Module.funcs), across modules. */
export function inlineAll(modules: ReadonlyMap<string, Module>): void {
  const inliner = new Inliner((file, name) => modules.get(resolve(file))?.lowered.get(name));
  for (const m of modules.values()) if (m.trace) inliner.declare(m.trace.file, m.trace.funcs, m.trace.names);
  for (const m of modules.values()) {
    if (!m.trace) continue;
    for (const f of m.trace.funcs) m.funcs.set(f.name, commonSubexpressions(propagateConstants(scalarTuples(inliner.inline(f, m.trace.file)))));
  }
}

/** The activity facts of a function (computed once, when first needed). */
export function analyzed(m: Module, fn: Func): Facts {
  let facts = m.facts.get(fn);
  if (!facts) m.facts.set(fn, facts = analyze(fn, m.file));
  return facts;
}

/** The source as seen from the generated file (`loss.ts`, `../src/loss.ts`): machine-independent. */
export function relativeSource(from: string, to: string): string {
  return relative(dirname(from), to).replace(/\\/g, '/');
}
