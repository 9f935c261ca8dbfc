// More probes: classes changed in place, nested instances, private fields, three-level overrides, and
// C-style loops (for (;;), heaps and sorts in place, permutation vectors, bit tricks).

class Particle {
  #m: number;
  constructor(public x: number, public v: number, m: number) { this.#m = m; }
  get mass(): number { return this.#m; }
  get momentum(): number { return this.#m * this.v; }
  advance(f: number, dt: number): void {
    this.v += (f / this.#m) * dt;
    this.x += this.v * dt;
  }
}

class Gain {
  _db: number;
  constructor(db: number) { this._db = db; }
  get db(): number { return this._db; }
  set db(v: number) { this._db = Math.min(v, 24); }
  get linear(): number { return Math.pow(10, this._db / 20); }
}

class V {
  constructor(readonly x: number, readonly y: number) {}
  sub(o: V): V { return new V(this.x - o.x, this.y - o.y); }
  add(o: V): V { return new V(this.x + o.x, this.y + o.y); }
  scale(k: number): V { return new V(k * this.x, k * this.y); }
  withX(x: number): V { return new V(x, this.y); }
  get len(): number { return Math.sqrt(this.x * this.x + this.y * this.y); }
  dist(o: V, p = 2): number { return Math.pow(Math.pow(Math.abs(this.x - o.x), p) + Math.pow(Math.abs(this.y - o.y), p), 1 / p); }
}

class Segment {
  constructor(readonly a: V, readonly b: V) {}
  get length(): number { return this.b.sub(this.a).len; }
  at(t: number): V { return this.a.add(this.b.sub(this.a).scale(t)); }
}

class Base {
  constructor(readonly k: number) {}
  f(x: number): number { return this.k * x; }
  g(x: number): number { return this.f(x) + 1; }
}
class Mid extends Base {
  f(x: number): number { return super.f(x) * x; }
}
class Leaf extends Mid {
  f(x: number): number { return super.f(x) + Math.sin(this.k * x); }
  g(x: number): number { return super.g(x) * 2; }
}

/** A let instance changed in place by a void method in a loop, read through getters. */
export function particleInPlace(x0: number, v0: number, m: number, k: number): number {
  const p = new Particle(x0, v0, m);
  for (let i = 0; i < 20; i++) p.advance(-k * p.x, 0.05);
  return p.x * p.momentum + p.mass;
}

/** A setter clamping, through += in a loop. */
export function setterClamp(db0: number, step: number): number {
  const g = new Gain(db0);
  for (let i = 0; i < 6; i++) g.db += step;
  return g.linear + g.db;
}

/** A conditional instance as a receiver, a destructured result, and a method with a default. */
export function choiceAndDefaults(ax: number, ay: number, bx: number, by: number): number {
  const a = new V(ax, ay), b = new V(bx, by);
  const { x, y } = (a.len > b.len ? a : b).sub(a.withX(bx));
  return x * y + a.dist(b) + a.dist(b, 3);
}

/** Instances as fields of an instance: a segment's length and a point on it. */
export function nestedInstances(ax: number, ay: number, bx: number, by: number, t: number): number {
  const s = new Segment(new V(ax, ay), new V(bx, by));
  const p = s.at(t);
  return s.length * p.x + p.y;
}

/** Three levels of overrides with super calls, each instance a const made with new. */
export function threeLevels(k: number, x: number): number {
  const l = new Leaf(k), m = new Mid(k), b = new Base(k);
  return l.g(x) + m.g(x) + b.g(x);
}

/** The same, each method called on new C(…) directly (README: `new Harmonic(k).total(rs)`). */
export function threeLevelsNew(k: number, x: number): number {
  return new Leaf(k).g(x) + new Mid(k).g(x) + new Base(k).g(x);
}

/** for (;;) with a break: Newton for x^3 = a with a bisection guard, until the step is below 1e-15 x. */
export function foreverNewton(a: number): number {
  let lo = 0, hi = Math.max(1, a);
  let x = hi;
  for (;;) {
    let nx = x - (x * x * x - a) / (3 * x * x);
    if (nx <= lo || nx >= hi) nx = 0.5 * (lo + hi);
    if (nx * nx * nx > a) hi = nx;
    else lo = nx;
    const dx = Math.abs(nx - x);
    x = nx;
    if (dx < 1e-15 * x) break;
  }
  return a / (x * x);
}

/** In-place heap sort (sift-down with swaps), then a rank-weighted sum: an L-estimator. */
export function heapSortWeighted(xs: Float64Array): number {
  const a = xs.slice();
  const n = a.length;
  let start = (n >> 1) - 1;
  let end = n;
  while (end > 1) {
    if (start >= 0) start--;
    else { end--; const t = a[0]; a[0] = a[end]; a[end] = t; }
    let root = start >= 0 ? start + 1 : 0;
    if (start < 0 && end <= 1) break;
    // sift down from root within [0, end)
    for (;;) {
      let child = 2 * root + 1;
      if (child >= end) break;
      if (child + 1 < end && a[child + 1] > a[child]) child++;
      if (a[root] < a[child]) { const t = a[root]; a[root] = a[child]; a[child] = t; root = child; }
      else break;
    }
  }
  let s = 0;
  for (let i = 0; i < n; i++) s += (i + 1) * (i + 1) * a[i];
  return s;
}

/** Bubble sort with a swapped flag and an early exit, then a trimmed mean. */
export function bubbleTrimmed(xs: Float64Array, trim: number): number {
  const a = xs.slice();
  const n = a.length;
  let swapped: boolean;
  let pass = 0;
  do {
    swapped = false;
    for (let i = 1; i < n - pass; i++) {
      if (a[i - 1] > a[i]) { const t = a[i]; a[i] = a[i - 1]; a[i - 1] = t; swapped = true; }
    }
    pass++;
  } while (swapped);
  let s = 0;
  for (let i = trim; i < n - trim; i++) s += a[i];
  return s / (n - 2 * trim);
}

/** A permutation vector (Int32Array) from partial pivoting, used to gather and scatter. */
export function permutedScatter(x: Float64Array, w: Float64Array): number {
  const n = x.length;
  const perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  // selection by |x| descending, swapping indices only
  for (let k = 0; k < n - 1; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(x[perm[i]]) > Math.abs(x[perm[p]])) p = i;
    const t = perm[k]; perm[k] = perm[p]; perm[p] = t;
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) y[perm[i]] = x[perm[i]] * w[i];
  let s = 0;
  for (let i = 0; i < n; i++) s += y[i] * y[i] * (i + 1);
  return s;
}

/** Bit tricks: i >> 1 parents, i & 1 parity, a Fenwick-style prefix (i & -i). */
export function fenwickPrefix(xs: Float64Array, k: number): number {
  const n = xs.length;
  const tree = new Float64Array(n + 1);
  for (let i = 1; i <= n; i++) {
    const v = xs[i - 1] * (i & 1 ? k : 1);
    for (let j = i; j <= n; j += j & -j) tree[j] += v;
  }
  let s = 0;
  for (let q = 1; q <= n; q++) {
    let acc = 0;
    for (let j = q; j > 0; j -= j & -j) acc += tree[j];
    s += acc * acc / (1 + (q >> 1));
  }
  return s;
}

/** switch with break inside a for (the break leaves the switch), and a labelled continue. */
export function switchInLoop(xs: Float64Array, a: number): number {
  let s = 0;
  rows: for (let i = 0; i < xs.length; i++) {
    switch (i % 3) {
      case 0:
        s += a * xs[i];
        break;
      case 1:
        if (xs[i] < 0) continue rows;
        s += xs[i] * xs[i];
        break;
      default:
        s -= Math.sin(a * xs[i]);
    }
    s *= 0.9;
  }
  return s;
}

/** NR-style out-parameter helper returning two values, called in a loop with read-modify-write. */
function sincosStep(out: Float64Array, th: number, w: number): void {
  out[0] = out[0] * Math.cos(th) - out[1] * Math.sin(th) * w;
  out[1] = out[0] * Math.sin(th) + out[1] * Math.cos(th);
}
export function outParamLoop(th: number, w: number, n: number): number {
  const st = new Float64Array(2);
  st[0] = 1;
  st[1] = 0;
  for (let i = 0; i < n; i++) sincosStep(st, th, w);
  return st[0] + 2 * st[1];
}

/** An alias of a local array written through the alias, with i-- > 0 loops. */
export function aliasWrites(xs: Float64Array, c: number): number {
  const a = xs.slice();
  const b = a;
  let i = a.length;
  while (i-- > 1) b[i] -= c * a[i - 1];
  let s = 0;
  i = a.length;
  while (i-- > 0) s += a[i] * b[i];
  return s;
}

/** An early return from inside two loops in a helper inlined twice. */
function firstAbove(xs: Float64Array, thr: number, k: number): number {
  for (let i = 0; i < xs.length; i++) {
    for (let j = 0; j < 2; j++) {
      const v = xs[i] * (j + k);
      if (v > thr) return v + i;
    }
  }
  return -1;
}
export function earlyReturnTwice(xs: Float64Array, thr: number, k: number): number {
  return firstAbove(xs, thr, k) * firstAbove(xs, thr * 0.5, k + 1);
}
