/**
 * Reading the target code that is differentiated: the array an expression is of, aliases, and
 * tape updates (`top++`).
 */
import { type TExpr, isMethod, isRuntime, isTape, mapChildren, name, namesIn, ownExprs, ref, someExpr } from '../ir/target.js';
import { NoHvp } from './types.js';

/** Names an expression reads (ir/target.ts's `namesIn`). */
export const namesOf = namesIn;

/** Whether `e` holds a prefix update (`--top`, `prefix`) or a postfix one (`top++`). */
export const hasUpdate = (e: TExpr, prefix: boolean): boolean => someExpr(e, (x) => x.k === 'update' && !!x.prefix === prefix);

/** `e` with its updates (`top++`, `--top`) read as the variable (the tangent reads the slot the primal used). */
export const withoutUpdates = (e: TExpr): TExpr => (e.k === 'update' ? (e.v ? ref(e.v) : name(e.name)) : mapChildren(e, withoutUpdates));

/** The variable an array expression is of (`x` of `x[i]`, `x.subarray(…)`, and of its adjoint `adjointOf(x)`). */
export const baseName = (e: TExpr): string | undefined =>
  e.k === 'name' ? e.name : e.k === 'member' || e.k === 'index' ? baseName(e.k === 'member' ? e.object : e.array)
  // (`(src === xs ? xs_b : adjointOf(src))`: the adjoint of an array that may hold a parameter;
  // `(src === xs ? xs_b : sink(src.length))` where it may otherwise hold only a constant table)
  : e.k === 'cond' ? baseName(e.else) ?? baseName(e.then)
  : isMethod(e, 'subarray') || isRuntime(e, 'adjointOf') ? baseName((e as TExpr & { args: readonly TExpr[] }).args[0]!) : undefined;

/** The expressions a statement holds itself (ir/target.ts's `ownExprs`). */
export const exprsOf = ownExprs;

export const isTapeBuffer = (e: TExpr) => isTape(e, 'values', 'reserve');

/** The array `value` is another name for (`h = x`, `a ? x : y`, `x.subarray(…)`), if it is one. */
export function arrayAlias(value: TExpr): string | undefined {
  if (value.k === 'name') return value.name;
  if (isMethod(value, 'subarray')) return baseName(value.args[0]!);
  if (value.k === 'cond' && value.then.k === 'name') return value.then.name;
  return undefined;
}

export function printPath(e: TExpr): string {
  if (e.k === 'name') return e.name;
  if (e.k === 'member') return `${printPath(e.object)}.${e.prop}`;
  throw new NoHvp('an array f_hvp cannot follow', 'take the Hessian-vector product from differences of f_grad along v');
}
