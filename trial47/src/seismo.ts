// Seismology: travel times in layered media, a 1-D velocity model fit, hypocentre location, wavelets.

/** Vertical one-way travel time through a stack of layers (thickness h[i], velocity v[i]). */
export function verticalTravelTime(h: Float64Array, v: Float64Array): number {
  let t = 0;
  for (let i = 0; i < h.length; i++) t += h[i] / v[i];
  return t;
}

/** First arrival at offset x over a layer of thickness h (v1) on a half-space (v2 > v1): direct or head wave. */
export function firstArrival(x: number, h: number, v1: number, v2: number): number {
  const direct = x / v1;
  const crossover = 2 * h * Math.sqrt((v2 + v1) / (v2 - v1));
  if (x < crossover) return direct;
  const head = x / v2 + (2 * h * Math.sqrt(v2 * v2 - v1 * v1)) / (v1 * v2);
  return Math.min(direct, head);
}

/** Travel time to a receiver at depth z through layers given by their bottoms; the last layer extends down. */
function timeToDepth(z: number, bottoms: Float64Array, slowness: Float64Array): number {
  let t = 0;
  let top = 0;
  for (let i = 0; i < slowness.length; i++) {
    const bottom = i < bottoms.length ? bottoms[i] : Infinity;
    if (z <= bottom) return t + (z - top) * slowness[i];
    t += (bottom - top) * slowness[i];
    top = bottom;
  }
  return t;
}

/** VSP fit: least squares of first-break times at receiver depths, with a smoothness penalty on the slowness. */
export function vspMisfit(slowness: Float64Array, bottoms: Float64Array, depths: Float64Array, picks: Float64Array, smooth: number): number {
  let s = 0;
  for (let k = 0; k < depths.length; k++) {
    const r = timeToDepth(depths[k], bottoms, slowness) - picks[k];
    s += r * r;
  }
  for (let i = 1; i < slowness.length; i++) {
    const d = slowness[i] - slowness[i - 1];
    s += smooth * d * d;
  }
  return 0.5 * s;
}

/** Hypocentre location: squared residuals of P arrivals in a homogeneous medium, with a Huber-like soft loss. */
export function hypocentreLoss(src: Float64Array, t0: number, stations: Float64Array, arrivals: Float64Array, vp: number): number {
  const n = arrivals.length;
  let loss = 0;
  for (let k = 0; k < n; k++) {
    const dx = stations[3 * k] - src[0];
    const dy = stations[3 * k + 1] - src[1];
    const dz = stations[3 * k + 2] - src[2];
    const pred = t0 + Math.sqrt(dx * dx + dy * dy + dz * dz) / vp;
    const r = pred - arrivals[k];
    loss += Math.sqrt(1 + r * r) - 1;
  }
  return loss;
}

function ricker(t: number, f0: number): number {
  const a = Math.PI * f0 * t;
  const a2 = a * a;
  return (1 - 2 * a2) * Math.exp(-a2);
}

/** Fit of a Ricker wavelet (amplitude, delay, peak frequency) to a sampled trace. */
export function rickerFit(amp: number, delay: number, f0: number, trace: Float64Array, dt: number): number {
  let s = 0;
  for (let i = 0; i < trace.length; i++) {
    const r = amp * ricker(i * dt - delay, f0) - trace[i];
    s += r * r;
  }
  return s / trace.length;
}

/** Local magnitude from peak amplitudes with a distance correction a·log10(r) + b·r + c; the mean over stations. */
export function localMagnitude(amps: Float64Array, dists: Float64Array, a: number, b: number, c: number): number {
  let m = 0;
  for (const [i, amp] of amps.entries()) {
    m += Math.log10(amp) + a * Math.log10(dists[i]) + b * dists[i] + c;
  }
  return m / amps.length;
}

/** Snell's law through layers: horizontal distance travelled by a ray with parameter p down to the bottom. */
export function rayOffset(p: number, h: Float64Array, v: Float64Array): number {
  let x = 0;
  for (let i = 0; i < h.length; i++) {
    const sinTheta = p * v[i];
    if (sinTheta >= 1) break; // turned
    x += (h[i] * sinTheta) / Math.sqrt(1 - sinTheta * sinTheta);
  }
  return x;
}
