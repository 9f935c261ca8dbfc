// Code shapes: the way people actually write things.

const enum Kernel { Gauss, Laplace, Cauchy }

/** A kernel chosen by a switch with fall-through. */
export function kernelValue(r: number, width: number, kind: Kernel): number {
  const u = r / width;
  switch (kind) {
    case Kernel.Gauss:
      return Math.exp(-0.5 * u * u);
    case Kernel.Laplace:
      return Math.exp(-Math.abs(u));
    case Kernel.Cauchy:
    default:
      return 1 / (1 + u * u);
  }
}

/** An optional scale that defaults to 1 when left out. */
export function scaledSoftplus(x: number, s?: number): number {
  if (s === undefined) s = 1;
  return s * Math.log1p(Math.exp(x / s));
}

/** Defaults that read earlier parameters. */
export function withDefaults(x: number, k = 2, c = x * 0.5): number {
  return k * Math.sin(x) + c * c;
}

interface Complex { re: number; im: number }

function cmul(a: Complex, b: Complex): Complex {
  return { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re };
}

function cpolar(r: number, t: number): Complex {
  return { re: r * Math.cos(t), im: r * Math.sin(t) };
}

/** |z₁ z₂|² via object-returning helpers and destructuring. */
export function complexProductNorm(r1: number, t1: number, r2: number, t2: number): number {
  const { re, im } = cmul(cpolar(r1, t1), cpolar(r2, t2));
  return re * re + im * im;
}

/** Cumulative sum until it passes a threshold, then an early return of a weighted tail. */
export function firstPassage(xs: Float64Array, threshold: number): number {
  let acc = 0;
  for (let i = 0; i < xs.length; i++) {
    acc += xs[i] * xs[i];
    if (acc > threshold) return acc * (i + 1) + xs[i];
  }
  return -acc;
}

/** A `for…of` with `continue` and a `break`. */
export function skipNegatives(xs: number[], cap: number): number {
  let s = 0;
  for (const v of xs) {
    if (v < 0) continue;
    s += Math.sqrt(v + 1);
    if (s > cap) break;
  }
  return s;
}

/** Nested ternaries. */
export function piecewise(x: number): number {
  return x < -1 ? -x * x : x < 0 ? Math.sin(x) : x < 1 ? x * Math.exp(x) : Math.E + Math.log(x);
}

/** Every Math function this round mentions. */
export function mathZoo(a: number, b: number): number {
  const h = Math.hypot(a, b, 1);
  const t = Math.atan2(b, a);
  const p = Math.pow(Math.abs(a) + 1, b);
  const c = Math.cbrt(a - 2 * b);
  const e = Math.expm1(a * b);
  const l = Math.log1p(a * a);
  const m = Math.min(a, b) * Math.max(a, -b);
  return Math.sign(a) * h + t * p + c + e + l + m;
}

function powRec(x: number, n: number): number {
  if (n === 0) return 1;
  const half = powRec(x, Math.floor(n / 2));
  return n % 2 === 0 ? half * half : half * half * x;
}

/** Fast exponentiation by recursion. */
export function fastPow(x: number, n: number): number {
  return powRec(x, Math.round(n));
}

/** Labelled break out of nested loops: first grid cell above a level. */
export function gridSearch(w: Float64Array, level: number): number {
  let found = 0;
  outer: for (let i = 0; i < w.length; i++) {
    for (let j = 0; j < w.length; j++) {
      const v = w[i] * w[j] + Math.sin(w[i] - w[j]);
      if (v > level) {
        found = v;
        break outer;
      }
      found += 0.01 * v;
    }
  }
  return found;
}

/** do…while with a data-dependent exit. */
export function halvingSteps(x: number): number {
  let y = x;
  let acc = 0;
  do {
    acc += y;
    y *= 0.5;
  } while (Math.abs(y) > 0.1);
  return acc;
}

/** A helper that writes its result into an output array. */
function rotate(out: Float64Array, x: number, y: number, th: number): void {
  out[0] = Math.cos(th) * x - Math.sin(th) * y;
  out[1] = Math.sin(th) * x + Math.cos(th) * y;
}

/** Apply a rotation helper repeatedly, reusing one buffer. */
export function rotateMany(x: number, y: number, angles: Float64Array): number {
  const p = new Float64Array(2);
  p[0] = x;
  p[1] = y;
  for (const a of angles) rotate(p, p[0], p[1], a);
  return p[0] * 2 + p[1];
}

/** A class with static constants (read) and one with methods (a probe). */
export class Units {
  static readonly G = 9.81;
  static readonly RHO = 1.225;
}

/** Drag force using class statics. */
export function dragForce(v: number, cd: number, area: number): number {
  return 0.5 * Units.RHO * cd * area * v * v + Units.G * 0;
}

export class Spring {
  constructor(public k: number, public rest: number) {}
  energy(x: number): number {
    const d = x - this.rest;
    return 0.5 * this.k * d * d;
  }
}

/** Uses a class instance: expected to be refused. */
export function springEnergy(x: number, k: number): number {
  const s = new Spring(k, 1);
  return s.energy(x);
}

/** Array methods with closures (refused until stop 26, now lowered to loops). */
export function sumOfSquaresMap(xs: number[]): number {
  return xs.map((v) => v * v).reduce((a, b) => a + b, 0);
}

let calls = 0;
/** Mutable module state: expected to be refused. */
export function countedSquare(x: number): number {
  calls++;
  return x * x + calls * 0;
}

/** try/catch: expected to be refused. */
export function guardedLog(x: number): number {
  try {
    return Math.log(x);
  } catch {
    return 0;
  }
}

/** A neighbour of the refused functions: must still compile. */
export function neighbourOk(x: number, y: number): number {
  return Math.atan2(y, x) * Math.hypot(x, y);
}

/** Destructuring swap and a comma expression. */
export function swapDance(a: number, b: number): number {
  let s = 0;
  for (let i = 0; i < 3; i++) {
    [a, b] = [b, a * 0.5 + b];
    (s += a), (s *= 0.9);
  }
  return s + b;
}

/** A throw guard for bad input, otherwise arithmetic. */
export function safeRatio(a: number, b: number): number {
  if (!(Math.abs(b) > 1e-12)) throw new RangeError(`b is too small: ${b}`);
  return a / b + Math.log(Math.abs(b));
}

/** Bitwise integer index from a differentiated value (inactive index). */
export function tableLerp(x: number, table: Float64Array): number {
  const t = Math.min(Math.max(x, 0), table.length - 1.000001);
  const i = t | 0;
  const f = t - i;
  return table[i] * (1 - f) + table[i + 1] * f;
}

/** Optional chaining of ?? on a possibly missing element. */
export function tailOrDefault(xs: number[], k: number): number {
  const v = xs[3] ?? k;
  return v * v + k;
}

/** A var-heavy old-school function. */
export function oldSchool(x: number, y: number): number {
  var i, s = 0, t;
  for (i = 0; i < 4; i++) {
    t = x * i - y;
    s += t * t;
  }
  if (s > 10) {
    var bonus = Math.sqrt(s);
  } else {
    bonus = s;
  }
  return bonus;
}

/** Generic number type parameter. */
export function lerpT<T extends number>(a: T, b: T, t: number): number {
  return a + (b - a) * t;
}

/** Returns number | undefined. */
export function maybeRoot(x: number): number | undefined {
  if (x < 0) return undefined;
  return Math.sqrt(x) * 3;
}

/** A caller of a maybe-undefined helper. */
export function rootOrZero(x: number): number {
  return maybeRoot(x) ?? 0;
}
