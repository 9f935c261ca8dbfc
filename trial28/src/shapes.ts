// Code shapes.

const OFFSET = 0.25;
const SCALE = 1.5;

function toPolar(x: number, y: number): [number, number] {
  return [Math.hypot(x, y), Math.atan2(y, x)];
}

function minmax(a: number, b: number): [number, number] {
  return a < b ? [a, b] : [b, a];
}

/** const [r, phi] = helper(x, y) tuples. */
export function polarEnergy(x: number, y: number, k: number): number {
  const [r, phi] = toPolar(x, y);
  const [lo, hi] = minmax(r, k);
  return r * r * Math.cos(phi) + lo * Math.sin(2 * phi) - hi;
}

/** Newton for the cube root with a while loop and break. */
export function cubeRootNewton(a: number): number {
  let x = a > 1 ? a / 3 : 1;
  let it = 0;
  while (true) {
    const fx = x * x * x - a;
    const nx = x - fx / (3 * x * x);
    if (Math.abs(nx - x) < 1e-14 * Math.abs(x) || it > 60) {
      x = nx;
      break;
    }
    x = nx;
    it++;
  }
  return x * x + Math.sin(x);
}

/** Row-major matrix: sum of log1p of positive entries, rows after a negative diagonal are skipped with a labelled continue. */
export function labelledRows(m: Float64Array, n: number): number {
  let total = 0;
  rows: for (let i = 0; i < n; i++) {
    if (m[i * n + i] < -0.5) continue rows;
    for (let j = 0; j < n; j++) {
      const v = m[i * n + j];
      if (v < -0.9) continue rows; // drop the rest of this row
      if (v <= 0) continue;
      total += Math.log1p(v) * (j + 1);
    }
  }
  return total;
}

/** Closures reading outer constants and an outer local. */
export function closureMix(xs: Float64Array, gain: number): number {
  const bias = gain * OFFSET;
  const act = (t: number) => Math.tanh(t * SCALE + bias);
  const sq = (t: number) => t * t;
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += sq(act(xs[i])) + act(xs[i] * gain);
  return s;
}

/** A zoo of Math functions. */
export function mathZoo(x: number, y: number): number {
  const a = Math.hypot(x, y, 1);
  const b = Math.atan2(y, x + 2);
  const c = Math.expm1(0.5 * x) - Math.log1p(y * y);
  const d = Math.cosh(x * 0.3) * Math.tanh(y);
  const e = Math.asinh(x * y) + Math.cbrt(a);
  return a * b + c * d - e;
}

/** Fractional exponents with ** on a number[]. */
export function fractionalPowers(x: number[], p: number): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    s += v ** 1.5 + v ** (1 / 3) - 2 * v ** 0.25 + v ** p;
  }
  return s ** 0.5;
}

/** A do-while series for log(1 + x) with an accumulator, stopping by tolerance. */
export function seriesLog1p(x: number): number {
  let term = x;
  let sum = 0;
  let k = 1;
  do {
    sum += term / k;
    term *= -x;
    k++;
  } while (Math.abs(term / k) > 1e-16 && k < 200);
  return sum;
}

/** number[] built with push, then a reduction. */
export function pushedFeatures(x: number, y: number): number {
  const feats: number[] = [];
  feats.push(x, y, x * y);
  for (let k = 1; k <= 3; k++) feats.push(Math.sin(k * x) * Math.cos(k * y));
  let s = 0;
  for (const f of feats) s += f * f;
  return Math.sqrt(s);
}

/** Nested ternaries as a piecewise smooth ramp. */
export function smoothRamp(x: number, w: number): number {
  return x <= 0 ? 0 : x >= w ? x - w / 2 : x < w / 2 ? (x * x) / (2 * w) * 1 : x - w / 2 - ((w - x) * (w - x)) / (2 * w) + (w - x) * 0 + 0 * x;
}

/** Helpers writing into a scratch array passed in, reused twice. */
function affine(w: Float64Array, x: ArrayLike<number>, out: Float64Array): void {
  const n = out.length;
  const m = x.length;
  for (let i = 0; i < n; i++) {
    let s = w[i * (m + 1) + m];
    for (let j = 0; j < m; j++) s += w[i * (m + 1) + j] * x[j];
    out[i] = Math.tanh(s);
  }
}

export function twoLayerScratch(w1: Float64Array, w2: Float64Array, x: Float64Array): number {
  const h = new Float64Array(3);
  const o = new Float64Array(2);
  affine(w1, x, h);
  affine(w2, h, o);
  return o[0] * o[0] + 0.5 * o[1];
}

/** The same as polarEnergy, with the tuple helper written with if/return (workaround). */
function minmaxIf(a: number, b: number): [number, number] {
  if (a < b) return [a, b];
  return [b, a];
}

export function polarEnergyIf(x: number, y: number, k: number): number {
  const [r, phi] = toPolar(x, y);
  const [lo, hi] = minmaxIf(r, k);
  return r * r * Math.cos(phi) + lo * Math.sin(2 * phi) - hi;
}

/** pushedFeatures with one push per value (workaround). */
export function pushedFeaturesOne(x: number, y: number): number {
  const feats: number[] = [];
  feats.push(x);
  feats.push(y);
  feats.push(x * y);
  for (let k = 1; k <= 3; k++) feats.push(Math.sin(k * x) * Math.cos(k * y));
  let s = 0;
  for (const f of feats) s += f * f;
  return Math.sqrt(s);
}
