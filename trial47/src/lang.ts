// Language probes: classes (constructor evaluation order, getters over getters, overrides called from a base
// constructor, static factories, `this` in callbacks, defaults reading `this`), swaps, scratch buffers, recursion.

class Chain {
  a = 2;
  b = this.a * 3;
  constructor(public x: number) {
    this.a = this.b + x;
  }
}

/** Field initialisers run before the parameter property and the body: a = 6 + x, b = 6. */
export function fieldChain(x: number): number {
  const c = new Chain(x);
  return c.a * c.x + c.b;
}

class Box {
  static readonly WALL = 0.1;
  constructor(readonly w: number, readonly h: number) {}
  get inner(): number {
    return (this.w - 2 * Box.WALL) * (this.h - 2 * Box.WALL);
  }
  get perimeter(): number {
    return 2 * (this.w + this.h);
  }
  get ratio(): number {
    return this.inner / this.perimeter;
  }
  static square(s: number): Box {
    return new Box(s, s);
  }
}

/** Getters reading getters and a static; a static factory. */
export function boxRatio(w: number, h: number): number {
  return new Box(w, h).ratio + Box.square(w * h).ratio;
}

class Base {
  readonly s0: number;
  readonly k: number;
  constructor(s: number) {
    this.s0 = s;
    this.k = this.factor() * s;
  }
  factor(): number {
    return 1;
  }
}

class Doubler extends Base {
  constructor(s: number) {
    super(s + 1);
  }
  factor(): number {
    return this.s0 * 2; // reads a base field the base constructor assigned before calling
  }
}

/** A base constructor calls a method the subclass overrides; the override reads a field assigned before the call. */
export function overrideInCtor(s: number): number {
  const d = new Doubler(s);
  return d.k + d.factor();
}

class Scaler {
  constructor(readonly k: number) {}
  weigh(xs: Float64Array): number {
    return xs.reduce((acc, v) => acc + v * this.k, 0);
  }
  apply(x: number, scale: number = this.k, shift: number = scale * 0.5): number {
    return x * scale + shift;
  }
}

/** `this` inside a reduce callback in a method; defaults reading `this` and an earlier default. */
export function thisInCallbacks(k: number, xs: Float64Array): number {
  const s = new Scaler(k);
  return s.weigh(xs) + s.apply(xs[0]) + s.apply(xs[1], 2);
}

class Particle {
  constructor(readonly x: number, readonly v: number) {}
  step(dt: number, k: number): Particle {
    const a = -k * this.x;
    return new Particle(this.x + dt * (this.v + 0.5 * dt * a), this.v + dt * a);
  }
}

/** Instances rebuilt in a loop and swapped by destructuring every step (two oscillators trading places). */
export function swapParticles(x0: number, x1: number, k: number): number {
  let p = new Particle(x0, 0);
  let q = new Particle(x1, 0.5);
  for (let i = 0; i < 20; i++) {
    p = p.step(0.05, k);
    [p, q] = [q, p];
  }
  return p.x * 2 + q.x + q.v;
}

class Meter {
  private _gain = 1;
  constructor(public level: number) {}
  get gain(): number {
    return this._gain;
  }
  set gain(g: number) {
    this._gain = Math.min(4, Math.max(0.25, g));
  }
  read(): number {
    return this.level * this.gain;
  }
}

/** A setter called through compound assignment in a loop, with clamping. */
export function setterLoop(level: number, g: number): number {
  const m = new Meter(level);
  let s = 0;
  for (let i = 0; i < 6; i++) {
    m.gain += g;
    m.level *= 0.9;
    s += m.read();
  }
  return s;
}

class Pair {
  constructor(readonly first: number, readonly second: number) {}
}

/** The same swap through a temporary. */
export function swapParticlesTemp(x0: number, x1: number, k: number): number {
  let p = new Particle(x0, 0);
  let q = new Particle(x1, 0.5);
  for (let i = 0; i < 20; i++) {
    p = p.step(0.05, k);
    const t = p;
    p = q;
    q = t;
  }
  return p.x * 2 + q.x + q.v;
}

/** Constructor arguments with side effects are evaluated left to right. */
export function argOrder(x: number): number {
  let t = x;
  const p = new Pair((t = t * 2), (t = t + 1));
  return p.first * 10 + p.second + t;
}

/** Scratch buffers swapped by destructuring (a Jacobi smoother), typed arrays and an early exit. */
export function jacobiSwap(f: Float64Array, iters: number): number {
  const n = f.length;
  let u = new Float64Array(n);
  let w = new Float64Array(n);
  for (let it = 0; it < iters; it++) {
    for (let i = 1; i < n - 1; i++) w[i] = 0.5 * (u[i - 1] + u[i + 1] + f[i]);
    [u, w] = [w, u];
  }
  let s = 0;
  for (const v of u) {
    if (!(v < 1e6)) return -1;
    s += v * v;
  }
  return s;
}

function det(M: number[][], n: number): number {
  if (n === 1) return M[0][0];
  if (n === 2) return M[0][0] * M[1][1] - M[0][1] * M[1][0];
  let d = 0;
  for (let c = 0; c < n; c++) {
    const minor: number[][] = [];
    for (let r = 1; r < n; r++) {
      const row: number[] = new Array(n - 1).fill(0);
      let k = 0;
      for (let j = 0; j < n; j++) if (j !== c) row[k++] = M[r][j];
      minor.push(row);
    }
    d += (c % 2 === 0 ? 1 : -1) * M[0][c] * det(minor, n - 1);
  }
  return d;
}

/** A recursive Laplace determinant of a local number[][] built from a vector. */
export function detRecursive(a: Float64Array): number {
  const M: number[][] = [
    [a[0], a[1], a[2]],
    [a[3], a[4], a[5]],
    [a[6], a[7], a[8]],
  ];
  return det(M, 3);
}

abstract class Shape {
  constructor(readonly scale: number) {}
  abstract area(): number;
  get scaled(): number {
    return this.scale * this.area();
  }
}

class Ring extends Shape {
  readonly inner: number;
  constructor(s: number, readonly r: number) {
    super(s);
    this.inner = r * 0.5;
  }
  area(): number {
    return Math.PI * (this.r * this.r - this.inner * this.inner);
  }
}

class ThickRing extends Ring {
  area(): number {
    return super.area() * 1.1 + this.inner; // a super call
  }
}

/** Two levels of inheritance, a base getter calling an override, super.area(). */
export function ringArea(s: number, r: number): number {
  const a = new Ring(s, r);
  const b = new ThickRing(s, r);
  return a.scaled + b.area();
}

class Counter {
  static readonly STEP = 0.5;
  value: number;
  constructor(v0: number, readonly rate: number = Counter.STEP * 2) {
    this.value = v0;
  }
  bump(times: number): void {
    for (let i = 0; i < times; i++) this.advance();
  }
  advance(): void {
    this.value += this.rate * Math.sin(this.value);
  }
}

/** A void method calling another void method in a loop; a constructor default reading a static. */
export function counterRun(v0: number, rate: number): number {
  const a = new Counter(v0);
  const b = new Counter(v0, rate);
  a.bump(5);
  b.bump(5);
  return a.value + b.value;
}
