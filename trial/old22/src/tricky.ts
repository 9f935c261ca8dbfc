// Corner cases a user is likely to write sooner or later.

let SCALE = 1.5; // module-level let that nothing assigns

function axpy(a: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < y.length; i++) y[i] += a * x[i];
}

/** The same array passed as input and output of an inlined helper.
 * @domain x [-1, 1] length 4
 * @domain k (0.5, 2)
 */
export function selfAxpy(x: Float64Array, k: number): number {
  const y = Float64Array.from(x);
  axpy(k, y, y);
  axpy(0.5, x, y);
  let s = 0;
  for (const v of y) s += v * v;
  return s;
}

/** @noinline */
function dotNoinline(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** @noinline */
function scaleInto(a: Float64Array, k: number, out: Float64Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    out[i] = Math.sin(k * a[i]);
    n += out[i];
  }
  return n;
}

/** Calls that stay calls inside a loop (split mode), one of them writing an array.
 * @domain x [-1, 1] length 4
 * @domain w [-1, 1] length 4
 */
export function noinlineLoop(x: Float64Array, w: Float64Array): number {
  const tmp = new Float64Array(x.length);
  let total = 0;
  for (let it = 0; it < 3; it++) {
    total += scaleInto(x, 1 + it * 0.5, tmp);
    total += dotNoinline(tmp, w) ** 2;
  }
  return total;
}

/** Float32 output array written by a void function.
 * @domain x [-1, 1] length 4
 * @domain out [0, 0] length 4
 */
export function f32Out(x: Float64Array, out: Float32Array): void {
  for (let i = 0; i < x.length; i++) out[i] = Math.exp(x[i]) - 1;
}

/** Output written only in part, with an early return inside a loop.
 * @domain x [-1, 1] length 5
 * @domain out [-1, 1] length 5
 */
export function partialWrite(x: Float64Array, out: Float64Array): void {
  for (let i = 0; i < x.length; i++) {
    if (x[i] > 0.8) return;
    if (i % 2 === 0) out[i] = x[i] * out[i] + 1;
  }
}

/** Math.max over a window, %, and pow with a negative base.
 * @domain x [-2, 2] length 6
 * @domain b (0.7, 1.9)
 */
export function windowMaxMod(x: Float64Array, b: number): number {
  const m = Math.max(...x.subarray(1, 4));
  const r = (x[0] * 3.1) % b;
  return m * r + (x[5] - 3) ** 3 + Math.pow(x[4] - 3, 2);
}

/** Number destructuring and swaps.
 * @domain x [-1, 1]
 * @domain y [-1, 1]
 */
export function destructureSwap(x: number, y: number): number {
  let [a, b] = [x * 2, y - x];
  for (let i = 0; i < 3; i++) [a, b] = [b, a + 0.5 * b];
  const { sin, cos: c } = Math;
  return sin(a) * c(b) * SCALE;
}

/** Labelled continue and a var loop index declared before the loop.
 * @domain m [-1, 1] length 9
 */
export function labelledContinue(m: Float64Array): number {
  var i, j, s = 0;
  rows: for (i = 0; i < 3; i++) {
    for (j = 0; j < 3; j++) {
      const v = m[i * 3 + j];
      if (v < -0.5) continue rows;
      s += v * v * (j + 1);
    }
  }
  return s + i;
}

/** Array variable bound to a parameter, chosen by a ternary.
 * @domain a [-1, 1] length 3
 * @domain b [-1, 1] length 3
 * @domain flag [-1, 1]
 */
export function pickArray(a: Float64Array, b: Float64Array, flag: number): number {
  const src = flag > 0 ? a : b;
  let s = 0;
  for (let i = 0; i < src.length; i++) s += src[i] * a[i];
  return s;
}

/** Large unrolled body: a polynomial of many terms (maybe a helper over 400 statements).
 * @domain x [-1, 1] length 3
 */
export function bigHelperUser(x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < 3; i++) s += bigPoly(x[i], i);
  return s;
}

