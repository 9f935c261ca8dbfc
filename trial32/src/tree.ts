// Recursive routines over trees and halves: a series/parallel resistor tree, Karatsuba multiplication,
// a recursive k-d style median split, a recursive polynomial evaluation (Estrin's scheme).

/** Heap-ordered binary tree of resistors: node i has children 2i+1, 2i+2; kind[i] 0 = leaf, 1 = series, 2 = parallel. */
function nodeResistance(r: Float64Array, kind: Int32Array, i: number): number {
  switch (kind[i]) {
    case 0:
      return r[i];
    case 1:
      return r[i] + nodeResistance(r, kind, 2 * i + 1) + nodeResistance(r, kind, 2 * i + 2);
    default: {
      const a = nodeResistance(r, kind, 2 * i + 1);
      const b = nodeResistance(r, kind, 2 * i + 2);
      return r[i] + (a * b) / (a + b);
    }
  }
}

export function treeResistance(r: Float64Array, kind: Int32Array): number {
  return nodeResistance(r, kind, 0);
}

/** Karatsuba product of two polynomials of equal power-of-two length n into out (length 2n-1), recursive on halves. */
function karatsuba(a: Float64Array, b: Float64Array, out: Float64Array): void {
  const n = a.length;
  if (n <= 2) {
    for (let i = 0; i < 2 * n - 1; i++) out[i] = 0;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out[i + j] += a[i] * b[j];
    return;
  }
  const h = n / 2;
  const lo = new Float64Array(n - 1), hi = new Float64Array(n - 1), mid = new Float64Array(n - 1);
  const sa = new Float64Array(h), sb = new Float64Array(h);
  for (let i = 0; i < h; i++) {
    sa[i] = a[i] + a[i + h];
    sb[i] = b[i] + b[i + h];
  }
  karatsuba(a.subarray(0, h), b.subarray(0, h), lo);
  karatsuba(a.subarray(h, n), b.subarray(h, n), hi);
  karatsuba(sa, sb, mid);
  out.fill(0);
  for (let i = 0; i < n - 1; i++) {
    out[i] += lo[i];
    out[i + h] += mid[i] - lo[i] - hi[i];
    out[i + n] += hi[i];
  }
}

export function polyProduct(a: Float64Array, b: Float64Array, out: Float64Array): void {
  karatsuba(a, b, out);
}

/** Energy of the product polynomial (a scalar objective through the same recursion). */
export function productEnergy(a: Float64Array, b: Float64Array): number {
  const out = new Float64Array(2 * a.length - 1);
  karatsuba(a, b, out);
  let e = 0;
  for (const v of out) e += v * v;
  return e;
}

/** Estrin's scheme, recursive on halves of the coefficient window. */
function estrin(c: Float64Array, x: number, x2: number): number {
  const n = c.length;
  if (n === 1) return c[0];
  if (n === 2) return c[0] + c[1] * x;
  const h = n >> 1;
  const lowerPow = h === 2 ? x2 : x ** h;
  return estrin(c.subarray(0, h), x, x2) + lowerPow * estrin(c.subarray(h, n), x, x2);
}

export function estrinEval(c: Float64Array, x: number): number {
  return estrin(c, x, x * x);
}

/** Sum of within-cell variances of a recursive median split of sorted 1D data (a 1D k-d tree of depth d). */
function splitCost(xs: Float64Array, depth: number): number {
  const n = xs.length;
  if (depth === 0 || n < 2) {
    let m = 0;
    for (const v of xs) m += v;
    m /= n;
    let s = 0;
    for (const v of xs) s += (v - m) ** 2;
    return s;
  }
  const h = n >> 1;
  return splitCost(xs.subarray(0, h), depth - 1) + splitCost(xs.subarray(h), depth - 1);
}

export function kdSplitCost(xs: Float64Array, depth = 2): number {
  return splitCost(xs, depth);
}
