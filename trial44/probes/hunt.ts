// Control flow and memory probes, looking for a wrong gradient.

/** do…while with continue, an array element overwritten on some passes. */
export function doWhileOverwrite(a: Float64Array, w: number): number {
  const b = Float64Array.from(a);
  let i = 0, s = 0;
  do {
    i++;
    if (b[i % b.length] < 0) {
      b[(i + 1) % b.length] *= w;
      continue;
    }
    b[i % b.length] = Math.sin(b[i % b.length] * w) + b[(i + 2) % b.length];
    s += b[i % b.length];
  } while (i < 3 * b.length);
  return s + b[0] * b[1];
}

/** A switch with fall-through inside a loop, accumulators changed in several cases. */
export function switchInLoop(x: Float64Array, k: number): number {
  let a = 1, b = 0;
  for (let i = 0; i < x.length; i++) {
    switch (i % 4) {
      case 0:
        a *= x[i];
      // falls through
      case 1:
        b += a * k;
        break;
      case 2:
        a = b - x[i];
        if (a > 1) break;
        b *= 0.5;
      // falls through
      default:
        b += Math.tanh(a);
    }
  }
  return a + b * b;
}

function firstRoot(c: number, d: number): number {
  // bisection helper that leaves its loop early by break
  let lo = -5, hi = 5;
  for (let it = 0; it < 60; it++) {
    const mid = 0.5 * (lo + hi);
    const f = mid * mid * mid + c * mid + d;
    if (f === 0) {
      // landed on the root: stop, but still take the Newton step (returning mid would be piecewise constant)
      lo = mid;
      hi = mid;
      break;
    }
    if (f > 0) hi = mid;
    else lo = mid;
  }
  let x = 0.5 * (lo + hi);
  // two Newton steps so the root moves with c and d (to second order)
  for (let k = 0; k < 2; k++) x -= (x * x * x + c * x + d) / (3 * x * x + c);
  return x;
}
/** A helper leaving its loop by break, called in a loop. */
export function rootsInLoop(cs: Float64Array, d: number): number {
  let s = 0;
  for (const c of cs) s += firstRoot(c, d) ** 2;
  return s;
}

/** A local arrow that writes an enclosing let. */
export function closureAccumulates(x: Float64Array, w: number): number {
  let acc = 0;
  const add = (v: number): void => {
    acc += v * w;
  };
  for (let i = 0; i < x.length; i++) add(x[i] * x[i]);
  add(acc);
  return acc;
}

/** map, filter-free chains: map then reduce then a spread max over the mapped array. */
export function mapReduceMax(x: Float64Array, t: number): number {
  const y = Array.from(x).map((v, i) => Math.exp(v / t) * (i + 1));
  const total = y.reduce((s, v) => s + v, 0);
  return Math.log(total) + Math.max(...y) / total;
}

/** An input array updated in place, then read: the gradient is of the values passed. */
export function inPlaceSmooth(x: Float64Array, w: number): number {
  for (let i = 1; i < x.length; i++) x[i] = x[i] * w + x[i - 1] * (1 - w);
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] * x[i];
  return s;
}

/** Reversed loop with break and a running product overwriting a scalar. */
export function reverseBreak(x: Float64Array, cap: number): number {
  let p = 1;
  for (let i = x.length; i--; ) {
    p *= 1 + x[i];
    if (p > cap) break;
  }
  return p;
}

/** Only one number parameter is active: f_vjp in forward mode, with a local array and a helper. */
export function oneActive(t: number, n: number, coeffs: Int32Array): number {
  const buf = new Float64Array(n);
  for (let i = 0; i < n; i++) buf[i] = Math.cos(t * (i + 1)) * coeffs[i % coeffs.length];
  let best = -Infinity;
  for (let i = 0; i < n; i++) best = Math.max(best, buf[i] + 0.1 * i);
  return best + firstRoot(t, 1);
}

/** Float32Array scratch: values rounded to float32 as they are stored. */
export function float32Scratch(x: Float64Array, w: number): number {
  const s = new Float32Array(x.length);
  for (let i = 0; i < x.length; i++) s[i] = x[i] * w;
  let acc = 0;
  for (let i = 0; i < s.length; i++) acc += s[i] * s[i];
  return acc;
}

/** An output array written and a value returned: an ODE step with the state's energy. */
export function stepWithEnergy(y: Float64Array, k: number, dt: number, out: Float64Array): number {
  out[0] = y[0] + dt * y[1];
  out[1] = y[1] - dt * k * y[0];
  return 0.5 * (out[1] * out[1] + k * out[0] * out[0]);
}

/** Nested loops whose inner trip count depends on the data (a while walking a sorted grid). */
export function walkGrid(grid: Float64Array, xs: Float64Array): number {
  let s = 0, j = 0;
  for (const x of xs) {
    while (j + 2 < grid.length && grid[j + 1] < x) j++;
    const t = (x - grid[j]) / (grid[j + 1] - grid[j]);
    s += (1 - t) * grid[j] * grid[j] + t * grid[j + 1] * grid[j + 1];
  }
  return s;
}

/** Assignments inside conditions and a ternary with side effects. */
export function sideEffects(x: number, y: number): number {
  let a = 0, b = 1;
  if ((a = x * y) > 0) b = a + 1;
  const c = a > b ? (b *= x) : (a += y);
  return a * b + c;
}

/** A recursion over windows of an array (divide and conquer sum of squares times depth). */
function dc(x: Float64Array, depth: number): number {
  if (x.length === 1) return x[0] * x[0] * depth;
  const h = x.length >> 1;
  return dc(x.subarray(0, h), depth + 1) + dc(x.subarray(h), depth + 1) * x[0];
}
export function divideConquer(x: Float64Array): number {
  return dc(x, 1);
}
