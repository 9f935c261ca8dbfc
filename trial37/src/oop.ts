// Object-oriented and trickier styles: classes with state stepped by methods, buffer swaps by destructuring,
// in-place writers, mutual recursion, do...while, labelled loops, switch with fall-through, Float32 storage.
import { softplus } from './util.js';

class Particle {
  constructor(public x: number, public y: number, public vx: number, public vy: number) {}
  get speed(): number { return Math.hypot(this.vx, this.vy); }
  advance(dt: number, drag: number): void {
    const s = this.speed;
    this.vx -= dt * drag * s * this.vx;
    this.vy -= dt * (9.81 + drag * s * this.vy);
    this.x += dt * this.vx;
    this.y += dt * this.vy;
  }
  static launch(speed: number, angle: number): Particle {
    return new Particle(0, 0, speed * Math.cos(angle), speed * Math.sin(angle));
  }
}

/** range of a projectile with quadratic drag (a class stepped by a void method; stop when it lands) */
export function projectileRange(speed: number, angle: number, drag: number): number {
  const p = Particle.launch(speed, angle);
  let px = 0, py = 0;
  for (let i = 0; i < 5000; i++) {
    px = p.x; py = p.y;
    p.advance(0.002, drag);
    if (p.y < 0) break;
  }
  // interpolate the landing point between the last two positions
  return px + (p.x - px) * (py / (py - p.y));
}

/** 1-D wave equation, leapfrog with three buffers swapped by destructuring; energy at the end */
export function waveEnergy(u0: Float64Array, c: number, steps: number): number {
  const n = u0.length;
  let prev = Float64Array.from(u0);
  let cur = Float64Array.from(u0);
  let next = new Float64Array(n);
  const r2 = c * c * 0.25;
  for (let s = 0; s < steps; s++) {
    for (let i = 1; i < n - 1; i++) next[i] = 2 * cur[i] - prev[i] + r2 * (cur[i - 1] - 2 * cur[i] + cur[i + 1]);
    next[0] = 0; next[n - 1] = 0;
    [prev, cur, next] = [cur, next, prev];
  }
  let e = 0;
  for (let i = 1; i < n; i++) e += (cur[i] - prev[i]) ** 2 + r2 * (cur[i] - cur[i - 1]) ** 2;
  return e;
}

/** y += a * x in place (a writer that reads what it writes) */
export function axpyInPlace(a: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < y.length; i++) y[i] += a * x[i];
}

/** residuals of a line fit written into res; returns the sum of squares */
export function lineResiduals(m: number, b: number, xs: Float64Array, ys: Float64Array, res: Float64Array): number {
  let ss = 0;
  for (let i = 0; i < xs.length; i++) {
    res[i] = ys[i] - (m * xs[i] + b);
    ss += res[i] * res[i];
  }
  return ss;
}

function evenTerm(x: number, k: number): number {
  return k <= 0 ? 1 : 1 + (x * x) / ((2 * k) * (2 * k - 1)) * oddTerm(x, k - 1);
}
function oddTerm(x: number, k: number): number {
  return k <= 0 ? 1 : 1 - (x * x) / ((2 * k + 1) * (2 * k)) * evenTerm(x, k - 1);
}

/** a made-up nested series by mutual recursion */
export function mutualSeries(x: number, depth: number): number {
  return evenTerm(x, depth) + oddTerm(x, depth);
}

/** Newton for the implicit equation y + 0.5 sin(y) = x, a do...while with tolerance */
export function keplerLike(x: number, e: number): number {
  let y = x;
  let step = 0;
  let it = 0;
  do {
    step = (y + e * Math.sin(y) - x) / (1 + e * Math.cos(y));
    y -= step;
    it++;
  } while (Math.abs(step) > 1e-14 && it < 50);
  return y;
}

/** piecewise tax-like schedule via switch with fall-through over the band index */
export function bandedCost(x: number, r1: number, r2: number, r3: number): number {
  const band = x < 1 ? 0 : x < 2 ? 1 : 2;
  let cost = 0;
  switch (band) {
    case 2:
      cost += r3 * (x - 2);
    // falls through
    case 1:
      cost += r2 * (Math.min(x, 2) - 1);
    // falls through
    default:
      cost += r1 * Math.min(x, 1);
  }
  return cost;
}

/** first index where a cumulative sum passes a threshold, with a labelled break out of a nested loop */
export function softFirstPassage(w: Float64Array, rows: number, thresh: number): number {
  const cols = w.length / rows;
  let acc = 0;
  let value = 0;
  outer: for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      acc += w[i * cols + j] * w[i * cols + j];
      value += softplus(acc - thresh);
      if (acc > thresh) break outer;
    }
  }
  return value;
}

/** weights kept in Float32 storage, loss in double */
export function float32Ridge(w: Float32Array, x: Float64Array, y: number, lambda: number): number {
  const tmp = new Float32Array(w.length);
  for (let i = 0; i < w.length; i++) tmp[i] = w[i] * x[i];
  let s = 0;
  for (const v of tmp) s += v;
  let reg = 0;
  for (let i = 0; i < w.length; i++) reg += w[i] * w[i];
  return (s - y) ** 2 + lambda * reg;
}

/**
 * a default parameter reading an earlier one, and a rest of Math.max over a spread of a map
 * @domain target int [0, 3]
 */
export function softmaxMargin(scores: number[], target: number, margin = 0.1 * scores.length): number {
  const shifted = scores.map((s, i) => (i === target ? s - margin : s));
  const m = Math.max(...shifted);
  let z = 0;
  for (const s of shifted) z += Math.exp(s - m);
  return m + Math.log(z) - shifted[target];
}

/** a powered norm with an active exponent and sign-preserving powers */
export function signedPowerNorm(x: Float64Array, p: number): number {
  let s = 0;
  for (const v of x) s += Math.sign(v) * Math.abs(v) ** p;
  return Math.cbrt(s) + (p % 1.5) * 0.1;
}
