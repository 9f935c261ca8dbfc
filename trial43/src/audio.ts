// Audio DSP: filters and effects run over a buffer, losses a plugin designer would fit.

/** Energy of a biquad low-pass (RBJ cookbook) applied to a buffer, direct form I. */
export function biquadLowpassEnergy(x: Float64Array, cutoff: number, q: number, sampleRate: number): number {
  const w0 = (2 * Math.PI * cutoff) / sampleRate;
  const alpha = Math.sin(w0) / (2 * q);
  const cosw = Math.cos(w0);
  const a0 = 1 + alpha;
  const b0 = (1 - cosw) / 2 / a0;
  const b1 = (1 - cosw) / a0;
  const b2 = b0;
  const a1 = (-2 * cosw) / a0;
  const a2 = (1 - alpha) / a0;
  let x1 = 0, x2 = 0, y1 = 0, y2 = 0;
  let energy = 0;
  for (let n = 0; n < x.length; n++) {
    const y = b0 * x[n] + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
    x2 = x1;
    x1 = x[n];
    y2 = y1;
    y1 = y;
    energy += y * y;
  }
  return energy / x.length;
}

/** Peak envelope follower with separate attack and release, squared error to a target envelope. */
export function envelopeLoss(x: Float64Array, attack: number, release: number, target: Float64Array): number {
  let env = 0;
  let loss = 0;
  for (let i = 0; i < x.length; i++) {
    const level = Math.abs(x[i]);
    const coef = level > env ? attack : release;
    env = coef * env + (1 - coef) * level;
    const d = env - target[i];
    loss += d * d;
  }
  return loss;
}

/** tanh soft clipper with drive and makeup gain; error against a reference. */
export function softClipError(x: Float64Array, drive: number, makeup: number, ref: Float64Array): number {
  let err = 0;
  for (let i = 0; i < x.length; i++) {
    const y = (makeup * Math.tanh(drive * x[i])) / Math.tanh(drive);
    err += (y - ref[i]) ** 2;
  }
  return err / x.length;
}

/** Feedback comb filter with a circular delay line (modulo index); output RMS. */
export function combRms(x: Float64Array, feedback: number, damp: number, delay: number): number {
  const line = new Float64Array(delay);
  let w = 0;
  let lp = 0;
  let sum = 0;
  for (let n = 0; n < x.length; n++) {
    const out = line[w];
    lp = out * (1 - damp) + lp * damp;
    line[w] = x[n] + feedback * lp;
    w = (w + 1) % delay;
    sum += out * out;
  }
  return Math.sqrt(sum / x.length + 1e-12);
}

/** Two Schroeder allpass sections in series, each with its own circular buffer; energy of the tail. */
export function allpassTail(x: Float64Array, g1: number, g2: number, tailStart: number): number {
  const d1 = 5, d2 = 3;
  const buf1 = new Float64Array(d1);
  const buf2 = new Float64Array(d2);
  let i1 = 0, i2 = 0;
  let tail = 0;
  const total = x.length + 12;
  for (let n = 0; n < total; n++) {
    const input = n < x.length ? x[n] : 0;
    const z1 = buf1[i1];
    const v1 = input + g1 * z1;
    const y1 = z1 - g1 * v1;
    buf1[i1] = v1;
    i1 = (i1 + 1) % d1;
    const z2 = buf2[i2];
    const v2 = y1 + g2 * z2;
    const y2 = z2 - g2 * v2;
    buf2[i2] = v2;
    i2 = (i2 + 1) % d2;
    if (n >= tailStart) tail += y2 * y2;
  }
  return tail;
}

/** Spectral match of a 2-operator FM tone against a target at a handful of DFT bins. */
export function fmSpectrumLoss(carrier: number, ratio: number, index: number, targetMag: Float64Array, n: number): number {
  let loss = 0;
  for (let k = 0; k < targetMag.length; k++) {
    let re = 0, im = 0;
    const bin = k + 1;
    for (let t = 0; t < n; t++) {
      const ph = (2 * Math.PI * t) / n;
      const s = Math.sin(carrier * ph + index * Math.sin(ratio * carrier * ph));
      re += s * Math.cos(bin * ph);
      im -= s * Math.sin(bin * ph);
    }
    const mag = Math.sqrt(re * re + im * im + 1e-9) / n;
    loss += (mag - targetMag[k]) ** 2;
  }
  return loss;
}

/** Soft-knee compressor gain computer in dB, applied to per-block levels; mean output level. */
export function compressorLevel(levelsDb: Float64Array, threshold: number, ratio: number, knee: number): number {
  let total = 0;
  for (let i = 0; i < levelsDb.length; i++) {
    const x = levelsDb[i];
    const over = x - threshold;
    let y: number;
    if (2 * over < -knee) y = x;
    else if (2 * Math.abs(over) <= knee) y = x + ((1 / ratio - 1) * (over + knee / 2) ** 2) / (2 * knee);
    else y = threshold + over / ratio;
    total += y;
  }
  return total / levelsDb.length;
}