function bigPoly(t: number, k: number): number {
  let acc = 0;
  let p = 1;
  // written out long on purpose
  p *= t; acc += 0.11 * p + Math.sin(p + k); p *= t; acc += 0.12 * p + Math.sin(p + k);
  p *= t; acc += 0.13 * p + Math.sin(p + k); p *= t; acc += 0.14 * p + Math.sin(p + k);
  p *= t; acc += 0.15 * p + Math.sin(p + k); p *= t; acc += 0.16 * p + Math.sin(p + k);
  p *= t; acc += 0.17 * p + Math.sin(p + k); p *= t; acc += 0.18 * p + Math.sin(p + k);
  p *= t; acc += 0.19 * p + Math.sin(p + k); p *= t; acc += 0.2 * p + Math.sin(p + k);
  return acc;
}

/** Helper returning a new array (built with push), then reduced.
 * @domain xs [-1, 1] length 5
 */
export function diffsThenNorm(xs: number[]): number {
  const d = diffs(xs);
  let s = 0;
  for (const v of d) s += Math.abs(v) ** 1.5;
  return s;
}

function diffs(xs: number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < xs.length; i++) out.push(xs[i] - xs[i - 1]);
  return out;
}

/** Optional parameter left out vs given; atan2 near the negative axis.
 * @domain y [-1, 1]
 * @domain x [-2, -0.5]
 */
export function optionalAngle(y: number, x: number, bias?: number): number {
  const t = Math.atan2(y, x);
  return bias === undefined ? t : t + bias * bias;
}

/** do...while with continue and a counter, hypot with a zero argument.
 * @domain x (0.1, 1)
 */
export function doWhileContinue(x: number): number {
  let k = 0, s = 0;
  do {
    k++;
    if (k % 3 === 0) continue;
    s += Math.hypot(x * k, 0) / k;
  } while (k < 7);
  return s;
}

/** A recursive function that writes windows: in-place reversal of halves (merge-like).
 * @domain x [-1, 1] length 8
 */
export function recursiveSmooth(x: Float64Array): number {
  const y = Float64Array.from(x);
  smoothRec(y, 0, y.length);
  let s = 0;
  for (let i = 0; i < y.length; i++) s += y[i] * (i + 1);
  return s;
}

function smoothRec(a: Float64Array, lo: number, hi: number): void {
  if (hi - lo < 2) return;
  const mid = (lo + hi) >> 1;
  smoothRec(a, lo, mid);
  smoothRec(a, mid, hi);
  const l = a[mid - 1], r = a[mid];
  a[mid - 1] = 0.75 * l + 0.25 * Math.tanh(r);
  a[mid] = 0.25 * l * l + 0.75 * r;
}

/** In/out array and a returned value, with the in/out array read after writing.
 * @domain state [-1, 1] length 3
 * @domain dt (0.05, 0.2)
 */
export function stepAndEnergy(state: Float64Array, dt: number): number {
  const x = state[0], v = state[1], w = state[2];
  state[0] = x + dt * v;
  state[1] = v - dt * Math.sin(state[0]) * w;
  state[2] = w * Math.exp(-dt);
  return 0.5 * state[1] * state[1] + (1 - Math.cos(state[0])) * state[2];
}

/** Integer typed-array indices gathering from a float array.
 * @domain table [-1, 1] length 6
 * @domain idx int [0, 5] length 4
 */
export function gather(table: Float64Array, idx: Int32Array): number {
  let s = 0;
  for (let k = 0; k < idx.length; k++) s += table[idx[k]] * table[idx[(k + 1) % idx.length]];
  return s;
}

/** Cumulative product with a Float32Array input and a number[] output built by index.
 * @domain x (0.5, 1.5) length 4
 * @domain out [0, 0] length 4
 */
export function cumprodF32(x: Float32Array, out: number[]): number {
  let p = 1;
  for (let i = 0; i < x.length; i++) {
    p *= x[i];
    out[i] = p;
  }
  return p;
}
