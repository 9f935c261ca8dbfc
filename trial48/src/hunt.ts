// More probes: evaluation order and semantics of functional constructs (closures reading reassigned lets,
// defaults reading earlier parameters or closed-over state, destructuring defaults, spreads into calls,
// callbacks with side effects, element swaps by destructuring, IIFEs, ??=).

type V3 = readonly [number, number, number];

/** A closure reads its closed-over let as it is at each call, not when it was made. */
export function closureReadsLater(a: number, xs: Float64Array): number {
  let k = a;
  const f = (x: number): number => k * x;
  const before = xs.map((x) => f(x));
  k = 2 * a + 1;
  const after = xs.map((x) => f(x));
  return before.reduce((s, v, i) => s + v * after[i], 0);
}

/** A default parameter reading an earlier parameter, and one reading closed-over state that changes between calls. */
export function defaultsReadEarlier(x: number, y: number): number {
  let scale = 1;
  // (first written (u, v = u * 2, s = scale): TSG1002 "'u' is not a local variable, parameter …", README finding)
  // then (u, v?: number, s = scale) with v ?? u * 2: TSG1007 "called without its parameter 'v'", hint "give 'v' a default value"
  const g = (u: number, v: number, s = scale): number => (u + v) * s;
  const first = g(x, x * 2);
  scale = y;
  return first + g(x, x * 2) + g(x, y);
}

/** Array destructuring with defaults: the default is taken where the source is shorter. */
export function destructureDefaults(xs: Float64Array, t: number): number {
  // (first written const [a, b = a * t, c = b + 1] = xs: TSG1007, destructuring defaults are not supported)
  const a = xs[0];
  const b = xs.length > 1 ? xs[1] : a * t;
  const c = xs.length > 2 ? xs[2] : b + 1;
  return a * b + c;
}

const hyp3 = (x: number, y: number, z: number): number => Math.sqrt(x * x + y * y + z * z);
const cube = (t: number): V3 => [t, t * t, t * t * t];
/** A tuple spread into a helper's parameters, and a helper's tuple spread into a new one. */
export function spreadIntoCall(t: number, w: number): number {
  const p = cube(t);
  // (first written [...cube(w).slice(0, 2), t]: TSG1008 "'slice' is not an array method tsgrad supports", README finding)
  const cw = cube(w);
  const q: V3 = [...cw.slice(0, 2), t] as unknown as V3;
  // (first written hyp3(...p) + hyp3(...q): TSG2002 "'hyp3' is called with 1 arguments", README finding)
  return hyp3(p[0], p[1], p[2]) + hyp3(q[0], q[1], q[2]);
}

/** reduce whose callback also updates an outer let. */
export function reduceWithSideEffect(xs: Float64Array, k: number): number {
  let t = k;
  const s = xs.reduce((acc, v) => {
    t = t * 0.5 + v;
    return acc + t * v;
  }, 0);
  return s + t;
}

/** map whose callback counts with a pre-increment of an outer let. */
export function mapWithCounter(xs: Float64Array, a: number): number {
  let i2 = 0;
  const ys = xs.map((v) => v * ++i2 * a);
  return ys.reduce((s, v) => s + v * v, 0) + i2;
}

/** Bubble sort by destructuring element swaps (a permutation, gradient follows the values). */
export function bubbleSortSwap(xs: Float64Array): number {
  const a = Array.from(xs);
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j + 1 < a.length - i; j++) if (a[j] > a[j + 1]) [a[j], a[j + 1]] = [a[j + 1], a[j]];
  return a.reduce((s, v, i) => s + (i + 1) * v, 0);
}

/** An IIFE inside the function, and an arrow called where written. */
export function iife(x: number, y: number): number {
  // (first written as two IIFEs, ((t: number) => t * t)(x): TSG2002, README finding)
  const square = (t: number) => t * t;
  const sq = square(x);
  const lse = (u: number, v: number): number => {
    const m = Math.max(u, v);
    return m + Math.log(Math.exp(u - m) + Math.exp(v - m));
  };
  const z = lse(x, y);
  return sq + z;
}

/** A running minimum by ??= on a let that starts undefined. */
export function nullishAssign(xs: Float64Array, k: number): number {
  let m: number | undefined;
  let s = 0;
  for (const v of xs) {
    m ??= v * k;
    m = Math.min(m, v * k);
    s += m;
  }
  return s + (m ?? 0);
}

/** Arguments evaluated left to right where a later one assigns the variable an earlier one reads. */
export function argOrderAssign(a: number): number {
  let b = a;
  const m = Math.max(b, (b = b * 3 - 1), b + 1);
  const s = hyp3(b, (b = b / 2), b);
  return m * m + s * b + b;
}

/** for…of over entries() with continue and break. */
export function entriesContinueBreak(xs: Float64Array, cap: number): number {
  let s = 0;
  for (const [i, v] of xs.entries()) {
    if (v < 0) continue;
    s += v * (i + 1);
    if (s > cap) break;
  }
  return s;
}

/** A destructured helper result with renames and an unused default. */
const bounds = (x: number): { lo: number; hi: number } => ({ lo: x - 1, hi: x * x + 1 });
export function destructureRename(x: number, y: number): number {
  const { lo: a = 5, hi } = bounds(x);
  let { lo, hi: h2 } = bounds(y);
  [lo, h2] = [h2, lo];
  return a * hi + lo - h2;
}

