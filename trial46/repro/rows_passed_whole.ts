// Finding 6 (hint that does not fit the helper): a local array of rows passed whole to a helper that needs the
// whole matrix (power iteration for a dominant eigenvalue).
// Expected: a hint that keeps the program: flatten the matrix into a Float64Array (row-major, K[i * n + j]) and
//   pass that, or read it here.
// Actual: TSG1003 "the local array of rows 'K' is passed whole to 'dominantEigenvalue', which tsgrad does not follow",
//   hint "pass its rows one at a time (dominantEigenvalue(K[i])), or read it here": an eigenvalue of a row is not the
//   matrix's. (epi.ts vaccineAllocationReff was written this way first.)
function dominantEigenvalue(k: number[][], iters: number): number {
  let v = [1, 1];
  let lambda = 0;
  for (let it = 0; it < iters; it++) {
    const w = [k[0][0] * v[0] + k[0][1] * v[1], k[1][0] * v[0] + k[1][1] * v[1]];
    lambda = Math.hypot(w[0], w[1]) / Math.hypot(v[0], v[1]);
    v = [w[0] / lambda, w[1] / lambda];
  }
  return lambda;
}
export function r0Of(beta: number, gamma: number): number {
  const K: number[][] = [
    [beta / gamma, 0.5 * beta / gamma],
    [0.2 * beta / gamma, beta / gamma],
  ];
  return dominantEigenvalue(K, 30);
}
