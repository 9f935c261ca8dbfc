// More shapes: windows written by helpers in loops, readonly/ArrayLike params, module `let`,
// the rest of Math, a fixed-point iteration, push-built locals read backwards.

let GAIN = 2; // never reassigned, but declared with let
const HALF = 0.5;

function axpyWindow(alpha: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < y.length; i++) y[i] += alpha * x[i];
}

/** A helper writing a window of a local buffer, in a loop (the call stays a call?). */
export function windowsInLoop(x: Float64Array, alphas: Float64Array): number {
  const n = x.length;
  const buf = new Float64Array(n * alphas.length);
  for (let k = 0; k < alphas.length; k++) {
    axpyWindow(alphas[k], x, buf.subarray(k * n, (k + 1) * n));
    if (k > 0) axpyWindow(HALF, buf.subarray((k - 1) * n, k * n), buf.subarray(k * n, (k + 1) * n));
  }
  let s = 0;
  for (let i = 0; i < buf.length; i++) s += Math.sin(buf[i]) * (i + 1);
  return s;
}

/** for…of over a subarray and a slice. */
export function iterateWindows(x: Float64Array): number {
  let s = 0;
  for (const v of x.subarray(1, x.length - 1)) s += v * v;
  const tail = x.slice(2);
  for (const v of tail) s += Math.exp(v) * HALF;
  return s;
}

/** readonly number[] and ArrayLike<number> parameters. */
export function readonlyParams(a: readonly number[], b: ArrayLike<number>, k: number): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i] * k;
  return s;
}

/** Reads a module-level `let`. */
export function readsModuleLet(x: number): number {
  return GAIN * x * x;
}

/** The rest of Math. */
export function restOfMath(x: number, y: number): number {
  return (
    Math.log2(x + 2) +
    Math.log10(y + 2) +
    Math.asinh(x) +
    Math.acosh(y + 2) +
    Math.atanh(x * 0.5) +
    Math.sinh(y) * Math.cosh(x) +
    Math.tan(x * 0.5) +
    Math.asin(y * 0.5) +
    Math.acos(x * 0.5) +
    Math.trunc(x * 3) +
    Math.fround(y) * 0 +
    (x + 2) ** -1.5
  );
}

/** Fixed-point iteration with a convergence break (Kepler's equation E = M + e sin E). */
export function keplerE(M: number, e: number): number {
  let E = M;
  for (let it = 0; it < 100; it++) {
    const next = M + e * Math.sin(E);
    if (Math.abs(next - E) < 1e-15) {
      E = next;
      break;
    }
    E = next;
  }
  return E;
}

/** Newton for Kepler with while(true). */
export function keplerNewton(M: number, e: number): number {
  let E = M + e * Math.sin(M);
  let n = 0;
  while (true) {
    const f = E - e * Math.sin(E) - M;
    const dE = f / (1 - e * Math.cos(E));
    E -= dE;
    if (Math.abs(dE) < 1e-14 || ++n > 50) break;
  }
  return E;
}

/** number[] built with push, read backwards. */
export function pushBackwards(x: Float64Array, k: number): number {
  const hist: number[] = [];
  let v = 1;
  for (let i = 0; i < x.length; i++) {
    v = v * k + x[i];
    hist.push(v);
  }
  let s = 0;
  for (let i = hist.length - 1; i >= 0; i--) s = s * 0.5 + hist[i];
  return s;
}

/** 2-D index from Math.trunc. */
export function truncIndex(m: Float64Array, cols: number): number {
  let s = 0;
  for (let i = 0; i < m.length; i++) {
    const r = Math.trunc(i / cols);
    const c = i - r * cols;
    s += m[i] * (r + 1) * (c + 2);
  }
  return s;
}

/** do…while with continue. */
export function doWhileContinue(x: Float64Array): number {
  let i = 0;
  let s = 0;
  do {
    i++;
    if (x[i - 1] < 0) continue;
    s += Math.sqrt(x[i - 1] + 1);
  } while (i < x.length);
  return s;
}

/** Float32Array parameter. */
export function float32Param(x: Float32Array, k: number): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += Math.exp(k * x[i]);
  return Math.log(s);
}

function makeScaled(k: number): (x: number) => number {
  return (x: number) => k * x * x;
}
/** A loss built by a factory (closure). */
export const factoryLoss = makeScaled(3);

/** void, reads and writes acc (acc += x²). */
export function addSquares(x: Float64Array, acc: Float64Array): void {
  for (let i = 0; i < x.length; i++) acc[i] += x[i] * x[i];
}

/** void, in-place prefix sums with a nonlinearity (each element reads the previous output). */
export function prefixInPlace(v: Float64Array, k: number): void {
  for (let i = 1; i < v.length; i++) v[i] = v[i] + Math.tanh(k * v[i - 1]);
}
