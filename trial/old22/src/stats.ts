// Statistics.

const SQRT_2PI = Math.sqrt(2 * Math.PI);
const LOG_2PI = Math.log(2 * Math.PI);

export function mean(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return s / xs.length;
}

/** @domain xs [-2, 2] length 6
 * @domain w (0.1, 2) length 6
 */
export function weightedVariance(xs: Float64Array, w: Float64Array): number {
  let sw = 0, swx = 0;
  for (let i = 0; i < xs.length; i++) {
    sw += w[i];
    swx += w[i] * xs[i];
  }
  const mu = swx / sw;
  let acc = 0;
  for (let i = 0; i < xs.length; i++) acc += w[i] * (xs[i] - mu) ** 2;
  return acc / sw;
}

/** Unbiased sample variance, two-pass, plain number[].
 * @domain xs [-2, 2] length 5
 */
export function sampleVariance(xs: number[]): number {
  const m = mean(xs);
  let ss = 0;
  for (const x of xs) ss += (x - m) * (x - m);
  return ss / (xs.length - 1);
}

/** Welford's online variance.
 * @domain xs [-2, 2] length 6
 */
export function welfordVariance(xs: Float64Array): number {
  let n = 0, m = 0, m2 = 0;
  for (const x of xs) {
    n++;
    const delta = x - m;
    m += delta / n;
    m2 += delta * (x - m);
  }
  return n > 1 ? m2 / (n - 1) : 0;
}

/** Gaussian kernel density estimate at a point.
 * @domain data [-2, 2] length 6
 * @domain x [-2, 2]
 * @domain bw (0.2, 1)
 */
export function kde(data: Float64Array, x: number, bw: number): number {
  let s = 0;
  for (let i = 0; i < data.length; i++) {
    const u = (x - data[i]) / bw;
    s += Math.exp(-0.5 * u * u);
  }
  return s / (data.length * bw * SQRT_2PI);
}

/** Log-likelihood of a sample under a KDE (leave-one-out), for bandwidth selection.
 * @domain data [-2, 2] length 5
 * @domain bw (0.2, 1)
 */
export function looKdeLogLik(data: Float64Array, bw: number): number {
  let ll = 0;
  const n = data.length;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const u = (data[i] - data[j]) / bw;
      s += Math.exp(-0.5 * u * u);
    }
    ll += Math.log(s / ((n - 1) * bw * SQRT_2PI));
  }
  return ll;
}

/** @domain xs [-3, 3] length 6 */
export function logsumexp(xs: Float64Array): number {
  let m = -Infinity;
  for (const x of xs) m = Math.max(m, x);
  if (m === -Infinity) return -Infinity;
  let s = 0;
  for (const x of xs) s += Math.exp(x - m);
  return m + Math.log(s);
}

/** Gaussian log-likelihood with parameters mu, log sigma.
 * @domain xs [-2, 2] length 5
 * @domain mu [-1, 1]
 * @domain logSigma [-1, 1]
 */
export function gaussLogLik(xs: Float64Array, mu: number, logSigma: number): number {
  const sigma = Math.exp(logSigma);
  let ll = -xs.length * (logSigma + 0.5 * LOG_2PI);
  for (let i = 0; i < xs.length; i++) {
    const z = (xs[i] - mu) / sigma;
    ll -= 0.5 * z * z;
  }
  return ll;
}

/** @domain xs [-2, 2] length 6 */
export function skewness(xs: Float64Array): number {
  const n = xs.length;
  const m = mean(xs);
  let m2 = 0, m3 = 0;
  for (let i = 0; i < n; i++) {
    const d = xs[i] - m;
    m2 += d * d;
    m3 += d * d * d;
  }
  m2 /= n;
  m3 /= n;
  return m3 / Math.pow(m2, 1.5);
}

/** Excess kurtosis.
 * @domain xs [-2, 2] length 6
 */
export function kurtosis(xs: number[]): number {
  const m = mean(xs);
  let m2 = 0, m4 = 0;
  xs.forEach((x) => {
    const d = (x - m) ** 2;
    m2 += d;
    m4 += d * d;
  });
  const n = xs.length;
  return (n * m4) / (m2 * m2) - 3;
}

/** Pearson correlation.
 * @domain x [-2, 2] length 6
 * @domain y [-2, 2] length 6
 */
