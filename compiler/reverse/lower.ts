/**
 * The last passes over a vjp's code, target code to target code: accumulators promoted to
 * locals (promote.ts), the tape's top kept in a local where that is sound and given back where
 * the function throws (stack.ts), short loops unrolled (unroll.ts); then the rewrites that skip
 * work where an adjoint is zero (jam.ts, early.ts) and an element's addition just after it was
 * cleared made an assignment (zeroed.ts), which forward-over-reverse does not take (`tangent*`). Also cuts the vjp in two for callers in split mode, g_fwd and g_rev (split.ts).
 */
import type { Func, Var } from '../ir/types.js';
import { type Callee, type FnForm, type LocalVar, type TStmt, type TVar, atomExpr, primal } from '../ir/target.js';
import { type Names, nameLocals } from '../ir/names.js';
import { arrayAliases, statements } from '../ir/walk.js';
import type { TapeRecord } from './plan.js';
import type { Sweeps } from './sweeps.js';
import type { VjpBody } from './assemble.js';
import { localStack } from './stack.js';
import { promoteAccumulators } from './promote.js';
import { carryReciprocals, reuseReciprocals } from './reciprocals.js';
import { hoistInvariantDivisions } from './hoist.js';
import { unrollShortLoops } from './unroll.js';
import { jamRows, skipZeroSeeds } from './jam.js';
import { addEarly } from './early.js';
import { splitForms } from './split.js';
import { unswitchFlags } from './unswitch.js';
import { type MayAlias, bulkSegments } from './segments.js';
import { assignZeroedElements } from './zeroed.js';
import { dropOverwrittenAssignments } from './overwritten.js';
import { gatherAdjoints } from './gather.js';

/** How the generated code's calls use the tape (stack.ts): facts of the trace's calls. */
export interface TapeUse {
  /** Callees that may use the tape themselves: a vjp, or a primal that calls a generated gradient (reentrancy). */
  readonly syncs: (callee: Callee) => boolean;
  /** Callees that leave the tape's top moved: split mode's g_fwd pushes, g_rev pops. */
  readonly moves: (callee: Callee) => boolean;
  /** Callees that may throw (split mode's g_fwd runs g: it throws where g does). */
  readonly throwing: (callee: Callee) => boolean;
  /** The function may throw: its code gives the tape's top back as it found it when it does. */
  readonly throws: boolean;
}

export function tapeUse(fn: Func): TapeUse {
  const all = [...statements(fn.body)];
  // (the program's functions called, by name: a call of any of their forms, of tsgrad/runtime's none)
  const calls = all.filter((s) => s.kind === 'call');
  const syncing = new Set(calls.flatMap((s) => (s.callee.specifier !== 'tsgrad/runtime' ? [s.callee.name] : [])));
  const throwing = new Set(calls.flatMap((s) => (s.callee.mayThrow ? [s.callee.name] : [])));
  const called = new Set(calls.map((s) => s.callee.name));
  const formOf = (c: Callee, forms: readonly FnForm[], of: ReadonlySet<string>) => c.k === 'fn' && !c.d && forms.includes(c.form) && of.has(c.name);
  return {
    syncs: (c) => formOf(c, ['primal', 'vjp', 'vjpInOut', 'fwd', 'rev'], syncing),
    moves: (c) => formOf(c, ['fwd', 'rev'], called),
    throwing: (c) => formOf(c, ['primal', 'fwd'], throwing),
    throws: throwing.size > 0 || all.some((s) => s.kind === 'throw'),
  };
}

/** A vjp's code lowered: what is emitted, and what second/ differentiates. */
export interface Lowered {
  readonly body: readonly TStmt[];
  readonly tangentBody: readonly TStmt[];
  readonly split?: { readonly forward: readonly TStmt[]; readonly reverse: readonly TStmt[] };
  readonly tangentSplit?: { readonly forward: readonly TStmt[]; readonly reverse: readonly TStmt[] };
}

