// Recursive routines.

function sumFrom(xs: Float64Array, i: number): number {
  if (i >= xs.length) return 0;
  return xs[i] * xs[i] + sumFrom(xs, i + 1);
}

/** @domain xs [-1, 1] length 6 */
export function recursiveSumSquares(xs: Float64Array): number {
  return sumFrom(xs, 0);
}

/** Pairwise (divide and conquer) sum of exp(x).
 * @domain xs [-1, 1] length 7
 */
export function pairwiseExpSum(xs: Float64Array): number {
  return pairwise(xs, 0, xs.length);
}

function pairwise(xs: Float64Array, lo: number, hi: number): number {
  if (hi - lo === 1) return Math.exp(xs[lo]);
  if (hi - lo === 0) return 0;
  const mid = (lo + hi) >> 1;
  return pairwise(xs, lo, mid) + pairwise(xs, mid, hi);
}

/** A binary expression tree stored in arrays: op[i] 0 = leaf (value = leaves[i]), 1 = add, 2 = mul, 3 = sin of left.
 * Node i has children 2i+1, 2i+2.
 * @domain leaves [-1, 1] length 7
 */
export function evalTree(leaves: Float64Array): number {
  return evalNode(leaves, 0);
}

const TREE_OPS = [2, 1, 3, 0, 0, 0, 0];

function evalNode(leaves: Float64Array, i: number): number {
  const op = TREE_OPS[i];
  if (op === 0) return leaves[i];
  const left = evalNode(leaves, 2 * i + 1);
  if (op === 3) return Math.sin(left);
  const right = evalNode(leaves, 2 * i + 2);
  return op === 1 ? left + right : left * right;
}

function deCasteljau(ctrl: Float64Array, lo: number, n: number, t: number): number {
  if (n === 1) return ctrl[lo];
  const a = deCasteljau(ctrl, lo, n - 1, t);
  const b = deCasteljau(ctrl, lo + 1, n - 1, t);
  return (1 - t) * a + t * b;
}

/** Bezier curve point by recursive de Casteljau.
 * @domain ctrl [-1, 1] length 4
 * @domain t (0, 1)
 */
export function bezierRecursive(ctrl: Float64Array, t: number): number {
  return deCasteljau(ctrl, 0, ctrl.length, t);
}

/** Bezier by iterative de Casteljau on a copy.
 * @domain ctrl [-1, 1] length 5
 * @domain t (0, 1)
 */
export function bezierIterative(ctrl: Float64Array, t: number): number {
  const b = ctrl.slice();
  for (let r = 1; r < b.length; r++) {
    for (let i = 0; i < b.length - r; i++) b[i] = (1 - t) * b[i] + t * b[i + 1];
  }
  return b[0];
}

function simpson(a: number, b: number, k: number, w: number): number {
  const fa = Math.exp(-k * a * a) * Math.cos(w * a);
  const fb = Math.exp(-k * b * b) * Math.cos(w * b);
  const m = 0.5 * (a + b);
  const fm = Math.exp(-k * m * m) * Math.cos(w * m);
  return ((b - a) / 6) * (fa + 4 * fm + fb);
}

function integrate(a: number, b: number, k: number, w: number, depth: number): number {
  const whole = simpson(a, b, k, w);
  if (depth === 0) return whole;
  const m = 0.5 * (a + b);
  return integrate(a, m, k, w, depth - 1) + integrate(m, b, k, w, depth - 1);
}

/** Recursive Simpson integral of exp(-k x^2) cos(w x) over [a, b] (fixed depth).
 * @domain a (-1, 0)
 * @domain b (0.5, 2)
 * @domain k (0.5, 2)
 * @domain w (0, 3)
 */
export function gaussCosIntegral(a: number, b: number, k: number, w: number): number {
  return integrate(a, b, k, w, 4);
}

function adaptive(a: number, b: number, k: number, whole: number, tol: number, depth: number): number {
  const m = 0.5 * (a + b);
  const left = simpsonExp(a, m, k);
  const right = simpsonExp(m, b, k);
  if (depth <= 0 || Math.abs(left + right - whole) < 15 * tol) return left + right + (left + right - whole) / 15;
  return adaptive(a, m, k, left, tol / 2, depth - 1) + adaptive(m, b, k, right, tol / 2, depth - 1);
}

