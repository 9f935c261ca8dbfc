// Recursive routines: Karatsuba polynomial multiplication on number[], a merge-sort-based pairwise
// ranking loss, a continued fraction, recursive Simpson-free binary quadrature and a recursive product.

/** Schoolbook product, the base case of Karatsuba. */
function mulNaive(a: number[], b: number[]): number[] {
  const out: number[] = new Array(a.length + b.length - 1).fill(0);
  for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) out[i + j] += a[i] * b[j];
  return out;
}

/** Karatsuba on coefficient arrays of equal power-of-two length n. */
function karatsuba(a: number[], b: number[]): number[] {
  const n = a.length;
  if (n <= 2) return mulNaive(a, b);
  const h = n / 2;
  const a0 = a.slice(0, h), a1 = a.slice(h), b0 = b.slice(0, h), b1 = b.slice(h);
  const z0 = karatsuba(a0, b0);
  const z2 = karatsuba(a1, b1);
  const as: number[] = [], bs: number[] = [];
  for (let i = 0; i < h; i++) {
    as.push(a0[i] + a1[i]);
    bs.push(b0[i] + b1[i]);
  }
  const z1 = karatsuba(as, bs);
  const out: number[] = new Array(2 * n - 1).fill(0);
  for (let i = 0; i < z0.length; i++) {
    out[i] += z0[i];
    out[i + h] += z1[i] - z0[i] - z2[i];
    out[i + 2 * h] += z2[i];
  }
  return out;
}

/** Squared error of the Karatsuba product against a target polynomial. */
export function karatsubaLoss(a: number[], b: number[], target: number[]): number {
  const p = karatsuba(a, b);
  let s = 0;
  for (let i = 0; i < p.length; i++) s += (p[i] - target[i]) ** 2;
  return s;
}

/**
 * Merge sort of scores that also accumulates a smooth pairwise ranking loss: for each pair merged with the
 * right element ahead of the left one, softplus(margin) of their difference. Writes the sorted run into out.
 */
function mergeLoss(s: Float64Array, lo: number, hi: number, tmp: Float64Array, tau: number): number {
  if (hi - lo <= 1) return 0;
  const mid = (lo + hi) >> 1;
  let loss = mergeLoss(s, lo, mid, tmp, tau) + mergeLoss(s, mid, hi, tmp, tau);
  let i = lo, j = mid, k = lo;
  while (i < mid && j < hi) {
    if (s[i] <= s[j]) {
      tmp[k++] = s[i++];
    } else {
      loss += tau * Math.log1p(Math.exp((s[j] - s[i]) / tau));
      tmp[k++] = s[j++];
    }
  }
  while (i < mid) tmp[k++] = s[i++];
  while (j < hi) tmp[k++] = s[j++];
  for (let q = lo; q < hi; q++) s[q] = tmp[q];
  return loss;
}

/** Inversion-weighted loss of scores; copies them first (the merge sort works in place). */
export function inversionLoss(scores: Float64Array, tau: number): number {
  const s = Float64Array.from(scores);
  const tmp = new Float64Array(s.length);
  return mergeLoss(s, 0, s.length, tmp, tau);
}

/** tanh(x) by Lambert's continued fraction x / (1 + x² / (3 + x² / (5 + …))), evaluated recursively. */
function lambert(x2: number, k: number, depth: number): number {
  if (depth === 0) return 2 * k + 1;
  return 2 * k + 1 + x2 / lambert(x2, k + 1, depth - 1);
}

export function tanhCf(x: number, depth: number): number {
  return x / lambert(x * x, 0, depth);
}

/** Recursive binary-split product of (1 + c_i x) over a range (the log of it returned). */
function rangeProduct(c: Float64Array, x: number, lo: number, hi: number): number {
  if (hi - lo === 1) return 1 + c[lo] * x;
  const mid = (lo + hi) >> 1;
  return rangeProduct(c, x, lo, mid) * rangeProduct(c, x, mid, hi);
}

export function logProduct(c: Float64Array, x: number): number {
  return Math.log(rangeProduct(c, x, 0, c.length));
}

/** Recursive bisection integral of a sigmoid bump, to a fixed depth (trapezoid at the leaves). */
function bisect(a: number, b: number, c: number, w: number, depth: number): number {
  if (depth === 0) {
    const fa = 1 / (1 + Math.exp(-(a - c) / w));
    const fb = 1 / (1 + Math.exp(-(b - c) / w));
    return 0.5 * (b - a) * (fa + fb);
  }
  const m = 0.5 * (a + b);
  return bisect(a, m, c, w, depth - 1) + bisect(m, b, c, w, depth - 1);
}

export function sigmoidArea(a: number, b: number, c: number, w: number): number {
  return bisect(a, b, c, w, 5);
}
