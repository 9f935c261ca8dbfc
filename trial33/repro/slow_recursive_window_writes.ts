// Finding (slow, grows with n): a recursive helper that writes only its window [lo, hi) of an output array gets, in
// its generated fwd/vjp, a save of the WHOLE output array on the tape before each recursive call and at the end of
// every call, leaves included (saveArray(out, …),
// out.length values), so ~2n calls save ~5n² numbers where f does O(n) work. trial33's recursive FFT
// (probes.ts weightedPower, n = 16) ran f_vjp at 8-19x f while its O(n²) direct-DFT loop version ran at 1.2x.
// Expected: f_vjp/f roughly constant in n (save the window the call writes, or nothing where it only writes
// elements it does not read before). Actual: see slow_run.ts (ratio grows with n).
function squaresInto(x: Float64Array, lo: number, hi: number, out: Float64Array): void {
  if (hi - lo === 1) {
    out[lo] = x[lo] * x[lo];
    return;
  }
  const mid = (lo + hi) >> 1;
  squaresInto(x, lo, mid, out);
  squaresInto(x, mid, hi, out);
}
export function sumSquaresRec(x: Float64Array): number {
  const out = new Float64Array(x.length);
  squaresInto(x, 0, x.length, out);
  let s = 0;
  for (let i = 0; i < out.length; i++) s += out[i];
  return s;
}
