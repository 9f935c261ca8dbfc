// State-space and volatility likelihoods over a series: Kalman filters with 2x2 matrices written out,
// ARMA and GARCH recursions, a particle filter's weights.

const LOG_2PI = Math.log(2 * Math.PI);

/** Local-level model: Kalman filter log-likelihood, scalar state.
 * @domain logQ [-2, 0]
 * @domain logR [-1, 0.5]
 * @domain y [-1, 1] length 10
 * @domain m0 [-0.5, 0.5]
 * @domain p0 [0.5, 2]
 */
export function localLevelLogLik(logQ: number, logR: number, y: Float64Array, m0: number, p0: number): number {
  const q = Math.exp(logQ), r = Math.exp(logR);
  let m = m0, p = p0, ll = 0;
  for (const obs of y) {
    p += q;
    const s = p + r;
    const k = p / s;
    const e = obs - m;
    ll -= 0.5 * (LOG_2PI + Math.log(s) + (e * e) / s);
    m += k * e;
    p *= 1 - k;
  }
  return ll;
}

/** Constant-velocity Kalman filter, position observed: the 2x2 covariance written out as four scalars.
 * @domain sigmaA [0.2, 1]
 * @domain sigmaY [0.2, 0.6]
 * @domain dt [0.1, 0.3]
 * @domain y [-1, 1] length 8
 */
export function cvKalmanLogLik(sigmaA: number, sigmaY: number, dt: number, y: Float64Array): number {
  let x0 = y[0], x1 = 0;
  let p00 = 1, p01 = 0, p10 = 0, p11 = 1;
  const qa = sigmaA * sigmaA;
  const q00 = (qa * dt ** 4) / 4, q01 = (qa * dt ** 3) / 2, q11 = qa * dt * dt;
  const r = sigmaY * sigmaY;
  let ll = 0;
  for (let t = 1; t < y.length; t++) {
    // predict: x = F x, P = F P F' + Q with F = [[1, dt], [0, 1]]
    x0 += dt * x1;
    const a00 = p00 + dt * (p10 + p01) + dt * dt * p11 + q00;
    const a01 = p01 + dt * p11 + q01;
    const a10 = p10 + dt * p11 + q01;
    const a11 = p11 + q11;
    // update with H = [1, 0]
    const s = a00 + r;
    const k0 = a00 / s, k1 = a10 / s;
    const e = y[t] - x0;
    x0 += k0 * e;
    x1 += k1 * e;
    p00 = (1 - k0) * a00;
    p01 = (1 - k0) * a01;
    p10 = a10 - k1 * a00;
    p11 = a11 - k1 * a01;
    ll += -0.5 * (LOG_2PI + Math.log(s) + (e * e) / s);
  }
  return ll;
}

/** ARMA(1,1) conditional Gaussian log-likelihood (innovations by recursion, the first one zero).
 * @domain phi [-0.8, 0.8]
 * @domain theta [-0.6, 0.6]
 * @domain mu [-0.3, 0.3]
 * @domain sigma [0.5, 1.5]
 * @domain y [-1, 1] length 12
 */
export function armaLogLik(phi: number, theta: number, mu: number, sigma: number, y: Float64Array): number {
  let ePrev = 0;
  let ll = 0;
  const n = y.length;
  for (let t = 1; t < n; t++) {
    const pred = mu + phi * (y[t - 1] - mu) + theta * ePrev;
    const e = y[t] - pred;
    ll += -Math.log(sigma) - 0.5 * LOG_2PI - (e * e) / (2 * sigma * sigma);
    ePrev = e;
  }
  return ll;
}

/** GARCH(1,1) negative log-likelihood with the variance started at the sample variance; parameters
 *  mapped to the stationary region by softplus/sigmoid as a fitter writes.
 * @domain rawOmega [-3, -1]
 * @domain rawAlpha [-1, 1]
 * @domain rawBeta [0, 2]
 * @domain r [-0.2, 0.2] length 12
 */
