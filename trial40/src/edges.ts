// Edge probes: the places where I would expect a source-to-source AD tool to slip.

/** A default that reads an earlier parameter: left out, y depends on x. */
export function defaultFromParam(x: number, y = x * x): number {
  return Math.sin(x) * y;
}

/** Float32Array.map returns a Float32Array: its values are rounded to float32. */
export function f32Map(v: Float32Array, s: number): number {
  const w = v.map((t) => t * s);
  let acc = 0;
  for (let i = 0; i < w.length; i++) acc += w[i] * w[i];
  return acc;
}

/** An active value stored into an Int32Array: truncated, so no derivative flows through it. */
export function intStore(x: Float64Array, s: number): number {
  const q = new Int32Array(x.length);
  let acc = 0;
  for (let i = 0; i < x.length; i++) {
    q[i] = x[i] * s * 10;
    acc += q[i] + x[i] * s;
  }
  return acc;
}

/** Comma expressions in a for header: two indices walking towards each other. */
export function twoPointer(a: Float64Array): number {
  let s = 0;
  for (let i = 0, j = a.length - 1; i < j; i++, j--) s += a[i] * a[j];
  return s;
}

/** Chained assignment and a post-increment whose old value is used. */
export function chained(x: number, y: number): number {
  let a: number, b: number;
  a = b = x * y;
  let k = 1;
  const t = k++ * a + k * b;
  return t * Math.exp(-k * x);
}

/** Remainder: ∂(a % b)/∂a = 1, ∂/∂b = −trunc(a / b). */
export function remainderSaw(a: number, b: number): number {
  return (a % b) ** 2 + a;
}

/** An assignment inside a while condition. */
export function assignInCondition(x: number): number {
  let v = x;
  let d: number;
  let n = 0;
  while ((d = Math.abs(v * v - 2)) > 1e-12 && n < 50) {
    v = v - (v * v - 2) / (2 * v) + 0 * d;
    n++;
  }
  return v * x;
}

/** do…while with continue (continue jumps to the condition). */
export function doContinue(xs: Float64Array): number {
  let i = 0;
  let s = 0;
  do {
    const v = xs[i];
    i++;
    if (v < 0) continue;
    s += v * v;
  } while (i < xs.length);
  return s;
}

/** A window written by a helper, the parent read afterwards (aliasing through subarray). */
function scaleInPlace(w: Float64Array, k: number): void {
  for (let i = 0; i < w.length; i++) w[i] *= k;
}
export function aliasWindow(x: Float64Array, k: number): number {
  const buf = Float64Array.from(x);
  scaleInPlace(buf.subarray(1, 3), k);
  scaleInPlace(buf.subarray(2, 4), k);
  let s = 0;
  for (let i = 0; i < buf.length; i++) s += buf[i] * (i + 1);
  return s;
}

/** In-place prefix sums then a reverse in-place difference: overwrites read back. */
export function prefixThenDiff(x: Float64Array, c: number): number {
  const a = Float64Array.from(x);
  for (let i = 1; i < a.length; i++) a[i] += c * a[i - 1];
  for (let i = a.length - 1; i > 0; i--) a[i] = a[i] * a[i - 1];
  let s = 0;
  for (const v of a) s += v;
  return s;
}

/** Sorting a copy: the derivative follows the permutation. */
export function sortedWeights(x: Float64Array): number {
  const s = Float64Array.from(x).sort();
  let acc = 0;
  for (let i = 0; i < s.length; i++) acc += s[i] * (i + 1);
  return acc;
}

/** reduce whose callback reads the array argument and the index. */
export function reduceNeighbour(xs: number[], k: number): number {
  return xs.reduce((s, v, i, arr) => s + v * arr[(i + 1) % arr.length] * k, 0);
}

/** A number from a boolean and a truthy-or. */
export function truthy(x: number, y: number): number {
  const z = (x > 0.5 ? 0 : x) || y;
  return z * z + +(x > y) * x;
}

/** Swap by destructuring of numbers in a loop: Fibonacci-like recurrence. */
export function fibLike(a: number, b: number, n: number): number {
  for (let i = 0; i < n; i++) [a, b] = [b, a + 0.5 * b];
  return a * b;
}

/** Math.max of an empty spread is -Infinity: guarded by the caller; a length-0 window is skipped. */
export function guardedMax(x: Float64Array, w: number): number {
  let s = 0;
  for (let i = 0; i <= x.length; i += w) {
    const win = x.subarray(i, Math.min(i + w, x.length));
    if (win.length === 0) continue;
    s += Math.max(...win) + Math.min(...win);
  }
  return s;
}

