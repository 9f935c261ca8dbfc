// A small Gaussian process / kernel ridge objective with a Cholesky written by hand.

const JITTER = 1e-8;

function rbf(a: number, b: number, ell: number, sf2: number): number {
  const d = (a - b) / ell;
  return sf2 * Math.exp(-0.5 * d * d);
}

/** In-place lower Cholesky of the n×n row-major matrix A into L (zeros above). */
export function cholesky(A: Float64Array, L: Float64Array, n: number): void {
  L.fill(0);
  for (let j = 0; j < n; j++) {
    let s = A[j * n + j];
    for (let k = 0; k < j; k++) s -= L[j * n + k] * L[j * n + k];
    const d = Math.sqrt(s);
    L[j * n + j] = d;
    for (let i = j + 1; i < n; i++) {
      let t = A[i * n + j];
      for (let k = 0; k < j; k++) t -= L[i * n + k] * L[j * n + k];
      L[i * n + j] = t / d;
    }
  }
}

function forwardSubst(L: Float64Array, b: Float64Array, y: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= L[i * n + k] * y[k];
    y[i] = s / L[i * n + i];
  }
}

/** Negative log marginal likelihood of a 1-D GP with an RBF kernel (log-parameters). */
export function gpNegLogLik(logEll: number, logSf: number, logSn: number, xs: Float64Array, ys: Float64Array): number {
  const n = xs.length;
  const ell = Math.exp(logEll);
  const sf2 = Math.exp(2 * logSf);
  const sn2 = Math.exp(2 * logSn);
  const K = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      K[i * n + j] = rbf(xs[i], xs[j], ell, sf2) + (i === j ? sn2 + JITTER : 0);
    }
  }
  const L = new Float64Array(n * n);
  cholesky(K, L, n);
  const alpha = new Float64Array(n);
  forwardSubst(L, ys, alpha, n);
  let quad = 0;
  let logdet = 0;
  for (let i = 0; i < n; i++) {
    quad += alpha[i] * alpha[i];
    logdet += Math.log(L[i * n + i]);
  }
  return 0.5 * quad + logdet + 0.5 * n * Math.log(2 * Math.PI);
}

/** log det of an SPD matrix via Cholesky. */
export function logDetSPD(A: Float64Array, n: number): number {
  const L = new Float64Array(n * n);
  cholesky(A, L, n);
  let s = 0;
  for (let i = 0; i < n; i++) s += 2 * Math.log(L[i * n + i]);
  return s;
}

/** Kernel ridge objective in the dual: ½ αᵀKα − αᵀy + λ/2 αᵀα, kernel from points. */
export function kernelRidgeDual(alpha: Float64Array, xs: Float64Array, ys: Float64Array, ell: number, lambda: number): number {
  const n = alpha.length;
  let obj = 0;
  for (let i = 0; i < n; i++) {
    let ki = 0;
    for (let j = 0; j < n; j++) ki += rbf(xs[i], xs[j], ell, 1) * alpha[j];
    obj += 0.5 * alpha[i] * ki - alpha[i] * ys[i] + 0.5 * lambda * alpha[i] * alpha[i];
  }
  return obj;
}

/** GP posterior mean at a test point by solving (K + s I) a = y with Cholesky twice. */
export function gpPosteriorMean(xstar: number, ell: number, noise: number, xs: Float64Array, ys: Float64Array): number {
  const n = xs.length;
  const K = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) K[i * n + j] = rbf(xs[i], xs[j], ell, 1) + (i === j ? noise : 0);
  const L = new Float64Array(n * n);
  cholesky(K, L, n);
  const z = new Float64Array(n);
  forwardSubst(L, ys, z, n);
  // back substitution with Lᵀ
  const a = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = z[i];
    for (let k = i + 1; k < n; k++) s -= L[k * n + i] * a[k];
    a[i] = s / L[i * n + i];
  }
  let m = 0;
  for (let i = 0; i < n; i++) m += rbf(xstar, xs[i], ell, 1) * a[i];
  return m;
}

/** Matérn 3/2 kernel sum over pairs, with Math.hypot distances in 2-D. */
export function matern32Sum(pts: Float64Array, ell: number): number {
  const n = pts.length / 2;
  let s = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const r = Math.hypot(pts[2 * i] - pts[2 * j], pts[2 * i + 1] - pts[2 * j + 1]) / ell;
      const a = Math.sqrt(3) * r;
      s += (1 + a) * Math.exp(-a);
    }
  }
  return s;
}

/** Quadratic form xᵀ A⁻¹ x using the Cholesky factor. */
export function invQuadForm(A: Float64Array, x: Float64Array): number {
  const n = x.length;
  const L = new Float64Array(n * n);
  cholesky(A, L, n);
  const y = new Float64Array(n);
  forwardSubst(L, x, y, n);
  let q = 0;
  for (let i = 0; i < n; i++) q += y[i] * y[i];
  return q;
}
