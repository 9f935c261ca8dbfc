// Places where I expect an AD tool to slip: aliasing, scatter with repeated indices, in-place overwrites,
// closures over changing state, table lookups by a floored active value, views written through.

/** Scatter-add with repeated indices, then an in-place multiplicative overwrite of the same slots. */
export function scatterOverwrite(x: Float64Array, idx: Int32Array, w: number, m: number): number {
  const acc = new Float64Array(m);
  for (let i = 0; i < x.length; i++) {
    const j = idx[i];
    acc[j] = acc[j] * w + x[i];
  }
  let s = 0;
  for (const a of acc) s += a * a;
  return s;
}

/** A closure over a `let` that changes between its calls: each call reads the current value. */
export function closureOverLet(x: number, y: number): number {
  let scale = x;
  const f = (t: number) => scale * t * t;
  let s = f(y);
  scale = scale * y;
  s += f(x);
  scale += 1;
  return s + f(1);
}

/** Numbers swapped by destructuring in a loop (a Fibonacci-like recurrence on active values). */
export function swapRecurrence(a: number, b: number, n: number): number {
  let p = a, q = b;
  for (let i = 0; i < n; i++) [p, q] = [q, 0.5 * p + Math.sin(q)];
  return p * q;
}

/** Linear interpolation in a table: the index is Math.floor of an active value. */
export function tableLerp(table: Float64Array, x0: number, dx: number, xs: Float64Array): number {
  let s = 0;
  for (const x of xs) {
    const u = (x - x0) / dx;
    const i = Math.min(table.length - 2, Math.max(0, Math.floor(u)));
    const f = u - i;
    s += (1 - f) * table[i] + f * table[i + 1];
  }
  return s;
}

/** A subarray view written through (view[j] *= …), then the parent read. */
export function viewWriteThrough(x: Float64Array, k: number): number {
  const buf = Float64Array.from(x);
  const tail = buf.subarray(2);
  for (let j = 0; j < tail.length; j++) tail[j] *= k + buf[j];
  let s = 0;
  for (let i = 0; i < buf.length; i++) s += buf[i] * (i + 1);
  return s;
}

/** A compare-swap sorting network on a local copy (min/max only), then a weighted sum of the order statistics. */
export function sortNetWeighted(x: Float64Array, w: Float64Array): number {
  const v = Float64Array.from(x);
  const pairs = [0, 1, 2, 3, 0, 2, 1, 3, 1, 2];
  for (let p = 0; p < pairs.length; p += 2) {
    const i = pairs[p], j = pairs[p + 1];
    const lo = Math.min(v[i], v[j]), hi = Math.max(v[i], v[j]);
    v[i] = lo;
    v[j] = hi;
  }
  return v.reduce((s, a, i) => s + w[i] * a, 0);
}

/** Self-referencing compound updates: x *= x, x += x, a[i] /= a[j] where i may equal j, x **= y. */
export function selfCompound(x: number, y: number, a: Float64Array): number {
  let u = x;
  u *= u;
  u += u;
  u **= y;
  const b = a.slice();
  for (let i = 0; i < b.length; i++) {
    const j = (i * 2) % b.length;
    b[i] /= 1 + b[j] * b[j];
  }
  return u + b.reduce((s, v) => s + v, 0);
}

/** fill with an active value, reversed in place by swaps, a copyWithin written as a loop, set at an offset, at(-1). */
export function arrayMethods(x: Float64Array, c: number): number {
  const b = new Float64Array(x.length + 2);
  b.fill(c * c);
  b.set(x, 1);
  for (let i = 0, j = b.length - 1; i < j; i++, j--) [b[i], b[j]] = [b[j], b[i]];
  for (let i = 0; i < 2; i++) b[i] = b[i + 2];
  return b.reduce((s, v, i) => s + v * (i + 1), 0) + (b.at(-1) ?? 0) * c;
}

/** A helper that writes into a scratch array owned by the caller and returns early from its loop. */
function firstAbove(scratch: Float64Array, x: Float64Array, thr: number): number {
  for (let i = 0; i < x.length; i++) {
    scratch[i] = x[i] * x[i];
    if (scratch[i] > thr) return scratch[i] + i;
  }
  return scratch[x.length - 1];
}

export function scratchHelperLoop(x: Float64Array, thr: number, reps: number): number {
  const scratch = new Float64Array(x.length);
  let s = 0;
  for (let r = 0; r < reps; r++) {
    s += firstAbove(scratch, x, thr + r);
    for (let i = 0; i < x.length; i++) s += 0.1 * scratch[i];
    scratch.fill(0);
  }
  return s;
}

/** Logical assignment on numbers and an optional parameter defaulted from an active one. */
export function logicalAssign(x: number, y: number, k?: number): number {
  let a = x > 0 ? 0 : x;
  a ||= y * y;
  let b = y;
  b &&= b * x;
  const kk = k ?? x * y;
  return a + b + kk * kk;
}

/** A closure returned by a factory that captured an array later changed by the caller. */
function makeDot(w: Float64Array): (v: Float64Array) => number {
  return (v: Float64Array) => {
    let s = 0;
    for (let i = 0; i < v.length; i++) s += w[i] * v[i];
    return s;
  };
}

export function closureOverArray(w: Float64Array, v: Float64Array): number {
  const local = Float64Array.from(w);
  const dot = makeDot(local);
  const a = dot(v);
  local[0] = a;
  return a + dot(v);
}

/** Tail recursion carrying an accumulator down (a continued product with a damping term). */
function tailProd(x: number, k: number, acc: number): number {
  return k === 0 ? acc : tailProd(x, k - 1, acc * (1 + x / k) - 0.01 * acc * acc);
}

export function tailRecursion(x: number, n: number): number {
  return tailProd(x, n, 1);
}

/** Int32Array.from with a mapping function (an index permutation built the short way). */
export function reversedDot(x: Float64Array, y: Float64Array): number {
  const perm = Int32Array.from({ length: x.length }, (_, i) => x.length - 1 - i);
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] * y[perm[i]];
  return s;
}

/** A while loop whose trip count depends on an active value (bisection to a tolerance), then one Newton
 *  step, which gives the root its derivative (the bisection alone is piecewise constant in c). */
export function bisectRoot(c: number, lo: number, hi: number): number {
  let a = lo, b = hi;
  while (b - a > 1e-12) {
    const m = 0.5 * (a + b);
    if (m * m * m - c > 0) b = m;
    else a = m;
  }
  const m = 0.5 * (a + b);
  return m - (m * m * m - c) / (3 * m * m);
}

/** A string mode chosen by switch, and a number[] pushed to inside a loop then spread into Math.max. */
export function modeLoss(xs: number[], mode: 'l1' | 'l2' | 'linf', t: number): number {
  const r: number[] = [];
  for (const x of xs) r.push(x - t);
  switch (mode) {
    case 'l1':
      return r.reduce((s, v) => s + Math.abs(v), 0);
    case 'l2':
      return Math.sqrt(r.reduce((s, v) => s + v * v, 0));
    default:
      return Math.max(...r.map((v) => Math.abs(v)));
  }
}
