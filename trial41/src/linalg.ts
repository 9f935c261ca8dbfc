// Small dense linear algebra by recursion and by fixed schedules: determinants, Horner, matrix exponential.

/** Determinant by cofactor expansion along the first row, recursively, of the n×n row-major matrix whose
 *  rows are rows[0..n) and columns cols[0..n) of a (index lists passed down as Int32Arrays). */
function detMinor(a: Float64Array, size: number, rows: Int32Array, cols: Int32Array): number {
  const n = rows.length;
  if (n === 1) return a[rows[0] * size + cols[0]];
  if (n === 2) return a[rows[0] * size + cols[0]] * a[rows[1] * size + cols[1]] - a[rows[0] * size + cols[1]] * a[rows[1] * size + cols[0]];
  const sub = rows.subarray(1);
  let det = 0;
  for (let j = 0; j < n; j++) {
    const rest = new Int32Array(n - 1);
    for (let c = 0, k = 0; c < n; c++) if (c !== j) rest[k++] = cols[c];
    const sign = j % 2 === 0 ? 1 : -1;
    det += sign * a[rows[0] * size + cols[j]] * detMinor(a, size, sub, rest);
  }
  return det;
}

/** log|det A| by cofactors (a 4×4 checked). */
export function logAbsDet(a: Float64Array, size: number): number {
  const idx = new Int32Array(size);
  for (let i = 0; i < size; i++) idx[i] = i;
  return Math.log(Math.abs(detMinor(a, size, idx, idx)));
}

/** Determinant of number[][] by minors, as one writes it first (arrays of arrays). */
export function detNested(m: number[][]): number {
  if (m.length === 1) return m[0][0];
  let d = 0;
  for (let j = 0; j < m.length; j++) {
    const minor = m.slice(1).map((row) => row.filter((_, c) => c !== j));
    d += (j % 2 ? -1 : 1) * m[0][j] * detNested(minor);
  }
  return d;
}

/** Horner's rule, recursively from the top coefficient down. */
function hornerRec(c: Float64Array, i: number, x: number): number {
  return i === c.length - 1 ? c[i] : c[i] + x * hornerRec(c, i + 1, x);
}

/** A rational function p(x)/q(x), both by recursive Horner. */
export function rationalEval(p: Float64Array, q: Float64Array, x: number): number {
  return hornerRec(p, 0, x) / (1 + x * x * hornerRec(q, 0, x) ** 2);
}

/** Sum of squares by recursive binary splitting of [lo, hi). */
function splitSum(x: Float64Array, lo: number, hi: number): number {
  if (hi - lo === 1) return x[lo] * x[lo];
  if (hi - lo === 0) return 0;
  const mid = (lo + hi) >> 1;
  return splitSum(x, lo, mid) + splitSum(x, mid, hi);
}

export function pairwiseNorm(x: Float64Array): number {
  return Math.sqrt(splitSum(x, 0, x.length));
}

/** C = A B for 3×3 row-major, into c. */
function mul3(a: Float64Array, b: Float64Array, c: Float64Array): void {
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++) {
      let s = 0;
      for (let k = 0; k < 3; k++) s += a[3 * i + k] * b[3 * k + j];
      c[3 * i + j] = s;
    }
}

/** exp(A) for a 3×3 A by scaling and squaring: A / 2^s, 8 Taylor terms, s squarings; the trace of the result
 *  weighted by w (a scalar readout). The scale s is chosen from the norm (piecewise constant). */
export function expmReadout(A: Float64Array, w: Float64Array): number {
  let norm = 0;
  for (let i = 0; i < 3; i++) norm = Math.max(norm, Math.abs(A[3 * i]) + Math.abs(A[3 * i + 1]) + Math.abs(A[3 * i + 2]));
  const s = Math.max(0, Math.ceil(Math.log2(norm)) + 1);
  const scale = 2 ** -s;
  const X = new Float64Array(9), term = new Float64Array(9), tmp = new Float64Array(9), E = new Float64Array(9);
  for (let i = 0; i < 9; i++) X[i] = A[i] * scale;
  for (let i = 0; i < 3; i++) { E[4 * i] = 1; term[4 * i] = 1; }
  for (let k = 1; k <= 8; k++) {
    mul3(term, X, tmp);
    for (let i = 0; i < 9; i++) { term[i] = tmp[i] / k; E[i] += term[i]; }
  }
  for (let q = 0; q < s; q++) {
    mul3(E, E, tmp);
    E.set(tmp);
  }
  let out = 0;
  for (let i = 0; i < 9; i++) out += w[i] * E[i];
  return out;
}

/** Cholesky of an SPD n×n matrix then the Gaussian log density of x (log det from the diagonal). */
export function gaussLogPdf(L0: Float64Array, x: Float64Array, n: number): number {
  // S = L0 L0' + I, factored again by Cholesky (the factorization differentiated)
  const S = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      let s = i === j ? 1 : 0;
      for (let k = 0; k < n; k++) s += L0[i * n + k] * L0[j * n + k];
      S[i * n + j] = s;
    }
  const L = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    let d = S[j * n + j];
    for (let k = 0; k < j; k++) d -= L[j * n + k] ** 2;
    L[j * n + j] = Math.sqrt(d);
    for (let i = j + 1; i < n; i++) {
      let s = S[i * n + j];
      for (let k = 0; k < j; k++) s -= L[i * n + k] * L[j * n + k];
      L[i * n + j] = s / L[j * n + j];
    }
  }
  const z = new Float64Array(n);
  let logdet = 0, quad = 0;
  for (let i = 0; i < n; i++) {
    let s = x[i];
    for (let k = 0; k < i; k++) s -= L[i * n + k] * z[k];
    z[i] = s / L[i * n + i];
    logdet += Math.log(L[i * n + i]);
    quad += z[i] * z[i];
  }
  return -0.5 * quad - logdet - 0.5 * n * Math.log(2 * Math.PI);
}

/** The dominant eigenvalue of a symmetric 3×3 by a fixed number of power iterations (Rayleigh quotient). */
export function powerEig(A: Float64Array, iters: number): number {
  let v = [1, 1, 1];
  for (let it = 0; it < iters; it++) {
    const w = [0, 1, 2].map((i) => A[3 * i] * v[0] + A[3 * i + 1] * v[1] + A[3 * i + 2] * v[2]);
    const nrm = Math.hypot(...w);
    v = w.map((x) => x / nrm);
  }
  let num = 0;
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) num += v[i] * A[3 * i + j] * v[j];
  return num;
}

/** The same power iteration with the products written as loops into a Float64Array. */
export function powerEigLoop(A: Float64Array, iters: number): number {
  const v = Float64Array.of(1, 1, 1);
  const w = new Float64Array(3);
  for (let it = 0; it < iters; it++) {
    for (let i = 0; i < 3; i++) w[i] = A[3 * i] * v[0] + A[3 * i + 1] * v[1] + A[3 * i + 2] * v[2];
    const nrm = Math.hypot(...w);
    for (let i = 0; i < 3; i++) v[i] = w[i] / nrm;
  }
  let num = 0;
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) num += v[i] * A[3 * i + j] * v[j];
  return num;
}
