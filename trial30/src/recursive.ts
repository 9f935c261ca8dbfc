// Recursive and classic numerical routines.

/** Horner's rule, recursively: c[i] + x (c[i+1] + x (...)). */
function hornerFrom(c: readonly number[], x: number, i: number): number {
  if (i === c.length - 1) return c[i];
  return c[i] + x * hornerFrom(c, x, i + 1);
}

/** Polynomial with coefficients in increasing degree. */
export function horner(c: readonly number[], x: number): number {
  return c.length === 0 ? 0 : hornerFrom(c, x, 0);
}

/** Chebyshev series sum_k c_k T_k(x) on [a, b] by Clenshaw's recurrence. */
export function clenshaw(c: Float64Array, x: number, a = -1, b = 1): number {
  const u = (2 * x - a - b) / (b - a);
  let b1 = 0, b2 = 0;
  for (let k = c.length - 1; k >= 1; k--) {
    const t = 2 * u * b1 - b2 + c[k];
    b2 = b1;
    b1 = t;
  }
  return u * b1 - b2 + c[0];
}

/** tan x from Lambert's continued fraction, unrolled recursively to a given depth. */
function lambertTail(x2: number, k: number, depth: number): number {
  if (k > depth) return 2 * k - 1;
  return 2 * k - 1 - x2 / lambertTail(x2, k + 1, depth);
}
export function tanCF(x: number, depth = 10): number {
  return x / lambertTail(x * x, 1, depth);
}

/** tan x by the modified Lentz algorithm (while loop with a convergence break). */
export function tanLentz(x: number): number {
  const tiny = 1e-30;
  const x2 = x * x;
  let f = tiny, C = f, D = 0;
  let j = 1;
  while (j < 200) {
    const aj = j === 1 ? x : -x2;
    const bj = 2 * j - 1;
    D = bj + aj * D;
    if (D === 0) D = tiny;
    C = bj + aj / C;
    if (C === 0) C = tiny;
    D = 1 / D;
    const delta = C * D;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
    j++;
  }
  return f;
}

/** Romberg integration of exp(-k t^2) cos(w t) over [a, b]. */
export function romberg(a: number, b: number, k: number, w: number, levels = 6): number {
  const g = (t: number) => Math.exp(-k * t * t) * Math.cos(w * t);
  let prev = new Float64Array(levels);
  let cur = new Float64Array(levels);
  let h = b - a;
  prev[0] = 0.5 * h * (g(a) + g(b));
  for (let i = 1; i < levels; i++) {
    h *= 0.5;
    let s = 0;
    const m = 1 << (i - 1);
    for (let j = 1; j <= m; j++) s += g(a + (2 * j - 1) * h);
    cur[0] = 0.5 * prev[0] + h * s;
    let p4 = 4;
    for (let j = 1; j <= i; j++) {
      cur[j] = (p4 * cur[j - 1] - prev[j - 1]) / (p4 - 1);
      p4 *= 4;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[levels - 1];
}

/** Pairwise (recursive split) sum of squares of x[lo, hi). */
function splitSumSq(x: Float64Array, lo: number, hi: number): number {
  if (hi - lo <= 2) {
    let s = 0;
    for (let i = lo; i < hi; i++) s += x[i] * x[i];
    return s;
  }
  const mid = (lo + hi) >> 1;
  return splitSumSq(x, lo, mid) + splitSumSq(x, mid, hi);
}
export function pairwiseNormSq(x: Float64Array): number {
  return splitSumSq(x, 0, x.length);
}

/** A soft decision tree stored as a heap: node i has gate weights (w, t) and children 2i+1, 2i+2; leaves hold values. */
function softNode(gates: Float64Array, leaves: Float64Array, x: number, i: number): number {
  const internal = gates.length / 2;
  if (i >= internal) return leaves[i - internal];
  const p = 1 / (1 + Math.exp(-(gates[2 * i] * x - gates[2 * i + 1])));
  return p * softNode(gates, leaves, x, 2 * i + 1) + (1 - p) * softNode(gates, leaves, x, 2 * i + 2);
}
export function softTree(gates: Float64Array, leaves: Float64Array, x: number): number {
  return softNode(gates, leaves, x, 0);
}

/** x^n for an integer n >= 0 by squaring (recursive). */
function powSq(x: number, n: number): number {
  if (n === 0) return 1;
  const half = powSq(x, n >> 1);
  return n & 1 ? half * half * x : half * half;
}
export function powBySquaring(x: number, n: number): number {
  return n < 0 ? 1 / powSq(x, -n) : powSq(x, n);
}

/** Same, iteratively, with a while loop over the bits. */
export function powIter(x: number, n: number): number {
  let result = 1;
  let base = x;
  let e = n;
  while (e > 0) {
    if (e & 1) result *= base;
    base *= base;
    e >>= 1;
  }
  return result;
}

/** Nested radical sqrt(x + sqrt(x + ...)) of a given depth. */
function nest(x: number, depth: number): number {
  return depth === 0 ? Math.sqrt(x) : Math.sqrt(x + nest(x, depth - 1));
}
export function nestedRadical(x: number, depth = 6): number {
  return nest(x, depth);
}

/** Adaptive Simpson of sin(a t)/(1 + t^2) on [0, b], recursive with a tolerance. */
function simpsonStep(a: number, lo: number, hi: number, flo: number, fmid: number, fhi: number, whole: number, tol: number, depth: number): number {
  const mid = 0.5 * (lo + hi);
  const lm = 0.5 * (lo + mid), rm = 0.5 * (mid + hi);
  const flm = Math.sin(a * lm) / (1 + lm * lm);
  const frm = Math.sin(a * rm) / (1 + rm * rm);
  const left = ((mid - lo) / 6) * (flo + 4 * flm + fmid);
  const right = ((hi - mid) / 6) * (fmid + 4 * frm + fhi);
  if (depth <= 0 || Math.abs(left + right - whole) <= 15 * tol) return left + right + (left + right - whole) / 15;
  return simpsonStep(a, lo, mid, flo, flm, fmid, left, tol / 2, depth - 1) + simpsonStep(a, mid, hi, fmid, frm, fhi, right, tol / 2, depth - 1);
}
export function adaptiveSimpson(a: number, b: number): number {
  const f = (t: number) => Math.sin(a * t) / (1 + t * t);
  const f0 = f(0), fb = f(b), fm = f(0.5 * b);
  const whole = (b / 6) * (f0 + 4 * fm + fb);
  return simpsonStep(a, 0, b, f0, fm, fb, whole, 1e-8, 12);
}
