// Stats: student-t log likelihood (with a Lanczos lgamma), mixtures, online mean/variance,
// KDE, logistic regression, Pearson correlation.

const LANCZOS = [676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];

function lgamma(z: number): number {
  if (z < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * z))) - lgamma(1 - z);
  const zz = z - 1;
  let a = 0.99999999999980993;
  const t = zz + 7.5;
  for (let i = 0; i < LANCZOS.length; i++) a += LANCZOS[i] / (zz + i + 1);
  return 0.5 * Math.log(2 * Math.PI) + (zz + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Student-t log likelihood of data with location mu, scale s, degrees of freedom nu. */
export function studentTLogLik(xs: Float64Array, mu: number, s: number, nu: number): number {
  const n = xs.length;
  const c = lgamma((nu + 1) / 2) - lgamma(nu / 2) - 0.5 * Math.log(nu * Math.PI) - Math.log(s);
  let ll = n * c;
  for (const x of xs) {
    const z = (x - mu) / s;
    ll -= ((nu + 1) / 2) * Math.log1p((z * z) / nu);
  }
  return ll;
}

/** Log-gamma itself (exported), positive arguments. */
export function logGamma(z: number): number {
  return lgamma(z);
}

/** Log likelihood of a 1D Gaussian mixture: weights by softmax of logits, log sigmas. */
export function gmm1dLogLik(xs: Float64Array, logits: Float64Array, means: Float64Array, logSig: Float64Array): number {
  const K = logits.length;
  let mx = -Infinity;
  for (const l of logits) if (l > mx) mx = l;
  let z = 0;
  for (const l of logits) z += Math.exp(l - mx);
  const logZ = mx + Math.log(z);
  const comp = new Float64Array(K);
  let ll = 0;
  for (const x of xs) {
    let m = -Infinity;
    for (let k = 0; k < K; k++) {
      const u = (x - means[k]) / Math.exp(logSig[k]);
      comp[k] = logits[k] - logZ - logSig[k] - 0.5 * u * u - 0.5 * Math.log(2 * Math.PI);
      m = Math.max(m, comp[k]);
    }
    let s = 0;
    for (let k = 0; k < K; k++) s += Math.exp(comp[k] - m);
    ll += m + Math.log(s);
  }
  return ll;
}

/** Welford's online variance (sample), returned after the pass. */
export function welfordVariance(xs: number[]): number {
  let n = 0;
  let mean = 0;
  let m2 = 0;
  for (const x of xs) {
    n++;
    const delta = x - mean;
    mean += delta / n;
    m2 += delta * (x - mean);
  }
  return n > 1 ? m2 / (n - 1) : 0;
}

/** Exponentially weighted online mean and variance; returns mean + k·std at the end.
 * @domain alpha (0.05, 0.95)
 */
export function ewmBand(xs: Float64Array, alpha: number, k = 2): number {
  let mean = xs[0];
  let v = 0;
  for (const x of xs.subarray(1)) {
    const d = x - mean;
    const incr = alpha * d;
    mean += incr;
    v = (1 - alpha) * (v + d * incr);
  }
  return mean + k * Math.sqrt(v);
}

/** Gaussian kernel density estimate's log likelihood of held-out points. */
export function kdeLogLik(train: Float64Array, test: Float64Array, bw: number): number {
  const norm = 1 / (train.length * bw * Math.sqrt(2 * Math.PI));
  let ll = 0;
  for (const y of test) {
    let dens = 0;
    for (const x of train) dens += Math.exp(-0.5 * ((y - x) / bw) ** 2);
    ll += Math.log(dens * norm);
  }
  return ll;
}

/** L2-regularised logistic regression negative log likelihood, rows of X flat.
 * @domain w [-1, 1] length 3
 * @domain X [-2, 2] length 15
 * @domain y int [0, 1] length 5
 */
export function logisticNll(w: Float64Array, b: number, X: Float64Array, y: Uint8Array, lambda = 0.01): number {
  const d = w.length;
  const n = y.length;
  let nll = 0;
  for (let i = 0; i < n; i++) {
    let z = b;
    for (let j = 0; j < d; j++) z += w[j] * X[i * d + j];
    // log(1 + e^{-z}) or log(1 + e^{z}), stable
    const lz = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    nll += lz - (y[i] ? z : 0);
  }
  const reg = w.reduce((s, v) => s + v * v, 0);
  return nll / n + 0.5 * lambda * reg;
}

/** Pearson correlation. */
export function pearson(x: Float64Array, y: Float64Array): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** Quantile (linear interpolation) after an insertion sort of a copy: differentiable almost everywhere.
 * @domain q (0.05, 0.95)
 */
export function quantile(xs: Float64Array, q: number): number {
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
  const pos = q * (s.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, s.length - 1);
  return s[lo] + (pos - lo) * (s[hi] - s[lo]);
}
