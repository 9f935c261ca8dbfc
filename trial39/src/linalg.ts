// Small dense helpers the other modules import (row-major matrices in Float64Array).

export function dot(a: ArrayLike<number>, b: ArrayLike<number>, n = a.length): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += a[i] * b[i];
  return s;
}

export const sqr = (x: number): number => x * x;

/** log(1 + e^x) without overflow */
export function log1pExp(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

export function logSumExp(xs: ArrayLike<number>, n: number): number {
  let m = -Infinity;
  for (let i = 0; i < n; i++) if (xs[i] > m) m = xs[i];
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.exp(xs[i] - m);
  return m + Math.log(s);
}

/** Squared Euclidean distance between rows i and j of an n×d matrix. */
export function rowDist2(X: Float64Array, d: number, i: number, j: number): number {
  let s = 0;
  for (let k = 0; k < d; k++) {
    const t = X[i * d + k] - X[j * d + k];
    s += t * t;
  }
  return s;
}

/** In-place Cholesky of an SPD n×n matrix: writes the lower factor L into `L` (upper part zeroed). */
export function cholesky(A: Float64Array, n: number, L: Float64Array): void {
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

/** Solves L z = b (forward substitution) into z. */
export function forwardSub(L: Float64Array, n: number, b: ArrayLike<number>, z: Float64Array): void {
  for (let i = 0; i < n; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= L[i * n + k] * z[k];
    z[i] = s / L[i * n + i];
  }
}
