// Language probes: the TypeScript a numeric programmer writes without thinking about an AD tool.

/** A 2-D particle as a value class: getters, a setter-free API, a static constructor and a method returning a new one. */
class Particle {
  constructor(public x: number, public y: number, public vx: number, public vy: number) {}
  static at(x: number, y: number): Particle {
    return new Particle(x, y, 0, 0);
  }
  get speed(): number {
    return Math.hypot(this.vx, this.vy);
  }
  get kinetic(): number {
    return 0.5 * this.speed * this.speed;
  }
  kick(ax: number, ay: number, dt: number): Particle {
    return new Particle(this.x + dt * (this.vx + dt * ax), this.y + dt * (this.vy + dt * ay), this.vx + dt * ax, this.vy + dt * ay);
  }
}

export function particleKinetic(x: number, y: number, ax: number, ay: number, dt: number): number {
  let p = Particle.at(x, y);
  for (let i = 0; i < 5; i++) p = p.kick(ax - 0.1 * p.x, ay - 0.1 * p.y, dt);
  return p.kinetic + p.x * p.y;
}

/** A class with a setter that clamps (a setter assigning a field: documented as refused). */
class Gain {
  private g = 1;
  get value(): number {
    return this.g;
  }
  set value(v: number) {
    this.g = Math.min(10, Math.max(0, v));
  }
}

export function clampedGain(v: number, x: number): number {
  const g = new Gain();
  g.value = v;
  return g.value * x;
}

/** TypeScript overloads: a soft clip with an optional width (the first two lines are signatures, the third the body). */
export function softClip(x: number): number;
export function softClip(x: number, width: number): number;
export function softClip(x: number, width = 1): number {
  return width * Math.tanh(x / width);
}

/** for…of over entries() with destructuring, and an options object with defaults destructured in the signature. */
export function weightedTail(xs: number[], { power = 2, start = 1, scale = 1 }: { power?: number; start?: number; scale?: number } = {}): number {
  let s = 0;
  for (const [i, x] of xs.entries()) {
    if (i < start) continue;
    s += scale * Math.abs(x) ** power;
  }
  return s;
}

interface Cfg {
  gain?: number;
  offset?: number;
  inner?: { bias?: number };
}

/** Optional chaining and ?? over an optional options object. */
export function configured(x: number, y: number, cfg?: Cfg): number {
  const g = cfg?.gain ?? 2;
  const o = cfg?.offset ?? 0.5;
  const b = cfg?.inner?.bias ?? -1;
  return g * Math.sin(x) + o * y * y + b * x * y;
}

/** Labelled loops: the first pair (i, j) whose product exceeds a threshold ends both loops. */
export function firstPairOver(a: Float64Array, thr: number): number {
  let acc = 0;
  outer: for (let i = 0; i < a.length; i++) {
    for (let j = i + 1; j < a.length; j++) {
      if (a[j] < 0) continue outer;
      acc += a[i] * a[j];
      if (acc > thr) break outer;
    }
  }
  return acc;
}

/** A switch with fall-through accumulating terms for an order parameter. */
export function seriesByOrder(x: number, order: number): number {
  let s = 0;
  switch (order) {
    case 4:
      s += x ** 4 / 24;
    // falls through
    case 3:
      s += x ** 3 / 6;
    // falls through
    case 2:
      s += (x * x) / 2;
    // falls through
    case 1:
      s += x;
      break;
    default:
      s = Math.expm1(x);
  }
  return s;
}

/** Nested ternaries choosing a smooth piece. */
export function piecewiseSmooth(x: number, a: number): number {
  return x < -1 ? a * (x + 1) - a / 2 : x < 1 ? (a * x * x) / 2 - a / 2 + a * (x < 0 ? 0 : 0) : x > 3 ? a * Math.log(x) : a * (x - 1) + 0;
}