/** A local array reassigned to a new one each iteration, read after the loop. */
export function rebuildEachStep(x: Float64Array, k: number, steps: number): number {
  let a = Float64Array.from(x);
  for (let s = 0; s < steps; s++) {
    const b = new Float64Array(a.length);
    for (let i = 0; i < a.length; i++) b[i] = Math.sin(k * a[i]) + a[(i + 1) % a.length];
    a = b;
  }
  return a.reduce((p, v) => p + v * v, 0);
}

/** A value class whose method changes this, then a static reading two instances. */
class Particle {
  constructor(public x: number, public v: number) {}
  step(dt: number, k: number): void {
    this.v -= k * this.x * dt;
    this.x += this.v * dt;
  }
  static energy(a: Particle, b: Particle, k: number): number {
    return 0.5 * (a.v * a.v + b.v * b.v) + 0.5 * k * (a.x - b.x) ** 2;
  }
}
export function particles(x0: number, v0: number, k: number, n: number): number {
  const p = new Particle(x0, v0);
  const q = new Particle(-x0, 0.5 * v0);
  for (let i = 0; i < n; i++) {
    p.step(0.05, k);
    q.step(0.05, 2 * k);
  }
  return Particle.energy(p, q, k);
}

/** A closure over a let that changes after the closure is made, called in the loop. */
export function closureOverLet(x: number, n: number): number {
  let scale = 1;
  const f = (t: number) => scale * Math.sin(t);
  let s = 0;
  for (let i = 0; i < n; i++) {
    s += f(x + i);
    scale *= x;
  }
  return s;
}

/** The same or-chain without the boolean-to-number unary plus. */
export function truthyOr(x: number, y: number): number {
  const z = (x > 0.5 ? 0 : x) || y;
  return z * z + (x > y ? x : 0);
}

/** break inside a switch inside a loop leaves the switch only; continue goes to the loop. */
export function switchInLoop(xs: Float64Array, k: number): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) {
    switch (i % 3) {
      case 0:
        s += k * xs[i];
        break;
      case 1:
        if (xs[i] < 0) continue;
        s += xs[i] * xs[i];
      // falls through
      case 2:
        s *= 1 + 0.1 * k;
        break;
    }
    s += 0.01 * xs[i];
  }
  return s;
}

/** Two names for one local array: a write through one is read through the other. */
export function aliasLocal(x: number, y: number): number {
  const a = new Float64Array(3);
  const b = a;
  b[0] = x * y;
  a[1] = b[0] + x;
  b[2] = a[1] * a[0];
  return a[2] + b[1];
}

/** Two names for one local object of numbers. */
export function aliasObject(x: number, y: number): number {
  const o = { p: x, q: y };
  const r = o;
  r.p = r.p * o.q;
  o.q += r.p;
  return o.p * r.q;
}

/** for…of over a number[] that is pushed onto inside the loop (bounded): the new elements are visited. */
export function forOfGrowing(x: number): number {
  const xs: number[] = [x, 2 * x];
  let s = 0;
  for (const v of xs) {
    if (xs.length < 6) xs.push(v * 0.5 + 1);
    s += v * v;
  }
  return s;
}

/** for…of over an array variable rebound inside the loop: the loop keeps iterating the old array. */
export function forOfRebound(x: Float64Array, k: number): number {
  let a = x;
  let s = 0;
  for (const v of a) {
    a = Float64Array.of(k * v, v);
    s += v * a[0];
  }
  return s + a[1];
}

/** var hoisted out of a loop body, read after the loop. */
export function varHoist(xs: Float64Array): number {
  for (let i = 0; i < xs.length; i++) {
    var last = xs[i] * xs[i];
    if (xs[i] > 0.8) break;
  }
  return last! + xs[0];
}

/** A throw on a branch not taken in the domain; a ?? on a maybe-missing element. */
export function guarded(xs: number[], i: number, y: number): number {
  if (i >= xs.length) throw new RangeError('index out of range');
  const v = xs[i + 1] ?? y;
  return v * xs[i];
}

/** A float step in a loop header. */
export function floatStep(a: number, h: number): number {
  let s = 0;
  for (let t = 0; t < 1; t += h) s += Math.exp(-a * t) * h;
  return s;
}

/** Nested helper with an early return inside a loop, called in a loop that carries state. */
function firstAbove(xs: Float64Array, level: number, from: number): number {
  for (let i = from; i < xs.length; i++) {
    if (xs[i] > level) return xs[i] - level;
  }
  return 0;
}
export function carriedEarly(xs: Float64Array, level: number): number {
  let acc = 0;
  let lv = level;
  for (let j = 0; j < xs.length; j++) {
    const d = firstAbove(xs, lv, j);
    acc += d * d;
    lv += 0.1 * d;
  }
  return acc;
}
