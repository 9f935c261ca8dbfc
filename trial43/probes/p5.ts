/** A moving average written into out; a caller may pass the same array for u and out (in place). */
export function smoothInto(u: Float64Array, out: Float64Array, k: number): number {
  let e = 0;
  for (let i = 1; i < u.length; i++) {
    out[i] = k * u[i] + (1 - k) * u[i - 1];
    e += out[i] * out[i];
  }
  return e;
}
export function dotSelf(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i] * b[i];
  return s;
}
