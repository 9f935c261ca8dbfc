/**
 * The tape record (plan.ts TapeRecord): what the forward sweep records and declares for the
 * reverse sweep, computed from the trace, the plan and what the reverse sweep reads under it
 * (analyze/reverse-reads.ts, which follows each statement's reverse form, choices.ts, and the
 * recompute-or-tape choice, availability.ts) before either sweep is built. Both sweeps read it;
 * nothing writes it afterwards. The fresh names it holds (adjoint arrays bound beside local
 * arrays, old values kept in consts, trip counters) are allocated here, in the order the
 * reverse sweep meets their statements (the last statement first, a loop's blocks before it),
 * which keeps the generated names as they were when the sweep allocated them itself.
 *
 * Where the backward sweep finds out from the code it builds what the record says beforehand
 * (a `while` whose reverse is not empty, the temporaries it tapes), it checks that the two
 * agree and throws an internal error where they do not.
 */
import { type Atom, type Call, type Func, type Stmt, type Var, isArrayType } from '../ir/types.js';
import type { Names } from '../ir/names.js';
import { type DerivedVar, type TVar } from '../ir/target.js';
import { arrayAliases, statements, walk } from '../ir/walk.js';
import type { ReverseReads } from '../analyze/reverse-reads.js';
import { hasDynamicArrays } from '../analyze/writes.js';
import { surelyReaching } from '../analyze/reached.js';
import { callActive } from './choices.js';
import type { CallMode, Counted, DroppedRecords, TapePlan, TapeRecord } from './plan.js';
import { adjointVar } from './adjoints.js';
import { type ExitFacts, exitFacts, exitOnly } from './exit-only.js';
import { exitDecisions } from './exits.js';

/**
 * The calls of `fn` made in split mode: a candidate (split.ts) whose reverse has work to do.
 * Decided once, in planning.ts (TapePlan.splitCalls), which TBR asks too (what `g_rev` reads).
 */
export function splitCallsOf(fn: Func, active: ReadonlySet<Var>, callModes: ReadonlyMap<Stmt, CallMode>): Set<Call> {
  return new Set([...statements(fn.body)].filter((s): s is Call => s.kind === 'call' && callModes.get(s)?.split === true && callActive(s, active)));
}

/**
 * Of the calls in split mode, those whose result our result may not use on every path (not
 * surely reaching, analyze/reached.ts): their reverse is skipped at a zero seed (whose 0·∞
 * would be NaN), and what their `g_fwd` recorded is then dropped (TapeRecord.dropped).
 */
export function droppableCalls(fn: Func, active: ReadonlySet<Var>, splitCalls: ReadonlySet<Stmt>): Call[] {
  const reaching = surelyReaching(fn);
  return [...statements(fn.body)].filter((s): s is Call => s.kind === 'call' && splitCalls.has(s) &&
    s.writes.length === 0 && s.out !== undefined && active.has(s.out) && !reaching.has(s));
}

/**
 * The record of `fn`'s sweeps under `plan`, given what the reverse sweep reads under it
 * (`reads`, for the same plan: tbr.ts readsUnder). `names` is the function's names as the
 * sweeps will continue them: the record's names are taken from it first.
 */
