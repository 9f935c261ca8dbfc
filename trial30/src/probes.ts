// Language corners in numeric code I write: each function is small and has a use.

export class Consts {
  static readonly G = 9.81;
  static readonly RHO = 1.225;
}

export const enum Shape { Sphere = 'sphere', Plate = 'plate', Streamlined = 'stream' }

/** Drag force on a body; coefficients from a string-enum switch with fall-through. */
export function dragForce(v: number, area: number, shape: Shape): number {
  let cd: number;
  switch (shape) {
    case Shape.Sphere:
      cd = 0.47;
      break;
    case Shape.Plate:
    case Shape.Streamlined: // treat both as flat-ish for the demo, the streamlined one reduced below
      cd = shape === Shape.Plate ? 1.28 : 0.04;
      break;
    default:
      throw new Error('unknown shape');
  }
  return 0.5 * Consts.RHO * cd * area * v * Math.abs(v);
}

/** Generic clamp-and-scale with a number type parameter. */
export function scaled<T extends number>(x: T, lo: T, hi: T): number {
  const c = Math.min(hi, Math.max(lo, x));
  return (c - lo) / (hi - lo);
}

/** Greedy search of the first segment crossing a level (labelled break), then linear interpolation. */
export function crossingTime(ts: Float64Array, ys: Float64Array, level: number): number {
  let found = -1;
  outer: for (let i = 1; i < ys.length; i++) {
    for (const side of [ys[i - 1] - level, ys[i] - level]) {
      if (side === 0) {
        found = i;
        break outer;
      }
    }
    if ((ys[i - 1] - level) * (ys[i] - level) < 0) {
      found = i;
      break;
    }
  }
  if (found < 0) return NaN;
  const t0 = ts[found - 1], t1 = ts[found];
  const y0 = ys[found - 1], y1 = ys[found];
  return t0 + ((level - y0) * (t1 - t0)) / (y1 - y0);
}

/** Distance of a point to a polyline, closest vertex pushed onto a list then reduced. */
export function polylineDistance(px: number, py: number, pts: number[]): number {
  const ds: number[] = [];
  for (let i = 0; i + 1 < pts.length; i += 2) ds.push(Math.hypot(pts[i] - px, pts[i + 1] - py));
  return Math.min(...ds);
}

/** Norm of a window with hypot and spread. */
export function windowNorm(x: Float64Array, from: number, to: number): number {
  return Math.hypot(...x.subarray(from, to));
}

/** Optional damping: defaults applied with ??=, truthiness tests. */
export function dampedOscillator(t: number, omega: number, zeta?: number, amp = 1): number {
  let z = zeta;
  z ??= 0.05;
  const wd = omega * Math.sqrt(Math.max(1e-12, 1 - z * z));
  return amp * Math.exp(-z * omega * t) * Math.cos(wd * t);
}

/** Fibonacci-like recurrence with a tuple swap: ratio converges to the golden ratio scaled by x. */
export function swapRecurrence(x: number, y: number, n = 12): number {
  let a = x, b = y;
  for (let i = 0; i < n; i++) [a, b] = [b, a + b];
  return b / a;
}

/** Running statistics with a local closure that updates captured accumulators (Welford). */
export function welfordStd(xs: Float64Array): number {
  let count = 0, mean = 0, m2 = 0;
  const push = (v: number) => {
    count++;
    const d = v - mean;
    mean += d / count;
    m2 += d * (v - mean);
  };
  for (const v of xs) push(v);
  return Math.sqrt(m2 / (count - 1));
}

/** A recursion that writes into an array as it goes (a recursive prefix scan), then a loss. */
function scanInto(x: Float64Array, out: Float64Array, i: number, acc: number): void {
  if (i >= x.length) return;
  const next = acc * 0.9 + x[i];
  out[i] = next;
  scanInto(x, out, i + 1, next);
}
export function recursiveScanLoss(x: Float64Array): number {
  const out = new Float64Array(x.length);
  scanInto(x, out, 0, 0);
  let s = 0;
  for (const v of out) s += Math.sin(v);
  return s;
}

/** A copy made with Array.from, sorted-free median of 3 by ternaries, and a comma expression. */
export function median3Loss(a: number, b: number, c: number): number {
  const xs = Array.from([a, b, c]);
  let lo: number, hi: number;
  (lo = Math.min(xs[0], xs[1])), (hi = Math.max(xs[0], xs[1]));
  const med = xs[2] < lo ? lo : xs[2] > hi ? hi : xs[2];
  return med * med;
}

/** Throws from a helper check; otherwise a log-likelihood. */
function checkPositive(v: number): void {
  if (!(v > 0)) throw new RangeError(`expected a positive value, got ${v}`);
}
export function exponentialLogLik(rate: number, xs: Float64Array): number {
  checkPositive(rate);
  let ll = 0;
  for (const x of xs) {
    checkPositive(x);
    ll += Math.log(rate) - rate * x;
  }
  return ll;
}

/** Deep recursion on a number (like trial28's tape growth), used as a smooth function of x. */
function chain(x: number, k: number): number {
  return k === 0 ? x : Math.sin(chain(x, k - 1)) + 0.5 * x;
}
export function deepChain(x: number, depth = 500): number {
  return chain(x, depth);
}

/** A helper that returns one of two arrays by a test, then reduce. */
function pick(a: Float64Array, b: Float64Array, first: boolean): Float64Array {
  return first ? a : b;
}
export function pickedEnergy(a: Float64Array, b: Float64Array, w: number): number {
  const src = pick(a, b, w > 0);
  return src.reduce((s, v) => s + w * v * v, 0);
}
