// Audio / DSP on Float64Array buffers.

const SAMPLE_RATE = 48000;
const SOFT_CLIP = true;

/** One-pole low-pass smoother; returns output energy. */
export function onePoleEnergy(x: Float64Array, cutoff: number): number {
  const a = Math.exp((-2 * Math.PI * cutoff) / SAMPLE_RATE);
  let y = 0;
  let e = 0;
  for (const v of x) {
    y = (1 - a) * v + a * y;
    e += y * y;
  }
  return e;
}

/**
 * Feedback comb filter with a ring-buffer delay line.
 * @domain x [-1, 1] length 40
 * @domain g (0, 0.9)
 * @domain delay int [2, 9]
 */
export function combEnergy(x: Float64Array, g: number, delay: number): number {
  const line = new Float64Array(delay);
  let pos = 0;
  let e = 0;
  for (let n = 0; n < x.length; n++) {
    const delayed = line[pos];
    const y = x[n] + g * delayed;
    line[pos] = y;
    pos = (pos + 1) % delay;
    e += SOFT_CLIP ? Math.tanh(y) ** 2 : y * y;
  }
  return e / x.length;
}

function windowAt(mode: string, n: number, len: number): number {
  switch (mode) {
    case 'hann':
      return 0.5 - 0.5 * Math.cos((2 * Math.PI * n) / (len - 1));
    case 'hamming':
      return 0.54 - 0.46 * Math.cos((2 * Math.PI * n) / (len - 1));
    default:
      return 1;
  }
}

/** Windowed energy of a frame, in dB. */
export function windowedEnergyDb(x: Float64Array, mode: 'hann' | 'hamming' | 'rect', floor = 1e-9): number {
  let e = 0;
  for (let n = 0; n < x.length; n++) {
    const w = windowAt(mode, n, x.length);
    e += (w * x[n]) ** 2;
  }
  return 10 * Math.log10(e + floor);
}

/** Biquad (direct form I) coefficients as inputs; sum of |y|. */
export function biquadL1(x: Float64Array, b0: number, b1: number, b2: number, a1: number, a2: number): number {
  let x1 = 0, x2 = 0, y1 = 0, y2 = 0;
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const y = b0 * x[i] + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
    x2 = x1; x1 = x[i];
    y2 = y1; y1 = y;
    s += Math.abs(y);
  }
  return s;
}

/** Soft-knee compressor gain computer applied to a signal; returns output RMS. */
export function compressorRms(x: Float64Array, threshold: number, ratio: number, knee = 6): number {
  let acc = 0;
  for (let i = 0; i < x.length; i++) {
    const lvl = 20 * Math.log10(Math.abs(x[i]) + 1e-6);
    const over = lvl - threshold;
    let gainDb: number;
    if (2 * over < -knee) gainDb = 0;
    else if (2 * Math.abs(over) <= knee) gainDb = ((1 / ratio - 1) * (over + knee / 2) ** 2) / (2 * knee);
    else gainDb = (1 / ratio - 1) * over;
    const y = x[i] * Math.pow(10, gainDb / 20);
    acc += y * y;
  }
  return Math.sqrt(acc / x.length);
}

/** FIR filter into an output buffer. */
export function firFilter(x: Float64Array, taps: Float64Array, out: Float64Array): void {
  for (let n = 0; n < out.length; n++) {
    let s = 0;
    for (let k = 0; k < taps.length; k++) {
      if (n - k < 0) break;
      s += taps[k] * x[n - k];
    }
    out[n] = s;
  }
}
