/**
 * Restoring or snapshotting: the two ways the reverse sweep gets back a value that the
 * forward sweep overwrote, chosen per variable by what each costs in tape traffic.
 *
 * - *Restore* (the default): each overwrite that destroys a value the reverse sweep reads
 *   pushes the old value, and its reverse pops it back, so the variable steps back through
 *   its history as the reverse sweep goes. The cost is one push per saved overwrite.
 * - *Snapshot*: no overwrite saves anything; instead the value is pushed where the reverse
 *   sweep reads it. A scalar is pushed after each statement whose reverse reads it, hoisted to
 *   the outermost enclosing statement that does not write it (`s += y * y` after an inner loop
 *   that updates y: one push per outer iteration, not one per inner one). An array is not
 *   pushed whole for its element reads: the element a load read is taped as the load's
 *   temporary (GMM's Q·x: the d values its sqnorm reads, not the d²/2 partial sums the
 *   accumulation overwrites); a call that reads the array gets the whole array pushed.
 *
 * The costs are estimated statically: a statement nested in k loops is taken to run 10^k
 * times, an array to have 10 elements unless its length is a literal; a restored element
 * store counts more than a value taped at a load (STORE, below).
 */
import { type Atom, type Block, type Eq, type Func, type Stmt, type Var, isArrayType } from '../ir/types.js';
import { rules } from '../rules/table.js';
import { atomExpr, readsPrimal, use } from '../ir/target.js';
import type { ReverseReads } from '../analyze/reverse-reads.js';
import { hasDynamicArrays, unwrittenAfter } from '../analyze/writes.js';
import { arrayAliases, places, spans, statements, writes } from '../ir/walk.js';

/** What the first planning round (every variable restored) tells the choice. */
export interface RestoreRound {
  /** The overwrites that save what they destroy. */
  readonly saved: ReadonlySet<Stmt>;
  /** Every overwrite of a variable (assignments, stores, fills, calls that only write arrays). */
  readonly overwrites: readonly { readonly s: Stmt; readonly v: Var }[];
  /** Loads in nested blocks whose value the reverse sweep needed. */
  readonly neededLoads: ReadonlySet<Eq>;
  /** Temporaries of nested blocks the reverse sweep recomputed. */
  readonly recomputed: ReadonlySet<Eq>;
}

export interface SnapshotChoice {
  readonly vars: ReadonlySet<Var>;
  /** The statements after which each variable's value is pushed (popped at their reverse). */
  readonly points: ReadonlyMap<Stmt, readonly Var[]>;
}

export const noSnapshots: SnapshotChoice = { vars: new Set(), points: new Map() };

const TRIPS = 10;

/**
 * What restoring a saved element store costs, in taped values: its push and pop, and besides
 * them the reverse sweep's store of the old value back into the array and its loads of it
 * where it reads the array, which a snapshot's pop replaces. (Householder QR, W's reflector
 * update: restored, 10.8k values a call; snapshot at its loads, 14.7k values, f_vjp 3.12x ->
 * 3.02x the primal, CPU time in one process; LSTM 2.01x -> 1.89x.)
 */
const STORE = 1.5;

