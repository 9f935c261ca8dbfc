// A number parameter that is both a size (a window's length) and a value (Math.sqrt(d)).
// e1 and e2 compute the same function; e1 reads the window's length inside a helper, e2 inline.
function mean(x: Float64Array): number {
  let m = 0;
  for (const v of x) m += v;
  return m / x.length;
}
export function e1(x: Float64Array, d: number): number {
  return mean(x.subarray(0, d)) / Math.sqrt(d);
}
export function e2(x: Float64Array, d: number): number {
  const w = x.subarray(0, d);
  let m = 0;
  for (let i = 0; i < w.length; i++) m += w[i];
  return m / w.length / Math.sqrt(d);
}
