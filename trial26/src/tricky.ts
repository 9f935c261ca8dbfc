// Shapes more likely to trip a compiler.

/** do…while with a continue (which jumps to the condition). */
export function doContinue(x: Float64Array): number {
  let i = 0;
  let s = 0;
  do {
    const v = x[i];
    i++;
    if (v < 0) continue;
    s += Math.sqrt(v + 1) * v;
  } while (i < x.length);
  return s;
}

/** switch with continue inside a for, and a break inside the switch. */
export function switchInLoop(x: Float64Array, codes: Int32Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    switch (codes[i]) {
      case 0:
        continue;
      case 1:
        s += x[i] * x[i];
        break;
      case 2:
        s *= 1 + 0.1 * x[i];
        break;
      default:
        s -= Math.sin(x[i]);
    }
    s += 0.01 * x[i];
  }
  return s;
}

/** Labelled break out of two loops once a pair is close. */
export function firstClosePair(p: Float64Array, tol: number): number {
  let found = 0;
  const n = p.length;
  search: for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = Math.abs(p[i] - p[j]);
      if (d < tol) {
        found = d + p[i] * p[j];
        break search;
      }
      found += 0.001 * d;
    }
  }
  return found;
}

/** Labelled continue in a while loop. */
export function whileLabelled(m: Float64Array, cols: number): number {
  let r = 0;
  let s = 0;
  const rows = m.length / cols;
  rowLoop: while (r < rows) {
    r++;
    let c = 0;
    while (c < cols) {
      const v = m[(r - 1) * cols + c];
      c++;
      if (v > 0.9) continue rowLoop;
      s += v * Math.exp(-v);
    }
    s *= 0.9;
  }
  return s;
}

/** Ping-pong buffers swapped by destructuring, for an explicit heat equation. */
export function heatPingPong(u0: Float64Array, kappa: number, steps: number): number {
  let a = Float64Array.from(u0);
  let b = new Float64Array(u0.length);
  const n = u0.length;
  for (let s = 0; s < steps; s++) {
    for (let i = 0; i < n; i++) {
      const l = i > 0 ? a[i - 1] : a[i];
      const r = i < n - 1 ? a[i + 1] : a[i];
      b[i] = a[i] + kappa * (l - 2 * a[i] + r);
    }
    [a, b] = [b, a];
  }
  let e = 0;
  for (let i = 0; i < n; i++) e += a[i] * a[i] * (i + 1);
  return e;
}

/** Insertion sort of the values (a permutation), then a weighted sum: gradient follows the permutation. */
export function sortedWeighted(x: Float64Array): number {
  const v = x.slice();
  for (let i = 1; i < v.length; i++) {
    const key = v[i];
    let j = i - 1;
    while (j >= 0 && v[j] > key) {
      v[j + 1] = v[j];
      j--;
    }
    v[j + 1] = key;
  }
  let s = 0;
  for (let i = 0; i < v.length; i++) s += (i + 1) * v[i] * v[i];
  return s;
}

function siftDown(h: Float64Array, i: number, n: number): void {
  const l = 2 * i + 1, r = l + 1;
  let m = i;
  if (l < n && h[l] > h[m]) m = l;
  if (r < n && h[r] > h[m]) m = r;
  if (m === i) return;
  const t = h[i];
  h[i] = h[m];
  h[m] = t;
  siftDown(h, m, n);
}

/** Heap-sort's heapify by a recursive sift-down that writes the array; then top-k weighted. */
export function heapTop(x: Float64Array, k: number): number {
  const h = Float64Array.from(x);
  for (let i = (h.length >> 1) - 1; i >= 0; i--) siftDown(h, i, h.length);
  let s = 0;
  for (let t = 0; t < k; t++) s += h[t] * Math.exp(-t);
  return s;
}

/** for…of with an early return inside, over a number[]. */
export function firstAbove(xs: number[], level: number): number {
  let acc = 0;
  for (const v of xs) {
    if (v > level) return acc + v * v;
    acc += Math.tanh(v);
  }
  return acc;
}

/** A Float32Array state written every step (rounded stores). */
export function f32Leapfrog(x0: number, v0: number, dt: number, steps: number): number {
  const state = new Float32Array(2);
  state[0] = x0;
  state[1] = v0;
  for (let s = 0; s < steps; s++) {
    state[1] -= dt * Math.sin(state[0]);
    state[0] += dt * state[1];
  }
  return state[0] * state[0] + state[1];
}

/** Comma operator in the update, a ternary with ++ inside. */
export function commaLoop(x: Float64Array): number {
  let s = 0;
  let k = 0;
  for (let i = 0, j = x.length - 1; i < j; i++, j--) {
    s += x[i] * x[j] + (x[i] > x[j] ? k++ : -k);
  }
  return s + k * x[0];
}

/** Optional parameter handed on to a helper with a default, and ?? with a computed fallback. */
function softclip(v: number, limit = 2): number {
  return limit * Math.tanh(v / limit);
}
export function clipSum(x: number[], limit?: number): number {
  let s = 0;
  for (const v of x) s += limit === undefined ? softclip(v) : softclip(v, limit);
  return s * (limit ?? Math.hypot(...x));
}

/** A recursive routine over subarray windows (divide-and-conquer sum of squares with a twist). */
function dcSum(x: Float64Array): number {
  if (x.length <= 2) return x.length === 2 ? x[0] * x[1] + x[0] : x.length === 1 ? x[0] * x[0] : 0;
  const mid = x.length >> 1;
  return Math.sin(dcSum(x.subarray(0, mid))) + dcSum(x.subarray(mid));
}
export function divideConquer(x: Float64Array): number {
  return dcSum(x);
}

/** Math.max over a Float32Array spread, Math.min over an arg list. */
export function spreadMinMax(w: Float32Array, a: number, b: number): number {
  return Math.max(...w) * Math.min(a, b, 0.5) + Math.hypot(...w, a);
}

/** x ** 0.5 and cbrt at an input that may be 0, and pow with a negative base. */
export function rootsAndPowers(x: number, y: number): number {
  return (x * x) ** 0.5 + Math.cbrt(y * y * y) + Math.pow(-2 - y * y, 3) + Math.pow(Math.abs(x) + 0.5, x);
}
