// Language probes: const enums, frozen tables, as const, satisfies, generics, overloads, defaults from earlier
// parameters, rest parameters, iteration helpers, bit tricks, logical assignment and friends.

const enum Loss {
  L2,
  L1Smooth,
  LogCosh,
}

/** A residual loss chosen by a const enum parameter. */
export function residualLoss(r: Float64Array, scale: number, kind: Loss): number {
  let s = 0;
  for (const v of r) {
    const z = v / scale;
    switch (kind) {
      case Loss.L2:
        s += 0.5 * z * z;
        break;
      case Loss.L1Smooth:
        s += Math.sqrt(1 + z * z) - 1;
        break;
      case Loss.LogCosh:
        s += Math.log(Math.cosh(z));
        break;
    }
  }
  return s * scale * scale;
}

const RK_B = Object.freeze([1 / 6, 1 / 3, 1 / 3, 1 / 6]);
const RK_C = [0, 0.5, 0.5, 1] as const;

/** RK4 for y' = −k y + sin(t) with its Butcher weights read from a frozen table and an `as const` tuple. */
export function rkTables(k: number, y0: number, steps: number, h: number): number {
  let y = y0, t = 0;
  const ks = new Float64Array(4);
  for (let s = 0; s < steps; s++) {
    for (let stage = 0; stage < 4; stage++) {
      const yi = stage === 0 ? y : y + RK_C[stage] * h * ks[stage - 1];
      ks[stage] = -k * yi + Math.sin(t + RK_C[stage] * h);
    }
    for (let stage = 0; stage < 4; stage++) y += h * RK_B[stage] * ks[stage];
    t += h;
  }
  return y;
}

const COEFS = { drag: 0.47, lift: 0.12, area: 0.785 } satisfies Record<string, number>;

/** Aerodynamic force magnitude with coefficients from a `satisfies` table read by string keys o['k']. */
export function aeroForce(rho: number, v: number, alpha: number): number {
  const q = 0.5 * rho * v * v * COEFS['area'];
  const cd = COEFS['drag'] + 0.1 * alpha * alpha;
  const cl = COEFS.lift + 2 * Math.PI * alpha;
  return q * Math.hypot(cd, cl);
}

function norm2<T extends ArrayLike<number>>(v: T, p = 2): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += Math.abs(v[i]) ** p;
  return s ** (1 / p);
}

/** A generic helper constrained to ArrayLike<number>, with a default exponent. */
export function genericNorms(a: Float64Array, b: number[], p: number): number {
  return norm2(a) + norm2(b, p);
}

function blend(x: number): number;
function blend(x: number, y: number, t?: number): number;
function blend(x: number, y = x * x, t = 0.25): number {
  return (1 - t) * x + t * y;
}

/** A non-exported helper with overload signatures, called in both forms. */
export function overloadedBlend(x: number, y: number): number {
  return blend(x) * blend(x, y) + blend(y, x, 0.75);
}

/** Defaults that refer to earlier parameters. */
export function windowed(x: number, lo = -Math.abs(x) - 1, hi = lo + 3): number {
  const t = (x - lo) / (hi - lo);
  return t * t * (3 - 2 * t);
}

function sumSquares(...vs: number[]): number {
  let s = 0;
  for (const v of vs) s += v * v;
  return s;
}

/** A rest-parameter helper called with several arguments. */
export function restHelper(x: number, y: number, z: number): number {
  return Math.sqrt(sumSquares(x, y, z) + sumSquares(x - y, 1));
}

/** entries() iteration with the index and value destructured. */
export function iterEntries(w: Float64Array, x: Float64Array): number {
  let s = 0;
  for (const [i, v] of w.entries()) s += v * x[i] + 0.1 * i * v * v;
  return s;
}

/** Nested destructuring in for…of over a local list of [index, [a, b]] tuples. */
export function nestedPairs(w: Float64Array, x: Float64Array): number {
  let s = 0;
  const pairs: [number, [number, number]][] = [[0, [w[0], x[0]]], [1, [w[1], x[1]]]];
  for (const [k, [a, b]] of pairs) s += (k + 1) * a * b;
  return s;
}

/** for…of over keys() and values() of a typed array. */
export function iterKeysValues(w: Float64Array): number {
  let s = 0;
  for (const i of w.keys()) s += (i + 1) * w[i] * w[i];
  for (const v of w.values()) s += Math.sin(v);
  return s;
}

/** findIndex / some / every with early exit, then a sum from the found index. */
export function findThenSum(x: Float64Array, thr: number): number {
  const start = x.findIndex((v) => v > thr);
  if (x.some((v) => !Number.isFinite(v))) return 0;
  const allPos = x.every((v) => v > 0);
  let s = 0;
  for (let i = Math.max(start, 0); i < x.length; i++) s += allPos ? Math.log(x[i]) : x[i] * x[i];
  return s;
}

/** Float32 rounding by Math.fround, an EPSILON-guarded division and Number.isFinite. */
export function froundGuard(x: number, y: number): number {
  const xf = Math.fround(x);
  const d = Math.abs(y) < Number.EPSILON ? Number.EPSILON : y;
  const q = xf / d;
  return Number.isFinite(q) ? q * Math.exp(-q * q) : 0;
}

/** Labelled continue over a row-major grid: rows whose first cell is negative are skipped. */
export function labelledRows(g: Float64Array, cols: number, t: number): number {
  let s = 0;
  rows: for (let r = 0; r * cols < g.length; r++) {
    if (g[r * cols] < 0) continue;
    for (let c = 1; c < cols; c++) {
      if (g[r * cols + c] > t) continue rows;
      s += g[r * cols + c] * g[r * cols + c - 1];
    }
  }
  return s;
}

/** Comma expressions in a for header, do…while, and **= in the body. */
export function commaDoWhile(x: number, n: number): number {
  let acc = 0;
  for (let i = 0, w = 1; i < n; i++, w *= 0.5) acc += w * Math.sin(x * i);
  let p = 1 + 0.1 * x * x;
  let k = 0;
  do {
    p **= 1.1;
    k++;
  } while (k < 3);
  return acc + p;
}

/** ||= and &&= on numbers: a fallback for a zero scale, and a gate that keeps a zero. */
export function logicalAssign(x: number, y: number, scale: number): number {
  let s = scale;
  s ||= x * x + 1;
  let g = y;
  g &&= g * Math.tanh(x);
  return s * g + x;
}

/** Hashed features: an index from | 0 and >>> 0 integer arithmetic picks a weight; a signed hash picks the sign. */
export function hashedFeatures(w: Float64Array, x: Float64Array, seed: number): number {
  const m = w.length;
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    let h = (Math.imul(i + 1, 0x9e3779b1) ^ seed) >>> 0;
    h = (h ^ (h >>> 15)) >>> 0;
    const j = h % m;
    const sign = ((h >>> 7) & 1) === 0 ? 1 : -1;
    s += sign * w[j] * x[i];
  }
  return Math.log1p(s * s);
}

/** Squared steps of an exponential moving average: the old value read, then updated, in one expression. */
export function emaSteps(x: Float64Array, alpha: number): number {
  let ema = x[0];
  let acc = 0;
  for (let i = 1; i < x.length; i++) acc += (ema - (ema = alpha * x[i] + (1 - alpha) * ema)) ** 2;
  return acc;
}
