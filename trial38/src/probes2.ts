// More probes: recursion writing into windows of its array, switch fall-through, ??=, Float32 storage, throw guards,
// an arrow made inside a loop closing over the loop's variables.

/** in-place Haar transform by recursion on the first half (a window passed down) */
function haarInPlace(a: Float64Array, n: number): void {
  if (n < 2) return;
  const tmp = new Float64Array(n);
  const h = n >> 1;
  for (let i = 0; i < h; i++) {
    tmp[i] = (a[2 * i] + a[2 * i + 1]) * Math.SQRT1_2;
    tmp[h + i] = (a[2 * i] - a[2 * i + 1]) * Math.SQRT1_2;
  }
  a.set(tmp);
  haarInPlace(a.subarray(0, h), h);
}
/** soft-thresholded Haar coefficients' energy (a wavelet denoising objective) */
export function haarShrinkEnergy(x: Float64Array, lam: number): number {
  const c = Float64Array.from(x);
  haarInPlace(c, c.length);
  let e = 0;
  for (const v of c) {
    const s = Math.abs(v) - lam;
    e += s > 0 ? s * s : 0;
  }
  return e;
}

/** a piecewise tariff with switch fall-through */
export function tariff(kwh: number, tier: number): number {
  let cost = 0;
  switch (tier) {
    case 3:
      cost += 0.05 * Math.max(kwh - 500, 0);
    // falls through
    case 2:
      cost += 0.03 * Math.max(kwh - 200, 0);
    // falls through
    case 1:
      cost += 0.1 * kwh;
      break;
    default:
      cost = kwh;
  }
  return cost;
}

/** lazy defaults with ??= and ||= on number locals */
export function lazyDefaults(x: number, y?: number, z = 0): number {
  let a = y;
  a ??= x * 2;
  let b = z;
  b ||= x * x;
  return a * b + Math.sin(a);
}

/** Float32 storage of an intermediate signal */
export function f32Smooth(x: Float64Array, alpha: number): number {
  const s = new Float32Array(x.length);
  s[0] = x[0];
  for (let i = 1; i < x.length; i++) s[i] = alpha * x[i] + (1 - alpha) * s[i - 1];
  let e = 0;
  for (const v of s) e += v * v;
  return e;
}

/** a throw guard before a log */
export function guardedLog(x: number, y: number): number {
  if (x <= 0) throw new RangeError(`x must be positive, got ${x}`);
  return Math.log(x) * y;
}

/** arrows made inside a loop, closing over the iteration's const and an outer let */
export function loopArrows(w: Float64Array, x: number): number {
  let acc = 0;
  let scale = 1;
  for (let i = 0; i < w.length; i++) {
    const wi = w[i];
    const term = (t: number): number => scale * wi * Math.tanh(t + i);
    acc += term(x);
    scale *= 0.9 + 0.01 * wi;
  }
  return acc;
}
