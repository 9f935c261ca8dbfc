// Statistics.

const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/** log Gamma(x) for x > 0.5 by Lanczos. */
export function lgamma(x: number): number {
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + LANCZOS_G + 0.5;
  for (let i = 1; i < LANCZOS_G + 2; i++) a += LANCZOS[i] / (z + i);
  return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Student-t log density. */
export function studentTLogPdf(x: number, mu: number, sigma: number, nu: number): number {
  const u = (x - mu) / sigma;
  return (
    lgamma((nu + 1) / 2) - lgamma(nu / 2) - 0.5 * Math.log(nu * Math.PI) - Math.log(sigma) -
    ((nu + 1) / 2) * Math.log1p((u * u) / nu)
  );
}

/** Gaussian KDE: log-likelihood of the queries under a KDE of the data, bandwidth bw. */
export function kdeLogLik(data: Float64Array, queries: Float64Array, bw: number): number {
  const n = data.length;
  const norm = -Math.log(n * bw) - HALF_LOG_2PI;
  let total = 0;
  for (const q of queries) {
    let m = -Infinity;
    for (let i = 0; i < n; i++) {
      const u = (q - data[i]) / bw;
      m = Math.max(m, -0.5 * u * u);
    }
    let s = 0;
    for (let i = 0; i < n; i++) {
      const u = (q - data[i]) / bw;
      s += Math.exp(-0.5 * u * u - m);
    }
    total += norm + m + Math.log(s);
  }
  return total;
}

/** Mean logistic loss with L2 on the weights; X row-major n x d, labels 0/1. */
export function logisticL2(w: Float64Array, b: number, X: Float64Array, y: Float64Array, lambda: number): number {
  const d = w.length;
  const n = y.length;
  let loss = 0;
  for (let i = 0; i < n; i++) {
    let z = b;
    for (let j = 0; j < d; j++) z += X[i * d + j] * w[j];
    // log(1 + e^z) - y z, stable
    loss += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - y[i] * z;
  }
  let reg = 0;
  for (let j = 0; j < d; j++) reg += w[j] * w[j];
  return loss / n + 0.5 * lambda * reg;
}

/** A 1D Gaussian mixture log-likelihood: closures read the outer constants. */
export function mixtureLogLik(xs: number[], mus: number[], logSigmas: number[], logits: number[]): number {
  const K = mus.length;
  let mx = -Infinity;
  for (let k = 0; k < K; k++) mx = Math.max(mx, logits[k]);
  let z = 0;
  for (let k = 0; k < K; k++) z += Math.exp(logits[k] - mx);
  const logNorm = mx + Math.log(z);
  const comp = (x: number, k: number) => {
    const u = (x - mus[k]) * Math.exp(-logSigmas[k]);
    return logits[k] - logNorm - logSigmas[k] - HALF_LOG_2PI - 0.5 * u * u;
  };
  let ll = 0;
  for (const x of xs) {
    let best = -Infinity;
    for (let k = 0; k < K; k++) best = Math.max(best, comp(x, k));
    let s = 0;
    for (let k = 0; k < K; k++) s += Math.exp(comp(x, k) - best);
    ll += best + Math.log(s);
  }
  return ll;
}
