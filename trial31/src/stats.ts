// Log-likelihoods with my own log-gamma, and a small mixture of experts.

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** log Γ(x) for x > 0 (Lanczos, g = 7), with the reflection formula below 0.5. */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Stirling series with an upward shift (a second log-gamma, written the other common way). */
export function logGammaStirling(x: number): number {
  let shift = 0;
  while (x < 8) {
    shift -= Math.log(x);
    x += 1;
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  const series = inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 / 1680)));
  return shift + (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + series;
}

/** Weibull negative log-likelihood, with right-censored observations flagged. */
export function weibullNLL(shape: number, scale: number, data: readonly number[], censored: Uint8Array): number {
  let nll = 0;
  data.forEach((t, i) => {
    const z = (t / scale) ** shape;
    if (censored[i]) nll += z;
    else nll -= Math.log(shape / scale) + (shape - 1) * Math.log(t / scale) - z;
  });
  return nll;
}

/** Negative-binomial log-likelihood (size r, mean mu) of counts. */
export function negBinomLogLik(r: number, mu: number, counts: readonly number[]): number {
  const p = r / (r + mu);
  let ll = 0;
  for (const k of counts) {
    ll += logGamma(k + r) - logGamma(r) - logGamma(k + 1) + r * Math.log(p) + k * Math.log1p(-p);
  }
  return ll;
}

/** Student-t log-likelihood with location, scale and degrees of freedom. */
export function studentTLogLik(nu: number, loc: number, scale: number, xs: Float64Array): number {
  const c = logGammaStirling((nu + 1) / 2) - logGammaStirling(nu / 2) - 0.5 * Math.log(nu * Math.PI) - Math.log(scale);
  let ll = 0;
  for (const x of xs) {
    const z = (x - loc) / scale;
    ll += c - ((nu + 1) / 2) * Math.log1p((z * z) / nu);
  }
  return ll;
}

/**
 * Log-density of a Beta(a, b) at each point, summed (uses the log-Beta through logGamma).
 * @domain a (0.5, 5)
 * @domain b (0.5, 5)
 * @domain xs (0, 1) length 6
 */
export function betaLogLik(a: number, b: number, xs: readonly number[]): number {
  const logBeta = logGamma(a) + logGamma(b) - logGamma(a + b);
  return xs.reduce((acc, x) => acc + (a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logBeta, 0);
}

function logSumExp(v: readonly number[]): number {
  const m = Math.max(...v);
  let s = 0;
  for (const x of v) s += Math.exp(x - m);
  return m + Math.log(s);
}

/**
 * Mixture of K linear-Gaussian experts with a softmax gate over 2D inputs:
 * gate weights (K × 3: bias + 2), expert weights (K × 3), shared noise log-sd. Returns the mean NLL.
 * @domain gate [-1, 1] length 9
 * @domain experts [-1, 1] length 9
 * @domain xs [-2, 2] length 20
 * @domain ys [-2, 2] length 10
 */
export function mixtureOfExpertsNLL(gate: Float64Array, experts: Float64Array, logSd: number, xs: Float64Array, ys: Float64Array): number {
  const K = gate.length / 3;
  const sd = Math.exp(logSd);
  let nll = 0;
  for (let n = 0; n < ys.length; n++) {
    const x1 = xs[2 * n];
    const x2 = xs[2 * n + 1];
    const logits: number[] = [];
    const comps: number[] = [];
    for (let k = 0; k < K; k++) {
      logits.push(gate[3 * k] + gate[3 * k + 1] * x1 + gate[3 * k + 2] * x2);
      const mean = experts[3 * k] + experts[3 * k + 1] * x1 + experts[3 * k + 2] * x2;
      const z = (ys[n] - mean) / sd;
      comps.push(-0.5 * z * z - logSd - 0.5 * Math.log(2 * Math.PI));
    }
    const lz = logSumExp(logits);
    const joint = comps.map((c, k) => c + logits[k] - lz);
    nll -= logSumExp(joint);
  }
  return nll / ys.length;
}

/** Zero-inflated Poisson log-likelihood with the mixing probability through a logistic. */
export function zipLogLik(logitPi: number, logLambda: number, counts: Int32Array): number {
  const pi = 1 / (1 + Math.exp(-logitPi));
  const lambda = Math.exp(logLambda);
  let ll = 0;
  for (let i = 0; i < counts.length; i++) {
    const k = counts[i];
    if (k === 0) ll += Math.log(pi + (1 - pi) * Math.exp(-lambda));
    else ll += Math.log(1 - pi) + k * logLambda - lambda - logGamma(k + 1);
  }
  return ll;
}
