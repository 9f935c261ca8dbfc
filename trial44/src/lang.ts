// Language probes: one construct each, in a small numeric function.

/** Generic over any array of numbers: a weighted sum. */
function wsum<T extends ArrayLike<number>>(xs: T, w: number): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i] * w ** i;
  return s;
}
export function genericSum(xs: Float64Array, ys: number[], w: number): number {
  return wsum(xs, w) + wsum(ys, 1 / w);
}

/** Overloads: one implementation with a number or an array. */
function norm2(x: number): number;
function norm2(x: Float64Array): number;
function norm2(x: number | Float64Array): number {
  if (typeof x === 'number') return x * x;
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] * x[i];
  return s;
}
export function overloadNorms(a: number, v: Float64Array): number {
  return norm2(a) + Math.sqrt(norm2(v));
}

/** A default parameter computed from the others. */
export function defaultFromOthers(x: number, scale: number, offset: number = scale * 2 + x): number {
  return Math.sin(x * scale) + offset * offset;
}

const enum Axis { X, Y, Z }
enum Channel { Red = 0, Green = 1, Blue = 2 }

/** const enum members as indices, a regular enum as another. */
export function enumIndices(v: Float64Array, rgb: Float64Array): number {
  return v[Axis.X] * v[Axis.Z] - v[Axis.Y] + rgb[Channel.Green] * rgb[Channel.Red] ** 2 + Math.exp(rgb[Channel.Blue]);
}

const GAUSS_NODES = [-0.7745966692414834, 0, 0.7745966692414834] as const;
const GAUSS_WEIGHTS = Object.freeze([5 / 9, 8 / 9, 5 / 9]);

/** Gauss-Legendre 3-point quadrature of exp(k t) sin(t) on [a, b] from an `as const` and a frozen table. */
export function gaussQuad(k: number, a: number, b: number): number {
  const half = (b - a) / 2, mid = (a + b) / 2;
  let s = 0;
  for (let i = 0; i < 3; i++) {
    const t = mid + half * GAUSS_NODES[i];
    s += GAUSS_WEIGHTS[i] * Math.exp(k * t) * Math.sin(t);
  }
  return half * s;
}

/** Math.hypot with four arguments and Math.atan2 at the axes (y = 0 with x < 0 is the branch cut: avoided). */
export function hypotAtan(x: number, y: number, z: number, w: number): number {
  return Math.hypot(x, y, z, w) + Math.atan2(y, x) + Math.atan2(0 * y + z, 0);
}

/** ** with a negative base and integer exponents, % on negatives for a periodic index. */
export function negativePowers(x: number, coeffs: Float64Array, shift: number): number {
  let s = 0;
  const n = coeffs.length;
  for (let k = -3; k <= 3; k++) {
    const idx = ((k + shift) % n + n) % n;
    s += coeffs[idx] * (-x) ** (k + 3) + (-2) ** k * x;
  }
  return s + (x - 3) ** -2;
}

/** Number.EPSILON, Number.isFinite guards and a ?: chain. */
export function guardedRatio(a: number, b: number): number {
  const r = a / (Math.abs(b) < Number.EPSILON ? Number.EPSILON : b);
  const safe = Number.isFinite(r) ? r : 0;
  return safe > 10 ? 10 + Math.log(safe - 9) : safe < -10 ? -10 - Math.log(-safe - 9) : safe < 0 ? -safe * safe : safe;
}

/** Early return from inside nested loops: the first cell over a threshold, weighted. */
export function firstOver(grid: Float64Array, w: number, threshold: number): number {
  const h = grid.length / w;
  for (let i = 0; i < h; i++) {
    for (let j = 0; j < w; j++) {
      const v = grid[i * w + j];
      if (v * v > threshold) return v * (i + 1) + j;
    }
  }
  return -grid[0];
}

/** while (true) with break: fixed-point iteration of cos with a tolerance. */
export function cosFixedPoint(a: number, tol: number): number {
  let x = 0.5;
  let n = 0;
  while (true) {
    const nx = Math.cos(a * x);
    n++;
    if (Math.abs(nx - x) < tol || n > 200) {
      x = nx;
      break;
    }
    x = nx;
  }
  return x;
}

/** arguments.length in an exported function. */
export function argCount(x: number, y?: number): number {
  return arguments.length > 1 ? x * (y ?? 1) : x * x;
}

interface Pt { x: number; y: number; z: number }
function len3(p: Pt): number {
  return Math.hypot(p.x, p.y, p.z);
}
/** Object spread of numbers with an override. */
export function spreadOverride(x: number, y: number, z: number): number {
  const p = { x, y, z };
  const q = { ...p, x: 1 };
  const r = { ...q, z: p.z * 2 };
  return len3(p) + len3(q) * len3(r);
}

function windowEnergy(w: Float64Array): number {
  let s = 0;
  for (let i = 1; i < w.length; i++) s += (w[i] - w[i - 1]) ** 2;
  return s;
}
/** subarray windows passed to a helper. */
export function windowsSum(x: Float64Array, width: number): number {
  let s = 0;
  for (let i = 0; i + width <= x.length; i += width) s += windowEnergy(x.subarray(i, i + width)) * (i + 1);
  return s;
}

/** reverse() of a copy, indexOf and includes on an integer table. */
export function reverseIndexOf(x: Float64Array, ids: Int32Array): number {
  const r = x.slice().reverse();
  const k = ids.indexOf(3);
  const bonus = ids.includes(7) ? 2 : 1;
  let s = 0;
  for (let i = 0; i < r.length; i++) s += r[i] * x[i];
  return s * bonus + (k >= 0 ? x[k] : 0);
}

/** every/some in conditions. */
export function everySome(x: Float64Array, c: number): number {
  if (x.every((v) => v > 0)) return Math.log(x.reduce((s, v) => s + v, 0)) * c;
  if (x.some((v) => v > c)) return c * c + x[0];
  return x[0] * x[1];
}

class Shape {
  constructor(public size: number) {}
  area(): number { return this.size * this.size; }
}
class Circle extends Shape {
  area(): number { return Math.PI * this.size * this.size; }
}
/** A class that extends another. */
export function subclassArea(r: number): number {
  return new Circle(r).area() + new Shape(r).area();
}

/** number[][] matrix parameter. */
export function matrixTrace(m: number[][], s: number): number {
  let t = 0;
  for (let i = 0; i < m.length; i++) t += m[i][i] * s;
  return t;
}

/** sort of a copy: the median by a sorted copy (Array.from().sort). */
export function sortedMedian(x: Float64Array): number {
  const s = Array.from(x).sort((a, b) => a - b);
  return s[s.length >> 1];
}
