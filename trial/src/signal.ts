// Signal processing over buffers: IIR filters, windowed DFT, envelopes.

const TWO_PI = 2 * Math.PI;

/** Direct-form-I biquad over x; returns the output energy. */
export function biquadEnergy(b0: number, b1: number, b2: number, a1: number, a2: number, x: Float64Array): number {
  let x1 = 0, x2 = 0, y1 = 0, y2 = 0;
  let e = 0;
  for (let n = 0; n < x.length; n++) {
    const y = b0 * x[n] + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
    x2 = x1;
    x1 = x[n];
    y2 = y1;
    y1 = y;
    e += y * y;
  }
  return e;
}

/** The same filter writing its output into y (void: Jacobian form). */
export function biquadFilter(coef: Float64Array, x: Float64Array, y: Float64Array): void {
  let [x1, x2, y1, y2] = [0, 0, 0, 0];
  for (let n = 0; n < x.length; n++) {
    const out = coef[0] * x[n] + coef[1] * x1 + coef[2] * x2 - coef[3] * y1 - coef[4] * y2;
    [x2, x1] = [x1, x[n]];
    [y2, y1] = [y1, out];
    y[n] = out;
  }
}

/** One-pole lowpass with the smoothing factor from a cutoff; returns the last sample. */
export function onePoleLast(cutoff: number, fs: number, x: number[]): number {
  const alpha = 1 - Math.exp((-TWO_PI * cutoff) / fs);
  let y = 0;
  for (const v of x) y += alpha * (v - y);
  return y;
}

function hann(n: number, N: number): number {
  return 0.5 - 0.5 * Math.cos((TWO_PI * n) / (N - 1));
}

/** Magnitude of the Hann-windowed DFT at bin k. */
export function dftMagnitude(x: Float64Array, k: number): number {
  const N = x.length;
  let re = 0;
  let im = 0;
  for (let n = 0; n < N; n++) {
    const w = hann(n, N) * x[n];
    const ang = (-TWO_PI * k * n) / N;
    re += w * Math.cos(ang);
    im += w * Math.sin(ang);
  }
  return Math.hypot(re, im);
}

/** Spectral centroid over the first half of the bins. */
export function spectralCentroid(x: Float64Array): number {
  const N = x.length;
  let num = 0;
  let den = 1e-12;
  for (let k = 0; k < N / 2; k++) {
    const m = dftMagnitude(x, k);
    num += k * m;
    den += m;
  }
  return num / den;
}

/** Writes |X_k| for every bin into mag (an out-parameter). */
export function dftSpectrum(x: Float64Array, mag: Float64Array): void {
  const N = x.length;
  for (let k = 0; k < mag.length; k++) {
    let re = 0, im = 0;
    for (let n = 0; n < N; n++) {
      re += x[n] * Math.cos((TWO_PI * k * n) / N);
      im -= x[n] * Math.sin((TWO_PI * k * n) / N);
    }
    mag[k] = Math.sqrt(re * re + im * im + 1e-12);
  }
}

/** FIR convolution, 'valid' part, into out. */
export function firValid(h: Float64Array, x: Float64Array, out: Float64Array): void {
  const M = h.length;
  for (let n = 0; n + M <= x.length; n++) {
    let acc = 0;
    for (let m = 0; m < M; m++) acc += h[m] * x[n + M - 1 - m];
    out[n] = acc;
  }
}

/** Peak envelope follower with separate attack/release; returns mean envelope. */
export function envelopeMean(attack: number, release: number, x: Float64Array): number {
  let env = 0;
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    const a = Math.abs(x[i]);
    const coeff = a > env ? attack : release;
    env = coeff * env + (1 - coeff) * a;
    sum += env;
  }
  return sum / x.length;
}

/** Normalised autocorrelation at a lag. */
export function autocorr(x: ArrayLike<number>, lag: number): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < x.length; i++) {
    den += x[i] * x[i];
    if (i + lag < x.length) num += x[i] * x[i + lag];
  }
  return num / den;
}

/** Soft-clipping distortion, then RMS. */
export function softClipRms(drive: number, x: Float64Array): number {
  let s = 0;
  for (const v of x) {
    const y = Math.tanh(drive * v) / Math.tanh(drive);
    s += y * y;
  }
  return Math.sqrt(s / x.length);
}

/**
 * Pre-emphasis then a decimating sum of squares with a stride (while loop, break at a limit).
 * (Without the stride's tag, tsgrad check draws stride from [-1, 1] and hangs on a negative one.)
 * @domain stride int [1, 3]
 */
export function preEmphasisPower(alpha: number, x: Float64Array, stride = 2, limit = 1e9): number {
  let i = 1;
  let p = 0;
  while (i < x.length) {
    const y = x[i] - alpha * x[i - 1];
    p += y * y;
    if (p > limit) break;
    i += stride;
  }
  return p;
}

/** Goertzel power at a normalised frequency. */
export function goertzel(x: Float64Array, freq: number): number {
  const c = 2 * Math.cos(TWO_PI * freq);
  let s1 = 0;
  let s2 = 0;
  for (let n = 0; n < x.length; n++) {
    const s0 = x[n] + c * s1 - s2;
    s2 = s1;
    s1 = s0;
  }
  return s1 * s1 + s2 * s2 - c * s1 * s2;
}

/** Leaky integrate-and-fire-ish state with a reset when over threshold (branchy, resets). */
export function leakyIntegrate(tau: number, gain: number, x: Float64Array): number {
  let v = 0;
  let total = 0;
  for (let i = 0; i < x.length; i++) {
    v = v * Math.exp(-1 / tau) + gain * x[i];
    if (v > 1) {
      total += v;
      v = 0;
      continue;
    }
    total += 0.1 * v;
  }
  return total;
}
