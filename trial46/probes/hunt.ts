// Hunting probes: value-level edges (signed zeros, pow forms), cross-module helpers, rebound arrays in closures.
import { hillResponse } from '../src/pharm.js';

export function signedZeroMin(x: number, y: number): number {
  const a = Math.min(x * 0, 0);
  const b = Math.max(0, x * 0);
  return Math.atan2(a, -1) * y + Math.atan2(b, -1) * x;
}

export function powForms(xs: Float64Array, k: number): number {
  let s = 0;
  for (const x of xs) s += x ** 0.5 + x ** 3 + x ** -1 + Math.pow(x, 1 / 3) + x ** 2 + Math.pow(x, k) + x ** -0.5 + x ** 1.5;
  return s;
}

export function crossModuleHill(c: number, ec50: number): number {
  return hillResponse(c, 1, 10, ec50, 1.5) * 2;
}

export function closureOverRebound(xs: Float64Array, k: number): number {
  let a = Float64Array.from(xs);
  const first = () => a[0] * k;
  const before = first();
  a = Float64Array.from(xs, (v) => v * 2);
  return before + first();
}

export function activeLoopBound(x: number, y: number): number {
  let s = 0;
  for (let i = 0; i < x; i++) s += y * (i + 1);
  return s;
}

export function maxWithNaNGuard(x: number, y: number): number {
  const r = Math.max(Math.sqrt(x - 1), y);
  return Number.isNaN(r) ? y * 2 : r;
}

// a helper with an early return inside its loop, inlined into a loop of the caller that also breaks and continues
function firstAbove(xs: Float64Array, t: number): number {
  for (let i = 0; i < xs.length; i++) {
    if (xs[i] > t) return xs[i] * (i + 1);
  }
  return -t;
}
export function inlinedEarlyReturn(xs: Float64Array, t: number): number {
  let s = 0;
  for (let k = 0; k < 6; k++) {
    const thr = t + 0.2 * k;
    if (k === 2) continue;
    const v = firstAbove(xs, thr);
    if (v < -1) break;
    s += v * thr;
  }
  return s;
}

// a helper with side effects on an array, called in a while condition, in a ternary branch and after &&
function relax(u: Float64Array, w: number): number {
  let change = 0;
  for (let i = 1; i < u.length - 1; i++) {
    const next = (1 - w) * u[i] + w * 0.5 * (u[i - 1] + u[i + 1]);
    change += Math.abs(next - u[i]);
    u[i] = next;
  }
  return change;
}
export function helperSideEffects(u0: Float64Array, w: number, flag: number): number {
  const u = Float64Array.from(u0);
  let sweeps = 0;
  while (relax(u, w) > 1e-3 && sweeps < 40) sweeps++;
  const extra = flag > 0 ? relax(u, w) : 0;
  flag > 0.5 && relax(u, 0.5 * w);
  return u.reduce((s, x, i) => s + x * Math.sin(i + 1), 0) + extra;
}

// nested closures: an inner arrow inside an outer arrow, both reading a counter the outer one updates
export function nestedClosures(x: number, n: number): number {
  let acc = 0;
  const outer = (v: number) => {
    const inner = (w: number) => w * acc + v;
    acc += inner(v * x);
    return acc;
  };
  let s = 0;
  for (let i = 0; i < n; i++) s += outer(x + i);
  return s;
}

// a function declaration used before its (hoisted) declaration inside the function, and a shadowed parameter
export function hoistedLocal(x: number, y: number): number {
  const a = sq(x) + sq(y);
  {
    let x = a * 2;
    x += y;
    if (x > 0) y = x * 0.5;
  }
  function sq(v: number): number {
    return v * v;
  }
  return a + y * x;
}

// returns from inside nested loops of the exported function
export function returnFromNested(grid: Float64Array, n: number, limit: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      s += grid[i * n + j] * grid[j * n + i];
      if (s > limit) return limit + Math.tanh(s - limit);
    }
  }
  return s;
}

// labelled break out of a loop from inside a switch
export function switchBreakOuter(xs: Float64Array, codes: Int32Array): number {
  let s = 0;
  outer: for (let i = 0; i < xs.length; i++) {
    switch (codes[i]) {
      case 0:
        s += xs[i];
        break;
      case 1:
        s *= xs[i];
        continue outer;
      case 2:
        break outer;
      default:
        s -= xs[i] * xs[i];
    }
    s += 0.1;
  }
  return s;
}

// a recursive helper over an object of numbers
interface Seg {
  a: number;
  b: number;
}
function segLength(s: Seg, k: number, depth: number): number {
  const mid = 0.5 * (s.a + s.b);
  const f = (t: number) => Math.sin(k * t);
  const chord = Math.hypot(s.b - s.a, f(s.b) - f(s.a));
  if (depth === 0) return chord;
  return segLength({ a: s.a, b: mid }, k, depth - 1) + segLength({ a: mid, b: s.b }, k, depth - 1);
}
export function recursiveObjectArg(a: number, b: number, k: number): number {
  return segLength({ a, b }, k, 4);
}

// set with an offset into a local buffer, overlapping a window written before
export function setWithOffset(xs: Float64Array, k: number): number {
  const buf = new Float64Array(xs.length + 3);
  buf[2] = k;
  buf.set(xs, 3);
  buf.set(buf.subarray(3, 5), 1);
  let s = 0;
  for (let i = 0; i < buf.length; i++) s += buf[i] * (i + 1) * k;
  return s;
}

// the hint's form: copy first, then set from the copy
export function setWithOffsetCopy(xs: Float64Array, k: number): number {
  const buf = new Float64Array(xs.length + 3);
  buf[2] = k;
  buf.set(xs, 3);
  const t = buf.slice(3, 5);
  buf.set(t, 1);
  let s = 0;
  for (let i = 0; i < buf.length; i++) s += buf[i] * (i + 1) * k;
  return s;
}
