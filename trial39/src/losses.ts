// Robust and count-data losses, clustering objectives.
import { dot, log1pExp, sqr } from './linalg.js';

/** Pinball (quantile) loss at level tau. */
export function pinball(pred: Float64Array, y: Float64Array, tau: number): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    const r = y[i] - pred[i];
    s += r >= 0 ? tau * r : (tau - 1) * r;
  }
  return s / y.length;
}

/** Huber loss with threshold delta. */
export function huber(r: Float64Array, delta = 1): number {
  let s = 0;
  for (const v of r) {
    const a = Math.abs(v);
    s += a <= delta ? 0.5 * v * v : delta * (a - 0.5 * delta);
  }
  return s;
}

/** Pseudo-Huber and log-cosh, weighted: a switch on a numeric kind. */
export function smoothRobust(r: Float64Array, kind: number, c: number): number {
  let s = 0;
  for (let i = 0; i < r.length; i++) {
    const v = r[i];
    switch (kind) {
      case 0:
        s += c * c * (Math.sqrt(1 + (v / c) ** 2) - 1);
        break;
      case 1:
        s += Math.log(Math.cosh(v / c)) * c;
        break;
      default:
        s += Math.abs(v) < c ? v * v : 2 * c * Math.abs(v) - c * c;
    }
  }
  return s;
}

/** Poisson regression negative log-likelihood with an L2 penalty (X is n×d). */
export function poissonNll(beta: Float64Array, X: Float64Array, y: Int32Array, lambda: number): number {
  const d = beta.length, n = y.length;
  let nll = 0;
  for (let i = 0; i < n; i++) {
    const eta = dot(X.subarray(i * d, i * d + d), beta);
    nll += Math.exp(eta) - y[i] * eta;
  }
  return nll / n + 0.5 * lambda * dot(beta, beta);
}

/** Logistic regression with log1pExp from the helper module. */
export function logisticNll(w: Float64Array, b: number, X: Float64Array, y: Float64Array): number {
  const d = w.length;
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    const z = dot(X.subarray(i * d, (i + 1) * d), w) + b;
    s += log1pExp(z) - y[i] * z;
  }
  return s;
}

/** Hard k-means objective: each point to its nearest center (min over centers). */
export function kmeansObjective(X: Float64Array, C: Float64Array, d: number): number {
  const n = X.length / d, k = C.length / d;
  let J = 0;
  for (let i = 0; i < n; i++) {
    let best = Infinity;
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let j = 0; j < d; j++) s += sqr(X[i * d + j] - C[c * d + j]);
      if (s < best) best = s;
    }
    J += best;
  }
  return J;
}

/** Soft k-means (negative log of a mixture of isotropic Gaussians with temperature beta). */
export function softKmeans(X: Float64Array, C: Float64Array, d: number, beta: number): number {
  const n = X.length / d, k = C.length / d;
  const dist = new Float64Array(k);
  let J = 0;
  for (let i = 0; i < n; i++) {
    let m = -Infinity;
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let j = 0; j < d; j++) s += (X[i * d + j] - C[c * d + j]) ** 2;
      dist[c] = -beta * s;
      if (dist[c] > m) m = dist[c];
    }
    let z = 0;
    for (let c = 0; c < k; c++) z += Math.exp(dist[c] - m);
    J -= (m + Math.log(z)) / beta;
  }
  return J;
}

/** Expectile loss (asymmetric squared), weights optional. */
export function expectile(r: number[], tau: number, w?: number[]): number {
  let s = 0;
  for (let i = 0; i < r.length; i++) {
    const wi = w?.[i] ?? 1;
    s += wi * Math.abs(tau - (r[i] < 0 ? 1 : 0)) * r[i] * r[i];
  }
  return s;
}

/** Negative binomial NLL with log-link mean and dispersion alpha (uses lgamma by Stirling-Lanczos-free series). */
export function negBinomNll(mu: Float64Array, y: Int32Array, alpha: number): number {
  const r = 1 / alpha;
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    const m = mu[i];
    // the lgamma terms that depend on r: log Γ(y + r) - log Γ(r) = sum_{k<y} log(r + k)
    let lg = 0;
    for (let k = 0; k < y[i]; k++) lg += Math.log(r + k);
    s -= lg + r * Math.log(r / (r + m)) + y[i] * Math.log(m / (r + m));
  }
  return s;
}
