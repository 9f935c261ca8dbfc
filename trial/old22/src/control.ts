// Control flow in numeric code.

enum Act { Relu, Tanh, Gelu }

/** @domain x [-2, 2]
 * @domain kind int [0, 2]
 */
export function activation(x: number, kind: Act): number {
  switch (kind) {
    case Act.Relu:
      return x > 0 ? x : 0;
    case Act.Tanh:
      return Math.tanh(x);
    case Act.Gelu:
      return 0.5 * x * (1 + Math.tanh(0.7978845608 * (x + 0.044715 * x ** 3)));
  }
  return NaN;
}

/** Piecewise with numeric switch fall-through.
 * @domain x [-2, 2]
 * @domain n int [0, 3]
 */
export function fallThrough(x: number, n: number): number {
  let y = 0;
  switch (n) {
    case 3:
      y += x * x * x;
    // falls through
    case 2:
      y += x * x;
    // falls through
    case 1:
      y += x;
      break;
    default:
      y = Math.exp(x);
  }
  return y;
}

/** Labelled break out of a nested search: first pair whose product exceeds a threshold.
 * @domain a [-2, 2] length 4
 * @domain b [-2, 2] length 4
 */
export function firstBigProduct(a: Float64Array, b: Float64Array): number {
  let found = 0;
  outer: for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      const p = a[i] * b[j];
      if (p > 1) {
        found = p + a[i];
        break outer;
      }
    }
  }
  return found;
}

/** do...while Newton iteration for the cube root.
 * @domain c (0.5, 8)
 */
export function cubeRootNewton(c: number): number {
  let x = c > 1 ? c / 3 : 1;
  let dx: number;
  do {
    dx = (x * x * x - c) / (3 * x * x);
    x -= dx;
  } while (Math.abs(dx) > 1e-13 * x);
  return x;
}

/** Bisection for sqrt. Every lo/hi is a dyadic multiple of c, so the code path computes k/2^60 * c
 * and its derivative is result / c = 1/sqrt(c), not 1/(2 sqrt(c)): AD differentiates the path taken.
 * @domain c (1, 4)
 * @expect-mismatch AD of the branch path (piecewise-linear in c), not of sqrt
 */
export function bisectSqrt(c: number): number {
  let lo = 0, hi = c;
  for (let i = 0; i < 60; i++) {
    const mid = 0.5 * (lo + hi);
    if (mid * mid < c) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

/** Default params depending on earlier params.
 * @domain x [-1, 1]
 * @domain scale (0.5, 2)
 */
export function scaledSoftsign(x: number, scale: number, shift = scale * 0.1): number {
  const z = (x - shift) * scale;
  return z / (1 + Math.abs(z));
}

/** for...of with entries().
 * @domain xs [-1, 1] length 5
 */
export function indexWeighted(xs: Float64Array): number {
  let s = 0;
  for (const [i, v] of xs.entries()) s += Math.sin(v) * (i + 1);
  return s;
}

/** Comma expressions, compound assignment, ++, ternary chains.
 * @domain x [-2, 2]
 * @domain y [-2, 2]
 */
export function kitchenSink(x: number, y: number): number {
  let a = x, b = y, n = 0;
  a *= 2, b -= 1;
  n++;
  const c = a > b ? (a > 0 ? a * b : a - b) : b < 0 ? -b * a : Math.cbrt(b + 3);
  let s = c;
  s **= 2;
  s %= 7;
  return s + n * Math.atan(a / (1 + b * b));
}

/** while with break, counting how many terms of a series are needed.
 * @domain x [-1, 1]
 */
export function expSeries(x: number): number {
  let term = 1, sum = 1, k = 1;
  while (true) {
    term *= x / k;
    sum += term;
    if (Math.abs(term) < 1e-17 * Math.abs(sum)) break;
    k++;
  }
  return sum;
}

/** Boolean parameter picks a branch.
 * @domain x [-2, 2]
 */
export function maybeSquared(x: number, square: boolean): number {
  return square ? x * x : Math.sin(x);
}

/** Math min/max/abs/sign/floor mix.
 * @domain x [-3, 3]
 * @domain y [-3, 3]
 */
export function clampMix(x: number, y: number): number {
  const c = Math.min(Math.max(x, -1), 1);
  return c * Math.abs(y) + Math.sign(x) * Math.floor(y) + Math.max(x, y, 0.5 * (x + y));
}

/** Returns number | undefined.
 * @domain x (0.1, 2)
 */
export function maybeLog(x: number): number | undefined {
  if (x > 1.5) return undefined;
  return Math.log(x) * x;
}

/** Object-returning helper destructured.
 * @domain r (0.5, 2)
 * @domain phi [-3, 3]
 */
export function polarDistance(r: number, phi: number): number {
  const { x, y } = toCartesian(r, phi);
  return Math.hypot(x - 1, y - 0.5);
}

function toCartesian(r: number, phi: number) {
  return { x: r * Math.cos(phi), y: r * Math.sin(phi) };
}

/** A generic numeric type parameter.
 * @domain x [-2, 2]
 */
export function genericSquare<T extends number>(x: T): number {
  return x * x + Math.expm1(x);
}

/** Arrow function export.
 * @domain x [-2, 2]
 * @domain y [-2, 2]
 */
export const arrowSmoothAbs = (x: number, y: number): number => Math.sqrt(x * x + y * y + 1e-3);