export function recordPlan(fn: Func, active: ReadonlySet<Var>, plan: TapePlan, reads: Pick<ReverseReads, 'available' | 'reversed' | 'popped'>, names: Names): TapeRecord {
  // Adjoint arrays of their own beside local arrays, where arrays move (shadowable)
  const shadows = new Map<Var, DerivedVar>();
  let grown: ReadonlySet<Var> = new Set();
  if (hasDynamicArrays(fn)) {
    const found = shadowable(fn, active, arrayAliases(fn.body));
    for (const v of found.shadows) shadows.set(v, adjointVar(v, names));
    grown = found.grown;
  }
  const paramAdjoints = new Map<Var, DerivedVar>();
  for (const p of fn.params) if (active.has(p.v) && !paramAdjoints.has(p.v)) paramAdjoints.set(p.v, adjointVar(p.v, names));

  const saved = new Map<Stmt, TVar>();
  const savedShadows = new Map<Stmt, TVar>();
  const savedFlags = new Map<Stmt, TVar>();
  const counted = new Map<Stmt, Counted>();
  // (the loops whose reverse knows decisions from how they ended, and their flags: exits.ts)
  const exits = new Map<Stmt, Var>();
  for (const steps of reads.available.values()) for (const step of steps) if (step.kind === 'exit') exits.set(step.loop, step.flag);
  // (in the reverse sweep's order: the last statement first, a statement's blocks before it)
  walk(fn.body, {
    enter: (s, at) => {
      if (s.kind === 'assign' && at.around.length === 0 && plan.overwrites.has(s)) {
        // a top-level overwrite keeps the old value in a const (straight-line code needs no tape)
        const x = s.target;
        saved.set(s, names.derived(`${x.name}_old`, 'old', x.type, x));
        // (with a counter's flag, for an entry: counters.ts)
        const flag = plan.counters?.flags.get(x);
        if (flag !== undefined && plan.counters!.entries.has(s)) savedFlags.set(s, names.derived(`${flag.name}_old`, 'old', 'bool', x));
        const shadow = shadows.get(x);
        if (shadow) savedShadows.set(s, names.derived(`${shadow.name}_old`, 'old', shadow.type, x));
      }
    },
    leave: (s, at) => {
      // a general loop whose reverse has code replays its trip count: counted, taped below the top level
      if (s.kind === 'while' && reads.reversed.has(s)) {
        const flag = exits.get(s);
        counted.set(s, { counter: names.local('iters', 'int'), taped: at.around.length > 0,
          ...(flag ? { exit: { at: names.local(`${flag.name}_at`, 'int'), flag } } : {}) });
      }
    },
  }, true);

  // Calls in split mode, and the tape's depth before those whose records may be dropped
  const splitCalls = plan.splitCalls;
  const dropped = new Map<Stmt, DroppedRecords>();
  for (const s of droppableCalls(fn, active, splitCalls)) {
    const g = s.callee.name;
    const refs = plan.callModes.get(s)?.refs === true;
    const depth = (base: string) => names.local(base, 'int');
    dropped.set(s, { top: depth(`${g}_top`), topAgain: depth(`${g}_top`), ...(refs ? { refs: depth(`${g}_refs`), refsAgain: depth(`${g}_refs`) } : {}) });
  }

  // The temporaries of nested blocks popped rather than recomputed: pushed after their last use
  // (or, of an `if`, at the end of the one branch whose reverse reads them: availability.ts inBranch)
  const pushAfter = new Map<Stmt, readonly Var[]>();
  const pushInBranch = new Map<Stmt, { readonly then: readonly Var[]; readonly else: readonly Var[] }>();
  for (const [s, steps] of reads.available) {
    const taped = steps.flatMap((step) => (step.kind === 'tape' && !step.branch ? [step.v] : []));
    if (taped.length > 0) pushAfter.set(s, taped);
    const inBranch = (b: 'then' | 'else') => steps.flatMap((step) => (step.kind === 'tape' && step.branch === b ? [step.v] : []));
    const [then, els] = [inBranch('then'), inBranch('else')];
    if (then.length + els.length > 0) pushInBranch.set(s, { then, else: els });
  }

  // (the loops left by a flag whose other iterations' reverse only steps counters back: exit-only.ts)
  let facts: ExitFacts | undefined;
  for (const [s, c] of counted) {
    if (s.kind !== 'while' || !c.exit) continue;
    facts ??= exitFacts(fn, active, plan, { pushAfter, pushInBranch }, exitDecisions(fn));
    const only = exitOnly(s, c.exit.flag, facts);
    if (only) counted.set(s, { ...c, exitOnly: only });
  }

  return { available: reads.available, popped: reads.popped, pushAfter, pushInBranch, saved, counted, shadows, grown, paramAdjoints, savedShadows, savedFlags, splitCalls, dropped };
}

/**
 * The active local arrays of a function in which arrays are rebound or allocated in loops that
 * can carry their adjoint arrays in variables of their own: those whose every other name (alias
 * class) comes from an allocation, or is another name (`const t = a`, `h = next`) of one of
 * them or of a parameter. Where one of the class grows by `push` (`grown`), its adjoint is a
 * `number[]` (`[]`, `listZeros(n)`) pushed with a 0 beside each push (forward.ts), which must
 * not meet a Float64Array adjoint: such a
 * class keeps its adjoints looked up by object (`adjointOf`) where it holds a parameter (whose
 * adjoint comes from adj). (The reverse of `fill` on a grown one sums and clears the adjoint
 * over the array's length in a loop, see BackwardSweep.fill.) A call (a callee's or kernel's adj
 * takes a Float64Array) gets a Float64Array copy of the `number[]`, copied back after it
 * (BackwardSweep.callCode).
 */
function shadowable(fn: Func, active: ReadonlySet<Var>, aliases: Map<Var, ReadonlySet<Var>>): { shadows: Set<Var>; grown: Set<Var> } {
  const defined = new Set<Var>();
  const refused = new Set<Var>();
  const pushed = new Set<Var>();
  const fromArray = (a: Atom | undefined) => a?.kind === 'var' && a.v.type === 'f64[]' && active.has(a.v);
  for (const s of statements(fn.body)) {
    if (s.kind === 'push') pushed.add(s.array);
    else if (s.kind === 'alloc') {
      defined.add(s.target);
    } else if (s.kind === 'eq' && s.out.type === 'f64[]') {
      if (s.prim !== 'copy' || !fromArray(s.args[0])) refused.add(s.out);
      defined.add(s.out);
    } else if (s.kind === 'assign' && s.target.type === 'f64[]') {
      if (!fromArray(s.value) || s.target.kind === 'param') refused.add(s.target);
      defined.add(s.target);
    } else if (s.kind === 'call') {
      if (s.out && isArrayType(s.out.type)) refused.add(s.out);
    }
  }
  const shadows = new Set<Var>();
  const grown = new Set<Var>();
  for (const v of fn.vars) {
    if (v.kind === 'param' || v.type !== 'f64[]' || !active.has(v)) continue;
    const names = [...aliases.get(v) ?? new Set([v])];
    if (!names.every((n) => !refused.has(n) && (n.kind === 'param' || defined.has(n)))) continue;
    if (names.some((n) => pushed.has(n))) {
      if (names.some((n) => n.kind === 'param')) continue;
      grown.add(v);
    }
    shadows.add(v);
  }
  return { shadows, grown };
}
