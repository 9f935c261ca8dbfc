// Gaussian process regression: hand-written Cholesky, marginal likelihood, predictive mean.

/** in-place lower Cholesky of an n x n SPD matrix held row-major in A, written into L */
export function cholesky(A: Float64Array, n: number, L: Float64Array): void {
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

type Kernel = 'rbf' | 'matern32';

function kern(r: number, ell: number, sf2: number, kind: Kernel): number {
  switch (kind) {
    case 'rbf':
      return sf2 * Math.exp(-0.5 * (r * r) / (ell * ell));
    case 'matern32': {
      const a = Math.sqrt(3) * Math.abs(r) / ell;
      return sf2 * (1 + a) * Math.exp(-a);
    }
  }
}

/** negative log marginal likelihood of a GP with hyper-parameters on the log scale */
export function gpNll(x: Float64Array, y: Float64Array, logEll: number, logSf: number, logSn: number,
  opts: { kernel?: Kernel; jitter?: number } = {}): number {
  const n = x.length;
  const kind = opts.kernel ?? 'rbf';
  const jitter = opts.jitter ?? 1e-8;
  const ell = Math.exp(logEll), sf2 = Math.exp(2 * logSf), sn2 = Math.exp(2 * logSn);
  const K = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      const kij = kern(x[i] - x[j], ell, sf2, kind) + (i === j ? sn2 + jitter : 0);
      K[i * n + j] = kij;
      K[j * n + i] = kij;
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
  let quad = 0, logDet = 0;
  for (let i = 0; i < n; i++) {
    quad += a[i] * a[i];
    logDet += Math.log(L[i * n + i]);
  }
  return 0.5 * quad + logDet + 0.5 * n * Math.log(2 * Math.PI);
}

/** log det of an SPD matrix; NaN when not positive definite (early return) */
export function logDetSpd(A: Float64Array, n: number): number {
  const L = new Float64Array(n * n);
  let acc = 0;
  for (let j = 0; j < n; j++) {
    let d = A[j * n + j];
    for (let k = 0; k < j; k++) d -= L[j * n + k] * L[j * n + k];
    if (d <= 0) return NaN;
    const ljj = Math.sqrt(d);
    L[j * n + j] = ljj;
    acc += 2 * Math.log(ljj);
    for (let i = j + 1; i < n; i++) {
      let s = A[i * n + j];
      for (let k = 0; k < j; k++) s -= L[i * n + k] * L[j * n + k];
      L[i * n + j] = s / ljj;
    }
  }
  return acc;
}

/** GP posterior mean at xs (solve by Cholesky, then back-substitution) */
export function gpPredictMean(x: Float64Array, y: Float64Array, xs: number, logEll: number, logSf: number, logSn: number): number {
  const n = x.length;
  const ell = Math.exp(logEll), sf2 = Math.exp(2 * logSf), sn2 = Math.exp(2 * logSn);
  const K = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) K[i * n + j] = kern(x[i] - x[j], ell, sf2, 'rbf') + (i === j ? sn2 : 0);
  const L = new Float64Array(n * n);
  cholesky(K, n, L);
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = y[i];
    for (let k = 0; k < i; k++) s -= L[i * n + k] * z[k];
    z[i] = s / L[i * n + i];
  }
  const alpha = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = z[i];
    for (let k = i + 1; k < n; k++) s -= L[k * n + i] * alpha[k];
    alpha[i] = s / L[i * n + i];
  }
  let mean = 0;
  for (let i = 0; i < n; i++) mean += kern(xs - x[i], ell, sf2, 'rbf') * alpha[i];
  return mean;
}

/** leave-one-out-ish smoothness prior: sum of kernel-weighted squared differences (functional) */
export function kernelSmoothness(f: number[], x: number[], ell: number): number {
  return f.reduce((acc, fi, i) =>
    acc + x.reduce((inner, xj, j) => inner + (j <= i ? 0 : Math.exp(-((x[i] - xj) ** 2) / (2 * ell * ell)) * (fi - f[j]) ** 2), 0), 0);
}
