// Factories, Float32 storage, while / do-while / labelled loops, and an exported void step on a state object.
import { dot } from './util.js';

/** a factory of exponential kernels */
function makeExpKernel(tau: number) {
  const inv = 1 / tau;
  return (lag: number) => Math.exp(-lag * inv) * inv;
}
const K5 = makeExpKernel(5);

/** causal filter output at the last sample, with the time constant differentiated (factory called inside) */
export function expFilterLast(x: Float64Array, tau: number): number {
  const k = makeExpKernel(tau);
  let y = 0;
  const n = x.length;
  for (let i = 0; i < n; i++) y += k(n - 1 - i) * x[i];
  return y;
}

/** the same with the module-level kernel (factory called with a constant) */
export function fixedFilterLast(x: Float64Array): number {
  let y = 0;
  x.forEach((xi, i) => {
    y += K5(x.length - 1 - i) * xi;
  });
  return y;
}

/** a quadratic energy of single-precision weights */
export function float32Energy(w: Float32Array, k: number): number {
  let e = 0;
  for (let i = 0; i + 1 < w.length; i++) e += 0.5 * k * (w[i + 1] - w[i]) ** 2 + Math.log1p(w[i] * w[i]);
  return e;
}

/** first passage time of v(t) = vInf (1 - e^{-t/tau}) through theta, by a secant while loop */
export function firstPassage(vInf: number, tau: number, theta: number): number {
  let t0 = 0, t1 = tau;
  let f0 = -theta, f1 = vInf * (1 - Math.exp(-t1 / tau)) - theta;
  let it = 0;
  while (Math.abs(f1) > 1e-13 && it < 100) {
    const t2 = t1 - (f1 * (t1 - t0)) / (f1 - f0);
    t0 = t1; f0 = f1;
    t1 = t2; f1 = vInf * (1 - Math.exp(-t1 / tau)) - theta;
    it++;
  }
  return t1;
}

/** labelled break: smallest pairwise soft distance below a cutoff, scanning pairs of points (x, y interleaved) */
export function firstClosePair(xy: Float64Array, cutoff: number): number {
  const n = xy.length / 2;
  let found = cutoff;
  outer: for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = Math.hypot(xy[2 * i] - xy[2 * j], xy[2 * i + 1] - xy[2 * j + 1]);
      if (d < cutoff) {
        found = d;
        break outer;
      }
    }
  }
  return found;
}

/** do-while: doses of a drug given until the trough exceeds a target; returns the trough */
export function troughAfterDoses(dose: number, k: number, tau: number, target: number): number {
  let c = 0;
  let n = 0;
  do {
    c = (c + dose) * Math.exp(-k * tau);
    n++;
  } while (c < target && n < 50);
  return c;
}

export interface Osc { x: number; v: number }

/** a library-style exported step that changes a state object in place */
export function stepOsc(s: Osc, k: number, c: number, dt: number): void {
  s.v += (-k * s.x - c * s.v) * dt;
  s.x += s.v * dt;
}

/** energy after n steps of stepOsc */
export function oscEnergyAfter(x0: number, v0: number, k: number, c: number, n = 100): number {
  const s: Osc = { x: x0, v: v0 };
  for (let i = 0; i < n; i++) stepOsc(s, k, c, 0.01);
  return 0.5 * (k * s.x * s.x + s.v * s.v);
}

/** a helper returning a tuple, destructured in a loop (as alphaBeta in neuro.ts) */
function sincos(a: number): [number, number] {
  return [Math.sin(a), Math.cos(a)];
}
export function tupleWalk(theta: Float64Array, step: number): number {
  let x = 0, y = 0;
  for (const a of theta) {
    const [s, c] = sincos(a);
    x += step * c;
    y += step * s;
  }
  return Math.hypot(x, y);
}
/** the same with an object result */
function sincosObj(a: number): { s: number; c: number } {
  return { s: Math.sin(a), c: Math.cos(a) };
}
export function objectWalk(theta: Float64Array, step: number): number {
  let x = 0, y = 0;
  for (const a of theta) {
    const { s, c } = sincosObj(a);
    x += step * c;
    y += step * s;
  }
  return Math.hypot(x, y);
}

/** util's dot over windows of a Float64Array (imported array helper) */
export function windowedCorr(a: Float64Array, lag: number): number {
  const n = a.length - lag;
  return dot(a.subarray(0, n), a.subarray(lag, lag + n)) / n;
}
