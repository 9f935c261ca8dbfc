// The least-squares fit of examples/least_squares.ts with the QR decomposition written out as
// Householder reflections in TypeScript, which tsgrad differentiates statement by statement
// (it inlines the helper and tapes what the reflections overwrite), instead of calling the
// registered pullback of tsgrad/runtime's qr. Same value and gradient; compare their cost with
// `npm run bench -- --filter least-squares`.

/**
 * Q (m×n) and R (n×n) with A = Q·R, R's diagonal made non-negative (as tsgrad/runtime's qr).
 *
 * @domain A [-1, 1] length 6
 * @domain m int [3, 3]
 * @domain n int [2, 2]
 * @domain Q [0, 0] length 6
 * @domain R [0, 0] length 4
 */
export function householderQR(A: Float64Array, m: number, n: number, Q: Float64Array, R: Float64Array): void {
  const W = Float64Array.from(A);
  const V = new Float64Array(m * n);
  for (let k = 0; k < n; k++) {
    let norm2 = 0;
    for (let i = k; i < m; i++) norm2 += W[i * n + k] * W[i * n + k];
    const norm = Math.sqrt(norm2);
    const x0 = W[k * n + k];
    const alpha = x0 >= 0 ? -norm : norm;
    let vnorm2 = 0;
    for (let i = k; i < m; i++) {
      const v = i === k ? x0 - alpha : W[i * n + k];
      V[i * n + k] = v;
      vnorm2 += v * v;
    }
    const vnorm = Math.sqrt(vnorm2);
    for (let i = k; i < m; i++) V[i * n + k] = V[i * n + k] / vnorm;
    for (let j = k; j < n; j++) {
      let s = 0;
      for (let i = k; i < m; i++) s += V[i * n + k] * W[i * n + j];
      for (let i = k; i < m; i++) W[i * n + j] = W[i * n + j] - 2 * V[i * n + k] * s;
    }
  }
  for (let i = 0; i < m * n; i++) Q[i] = 0;
  for (let k = 0; k < n; k++) Q[k * n + k] = 1;
  for (let k = n - 1; k >= 0; k--) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let i = k; i < m; i++) s += V[i * n + k] * Q[i * n + j];
      for (let i = k; i < m; i++) Q[i * n + j] = Q[i * n + j] - 2 * V[i * n + k] * s;
    }
  }
  for (let i = 0; i < n; i++) {
    const sign = W[i * n + i] < 0 ? -1 : 1;
    for (let j = 0; j < n; j++) R[i * n + j] = j < i ? 0 : sign * W[i * n + j];
    if (sign < 0) for (let r = 0; r < m; r++) Q[r * n + i] = -Q[r * n + i];
  }
}

/**
 * @domain A [-1, 1] length 6
 * @domain y [-1, 1] length 3
 * @domain m int [3, 3]
 * @domain n int [2, 2]
 */
export function residual(A: Float64Array, y: Float64Array, m: number, n: number): number {
  const Q = new Float64Array(m * n);
  const R = new Float64Array(n * n);
  householderQR(A, m, n, Q, R);
  // back substitution: R·x = Qᵀ·y
  const x = new Float64Array(n);
  for (let k = n - 1; k >= 0; k--) {
    let s = 0;
    for (let i = 0; i < m; i++) s += Q[i * n + k] * y[i];
    for (let j = k + 1; j < n; j++) s -= R[k * n + j] * x[j];
    x[k] = s / R[k * n + k];
  }
  let total = 0;
  for (let i = 0; i < m; i++) {
    let fit = 0;
    for (let j = 0; j < n; j++) fit += A[i * n + j] * x[j];
    total += (y[i] - fit) * (y[i] - fit);
  }
  return total;
}
