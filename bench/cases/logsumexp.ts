// log Σ exp(xᵢ), shifted by the maximum so that it neither overflows nor underflows.
export function logSumExp(x: Float64Array): number {
  let m = x[0];
  for (let i = 1; i < x.length; i++) {
    if (x[i] > m) m = x[i];
  }
  let s = 0;
  for (let i = 0; i < x.length; i++) s += Math.exp(x[i] - m);
  return m + Math.log(s);
}
