/**
 * Reading the target code that is differentiated: the array an expression is of, aliases, and
 * tape updates (`top++`).
 */
import { type TExpr, type TVar, isMethod, isRuntime, isTape, mapChildren, name, namesIn, ownExprs, ref, someExpr } from '../ir/target.js';
import { NoHvp } from './types.js';

/** Names an expression reads (ir/target.ts's `namesIn`). */
export const namesOf = namesIn;

/** Whether `e` holds a prefix update (`--top`, `prefix`) or a postfix one (`top++`). */
export const hasUpdate = (e: TExpr, prefix: boolean): boolean => someExpr(e, (x) => x.k === 'update' && !!x.prefix === prefix);

/** `e` with its updates (`top++`, `--top`) read as the variable (the tangent reads the slot the primal used). */
export const withoutUpdates = (e: TExpr): TExpr => (e.k === 'update' ? (e.v ? ref(e.v) : name(e.name)) : mapChildren(e, withoutUpdates));

/** The variable an array expression is of (`x` of `x[i]`, `x.subarray(…)`, and of its adjoint `adjointOf(x)`), by identity. */
export const baseVar = (e: TExpr): TVar | undefined =>
  e.k === 'name' ? e.v : e.k === 'member' || e.k === 'index' ? baseVar(e.k === 'member' ? e.object : e.array)
  // (`(src === xs ? xs_b : adjointOf(src))`: the adjoint of an array that may hold a parameter;
  // `(src === xs ? xs_b : sink(src.length))` where it may otherwise hold only a constant table)
  : e.k === 'cond' ? baseVar(e.else) ?? baseVar(e.then)
  : isMethod(e, 'subarray') || isRuntime(e, 'adjointOf') ? baseVar((e as TExpr & { args: readonly TExpr[] }).args[0]!) : undefined;

/** Whether `e` reads (or updates) the variable `v`. */
export const readsVar = (e: TExpr, v: TVar): boolean => someExpr(e, (x) => (x.k === 'name' || x.k === 'update') && x.v === v);

/** The expressions a statement holds itself (ir/target.ts's `ownExprs`). */
export const exprsOf = ownExprs;

export const isTapeBuffer = (e: TExpr) => isTape(e, 'values', 'reserve');

/** The array `value` is another name for (`h = x`, `a ? x : y`, `x.subarray(…)`), if it is one. */
export function arrayAlias(value: TExpr): TVar | undefined {
  if (value.k === 'name') return value.v;
  if (isMethod(value, 'subarray')) return baseVar(value.args[0]!);
  if (value.k === 'cond' && value.then.k === 'name') return value.then.v;
  return undefined;
}

export function printPath(e: TExpr): string {
  if (e.k === 'name') return e.name;
  if (e.k === 'member') return `${printPath(e.object)}.${e.prop}`;
  throw new NoHvp('an array f_hvp cannot follow', 'take the Hessian-vector product from differences of f_grad along v');
}
