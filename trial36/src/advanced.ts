// Harder library patterns: nested objects stepped in place, recursion over windows writing scratch arrays, mutual
// recursion, @noinline helpers, functions that return a number and write an array, nested closures, labelled
// continue, entries(), optional arrays, a sort, a generic, a constant object read by key.
import { logSumExp, softplus } from './util.js';

interface V2 { x: number; y: number }
interface Body { pos: V2; vel: V2; m: number }

/** semi-implicit Euler of a body on a spring to the origin with quadratic drag (my first version changed b in
 *  place, `b.vel = { … }`, refused: repro/inner_object_assigned.ts); returns the new body */
function stepBody(b: Body, k: number, drag: number, dt: number): Body {
  const speed = Math.hypot(b.vel.x, b.vel.y);
  const ax = (-k * b.pos.x - drag * speed * b.vel.x) / b.m;
  const ay = (-k * b.pos.y - drag * speed * b.vel.y) / b.m;
  const vel = { x: b.vel.x + ax * dt, y: b.vel.y + ay * dt };
  return { pos: { x: b.pos.x + vel.x * dt, y: b.pos.y + vel.y * dt }, vel, m: b.m };
}

/** cable-robot-like payload: distance from a target after n steps (a state object of objects, rebound each step) */
export function payloadMiss(x0: number, y0: number, k: number, drag: number, mass: number, tx: number, ty: number, n = 200): number {
  let b: Body = { pos: { x: x0, y: y0 }, vel: { x: 0, y: 0 }, m: mass };
  for (let i = 0; i < n; i++) b = stepBody(b, k, drag, 0.01);
  return Math.hypot(b.pos.x - tx, b.pos.y - ty);
}

/** Estrin-like recursive polynomial evaluation over windows of the coefficients */
function polyRec(c: Float64Array, x: number): number {
  const n = c.length;
  if (n === 1) return c[0];
  const h = n >> 1;
  return polyRec(c.subarray(0, h), x) + x ** h * polyRec(c.subarray(h, n), x);
}
export function polyEval(c: Float64Array, x: number): number {
  return polyRec(c, x);
}
export function polyHorner(c: Float64Array, x: number): number {
  let y = 0;
  for (let i = c.length - 1; i >= 0; i--) y = y * x + c[i];
  return y;
}

/** recursive mergesort-free pairwise "soft max" tree writing each level into a scratch array */
function softTree(v: Float64Array, scratch: Float64Array, temp: number): number {
  const n = v.length;
  if (n === 1) return v[0];
  const m = n >> 1;
  for (let i = 0; i < m; i++) scratch[i] = temp * Math.log(Math.exp(v[2 * i] / temp) + Math.exp(v[2 * i + 1] / temp));
  if (n % 2 === 1) scratch[m] = v[n - 1];
  const next = scratch.slice(0, m + (n % 2));
  return softTree(next, scratch, temp);
}
export function softMaxTree(v: Float64Array, temp = 0.5): number {
  return softTree(v, new Float64Array(v.length), temp);
}

/** mutual recursion: even/odd continued fraction of a transmission-line ladder */
function zSeries(r: Float64Array, i: number): number {
  return i >= r.length ? 1e3 : r[i] + zShunt(r, i + 1);
}
function zShunt(r: Float64Array, i: number): number {
  return i >= r.length ? 1e3 : 1 / (1 / r[i] + 1 / zSeries(r, i + 1));
}
export function ladderInput(r: Float64Array): number {
  return zSeries(r, 0);
}

/** @noinline */
function smoothClip(out: Float64Array, x: ArrayLike<number>, lo: number, hi: number): void {
  for (let i = 0; i < out.length; i++) out[i] = lo + softplus(x[i] - lo) - softplus(x[i] - hi);
}
/** a @noinline helper writing a scratch array, called in a loop (split mode) */
export function clippedEnergy(x: Float64Array, lo: number, hi: number, rounds = 3): number {
  const buf = new Float64Array(x.length);
  const cur = Float64Array.from(x);
  let e = 0;
  for (let r = 0; r < rounds; r++) {
    smoothClip(buf, cur, lo, hi);
    for (let i = 0; i < cur.length; i++) {
      e += (buf[i] - cur[i]) ** 2;
      cur[i] = 0.5 * (cur[i] + buf[i]);
    }
  }
  return e;
}

/** normalises w in place to unit length and returns its old norm (writes an array and returns a number) */
export function normalizeInPlace(w: Float64Array): number {
  let s = 0;
  for (const v of w) s += v * v;
  const norm = Math.sqrt(s);
  for (let i = 0; i < w.length; i++) w[i] /= norm;
  return norm;
}

/** kernel density log-likelihood with nested closures (map over points, reduce over centres) */
export function kdeLogLik(points: number[], centres: number[], bw: number): number {
  const k = (u: number) => Math.exp(-0.5 * u * u) / Math.sqrt(2 * Math.PI);
  return points
    .map((p) => centres.reduce((s, c) => s + k((p - c) / bw), 0) / (centres.length * bw))
    .reduce((s, d) => s + Math.log(d), 0);
}

/** labelled continue and entries(): weighted residuals, skipping flagged samples */
export function flaggedSse(pred: Float64Array, obs: Float64Array, flags: Uint8Array, w?: Float64Array): number {
  let sse = 0;
  outer: for (const [i, p] of pred.entries()) {
    for (let f = 0; f < 1; f++) if (flags[i]) continue outer;
    const d = p - obs[i];
    sse += (w?.[i] ?? 1) * d * d;
  }
  return sse;
}

/** trimmed mean loss: sorts a copy (a user might write this) */
export function trimmedMeanSq(x: number[], trim: number): number {
  const s = [...x].sort((a, b) => a - b);
  let acc = 0;
  let cnt = 0;
  for (let i = trim; i < s.length - trim; i++) {
    acc += s[i] * s[i];
    cnt++;
  }
  return acc / cnt;
}

/** a generic over number */
export function lerpClamp<T extends number>(a: T, b: T, t: number): number {
  const u = Math.min(1, Math.max(0, t));
  return a + (b - a) * u * u * (3 - 2 * u);
}

type Fluid = 'water' | 'oil' | 'glycerol';
const VISC: Record<Fluid, number> = { water: 1.0e-3, oil: 0.08, glycerol: 1.41 };
/** Reynolds number of a pipe flow for a fluid named by a string key */
export function reynolds(u: number, d: number, rho: number, fluid: Fluid): number {
  return (rho * u * d) / VISC[fluid];
}

/** a switch with fall-through and a default in the middle */
export function tariff(x: number, band: number): number {
  let rate = 0;
  switch (band) {
    case 0:
      rate += 0.1;
    // falls through
    case 1:
      rate += 0.2;
      break;
    default:
      rate = 0.5;
      break;
    case 2:
      rate = 0.3 * x;
  }
  return rate * x + logSumExp([x, rate]);
}
