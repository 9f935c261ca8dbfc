// Edge cases of the language as people write it: shadowing, var hoisting, switch(true), comma and chained
// assignments, compound operators, .at(-1), table lookup with floor, tuple swaps, aliasing, helper early returns.

/** shadowed names in nested blocks */
export function shadowing(x: number, y: number): number {
  let s = x * y;
  const s2 = s;
  {
    let s = s2 + Math.sin(x); // shadows the outer s
    s *= 2;
    y = s + y;
  }
  for (let i = 0; i < 3; i++) {
    const x = i * y; // shadows the parameter
    s += Math.cos(x) * 0.1;
  }
  return s + y;
}

/** var hoisting: a var declared in a loop body, read after the loop */
export function varHoisting(xs: Float64Array): number {
  for (var i = 0; i < xs.length; i++) {
    var last = xs[i] * xs[i];
    if (last > 4) break;
  }
  // eslint-disable-next-line no-var
  var total = last! + i;
  return total;
}


/** comma, chained and compound assignments: %=, **=, /= */
export function compoundOps(x: number, y: number): number {
  let a, b, t;
  a = b = x * y;
  t = (a += 1, b *= 2, a + b);
  let c = x + 10;
  c %= 3.5;
  let d = y;
  d **= 3;
  d /= 1 + x * x;
  return t + c + d;
}

/** the last and the first element of a pushed list (.at(-1) is refused: refused2.ts) */
export function atLast(xs: Float64Array, k: number): number {
  const run: number[] = [];
  let acc = 0;
  for (const v of xs) {
    acc = k * acc + v;
    run.push(acc);
  }
  return run[run.length - 1] * run[0];
}

const TABLE = [0, 0.8, 2.1, 2.9, 4.5, 5.0, 6.2];

/** linear interpolation in a constant table with floor and the fractional part */
export function tableLerp(x: number, scale: number): number {
  const u = Math.min(Math.max(x * scale, 0), TABLE.length - 1.000001);
  const i = Math.floor(u);
  const f = u - i;
  return TABLE[i] * (1 - f) + TABLE[i + 1] * f;
}

/** Fibonacci-like recurrence with tuple swaps of active values */
export function tupleRecurrence(a0: number, b0: number, r: number, n: number): number {
  let [a, b] = [a0, b0];
  for (let i = 0; i < n; i++) [a, b] = [b, r * a + b * 0.5];
  return a + b;
}

function scaleInto(out: Float64Array, src: Float64Array, s: number): void {
  for (let i = 0; i < out.length; i++) out[i] = src[i] * s + 0.1 * out[i];
}

/** a helper that reads and writes, called with the same array for both (aliasing) */
export function aliasedHelper(x: Float64Array, s: number): number {
  const w = Float64Array.from(x);
  scaleInto(w, w, s);
  scaleInto(w, w, s);
  let t = 0;
  for (const v of w) t += v * v;
  return t;
}

function firstAbove(xs: Float64Array, th: number): number {
  for (let i = 0; i < xs.length; i++) {
    if (xs[i] > th) return xs[i] * th;
  }
  return -1;
}

/** an inlined helper with an early return inside a loop of the caller */
export function helperEarlyReturn(xs: Float64Array, th: Float64Array): number {
  let s = 0;
  for (let j = 0; j < th.length; j++) s += firstAbove(xs, th[j]);
  return s;
}

/** an optional number parameter and nullish coalescing */
export function optionalParam(x: number, s?: number): number {
  const scale = s ?? 2;
  return Math.tanh(scale * x) / scale;
}

/** integer truncation of an active value used as a loop bound and index */
export function truncIndex(x: Float64Array, pos: number): number {
  const k = pos | 0;
  let s = 0;
  for (let i = 0; i <= k && i < x.length; i++) s += x[i] * (pos - k + 1);
  return s;
}

/** a `while (true)` with a break in the middle and a continue */
export function whileTrue(x: number, y: number): number {
  let v = x, n = 0, s = 0;
  while (true) {
    n++;
    v = v * 0.5 + y;
    if (n % 2 === 0) continue;
    s += v * v;
    if (n > 7) break;
  }
  return s;
}

/** Math.max with a spread where elements may tie, and Math.min of two actives */
export function spreadMax(xs: number[], y: number): number {
  return Math.max(...xs, y) + Math.min(xs[0], y) * 0.5;
}

/** a local arrow defined inside the loop, closing over loop locals */
export function arrowInLoop(xs: Float64Array, w: number): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) {
    const base = xs[i];
    const f = (t: number) => base * t + w * t * t;
    s += f(0.5) - f(-0.5);
  }
  return s;
}
