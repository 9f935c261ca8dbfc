// Code shapes: ||=, array ternaries over parameters, helpers writing outputs, recursion on windows.

/** Robust weight: ||= on a zero-scale fallback. */
export function huberish(r: Float64Array, scale: number): number {
  let s = scale;
  s ||= 1;
  let acc = 0;
  for (const x of r) {
    const a = Math.abs(x) / s;
    acc += a < 1 ? 0.5 * a * a : a - 0.5;
  }
  return acc * s;
}

function sumSq(v: Float64Array): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * v[i];
  return s;
}

/** Array ternary over two parameters, then a helper on a window of the chosen one. */
export function pickWindow(a: Float64Array, b: Float64Array, useA: boolean, lo = 1, hi = 3): number {
  const src = useA ? a : b;
  return sumSq(src.subarray(lo, hi)) + 0.5 * a[0] * b[0];
}

/** Helper that writes into an output array, then the caller reads it. */
function rotate(x: number, y: number, th: number, out: Float64Array): void {
  const c = Math.cos(th), s = Math.sin(th);
  out[0] = c * x - s * y;
  out[1] = s * x + c * y;
}
export function rotatedDist(x: number, y: number, th: number, tx: number, ty: number): number {
  const p = new Float64Array(2);
  rotate(x, y, th, p);
  return Math.hypot(p[0] - tx, p[1] - ty);
}

/** Recursion on subarray windows. */
function rsum(v: Float64Array): number {
  if (v.length === 0) return 0;
  return v[0] * Math.sin(v[0]) + rsum(v.subarray(1));
}
export function recWindow(v: Float64Array): number {
  return rsum(v);
}

/** switch with fallthrough and a default parameter that reads an earlier one. */
export function piecewise(x: number, kind: number, scale = x * 0.5): number {
  let y = 0;
  switch (kind) {
    case 0:
      y += x * x;
    // falls through
    case 1:
      y += Math.expm1(x);
      break;
    case 2:
      y = Math.log1p(x * x);
      break;
    default:
      y = -x;
  }
  return y * scale;
}

/** Value-dependent while loop with break (bisection-like shrinking). */
export function shrinkTo(x: number, target: number): number {
  let v = x;
  let n = 0;
  while (n < 100) {
    if (Math.abs(v) < target) break;
    v = v * 0.5 + 0.01 * Math.sin(v);
    n++;
  }
  return v * v;
}

/** Optional parameter tested for undefined; destructuring an array variable. */
export function optShift(p: Float64Array, shift?: number): number {
  const [a, , c] = p;
  const s = shift === undefined ? 0.25 : shift;
  return (a - s) * (c + s) + Math.min(...p);
}

/** for..of over a subarray window, with Math.max spread on another window. */
export function windowPeaks(xs: Float64Array, w = 2): number {
  let total = 0;
  for (let i = 0; i + w <= xs.length; i += w) {
    let local = 0;
    for (const v of xs.subarray(i, i + w)) local += v * v;
    total += local * Math.max(...xs.subarray(i, i + w));
  }
  return total;
}

/** Generic array type parameter with pow/cbrt/sign/atan2. */
export function mixMath<A extends ArrayLike<number>>(v: A, t: number): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += Math.sign(v[i]) * Math.cbrt(Math.abs(v[i]) + 1) + Math.pow(Math.abs(t) + 1, v[i]);
  return s + Math.atan2(t, 2);
}

/** A parameter reassigned before use (for --wrt), and arrays rebound in a loop ([a, b] = [b, a]). */
export function swapLoop(u: Float64Array, gain: number): number {
  gain = Math.tanh(gain);
  let a = Float64Array.from(u);
  let b = new Float64Array(u.length);
  for (let it = 0; it < 3; it++) {
    for (let i = 0; i < a.length; i++) b[i] = gain * a[(i + 1) % a.length] + 0.1 * a[i];
    [a, b] = [b, a];
  }
  return sumSq(a);
}
