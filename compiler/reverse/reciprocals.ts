/**
 * One division per denominator. The reverse of `m / Math.sqrt(s)` computes the quotient's
 * reciprocal once (`const t29_r = 1 / t28`, rules/table.ts's one-reciprocal partials) and then
 * the square root's partial, `0.5 / t28`, a second division by the same value:
 *
 *   const t29_r = 1 / t28;                const t29_r = 1 / t28;
 *   …                                     …
 *   … t28_b * (0.5 / t28)           →     … t28_b * (0.5 * t29_r)
 *
 * Multiplying by a power of two c is exact, so c / y and c · (1 / y) are the same number
 * wherever both are normal: the gradient is the same bit for bit. (They differ only where
 * 1 / y overflows and c / y does not, |y| < 2⁻¹⁰²³, which a square root never is, or where
 * c / y is subnormal, |y| > 2¹⁰¹³ for c = 0.5.) Only the reverse sweep's reciprocals are
 * reused (`y_r`): the primal's own arithmetic is left as written.
 * Divisions are the dearest arithmetic in a reverse sweep (an n-body energy's pair loop does
 * three: the quotient, its reciprocal and the root's partial).
 *
 * The reuse holds while neither variable changes: a reciprocal is known from its declaration to
 * the end of its block, and forgotten where either is declared again or assigned, and on entering
 * a nested block that assigns either (a loop's next iteration). Both are typed variables (TVar),
 * told by identity: the divisor a primal variable, the reciprocal one of role `reciprocal`.
 */
import type { Names } from '../ir/names.js';
import { type DerivedVar, type TExpr, type TStmt, type TVar, anyNested, declare, div, eachExpr, eachExprIn, eachStmt, mapChildren, mapNested, mapStmt, mul, num, ownExprs, ref } from '../ir/target.js';

/** `code` with each `c / y` (c a power of two) after `const r = 1 / y` in scope written `c * r`. */
export function reuseReciprocals(code: readonly TStmt[]): TStmt[] {
  return block(code, new Map(), new Map());
}

/** The reciprocals known: the denominator → its reciprocal. */
type Known = Map<TVar, TVar>;

/**
 * `same`: the reverse sweep's reciprocals declared again where one of the same divisor was
 * known (`const y_r2 = 1 / y` after `const y_r = 1 / y`, as a quotient computed again from its
 * reciprocal leaves its reverse, availability.ts): not declared, each read of it reads the first
 * (both consts, of the same value).
 */
function block(code: readonly TStmt[], known: Known, same: Map<TVar, TVar>): TStmt[] {
  const out: TStmt[] = [];
  for (const s of code) {
    const t = mapStmt(s, (e) => (known.size > 0 || same.size > 0 ? rewrite(e, known, same) : e), (body) => block(body, inner(body, known), new Map(same)));
    if (t.k === 'decl' && t.kind === 'const' && t.v?.role === 'reciprocal' && t.init?.k === 'name' && t.init.v?.role === 'reciprocal' && reciprocalOf(s)) {
      same.set(t.v, t.init.v);
      continue;
    }
    out.push(t);
    forget(changedIn([t]), known);
    const reciprocal = reciprocalOf(t);
    if (reciprocal) known.set(reciprocal.of, reciprocal.r);
  }
  return out;
}

/** What a nested block starts with: what is known here, but the variables it changes. */
function inner(body: readonly TStmt[], known: Known): Known {
  const copy = new Map(known);
  forget(changedIn(body), copy);
  return copy;
}

function forget(changed: ReadonlySet<TVar>, known: Known): void {
  for (const [of, r] of [...known]) if (changed.has(of) || changed.has(r)) known.delete(of);
}

/** `const y_r = 1 / y`: a reciprocal the reverse sweep's partials made (its role; never the primal's own), of a variable. */
function reciprocalOf(s: TStmt): { r: TVar; of: TVar } | undefined {
  if (s.k !== 'decl' || s.kind !== 'const' || s.v?.role !== 'reciprocal' || !s.init || s.init.k !== 'bin' || s.init.op !== '/') return undefined;
  const { l, r } = s.init;
  return l.k === 'num' && l.value === 1 && r.k === 'name' && r.v !== undefined && r.v !== s.v ? { r: s.v, of: r.v } : undefined;
}

/** The variables declared, assigned or updated anywhere in `code`. */
function changedIn(code: readonly TStmt[]): Set<TVar> {
  const vars = new Set<TVar>();
  eachStmt(code, (s) => {
    if (s.k === 'decl' && s.v) vars.add(s.v);
    if (s.k === 'assign' && s.target.k === 'name' && s.target.v) vars.add(s.target.v);
  });
  eachExprIn(code, (x) => { if (x.k === 'update' && x.v) vars.add(x.v); });
  return vars;
}

function rewrite(e: TExpr, known: Known, same: ReadonlyMap<TVar, TVar>): TExpr {
  if (e.k === 'name' && e.v !== undefined) { const first = same.get(e.v); return first ? ref(first) : e; }
  const x = mapChildren(e, (c) => rewrite(c, known, same));
  if (x.k !== 'bin' || x.op !== '/' || x.l.k !== 'num' || x.r.k !== 'name' || x.r.v === undefined) return x;
  const r = known.get(x.r.v);
  if (r === undefined || !powerOfTwo(x.l.value)) return x;
  return x.l.value === 1 ? ref(r) : mul(num(x.l.value), ref(r));
}

/** ±2^k for |k| ≤ 8 (the square root's 0.5, the reciprocal's own 1). */
function powerOfTwo(c: number): boolean {
  const a = Math.abs(c);
  return a >= 2 ** -8 && a <= 2 ** 8 && 2 ** Math.round(Math.log2(a)) === a;
}

