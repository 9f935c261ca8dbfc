// Language probes: constructs real numeric code uses, each in a small function.

/** A closure that captures and updates a mutable local (a running accumulator). */
export function closureCounter(xs: Float64Array, k: number): number {
  let total = 0;
  const add = (v: number) => {
    total += v * k;
  };
  for (let i = 0; i < xs.length; i++) add(Math.sin(xs[i]));
  return total;
}

/** Labelled break outer / continue outer over a 2-D grid. */
export function labelledLoops(grid: Float64Array, n: number, limit: number): number {
  let s = 0;
  outer: for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const g = grid[i * n + j];
      if (g < -0.8) continue outer;
      if (s > limit) break outer;
      s += g * g;
    }
  }
  return s;
}

/** switch with fall-through and a default in the middle. */
export function switchDefaultMiddle(x: number, mode: number): number {
  let y = x;
  switch (mode) {
    case 0:
      y *= 2;
    // falls through
    default:
      y += Math.exp(x);
      break;
    case 2:
      y = Math.cos(y);
    // falls through
    case 3:
      y = y * y;
  }
  return y;
}

const DENSITY: Record<string, number> = { water: 1000, steel: 7850, oak: 700 };
/** A Record<string, number> table read by a string key. */
export function tableMass(volume: number, material: 'water' | 'steel' | 'oak'): number {
  return DENSITY[material] * volume ** 1.5;
}

/** for (const [a, b] of pairs) over a local array of tuples. */
export function tuplePairs(xs: Float64Array, ys: Float64Array): number {
  const pairs: [number, number][] = [];
  for (let i = 0; i < xs.length; i++) pairs.push([xs[i], ys[i]]);
  let s = 0;
  for (const [a, b] of pairs) s += a * Math.tanh(b);
  return s;
}

/** Array.from({ length: n }, ...), reduce with an index. */
export function fromLengthReduce(w: Float64Array, scale: number): number {
  const basis = Array.from({ length: w.length }, (_, i) => Math.cos(scale * (i + 1)));
  return basis.reduce((acc, b, i) => acc + w[i] * b, 0);
}

/** flatMap: each sample expanded to two features. */
export function flatMapFeatures(xs: number[], a: number): number {
  const feats = xs.flatMap((x) => [x * a, x * x]);
  let s = 0;
  for (const f of feats) s += f;
  return s;
}

class Units {
  static readonly G = 9.80665;
  static readonly FT = 0.3048;
  static toMetres(feet: number): number {
    return feet * Units.FT;
  }
}
/** Static class methods and static readonly constants. */
export function staticMembers(heightFt: number, mass: number): number {
  return mass * Units.G * Units.toMetres(heightFt);
}

namespace Geo {
  export const R = 6371;
  export function hav(t: number): number {
    return Math.sin(t / 2) ** 2;
  }
}
/** A namespace of helpers. */
export function namespaceHelpers(lat1: number, lat2: number, dlon: number): number {
  const h = Geo.hav(lat2 - lat1) + Math.cos(lat1) * Math.cos(lat2) * Geo.hav(dlon);
  return 2 * Geo.R * Math.asin(Math.sqrt(h));
}

function isEvenSteps(x: number, n: number): number {
  return n === 0 ? x : isOddSteps(Math.sin(x) + x, n - 1);
}
function isOddSteps(x: number, n: number): number {
  return n === 0 ? -x : isEvenSteps(x * 0.9, n - 1);
}
/** Mutually recursive functions. */
export function mutualRecursion(x: number, n: number): number {
  return isEvenSteps(x, n);
}

/** Math.fround, trunc, sign, cbrt, expm1, log1p together. */
export function mathZoo(x: number, y: number): number {
  return Math.fround(x) * Math.cbrt(y) + Math.expm1(x) * Math.log1p(y * y) + Math.sign(x) * Math.trunc(3.7 * y);
}

/** Nested ternaries and a comma expression. */
export function ternaryComma(x: number, y: number): number {
  let k = 0;
  const z = (k++, x * y);
  const r = x > 0 ? (y > 0 ? z : -z) : y > 0 ? z * z : Math.exp(z);
  return r + k;
}

/** x ||= y and x ??= y on locals. */
export function logicalAssignments(x: number, y: number, xs: Float64Array): number {
  let a = x - x; // 0: ||= takes the right side
  a ||= y * 2;
  let b: number | undefined = xs.length > 5 ? x : undefined;
  b ??= Math.exp(y);
  let c = x;
  c &&= c * y;
  return a + b + c;
}

/** Getters on an object literal. */
export function objectGetters(w: number, h: number): number {
  const rect = {
    w,
    h,
    get area() {
      return this.w * this.h;
    },
    get diag() {
      return Math.hypot(this.w, this.h);
    },
  };
  return rect.area / rect.diag;
}

/** Number(x) and unary + conversions. */
export function numberConversions(x: number, flag: boolean): number {
  return Number(x) * 2 + +x * x + Number(flag) * x;
}

function polar(x: number, y: number): [number, number] {
  return [Math.hypot(x, y), Math.atan2(y, x)];
}
/** Tuples returned and destructured, and a readonly number[] parameter. */
export function tupleReturn(pts: readonly number[]): number {
  let s = 0;
  for (let i = 0; i + 1 < pts.length; i += 2) {
    const [r, theta] = polar(pts[i], pts[i + 1]);
    s += r * Math.cos(2 * theta);
  }
  return s;
}

function* squares(xs: Float64Array): Generator<number> {
  for (const x of xs) yield x * x;
}
/** A generator's values summed (expected refused). */
export function generatorSum(xs: Float64Array): number {
  let s = 0;
  for (const v of squares(xs)) s += v;
  return s;
}

/** Running sums written through a cursor closure (a stream reader advancing its position), then a weighted energy. */
export function cursorPrefix(deltas: Float64Array, scale: number): number {
  const out = new Float64Array(deltas.length);
  let pos = 0;
  let acc = 0;
  const next = () => (acc += deltas[pos++] * scale);
  while (pos < deltas.length) out[pos] = next();
  let e = 0;
  for (let i = 0; i < out.length; i++) e += (i + 1) * out[i] * out[i];
  return e;
}