/** Math of every kind in one function. */
export function mathZoo(x: number, y: number, z: number): number {
  const a = Math.hypot(x, y, z) + Math.atan2(y, x) + Math.expm1(x / 3) + Math.log1p(y * y);
  const b = Math.cbrt(z) * Math.sign(x) + Math.trunc(y * 3) + Math.min(x, y, z, 0.5) + Math.max(x, 2 * y, -z);
  const c = Math.sinh(x / 2) * Math.cosh(y / 3) - Math.tanh(z) + Math.asinh(x) + Math.acosh(2 + y * y) + Math.atanh(z / 3);
  const d = Math.log2(1 + x * x) + Math.log10(2 + y * y) + Math.asin(z / 2) + Math.acos(x / 3) + Math.atan(y) + Math.tan(z / 2);
  const e = Math.pow(Math.abs(x) + 1, y) + Math.sqrt(Math.abs(y) + 1) + Math.fround(0.1) + Math.exp(-x * x);
  return a + b + c + d + e;
}

/** A tuple from a helper destructured with a default position. */
function minMax(xs: Float64Array): [number, number] {
  let lo = Infinity, hi = -Infinity;
  for (const v of xs) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return [lo, hi];
}

export function normalizedSpread(xs: Float64Array): number {
  const [lo, hi] = minMax(xs);
  let s = 0;
  for (const v of xs) s += ((v - lo) / (hi - lo)) ** 2;
  return s;
}

/** A helper returning an object, destructured with renames. */
function stats(xs: number[]): { mean: number; sd: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
  return { mean, sd };
}

export function zScoreSum(xs: number[], ref: number): number {
  const { mean: m, sd: s } = stats(xs);
  return xs.map((x) => (x - m) / s).reduce((acc, z) => acc + Math.exp(-z * z), 0) + (ref - m) / s;
}

/** Spreads: Math.max of a subarray window and of a mapped copy, and [...xs] copied then changed. */
export function spreadWindows(xs: Float64Array, width: number): number {
  let s = 0;
  for (let i = 0; i + width <= xs.length; i++) {
    s += Math.max(...xs.subarray(i, i + width)) - Math.min(...xs.subarray(i, i + width).map((v) => v * 0.5));
  }
  const copy = [...xs];
  copy[0] *= 3;
  return s + copy[0] * copy[copy.length - 1];
}

/** Array.from({ length }, fn) then reduce, and an early return inside the loop. */
export function firstCrossing(a: number, b: number, n: number): number {
  const grid = Array.from({ length: n }, (_, k) => a + (b - a) * (k / (n - 1)));
  const vals = grid.map((t) => Math.cos(3 * t) - 0.2 * t);
  for (let k = 1; k < n; k++) {
    if (vals[k - 1] > 0 && vals[k] <= 0) {
      // linear interpolation of the root between grid points
      return grid[k - 1] + (grid[k] - grid[k - 1]) * (vals[k - 1] / (vals[k - 1] - vals[k]));
    }
  }
  return vals.reduce((m, v) => Math.max(m, v), -Infinity);
}

/** Static methods only (a namespace class) and a do-while. */
class Units {
  static readonly DEG = Math.PI / 180;
  static toRad(d: number): number {
    return d * Units.DEG;
  }
  static chord(r: number, deg: number): number {
    return 2 * r * Math.sin(Units.toRad(deg) / 2);
  }
}

export function chordIterate(r: number, deg: number): number {
  let c = Units.chord(r, deg);
  let k = 0;
  do {
    c = Units.chord(c, deg + k);
    k++;
  } while (k < 4);
  return c;
}

/** The same chord iteration with the constant written as a literal. */
class Deg {
  static readonly RAD = 0.017453292519943295;
  static chord(r: number, deg: number): number {
    return 2 * r * Math.sin((deg * Deg.RAD) / 2);
  }
}

export function chordIterateLit(r: number, deg: number): number {
  let c = Deg.chord(r, deg);
  let k = 0;
  do {
    c = Deg.chord(c, deg + k);
    k++;
  } while (k < 4);
  return c;
}
