// Probes: a let instance rebuilt by a conditional, callbacks reading `this` in methods, `new this(…)` in a static
// factory, base getters reading derived overrides, a state machine in while/switch, and NR's spline/splint.

class Vec {
  constructor(readonly x: number, readonly y: number) {}
  add(o: Vec): Vec { return new Vec(this.x + o.x, this.y + o.y); }
  scale(k: number): Vec { return new Vec(k * this.x, k * this.y); }
  get norm(): number { return Math.hypot(this.x, this.y); }
  static diag(v: number): Vec { return new this(v, -v); }
}

class Weights {
  constructor(readonly k: number, readonly b: number) {}
  /** a callback reading this inside a method */
  apply(xs: Float64Array): number { return xs.reduce((s, x) => s + this.k * x * x + this.b, 0); }
  /** an early return from a loop inside a method */
  firstOver(xs: Float64Array, t: number): number {
    for (let i = 0; i < xs.length; i++) if (xs[i] * this.k > t) return xs[i] * this.b;
    return this.b;
  }
  /** a getter with a loop */
  get series(): number { let s = 0; for (let n = 1; n <= 5; n++) s += Math.pow(this.k, n) / n; return s; }
}

abstract class Material {
  constructor(readonly e: number) {}
  abstract get poisson(): number;
  get shear(): number { return this.e / (2 * (1 + this.poisson)); }
  get bulk(): number { return this.e / (3 * (1 - 2 * this.poisson)); }
}
class Steel extends Material {
  get poisson(): number { return 0.3; }
}
class Rubber extends Material {
  constructor(e: number, readonly nu: number) { super(e); }
  get poisson(): number { return this.nu; }
  get shear(): number { return super.shear * 1.01; }
}

/** A let instance rebuilt through a conditional of two method results in a loop. */
export function conditionalRebuild(x: number, y: number, vx: number, vy: number): number {
  let p = new Vec(x, y);
  const v = new Vec(vx, vy);
  for (let i = 0; i < 8; i++) p = p.norm < 2 ? p.add(v) : p.scale(0.5);
  return p.x * p.y + Vec.diag(x).norm;
}

/** The same with the hint's rewrite: the choice bound to a const first. */
export function conditionalRebuildConst(x: number, y: number, vx: number, vy: number): number {
  let p = new Vec(x, y);
  const v = new Vec(vx, vy);
  for (let i = 0; i < 8; i++) {
    const next = p.norm < 2 ? p.add(v) : p.scale(0.5);
    p = next;
  }
  return p.x * p.y + Vec.diag(x).norm;
}

/** Methods with a callback reading this, an early return in a loop, and a getter with a loop. */
export function methodsWithLoops(xs: Float64Array, k: number, b: number, t: number): number {
  const w = new Weights(k, b);
  return w.apply(xs) + w.firstOver(xs, t) + w.series;
}

/** Base getters reading abstract getters overridden in subclasses, and super getters. */
export function abstractGetters(e1: number, e2: number, nu: number): number {
  const s = new Steel(e1), r = new Rubber(e2, nu);
  return s.shear + s.bulk + r.shear + r.bulk;
}

/** A state machine: while (true) with a switch on a state variable, continue and return. */
export function stateMachine(xs: Float64Array, gain: number): number {
  let state = 0, i = 0, acc = 0, peak = 0;
  while (true) {
    switch (state) {
      case 0: // rising
        if (i >= xs.length) return acc + peak;
        if (xs[i] < peak) { state = 1; continue; }
        peak = xs[i];
        acc += gain * xs[i];
        i++;
        continue;
      case 1: // falling
        if (i >= xs.length) return acc - peak;
        acc -= 0.5 * xs[i] * xs[i];
        if (xs[i] > 0.8 * peak) state = 2;
        i++;
        continue;
      default: // reset
        peak = 0.5 * peak;
        state = 0;
    }
  }
}

/** NR spline (natural, 1-based work array u) and splint (bisection for klo/khi), evaluated at several points. */
function spline(x: Float64Array, y: Float64Array, n: number, y2: Float64Array, u: Float64Array): void {
  y2[1] = u[1] = 0.0;
  for (let i = 2; i <= n - 1; i++) {
    const sig = (x[i] - x[i - 1]) / (x[i + 1] - x[i - 1]);
    const p = sig * y2[i - 1] + 2.0;
    y2[i] = (sig - 1.0) / p;
    u[i] = (y[i + 1] - y[i]) / (x[i + 1] - x[i]) - (y[i] - y[i - 1]) / (x[i] - x[i - 1]);
    u[i] = (6.0 * u[i] / (x[i + 1] - x[i - 1]) - sig * u[i - 1]) / p;
  }
  const qn = 0.0, un = 0.0;
  y2[n] = (un - qn * u[n - 1]) / (qn * y2[n - 1] + 1.0);
  for (let k = n - 1; k >= 1; k--) y2[k] = y2[k] * y2[k + 1] + u[k];
}
function splint(xa: Float64Array, ya: Float64Array, y2a: Float64Array, n: number, x: number): number {
  let klo = 1, khi = n;
  while (khi - klo > 1) {
    const k = (khi + klo) >> 1;
    if (xa[k] > x) khi = k;
    else klo = k;
  }
  const h = xa[khi] - xa[klo];
  const a = (xa[khi] - x) / h, b = (x - xa[klo]) / h;
  return a * ya[klo] + b * ya[khi] + ((a * a * a - a) * y2a[klo] + (b * b * b - b) * y2a[khi]) * (h * h) / 6.0;
}
export function splineSamples(xs: Float64Array, ys: Float64Array, at: Float64Array): number {
  const n = xs.length;
  const x = new Float64Array(n + 1), y = new Float64Array(n + 1), y2 = new Float64Array(n + 1), u = new Float64Array(n + 1);
  for (let i = 1; i <= n; i++) { x[i] = xs[i - 1]; y[i] = ys[i - 1]; }
  spline(x, y, n, y2, u);
  let s = 0;
  for (let j = 0; j < at.length; j++) { const v = splint(x, y, y2, n, at[j]); s += v * v; }
  return s;
}
