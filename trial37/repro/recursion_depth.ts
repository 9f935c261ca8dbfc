// A linear recursion over the joints of a long chain (tipXRecursive of src/arm.ts, cut down).
export function tipX(theta: Float64Array, i: number, phi: number): number {
  if (i === theta.length) return 0;
  const a = phi + theta[i];
  return 0.01 * Math.cos(a) + tipX(theta, i + 1, a);
}