export function chooseSnapshots(fn: Func, active: ReadonlySet<Var>, round: RestoreRound, excluded: ReadonlySet<Var> = new Set()): SnapshotChoice {
  const where = spans(fn.body);
  const parents = ancestorsOf(fn.body);
  const lengths = literalLengths(fn);
  const defs = new Map<Var, Eq>();
  for (const s of statements(fn.body)) if (s.kind === 'eq') defs.set(s.out, s);
  // a bound that is the length of an array of literal length is known too (`i < y.length`)
  const bound = (a: Atom): number | undefined => {
    if (a.kind === 'const') return typeof a.value === 'number' ? a.value : undefined;
    const d = defs.get(a.v);
    return d?.prim === 'length' && d.args[0]?.kind === 'var' ? lengths.get(d.args[0].v) : undefined;
  };
  const weight = (s: Stmt) => (where.get(s)?.loops ?? []).reduce((w, loop) => w * trips(loop, bound), 1);
  const size = (v: Var) => lengths.get(v) ?? TRIPS;
  const all = [...statements(fn.body)];
  const vars = new Set<Var>();
  const points = new Map<Stmt, Var[]>();
  const dynamic = hasDynamicArrays(fn);
  const aliases = arrayAliases(fn.body);

  for (const v of fn.vars) {
    if (excluded.has(v)) continue;
    const mine = round.overwrites.filter((o) => o.v === v && round.saved.has(o.s));
    if (mine.length === 0) continue;
    let restore = 0;
    for (const { s } of mine) {
      const top = fn.body.includes(s) && s.kind === 'assign';
      restore += top ? 0.5 : weight(s) * (s.kind === 'store' ? STORE : s.kind === 'assign' ? 1 : size(v));
    }
    let snapshot = 0;
    let at: Stmt[] = [];
    if (isArrayType(v.type)) {
      if (v.mutable || dynamic || all.some((s) => s.kind === 'push' && s.array === v)) continue;
      // (a load after which nothing writes the array costs nothing: the reverse sweep reloads it)
      const loads = new Set([...round.neededLoads].filter((load) => load.args[0]?.kind === 'var' && load.args[0].v === v &&
        !unwrittenAfter(fn, load, v, aliases, where)));
      for (const load of loads) snapshot += weight(load);
      // and what was recomputed from those loads is taped too
      for (const eq of round.recomputed) if (!loads.has(eq) && dependsOn(eq, loads, defs)) snapshot += weight(eq);
      // a call whose vjp reads the array (without writing it: those save it anyway)
      for (const s of all) {
        if (s.kind !== 'call' || !callActive(s, active)) continue;
        const reads = s.args.some((a, i) => a.kind === 'var' && a.v === v && !s.writes.includes(i));
        if (reads && !s.args.some((a, i) => a.kind === 'var' && a.v === v && s.writes.includes(i))) at.push(s);
      }
      snapshot += at.reduce((acc, s) => acc + weight(s) * size(v), 0);
    } else if (v.type === 'f64' && v.mutable) {
      const sites = all.filter((s) => reverseReads(s, v, active));
      at = merged(hoist(sites, v, parents), v, places(fn.body));
      snapshot += at.reduce((acc, s) => acc + weight(s), 0);
      // temporaries computed from v are taped rather than recomputed
      for (const eq of round.recomputed) if (eq.args.some((a) => a.kind === 'var' && a.v === v)) snapshot += weight(eq);
    } else {
      continue;
    }
    if (!(snapshot < restore)) continue;
    vars.add(v);
    for (const s of at) points.set(s, [...(points.get(s) ?? []), v]);
  }
  return { vars, points };
}

/**
 * The snapshotted variables that the planned reverse sweep reads somewhere no snapshot gives
 * them back: a simple statement whose reverse reads the variable (an array: its elements),
 * neither at nor inside one of its snapshot points (nor, for an array, a call writing it, which
 * restores the array itself before its vjp reruns).
 */
export function unsnapshotted(fn: Func, choice: SnapshotChoice, reads: Pick<ReverseReads, 'readers' | 'elementReaders' | 'stableReaders'>): Var[] {
  const parents = ancestorsOf(fn.body);
  const pointsOf = new Map<Var, Set<Stmt>>();
  for (const [s, vs] of choice.points) for (const v of vs) pointsOf.set(v, (pointsOf.get(v) ?? new Set()).add(s));
  const bad: Var[] = [];
  for (const v of choice.vars) {
    const mine = pointsOf.get(v) ?? new Set<Stmt>();
    // (the simple statements whose reverse reads v, an array's elements)
    for (const r of (isArrayType(v.type) ? reads.elementReaders : reads.readers).get(v) ?? []) {
      if (r.kind === 'if' || r.kind === 'for' || r.kind === 'while') continue;
      if (mine.has(r) || (parents.get(r) ?? []).some((p) => mine.has(p))) continue;
      // (an element reloaded where nothing writes the array after the load: see unwrittenAfter)
      if (r.kind !== 'call' && reads.stableReaders.get(v)?.has(r)) continue;
      if (r.kind === 'call' && r.writes.some((i) => { const a = r.args[i]; return a?.kind === 'var' && a.v === v; })) continue;
      bad.push(v);
      break;
    }
    // a loop bound is read by the loop's own reverse header
    if (!bad.includes(v) && [...statements(fn.body)].some((s) => s.kind === 'for' && [s.from, s.to].some((a) => a.kind === 'var' && a.v === v))) bad.push(v);
  }
  return bad;
}

