// Language features people reach for: const enums and switch, labelled break, destructuring swaps,
// default and optional parameters, nested helpers, closures over module constants, generics.

export const enum Activation {
  Relu,
  Tanh,
  Softplus,
  Swish,
}

const SCALE = 1.5;
const OFFSETS = [0.1, -0.2, 0.3, 0.05];

/** Applies an activation chosen by a const enum (inactive parameter) through a switch. */
export function activate(x: number, kind: Activation): number {
  switch (kind) {
    case Activation.Relu:
      return x > 0 ? x : 0;
    case Activation.Tanh:
      return Math.tanh(x);
    case Activation.Softplus:
      return Math.log1p(Math.exp(-Math.abs(x))) + Math.max(x, 0);
    case Activation.Swish:
      return x / (1 + Math.exp(-x));
  }
}

/** Sum of activations with a switch that falls through. */
export function activationSum(xs: Float64Array, kind: Activation): number {
  let s = 0;
  for (const x of xs) {
    let y = x;
    switch (kind) {
      case Activation.Swish:
        y = y * SCALE;
      // falls through
      case Activation.Tanh:
        y = Math.tanh(y);
        break;
      default:
        y = Math.max(0, y);
    }
    s += y;
  }
  return s;
}

/** A cost over every elementary function of the brief. */
export function elementaryCost(x: number, y: number, z: number): number {
  const a = Math.min(x, y) + Math.max(y, z, 0.2);
  const b = Math.abs(x - z) * Math.sign(y);
  const c = Math.hypot(x, y, z);
  const d = Math.atan2(y, x);
  const e = Math.pow(c + 1, z);
  const f = Math.cbrt(x * y + 2);
  const g = Math.expm1(z * 0.5) + Math.log1p(x * x);
  return a + b + c * d + e + f + g;
}

/** Fibonacci-like recurrence with a destructuring swap. */
export function swapRecurrence(a0: number, b0: number, n: number): number {
  let a = a0;
  let b = b0;
  for (let i = 0; i < n; i++) {
    [a, b] = [b, a + 0.5 * b];
  }
  return a * b;
}

/** Bubble sort via swaps of array elements, then a weighted sum of ranks (sorting networks). */
export function sortedWeighted(x: Float64Array): number {
  const v = Float64Array.from(x);
  for (let i = 0; i < v.length; i++) {
    for (let j = 0; j + 1 < v.length - i; j++) {
      if (v[j] > v[j + 1]) [v[j], v[j + 1]] = [v[j + 1], v[j]];
    }
  }
  let s = 0;
  for (let i = 0; i < v.length; i++) s += (i + 1) * v[i];
  return s;
}

/** Default parameter that depends on an earlier one. */
export function withDefault(x: number, scale = x * 0.5, shift = 1): number {
  return Math.sin(scale * x) + shift * x;
}

/** Optional parameter, tested with ===undefined. */
export function withOptional(x: number, temperature?: number): number {
  if (temperature === undefined) temperature = 1;
  return Math.exp(x / temperature) / (1 + Math.exp(x / temperature));
}

/** Optional parameter via ?? */
export function withNullish(x: number, w?: number): number {
  const ww = w ?? 2;
  return ww * x * x + x;
}

/** A nested helper function declared inside (may be refused). */
export function nestedHelper(x: number, y: number): number {
  function sq(t: number): number {
    return t * t;
  }
  return sq(x) + sq(x - y);
}

/** An arrow helper inside (closure over a parameter; may be refused). */
export function arrowHelper(x: number, k: number): number {
  const f = (t: number) => Math.exp(-k * t * t);
  return f(x) + f(x + 1);
}

/** Closure over module constants (uses OFFSETS, SCALE). */
export function moduleConstants(x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += SCALE * (x[i] - OFFSETS[i % OFFSETS.length]) ** 2;
  return s;
}

/** A generic helper over array types, called with a Float64Array. */
function sumBy<A extends ArrayLike<number>>(xs: A, scale: number): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += scale * xs[i];
  return s;
}

export function genericCaller(x: Float64Array, y: number[], c: number): number {
  return sumBy(x, c) * sumBy(y, c * c);
}

/** Labelled continue across nested loops. */
export function labelledContinue(m: Float64Array, rows: number, thresh: number): number {
  const cols = m.length / rows;
  let s = 0;
  rowLoop: for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (m[r * cols + c] > thresh) continue rowLoop;
      s += m[r * cols + c] * (c + 1);
    }
    s += 0.5;
  }
  return s;
}

/** do…while with a data-dependent trip count (Newton for cube root). */
export function newtonCbrt(a: number): number {
  let x = a > 1 ? a : 1;
  let dx: number;
  do {
    dx = (x * x * x - a) / (3 * x * x);
    x -= dx;
  } while (Math.abs(dx) > 1e-13 * x);
  return x;
}

/** Nested ternaries picking a piecewise polynomial (smoothstep family). */
export function piecewise(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x < 0.5 ? 4 * x * x * x : 1 - Math.pow(-2 * x + 2, 3) / 2;
}

/** Number.isFinite guard and an early return. */
export function guarded(x: number, y: number): number {
  const r = Math.log(x) / y;
  if (!Number.isFinite(r)) return 0;
  return r * r;
}

/** Bitwise integer work mixed with float math. */
export function bitMix(x: Float64Array, seed: number): number {
  let h = seed | 0;
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    h = (h * 1103515245 + 12345) & 0x7fffffff;
    const sign = h & 1 ? 1 : -1;
    s += sign * x[i] * ((h >> 3) % 7);
  }
  return s;
}

/** A tuple-returning helper destructured by the caller. */
function polar(x: number, y: number): [number, number] {
  return [Math.hypot(x, y), Math.atan2(y, x)];
}

export function tupleHelper(x: number, y: number): number {
  const [r, th] = polar(x, y);
  return r * Math.cos(2 * th);
}

/** Object-of-numbers helper destructured. */
function stats2(a: number, b: number): { mean: number; spread: number } {
  return { mean: (a + b) / 2, spread: Math.abs(a - b) };
}

export function objectHelper(a: number, b: number): number {
  const { mean, spread } = stats2(a, b);
  return mean * mean + spread;
}

/** Math destructured at the top of the function. */
export function mathDestructure(x: number, y: number): number {
  const { sin, cos, sqrt } = Math;
  return sin(x) * cos(y) + sqrt(x * x + y * y + 1);
}

/** Compound assignment zoo. */
export function compoundOps(x: number, y: number): number {
  let a = x;
  a += y;
  a *= x;
  a -= y * 0.5;
  a /= 1 + y * y;
  a **= 2;
  let n = 3;
  n <<= 1;
  n %= 5;
  return a + n * x;
}

/** Exported arrow function constant. */
export const arrowExport = (x: number, y: number): number => Math.exp(x) * Math.cos(y) - x * y;

/** for…in is unusual on arrays; a reduce() call is the usual style. */
export function reduceStyle(x: number[]): number {
  return x.reduce((acc, v) => acc + v * v, 0);
}
