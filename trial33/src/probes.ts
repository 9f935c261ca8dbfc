// Smaller probes in my usual style: recursion writing arrays, defaults reading parameters, callbacks, labels.

function fftRec(xr: Float64Array, xi: Float64Array, off: number, stride: number, n: number, or: Float64Array, oi: Float64Array, o: number): void {
  if (n === 1) {
    or[o] = xr[off];
    oi[o] = xi[off];
    return;
  }
  const h = n >> 1;
  fftRec(xr, xi, off, 2 * stride, h, or, oi, o);
  fftRec(xr, xi, off + stride, 2 * stride, h, or, oi, o + h);
  for (let k = 0; k < h; k++) {
    const ang = (-2 * Math.PI * k) / n;
    const c = Math.cos(ang);
    const s = Math.sin(ang);
    const tr = c * or[o + h + k] - s * oi[o + h + k];
    const ti = s * or[o + h + k] + c * oi[o + h + k];
    const er = or[o + k];
    const ei = oi[o + k];
    or[o + k] = er + tr;
    oi[o + k] = ei + ti;
    or[o + h + k] = er - tr;
    oi[o + h + k] = ei - ti;
  }
}

/** Weighted power spectrum of a real signal (length a power of 2) by a recursive radix-2 FFT. */
export function weightedPower(x: Float64Array, w: Float64Array): number {
  const n = x.length;
  const zeros = new Float64Array(n);
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  fftRec(x, zeros, 0, 1, n, re, im, 0);
  let p = 0;
  for (let k = 0; k < n; k++) p += w[k] * (re[k] * re[k] + im[k] * im[k]);
  return p / n;
}

/** The same by the direct transform (loop). */
export function weightedPowerLoop(x: Float64Array, w: Float64Array): number {
  const n = x.length;
  let p = 0;
  for (let k = 0; k < n; k++) {
    let re = 0;
    let im = 0;
    for (let j = 0; j < n; j++) {
      const ang = (-2 * Math.PI * k * j) / n;
      re += x[j] * Math.cos(ang);
      im += x[j] * Math.sin(ang);
    }
    p += w[k] * (re * re + im * im);
  }
  return p / n;
}

/** A default that reads earlier parameters, and an optional one tested with ??. */
export function windChill(T: number, v: number, exponent = 0.16 + 0.0 * T, scale?: number): number {
  const s = scale ?? 1;
  const vp = Math.pow(v, exponent);
  return s * (13.12 + 0.6215 * T - 11.37 * vp + 0.3965 * T * vp);
}

/** Callbacks: map into a spread, reduce with index, forEach writing a scratch array, entries() with continue. */
export function callbackMix(xs: readonly number[], w: Float64Array, temp = 0.5): number {
  const scaled = xs.map((v, i) => (v * w[i]) / temp);
  const m = Math.max(...scaled);
  const z = scaled.reduce((s, v) => s + Math.exp(v - m), 0);
  const tmp = new Float64Array(xs.length);
  scaled.forEach((v, i) => {
    tmp[i] = Math.exp(v - m) / z;
  });
  let ent = 0;
  for (const [i, p] of tmp.entries()) {
    if (p < 1e-300) continue;
    ent -= p * Math.log(p) + 0 * i;
  }
  return ent + m * temp + Math.log(z) * temp;
}

/** Labelled continue over a grid, hypot of a spread window, early exit by a flag. */
export function gridNearest(pts: Float64Array, qx: number, qy: number, qz: number): number {
  let best = Infinity;
  let second = Infinity;
  outer: for (let i = 0; i + 2 < pts.length; i += 3) {
    for (let k = 0; k < 3; k++) if (Number.isNaN(pts[i + k])) continue outer;
    const d = Math.hypot(...pts.subarray(i, i + 3).map((v, k) => v - (k === 0 ? qx : k === 1 ? qy : qz)));
    if (d < best) {
      second = best;
      best = d;
    } else if (d < second) second = d;
  }
  return best + 0.5 * second;
}

export const enum Units { SI = 1, Imperial = 2 }

class Conv {
  static readonly FT = 0.3048;
  static toMetres(x: number): number { return x * Conv.FT; }
}

/** A static method of a class as a unit conversion (I expect a precise refusal). */
export function fallTime(h: number, units: Units): number {
  const hm = units === Units.Imperial ? Conv.toMetres(h) : h;
  return Math.sqrt((2 * hm) / 9.81);
}

/** The same with the static constant only. */
export function fallTimeConst(h: number, units: Units): number {
  const hm = units === Units.Imperial ? h * Conv.FT : h;
  return Math.sqrt((2 * hm) / 9.81);
}

/** A result that may be undefined: the crossing time of a decaying signal, if any. */
export function crossing(a: number, k: number, level: number): number | undefined {
  if (level <= 0 || level >= a) return undefined;
  return Math.log(a / level) / k;
}

/** Its caller, with a fallback. */
export function crossingOr(a: number, k: number, level: number): number {
  const t = crossing(a, k, level);
  return t ?? 100 * k;
}

/** A recursive helper taking a default parameter and a boolean, returning a number (de Casteljau-free: a binary split sum). */
function splitSum(x: Float64Array, lo: number, hi: number, squares = false): number {
  if (hi - lo <= 2) {
    let s = 0;
    for (let i = lo; i < hi; i++) s += squares ? x[i] * x[i] : x[i];
    return s;
  }
  const mid = lo + ((hi - lo) >> 1);
  return splitSum(x, lo, mid, squares) + splitSum(x, mid, hi, squares);
}

/** Variance by recursive split sums. */
export function splitVariance(x: Float64Array): number {
  const n = x.length;
  const m = splitSum(x, 0, n) / n;
  return splitSum(x, 0, n, true) / n - m * m;
}
