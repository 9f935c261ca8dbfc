// Code shapes: swaps, entries(), early returns, switch, closures, defaults, ??, odd Math functions.

const USE_CBRT = true;
const SCALE = 2.5;

/** Sort three numbers by swaps and return a weighted sum (a median-ish smooth-ish function). */
export function sortedWeighted(a: number, b: number, c: number): number {
  if (a > b) [a, b] = [b, a];
  if (b > c) [b, c] = [c, b];
  if (a > b) [a, b] = [b, a];
  return a + 2 * b + 3 * c;
}

/** First index where a running sum crosses a threshold; returns interpolated crossing value. */
export function crossing(x: Float64Array, threshold: number): number {
  let s = 0;
  for (const [i, v] of x.entries()) {
    const prev = s;
    s += v * v;
    if (s >= threshold) return i + (threshold - prev) / (s - prev);
  }
  return x.length + s;
}

/** A closure capturing parameters, applied over an array. */
export function closureSum(x: Float64Array, a: number, b: number): number {
  const f = (t: number) => a * Math.sin(t) + b * t * t;
  let s = 0;
  for (let i = 0; i < x.length; i++) s += f(x[i]);
  return s;
}

/** Default parameters and ?? on an optional number. */
export function softplusScaled(x: number, beta = 1, shift?: number): number {
  const s = shift ?? 0;
  return Math.log1p(Math.exp(beta * (x - s))) / beta;
}

/** expm1 / log1p / cbrt / sign mix. */
export function oddMath(x: number, y: number): number {
  const a = Math.expm1(x) / (x === 0 ? 1 : x);
  const b = Math.log1p(y * y);
  const c = USE_CBRT ? Math.cbrt(x * y + 3) : Math.sqrt(x * y + 3);
  return SCALE * a + b * Math.sign(y) + c;
}

/** clz32 chooses a bucket; the polynomial in the bucket is differentiated. */
export function bucketPoly(x: number, n: number): number {
  const bits = 32 - Math.clz32(n);
  let p = 1;
  for (let k = 0; k < bits; k++) p = p * x + k;
  return p;
}

/** Array variable declared, then assigned in branches. */
export function branchArray(x: Float64Array, y: Float64Array, useX: boolean): number {
  let w: Float64Array;
  if (useX) w = x;
  else w = y;
  let s = 0;
  for (let i = 0; i < w.length; i++) s += w[i] * x[i];
  return s;
}

/** Polar conversion with atan2 and hypot. */
export function polarMix(x: number, y: number): number {
  const r = Math.hypot(x, y);
  const th = Math.atan2(y, x);
  return r * Math.cos(2 * th) + th * th;
}

function axpyInto(a: number, x: Float64Array, y: Float64Array, out: Float64Array): void {
  for (let i = 0; i < out.length; i++) out[i] = a * x[i] + y[i];
}

/** Helper writing into scratch reused across iterations. */
export function iteratedAxpy(x: Float64Array, a: number, iters: number): number {
  const scratch = new Float64Array(x.length);
  let cur = Float64Array.from(x);
  for (let k = 0; k < iters; k++) {
    axpyInto(a, cur, x, scratch);
    for (let i = 0; i < cur.length; i++) cur[i] = Math.tanh(scratch[i]);
  }
  let s = 0;
  for (const v of cur) s += v;
  return s;
}

/** Switch over a mode string to pick a norm. */
export function normOf(x: Float64Array, mode: 'l1' | 'l2' | 'linf' | 'huber', delta = 1): number {
  let r = 0;
  switch (mode) {
    case 'l1':
      for (const v of x) r += Math.abs(v);
      return r;
    case 'l2':
      for (const v of x) r += v * v;
      return Math.sqrt(r);
    case 'linf':
      for (const v of x) r = Math.max(r, Math.abs(v));
      return r;
    case 'huber':
      for (const v of x) {
        const a = Math.abs(v);
        r += a <= delta ? 0.5 * v * v : delta * (a - 0.5 * delta);
      }
      return r;
  }
}

/** Early return inside nested loops (first pair closer than tol). */
export function nearestPairGap(p: Float64Array, tol: number): number {
  const n = p.length;
  let best = Infinity;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = Math.abs(p[i] - p[j]);
      if (d < tol) return d * d;
      best = Math.min(best, d);
    }
  }
  return best;
}
