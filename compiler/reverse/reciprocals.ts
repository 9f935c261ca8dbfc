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
import { type TExpr, type TStmt, type TVar, eachExprIn, eachStmt, mapChildren, mapStmt, mul, num, ref } from '../ir/target.js';

/** `code` with each `c / y` (c a power of two) after `const r = 1 / y` in scope written `c * r`. */
export function reuseReciprocals(code: readonly TStmt[]): TStmt[] {
  return block(code, new Map());
}

/** The reciprocals known: the denominator → its reciprocal. */
type Known = Map<TVar, TVar>;

function block(code: readonly TStmt[], known: Known): TStmt[] {
  const out: TStmt[] = [];
  for (const s of code) {
    const t = mapStmt(s, (e) => (known.size > 0 ? rewrite(e, known) : e), (body) => block(body, inner(body, known)));
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

function rewrite(e: TExpr, known: Known): TExpr {
  const x = mapChildren(e, (c) => rewrite(c, known));
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