export function garchNll(rawOmega: number, rawAlpha: number, rawBeta: number, r: Float64Array): number {
  const omega = Math.log1p(Math.exp(rawOmega));
  const sAlpha = 1 / (1 + Math.exp(-rawAlpha));
  const sBeta = 1 / (1 + Math.exp(-rawBeta));
  const alpha = 0.5 * sAlpha;
  const beta = (1 - alpha) * sBeta * 0.98;
  const mean = r.reduce((a, b) => a + b, 0) / r.length;
  let h = r.reduce((a, b) => a + (b - mean) * (b - mean), 0) / r.length;
  let nll = 0;
  for (let t = 0; t < r.length; t++) {
    if (t > 0) h = omega + alpha * r[t - 1] * r[t - 1] + beta * h;
    nll += 0.5 * (Math.log(h) + (r[t] * r[t]) / h);
  }
  return nll;
}

/** Log-sum-exp of the log-weights, the max shifted out. */
function logSumExp(lw: Float64Array): number {
  let m = -Infinity;
  for (let i = 0; i < lw.length; i++) if (lw[i] > m) m = lw[i];
  let s = 0;
  for (let i = 0; i < lw.length; i++) s += Math.exp(lw[i] - m);
  return m + Math.log(s);
}

/** A particle filter's log marginal likelihood with fixed particles and noise (no resampling): each step
 *  moves the particles by a(x), weights them by the observation, normalises by log-sum-exp.
 * @domain a [0.5, 1.5]
 * @domain sigmaObs [0.3, 0.8]
 * @domain particles [-1, 1] length 5
 * @domain noise fixed [-0.3, 0.3] length 15
 * @domain y [-1, 1] length 3
 */
export function particleLogLik(a: number, sigmaObs: number, particles: Float64Array, noise: Float64Array, y: Float64Array): number {
  const np = particles.length;
  const x = Float64Array.from(particles);
  const logw = new Float64Array(np);
  let ll = 0;
  for (let t = 0; t < y.length; t++) {
    for (let i = 0; i < np; i++) {
      x[i] = a * Math.sin(x[i]) + noise[t * np + i];
      const e = (y[t] - x[i]) / sigmaObs;
      logw[i] = -0.5 * e * e - Math.log(sigmaObs);
    }
    ll += logSumExp(logw) - Math.log(np);
  }
  return ll;
}

/** The normalised weights of the last step written out (a writer that also returns the ESS).
 * @domain a [0.5, 1.5]
 * @domain sigmaObs [0.3, 0.8]
 * @domain particles [-1, 1] length 5
 * @domain yLast [-1, 1]
 * @domain w [0, 0] length 5
 */
export function particleWeights(a: number, sigmaObs: number, particles: Float64Array, yLast: number, w: Float64Array): number {
  const np = particles.length;
  let m = -Infinity;
  for (let i = 0; i < np; i++) {
    const x = a * Math.sin(particles[i]);
    w[i] = -0.5 * ((yLast - x) / sigmaObs) ** 2;
    m = Math.max(m, w[i]);
  }
  let s = 0;
  for (let i = 0; i < np; i++) {
    w[i] = Math.exp(w[i] - m);
    s += w[i];
  }
  let s2 = 0;
  for (let i = 0; i < np; i++) {
    w[i] /= s;
    s2 += w[i] * w[i];
  }
  return 1 / s2;
}

/** Exponentially weighted variance with a leverage term (GJR-like), returns the sum of log variances.
 * @domain omega [0.01, 0.05]
 * @domain alpha [0.03, 0.1]
 * @domain gamma [0.02, 0.1]
 * @domain beta [0.7, 0.85]
 * @domain r [-0.3, 0.3] length 10
 */
export function gjrPath(omega: number, alpha: number, gamma: number, beta: number, r: number[]): number {
  let h = omega / (1 - alpha - beta - gamma / 2);
  let total = 0;
  for (const [t, x] of r.entries()) {
    if (t === 0) continue;
    const prev = r[t - 1];
    const lev = prev < 0 ? gamma * prev * prev : 0;
    h = omega + alpha * prev * prev + lev + beta * h;
    total += Math.log(h) + (x * x) / h;
  }
  return total;
}