/** A tuple held in a let rebuilt by swapping and spreading each step. */
export function tupleLetRebuilt(x: number, y: number): number {
  let p: readonly [number, number] = [x, y];
  for (let i = 0; i < 5; i++) p = [p[1], p[0] * 0.5 + p[1] * 0.25];
  const [u, v] = p;
  return u * v;
}

/** An early return inside a forEach's block is a continue. */
export function forEachReturn(xs: Float64Array, t: number): number {
  let s = 0;
  xs.forEach((v, i) => {
    if (v < t) return;
    s += v * v * (i + 1);
  });
  return s;
}

/** A sorted copy destructured: min, median, max. */
export function sortedDestructure(xs: Float64Array): number {
  const [lo, , mid, , hi] = Array.from(xs).sort((p, q) => p - q);
  return hi - lo + 0.5 * mid;
}

/** Exponentiation forms: (-x) ** 2, 2 ** -x, x ** y ** 0.5 (right-associative), **= . */
export function powerForms(x: number, y: number): number {
  let z = (-x) ** 2 + 2 ** -x + x ** y ** 0.5;
  z **= 0.5;
  return z;
}

/** An exported function's optional parameter and ?? default. */
export function optionalParam(x: number, k?: number): number {
  const kk = k ?? 2;
  return kk * Math.sin(x) + (k === undefined ? 0 : k * k);
}

/** A nested arrow closure (a helper defined inside a helper-callback) reading the outer callback's parameter. */
export function nestedClosures(xs: Float64Array, a: number): number {
  return xs.reduce((s, v) => {
    const scaleBy = (w: number): number => w * v * a;
    return s + scaleBy(v) + scaleBy(1);
  }, 0);
}

/** A second name for a local array: writes through it are the array's. */
export function arrayAlias(x: number, xs: Float64Array): number {
  const a = Float64Array.from(xs);
  const b = a;
  b[0] = x * a[1];
  b[1] += a[0];
  return a[0] * a[1] + b[2];
}

/** A window written through: the parent sees it. */
export function windowWrite(xs: Float64Array, k: number): number {
  const buf = Float64Array.from(xs);
  const w = buf.subarray(1, 4);
  w[0] *= k;
  w[2] = w[0] + w[1];
  return buf.reduce((s, v, i) => s + v * (i + 1), 0);
}

/** A spread copy changed, the original read after. */
export function spreadCopy(xs: Float64Array, k: number): number {
  const orig = Array.from(xs);
  const copy = [...orig, k];
  copy[0] = copy[0] * k;
  return orig[0] + copy[0] + copy[copy.length - 1];
}

/** reverse() and set() in place on local arrays. */
export function reverseAndSet(xs: Float64Array, k: number): number {
  const ys = xs.map((v) => v * k);
  // (first written ys.reverse(): TSG1008, reverse is not supported as a statement; the hint's loop)
  for (let i = 0, j = ys.length - 1; i < j; i++, j--) [ys[i], ys[j]] = [ys[j], ys[i]];
  const z = new Float64Array(xs.length + 2);
  z.set(ys, 1);
  z[0] = k;
  return z.reduce((s, v, i) => s + v * (i + 1) * (i + 1), 0);
}

/** A closure over an array changed after the closure is made. */
export function closureOverArray(x: number, xs: Float64Array): number {
  const buf = Float64Array.from(xs);
  const at = (i: number): number => buf[i] * x;
  const before = at(0);
  buf[0] = 5 * x;
  return before + at(0) + at(1);
}

/** A pipeline rebinding a local array through map in a loop. */
export function mapPipeline(xs: Float64Array, a: number): number {
  let acc = Float64Array.from(xs);
  for (let i = 0; i < 3; i++) acc = acc.map((v, j) => Math.tanh(a * v + 0.1 * j));
  return acc.reduce((s, v) => s + v, 0);
}

const adder = (a: number) => (b: number): number => a + b;
/** A curried factory called in place and held in a const (compose(f, g) is refused: README finding, refused.ts). */
export function curried(x: number, a: number): number {
  const addA = adder(a);
  return addA(x) * addA(x) + adder(x)(a) * Math.sin(addA(1));
}

function iterate(f: (x: number) => number, x0: number, n: number): number {
  let x = x0;
  for (let i = 0; i < n; i++) x = f(x);
  return x;
}
/** A helper iterating a function argument (Newton for sqrt(c) and a damped map). */
export function iterateHelper(c: number, x0: number): number {
  const root = iterate((x) => 0.5 * (x + c / x), x0, 8);
  const damp = iterate((x) => Math.cos(x) * 0.5 + 0.1 * c, x0, 6);
  return root + damp;
}

/** Destructuring length, .at(-1), findLast. */
export function atAndFindLast(xs: Float64Array, t: number): number {
  // (first written const { length } = xs: TSG1007, README finding)
  const length = xs.length;
  const last = xs.at(-1) ?? 0;
  const big = xs.findLast((v) => v > t) ?? t;
  return length * last + big * big;
}

/** switch (true) with ranges. */
export function switchTrue(x: number): number {
  switch (true) {
    case x < -1:
      return -x * x;
    case x < 1:
      return x * x * x;
    default:
      return Math.log(x) + 1;
  }
}
