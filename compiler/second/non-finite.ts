/**
 * Which variables of the code differentiated may hold a value that is not finite made from a
 * constant of it that is not (a sentinel: `new Float64Array(n).fill(Infinity)`, `let m =
 * -Infinity`), as analyze/reached.ts's mayBeNonFinite finds on the trace: flow-insensitively,
 * whatever is computed from such a value, and the arrays it is stored into (the tape's among
 * them) or passed to a call beside. The partials that read them guard a zero tangent
 * (forward/sweep.ts `times`); in code without such a constant there are none.
 */
import { type TExpr, type TStmt, type TVar, eachStmt, someExpr } from '../ir/target.js';
import { constantValue } from '../ir/types.js';
import { arrayAlias, baseVar } from './code.js';

export function nonFiniteNames(body: readonly TStmt[]): Set<TVar> {
  const out = new Set<TVar>();
  const mentions = (e: TExpr): boolean => someExpr(e, (x) => (x.k === 'num' && !Number.isFinite(x.value))
    || (x.k === 'constant' && !Number.isFinite(constantValue(x.constant) ?? 0))
    || (x.k === 'name' && x.v !== undefined && out.has(x.v)));
  const links: [TVar, TVar][] = [];
  eachStmt(body, (s) => {
    const target = s.k === 'decl' ? s.v : s.k === 'assign' ? baseVar(s.target) : undefined;
    const value = s.k === 'decl' ? s.init : s.k === 'assign' ? s.value : undefined;
    const alias = value && arrayAlias(value);
    if (target && alias) links.push([target, alias]);
  });
  for (let changed = true; changed;) {
    changed = false;
    const mark = (v: TVar | undefined): void => { if (v !== undefined && !out.has(v)) { out.add(v); changed = true; } };
    eachStmt(body, (s) => {
      if (s.k === 'decl' && s.init && mentions(s.init)) mark(s.v);
      if (s.k === 'assign' && mentions(s.value)) mark(baseVar(s.target));
      // (`a.fill(Infinity)`, `g_vjp(x, adj)` with x a sentinel: the arrays it may write)
      if (s.k === 'expr' && s.e.k === 'call' && s.e.args.some(mentions)) for (const a of s.e.args) mark(baseVar(a));
    });
    for (const [a, b] of links) {
      if (out.has(a)) mark(b);
      if (out.has(b)) mark(a);
    }
  }
  return out;
}
