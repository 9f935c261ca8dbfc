/**
 * Reverse mode over a linked program: which functions get a vjp (link/plan.ts), the mode of
 * each call between them (joint or split: split.ts), and each one's adjoint IR.
 */
import type { Diagnostic } from '../diagnostics.js';
import { asDiagnostic } from '../diagnostics.js';
import { type Call, type Stmt, isArrayType } from '../ir/types.js';
import { type LinkedProgram, type Module, type Plan, analyzed, fileOf, key, nameOf, planEmission } from '../link/index.js';
import { type AdjointFunction, primalCopy, reverseFunction } from './index.js';
import type { CallMode } from './plan.js';
import { type CallGraphNode, chooseCallModes, recursion } from './split.js';
import { statements } from '../ir/walk.js';

/** What reverse mode hands on. */
export interface ReversedProgram {
  /** The functions that get a vjp, and why the others are blocked. */
  readonly plan: Plan;
  /** The adjoint IR of every function of `plan.emitted`, by key. */
  readonly adjoints: ReadonlyMap<string, AdjointFunction>;
  /** The linked program's problems and the functions whose reversal failed (an internal error). */
  readonly problems: ReadonlyMap<string, readonly Diagnostic[]>;
  /** The private copies of the tests of `plan.primals`, by key (no derivative: only `primal`). */
  readonly primals: ReadonlyMap<string, AdjointFunction>;
}

export function reverseProgram(linked: LinkedProgram, options: { tapeBudget?: number }): ReversedProgram {
  const { modules } = linked;
  // Reversing a function can still fail (an internal error): it is then a problem of its own,
  // and what it blocks is worked out again.
  const problems = new Map(linked.problems);
  const adjoints = new Map<string, AdjointFunction>();
  // callees whose vjp could not be cut in two for split mode (split.ts): called joint
  const jointOnly = new Set<string>();
  // the array parameters of functions cut in two whose elements g_rev turned out to read (those
  // not here are assumed unread, SplitUnread; a refuted assumption reverses everything again)
  const revReads = new Map<string, Set<number>>();
  const assumedUnread = (k: string): Set<number> => {
    const fn = modules.get(fileOf(k))?.funcs.get(nameOf(k));
    if (!fn || [...statements(fn.body)].some((s) => s.kind === 'for' && s.checkpoint)) return new Set();
    return new Set(fn.params.flatMap((p, i) => (isArrayType(p.v.type) && !p.v.mutable && !p.elementsUnread && fn.writes.includes(p.v) && !revReads.get(k)?.has(i) ? [i] : [])));
  };
  let plan: Plan;
  for (;;) {
    plan = planEmission(modules, problems);
    const exportsSplit = splitExports(modules, plan.emitted);
    const modes = callModes(modules, plan.emitted, jointOnly, exportsSplit);
    // (cut in two: the callees of calls in split mode, and the functions whose modules export
    // their split forms whoever calls them)
    const cut = new Set([...modes.values()].flatMap((byCall) => [...byCall].flatMap(([s, mode]) =>
      (mode.split && s.kind === 'call' ? [key(s.callee.file, s.callee.name)] : []))));
    for (const k of plan.emitted) if (exportsSplit(k) && !jointOnly.has(k)) cut.add(k);
    const unread = new Map([...cut].map((k) => [k, assumedUnread(k)] as const));
    const splitUnread = (c: { readonly name: string; readonly file: string }, i: number) => !!unread.get(key(c.file, c.name))?.has(i);
    let failed = false;
    for (const k of plan.emitted) {
      if (adjoints.has(k)) continue;
      const m = modules.get(fileOf(k))!;
      const fn = m.funcs.get(nameOf(k))!;
      try {
        const a = reverseFunction(fn, analyzed(m, fn).active, { tapeBudget: options.tapeBudget ?? 0, callModes: modes.get(k), splitForms: cut.has(k),
          splitUnread, ownUnread: unread.get(k) ?? new Set() });
        adjoints.set(k, a.split && exportsSplit(k) ? { ...a, splitExported: true } : a);
      } catch (e) {
        problems.set(k, [asDiagnostic(e, m.file)]);
        failed = true;
      }
    }
    if (failed) continue;
    // (an assumption refuted: that g_rev reads the array after all, and its callers save it)
    let refuted = false;
    for (const [k, is] of unread) {
      for (const i of is) {
        if (!adjoints.get(k)?.revReadsElements?.has(i)) continue;
        revReads.set(k, (revReads.get(k) ?? new Set()).add(i));
        refuted = true;
      }
    }
    if (refuted) { adjoints.clear(); continue; }
    const uncut = [...cut].filter((k) => adjoints.has(k) && !adjoints.get(k)!.split);
    if (uncut.length === 0) break;
    for (const k of uncut) jointOnly.add(k);
    adjoints.clear();
  }
  // g_fwd and g_rev only where a caller calls them, or the module exports them
  const calledSplit = new Set([...adjoints.values()].flatMap((a) => a.splitCallees.map((c) => key(c.file, c.name))));
  for (const [k, a] of adjoints) if (a.split && !calledSplit.has(k) && !a.splitExported) adjoints.set(k, { ...a, split: undefined });
  const primals = new Map([...plan.primals].map((k) => [k, primalCopy(modules.get(fileOf(k))!.funcs.get(nameOf(k))!)] as const));
  return { plan, adjoints, problems, primals };
}

