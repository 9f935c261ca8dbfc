// Recursive routines: a radix-2 FFT on real data, adaptive Simpson, recursive trees and continued fractions.

function fftInto(re: Float64Array, im: Float64Array, outRe: Float64Array, outIm: Float64Array): void {
  const n = re.length;
  if (n === 1) {
    outRe[0] = re[0];
    outIm[0] = im[0];
    return;
  }
  const h = n / 2;
  const er = new Float64Array(h), ei = new Float64Array(h), or = new Float64Array(h), oi = new Float64Array(h);
  for (let k = 0; k < h; k++) {
    er[k] = re[2 * k];
    ei[k] = im[2 * k];
    or[k] = re[2 * k + 1];
    oi[k] = im[2 * k + 1];
  }
  const Er = new Float64Array(h), Ei = new Float64Array(h), Or = new Float64Array(h), Oi = new Float64Array(h);
  fftInto(er, ei, Er, Ei);
  fftInto(or, oi, Or, Oi);
  for (let k = 0; k < h; k++) {
    const c = Math.cos((-2 * Math.PI * k) / n), s = Math.sin((-2 * Math.PI * k) / n);
    const tr = c * Or[k] - s * Oi[k], ti = c * Oi[k] + s * Or[k];
    outRe[k] = Er[k] + tr;
    outIm[k] = Ei[k] + ti;
    outRe[k + h] = Er[k] - tr;
    outIm[k + h] = Ei[k] - ti;
  }
}

/** Weighted power spectrum Σ w_k |X_k|² of real data (length a power of two) by a recursive FFT. */
export function spectralEnergy(x: Float64Array, w: Float64Array): number {
  const n = x.length;
  const outRe = new Float64Array(n), outIm = new Float64Array(n);
  fftInto(x, new Float64Array(n), outRe, outIm);
  let e = 0;
  for (let k = 0; k < n; k++) e += w[k] * (outRe[k] * outRe[k] + outIm[k] * outIm[k]);
  return e;
}

function simpsonRec(a: number, b: number, k: number, depth: number): number {
  const f = (x: number) => Math.exp(-k * x * x) * Math.cos(3 * x);
  if (depth === 0) {
    const m = 0.5 * (a + b);
    return ((b - a) / 6) * (f(a) + 4 * f(m) + f(b));
  }
  const m = 0.5 * (a + b);
  return simpsonRec(a, m, k, depth - 1) + simpsonRec(m, b, k, depth - 1);
}

/** ∫ₐᵇ exp(−k x²) cos 3x dx by Simpson panels from a recursive bisection of fixed depth. */
export function simpsonFixed(a: number, b: number, k: number, depth: number): number {
  return simpsonRec(a, b, k, depth);
}

function adapt(a: number, b: number, fa: number, fm: number, fb: number, whole: number, s: number, eps: number, depth: number): number {
  const m = 0.5 * (a + b);
  const lm = 0.5 * (a + m), rm = 0.5 * (m + b);
  const flm = Math.sqrt(1 + s * lm * lm), frm = Math.sqrt(1 + s * rm * rm);
  const left = ((m - a) / 6) * (fa + 4 * flm + fm);
  const right = ((b - m) / 6) * (fm + 4 * frm + fb);
  const delta = left + right - whole;
  if (depth <= 0 || Math.abs(delta) <= 15 * eps) return left + right + delta / 15;
  return adapt(a, m, fa, flm, fm, left, s, eps / 2, depth - 1) + adapt(m, b, fm, frm, fb, right, s, eps / 2, depth - 1);
}

/** Arc length of the parabola y = √s x²/2 on [a, b] by adaptive Simpson with a tolerance and a depth cap. */
export function parabolaArc(a: number, b: number, s: number, eps: number): number {
  const g = (x: number) => Math.sqrt(1 + s * x * x);
  const fa = g(a), fb = g(b), fm = g(0.5 * (a + b));
  return adapt(a, b, fa, fm, fb, ((b - a) / 6) * (fa + 4 * fm + fb), s, eps, 6);
}

function treeReduce(x: Float64Array, lo: number, hi: number, t: number): number {
  if (hi - lo === 1) return Math.tanh(t * x[lo]);
  const mid = (lo + hi) >> 1;
  const l = treeReduce(x, lo, mid, t), r = treeReduce(x, mid, hi, t);
  // a smooth "or" of the two halves
  return l + r - l * r;
}

/** A balanced tree of smooth-or combinations of tanh(t xᵢ). */
export function treeOr(x: Float64Array, t: number): number {
  return treeReduce(x, 0, x.length, t);
}

function lambertTan(x2: number, k: number, depth: number): number {
  if (depth === 0) return 2 * k + 1;
  return 2 * k + 1 - x2 / lambertTan(x2, k + 1, depth - 1);
}

/** tan x by Lambert's continued fraction x / (1 − x²/(3 − x²/(5 − …))), evaluated by recursion. */
export function tanCf(x: number, depth: number): number {
  return x / lambertTan(x * x, 0, depth);
}

function pairEnergy(x: Float64Array, lo: number, hi: number, sigma: number): number {
  if (hi - lo < 2) return 0;
  const mid = lo + ((hi - lo) >>> 1);
  let cross = 0;
  for (let i = lo; i < mid; i++) for (let j = mid; j < hi; j++) cross += Math.exp(-((x[i] - x[j]) ** 2) / sigma);
  return cross + pairEnergy(x, lo, mid, sigma) + pairEnergy(x, mid, hi, sigma);
}

/** All-pairs Gaussian interaction energy by divide and conquer (each pair counted once, across a split). */
export function dcPairs(x: Float64Array, sigma: number): number {
  return pairEnergy(x, 0, x.length, sigma);
}

/** Legendre series Σ cₙ Pₙ(x) by a tail-recursive three-term recurrence carried in arguments. */
export function legendreSeries(c: Float64Array, x: number): number {
  return legendreStep(c, x, 1, 1, x, c[0] + (c.length > 1 ? c[1] * x : 0));
}

function legendreStep(c: Float64Array, x: number, n: number, pPrev: number, p: number, acc: number): number {
  if (n + 1 >= c.length) return acc;
  const next = ((2 * n + 1) * x * p - n * pPrev) / (n + 1);
  return legendreStep(c, x, n + 1, p, next, acc + c[n + 1] * next);
}
