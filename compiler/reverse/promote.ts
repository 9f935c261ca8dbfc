/**
 * Accumulators in registers. The reverse of `out[j] += L[c + j] * x[i]`, inside the loop over
 * j, adds into `x_b[i]` at every iteration, at an index the loop does not change. JavaScript
 * engines cannot keep that element in a register (any other typed array may alias it), so it
 * is loaded and stored each time. When nothing else in the loop mentions that array, this pass
 * sums into a local instead and adds the sum once after the loop:
 *
 *   let x_b_acc = 0;
 *   for (…) { …; x_b_acc += t15_b; … }
 *   x_b[i] += x_b_acc;
 *
 * (The additions are grouped differently, so the last bits of the adjoint may differ.) Not for
 * an array that may be another name's too (`aliased`: array variables rebound to one another,
 * and their adjoint arrays), whose other name the loop may read or write.
 *
 * Variables are compared by identity (TVar), not by name: a variable of a nested block that has
 * the name of one the loop does not change (a shadowing `const i`) is another variable, and stops
 * no promotion; a loop that reads a name that is no TVar is left as it is.
 */
import { type TExpr, type TStmt, type TVar, declare, eachExpr, eachExprIn, eachStmt, exprKey, index, isRefIn, mapNested, namesTyped, num, ref, unnamed, varsIn } from '../ir/target.js';

export function promoteAccumulators(code: readonly TStmt[], adjoints: ReadonlySet<TVar> = new Set(), aliased: ReadonlySet<TVar> = new Set()): TStmt[] {
  return code.flatMap((s) => stmt(s, adjoints, aliased));
}

function stmt(s: TStmt, adjoints: ReadonlySet<TVar>, aliased: ReadonlySet<TVar>): TStmt[] {
  const inner = mapNested(s, (b) => promoteAccumulators(b, adjoints, aliased));
  return inner.k === 'for' || inner.k === 'loop' ? promoteLoop(inner, adjoints, aliased) : [inner];
}

/**
 * The statement lists of `loop` that run once per iteration of the loop it reverses, in that
 * loop's order: a `for`'s body; of a `loop` (a checkpointed loop's schedule, checkpoint.ts),
 * its blocks marked `iteration`, at any depth. Summed over the whole schedule, an adjoint's
 * additions are grouped as the plain loop's are, so that the gradient stays its bit for bit
 * (summed per block of iterations, it would not).
 */
function iterations(loop: TStmt & { k: 'for' | 'loop' }): (readonly TStmt[])[] {
  if (loop.k === 'for') return [loop.body];
  const out: (readonly TStmt[])[] = [];
  eachStmt(loop.body, (s) => { if (s.k === 'block' && s.iteration) out.push(s.body); });
  return out;
}

/** `code` with the top-level statements of `lists` (some of its nested lists, or itself) mapped by `f`. */
function mapLists(code: readonly TStmt[], lists: readonly (readonly TStmt[])[], f: (s: TStmt) => TStmt): TStmt[] {
  if (lists.includes(code)) return code.map(f);
  return code.map((s) => mapNested(s, (b) => mapLists(b, lists, f)));
}

/** `array[index] += …`: the array's variable and expression (`adjoint`: one of the adjoint arrays), the index and its key. */
type Accumulation = { array: TVar; arrayExpr: TExpr; adjoint: boolean; index: TExpr; key: string };

/**
 * Adjoint arrays (distinct arrays, written in the reverse sweep only by additions) may take
 * several promoted elements and keep additions at other indices in the loop: in the pairwise
 * loop of an n-body energy, `mass_b[i]`, `pos_b[2 * i]` and `pos_b[2 * i + 1]` are summed
 * in locals while `mass_b[j] += …` and `pos_b[2 * j] += …` stay, since additions into one
 * element give the same sum in any order (up to rounding, as above; j = i included). An index
 * the loop recomputes from what it does not change (`const t13 = 2 * i` inside it) counts as
 * unchanged, and is written out after the loop from its definition.
 */
