/** Array kernels generated code (and users) call. */

/** Σ aᵢ. */
export function sum(a: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]!;
  return s;
}
