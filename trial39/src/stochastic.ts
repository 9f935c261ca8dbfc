// Stochastic processes: Kalman filters, HMMs, AR(1), Monte-Carlo pricing and a Gauss-Newton fit.
import { logSumExp } from './linalg.js';

const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/** Local-level model y_t = mu_t + eps, mu_t = mu_{t-1} + eta. Log-likelihood by the Kalman filter. */
export function localLevelLogLik(y: Float64Array, logQ: number, logR: number, m0 = 0, p0 = 1e3): number {
  const q = Math.exp(logQ), r = Math.exp(logR);
  let m = m0, P = p0, ll = 0;
  for (const yt of y) {
    P += q;
    const S = P + r;
    const v = yt - m;
    ll -= HALF_LOG_2PI + 0.5 * Math.log(S) + (0.5 * v * v) / S;
    const K = P / S;
    m += K * v;
    P *= 1 - K;
  }
  return ll;
}

/** Constant-velocity tracker: state (pos, vel), 2x2 covariance kept as named numbers. Position observations. */
export function cvLogLik(y: Float64Array, dt: number, sigA: number, sigObs: number): number {
  let x = y[0], v = 0;
  let p11 = 1, p12 = 0, p22 = 1;
  const qa = sigA * sigA, r = sigObs * sigObs;
  let ll = 0;
  // a long track would tape every step: checkpoint it
  // @checkpoint
  for (let t = 1; t < y.length; t++) {
    // predict
    x = x + dt * v;
    const n11 = p11 + 2 * dt * p12 + dt * dt * p22 + 0.25 * dt ** 4 * qa;
    const n12 = p12 + dt * p22 + 0.5 * dt ** 3 * qa;
    const n22 = p22 + dt * dt * qa;
    // update
    const S = n11 + r;
    const innov = y[t] - x;
    const k1 = n11 / S, k2 = n12 / S;
    x += k1 * innov;
    v += k2 * innov;
    p11 = (1 - k1) * n11;
    p12 = (1 - k1) * n12;
    p22 = n22 - k2 * n12;
    ll += -0.5 * (Math.log(2 * Math.PI * S) + (innov * innov) / S);
  }
  return ll;
}

/** HMM forward algorithm, log space. logA: K×K transitions (rows need not be normalised: softmax per row), Gaussian emissions. */
export function hmmLogLik(obs: Float64Array, logits: Float64Array, means: Float64Array, sigma: number): number {
  const K = means.length;
  const logA = new Float64Array(K * K);
  for (let i = 0; i < K; i++) {
    const row = logits.subarray(i * K, i * K + K);
    const z = logSumExp(row, K);
    for (let j = 0; j < K; j++) logA[i * K + j] = row[j] - z;
  }
  const emit = (k: number, o: number) => -0.5 * ((o - means[k]) / sigma) ** 2 - Math.log(sigma) - HALF_LOG_2PI;
  let alpha = new Float64Array(K);
  let next = new Float64Array(K);
  const tmp = new Float64Array(K);
  for (let k = 0; k < K; k++) alpha[k] = -Math.log(K) + emit(k, obs[0]);
  for (let t = 1; t < obs.length; t++) {
    for (let j = 0; j < K; j++) {
      for (let i = 0; i < K; i++) tmp[i] = alpha[i] + logA[i * K + j];
      next[j] = logSumExp(tmp, K) + emit(j, obs[t]);
    }
    const sw = alpha;
    alpha = next;
    next = sw;
  }
  return logSumExp(alpha, K);
}

/** Scaled (non-log) forward algorithm with per-step normalisation, discrete emissions (Int32Array obs). */
export function hmmScaled(obs: Int32Array, A: Float64Array, B: Float64Array, pi: Float64Array): number {
  const K = pi.length, M = B.length / K;
  const a = Float64Array.from(pi);
  const b = new Float64Array(K);
  let ll = 0;
  for (let t = 0; t < obs.length; t++) {
    if (t > 0) {
      for (let j = 0; j < K; j++) {
        let s = 0;
        for (let i = 0; i < K; i++) s += a[i] * A[i * K + j];
        b[j] = s;
      }
      a.set(b);
    }
    let c = 0;
    for (let k = 0; k < K; k++) {
      a[k] *= B[k * M + obs[t]];
      c += a[k];
    }
    for (let k = 0; k < K; k++) a[k] /= c;
    ll += Math.log(c);
  }
  return ll;
}

/** AR(1) exact Gaussian log-likelihood, stationary start; returns -Infinity when |phi| >= 1. */
export function ar1LogLik(y: number[], phi: number, sigma: number): number {
  if (Math.abs(phi) >= 1) return -Infinity;
  const s2 = sigma * sigma;
  let ll = -HALF_LOG_2PI - 0.5 * Math.log(s2 / (1 - phi * phi)) - (0.5 * y[0] * y[0] * (1 - phi * phi)) / s2;
  for (let t = 1; t < y.length; t++) {
    const e = y[t] - phi * y[t - 1];
    ll -= HALF_LOG_2PI + Math.log(sigma) + (0.5 * e * e) / s2;
  }
  return ll;
}

