// Statistics.

export function weightedVariance(x: Float64Array, w: Float64Array): number {
  let sw = 0, m = 0;
  for (let i = 0; i < x.length; i++) {
    sw += w[i];
    m += w[i] * x[i];
  }
  m /= sw;
  let v = 0;
  for (let i = 0; i < x.length; i++) v += w[i] * (x[i] - m) ** 2;
  return v / sw;
}

/** Gaussian KDE log-density at a point, bandwidth h. */
export function kdeLogDensity(t: number, data: Float64Array, h: number): number {
  const n = data.length;
  let mx = -Infinity;
  for (const d of data) mx = Math.max(mx, -0.5 * ((t - d) / h) ** 2);
  let s = 0;
  for (const d of data) s += Math.exp(-0.5 * ((t - d) / h) ** 2 - mx);
  return mx + Math.log(s) - Math.log(n * h * Math.sqrt(2 * Math.PI));
}

export function logsumexp(x: number[]): number {
  const m = Math.max(...x);
  let s = 0;
  for (const v of x) s += Math.exp(v - m);
  return m + Math.log(s);
}

/** Welford's online mean and variance, returning the standard deviation. */
export function welfordStd(x: Float64Array): number {
  let mean = 0;
  let m2 = 0;
  let n = 0;
  for (const v of x) {
    n++;
    const d = v - mean;
    mean += d / n;
    m2 += d * (v - mean);
  }
  return Math.sqrt(m2 / (n - 1));
}

/** Sample skewness. */
export function skewness(x: Float64Array): number {
  const n = x.length;
  let m = 0;
  for (let i = 0; i < n; i++) m += x[i];
  m /= n;
  let m2 = 0, m3 = 0;
  for (let i = 0; i < n; i++) {
    const d = x[i] - m;
    m2 += d * d;
    m3 += d * d * d;
  }
  m2 /= n;
  m3 /= n;
  return m3 / Math.pow(m2, 1.5);
}

/** Pearson correlation. */
export function pearson(x: Float64Array, y: Float64Array): number {
  const n = x.length;
  let sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
  for (let i = 0; i < n; i++) {
    sx += x[i];
    sy += y[i];
    sxx += x[i] * x[i];
    syy += y[i] * y[i];
    sxy += x[i] * y[i];
  }
  const cov = sxy - (sx * sy) / n;
  return cov / Math.sqrt((sxx - (sx * sx) / n) * (syy - (sy * sy) / n));
}

/** Exponentially weighted moving average's final value and mean squared innovation. */
export function ewmaInnovation(x: Float64Array, lambda: number): number {
  let m = x[0];
  let s = 0;
  for (let i = 1; i < x.length; i++) {
    const e = x[i] - m;
    s += e * e;
    m = lambda * m + (1 - lambda) * x[i];
  }
  return s / (x.length - 1) + m;
}

/** Student-t negative log-likelihood (location, log-scale, log-dof). */
export function studentTNLL(mu: number, logS: number, logNu: number, x: Float64Array): number {
  const s = Math.exp(logS);
  const nu = Math.exp(logNu);
  let nll = 0;
  for (const v of x) {
    const z = (v - mu) / s;
    nll += 0.5 * (nu + 1) * Math.log1p((z * z) / nu) + logS;
  }
  // log-gamma by Stirling with a shift (nu/2 + 3 ≥ 3)
  const lg = (a: number): number => {
    const b = a + 3;
    return (b - 0.5) * Math.log(b) - b + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * b) - Math.log(a * (a + 1) * (a + 2));
  };
  return nll - x.length * (lg((nu + 1) / 2) - lg(nu / 2) - 0.5 * Math.log(nu * Math.PI));
}

function lgammaStirling(a: number): number {
  const b = a + 3;
  return (b - 0.5) * Math.log(b) - b + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * b) - Math.log(a * (a + 1) * (a + 2));
}

/** The same with a module-level helper instead of an arrow. */
export function studentTNLL2(mu: number, logS: number, logNu: number, x: Float64Array): number {
  const s = Math.exp(logS);
  const nu = Math.exp(logNu);
  let nll = 0;
  for (const v of x) {
    const z = (v - mu) / s;
    nll += 0.5 * (nu + 1) * Math.log1p((z * z) / nu) + logS;
  }
  return nll - x.length * (lgammaStirling((nu + 1) / 2) - lgammaStirling(nu / 2) - 0.5 * Math.log(nu * Math.PI));
}

/** Gaussian mixture (1-D) log-likelihood with K components (logits, means, log-sds). */
export function gmm1d(logits: Float64Array, means: Float64Array, logSd: Float64Array, x: Float64Array): number {
  const K = logits.length;
  const lw = new Float64Array(K);
  let mx = -Infinity;
  for (let k = 0; k < K; k++) mx = Math.max(mx, logits[k]);
  let z = 0;
  for (let k = 0; k < K; k++) z += Math.exp(logits[k] - mx);
  for (let k = 0; k < K; k++) lw[k] = logits[k] - mx - Math.log(z);
  let ll = 0;
  const comp = new Float64Array(K);
  for (const v of x) {
    for (let k = 0; k < K; k++) {
      const zz = (v - means[k]) / Math.exp(logSd[k]);
      comp[k] = lw[k] - 0.5 * zz * zz - logSd[k] - 0.9189385332046727;
    }
    let m = comp[0];
    for (let k = 1; k < K; k++) m = comp[k] > m ? comp[k] : m;
    let s = 0;
    for (let k = 0; k < K; k++) s += Math.exp(comp[k] - m);
    ll += m + Math.log(s);
  }
  return -ll;
}

/** Soft quantile via a sigmoid-smoothed empirical CDF and bisection (early exit). */
export function softMedianLoss(q: number, x: Float64Array, tau: number): number {
  let cdf = 0;
  for (const v of x) cdf += 1 / (1 + Math.exp(-(q - v) / tau));
  cdf /= x.length;
  return (cdf - 0.5) ** 2;
}
