/**
 * Unroll-and-jam of reverse loops over rows. The reverse of a matrix-vector product
 * (`h[i] = Σ_j W[i*n + j] * x[j]`) is a loop over rows i whose body sets up the row's adjoint
 * (P), runs an inner loop over j that adds into `x_b[j]` and `W_b[i*n + j]` (L), then clears
 * it (Q). Every row loads x[j] and loads and stores x_b[j] again. Two or four rows at a time
 * (rowsPerPass), with their inner loops fused, load x[j] once and add the rows' terms into
 * x_b[j] in one load and store:
 *
 *   { let i = n - 1;                          // (a block: the index outlives the loop)
 *   while (i - 1 >= 0) {
 *     const i_1 = i - 1;
 *     P(i); P(i_1)
 *     for (j …) { L(i, j); L(i_1, j) }      // x[j] loaded once, x_b[j] = x_b[j] + a + b
 *     Q(i); Q(i_1)
 *     i -= 2;
 *   }
 *   if (i >= 0) { P(i) L(i) Q(i) } }         // the row left over (four at a time: a loop of them)
 *
 * P may be followed by several inner loops, one after the other (an Elman RNN's row reads Wh·h
 * and Wx·x): each is fused over the rows, all rows' first loop before their second, so two of
 * them must add into nothing in common (else an element would get its additions in another order).
 *
 * (Two rows, measured on the bench's MLP 64-128-10, CPU time in one process: f_vjp from 3.7x to
 * 3.0-3.3x the primal, the gradient bit for bit the same.) The other rows' names are renamed
 * (`t5_b` → `t5_b_1`, `t5_b_2`, …). It is sound when moving P(i_1) before L(i),
 * Q(i) and fusing L(i) with L(i_1) changes nothing but the grouping of additions into
 * adjoint elements, checked here on the shape of the code:
 *
 * - P, L and Q are straight code (`if`s in P and Q), calls only to `Math`'s functions, and
 *   only P takes values off the tape (L and Q would take the two rows' in another order);
 * - the only arrays written are adjoint arrays (`adjoints`): the primal arrays they read stay
 *   as they are, and two names of adjoint arrays are two arrays;
 * - L only declares constants and adds into adjoint arrays (`A[e] += v`) or into scalars
 *   declared in P; Q only adds into adjoint arrays, besides its scalars, and not into one L
 *   adds into (a row's own element after its pass, which the other row's pass may also hit);
 * - arrays P mentions are not written by L or Q, and arrays P writes are not mentioned there;
 * - a scalar the body assigns but does not declare is either P's alone (the tape's `top`:
 *   P(i) still runs before P(i_1)), or set to a constant at the end of Q (the row's adjoint
 *   `s_b`, read by L): the second row then starts from that constant in a variable of its own.
 *
 * Jammed only where it pays: when the fused inner loop then loads an element once instead of
 * twice or adds both rows into the same adjoint element. The additions into an element keep
 * their order when both rows touch it at the same j (`x_b[j] = x_b[j] + a + b` is
 * `x_b[j] += a; x_b[j] += b`), and rows that add into elements of their own (`W_b[i*n + j]`)
 * do not meet; a loop whose rows add into one element at different j is not jammed
 * (orderKept, below), so that the gradient stays bit for bit the loop's (and f_hvp's). Inner loops of more than `maxInner`
 * statements are left alone.
 *
 * Where each row's terms are zero-tested on the row's adjoint (seedOf, below), the fused pass
 * runs when no row's adjoint is 0, else each row whose adjoint is not 0 runs alone, in order.
 * These rewrites are for f_vjp only: forward-over-reverse (second/) differentiates the code
 * before them (AdjointFunction.tangentBody), since an adjoint's tangent need not be 0 with it.
 */
import {
  type BinOp, type DerivedVar, type LocalVar, type TExpr, type TStmt, type TVar, anyChild, bin, declare, eachExprIn, eachStmt, exprKey, isRef, isRefIn, mapChildren, mapStmt, oneVarPerName, ref, someExpr,
  update as updateOf, varsIn,
} from '../ir/target.js';
import type { Names } from '../ir/names.js';

export function jamRows(code: readonly TStmt[], adjoints: ReadonlySet<TVar>, names: Names): TStmt[] {
  return code.flatMap((s): TStmt[] => {
    const inner = mapStmt(s, (e) => e, (b) => jamRows(b, adjoints, names));
    return inner.k === 'for' ? jammed(inner, adjoints, names) ?? [inner] : [inner];
  });
}