function simpsonExp(a: number, b: number, k: number): number {
  const m = 0.5 * (a + b);
  return ((b - a) / 6) * (Math.exp(k * a) + 4 * Math.exp(k * m) + Math.exp(k * b));
}

/** Adaptive Simpson of exp(k x) over [0, b] (data-dependent recursion).
 * @domain b (0.5, 2)
 * @domain k (0.2, 2)
 */
export function adaptiveExpIntegral(b: number, k: number): number {
  return adaptive(0, b, k, simpsonExp(0, b, k), 1e-6, 12);
}

function powRec(x: number, n: number): number {
  if (n === 0) return 1;
  const half = powRec(x, Math.floor(n / 2));
  return n % 2 === 0 ? half * half : half * half * x;
}

/** @domain x (0.5, 1.5)
 * @domain n int [0, 9]
 */
export function fastPower(x: number, n: number): number {
  return powRec(x, n);
}

function contFrac(x: number, k: number, depth: number): number {
  if (k > depth) return 1;
  return 1 + (k * x) / (k + 1 + contFrac(x, k + 1, depth) - 1);
}

/** A recursive continued fraction.
 * @domain x (0, 2)
 */
export function continuedFraction(x: number): number {
  return contFrac(x, 1, 8);
}

function hornerRec(c: number[], x: number, i: number): number {
  return i === c.length - 1 ? c[i] : c[i] + x * hornerRec(c, x, i + 1);
}

/** @domain c [-1, 1] length 5
 * @domain x [-1, 1]
 */
export function hornerRecursive(c: number[], x: number): number {
  return hornerRec(c, x, 0);
}

function maxRec(xs: Float64Array, i: number): number {
  if (i === xs.length - 1) return xs[i];
  const rest = maxRec(xs, i + 1);
  return xs[i] > rest ? xs[i] : rest;
}

/** @domain xs [-1, 1] length 5 */
export function recursiveMax(xs: Float64Array): number {
  return maxRec(xs, 0) ** 2;
}

/** Recursive Gamma-like via recurrence down to [1, 2], then a polynomial fit.
 * @domain x (1, 6)
 */
export function lgammaRecursive(x: number): number {
  return Math.log(gammaRec(x));
}

function gammaRec(x: number): number {
  if (x < 2) {
    const t = x - 1;
    // crude polynomial for Gamma on [1,2]
    return 1 - 0.5748646 * t + 0.9512363 * t * t - 0.6998588 * t ** 3 + 0.4245549 * t ** 4 - 0.1010678 * t ** 5;
  }
  return (x - 1) * gammaRec(x - 1);
}

/** Mutual recursion: even/odd damped cosines.
 * @domain x [-1, 1]
 * @domain n int [0, 6]
 */
export function mutualRecursion(x: number, n: number): number {
  return evenPart(x, n);
}

function evenPart(x: number, n: number): number {
  if (n <= 0) return Math.cos(x);
  return 0.5 * oddPart(x * 0.9, n - 1) + x;
}

function oddPart(x: number, n: number): number {
  if (n <= 0) return Math.sin(x);
  return 0.5 * evenPart(x * 1.1, n - 1) - x * x;
}

/** Recursive Euler integrator for y' = -a y + sin(t), n steps.
 * @domain y0 [-1, 1]
 * @domain a (0.1, 2)
 */
export function recursiveEuler(y0: number, a: number): number {
  return eulerSteps(y0, 0, a, 30);
}

function eulerSteps(y: number, t: number, a: number, left: number): number {
  if (left === 0) return y;
  const h = 0.05;
  return eulerSteps(y + h * (-a * y + Math.sin(t)), t + h, a, left - 1);
}

/** A recursive function writing into an array (prefix products).
 * @domain xs (0.5, 1.5) length 5
 */
export function prefixProductSum(xs: Float64Array): number {
  const out = new Float64Array(xs.length);
  fillPrefix(xs, out, 0, 1);
  let s = 0;
  for (const v of out) s += v;
  return s;
}

function fillPrefix(xs: Float64Array, out: Float64Array, i: number, acc: number): void {
  if (i === xs.length) return;
  out[i] = acc * xs[i];
  fillPrefix(xs, out, i + 1, out[i]);
}
