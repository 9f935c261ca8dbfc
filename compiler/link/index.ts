/**
 * Linking: the inputs and every module whose functions they call, lowered and with callees
 * inlined across modules, and why each function that cannot be differentiated cannot.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { loadProgram } from '../frontend/index.js';
import { type Module, inlineAll, lowerAll } from './modules.js';
import { findProblems } from './problems.js';
import { adoptPackageFunctions } from './adopt.js';
import { restrictToWrt } from './wrt.js';
import { markConstantParams } from './constant-params.js';
import { markUnreadArrays } from './unread-arrays.js';
import { selections } from '../ir/selections.js';

export { type Module, analyzed, fileOf, key, nameOf, relativeSource } from './modules.js';
export { type Plan, type Report, planEmission, report } from './plan.js';
export { calledAsItIs } from './problems.js';

/** What linking hands on: the modules, and the problems found so far. */
export interface LinkedProgram {
  /** By absolute path: the inputs, the modules they call (in turn), and packages' modules read for inlining. */
  readonly modules: ReadonlyMap<string, Module>;
  /** Why each function (by key) cannot be differentiated. */
  readonly problems: ReadonlyMap<string, readonly Diagnostic[]>;
  /** What `--wrt` reports beside a function's own problems (unknown names, functions it cannot restrict). */
  readonly wrtReports: readonly Diagnostic[];
}

export function link(program: ReturnType<typeof loadProgram>, files: readonly string[], wrt: readonly string[] | undefined): LinkedProgram {
  const modules = linkForInterpreter(program, files);
  // (selections in loops differentiated after the loop: ir/selections.ts; not in what the interpreter reads)
  for (const m of modules.values()) for (const [name, fn] of m.funcs) m.funcs.set(name, selections(fn));
  adoptPackageFunctions(modules, (file) => program.getSourceFile(file)?.text);
  const problems = findProblems(modules);
  const wrtReports = wrt ? restrictToWrt(modules, wrt, problems) : [];
  // (after --wrt, which can leave more of a private callee's arguments unvaried)
  markConstantParams(modules);
  markUnreadArrays(modules);
  return { modules, problems, wrtReports };
}

/** A module's functions, callees inlined: what `tsgrad trace` and `tsgrad check` interpret. */
export function linkForInterpreter(program: ReturnType<typeof loadProgram>, files: readonly string[]): Map<string, Module> {
  const modules = lowerAll(program, files);
  inlineAll(modules);
  return modules;
}
