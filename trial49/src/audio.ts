// Audio DSP on ring buffers: biquads, a feedback comb, a Schroeder allpass, a one-pole smoother, a delay-line chorus.

const RING = 64;
const ring = new Float64Array(RING);
const biq = new Float64Array(5);
const zst = new Float64Array(2);

/** RBJ low-pass biquad coefficients into out (b0 b1 b2 a1 a2), normalised */
export function lowpassCoeffs(out: Float64Array, f0: number, q: number, fs: number): Float64Array {
  const w = (2 * Math.PI * f0) / fs;
  const cw = Math.cos(w), alpha = Math.sin(w) / (2 * q);
  const a0 = 1 + alpha;
  out[0] = (1 - cw) / 2 / a0;
  out[1] = (1 - cw) / a0;
  out[2] = (1 - cw) / 2 / a0;
  out[3] = (-2 * cw) / a0;
  out[4] = (1 - alpha) / a0;
  return out;
}

/** fit a low-pass: filter x with coefficients in the module buffer biq, state in zst (transposed DF II) */
export function biquadFit(x: Float64Array, y: Float64Array, f0: number, q: number, fs: number): number {
  biq.fill(0);
  lowpassCoeffs(biq, f0, q, fs);
  zst[0] = 0; zst[1] = 0;
  let e = 0;
  for (let n = 0; n < x.length; n++) {
    const out = biq[0] * x[n] + zst[0];
    zst[0] = biq[1] * x[n] - biq[3] * out + zst[1];
    zst[1] = biq[2] * x[n] - biq[4] * out;
    e += (out - y[n]) ** 2;
  }
  return e;
}

/** a feedback comb on the module ring buffer (cleared each call): y[n] = x[n] + g y[n - D] */
export function combEnergy(x: Float64Array, g: number, D: number): number {
  for (let i = 0; i < ring.length; i++) ring[i] = 0;
  let w = 0, e = 0;
  for (let n = 0; n < x.length; n++) {
    const r = (w - D + RING) & (RING - 1);
    const yv = x[n] + g * ring[r];
    ring[w] = yv;
    w = (w + 1) & (RING - 1);
    e += yv * yv;
  }
  return e;
}

/** Schroeder allpass: y = -g x + d; d' = x + g y; delay M in a fresh ring */
export function allpassEnergy(x: Float64Array, g: number, M: number): number {
  ring.fill(0);
  let w = 0, e = 0;
  for (let n = 0; n < x.length; n++) {
    const r = (w - M + RING) & (RING - 1);
    const d = ring[r];
    const yv = -g * x[n] + d;
    ring[w] = x[n] + g * yv;
    w = (w + 1) & (RING - 1);
    e += yv * yv * (n + 1);
  }
  return e;
}

/** one-pole smoother toward a target, early exit when settled */
export function smootherError(x: Float64Array, a: number, tol: number): number {
  let y = 0, e = 0;
  for (let n = 0; n < x.length; n++) {
    const ny = y + a * (x[n] - y);
    e += (ny - x[n]) ** 2;
    if (Math.abs(ny - y) < tol && n > 4) return e + ny;
    y = ny;
  }
  return e + y;
}

/** a chorus: a fractional delay read with linear interpolation from a ring, modulated by an LFO */
export function chorus(x: Float64Array, depth: number, rate: number, mix: number, target: Float64Array): number {
  ring.fill(0);
  let e = 0;
  for (let n = 0; n < x.length; n++) {
    ring[n & (RING - 1)] = x[n];
    const delay = 8 + depth * Math.sin(2 * Math.PI * rate * n);
    const pos = n - delay;
    const i0 = Math.floor(pos);
    const fr = pos - i0;
    const a = i0 < 0 ? 0 : ring[i0 & (RING - 1)], b = i0 + 1 < 0 ? 0 : ring[(i0 + 1) & (RING - 1)];
    const yv = (1 - mix) * x[n] + mix * (a + fr * (b - a));
    e += (yv - target[n]) ** 2;
  }
  return e;
}

/** cascade of two biquads sharing the coefficient buffer, summed by a generic helper */
export function cascadeRms(x: Float64Array, f0: number, q: number, fs: number): number {
  biq.fill(0);
  lowpassCoeffs(biq, f0, q, fs);
  const y = new Float64Array(x.length);
  let z0 = 0, z1 = 0;
  for (let pass = 0; pass < 2; pass++) {
    z0 = 0; z1 = 0;
    for (let n = 0; n < x.length; n++) {
      const inp = pass === 0 ? x[n] : y[n];
      const out = biq[0] * inp + z0;
      z0 = biq[1] * inp - biq[3] * out + z1;
      z1 = biq[2] * inp - biq[4] * out;
      y[n] = out;
    }
  }
  return Math.sqrt(meanSq(y));
}

function meanSq(xs: Float64Array): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i] * xs[i];
  return s / xs.length;
}
