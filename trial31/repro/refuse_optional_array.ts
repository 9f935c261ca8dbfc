// trial31 repro (refusal of common code): an optional array parameter, `weights?: Float64Array`, tested
// with `weights ? weights[i] : 1`, is TSG1003 "'weights' is an array that may be undefined". Optional
// number parameters work (README), so do optional booleans and callbacks. The message and hint are precise.
// Expected: f_grad(xs) and f_grad(xs, w), with a `weights` key (zeros when left out), as for `s?: number`.
export function weightedMeanSquare(xs: Float64Array, weights?: Float64Array): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    const w = weights ? weights[i] : 1;
    num += w * xs[i] * xs[i];
    den += w;
  }
  return num / den;
}
