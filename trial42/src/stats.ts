// Gaussian processes with hand-written Cholesky, count regressions with log-gamma helpers.

const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/** GP negative log marginal likelihood, squared-exponential kernel, Cholesky on number[][] (as one first writes it). */
export function gpNllNested(logEll: number, logSf: number, logSn: number, x: Float64Array, y: Float64Array): number {
  const n = x.length;
  const ell = Math.exp(logEll), sf2 = Math.exp(2 * logSf), sn2 = Math.exp(2 * logSn);
  const L: number[][] = [];
  for (let i = 0; i < n; i++) L.push(new Array(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = sf2 * Math.exp(-0.5 * ((x[i] - x[j]) / ell) ** 2) + (i === j ? sn2 : 0);
      for (let k = 0; k < j; k++) s -= L[i][k] * L[j][k];
      L[i][j] = i === j ? Math.sqrt(s) : s / L[j][j];
    }
  }
  let nll = 0;
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = y[i];
    for (let k = 0; k < i; k++) s -= L[i][k] * z[k];
    z[i] = s / L[i][i];
    nll += 0.5 * z[i] * z[i] + Math.log(L[i][i]) + HALF_LOG_2PI;
  }
  return nll;
}

/** The same on a flat row-major matrix. */
export function gpNll(logEll: number, logSf: number, logSn: number, x: Float64Array, y: Float64Array): number {
  const n = x.length;
  const ell = Math.exp(logEll), sf2 = Math.exp(2 * logSf), sn2 = Math.exp(2 * logSn);
  const L = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      const r = (x[i] - x[j]) / ell;
      let s = sf2 * Math.exp(-0.5 * r * r) + (i === j ? sn2 : 0);
      for (let k = 0; k < j; k++) s -= L[i * n + k] * L[j * n + k];
      L[i * n + j] = i === j ? Math.sqrt(s) : s / L[j * n + j];
    }
  }
  let nll = n * HALF_LOG_2PI;
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = y[i];
    for (let k = 0; k < i; k++) s -= L[i * n + k] * z[k];
    z[i] = s / L[i * n + i];
    nll += 0.5 * z[i] * z[i] + Math.log(L[i * n + i]);
  }
  return nll;
}

/** GP posterior mean at xs with a Matérn-3/2 kernel (alpha = K⁻¹y by Cholesky, forward then back substitution). */
export function maternMean(logEll: number, logSn: number, x: Float64Array, y: Float64Array, xs: number): number {
  const n = x.length;
  const ell = Math.exp(logEll), sn2 = Math.exp(2 * logSn);
  const k32 = (d: number) => {
    const t = (Math.sqrt(3) * Math.abs(d)) / ell;
    return (1 + t) * Math.exp(-t);
  };
  const L = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = k32(x[i] - x[j]) + (i === j ? sn2 : 0);
      for (let k = 0; k < j; k++) s -= L[i * n + k] * L[j * n + k];
      L[i * n + j] = i === j ? Math.sqrt(s) : s / L[j * n + j];
    }
  }
  const a = Float64Array.from(y);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < i; k++) a[i] -= L[i * n + k] * a[k];
    a[i] /= L[i * n + i];
  }
  for (let i = n - 1; i >= 0; i--) {
    for (let k = i + 1; k < n; k++) a[i] -= L[k * n + i] * a[k];
    a[i] /= L[i * n + i];
  }
  let m = 0;
  for (let i = 0; i < n; i++) m += k32(xs - x[i]) * a[i];
  return m;
}

const LANCZOS = Object.freeze([
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
]);

/** log Γ(x) for x > 0.5 by Lanczos (g = 7). */
export function logGamma(x: number): number {
  const z = x - 1;
  let s = LANCZOS[0];
  for (let i = 1; i < 9; i++) s += LANCZOS[i] / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(s);
}

/** Poisson regression negative log likelihood, log link; X is n × p row-major. */
export function poissonNll(beta: Float64Array, X: Float64Array, y: Float64Array): number {
  const p = beta.length, n = y.length;
  let nll = 0;
  for (let i = 0; i < n; i++) {
    let eta = 0;
    for (let j = 0; j < p; j++) eta += X[i * p + j] * beta[j];
    nll += Math.exp(eta) - y[i] * eta + logGamma(y[i] + 1);
  }
  return nll;
}

/** Negative-binomial (NB2) regression: dispersion r = exp(logR). */
export function negBinNll(beta: Float64Array, logR: number, X: Float64Array, y: Float64Array): number {
  const p = beta.length;
  const r = Math.exp(logR);
  let nll = 0;
  for (let i = 0; i < y.length; i++) {
    let eta = 0;
    for (let j = 0; j < p; j++) eta += X[i * p + j] * beta[j];
    const mu = Math.exp(eta);
    nll -= logGamma(y[i] + r) - logGamma(r) - logGamma(y[i] + 1) + r * Math.log(r / (r + mu)) + y[i] * Math.log(mu / (r + mu));
  }
  return nll;
}

/** Zero-inflated Poisson: the zero branch mixes the structural zero with the count model. */
export function zipNll(beta: Float64Array, logitPi: number, X: Float64Array, y: Int32Array): number {
  const p = beta.length;
  const pi = 1 / (1 + Math.exp(-logitPi));
  let nll = 0;
  for (let i = 0; i < y.length; i++) {
    let eta = 0;
    for (let j = 0; j < p; j++) eta += X[i * p + j] * beta[j];
    const lam = Math.exp(eta);
    if (y[i] === 0) nll -= Math.log(pi + (1 - pi) * Math.exp(-lam));
    else nll -= Math.log(1 - pi) - lam + y[i] * eta - logGamma(y[i] + 1);
  }
  return nll;
}

/** ψ(x) by the recurrence up to x ≥ 6, then the asymptotic series. */
export function digamma(x: number): number {
  let acc = 0;
  while (x < 6) {
    acc -= 1 / x;
    x += 1;
  }
  const f = 1 / (x * x);
  return acc + Math.log(x) - 0.5 / x - f * (1 / 12 - f * (1 / 120 - f * (1 / 252 - f * (1 / 240 - f / 132))));
}