/** xorshift32 state advanced in a closure-free way: returns the next state. */
function xorshift(s: number): number {
  s ^= s << 13;
  s ^= s >>> 17;
  s ^= s << 5;
  return s >>> 0;
}

/** Heston call price by full-truncation Euler, nPaths × nSteps, fixed seed. */
export function hestonCall(S0: number, K: number, v0: number, kappa: number, theta: number, xi: number, rho: number, T: number, nPaths: number, nSteps: number, seed = 12345): number {
  const dt = T / nSteps;
  const sq = Math.sqrt(dt);
  const rc = Math.sqrt(1 - rho * rho);
  let state = seed >>> 0;
  let payoff = 0;
  for (let p = 0; p < nPaths; p++) {
    let lnS = Math.log(S0), v = v0;
    for (let k = 0; k < nSteps; k++) {
      state = xorshift(state);
      const u1 = (state + 0.5) / 4294967296;
      state = xorshift(state);
      const u2 = (state + 0.5) / 4294967296;
      const r = Math.sqrt(-2 * Math.log(u1));
      const z1 = r * Math.cos(2 * Math.PI * u2), z2 = r * Math.sin(2 * Math.PI * u2);
      const vp = Math.max(v, 0);
      lnS += -0.5 * vp * dt + Math.sqrt(vp) * sq * z1;
      v += kappa * (theta - vp) * dt + xi * Math.sqrt(vp) * sq * (rho * z1 + rc * z2);
    }
    // smoothed payoff (softplus with a small width) so the pathwise derivative is continuous
    const x = Math.exp(lnS) - K;
    payoff += 0.5 * (x + Math.sqrt(x * x + 0.01));
  }
  return payoff / nPaths;
}

/** Geometric Brownian motion Asian option by MC with antithetic pairs, seeded LCG via Math.imul. */
export function asianCall(S0: number, K: number, r: number, sigma: number, T: number, nPaths: number, nSteps: number): number {
  let seed = 2463534242;
  const dt = T / nSteps;
  let sum = 0;
  for (let p = 0; p < nPaths; p++) {
    let a = Math.log(S0), b = Math.log(S0), avgA = 0, avgB = 0;
    for (let k = 0; k < nSteps; k++) {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      const u = (seed + 0.5) / 4294967296;
      // inverse-normal by a logistic approximation (smooth, good enough for a test)
      const z = Math.log(u / (1 - u)) * 0.5513;
      a += (r - 0.5 * sigma * sigma) * dt + sigma * Math.sqrt(dt) * z;
      b += (r - 0.5 * sigma * sigma) * dt - sigma * Math.sqrt(dt) * z;
      avgA += Math.exp(a);
      avgB += Math.exp(b);
    }
    const pa = avgA / nSteps - K, pb = avgB / nSteps - K;
    sum += 0.5 * (Math.log1p(Math.exp(pa)) + Math.log1p(Math.exp(pb)));
  }
  return Math.exp(-r * T) * sum / nPaths;
}

/**
 * One Gauss-Newton step for y ≈ A exp(-k t) from (A, k), then the residual sum of squares at the new point.
 * The 2×2 normal equations are solved in closed form.
 */
export function gaussNewtonRss(A: number, k: number, t: Float64Array, y: Float64Array): number {
  let j11 = 0, j12 = 0, j22 = 0, g1 = 0, g2 = 0;
  for (let i = 0; i < t.length; i++) {
    const e = Math.exp(-k * t[i]);
    const r = A * e - y[i];
    const dA = e, dk = -A * t[i] * e;
    j11 += dA * dA;
    j12 += dA * dk;
    j22 += dk * dk;
    g1 += dA * r;
    g2 += dk * r;
  }
  const det = j11 * j22 - j12 * j12;
  const A1 = A - (j22 * g1 - j12 * g2) / det;
  const k1 = k - (j11 * g2 - j12 * g1) / det;
  let rss = 0;
  for (let i = 0; i < t.length; i++) rss += (A1 * Math.exp(-k1 * t[i]) - y[i]) ** 2;
  return rss;
}

/** Several Levenberg-damped Gauss-Newton iterations with early stop; returns the fitted k (implicit-function derivative via unrolling). */
export function fitDecayRate(t: Float64Array, y: Float64Array, k0: number, iters: number): number {
  let k = k0;
  for (let it = 0; it < iters; it++) {
    let jj = 0, jr = 0;
    for (let i = 0; i < t.length; i++) {
      const e = Math.exp(-k * t[i]);
      const r = e - y[i];
      const d = -t[i] * e;
      jj += d * d;
      jr += d * r;
    }
    const step = jr / (jj + 1e-3);
    k -= step;
    if (Math.abs(step) < 1e-13) break;
  }
  return k;
}

