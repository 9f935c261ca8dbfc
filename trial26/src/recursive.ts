// Recursive routines.
function integrand(x: number, a: number, b: number): number {
  return Math.exp(-a * x * x) * Math.cos(b * x);
}

function simpsonRec(lo: number, hi: number, a: number, b: number, whole: number, depth: number): number {
  const mid = 0.5 * (lo + hi);
  const lm = 0.5 * (lo + mid);
  const rm = 0.5 * (mid + hi);
  const fl = integrand(lo, a, b), fm = integrand(mid, a, b), fh = integrand(hi, a, b);
  const left = ((mid - lo) / 6) * (fl + 4 * integrand(lm, a, b) + fm);
  const right = ((hi - mid) / 6) * (fm + 4 * integrand(rm, a, b) + fh);
  if (depth <= 0) return left + right + (left + right - whole) / 15;
  return simpsonRec(lo, mid, a, b, left, depth - 1) + simpsonRec(mid, hi, a, b, right, depth - 1);
}

/** Integral of exp(-a x²) cos(b x) over [0, upper] by adaptive Simpson with a fixed depth. */
export function gaussCosIntegral(a: number, b: number, upper: number): number {
  const whole = (upper / 6) * (integrand(0, a, b) + 4 * integrand(upper / 2, a, b) + integrand(upper, a, b));
  return simpsonRec(0, upper, a, b, whole, 4);
}

function casteljau(pts: Float64Array, t: number): number {
  if (pts.length === 1) return pts[0];
  const next = new Float64Array(pts.length - 1);
  for (let i = 0; i < next.length; i++) next[i] = (1 - t) * pts[i] + t * pts[i + 1];
  return casteljau(next, t);
}

/** Distance from a 2D Bézier curve point (de Casteljau, recursive) to a target. */
export function bezierDistance(cx: Float64Array, cy: Float64Array, t: number, px: number, py: number): number {
  const x = casteljau(cx, t);
  const y = casteljau(cy, t);
  return Math.hypot(x - px, y - py);
}

/**
 * x^n by recursive squaring.
 * @domain x (-1.5, 1.5)
 * @domain n int [0, 9]
 */
export function ipow(x: number, n: number): number {
  if (n === 0) return 1;
  if (n % 2 === 0) {
    const h = ipow(x, n / 2);
    return h * h;
  }
  return x * ipow(x, n - 1);
}

/** A polynomial through ipow. */
export function polyByPowers(x: number, coeffs: number[]): number {
  let s = 0;
  for (let k = 0; k < coeffs.length; k++) s += coeffs[k] * ipow(x, k);
  return s;
}

function heapSum(a: Float64Array, i: number): number {
  if (i >= a.length) return 0;
  return Math.tanh(a[i]) + 0.5 * (heapSum(a, 2 * i + 1) + heapSum(a, 2 * i + 2));
}

/** Discounted sum over an implicit binary heap stored in an array. */
export function heapTreeSum(a: Float64Array): number {
  return heapSum(a, 0);
}

/** Max path sum down an implicit heap (recursive, with Math.max). */
function heapMaxPath(a: Float64Array, i: number): number {
  const l = 2 * i + 1;
  if (l >= a.length) return a[i];
  const r = l + 1;
  const best = r < a.length ? Math.max(heapMaxPath(a, l), heapMaxPath(a, r)) : heapMaxPath(a, l);
  return a[i] + best;
}

export function heapBestPath(a: Float64Array, scale: number): number {
  return scale * heapMaxPath(a, 0);
}

/** Recursive continued fraction tan-like approximation, depth-limited. */
function contFrac(x: number, k: number, depth: number): number {
  if (depth === 0) return 2 * k + 1;
  return 2 * k + 1 - (x * x) / contFrac(x, k + 1, depth - 1);
}

export function tanCF(x: number): number {
  return x / contFrac(x, 0, 8);
}
