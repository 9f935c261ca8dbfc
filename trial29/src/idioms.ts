// Everyday idioms: objects of numbers through helpers, switch, spread, early returns, do/while,
// labelled break, reduce/map with closures, class statics, enums, scratch buffers, Newton with break.

interface Body {
  m: number;
  v: number;
  h: number;
}

function energyOf(b: Body, g: number): number {
  return 0.5 * b.m * b.v * b.v + b.m * g * b.h;
}

/** Total mechanical energy of two bodies given as objects built in place. */
export function twoBodyEnergy(m1: number, v1: number, h1: number, m2: number, v2: number, h2: number): number {
  const a = { m: m1, v: v1, h: h1 };
  const b: Body = { m: m2, v: v2, h: h2 };
  return energyOf(a, 9.81) + energyOf(b, 9.81);
}

enum Activation {
  Tanh,
  Relu,
  Softplus,
  Swish,
}

function act(kind: Activation, z: number): number {
  switch (kind) {
    case Activation.Tanh:
      return Math.tanh(z);
    case Activation.Relu:
      return z > 0 ? z : 0;
    case Activation.Softplus:
      return Math.log1p(Math.exp(z));
    case Activation.Swish:
    default:
      return z / (1 + Math.exp(-z));
  }
}

/** A tiny dense layer followed by an activation chosen by an enum; sum of outputs. */
export function denseAct(W: Float64Array, b: Float64Array, x: Float64Array, kind: Activation): number {
  const n = b.length;
  const d = x.length;
  let total = 0;
  for (let i = 0; i < n; i++) {
    let z = b[i];
    for (let j = 0; j < d; j++) z += W[i * d + j] * x[j];
    total += act(kind, z);
  }
  return total;
}

class Consts {
  static readonly C = 299792458;
  static readonly EPS = 1e-9;
}

/** Relativistic kinetic energy with a class static constant. */
export function relKinetic(m: number, v: number): number {
  const beta = v / Consts.C;
  const gamma = 1 / Math.sqrt(1 - beta * beta + Consts.EPS);
  return (gamma - 1) * m * Consts.C * Consts.C * 1e-16;
}

/** Newton's method for the cube root of a with a while/break convergence test. */
export function newtonCbrt(a: number): number {
  let x = a > 1 ? a / 3 : 1;
  let iter = 0;
  while (true) {
    const nx = x - (x * x * x - a) / (3 * x * x);
    if (Math.abs(nx - x) < 1e-15 * Math.abs(x) || ++iter > 60) {
      x = nx;
      break;
    }
    x = nx;
  }
  return x;
}

/** Piecewise tax-like function with early returns and a do/while. */
export function piecewiseTax(income: number, rate1 = 0.1, rate2 = 0.3): number {
  if (income <= 0) return 0;
  if (income < 10) return rate1 * income;
  let tax = rate1 * 10;
  let rest = income - 10;
  let band = 0;
  do {
    const chunk = Math.min(rest, 20);
    tax += chunk * (rate2 + 0.05 * band);
    rest -= chunk;
    band++;
  } while (rest > 0);
  return tax;
}

/** First crossing of a threshold in a grid search (labelled break out of nested loops), then refine. */
export function firstCrossing(c: Float64Array, level: number): number {
  let found = -1;
  outer: for (let i = 0; i < 10; i++) {
    for (let j = 0; j < 10; j++) {
      const t = (i * 10 + j) / 100;
      let p = 0;
      for (let k = c.length - 1; k >= 0; k--) p = p * t + c[k];
      if (p > level) {
        found = t;
        break outer;
      }
    }
  }
  if (found < 0) return 0;
  // one secant-like refinement from found - 0.01 to found
  let p0 = 0;
  let p1 = 0;
  for (let k = c.length - 1; k >= 0; k--) {
    p0 = p0 * (found - 0.01) + c[k];
    p1 = p1 * found + c[k];
  }
  return found - 0.01 + (0.01 * (level - p0)) / (p1 - p0);
}

/** Weighted sum with map/reduce and closures that capture parameters. */
export function weightedSoftplus(xs: number[], w: number[], temp = 1): number {
  const sp = xs.map((x) => temp * Math.log1p(Math.exp(x / temp)));
  return sp.reduce((acc, v, i) => acc + w[i] * v, 0);
}

/** Scratch buffer reused across iterations and swapped (ping-pong): heat equation steps; returns mid value. */
export function heat1d(u0: Float64Array, kappa: number, steps: number): number {
  let a = Float64Array.from(u0);
  let b = new Float64Array(u0.length);
  const n = u0.length;
  for (let s = 0; s < steps; s++) {
    b[0] = a[0];
    b[n - 1] = a[n - 1];
    for (let i = 1; i < n - 1; i++) b[i] = a[i] + kappa * (a[i - 1] - 2 * a[i] + a[i + 1]);
    [a, b] = [b, a];
  }
  return a[n >> 1] + 0.5 * a[1];
}

/** Softmax-weighted average with spread into Math.max and a local array built by push. */
export function attentionPool(scores: number[], values: number[]): number {
  const m = Math.max(...scores);
  const e: number[] = [];
  for (const s of scores) e.push(Math.exp(s - m));
  const z = e.reduce((a, b) => a + b, 0);
  let out = 0;
  for (let i = 0; i < values.length; i++) out += (e[i] / z) * values[i];
  return out;
}

/** Bilinear interpolation on a grid with clamped indices (Math.floor on an active coordinate). */
export function bilinear(grid: Float64Array, w: number, h: number, x: number, y: number): number {
  const fx = Math.min(Math.max(x, 0), w - 1.000001);
  const fy = Math.min(Math.max(y, 0), h - 1.000001);
  const i = Math.floor(fx);
  const j = Math.floor(fy);
  const tx = fx - i;
  const ty = fy - j;
  const g = (ii: number, jj: number) => grid[jj * w + ii];
  return (1 - tx) * (1 - ty) * g(i, j) + tx * (1 - ty) * g(i + 1, j) + (1 - tx) * ty * g(i, j + 1) + tx * ty * g(i + 1, j + 1);
}

/** Polynomial evaluated by Horner with a default coefficient array argument omitted; coefficients from a tuple literal. */
export function hornerTuple(x: number, a: number, b: number, c: number): number {
  const coeffs = [a, b, c, 1] as const;
  let acc = 0;
  for (let k = coeffs.length - 1; k >= 0; k--) acc = acc * x + coeffs[k];
  return acc;
}

/** Running min/max via a helper returning a tuple, destructured in the loop. */
function minmax(xs: Float64Array): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of xs) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return [lo, hi];
}
export function normalizedSpread(xs: Float64Array): number {
  const [lo, hi] = minmax(xs);
  let s = 0;
  for (const v of xs) s += ((v - lo) / (hi - lo)) ** 2;
  return s;
}
