// Likelihoods and estimators.

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** log Γ(x) for x > 0.5 by Lanczos (g = 7). */
export function lgamma(x: number): number {
  x -= 1;
  let a = LANCZOS[0];
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Student-t log-likelihood of a sample. */
export function studentTLogLik(x: Float64Array, mu: number, sigma: number, nu: number): number {
  const n = x.length;
  const c = lgamma((nu + 1) / 2) - lgamma(nu / 2) - 0.5 * Math.log(nu * Math.PI) - Math.log(sigma);
  let s = 0;
  for (let i = 0; i < n; i++) {
    const z = (x[i] - mu) / sigma;
    s -= ((nu + 1) / 2) * Math.log1p((z * z) / nu);
  }
  return n * c + s;
}

function logSumExp(a: Float64Array): number {
  let m = -Infinity;
  for (const v of a) m = Math.max(m, v);
  let s = 0;
  for (const v of a) s += Math.exp(v - m);
  return m + Math.log(s);
}

/** Gaussian-mixture log-likelihood, weights as logits, log standard deviations. */
export function mixtureLogLik(x: Float64Array, logits: Float64Array, mu: Float64Array, logSig: Float64Array): number {
  const K = logits.length;
  const lw = new Float64Array(K);
  const norm = logSumExp(logits);
  for (let k = 0; k < K; k++) lw[k] = logits[k] - norm;
  const terms = new Float64Array(K);
  let ll = 0;
  for (let i = 0; i < x.length; i++) {
    for (let k = 0; k < K; k++) {
      const z = (x[i] - mu[k]) * Math.exp(-logSig[k]);
      terms[k] = lw[k] - logSig[k] - 0.5 * z * z - 0.9189385332046727;
    }
    ll += logSumExp(terms);
  }
  return ll;
}

/** Negative log-likelihood of a 1D local-level Kalman filter. */
export function kalmanNLL(ys: Float64Array, q: number, r: number, x0 = 0, p0 = 1): number {
  let x = x0, P = p0, nll = 0;
  for (const y of ys) {
    P += q;                 // predict
    const S = P + r;
    const v = y - x;
    nll += 0.5 * (Math.log(2 * Math.PI * S) + (v * v) / S);
    const K = P / S;        // update
    x += K * v;
    P *= 1 - K;
  }
  return nll;
}

/** AR(1) conditional negative log-likelihood. */
export function ar1NLL(ys: Float64Array, phi: number, sigma: number): number {
  let s = 0;
  for (let t = 1; t < ys.length; t++) {
    const e = ys[t] - phi * ys[t - 1];
    s += e * e;
  }
  const n = ys.length - 1;
  return n * Math.log(sigma) + s / (2 * sigma * sigma);
}

/**
 * Logistic regression NLL, X row-major n×d.
 * @domain w [-1, 1] length 3
 * @domain X [-1, 1] length 15
 * @domain y [0, 1] length 5
 */
export function logisticNLL(w: Float64Array, b: number, X: Float64Array, y: Float64Array): number {
  const d = w.length, n = y.length;
  let nll = 0;
  for (let i = 0; i < n; i++) {
    let z = b;
    for (let j = 0; j < d; j++) z += X[i * d + j] * w[j];
    // log(1 + e^z) - y z, stable
    nll += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - y[i] * z;
  }
  return nll / n;
}

/**
 * Poisson regression NLL with log link (constant log k! dropped).
 * @domain w [-0.5, 0.5] length 3
 * @domain X [-1, 1] length 15
 * @domain counts int [0, 4] length 5
 */
export function poissonNLL(w: Float64Array, X: Float64Array, counts: Int32Array): number {
  const d = w.length;
  let s = 0;
  for (let i = 0; i < counts.length; i++) {
    let eta = 0;
    for (let j = 0; j < d; j++) eta += X[i * d + j] * w[j];
    s += Math.exp(eta) - counts[i] * eta;
  }
  return s;
}

/**
 * Beta log-density.
 * @domain x (0, 1)
 * @domain a (0.5, 5)
 * @domain b (0.5, 5)
 */
export function betaLogPdf(x: number, a: number, b: number): number {
  return (a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - (lgamma(a) + lgamma(b) - lgamma(a + b));
}

/** Mean Huber loss of residuals. */
export function huber(r: Float64Array, delta = 1): number {
  let s = 0;
  for (const v of r) {
    const a = Math.abs(v);
    s += a <= delta ? 0.5 * v * v : delta * (a - 0.5 * delta);
  }
  return s / r.length;
}

/** Pinball (quantile) loss. */
export function pinball(pred: Float64Array, y: Float64Array, tau: number): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    const e = y[i] - pred[i];
    s += e >= 0 ? tau * e : (tau - 1) * e;
  }
  return s;
}

/** Log density of a Gaussian kernel density estimate at x. */
export function kdeLogDensity(x: number, data: Float64Array, h: number): number {
  let s = 0;
  for (let i = 0; i < data.length; i++) {
    const z = (x - data[i]) / h;
    s += Math.exp(-0.5 * z * z);
  }
  return Math.log(s / (data.length * h * Math.sqrt(2 * Math.PI)));
}

/** Weighted variance by West's online algorithm. */
export function weightedVariance(x: Float64Array, w: Float64Array): number {
  let wsum = 0, mean = 0, S = 0;
  for (let i = 0; i < x.length; i++) {
    wsum += w[i];
    const mOld = mean;
    mean += (w[i] / wsum) * (x[i] - mOld);
    S += w[i] * (x[i] - mOld) * (x[i] - mean);
  }
  return S / wsum;
}

/** Exponentially weighted moving average, last value. */
export function ewmaLast(xs: number[], alpha: number): number {
  let m = xs[0];
  let i = 1;
  while (i < xs.length) {
    m = alpha * xs[i] + (1 - alpha) * m;
    i++;
  }
  return m;
}

/** KL(N(m1, s1²) ‖ N(m2, s2²)). */
export function gaussKL(m1: number, s1: number, m2: number, s2: number): number {
  return Math.log(s2 / s1) + (s1 * s1 + (m1 - m2) ** 2) / (2 * s2 * s2) - 0.5;
}

/**
 * Negative-binomial log pmf for a real "number of failures" r.
 * @domain k (0, 10)
 * @domain r (0.5, 5)
 * @domain p (0.05, 0.95)
 */
export function negBinomLogPmf(k: number, r: number, p: number): number {
  return lgamma(k + r) - lgamma(k + 1) - lgamma(r) + r * Math.log(p) + k * Math.log1p(-p);
}

/**
 * Softmax cross-entropy of logits against an integer label.
 * @domain label int [0, 3]
 */
export function softmaxXent(logits: Float64Array, label: number): number {
  let m = logits[0];
  for (let i = 1; i < logits.length; i++) if (logits[i] > m) m = logits[i];
  let s = 0;
  for (let i = 0; i < logits.length; i++) s += Math.exp(logits[i] - m);
  return m + Math.log(s) - logits[label];
}

/** Von Mises log-likelihood with I0 by its series. */
export function vonMisesLogLik(theta: Float64Array, mu: number, kappa: number): number {
  // I0(κ) = Σ (κ/2)^{2k} / (k!)²
  let term = 1, i0 = 1;
  for (let k = 1; k < 30; k++) {
    term *= (kappa / (2 * k)) ** 2;
    i0 += term;
  }
  let s = 0;
  for (const t of theta) s += kappa * Math.cos(t - mu);
  return s - theta.length * Math.log(2 * Math.PI * i0);
}
