/**
 * The adjoints, typed variables (TVar) decided before the backward sweep and read-only to it
 * (and to assemble.ts and lower.ts, which declare them), named `x` → `x_b` as ir/names.ts gives it out.
 *
 * Every variable that may have an adjoint gets its name here: each parameter (assemble.ts
 * declares a local for one left out of the gradient) and each active variable. An array that
 * is only another name for one (`const d = helper(x)`, the inlined body's `out`: `d = copy out`,
 * where arrays are never rebound) shares that array's adjoint array; the record's names come
 * first (the shadows of moving arrays, the active parameters', recordPlan). Names are given out
 * in the function's variable order; each has a base of its own (`x_b`), so that the order of
 * these and of the other names the sweep gives out (`k`, `g_adj`, `t3_r`) changes none of them.
 */
import type { Func, Var } from '../ir/types.js';
import { Names, adjointName } from '../ir/names.js';
import type { DerivedVar, TVar } from '../ir/target.js';
import { statements } from '../ir/walk.js';
import { hasDynamicArrays } from '../analyze/writes.js';
import type { TapeRecord } from './plan.js';

export function adjointVars(fn: Func, active: ReadonlySet<Var>, record: Pick<TapeRecord, 'shadows' | 'paramAdjoints'>, names: Names): ReadonlyMap<Var, TVar> {
  const out = new Map<Var, TVar>([...record.shadows, ...record.paramAdjoints]);
  // (`v = copy w` of arrays, where arrays never move: v's adjoint is w's)
  const copyOf = new Map<Var, Var>();
  if (!hasDynamicArrays(fn)) {
    for (const s of statements(fn.body)) {
      if (s.kind !== 'eq' || s.prim !== 'copy' || s.out.type !== 'f64[]') continue;
      const from = s.args[0];
      if (from?.kind === 'var' && from.v.type === 'f64[]') copyOf.set(s.out, from.v);
    }
  }
  const adjoint = (v: Var): TVar => {
    let a = out.get(v);
    if (a === undefined) {
      const root = copyOf.get(v);
      a = root ? adjoint(root) : adjointVar(v, names);
      out.set(v, a);
    }
    return a;
  };
  for (const v of fn.vars) if (v.kind === 'param' || active.has(v)) adjoint(v);
  return out;
}

/** A new adjoint variable of `v`, named `x_b` (clear of the function's other names). */
export const adjointVar = (v: Var, names: Names): DerivedVar => names.derived(adjointName(v.name), 'adjoint', v.type, v);
