// Backpropagating through a QR decomposition: the squared residual of the least-squares fit
// of y (m values) by the n columns of A (m×n, row-major, m ≥ n), min over x of ‖A·x − y‖²,
// with x = R⁻¹·Qᵀ·y from tsgrad/runtime's qr. tsgrad does not differentiate the Householder
// reflections inside qr: it calls qr_vjp, the factorisation's registered pullback.
// examples/least_squares_householder.ts is the same fit with the reflections written out,
// which tsgrad differentiates line by line; `npm run bench -- --filter least-squares` times both.
import { qr } from 'tsgrad/runtime';

/**
 * @domain A [-1, 1] length 6
 * @domain y [-1, 1] length 3
 * @domain m int [3, 3]
 * @domain n int [2, 2]
 */
export function residual(A: Float64Array, y: Float64Array, m: number, n: number): number {
  const Q = new Float64Array(m * n);
  const R = new Float64Array(n * n);
  qr(A, m, n, Q, R);
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
