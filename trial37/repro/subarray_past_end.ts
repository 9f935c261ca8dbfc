// A window that runs past the end of its array: JavaScript clamps it (x.subarray(3, 5) of 4 elements has 1 element).
function dot(a: ArrayLike<number>, b: ArrayLike<number>, n = a.length): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += a[i] * b[i];
  return s;
}
export function windowSumSq(x: Float64Array, s: number): number {
  const w = x.subarray(s, s + 2);
  let t = 0;
  for (let i = 0; i < w.length; i++) t += w[i] * w[i];
  return t;
}
export function windowDot(x: Float64Array, y: Float64Array, s: number): number {
  return dot(x.subarray(s, s + 2), y.subarray(s, s + 2));
}
