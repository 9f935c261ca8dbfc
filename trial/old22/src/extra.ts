// A few more: throws, console output, @noinline void writers in loops, in/out arrays kept as calls.

/** @noinline */
function relaxInto(src: Float64Array, w: number, dst: Float64Array): void {
  for (let i = 0; i < src.length; i++) {
    const l = i > 0 ? src[i - 1] : src[i];
    dst[i] = (1 - w) * src[i] + w * Math.tanh(l);
  }
}

/** A @noinline void helper writing a buffer, called in a loop, ping-ponging two buffers.
 * @domain x [-1, 1] length 5
 * @domain w (0.1, 0.9)
 */
export function relaxLoop(x: Float64Array, w: number): number {
  let a = Float64Array.from(x);
  let b = new Float64Array(x.length);
  for (let it = 0; it < 4; it++) {
    relaxInto(a, w, b);
    const t = a; a = b; b = t;
  }
  let s = 0;
  for (const v of a) s += v * v;
  return s;
}

/** @noinline */
function decayInPlace(state: Float64Array, rate: number): number {
  let e = 0;
  for (let i = 0; i < state.length; i++) {
    state[i] *= Math.exp(-rate * (i + 1));
    e += state[i] * state[i];
  }
  return e;
}

/** An in/out array updated by a helper kept as a call (its vjpInOut), several times.
 * @domain s0 [-1, 1] length 4
 * @domain rate (0.05, 0.5)
 */
export function repeatedDecay(s0: Float64Array, rate: number): number {
  const s = s0.slice();
  let total = 0;
  for (let k = 0; k < 3; k++) total += decayInPlace(s, rate * (k + 1));
  return total + s[0];
}

/** Throws on a bad argument, with a template message; logs nothing.
 * @domain p (0.05, 0.95)
 * @domain x [-2, 2]
 */
export function checkedLogit(p: number, x: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`p must be in (0, 1), got ${p}`);
  return Math.log(p / (1 - p)) * x + x * x;
}

/** Number[] parameters read and an output number[] written, with tangents given as number[].
 * @domain a [-1, 1] length 4
 * @domain out [0, 0] length 4
 */
export function squaresPlain(a: number[], out: number[]): void {
  for (let i = 0; i < a.length; i++) out[i] = a[i] * a[i] * (i + 1);
}

/** Console output inside a loss (kept in the forward sweep).
 * @domain x [-1, 1] length 3
 */
export function chattyLoss(x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += Math.cosh(x[i]);
  if (s > 1e9) console.log('large loss: ' + s);
  return s;
}

/** Recursion that writes an out-parameter and returns a number (kept as a call).
 * @domain x [-1, 1] length 6
 * @domain out [0, 0] length 6
 */
export function recursiveScan(x: Float64Array, out: Float64Array): number {
  return scanFrom(x, out, 0, 0);
}

function scanFrom(x: Float64Array, out: Float64Array, i: number, acc: number): number {
  if (i === x.length) return acc;
  const next = 0.5 * acc + Math.sin(x[i]);
  out[i] = next;
  return scanFrom(x, out, i + 1, next);
}
