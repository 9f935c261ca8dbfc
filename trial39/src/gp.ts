// Gaussian-process regression: marginal likelihood with a hand-written Cholesky.
import { cholesky, forwardSub, rowDist2 } from './linalg.js';

const LOG_2PI = Math.log(2 * Math.PI);

/** Negative log marginal likelihood of y under a squared-exponential GP (1-D inputs). */
export function gpNll(x: Float64Array, y: Float64Array, logEll: number, logSf: number, logSn: number): number {
  const n = x.length;
  const ell = Math.exp(logEll), sf2 = Math.exp(2 * logSf), sn2 = Math.exp(2 * logSn);
  const K = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const r = (x[i] - x[j]) / ell;
      K[i * n + j] = sf2 * Math.exp(-0.5 * r * r) + (i === j ? sn2 : 0);
    }
  }
  const L = new Float64Array(n * n);
  cholesky(K, n, L);
  const z = new Float64Array(n);
  forwardSub(L, n, y, z);
  let quad = 0, logdet = 0;
  for (let i = 0; i < n; i++) {
    quad += z[i] * z[i];
    logdet += Math.log(L[i * n + i]);
  }
  return 0.5 * quad + logdet + 0.5 * n * LOG_2PI;
}

/** Same with d-dimensional inputs (n×d rows) and an ARD-free RBF, through rowDist2. */
export function gpNllMulti(X: Float64Array, d: number, y: Float64Array, ell: number, sf: number, sn: number): number {
  const n = y.length;
  const K = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    K[i * n + i] = sf * sf + sn * sn;
    for (let j = 0; j < i; j++) {
      const v = sf * sf * Math.exp(-rowDist2(X, d, i, j) / (2 * ell * ell));
      K[i * n + j] = v;
      K[j * n + i] = v;
    }
  }
  const L = new Float64Array(n * n);
  cholesky(K, n, L);
  const z = new Float64Array(n);
  forwardSub(L, n, y, z);
  let s = 0;
  for (let i = 0; i < n; i++) s += 0.5 * z[i] * z[i] + Math.log(L[i * (n + 1)]);
  return s;
}

/** Posterior mean at a test point xs: k*ᵀ K⁻¹ y, solved by Cholesky both ways (back substitution inline). */
export function gpMean(x: Float64Array, y: Float64Array, xs: number, ell: number, sn: number): number {
  const n = x.length;
  const K = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) K[i * n + j] = Math.exp(-((x[i] - x[j]) ** 2) / (2 * ell * ell)) + (i === j ? sn * sn : 0);
  const L = new Float64Array(n * n);
  cholesky(K, n, L);
  const z = new Float64Array(n);
  forwardSub(L, n, y, z);
  // back substitution Lᵀ a = z
  const a = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = z[i];
    for (let k = i + 1; k < n; k++) s -= L[k * n + i] * a[k];
    a[i] = s / L[i * n + i];
  }
  let m = 0;
  for (let i = 0; i < n; i++) m += Math.exp(-((xs - x[i]) ** 2) / (2 * ell * ell)) * a[i];
  return m;
}

/** The Cholesky factor itself, as a writer (Jacobian of L wrt A). */
export function cholFactor(A: Float64Array, n: number, L: Float64Array): void {
  cholesky(A, n, L);
}

/** log det of an SPD matrix by Cholesky. */
export function logDet(A: Float64Array, n: number): number {
  const L = new Float64Array(n * n);
  cholesky(A, n, L);
  let s = 0;
  for (let i = 0; i < n; i++) s += 2 * Math.log(L[i * n + i]);
  return s;
}
