// Refused as documented (TSG1008). With a callback taking (v, i), expected hint: a loop over a variable holding the
// array, with a break (as the hint for the (v) form gives: "let all = true; for (const v of …) { if (!(…)) { all = false;
// break; } }"). Actual hint: "write a loop: for (let i = 0; i < Array.from(nx).length; i++) { const v = Array.from(nx)[i];
// … }, with what the callback computes in its body": a copy of the array per test and per element, and no break/flag.
export function f(nx: Float64Array, x: Float64Array, t: number): number {
  const done = Array.from(nx).every((v, i) => Math.abs(v - x[i]) < 1e-12);
  return done ? t * t : t;
}
