// Recursive routines.

function hornerFrom(c: Float64Array, x: number, i: number): number {
  if (i === c.length - 1) return c[i];
  return c[i] + x * hornerFrom(c, x, i + 1);
}

/** c[0] + c[1] x + c[2] x^2 + ..., by recursion. */
export function hornerRec(c: Float64Array, x: number): number {
  return hornerFrom(c, x, 0);
}

function splitSum(xs: Float64Array, lo: number, hi: number): number {
  const len = hi - lo;
  if (len <= 2) {
    let s = 0;
    for (let i = lo; i < hi; i++) s += Math.sin(xs[i]) * xs[i];
    return s;
  }
  const mid = lo + (len >> 1);
  return splitSum(xs, lo, mid) + splitSum(xs, mid, hi);
}

/** Sum of x sin x by recursive binary splitting. */
export function pairwiseSum(xs: Float64Array): number {
  return splitSum(xs, 0, xs.length);
}

function integrand(t: number, k: number): number {
  return Math.exp(-k * t * t) * Math.cos(3 * t);
}

function simpson(a: number, b: number, fa: number, fm: number, fb: number): number {
  return ((b - a) / 6) * (fa + 4 * fm + fb);
}

function adaptive(a: number, b: number, k: number, fa: number, fm: number, fb: number, whole: number, tol: number, depth: number): number {
  const m = 0.5 * (a + b);
  const lm = 0.5 * (a + m);
  const rm = 0.5 * (m + b);
  const flm = integrand(lm, k);
  const frm = integrand(rm, k);
  const left = simpson(a, m, fa, flm, fm);
  const right = simpson(m, b, fm, frm, fb);
  const delta = left + right - whole;
  if (depth <= 0 || Math.abs(delta) <= 15 * tol) return left + right + delta / 15;
  return adaptive(a, m, k, fa, flm, fm, left, tol / 2, depth - 1) + adaptive(m, b, k, fm, frm, fb, right, tol / 2, depth - 1);
}

/** Adaptive Simpson integral of exp(-k t^2) cos 3t over [a, b], depth limited. */
export function adaptiveSimpson(a: number, b: number, k: number): number {
  const fa = integrand(a, k);
  const fb = integrand(b, k);
  const fm = integrand(0.5 * (a + b), k);
  return adaptive(a, b, k, fa, fm, fb, simpson(a, b, fa, fm, fb), 1e-7, 12);
}

function cfTail(x2: number, k: number, depth: number): number {
  // (2k+1) - x^2 / ((2k+3) - x^2 / ...)
  if (depth === 0) return 2 * k + 1;
  return 2 * k + 1 - x2 / cfTail(x2, k + 1, depth - 1);
}

/** tan x by Lambert's continued fraction, recursively. */
export function tanContinuedFraction(x: number, depth = 10): number {
  return x / cfTail(x * x, 0, depth);
}

function powRec(x: number, n: number): number {
  if (n === 0) return 1;
  const half = powRec(x, n >> 1);
  return n & 1 ? half * half * x : half * half;
}

/** A polynomial in x by repeated squaring: sum_k w_k x^k. */
export function powerSeries(w: number[], x: number): number {
  let s = 0;
  for (let k = 0; k < w.length; k++) s += w[k] * powRec(x, k);
  return s;
}