function promoteLoop(loop: TStmt & { k: 'for' | 'loop' }, adjoints: ReadonlySet<TVar>, aliased: ReadonlySet<TVar>): TStmt[] {
  const lists = iterations(loop);
  if (lists.length === 0 || !namesTyped([loop])) return [loop];
  const own = lists.flat();
  const changing = new Set<TVar>();
  if (loop.k === 'for' && loop.init.k === 'decl') changing.add(loop.init.v!);
  declaredOrAssigned(loop.body, changing);
  // constants of the loop body computed by arithmetic from variables the loop does not change
  const defs = new Map<TVar, TExpr>();
  for (const s of own) {
    if (s.k === 'decl' && s.kind === 'const' && s.init && arithmetic(s.init) && [...varsIn(s.init)!].every((v) => !changing.has(v) || defs.has(v))) {
      defs.set(s.v!, s.init);
    }
  }
  const outside = (e: TExpr): TExpr => substitute(e, defs);
  const fixed = (e: TExpr, adjoint: boolean) => [...varsIn(e)!].every((v) => !changing.has(v) || (defs.has(v) && adjoint));
  // candidates: top-level `A[e] += v` / `A[e] -= v` with e not changing in the loop, in the
  // order found: one group per array (per array and index, of an adjoint array)
  const groups: (Accumulation & { count: number })[] = [];
  const additions = new Map<TVar, number>();
  const groupOf = (acc: Accumulation, key: string) => groups.findIndex((g) => g.array === acc.array && (!acc.adjoint || g.key === key));
  for (const s of own) {
    const acc = accumulation(s, adjoints);
    if (!acc) continue;
    additions.set(acc.array, (additions.get(acc.array) ?? 0) + 1);
    const adjoint = acc.adjoint;
    if (!fixed(acc.index, adjoint)) continue;
    const at = adjoint ? { ...acc, index: outside(acc.index), key: exprKey(outside(acc.index)) } : acc;
    const i = groupOf(acc, at.key);
    const g = groups[i];
    if (g && g.key !== at.key) { groups.splice(i, 1); changing.add(acc.array); continue; }
    if (!changing.has(acc.array)) {
      if (g) g.count++;
      else groups.push({ ...at, count: 1 });
    }
  }
  // the array must not appear anywhere else in the loop (an adjoint array: but in additions)
  const mentions = new Map<TVar, number>();
  countVars(loop.body, mentions);
  // (nor be an array another name of the loop may hold, `aliased`: `b0 = c`, then `c[k] -= b0[0]`)
  const promoted = groups.filter((g) => !changing.has(g.array) && !aliased.has(g.array) &&
    mentions.get(g.array) === (g.adjoint ? additions.get(g.array) : g.count));
  if (promoted.length === 0) return [loop];
  // (named by the naming step, in the order the code is written: ir/names.ts nameLocals)
  const sums = new Map(promoted.map((g) => [g, unnamed(`${g.array.name}_acc`, 'acc')]));
  const body = mapLists(loop.body, lists, (s): TStmt => {
    const acc = accumulation(s, adjoints);
    if (!acc || s.k !== 'assign' || (acc.adjoint && !fixed(acc.index, true))) return s;
    const key = acc.adjoint ? exprKey(outside(acc.index)) : acc.key;
    const g = promoted.find((p) => p.array === acc.array && (!acc.adjoint || p.key === key));
    return g ? { ...s, target: ref(sums.get(g)!) } : s;
  });
  return [
    ...promoted.map((g): TStmt => declare('let', sums.get(g)!, num(0))),
    { ...loop, body },
    ...promoted.map((g): TStmt => ({ k: 'assign', target: index(g.arrayExpr, g.index), op: '+=', value: ref(sums.get(g)!) })),
  ];
}

/** Names, numbers (`Math.PI` too) and arithmetic on them. */
function arithmetic(e: TExpr): boolean {
  if (e.k === 'name' || e.k === 'num' || e.k === 'constant') return true;
  if (e.k === 'bin') return ['+', '-', '*'].includes(e.op) && arithmetic(e.l) && arithmetic(e.r);
  if (e.k === 'un') return e.op === '-' && arithmetic(e.e);
  return false;
}

/** `e` with the variables `defs` defines replaced by their definitions (which may use others). */
function substitute(e: TExpr, defs: ReadonlyMap<TVar, TExpr>): TExpr {
  if (e.k === 'name') { const d = e.v && defs.get(e.v); return d ? substitute(d, defs) : e; }
  if (e.k === 'bin') return { ...e, l: substitute(e.l, defs), r: substitute(e.r, defs) };
  if (e.k === 'un') return { ...e, e: substitute(e.e, defs) };
  return e;
}

function accumulation(s: TStmt, adjoints: ReadonlySet<TVar>): Accumulation | undefined {
  if (s.k !== 'assign' || s.op === '=' || s.target.k !== 'index' || s.target.array.k !== 'name' || !s.target.array.v) return undefined;
  const array = s.target.array;
  return { array: array.v!, arrayExpr: array, adjoint: isRefIn(array, adjoints), index: s.target.index, key: exprKey(s.target.index) };
}

/** Variables declared or assigned (as a whole) anywhere in `code` (no `try` yet: stack.ts makes them, after this pass). */
function declaredOrAssigned(code: readonly TStmt[], into: Set<TVar>): void {
  eachStmt(code, (s) => {
    if (s.k === 'decl') into.add(s.v!);
    if (s.k === 'assign' && s.target.k === 'name') into.add(s.target.v!);
    if (s.k === 'assign' || s.k === 'expr' || s.k === 'decl') {
      // `i++` inside an expression
      const e = s.k === 'assign' ? s.value : s.k === 'expr' ? s.e : s.init;
      if (e) for (const v of updatedVars(e)) into.add(v);
    }
    if (s.k === 'for') for (const v of updatedVars(s.update)) into.add(v);
  }, { enter: (s) => s.k !== 'try' });
}

function updatedVars(e: TExpr): TVar[] {
  const out: TVar[] = [];
  eachExpr(e, (x) => { if (x.k === 'update') out.push(x.v!); });
  return out;
}

/** How many times each variable occurs in `code` (targets included; a method call's receiver, `x_b.set(…)`, too). */
function countVars(code: readonly TStmt[], into: Map<TVar, number>): void {
  eachExprIn(code, (y) => {
    if ((y.k === 'name' || y.k === 'update') && y.v) into.set(y.v, (into.get(y.v) ?? 0) + 1);
  });
}
