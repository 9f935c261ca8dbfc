// Code shapes, as people write them.

/** Accumulate squares until the running sum exceeds a threshold (while with break). */
export function sumUntil(x: Float64Array, limit: number): number {
  let i = 0;
  let s = 0;
  while (i < x.length) {
    s += x[i] * x[i];
    if (s > limit) break;
    i++;
  }
  return s * Math.exp(-0.1 * i);
}

/** Piecewise function with early returns. */
export function piecewise(x: number, y: number): number {
  if (x < -1) return -x * y;
  if (x < 0) return x * x * y + Math.sin(y);
  const r = Math.hypot(x, y);
  if (r > 2) return Math.log(r);
  return Math.expm1(x) * Math.cos(y);
}

/** Activation chosen by a numeric code, with a fall-through. */
export function activation(x: number, kind: number): number {
  let y = 0;
  switch (kind) {
    case 0:
      y = Math.tanh(x);
      break;
    case 1:
      y = x > 0 ? x : Math.expm1(x);
      break;
    case 2:
      y = x / (1 + Math.exp(-x));
    // falls through
    case 3:
      y += Math.log1p(x * x);
      break;
    default:
      y = x;
  }
  return y;
}

/** Row sums of a rows*cols matrix, skipping the rest of a row after a negative entry (labelled continue). */
export function rowsUntilNegative(m: Float64Array, rows: number, cols: number): number {
  let total = 0;
  outer: for (let r = 0; r < rows; r++) {
    let rowSum = 0;
    for (let c = 0; c < cols; c++) {
      const v = m[r * cols + c];
      if (v < 0) {
        total += rowSum * rowSum;
        continue outer;
      }
      rowSum += Math.sqrt(v + 0.5);
    }
    total += rowSum;
  }
  return total;
}

/** A zoo of Math functions. */
export function mathZoo(x: number, y: number): number {
  const a = Math.min(x, y) + Math.max(x, 2 * y) + Math.abs(x - y);
  const b = Math.hypot(x, y, 1) + Math.atan2(y, x) + Math.pow(Math.abs(x) + 1, y);
  const c = Math.cbrt(x + 5) + Math.expm1(y) + Math.log1p(x * x) + Math.sign(x) * y;
  const d = Math.trunc(3.7 * x) + Math.round(2.2 * y) + Math.floor(x + y);
  return a + b * c + 0.01 * d;
}

/** Bucket index by clz32 of the length (integer use), then a weighted sum. */
export function clz32Weights(x: Float64Array): number {
  const bits = 32 - Math.clz32(x.length);
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] * x[i] * (1 + (i & bits));
  return s / bits;
}

/** clz32 applied to a differentiated value. */
export function clz32OnValue(x: number): number {
  return x * Math.clz32(1000 * x);
}

/** A local closure reading the enclosing parameters. */
export function closureLoss(w: Float64Array, x: Float64Array, y: Float64Array, b: number): number {
  const predict = (xi: number, k: number): number => Math.tanh(w[k] * xi + b);
  let s = 0;
  for (let k = 0; k < x.length; k++) s += (predict(x[k], k) - y[k]) ** 2;
  return s;
}

function applyTwice(f: (v: number) => number, v: number): number {
  return f(f(v));
}

/** Passing a closure as a value. */
export function closureAsValue(x: number, a: number): number {
  return applyTwice((v) => Math.sin(a * v), x);
}

/** reduce with an arrow callback. */
export function reduceSquares(x: number[]): number {
  return x.reduce((acc, v) => acc + v * v, 0);
}

/** Scale optional: when missing, normalise by the max. */
export function optionalScale(x: number[], scale?: number): number {
  const s = scale === undefined ? Math.max(...x) : scale;
  let t = 0;
  for (const v of x) t += Math.exp(v / s);
  return Math.log(t);
}

/** A Float32Array weight vector dotted with a Float64Array. */
export function f32Dot(w: Float32Array, x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) s += w[i] * x[i];
  return Math.tanh(s);
}

/** Newton's iteration for sqrt, a while(true) with break on convergence. */
export function newtonSqrt(x: number): number {
  let y = x > 1 ? x : 1;
  let iter = 0;
  while (true) {
    const next = 0.5 * (y + x / y);
    iter++;
    if (Math.abs(next - y) < 1e-13 || iter > 60) {
      y = next;
      break;
    }
    y = next;
  }
  return y;
}

/** Power iteration on a 2x2 symmetric matrix by do…while. */
export function powerIteration(a: number, b: number, c: number): number {
  let vx = 1, vy = 0.5;
  let lambda = 0;
  let k = 0;
  do {
    const nx = a * vx + b * vy;
    const ny = b * vx + c * vy;
    const norm = Math.hypot(nx, ny);
    vx = nx / norm;
    vy = ny / norm;
    lambda = vx * (a * vx + b * vy) + vy * (b * vx + c * vy);
    k++;
  } while (k < 30);
  return lambda;
}

/** for…of over a window, with a nested ternary. */
export function interiorSmooth(x: Float64Array, eps: number): number {
  let s = 0;
  for (const v of x.subarray(1, x.length - 1)) s += v > eps ? v * v : v < -eps ? -v : Math.abs(v) * eps;
  return s;
}

/** A closure writing a captured accumulator. */
export function closureAccumulator(x: Float64Array): number {
  let total = 0;
  const add = (v: number): void => {
    total += v * v;
  };
  for (let i = 0; i < x.length; i++) add(x[i]);
  return Math.sqrt(total);
}

class Units {
  static readonly SCALE = 2.5;
}

/** A generic T extends number, a class static. */
export function genericScale<T extends number>(x: T, y: T): number {
  return Units.SCALE * x * Math.atan(y);
}

const scratch = new Float64Array(4);

/** A module-level scratch buffer used as a temporary. */
export function scratchNorm(x: number, y: number, z: number): number {
  scratch[0] = x;
  scratch[1] = y * 2;
  scratch[2] = z * 3;
  let s = 0;
  for (let i = 0; i < 3; i++) s += scratch[i] * scratch[i];
  return Math.sqrt(s);
}

/** Round-trip through Math.round/floor used as indices into a table. */
const TABLE = [0.5, 1.5, 2.5, 1.0, -0.5];
export function tableInterp(x: number): number {
  const t = Math.min(Math.max(x, 0), 3.999);
  const i = Math.floor(t);
  const f = t - i;
  return TABLE[i] * (1 - f) + TABLE[i + 1] * f;
}
