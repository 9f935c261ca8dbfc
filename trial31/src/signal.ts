// Spectra, autocorrelation, windowed-sinc filters, Goertzel.

/** Power at DFT bin k. */
export function dftPower(x: Float64Array, k: number): number {
  const n = x.length;
  let re = 0;
  let im = 0;
  for (let t = 0; t < n; t++) {
    const ang = (-2 * Math.PI * k * t) / n;
    re += x[t] * Math.cos(ang);
    im += x[t] * Math.sin(ang);
  }
  return (re * re + im * im) / n;
}

/** Full one-sided power spectrum into out (length n/2 + 1). */
export function powerSpectrum(x: Float64Array, out: Float64Array): void {
  for (let k = 0; k < out.length; k++) out[k] = dftPower(x, k);
}

/** Spectral centroid (in bins) of a Hann-windowed signal. */
export function spectralCentroid(x: Float64Array): number {
  const n = x.length;
  const w = x.map((v, i) => v * 0.5 * (1 - Math.cos((2 * Math.PI * i) / (n - 1))));
  let num = 0;
  let den = 0;
  for (let k = 0; k <= n / 2; k++) {
    const p = dftPower(w, k);
    num += k * p;
    den += p;
  }
  return num / den;
}

/** Normalised autocorrelation at a lag. */
export function autocorr(x: Float64Array, lag: number): number {
  const n = x.length;
  const mean = x.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let t = 0; t < n; t++) {
    const d = x[t] - mean;
    den += d * d;
    if (t + lag < n) num += d * (x[t + lag] - mean);
  }
  return num / den;
}

function sinc(x: number): number {
  if (x === 0) return 1;
  const px = Math.PI * x;
  return Math.sin(px) / px;
}

/** Windowed-sinc low-pass with a Blackman window; returns the output energy of filtering x. */
export function sincFilterEnergy(x: Float64Array, cutoff: number, taps = 15): number {
  const h = new Float64Array(taps);
  const mid = (taps - 1) / 2;
  let gain = 0;
  for (let i = 0; i < taps; i++) {
    const win = 0.42 - 0.5 * Math.cos((2 * Math.PI * i) / (taps - 1)) + 0.08 * Math.cos((4 * Math.PI * i) / (taps - 1));
    h[i] = 2 * cutoff * sinc(2 * cutoff * (i - mid)) * win;
    gain += h[i];
  }
  let energy = 0;
  for (let n = 0; n < x.length; n++) {
    let y = 0;
    for (let i = 0; i < taps; i++) {
      const j = n - i;
      if (j < 0) break;
      y += (h[i] / gain) * x[j];
    }
    energy += y * y;
  }
  return energy;
}

/** Goertzel's algorithm: squared magnitude at a (real-valued) frequency in cycles per sample. */
export function goertzel(x: Float64Array, freq: number): number {
  const coeff = 2 * Math.cos(2 * Math.PI * freq);
  let s1 = 0;
  let s2 = 0;
  for (const v of x) {
    const s0 = v + coeff * s1 - s2;
    s2 = s1;
    s1 = s0;
  }
  return s1 * s1 + s2 * s2 - coeff * s1 * s2;
}

/** Fractional delay by linear interpolation with a circular buffer, returns correlation with the original. */
export function delayCorrelation(x: Float64Array, delay: number): number {
  const n = x.length;
  const whole = Math.floor(delay);
  const frac = delay - whole;
  let c = 0;
  for (let t = 0; t < n; t++) {
    const a = x[(t - whole + n) % n];
    const b = x[(t - whole - 1 + 2 * n) % n];
    c += x[t] * ((1 - frac) * a + frac * b);
  }
  return c;
}

/** Zero-crossing-free "soft" pitch: parabolic interpolation around the autocorrelation peak for lags in [lo, hi]. */
export function softPitchLag(x: Float64Array, lo = 2, hi = 10): number {
  let best = lo;
  let bestVal = -Infinity;
  const r = new Float64Array(hi + 2);
  for (let lag = lo - 1; lag <= hi + 1; lag++) r[lag] = autocorr(x, lag);
  for (let lag = lo; lag <= hi; lag++) {
    if (r[lag] > bestVal) {
      bestVal = r[lag];
      best = lag;
    }
  }
  const a = r[best - 1], b = r[best], c = r[best + 1];
  const denom = a - 2 * b + c;
  return denom === 0 ? best : best + (0.5 * (a - c)) / denom;
}
