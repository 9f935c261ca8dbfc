// Language probes: classes and objects as a JavaScript author writes them, and C-style control flow.

class P2 {
  constructor(readonly x: number, readonly y: number) {}
  add(o: P2): P2 { return new P2(this.x + o.x, this.y + o.y); }
  sub(o: P2): P2 { return new P2(this.x - o.x, this.y - o.y); }
  scale(k: number): P2 { return new P2(this.x * k, this.y * k); }
  dot(o: P2): number { return this.x * o.x + this.y * o.y; }
  perp(): P2 { return new P2(-this.y, this.x); }
  get len(): number { return Math.hypot(this.x, this.y); }
  static of(v: number): P2 { return new P2(v, v); }
  static fromPolar(r: number, t: number): P2 { return P2.of(r).scale(1).add(new P2(Math.cos(t) - 1, Math.sin(t) - 1).scale(r)); }
}

class Box {
  constructor(readonly w: number, readonly h: number, readonly d: number) {}
  get base(): number { return this.w * this.h; }
  get volume(): number { return this.base * this.d; }
  get density(): number { return 1 / this.volume; }
  get diag(): P2 { return new P2(this.w, this.h); }
}

abstract class Shape {
  constructor(readonly s: number) {}
  abstract area(): number;
  describe(): number { return this.s * this.area(); }
}
class Circle extends Shape {
  area(): number { return Math.PI * this.s * this.s; }
}
class Square extends Shape {
  area(): number { return this.s * this.s; }
}

interface Pt { x: number; y: number }

/** A long method chain: a.add(b).scale(k).sub(c.perp()).dot(d). */
export function chainLong(ax: number, ay: number, bx: number, by: number, k: number): number {
  const a = new P2(ax, ay), b = new P2(bx, by);
  return a.add(b).scale(k).sub(a.perp()).add(P2.of(k)).dot(b.scale(2).perp().add(a));
}

/** Getters of getters, and a getter returning an instance whose getter is read. */
export function getterOfGetter(w: number, h: number, d: number): number {
  const bx = new Box(w, h, d);
  return bx.density * bx.volume + bx.base + bx.diag.len;
}

/** Static factories calling one another. */
export function staticFactories(r: number, t: number): number {
  return P2.fromPolar(r, t).dot(P2.of(t)) + P2.fromPolar(t, r).len;
}

/** instanceof dispatch between two subclasses, as JavaScript authors write it. */
export function instanceofDispatch(s: number, round: boolean): number {
  const c = new Circle(s);
  if (round && c instanceof Circle) return c.describe();
  return new Square(s).describe();
}

/** Overrides through a base method, each subclass a const made with new. */
export function overrideDescribe(s: number): number {
  const c = new Circle(s), q = new Square(s);
  return c.describe() - q.describe();
}

/** Objects in an array: a polyline built point by point, its length. */
export function objectsInArray(xs: Float64Array): number {
  const pts: P2[] = [];
  for (let i = 0; i < xs.length; i++) pts.push(new P2(i, xs[i]));
  let len = 0;
  for (let i = 1; i < pts.length; i++) len += pts[i].sub(pts[i - 1]).len;
  return len;
}

/** An object literal built per loop iteration and passed to a helper. */
function norm2(p: Pt): number { return p.x * p.x + p.y * p.y; }
export function literalPerIteration(xs: Float64Array, k: number): number {
  let s = 0;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const p: Pt = { x: xs[i] * k, y: xs[i + 1] - k };
    s += norm2(p);
  }
  return s;
}

/** A let instance rebuilt per step (p = p.add(v.scale(dt))), the velocity too. */
export function rebuiltPerStep(x0: number, v0: number, g: number, dt: number): number {
  let p = new P2(x0, 0);
  let v = new P2(v0, v0);
  for (let t = 0; t < 10; t++) {
    v = v.add(new P2(0, -g).scale(dt));
    p = p.add(v.scale(dt));
  }
  return p.dot(p);
}

/** A name typed with its abstract base. */
export function typedAsBase(s: number): number {
  const sh: Shape = new Circle(s);
  return sh.describe();
}

/** C-style: while (n--) with a post-decrement test. */
export function whilePostDecrement(xs: Float64Array, a: number): number {
  let n = xs.length;
  let s = 0;
  while (n--) s = s * a + xs[n];
  return s;
}

/** C-style: two indices in one for, swapping in place, then a weighted sum. */
export function twoIndexReverse(xs: Float64Array, k: number): number {
  const v = xs.slice();
  let i: number, j: number;
  for (i = 0, j = v.length - 1; i < j; i++, j--) {
    const t = v[i] * k;
    v[i] = v[j];
    v[j] = t;
  }
  let s = 0;
  for (i = 0; i < v.length; i++) s += (i + 1) * v[i];
  return s;
}

/** A labelled break out of two loops (search for the first pair whose product exceeds a threshold). */
export function labelledSearch(xs: Float64Array, thr: number): number {
  let best = 0;
  outer: for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j++) {
      const p = xs[i] * xs[j];
      if (p > thr) { best = p + xs[i]; break outer; }
      best += 0.01 * p;
    }
  }
  return best;
}

/** Loop unrolled by 4 with a fall-through switch for the remainder (Duff-like). */
export function unrolledSwitch(xs: Float64Array, ys: Float64Array): number {
  const n = xs.length;
  let s = 0;
  let i = 0;
  for (; i + 3 < n; i += 4) s += xs[i] * ys[i] + xs[i + 1] * ys[i + 1] + xs[i + 2] * ys[i + 2] + xs[i + 3] * ys[i + 3];
  switch (n - i) {
    case 3: s += xs[i + 2] * ys[i + 2];
    // falls through
    case 2: s += xs[i + 1] * ys[i + 1];
    // falls through
    case 1: s += xs[i] * ys[i];
  }
  return s;
}

/** do … while with a tolerance: Newton for the cube root, then a prefix-increment index. */
export function doWhileCubeRoot(a: number, tol: number): number {
  let x = a > 1 ? a / 3 : 1;
  let dx: number;
  do {
    dx = (x * x * x - a) / (3 * x * x);
    x -= dx;
  } while (Math.abs(dx) > tol * Math.abs(x));
  return x;
}

/** Assignment inside a condition and a pre-increment index, as in C. */
export function assignInCondition(xs: Float64Array, cap: number): number {
  let i = -1;
  let s = 0;
  let v: number;
  while (i + 1 < xs.length && (v = xs[++i] * 2) < cap) s += v * v;
  return s;
}

class Cx {
  constructor(readonly re: number, readonly im: number) {}
  static readonly I = new Cx(0, 1);
  mul(o: Cx): Cx { return new Cx(this.re * o.re - this.im * o.im, this.re * o.im + this.im * o.re); }
}

/** A static readonly field holding an instance (Cx.I), as a complex library writes it. */
export function staticInstanceField(a: number, b: number): number {
  const z = new Cx(a, b).mul(Cx.I);
  return z.re * z.im;
}