type For = TStmt & { k: 'for' };

/** Inner loops of at most this many statements are jammed. */
const maxInner = 24;

/**
 * Rows per pass: four where one row's inner loops are short together, so that each x_b[j] load
 * and store serves four rows (f_vjp over its primal, one process, gradients bit-identical: the
 * bench's MLP 64-128-10 3.24x -> 2.83x, its Elman RNN 2.07x -> 1.61x), two where they are longer
 * (more copies would keep more values live than there are registers).
 */
function rowsPerPass(Ls: readonly (readonly TStmt[])[]): number {
  return Ls.reduce((n, L) => n + L.length, 0) <= maxInnerFour ? 4 : 2;
}

/** One row's inner loops together of at most this many statements are jammed four rows at a time. */
const maxInnerFour = 24;

const countWords = ['', 'one', 'two', 'three', 'four'];

function jammed(loop: For, adjoints: ReadonlySet<TVar>, names: Names): TStmt[] | undefined {
  // for (let i = S; i <op> B; i-- / i++ / i -= k / i += k)
  if (loop.init.k !== 'decl' || loop.init.kind !== 'let' || !loop.init.init || !loop.init.v) return undefined;
  const iv = loop.init.v;
  const { test, update } = loop;
  if (update.k !== 'update' || update.v !== iv || update.prefix) return undefined;
  if (test.k !== 'bin' || !['<', '<=', '>', '>='].includes(test.op) || !isRef(test.l, iv)) return undefined;
  // P, then one or more inner loops one after the other (the RNN's over h and over x), then Q
  const body = loop.body.filter((s) => s.k !== 'comment');
  const first = body.findIndex((s) => s.k === 'for');
  if (first < 0) return undefined;
  let last = first;
  while (body[last + 1]?.k === 'for') last++;
  const inners = body.slice(first, last + 1) as For[];
  const P = body.slice(0, first);
  const Q = body.slice(last + 1);
  const Ls = inners.map((inner) => inner.body.filter((s) => s.k !== 'comment'));
  const L = Ls.flat();
  // (a long body, doubled, would keep more values live than there are registers)
  if (Ls.some((Lm) => Lm.length > maxInner)) return undefined;
  if (![...P, ...Q].every(straight) || !L.every((s) => s.k === 'decl' || s.k === 'assign')) return undefined;
  if (!oneVarPerName([loop])) return undefined;

  // what each part declares, assigns, mentions, reads and writes by element
  const declared = new Set<TVar>();
  declares([...P, ...L, ...Q], declared);
  if (declared.has(iv)) return undefined;
  const assigned = new Set<TVar>();
  assigns([...P, ...L, ...Q, ...inners], assigned);
  if (assigned.has(iv) || someVar(test.r, (v) => assigned.has(v) || declared.has(v))) return undefined;
  const headerVars = new Set<TVar>();
  const jvs: TVar[] = [];
  for (const inner of inners) {
    for (const e of [inner.init.k === 'decl' ? inner.init.init : undefined, inner.test, inner.update]) if (e) varsIn(e, headerVars);
    const jv = inner.init.k === 'decl' ? inner.init.v : undefined;
    if (!jv || inner.update.k !== 'update' || inner.update.v !== jv) return undefined;
    jvs.push(jv);
  }

  // (every element written is then of an adjoint array, by name)
  if (!writesOnlyInto([...P, ...L, ...Q], adjoints)) return undefined;
  const written = (code: readonly TStmt[]) => elementTargets(code, () => true);
  const accumulated = (code: readonly TStmt[]) => elementTargets(code, (s) => s.op !== '=');
  const writes = new Set([...written(P), ...written(L), ...written(Q)]);
  // L: constants, additions into adjoint arrays and into scalars declared in P
  // (nothing taken off the tape in L: the fused loop would take the two rows' values in another order)
  if (!noUpdates(L) || !noUpdates(Q)) return undefined;
  for (const s of L) {
    if (s.k === 'decl') { if (s.kind !== 'const' || !s.init || !pure(s.init)) return undefined; continue; }
    if (s.k !== 'assign' || s.op === '=' || !pure(s.value) || !pure(s.target, true)) return undefined;
    if (s.target.k === 'name' ? !declaredIn(P, s.target.v!) : !isElement(s.target)) return undefined;
  }
  // each adjoint element gets its rows' terms in the order the loop gave them
  if (!Ls.every((Lm, m) => orderKept(Lm, P, iv, inners[m]!, jvs[m]!))) return undefined;
  // and two inner loops add into nothing in common: jammed, the first runs for all rows before
  // the second, so an element both add into would get the rows' additions in another order
  const addedInto = Ls.map((Lm) => new Set([...accumulated(Lm), ...Lm.flatMap((s) => (s.k === 'assign' && s.target.k === 'name' ? [s.target.v!] : []))]));
  for (let m = 1; m < addedInto.length; m++) for (const a of addedInto[m]!) if (addedInto.slice(0, m).some((seen) => seen.has(a))) return undefined;
  // Q: element writes are additions only
  if (written(Q).size !== accumulated(Q).size || [...written(Q)].some((a) => !accumulated(Q).has(a))) return undefined;
  // and into arrays L does not add into: Q(i) adds after L(i) and before L(i_1) in the loop,
  // after both once jammed, so an element both add into (Gini's incomes_b[i], added by row i
  // after its pass and by row i_1 at j = i) would get its additions in another order
  const accL = accumulated(L);
  if ([...accumulated(Q)].some((a) => accL.has(a))) return undefined;
  const accLQ = new Set([...accumulated(L), ...accumulated(Q)]);
  // arrays read in L or Q (not as the target of an addition) are not written in the body
  for (const a of elementReads([...L, ...Q])) if (writes.has(a)) return undefined;
  // P against L and Q
  const mentionedP = mentions(P);
  const mentionedLQ = mentions([...L, ...Q, ...inners]);
  for (const a of accLQ) if (mentionedP.has(a)) return undefined;
  for (const a of written(P)) if (mentionedLQ.has(a)) return undefined;

  // scalars carried from one row to the next: P's alone, or reset by Q
  const reset = new Map<TVar, TExpr>();
  for (const v of assigned) {
    if (declared.has(v) || jvs.includes(v)) continue;
    if (!mentionedLQ.has(v)) continue;
    const value = resetAtEnd(Q, v);
    if (!value || writes.has(v) || headerVars.has(v)) return undefined;
    reset.set(v, value);
  }
  for (const v of headerVars) if (declared.has(v) || reset.has(v) || v === iv) return undefined;

  // the other rows: variables of their own, named after the first's
  // (the vjp's own, adj, seed, stack and top, have one of each: a row that declares or resets one is not copied)
  const copied = [iv, ...declared, ...reset.keys()];
  if (!copied.every(isBuilt)) return undefined;
  const k = rowsPerPass(Ls);
  const by = update.by;
  const step = update.op === '-=' ? '-' : '+';
  const rowIndex = (r: number) => bin(step, ref(iv), { k: 'num', value: r * by });
  const rows = Array.from({ length: k - 1 }, () => {
    const renames = new Map<TVar, TVar>(copied.map((v) => [v, another(v, names)]));
    const rn = (e: TExpr): TExpr => renameExpr(e, renames);
    const of = (code: readonly TStmt[]) => code.map((s) => renameStmt(s, rn));
    const renamedResets = new Set([...reset.keys()].map((v) => renames.get(v)!));
    return { index: renames.get(iv)!, renames, P: of(P), Ls: Ls.map(of), Q: of(Q), renamedResets };
  });
  const nonzero = (v: TVar): TExpr => bin('!==', ref(v), { k: 'num', value: 0 });
  let shares = false;
  const innerLoops = inners.map((inner, m): TStmt[] => {
    const bodies = [Ls[m]!, ...rows.map((row) => row.Ls[m]!)];
    const fused = fuseBodies(bodies, writes);
    shares ||= fused.shares;
    // each row's additions scaled by its own adjoint (seedOf): the pass runs when all are not 0,
    // else each row whose adjoint is not 0 runs alone, in the loop's order
    const seeded = bodies.map((b) => seedOf(b, jvs[m]!));
    const seeds = seeded.flatMap((x) => (x ? [x] : []));
    if (seeds.length < k || new Set(seeds.map((x) => x.seed)).size < k) return [{ ...inner, body: fused.body }];
    return [{
      k: 'if', test: seeds.map((x) => nonzero(x.seed)).reduce((a, b) => bin('&&', a, b)),
      then: [{ ...inner, body: fuseBodies(seeds.map((x) => x.body), writes).body }],
      else: [{ k: 'comment', text: k === 2 ? 'a row whose adjoint is 0 adds nothing: the other runs alone' : 'a row whose adjoint is 0 adds nothing: the others run alone' },
        ...seeds.map((x): TStmt => ({ k: 'if', test: nonzero(x.seed), brief: true, then: [{ ...inner, body: x.body }], else: [] }))],
    }];
  });
  // jammed only where it pays: a load shared or an addition merged
  if (!shares) return undefined;

  const S = loop.init.init;
  const comment = (text: string): TStmt => ({ k: 'comment', text });
  const at = (s: TStmt) => loop.body.indexOf(s);
  const before = loop.body.slice(0, at(inners[0]!));
  const after = loop.body.slice(at(inners[inners.length - 1]!) + 1);
  const noComments = (code: readonly TStmt[]) => code.filter((s) => s.k !== 'comment');
  // (the comments just before the inner loop stay with it)
  let lead = before.length;
  while (lead > 0 && before[lead - 1]!.k === 'comment') lead--;
  const i = iv.name;
  const named = rows.map((row, r) => `${row.index.name} = ${i} ${step} ${(r + 1) * by}`);
  const who = k === 2 ? `${i} and ${named[0]}` : `${i}, ${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
  const over = inners.length === 1 ? `the loop over ${jvs[0]!.name}` : `the loops over ${jvs.map((jv) => jv.name).join(' and ')}`;
  return [
    comment(`${countWords[k]} iterations of this loop at a time (unroll-and-jam): ${who} share one pass of ${over}, which loads`),
    comment(k === 2 ? 'what both read and adds into the adjoint elements both add into once; the iteration left over runs alone after it'
      : 'what all read and adds into the adjoint elements all add into once; the iterations left over run alone after it'),
    { k: 'block', body: [
    declare('let', iv, S, 'number'),
    {
      k: 'while',
      test: { ...test, l: rowIndex(k - 1) },
      body: [
        ...rows.map((row, r) => declare('const', row.index, rowIndex(r + 1))),
        ...before.slice(0, lead),
        ...rows.flatMap((row) => [
          ...[...reset].map(([v, value]) => declare('let', row.renames.get(v)!, value)),
          ...noComments(row.P),
        ]),
        ...before.slice(lead),
        ...innerLoops.flatMap((code, m) => [...(m === 0 ? [] : loop.body.slice(at(inners[m - 1]!) + 1, at(inners[m]!))), ...code]),
        ...after,
        // (the other rows' reset of their own variables is dead)
        ...rows.flatMap((row) => noComments(row.Q).filter((s) => !(s.k === 'assign' && s.target.k === 'name' && row.renamedResets.has(s.target.v!) && s.op === '='))),
        { k: 'expr', e: updateOf(iv, update.op, k * by) },
      ],
    },
    k === 2 ? { k: 'if', test, then: loop.body, else: [] } : { k: 'while', test, body: [...loop.body, { k: 'expr', e: updateOf(iv, update.op, by) }] },
    ] },
  ];
}

/**
 * The rows' passes L(i, j), L(i_1, j), … as one, with the later rows' loads of what the first
 * loaded shared, and additions into the same element merged (`x_b[j] = x_b[j] + a + b`);
 * `shares` when there was any.
 */
function fuseBodies(rows: readonly (readonly TStmt[])[], writes: ReadonlySet<TVar>): { body: TStmt[]; shares: boolean } {
  // (an expression's key, its text: the rows' variables are one per name, oneVarPerName)
  const key = exprKey;
  const [L1, ...later] = rows as [readonly TStmt[], ...(readonly TStmt[])[]];
  // loads of arrays nobody writes, at the same index in every row: the later rows use the first's
  const loads = new Map<string, TVar>();
  for (const s of L1) if (s.k === 'decl' && s.init?.k === 'index' && isElement(s.init) && !writes.has(s.init.array.v!)) loads.set(key(s.init), s.v!);
  let out: TStmt[] = [...L1];
  // additions merged so far (`A[e] = A[e] + a + b`), which a later row's addition extends
  const merged = new Set<TStmt>();
  let shares = false;
  for (const L2 of later) {
    const alias = new Map<TVar, TVar>();
    let second: TStmt[] = [];
    for (const s of L2) {
      const shared = s.k === 'decl' && s.init ? loads.get(key(s.init)) : undefined;
      if (s.k === 'decl' && shared) alias.set(s.v!, shared);
      else second.push(s);
    }
    if (alias.size > 0) shares = true;
    second = second.map((s) => renameStmt(s, (e) => renameExpr(e, alias)));
    // additions into the same element by both rows: one load and one store
    const first = out;
    second = second.map((s) => {
      if (s.k !== 'assign' || s.op === '=' || !isElement(s.target)) return s;
      const target = key(s.target);
      const k = first.findIndex((f) => f.k === 'assign' && (f.op !== '=' || merged.has(f)) && key(f.target) === target);
      if (k < 0) return s;
      const f = first[k] as TStmt & { k: 'assign' };
      const array = (s.target as { array: { v: TVar } }).array.v;
      // nothing between the two mentions the array
      const between = [...first.slice(k + 1), ...second.slice(0, second.indexOf(s))];
      if (mentions(between).has(array)) return s;
      first.splice(k, 1);
      shares = true;
      const op = (o: string): BinOp => (o === '+=' ? '+' : '-');
      const sum: TStmt = { ...s, op: '=', value: bin(op(s.op), merged.has(f) ? f.value : bin(op(f.op), s.target, f.value), s.value) };
      merged.add(sum);
      return sum;
    });
    out = [...first, ...second];
  }
  return { body: out, shares };
}

/** Straight code: no loops, exits, tape or runtime helpers, calls only to `Math`. */
function straight(s: TStmt): boolean {
  switch (s.k) {
    case 'decl': return !s.init || pure(s.init);
    case 'assign': return pure(s.value) && pure(s.target, true);
    case 'if': return pure(s.test) && s.then.every(straight) && s.else.every(straight);
    case 'comment': return true;
    default: return false;
  }
}

/** No calls but `Math`'s, no runtime helpers or tape operations; updates only as the tape's `stack[--top]` where `pops`. */
function pure(e: TExpr, target = false): boolean {
  return !someExpr(e, (x) => (x.k === 'call' && x.callee.k !== 'math') || x.k === 'runtime' || x.k === 'tape' || x.k === 'new' ||
    x.k === 'object' || x.k === 'array' || (x.k === 'update' && target));
}

/** No updates (`stack[--top]`, `i++`) anywhere in `code`: true when there are none. */
function noUpdates(code: readonly TStmt[]): boolean {
  let any = false;
  eachExprIn(code, (x) => { if (x.k === 'update') any = true; });
  return !any;
}

const isElement = (e: TExpr): e is TExpr & { k: 'index'; array: { k: 'name'; name: string; v?: TVar } } => e.k === 'index' && e.array.k === 'name';

/** Whether `v` is a variable a builder made (DerivedVar, LocalVar), not one of the vjp's own (OwnVar). */
const isBuilt = (v: TVar): v is DerivedVar | LocalVar => v.role !== 'adj' && v.role !== 'seed' && v.role !== 'stack' && v.role !== 'top';

/** The variable the second row has for `v`: another of its kind, named after it. */
const another = (v: DerivedVar | LocalVar, names: Names): TVar => (v.of ? names.derived(v.name, v.role, v.type, v.of) : names.local(v.name, v.role));

function declares(code: readonly TStmt[], into: Set<TVar>): void {
  for (const s of code) {
    if (s.k === 'decl') into.add(s.v!);
    if (s.k === 'if') { declares(s.then, into); declares(s.else, into); }
  }
}

const declaredIn = (code: readonly TStmt[], v: TVar) => { const d = new Set<TVar>(); declares(code, d); return d.has(v); };

/** Variables assigned as a whole (`x = …`, `x += …`, `top` of `stack[--top]`), at any depth. */
function assigns(code: readonly TStmt[], into: Set<TVar>): void {
  eachExprIn(code, (x) => { if (x.k === 'update') into.add(x.v!); });
  const go = (list: readonly TStmt[]) => {
    for (const s of list) {
      if (s.k === 'assign' && s.target.k === 'name') into.add(s.target.v!);
      if (s.k === 'if') { go(s.then); go(s.else); }
      if (s.k === 'for') { go(s.body); }
    }
  };
  go(code);
}

/** Whether every store of `code` (into something other than a variable) is into an element of one of the arrays `into`. */
function writesOnlyInto(code: readonly TStmt[], into: ReadonlySet<TVar>): boolean {
  return code.every((s) => (s.k === 'assign' ? s.target.k === 'name' || (isElement(s.target) && isRefIn(s.target.array, into))
    : s.k !== 'if' || (writesOnlyInto(s.then, into) && writesOnlyInto(s.else, into))));
}

/** Arrays written by element (`A[e] op …`) where `which` holds, at any depth, in code that writes only elements of arrays it names (writesOnlyInto). */
function elementTargets(code: readonly TStmt[], which: (s: TStmt & { k: 'assign' }) => boolean): Set<TVar> {
  const out = new Set<TVar>();
  const go = (list: readonly TStmt[]) => {
    for (const s of list) {
      if (s.k === 'assign' && isElement(s.target) && which(s)) out.add(s.target.array.v!);
      if (s.k === 'if') { go(s.then); go(s.else); }
    }
  };
  go(code);
  return out;
}

/** Arrays named whose elements `code` reads, other than as the target of an addition into them (an array of another form is never one written). */
function elementReads(code: readonly TStmt[]): Set<TVar> {
  const out = new Set<TVar>();
  const e = (x: TExpr): void => {
    if (isElement(x)) out.add(x.array.v!);
    anyChild(x, (c) => { e(c); return false; });
  };
  const go = (list: readonly TStmt[]) => {
    for (const s of list) {
      if (s.k === 'assign') {
        e(s.value);
        if (s.target.k === 'index') e(s.target.index);
      } else if (s.k === 'decl') { if (s.init) e(s.init); } else if (s.k === 'if') { e(s.test); go(s.then); go(s.else); }
    }
  };
  go(code);
  return out;
}

function mentions(code: readonly TStmt[]): Set<TVar> {
  const out = new Set<TVar>();
  eachExprIn(code, (x) => { if (x.k === 'name' || x.k === 'update') out.add(x.v!); });
  for (const s of code) if (s.k === 'decl') out.add(s.v!);
  return out;
}

function someVar(e: TExpr, p: (v: TVar) => boolean): boolean {
  return [...varsIn(e)!].some(p);
}

/** The constant `v` is set to by a top-level `v = c` of Q after which Q does not mention v. */
function resetAtEnd(Q: readonly TStmt[], v: TVar): TExpr | undefined {
  for (let k = Q.length - 1; k >= 0; k--) {
    const s = Q[k]!;
    if (s.k === 'assign' && s.op === '=' && isRef(s.target, v)) {
      return s.value.k === 'num' && !mentions(Q.slice(k + 1)).has(v) ? s.value : undefined;
    }
  }
  return undefined;
}

function renameExpr(e: TExpr, renames: ReadonlyMap<TVar, TVar>): TExpr {
  if (e.k === 'name') { const to = renames.get(e.v!); return to ? ref(to) : e; }
  if (e.k === 'update') { const to = renames.get(e.v!); return to ? updateOf(to, e.op, e.by, e.prefix) : e; }
  return mapChildren(e, (c) => renameExpr(c, renames));
}

function renameStmt(s: TStmt, rn: (e: TExpr) => TExpr): TStmt {
  if (s.k === 'decl') {
    // (renamed, another variable: the TVar it is renamed to, not the one it was)
    const to = rn(ref(s.v!)) as TExpr & { k: 'name'; v: TVar };
    return { ...s, name: to.name, v: to.v, ...(s.init ? { init: rn(s.init) } : {}) };
  }
  if (s.k === 'comment') return s;
  return mapStmt(s, rn, (b) => b.map((x) => renameStmt(x, rn)));
}

/**
 * The adjoint a zero test `Z === 0 ? 0 : e` of `body` guards its term on, when the loop (index
 * `index`) does not change it: Z, or the adjoint a constant of the body is bound to (`const t7_b
 * = s_b`: the body's names for an adjoint the loop does not change); undefined for another expression.
 */
function zeroGuards(body: readonly TStmt[], index: TVar): (e: TExpr) => TVar | undefined {
  const declared = new Set<TVar>();
  declares(body, declared);
  const assigned = new Set<TVar>([index]);
  assigns(body, assigned);
  const alias = new Map<TVar, TVar>();
  for (const s of body) if (s.k === 'decl' && s.kind === 'const' && s.init?.k === 'name' && !declared.has(s.init.v!) && !assigned.has(s.init.v!)) alias.set(s.v!, s.init.v!);
  return (e) => {
    if (e.k !== 'cond' || e.then.k !== 'num' || e.then.value !== 0 || e.test.k !== 'bin' || e.test.op !== '===') return undefined;
    const { l, r } = e.test;
    if (l.k !== 'name' || r.k !== 'num' || r.value !== 0) return undefined;
    const y = alias.get(l.v!) ?? l.v!;
    return declared.has(y) || assigned.has(y) ? undefined : y;
  };
}

/**
 * The adjoint that scales every addition of a loop's body, when it is zero-tested: the reverse of
 * `s += W[i*n + j] * x[j]` guards each term with `s_b === 0 ? 0 : s_b * x[j]` (so that a zero
 * adjoint stays zero against an infinite x), with s_b the same throughout the loop. When every
 * addition of the body is such a term, the loop adds nothing at all when s_b is 0 (a relu unit
 * that is off, a row whose output the loss ignores): `seed` is then s_b, and `body` the body
 * without the tests, which hold no more where s_b is not 0.
 */
function seedOf(body: readonly TStmt[], index: TVar): { seed: TVar; body: TStmt[] } | undefined {
  const guardOf = zeroGuards(body, index);
  // (a loop that takes values off the tape must run to take them, whatever it adds)
  if (!noUpdates(body)) return undefined;
  const seeds = new Set<TVar>();
  eachExprIn(body, (x) => { const g = guardOf(x); if (g !== undefined) seeds.add(g); });
  if (seeds.size !== 1) return undefined;
  const [seed] = seeds as unknown as [TVar];
  const zero = new Set<TVar>();
  const vanishes = (e: TExpr): boolean =>
    (e.k === 'num' && e.value === 0) || (e.k === 'name' && zero.has(e.v!)) || (e.k === 'un' && e.op === '-' && vanishes(e.e)) ||
    (e.k === 'bin' && (e.op === '+' || e.op === '-') && vanishes(e.l) && vanishes(e.r)) || guardOf(e) === seed;
  for (const s of body) {
    if (s.k === 'comment') continue;
    if (s.k === 'decl') {
      if (s.kind !== 'const' || !s.init || !pure(s.init)) return undefined;
      if (vanishes(s.init)) zero.add(s.v!);
      continue;
    }
    if (s.k !== 'assign' || s.op === '=' || !pure(s.target, true) || !vanishes(s.value)) return undefined;
  }
  const unguarded = (e: TExpr): TExpr => (guardOf(e) !== undefined ? unguarded((e as { else: TExpr }).else) : mapChildren(e, unguarded));
  return { seed, body: body.map((s) => mapStmt(s, unguarded, (b) => [...b])) };
}

/**
 * Each counted loop whose additions all vanish when its seed is 0 (seedOf) runs only when it
 * is not: `if (s_b !== 0) for (…) { …without the tests… }`. An innermost loop that takes
 * values off the tape must run whatever it adds; where its terms are zero-tested on an adjoint
 * the loop does not change (seedTested), it is written twice instead, the copy for a seed that
 * is not 0 without those tests:
 *
 *   if (s_b !== 0) for (…) { t = stack[--top]; … s_b * t … } else for (…) { …the loop as it was… }
 *
 * (Householder QR's formation of Q, the reverse of `s += V[i*n + k] * Q[i*n + j]`, which pops
 * the Q it read: 3.10x → 3.05x its primal, CPU time in one process.)
 */
export function skipZeroSeeds(code: readonly TStmt[]): TStmt[] {
  return code.map((s): TStmt => {
    const inner = mapStmt(s, (e) => e, skipZeroSeeds);
    // (a loop with a name that is no TVar: one holding a try, whose catch binding `error` is a name, which seedOf and seedTested take none of)
    if (inner.k !== 'for' || inner.init.k !== 'decl' || !oneVarPerName([inner])) return inner;
    const seeded = seedOf(inner.body, inner.init.v!);
    const test = (seed: TVar) => bin('!==', ref(seed), { k: 'num', value: 0 });
    if (seeded) return { k: 'if', test: test(seeded.seed), brief: true, then: [{ ...inner, body: seeded.body }], else: [] };
    const tested = seedTested(inner.body, inner.init.v!);
    if (!tested) return inner;
    return { k: 'if', test: test(tested.seed), then: [{ ...inner, body: tested.body }], else: [inner] };
  });
}

/** A loop body is copied (skipZeroSeeds) if it has at most this many statements. */
const maxCopied = 24;

/**
 * The adjoint an innermost loop body that takes values off the tape zero-tests its terms on
 * (`s_b === 0 ? 0 : s_b * x`, `s_b` or a constant of the body bound to it, which the body does
 * not assign), and the body with those tests taken as false: what the body computes where s_b
 * is not 0, in the same order. Only bodies of declarations, assignments and ifs.
 */
function seedTested(body: readonly TStmt[], index: TVar): { seed: TVar; body: TStmt[] } | undefined {
  if (noUpdates(body)) return undefined;
  let size = 0;
  let simple = true;
  eachStmt(body, (s) => { size++; if (s.k !== 'decl' && s.k !== 'assign' && s.k !== 'if' && s.k !== 'comment') simple = false; });
  if (!simple || size > maxCopied) return undefined;
  const guardOf = zeroGuards(body, index);
  let seed: TVar | undefined;
  eachExprIn(body, (x) => { seed ??= guardOf(x); });
  if (seed === undefined) return undefined;
  const unguarded = (e: TExpr): TExpr => (guardOf(e) === seed ? unguarded((e as { else: TExpr }).else) : mapChildren(e, unguarded));
  const rewrite = (list: readonly TStmt[]): TStmt[] => list.map((s) => mapStmt(s, unguarded, rewrite));
  return { seed, body: rewrite(body) };
}

/**
 * Whether fusing the rows keeps the order of the additions into each adjoint element, so that
 * f_vjp's gradient stays bit for bit what the loop, and f_hvp (which differentiates the code
 * before these rewrites), computes. The inner loop runs over j; an addition `A[idx] += …` of L
 * keeps it when idx is
 * - `j`, or `j + c` with c not depending on the row: both rows add into element e at the same
 *   j, row i first, as the loop did;
 * - `i * m + j` where j runs over [0, m): the rows add into elements no other row adds into.
 * Else (`x_b[o + j]` of a convolution: row o adds into x_b[e] at j = e − o, row o − 1 at
 * j = e − o + 1, which the fused pass, going down in j, runs first) it is not jammed: trial29's
 * convolution got f_hvp's gradient 1 ulp off f_grad's at 106 of 200 points.
 */
function orderKept(L: readonly TStmt[], P: readonly TStmt[], i: TVar, inner: For, j: TVar): boolean {
  const consts = new Map<TVar, TExpr>();
  for (const s of [...P, ...L]) if (s.k === 'decl' && s.kind === 'const' && s.init) consts.set(s.v!, s.init);
  const resolve = (e: TExpr, depth = 0): TExpr => {
    if (depth > 8) return e;
    if (e.k === 'name' && consts.has(e.v!)) return resolve(consts.get(e.v!)!, depth + 1);
    if (e.k === 'bin') return { ...e, l: resolve(e.l, depth + 1), r: resolve(e.r, depth + 1) };
    return e;
  };
  // names the row's value may reach: the row index and P's variables (P may read the tape)
  const rowish = new Set<TVar>([i]);
  declares(P, rowish);
  const rowFree = (e: TExpr) => !someVar(e, (v) => rowish.has(v) || v === j);
  // j over [0, m): `for (let j = m - 1; j >= 0; j--)` or `for (let j = 0; j < m; j++)`
  const init = inner.init.k === 'decl' ? inner.init.init : undefined;
  const { test } = inner;
  // (`Math.ceil(m) - 1` where m is a number: for an integer m, as indices are, the same range)
  const top = init?.k === 'bin' && init.op === '-' && init.r.k === 'num' && init.r.value === 1 ? init.l : undefined;
  const topVar = top?.k === 'name' ? top.v
    : top?.k === 'call' && top.callee.k === 'math' && top.callee.fn === 'ceil' && top.args.length === 1 && top.args[0]!.k === 'name' ? top.args[0]!.v
    : undefined;
  const bound = topVar !== undefined && test.k === 'bin' && test.op === '>=' && isRef(test.l, j) && test.r.k === 'num' && test.r.value === 0 ? topVar
    : init?.k === 'num' && init.value === 0 && test.k === 'bin' && test.op === '<' && isRef(test.l, j) && test.r.k === 'name' ? test.r.v
    : undefined;
  const kept = (idx: TExpr): boolean => {
    const e = resolve(idx);
    if (isRef(e, j)) return true;
    if (e.k !== 'bin' || e.op !== '+') return false;
    const other = isRef(e.l, j) ? e.r : isRef(e.r, j) ? e.l : undefined;
    if (!other) return false;
    if (rowFree(other)) return true;
    return bound !== undefined && other.k === 'bin' && other.op === '*' &&
      ((isRef(other.l, i) && isRef(other.r, bound)) || (isRef(other.r, i) && isRef(other.l, bound)));
  };
  return L.every((s) => s.k !== 'assign' || s.target.k !== 'index' || kept(s.target.index));
}
