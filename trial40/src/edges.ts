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

/** Remainder: ∂(a % b)/∂a = 1, ∂/∂b = −trunc(a / b). */
export function remainderSaw(a: number, b: number): number {
  return (a % b) ** 2 + a;
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