export function correlation(x: Float64Array, y: Float64Array): number {
  const mx = mean(x), my = mean(y);
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < x.length; i++) {
    const dx = x[i] - mx, dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** Entropy of softmax(logits / T).
 * @domain logits [-2, 2] length 5
 * @domain T (0.5, 2)
 */
export function softmaxEntropy(logits: Float64Array, T: number): number {
  const n = logits.length;
  const p = new Float64Array(n);
  let m = logits[0] / T;
  for (let i = 1; i < n; i++) m = Math.max(m, logits[i] / T);
  let z = 0;
  for (let i = 0; i < n; i++) {
    p[i] = Math.exp(logits[i] / T - m);
    z += p[i];
  }
  let h = 0;
  for (let i = 0; i < n; i++) {
    const q = p[i] / z;
    h -= q > 0 ? q * Math.log(q) : 0;
  }
  return h;
}

/** Student-t log density (nu, location, scale), lgamma by Stirling with shift.
 * @domain x [-3, 3]
 * @domain nu (1, 10)
 * @domain loc [-1, 1]
 * @domain scale (0.5, 2)
 */
export function studentTLogPdf(x: number, nu: number, loc: number, scale: number): number {
  const z = (x - loc) / scale;
  return lgamma((nu + 1) / 2) - lgamma(nu / 2) - 0.5 * Math.log(nu * Math.PI) - Math.log(scale)
    - ((nu + 1) / 2) * Math.log1p((z * z) / nu);
}

function lgamma(x: number): number {
  // shift up to x >= 7 then Stirling series
  let shift = 0;
  while (x < 7) {
    shift += Math.log(x);
    x += 1;
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  return (x - 0.5) * Math.log(x) - x + 0.5 * LOG_2PI + inv * (1 / 12 - inv2 * (1 / 360 - inv2 / 1260)) - shift;
}

/** Exponentially weighted moving average, final value squared.
 * @domain xs [-1, 1] length 8
 * @domain alpha (0.05, 0.95)
 */
export function ewmaFinal(xs: readonly number[], alpha: number): number {
  let s = xs[0];
  for (let i = 1; i < xs.length; i++) s = alpha * xs[i] + (1 - alpha) * s;
  return s * s;
}

/** Geometric mean over log.
 * @domain xs (0.2, 3) length 5
 */
export function geometricMean(xs: Float64Array): number {
  let s = 0;
  for (const x of xs) s += Math.log(x);
  return Math.exp(s / xs.length);
}

/** @domain xs (0.2, 3) length 5 */
export function harmonicMean(xs: Float64Array): number {
  let s = 0;
  for (let i = xs.length - 1; i >= 0; i--) s += 1 / xs[i];
  return xs.length / s;
}

/** Median by sorting a copy.
 * @domain xs [-2, 2] length 5
 */
export function medianSorted(xs: Float64Array): number {
  const s = xs.slice().sort();
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
}

/** Median by insertion sort written out.
 * @domain xs [-2, 2] length 5
 */
export function medianInsertion(xs: Float64Array): number {
  const s = Float64Array.from(xs);
  for (let i = 1; i < s.length; i++) {
    const v = s[i];
    let j = i - 1;
    while (j >= 0 && s[j] > v) {
      s[j + 1] = s[j];
      j--;
    }
    s[j + 1] = v;
  }
  const n = s.length;
  return n % 2 === 1 ? s[(n - 1) >> 1] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
}

/** Gaussian mixture log-likelihood (1-D), logsumexp per point.
 * @domain xs [-2, 2] length 6
 * @domain means [-2, 2] length 3
 * @domain logSd [-0.5, 0.5] length 3
 * @domain logits [-1, 1] length 3
 */
export function gmm1d(xs: Float64Array, means: Float64Array, logSd: Float64Array, logits: Float64Array): number {
  const K = means.length;
  const lw = new Float64Array(K);
  let mx = -Infinity;
  for (let k = 0; k < K; k++) mx = Math.max(mx, logits[k]);
  let z = 0;
  for (let k = 0; k < K; k++) z += Math.exp(logits[k] - mx);
  for (let k = 0; k < K; k++) lw[k] = logits[k] - mx - Math.log(z);
  let ll = 0;
  const comp = new Float64Array(K);
  for (const x of xs) {
    for (let k = 0; k < K; k++) {
      const u = (x - means[k]) / Math.exp(logSd[k]);
      comp[k] = lw[k] - logSd[k] - 0.5 * LOG_2PI - 0.5 * u * u;
    }
    ll += logsumexp(comp);
  }
  return ll;
}

/** Standardize into out (z-scores).
 * @domain xs [-2, 2] length 5
 * @domain out [0, 0] length 5
 */
export function standardize(xs: Float64Array, out: Float64Array): void {
  const m = mean(xs);
  let v = 0;
  for (let i = 0; i < xs.length; i++) v += (xs[i] - m) ** 2;
  const sd = Math.sqrt(v / xs.length);
  for (let i = 0; i < xs.length; i++) out[i] = (xs[i] - m) / sd;
}

/** Covariance matrix (d x d) of rows of X (n x d), written into cov.
 * @domain X [-1, 1] length 12
 * @domain cov [0, 0] length 9
 */
export function covarianceMatrix(X: Float64Array, cov: Float64Array): number {
  const d = 3;
  const n = X.length / d;
  const mu = new Float64Array(d);
  for (let r = 0; r < n; r++) for (let c = 0; c < d; c++) mu[c] += X[r * d + c] / n;
  let trace = 0;
  for (let a = 0; a < d; a++) {
    for (let b = 0; b < d; b++) {
      let s = 0;
      for (let r = 0; r < n; r++) s += (X[r * d + a] - mu[a]) * (X[r * d + b] - mu[b]);
      cov[a * d + b] = s / (n - 1);
    }
    trace += cov[a * d + a];
  }
  return trace;
}

/** Huber M-estimate of location by iteratively reweighted means (fixed iterations).
 * @domain xs [-2, 2] length 6
 */
export function huberLocation(xs: Float64Array): number {
  let mu = mean(xs);
  for (let it = 0; it < 10; it++) {
    let sw = 0, swx = 0;
    for (const x of xs) {
      const r = Math.abs(x - mu);
      const w = r <= 1 ? 1 : 1 / r;
      sw += w;
      swx += w * x;
    }
    mu = swx / sw;
  }
  return mu;
}

/** Optional parameter: sample vs population variance.
 * @domain xs [-2, 2] length 5
 */
export function variance(xs: Float64Array, ddof?: number): number {
  const d = ddof ?? 0;
  const m = mean(xs);
  let s = 0;
  for (const x of xs) s += (x - m) ** 2;
  return s / (xs.length - d);
}
