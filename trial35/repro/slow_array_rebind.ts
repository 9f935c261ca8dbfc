// Slow: a small state array rebound to a new array literal each step (`x = [a * x[0] + …, …]`, a population projection).
// The generated vjp, per iteration, allocates the adjoint array (`f64Zeros(3)`) beside the primal's new array and pushes
// two references on the tape (the old array and its adjoint), then pops them in the reverse sweep. Expected: vjp/f
// near that of the same loop over three scalars (projectScalars: `[x0, x1, x2] = [...]`), which tapes numbers.
// Actual (slow_array_rebind.run.ts): projectArray's vjp/f well above 3x and above projectScalars'.
export function projectArray(fec: Float64Array, surv: Float64Array, n0: Float64Array, years: number): number {
  let x = [n0[0], n0[1], n0[2]];
  for (let y = 0; y < years; y++) {
    x = [fec[0] * x[0] + fec[1] * x[1] + fec[2] * x[2], surv[0] * x[0], surv[1] * x[1]];
  }
  return Math.log(x[0] + x[1] + x[2]);
}
export function projectScalars(fec: Float64Array, surv: Float64Array, n0: Float64Array, years: number): number {
  let [x0, x1, x2] = [n0[0], n0[1], n0[2]];
  for (let y = 0; y < years; y++) {
    [x0, x1, x2] = [fec[0] * x0 + fec[1] * x1 + fec[2] * x2, surv[0] * x0, surv[1] * x1];
  }
  return Math.log(x0 + x1 + x2);
}