/** The call graph of the functions to emit: each function, and the key of a call's callee with a generated vjp. */
function callGraph(modules: ReadonlyMap<string, Module>, emitted: ReadonlySet<string>): Omit<CallGraphNode, 'unsplittable'>[] {
  return [...emitted].map((k) => ({
    key: k,
    fn: modules.get(fileOf(k))!.funcs.get(nameOf(k))!,
    calleeKey: (s: Call) => {
      const ck = key(s.callee.file, s.callee.name);
      return s.callee.vjp === 'generated' && emitted.has(ck) ? ck : undefined;
    },
  }));
}

/**
 * The functions whose generated modules export `g_fwd` and `g_rev` (split.ts), for calls in
 * split mode from other modules: exported functions of a project module (not a package's)
 * that recurse or are `@noinline`, the calls of another module that stay calls. This depends
 * on g's module and what it calls, never on g's callers, so that the generated module has them
 * however it is compiled (alone, with its callers, by a plugin): a recursion across modules
 * loads every module of the cycle.
 */
function splitExports(modules: ReadonlyMap<string, Module>, emitted: ReadonlySet<string>): (key: string) => boolean {
  const recursive = recursion(callGraph(modules, emitted));
  return (k) => {
    const m = modules.get(fileOf(k));
    const fn = m?.funcs.get(nameOf(k));
    return !!m && !m.package && !!fn?.exported && (recursive(k) || !fn.inlinable);
  };
}

/**
 * The mode of each call of a generated vjp in the functions to emit (split.ts): split in a
 * loop or into a recursion, where the callee is of the same module or its module exports its
 * split forms (`exportsSplit`), and its vjp could be cut in two (not in `jointOnly`).
 */
function callModes(modules: ReadonlyMap<string, Module>, emitted: ReadonlySet<string>, jointOnly: ReadonlySet<string>,
  exportsSplit: (key: string) => boolean): Map<string, Map<Stmt, CallMode>> {
  const nodes: CallGraphNode[] = callGraph(modules, emitted).map((n) => {
    const unsplittable = (s: Call) => {
      const ck = key(s.callee.file, s.callee.name);
      const g = s.callee.name;
      const callee = modules.get(fileOf(ck))?.funcs.get(g);
      return !callee ? `${g} is of a module tsgrad does not differentiate`
        : fileOf(ck) !== fileOf(n.key) && !exportsSplit(ck) ? `${g} is of another module, which exports split forms only of functions that recurse or are @noinline`
        : jointOnly.has(ck) ? `${g}'s forward sweep cannot record all its reverse needs` : undefined;
    };
    return { ...n, unsplittable };
  });
  return chooseCallModes(nodes);
}
