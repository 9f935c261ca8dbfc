// Audio DSP: biquads, envelope followers, one-pole filters.

/** RBJ low-pass biquad (direct form I) over x; returns the energy of (y - ref). Cutoff and Q are differentiable. */
export function biquadLoss(x: Float64Array, ref: Float64Array, fc: number, Q: number, fs = 48000): number {
  const w0 = (2 * Math.PI * fc) / fs;
  const alpha = Math.sin(w0) / (2 * Q);
  const cw = Math.cos(w0);
  const a0 = 1 + alpha;
  const b0 = (1 - cw) / 2 / a0, b1 = (1 - cw) / a0, b2 = b0;
  const a1 = (-2 * cw) / a0, a2 = (1 - alpha) / a0;
  let x1 = 0, x2 = 0, y1 = 0, y2 = 0;
  let e = 0;
  for (let n = 0; n < x.length; n++) {
    const y = b0 * x[n] + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
    x2 = x1;
    x1 = x[n];
    y2 = y1;
    y1 = y;
    e += (y - ref[n]) ** 2;
  }
  return e;
}

/** Biquad with coefficients as parameters, writing the filtered signal (Transposed DF-II). */
export function biquadFilter(x: Float64Array, b: Float64Array, a: Float64Array, y: Float64Array): void {
  let s1 = 0, s2 = 0;
  for (let n = 0; n < x.length; n++) {
    const out = b[0] * x[n] + s1;
    s1 = b[1] * x[n] - a[0] * out + s2;
    s2 = b[2] * x[n] - a[1] * out;
    y[n] = out;
  }
}

/** Envelope follower: attack when rising, release when falling; returns mean envelope. */
export function envelopeMean(x: Float64Array, attackMs: number, releaseMs: number, fs: number): number {
  const ga = Math.exp(-1000 / (attackMs * fs));
  const gr = Math.exp(-1000 / (releaseMs * fs));
  let env = 0, sum = 0;
  for (const v of x) {
    const a = Math.abs(v);
    const g = a > env ? ga : gr;
    env = g * env + (1 - g) * a;
    sum += env;
  }
  return sum / x.length;
}

/** A compressor's gain computer over the envelope in dB, soft knee; returns the output RMS. */
export function compressorRms(x: Float64Array, thresholdDb: number, ratio: number, kneeDb: number): number {
  let acc = 0;
  for (let n = 0; n < x.length; n++) {
    const lvl = 20 * Math.log10(Math.abs(x[n]) + 1e-9);
    const over = lvl - thresholdDb;
    let gainDb: number;
    if (2 * over < -kneeDb) gainDb = 0;
    else if (2 * Math.abs(over) <= kneeDb) gainDb = ((1 / ratio - 1) * (over + kneeDb / 2) ** 2) / (2 * kneeDb);
    else gainDb = (1 / ratio - 1) * over;
    const y = x[n] * 10 ** (gainDb / 20);
    acc += y * y;
  }
  return Math.sqrt(acc / x.length);
}

/** One-pole low-pass stored in a Float32Array buffer (as audio code keeps it), loss against ref. */
export function onePoleF32(x: Float32Array, ref: Float32Array, coef: number): number {
  const y = new Float32Array(x.length);
  let prev = 0;
  for (let i = 0; i < x.length; i++) {
    y[i] = prev + coef * (x[i] - prev);
    prev = y[i];
  }
  let e = 0;
  for (let i = 0; i < x.length; i++) e += (y[i] - ref[i]) ** 2;
  return e;
}

