/**
 * The checks of a function taking an array of rows (the nestedArrays feature) run over flat
 * arrays: its input is its numbers row after row, and each entry of `grad` one number. Here its
 * functions (the primal, f_grad, f_vjp, f_jvp, f_hvp, f_hessian) take such an input: each call
 * cuts it into rows of the declared type, and flattens back what comes out (the gradient's rows,
 * adj's rows as f_vjp leaves them, the rows as the call leaves them, for `input-modified`).
 */
import type { Fn } from './ast.js';

type Any = (...a: unknown[]) => unknown;
type Record_ = Record<string, unknown>;

/** `exports` with the functions of `fn` over flat inputs, if `fn` takes an array of rows; else `exports` itself. */
export function rowsAsFlat<E extends Record<string, unknown>>(fn: Fn, exports: E, forms: readonly string[]): E {
  const at = fn.params.flatMap((p, i) => (p.ty === 'rows' ? [i] : []));
  if (at.length === 0) return exports;
  const keys = at.map((i) => fn.params[i]!.name);
  const cut = (i: number, flat: ArrayLike<number>): unknown[] => {
    const { lens, type } = fn.params[i]!.rows!;
    let start = 0;
    return lens.map((n) => {
      const row = Array.from({ length: n }, (_, j) => flat[start + j]!);
      start += n;
      return type === 'Float64Array[]' ? Float64Array.from(row) : row;
    });
  };
  const flatten = (rows: unknown): Float64Array => Float64Array.from((rows as ArrayLike<number>[]).flatMap((r) => Array.from(r)));
  const cutKeys = (o: Record_ | undefined, byKey: (key: string) => number): Record_ | undefined => {
    if (!o) return o;
    const out = { ...o };
    for (const k of keys) if (out[k] !== undefined) out[k] = cut(byKey(k), out[k] as ArrayLike<number>);
    return out;
  };
  const index = (key: string) => fn.params.findIndex((p) => p.name === key);
  const flatKeys = (o: Record_ | undefined): Record_ | undefined => {
    if (!o) return o;
    const out = { ...o };
    for (const k of keys) if (out[k] !== undefined) out[k] = flatten(out[k]);
    return out;
  };
  const n = fn.params.length;
  // (the call's arguments as rows, and after it the flat inputs given what the call left in the rows)
  const call = (g: Any, args: unknown[], extra: (rest: unknown[]) => unknown[], after: (rest: unknown[], r: unknown) => unknown): unknown => {
    const given = args.slice(0, n);
    const rows = given.map((a, i) => (at.includes(i) ? cut(i, a as ArrayLike<number>) : a));
    const rest = args.slice(n);
    const r = g(...rows, ...extra(rest));
    for (const i of at) (given[i] as Float64Array).set(flatten(rows[i]));
    return after(rest, r);
  };
  const out: Record<string, unknown> = { ...exports };
  const own = (form: string) => (form === '' ? fn.name : `${fn.name}_${form}`);
  for (const form of forms) {
    const g = exports[own(form)] as Any | undefined;
    if (typeof g !== 'function') continue;
    const same = (rest: unknown[]) => rest;
    out[own(form)] = form === 'vjp'
      // (adj's rows prefilled from the flat adj, and what f_vjp adds to them flattened back into it)
      ? (...args: unknown[]) => {
        const adj = args[n] as Record_;
        const rowsAdj = cutKeys(adj, index)!;
        return call(g, args, (rest) => [rowsAdj, ...rest.slice(1)], (_, r) => {
          for (const k of Object.keys(adj)) {
            if (keys.includes(k)) (adj[k] as Float64Array).set(flatten(rowsAdj[k]));
            else adj[k] = rowsAdj[k];
          }
          return r;
        });
      }
      : form === 'jvp' ? (...args: unknown[]) => call(g, args, (rest) => [cutKeys(rest[0] as Record_, index)], (_, r) => r)
      : form === 'grad' || form === 'hessian' ? (...args: unknown[]) => call(g, args, same, (_, r) => ({ ...(r as Record_), grad: flatKeys((r as Record_).grad as Record_) }))
      : form === 'hvp' ? (...args: unknown[]) => call(g, args, (rest) => [cutKeys(rest[0] as Record_, index)], (_, r) => ({ ...(r as Record_), grad: flatKeys((r as Record_).grad as Record_), hvp: flatKeys((r as Record_).hvp as Record_) }))
      : (...args: unknown[]) => call(g, args, same, (_, r) => r);
  }
  return out as E;
}
