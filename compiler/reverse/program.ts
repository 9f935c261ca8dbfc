/**
 * Reverse mode over a linked program: which functions get a vjp (link/plan.ts), the mode of
 * each call between them (joint or split: split.ts), and each one's adjoint IR.
 */
import type { Diagnostic } from '../diagnostics.js';
import { asDiagnostic } from '../diagnostics.js';
import type { Call, Stmt } from '../ir/types.js';
import { type LinkedProgram, type Module, type Plan, analyzed, fileOf, key, nameOf, planEmission } from '../link/index.js';
import { checkpointedLoops } from './checkpoint.js';
import { type AdjointFunction, reverseFunction } from './index.js';
import type { CallMode } from './plan.js';
import { type CallGraphNode, chooseCallModes } from './split.js';

/** What reverse mode hands on. */
export interface ReversedProgram {
  /** The functions that get a vjp, and why the others are blocked. */
  readonly plan: Plan;
  /** The adjoint IR of every function of `plan.emitted`, by key. */
  readonly adjoints: ReadonlyMap<string, AdjointFunction>;
  /** The linked program's problems and the functions whose reversal failed (an internal error). */
  readonly problems: ReadonlyMap<string, readonly Diagnostic[]>;
}

export function reverseProgram(linked: LinkedProgram, options: { tapeBudget?: number }): ReversedProgram {
  const { modules } = linked;
  // Reversing a function can still fail (an internal error): it is then a problem of its own,
  // and what it blocks is worked out again.
  const problems = new Map(linked.problems);
  const adjoints = new Map<string, AdjointFunction>();
  // callees whose vjp could not be cut in two for split mode (split.ts): called joint
  const jointOnly = new Set<string>();
  let plan: Plan;
  for (;;) {
    plan = planEmission(modules, problems);
    const modes = callModes(modules, plan.emitted, jointOnly);
    const cut = new Set([...modes.values()].flatMap((byCall) => [...byCall].flatMap(([s, mode]) =>
      (mode.split && s.kind === 'call' ? [key(s.callee.file, s.callee.name)] : []))));
    let failed = false;
    for (const k of plan.emitted) {
      if (adjoints.has(k)) continue;
      const m = modules.get(fileOf(k))!;
      const fn = m.funcs.get(nameOf(k))!;
      try {
        adjoints.set(k, reverseFunction(fn, analyzed(m, fn).active, { tapeBudget: options.tapeBudget ?? 0, callModes: modes.get(k), splitForms: cut.has(k) }));
      } catch (e) {
        problems.set(k, [asDiagnostic(e, m.file)]);
        failed = true;
      }
    }
    if (failed) continue;
    const uncut = [...cut].filter((k) => adjoints.has(k) && !adjoints.get(k)!.split);
    if (uncut.length === 0) break;
    for (const k of uncut) jointOnly.add(k);
    adjoints.clear();
  }
  // g_fwd and g_rev only where a caller calls them
  const calledSplit = new Set([...adjoints].flatMap(([k, a]) => a.splitCallees.map((n) => key(fileOf(k), n))));
  for (const [k, a] of adjoints) if (a.split && !calledSplit.has(k)) adjoints.set(k, { ...a, split: undefined });
  return { plan, adjoints, problems };
}

/**
 * The mode of each call of a generated vjp in the functions to emit (split.ts): split in a
 * loop or into a recursion, where the callee is of the same module, may not throw, has no
 * `@checkpoint` loop, and its vjp could be cut in two (not in `jointOnly`).
 */
function callModes(modules: ReadonlyMap<string, Module>, emitted: ReadonlySet<string>, jointOnly: ReadonlySet<string>): Map<string, Map<Stmt, CallMode>> {
  const nodes: CallGraphNode[] = [...emitted].map((k) => {
    const m = modules.get(fileOf(k))!;
    const calleeKey = (s: Call) => {
      const ck = key(s.callee.file, s.callee.name);
      return s.callee.vjp === 'generated' && emitted.has(ck) ? ck : undefined;
    };
    const unsplittable = (s: Call) => {
      const ck = key(s.callee.file, s.callee.name);
      const g = s.callee.name;
      const callee = modules.get(fileOf(ck))?.funcs.get(g);
      return s.callee.specifier || fileOf(ck) !== fileOf(k) || !callee ? `${g} is of another module`
        : checkpointedLoops(callee).length > 0 ? `${g} has a @checkpoint loop`
        : jointOnly.has(ck) ? `${g}'s forward sweep cannot record all its reverse needs` : undefined;
    };
    return { key: k, fn: m.funcs.get(nameOf(k))!, calleeKey, unsplittable };
  });
  return chooseCallModes(nodes);
}
