// Probabilistic estimation: Gaussian processes, Kalman and particle filters.

const LOG_2PI = Math.log(2 * Math.PI);
const LANCZOS = [676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];

/** In-place lower Cholesky factor of the n x n SPD matrix A (row-major) into L. */
function cholesky(A: Float64Array, n: number, L: Float64Array): void {
  L.fill(0);
  for (let j = 0; j < n; j++) {
    let d = A[j * n + j];
    for (let k = 0; k < j; k++) d -= L[j * n + k] * L[j * n + k];
    const ljj = Math.sqrt(d);
    L[j * n + j] = ljj;
    for (let i = j + 1; i < n; i++) {
      let s = A[i * n + j];
      for (let k = 0; k < j; k++) s -= L[i * n + k] * L[j * n + k];
      L[i * n + j] = s / ljj;
    }
  }
}

/** Negative log marginal likelihood of a GP with an RBF kernel (lengthscale ell, signal sf, noise sn). */
export function gpNegLogMarginal(x: Float64Array, y: Float64Array, ell: number, sf: number, sn: number): number {
  const n = x.length;
  const K = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const r = (x[i] - x[j]) / ell;
      K[i * n + j] = sf * sf * Math.exp(-0.5 * r * r) + (i === j ? sn * sn : 0);
    }
  }
  const L = new Float64Array(n * n);
  cholesky(K, n, L);
  // forward solve L a = y
  const a = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = y[i];
    for (let k = 0; k < i; k++) s -= L[i * n + k] * a[k];
    a[i] = s / L[i * n + i];
  }
  let quad = 0, logdet = 0;
  for (let i = 0; i < n; i++) {
    quad += a[i] * a[i];
    logdet += Math.log(L[i * n + i]);
  }
  return 0.5 * quad + logdet + 0.5 * n * LOG_2PI;
}

/** log det of an SPD matrix via Cholesky. */
export function spdLogDet(A: Float64Array, n: number): number {
  const L = new Float64Array(n * n);
  cholesky(A, n, L);
  let s = 0;
  for (let i = 0; i < n; i++) s += 2 * Math.log(L[i * n + i]);
  return s;
}

/** One predict + update of a constant-velocity Kalman filter; state (pos, vel), P row-major 2x2. */
export function kalmanStep(x: Float64Array, P: Float64Array, z: number, q: number, r: number, dt: number, xOut: Float64Array, POut: Float64Array): void {
  // predict
  const xp0 = x[0] + dt * x[1];
  const xp1 = x[1];
  const p00 = P[0] + dt * (P[2] + P[1]) + dt * dt * P[3] + q * dt ** 3 / 3;
  const p01 = P[1] + dt * P[3] + q * dt * dt / 2;
  const p10 = P[2] + dt * P[3] + q * dt * dt / 2;
  const p11 = P[3] + q * dt;
  // update with H = [1, 0]
  const S = p00 + r;
  const k0 = p00 / S, k1 = p10 / S;
  const innov = z - xp0;
  xOut[0] = xp0 + k0 * innov;
  xOut[1] = xp1 + k1 * innov;
  POut[0] = (1 - k0) * p00;
  POut[1] = (1 - k0) * p01;
  POut[2] = p10 - k1 * p00;
  POut[3] = p11 - k1 * p01;
}

/** Negative log-likelihood of a measurement series under the Kalman filter (innovation form). */
export function kalmanNLL(zs: Float64Array, q: number, r: number, dt = 0.1): number {
  let x = new Float64Array([zs[0], 0]);
  let P = new Float64Array([1, 0, 0, 1]);
  let xn = new Float64Array(2), Pn = new Float64Array(4);
  let nll = 0;
  for (let t = 1; t < zs.length; t++) {
    const S = P[0] + dt * (P[2] + P[1]) + dt * dt * P[3] + (q * dt ** 3) / 3 + r;
    const innov = zs[t] - (x[0] + dt * x[1]);
    nll += 0.5 * (LOG_2PI + Math.log(S) + (innov * innov) / S);
    kalmanStep(x, P, zs[t], q, r, dt, xn, Pn);
    [x, xn] = [xn, x];
    [P, Pn] = [Pn, P];
  }
  return nll;
}

/** Particle filter: reweight by a Gaussian likelihood, return the log evidence increment. */
export function particleLogEvidence(logw: Float64Array, particles: Float64Array, z: number, sigma: number): number {
  const n = logw.length;
  const lw = new Float64Array(n);
  let m = -Infinity;
  for (let i = 0; i < n; i++) {
    const e = (z - particles[i]) / sigma;
    lw[i] = logw[i] - 0.5 * e * e - Math.log(sigma) - 0.5 * LOG_2PI;
    if (lw[i] > m) m = lw[i];
  }
  let s = 0, s0 = 0, m0 = Math.max(...logw);
  for (let i = 0; i < n; i++) {
    s += Math.exp(lw[i] - m);
    s0 += Math.exp(logw[i] - m0);
  }
  return m + Math.log(s) - (m0 + Math.log(s0));
}

/** Effective sample size of normalised weights from log weights. */
export function effectiveSampleSize(logw: Float64Array): number {
  const m = Math.max(...logw);
  let s = 0, s2 = 0;
  for (const l of logw) {
    const w = Math.exp(l - m);
    s += w;
    s2 += w * w;
  }
  return (s * s) / s2;
}

/** log Gamma by the Lanczos approximation (g = 7), with reflection below 1/2. */
function lgamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
  const xm = x - 1;
  let a = 0.99999999999980993;
  const t = xm + 7.5;
  for (let i = 0; i < 8; i++) a += LANCZOS[i] / (xm + i + 1);
  return 0.5 * Math.log(2 * Math.PI) + (xm + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Student-t log likelihood of a sample (location mu, scale sigma, degrees of freedom nu). */
export function studentTLogLik(xs: Float64Array, mu: number, sigma: number, nu: number): number {
  const c = lgamma((nu + 1) / 2) - lgamma(nu / 2) - 0.5 * Math.log(nu * Math.PI) - Math.log(sigma);
  let ll = 0;
  for (const x of xs) {
    const z = (x - mu) / sigma;
    ll += c - ((nu + 1) / 2) * Math.log1p((z * z) / nu);
  }
  return ll;
}

/** RiskMetrics EWMA variance of a return series, then its log. */
export function ewmaLogVariance(returns: Float64Array, lambda: number): number {
  let v = returns[0] * returns[0];
  for (let i = 1; i < returns.length; i++) v = lambda * v + (1 - lambda) * returns[i] * returns[i];
  return Math.log(v);
}