/** A loop's trip count: exact for known bounds, else taken to be 10. */
function trips(loop: Stmt, bound: (a: Atom) => number | undefined): number {
  const from = loop.kind === 'for' ? bound(loop.from) : undefined;
  const to = loop.kind === 'for' ? bound(loop.to) : undefined;
  if (loop.kind === 'for' && from !== undefined && to !== undefined) {
    // (the distance to the bound in the loop's direction, negative when it runs zero times)
    const span = (to - from) / loop.step;
    return Math.max(0, loop.inclusive ? Math.floor(span) + 1 : Math.ceil(span));
  }
  return TRIPS;
}

/** Whether `eq` is computed (through temporaries) from one of `loads`. */
function dependsOn(eq: Eq, loads: ReadonlySet<Eq>, defs: ReadonlyMap<Var, Eq>, seen = new Set<Eq>()): boolean {
  if (seen.has(eq)) return false;
  seen.add(eq);
  return eq.args.some((a) => {
    if (a.kind !== 'var') return false;
    const d = defs.get(a.v);
    return d !== undefined && (loads.has(d) || dependsOn(d, loads, defs, seen));
  });
}

/** Whether the reverse of `s` itself reads scalar `v`: a partial mentions it, or a call's vjp is passed it. */
function reverseReads(s: Stmt, v: Var, active: ReadonlySet<Var>): boolean {
  if (s.kind === 'call') return callActive(s, active) && s.args.some((a) => a.kind === 'var' && a.v === v);
  if (s.kind !== 'eq' || !active.has(s.out)) return false;
  const rule = rules[s.prim];
  if (rule.kind !== 'smooth' || !s.args.some((a) => a.kind === 'var' && a.v === v)) return false;
  const partials = rule.partials(s.args.map(atomExpr), use(s.out));
  return s.args.some((a, i) => a.kind === 'var' && active.has(a.v) && readsPrimal(partials[i]!, v));
}

function callActive(s: Stmt & { kind: 'call' }, active: ReadonlySet<Var>): boolean {
  return (s.out !== undefined && active.has(s.out)) || s.writes.some((i) => { const a = s.args[i]; return a?.kind === 'var' && active.has(a.v); });
}

/**
 * Each read site moved out to the outermost statement around it that does not write `v`
 * (its value is the same throughout), without duplicates or points nested in other points.
 */
function hoist(sites: readonly Stmt[], v: Var, parents: ReadonlyMap<Stmt, readonly Stmt[]>): Stmt[] {
  const chosen = new Set<Stmt>();
  for (const s of sites) {
    const chain = [...(parents.get(s) ?? []), s];
    chosen.add(chain.find((c) => !writes(c).has(v)) ?? s);
  }
  return [...chosen].filter((s) => !(parents.get(s) ?? []).some((p) => chosen.has(p)));
}

/**
 * Of several points in one block with no write of `v` between them, only the last: its pop
 * gives back the value the others read too (nothing else changes v in the reverse sweep).
 */
function merged(points: readonly Stmt[], v: Var, where: ReadonlyMap<Stmt, { block: Block; index: number }>): Stmt[] {
  const kept = new Set(points);
  const byBlock = new Map<Block, Stmt[]>();
  for (const p of points) {
    const { block } = where.get(p)!;
    byBlock.set(block, [...(byBlock.get(block) ?? []), p]);
  }
  for (const [block, list] of byBlock) {
    list.sort((a, b) => where.get(a)!.index - where.get(b)!.index);
    for (let k = 0; k + 1 < list.length; k++) {
      const from = where.get(list[k]!)!.index;
      const to = where.get(list[k + 1]!)!.index;
      if (!block.slice(from + 1, to).some((s) => writes(s).has(v))) kept.delete(list[k]!);
    }
  }
  return points.filter((p) => kept.has(p));
}

/** Arrays allocated with a literal length (`new Float64Array(2)`). */
function literalLengths(fn: Func): Map<Var, number> {
  const out = new Map<Var, number>();
  for (const s of statements(fn.body)) {
    if (s.kind === 'alloc' && s.length.kind === 'const' && typeof s.length.value === 'number') out.set(s.target, s.length.value);
  }
  return out;
}

/** The statements around each statement, outermost first. */
function ancestorsOf(block: Block): Map<Stmt, readonly Stmt[]> {
  return new Map([...places(block)].map(([s, at]) => [s, at.around]));
}