/**
 * A reciprocal carried through a loop. The reverse of compute-l2norm's loop divides by the
 * running scale t in the iterations that leave t alone (`const r_1_r = 1 / t`, to give
 * `val / t` and its partials) and restores t in the few that had raised it:
 *
 *   for (…) { if (…) { t = stack[--top]; … } else { const r_r = 1 / t; … } }
 *     →  let t_r = 1 / t; for (…) { if (…) { t = stack[--top]; t_r = 1 / t; … } else { const r_r = t_r; … } }
 *
 * t_r is 1 / t wherever the loop reads it: computed from t just before the loop, and again
 * right after each assignment to t in it, which are the only ways the loop changes t (none of
 * `t++`, a declaration of t in the loop, its test or its update, an assignment in a loop nested
 * in it): the same division of the same value, so the gradient is the same bit for bit. A
 * loop that never assigns y is hoist.ts's (the division moves out whole). Carried only where
 * each assignment to y sits in a branch (an iteration that skips it divides no more) and the
 * loop assigns y at no more places than it divides by it, outside nested loops: a division per
 * assignment run instead of one per use run, one more before the loop. Where the branch that
 * assigns runs more often than the uses the loop divides more often than before; in a reverse
 * sweep that branch is where the forward sweep changed y, a rescaling, rarer than the
 * iterations that read it.
 */
export function carryReciprocals(code: readonly TStmt[], names: Names): TStmt[] {
  const out: TStmt[] = [];
  for (const s of code) {
    const t = mapNested(s, (body) => carryReciprocals(body, names));
    if (t.k !== 'for' && t.k !== 'while' && t.k !== 'loop') { out.push(t); continue; }
    let loop: TStmt = t;
    // (before the comments that head the loop, `// grad of: for (…)`, as hoist.ts puts its own)
    let at = out.length;
    while (at > 0 && out[at - 1]!.k === 'comment') at--;
    for (const y of carriedIn(t)) {
      const r = names.derived(`${y.name}_r`, 'reciprocal', 'f64', y.of);
      out.splice(at++, 0, declare('let', r, div(num(1), ref(y))));
      loop = carry(loop, y, r);
    }
    out.push(loop);
  }
  return out;
}

/** The divisors of the reciprocals `loop` declares (outside nested loops) that it may carry (carryReciprocals). */
function carriedIn(loop: TStmt & { k: 'for' | 'while' | 'loop' }): DerivedVar[] {
  const uses = new Map<TVar, number>();
  const assigns = new Map<TVar, number>();
  const changedElsewhere = new Set<TVar>();
  // (names declared in the loop, or changed by a statement without its variable: identity
  // cannot tell those from y)
  const byName = new Set<string>();
  const updates = (e: TExpr) => eachExpr(e, (x) => { if (x.k === 'update') { if (x.v) changedElsewhere.add(x.v); else byName.add(x.name); } });
  // (the loop's own test and update, its init, and what its nested loops change)
  if (loop.k === 'for') for (const v of changedIn([loop.init])) changedElsewhere.add(v);
  if (loop.k === 'for') eachStmt([loop.init], (s) => { if (s.k === 'decl') byName.add(s.name); });
  for (const e of ownExprs(loop)) updates(e);
  const visit = (body: readonly TStmt[], branched: boolean) => {
    for (const s of body) {
      if (s.k === 'for' || s.k === 'while' || s.k === 'loop') {
        for (const v of changedIn([s])) changedElsewhere.add(v);
        eachStmt([s], (t) => { if (t.k === 'decl') byName.add(t.name); if (t.k === 'assign' && t.target.k === 'name') byName.add(t.target.name); });
        eachExprIn([s], (x) => { if (x.k === 'update') byName.add(x.name); });
        continue;
      }
      const rec = reciprocalOf(s);
      if (rec) uses.set(rec.of, (uses.get(rec.of) ?? 0) + 1);
      if (s.k === 'decl') { if (s.v) changedElsewhere.add(s.v); byName.add(s.name); }
      if (s.k === 'assign' && s.target.k === 'name') {
        if (!s.target.v) byName.add(s.target.name);
        else if (branched) assigns.set(s.target.v, (assigns.get(s.target.v) ?? 0) + 1);
        else changedElsewhere.add(s.target.v);
      }
      for (const e of ownExprs(s)) updates(e);
      if (s.k === 'if') { visit(s.then, true); visit(s.else, true); } else anyNested(s, (b) => { visit(b, branched); return false; });
    }
  };
  visit(loop.body, false);
  return [...uses].flatMap(([y, n]) => {
    const k = assigns.get(y) ?? 0;
    return y.role === 'primal' && !changedElsewhere.has(y) && !byName.has(y.name) && k > 0 && k <= n ? [y as DerivedVar] : [];
  });
}

/** `loop` with `r = 1 / y` after each assignment to y, and each reciprocal of y it declares (outside nested loops) `r`. */
function carry(loop: TStmt, y: TVar, r: TVar): TStmt {
  const inBody = (body: readonly TStmt[]): TStmt[] => body.flatMap((s): TStmt[] => {
    if (s.k === 'for' || s.k === 'while' || s.k === 'loop') return [s];
    if (s.k === 'assign' && s.target.k === 'name' && s.target.v === y) return [s, { k: 'assign', target: ref(r), op: '=', value: div(num(1), ref(y)) }];
    if (s.k === 'decl' && reciprocalOf(s)?.of === y) return [{ ...s, init: ref(r) }];
    return [mapNested(s, inBody)];
  });
  return mapNested(loop, inBody);
}