export function lowerVjp(fn: Func, active: ReadonlySet<Var>, record: TapeRecord, sweeps: Sweeps, vjp: VjpBody, use: TapeUse, splitForm: boolean,
  flags: ReadonlySet<TVar> = new Set(), unread: ReadonlySet<number> = new Set()): Lowered {
  const { backward } = sweeps;
  // (the adjoint arrays, which jam.ts may reorder additions into: no two names of them are one array)
  const adjointArrays = backward.dynamicArrays ? new Set<TVar>()
    : new Set(fn.vars.filter((v) => v.type === 'f64[]' && active.has(v)).map((v) => backward.adjoint(v)));
  // (the array variables that may hold the same array under two names, and their adjoint arrays: no accumulator promoted)
  const aliased = new Set<TVar>();
  if (backward.dynamicArrays) {
    for (const [v, names] of arrayAliases(fn.body)) {
      if (names.size < 2) continue;
      aliased.add(primal(v));
      const adjoint = record.shadows.get(v) ?? record.paramAdjoints.get(v);
      if (adjoint) aliased.add(adjoint);
    }
  }
  // (the catch's exception, one variable in g_vjp and split mode's halves: named once, clear of every name of g's)
  const caught = use.throws ? backward.names.local('error', 'caught') : undefined;
  // (the variables made without a name named last: ir/names.ts nameLocals)
  const lowered = (stmts: readonly TStmt[], names: Names, catching: LocalVar | undefined) => named(unrollShortLoops(localStack(promoteAccumulators([...stmts], adjointArrays, aliased), {
    syncs: use.syncs, moves: use.moves,
    ...(catching ? { unwind: { entryTop: names.local('entryTop', 'int'), entryRefs: names.local('entryRefs', 'int'), caught: catching, throws: use.throwing } } : {}),
  })), names);
  // (and, last, loop-invariant divisions computed before their loops (hoist.ts), the loops
  // that test an integer counter's flag unswitched on it (unswitch.ts), and overwritten segments
  // saved and restored whole (segments.ts), additions into adjoint elements just cleared
  // made assignments (zeroed.ts), assignments the next statement overwrites dropped (overwritten.ts),
  // and adjoints summed where they are read (gather.ts))
  const skipping = (stmts: readonly TStmt[], names: Names) => gatherAdjoints(dropOverwrittenAssignments(assignZeroedElements(
    bulkSegments(unswitchFlags(hoistInvariantDivisions(carryReciprocals(reuseReciprocals(addEarly(skipZeroSeeds(jamRows(stmts, adjointArrays, names)), adjointArrays)), names)), flags), mayAlias(fn, backward.dynamicArrays)),
    adjointArrays)));
  const tangentBody = lowered(vjp.body, backward.names, caught);
  const body = skipping(tangentBody, backward.names);

  // g_fwd and g_rev, for callers that call it in split mode
  const cut = splitForm && sweeps.forSplit ? splitForms(fn, {
    forward: sweeps.forSplit.forward,
    reverse: [...vjp.setup, ...backward.callSites, ...sweeps.forSplit.reverse, ...vjp.finish],
    value: fn.result && atomExpr(fn.result),
    shadows: new Set(record.shadows.values()),
    adjointsReadEarly: vjp.early.length > 0,
    unread,
  }) : undefined;
  if (!cut) return { body, tangentBody };
  const splitNames = backward.names.clone();
  // (g_fwd, which throws where g does, gives the tape back as it found it then, as g_vjp does)
  const tangentSplit = { forward: lowered(cut.forward, splitNames, caught), reverse: lowered(cut.reverse, splitNames, undefined) };
  const split = { forward: skipping(tangentSplit.forward, splitNames), reverse: skipping(tangentSplit.reverse, splitNames) };
  return { body, tangentBody, split, tangentSplit };
}

/**
 * Whether two array variables may hold one array (reverse/segments.ts): always where arrays are
 * rebound; else two primal variables joined by an assignment or an operation (ir/walk.ts
 * arrayAliases), or two that may each hold an array the function was given (parameters may be
 * one array). The derivative's own arrays (adjoints) are none of the function's.
 */
function mayAlias(fn: Func, dynamic: boolean): MayAlias {
  const classes = arrayAliases(fn.body);
  const given = (v: Var) => v.kind === 'param' || [...classes.get(v) ?? []].some((w) => w.kind === 'param');
  return (a, b) => {
    if (a.role !== 'primal' || b.role !== 'primal') return false;
    if (a === b || dynamic) return true;
    const [x, y] = [a.of, b.of];
    return x === y || (classes.get(x)?.has(y) ?? false) || (given(x) && given(y));
  };
}

/** `code` with its variables made without a name named (ir/names.ts nameLocals), as a list the passes after it take. */
const named = (code: readonly TStmt[], names: Names): TStmt[] => [...nameLocals(code, names)];
