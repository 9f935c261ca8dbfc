// Signal: IIR filters, FIR with closures, convolution, Goertzel, DFT power, moving average.

/** Direct form I biquad; returns the output energy. Coefficients b0,b1,b2,a1,a2. */
export function biquadEnergy(x: Float64Array, b0: number, b1: number, b2: number, a1: number, a2: number): number {
  let x1 = 0, x2 = 0, y1 = 0, y2 = 0;
  let e = 0;
  for (const xn of x) {
    const yn = b0 * xn + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
    x2 = x1;
    x1 = xn;
    y2 = y1;
    y1 = yn;
    e += yn * yn;
  }
  return e;
}

/** One-pole low-pass written into y (in place allowed: y may be x). */
export function onePole(x: Float64Array, alpha: number, y: Float64Array): void {
  let state = x[0];
  for (let i = 0; i < x.length; i++) {
    state += alpha * (x[i] - state);
    y[i] = state;
  }
}

/** Mean squared error between a one-pole filtered signal and a target; the filter is a helper writing a scratch. */
export function onePoleFit(x: Float64Array, alpha: number, target: Float64Array): number {
  const y = new Float64Array(x.length);
  onePole(x, alpha, y);
  let s = 0;
  y.forEach((v, i) => {
    s += (v - target[i]) ** 2;
  });
  return s / y.length;
}

/** FIR filter output energy with a windowed-sinc kernel built by a closure over the cutoff. */
export function firEnergy(x: Float64Array, cutoff: number, taps = 9): number {
  const half = (taps - 1) / 2;
  const sinc = (t: number) => (t === 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * t) / (Math.PI * t));
  const hann = (i: number) => 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (taps - 1));
  const h = new Float64Array(taps);
  for (let i = 0; i < taps; i++) h[i] = sinc(i - half) * hann(i);
  let e = 0;
  for (let n = taps - 1; n < x.length; n++) {
    let acc = 0;
    for (let j = 0; j < taps; j++) acc += h[j] * x[n - j];
    e += acc * acc;
  }
  return e;
}

/** Full convolution of a and b into out (length a+b-1). */
export function convolveFull(a: Float64Array, b: Float64Array, out: Float64Array): void {
  out.fill(0);
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) out[i + j] += a[i] * b[j];
  }
}

/** Goertzel power of a signal at a normalised frequency. */
export function goertzelPower(x: Float64Array, freq: number): number {
  const w = 2 * Math.PI * freq;
  const coeff = 2 * Math.cos(w);
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < x.length; i++) {
    const s0 = x[i] + coeff * s1 - s2;
    s2 = s1;
    s1 = s0;
  }
  return s1 * s1 + s2 * s2 - coeff * s1 * s2;
}

/** DFT power spectrum written into re/im scratch, returns the spectral centroid. */
export function spectralCentroid(x: Float64Array): number {
  const n = x.length;
  const half = n >> 1;
  let num = 0;
  let den = 0;
  for (let k = 1; k <= half; k++) {
    let re = 0;
    let im = 0;
    for (let t = 0; t < n; t++) {
      const ang = (-2 * Math.PI * k * t) / n;
      re += x[t] * Math.cos(ang);
      im += x[t] * Math.sin(ang);
    }
    const mag = Math.hypot(re, im);
    num += k * mag;
    den += mag;
  }
  return num / den;
}

/** Moving average via map over indices, then a peak-to-peak measure using spread max/min. */
export function smoothedRange(x: number[], win = 3): number {
  const ma = x.map((_, i) => {
    let s = 0;
    let c = 0;
    for (let j = Math.max(0, i - win + 1); j <= i; j++) {
      s += x[j];
      c++;
    }
    return s / c;
  });
  return Math.max(...ma) - Math.min(...ma);
}

/** Leaky integrate-and-fire count smoothed: membrane potential with reset when it crosses threshold;
 * returns the final potential plus a sum of soft spikes.
 * @domain input [0, 2] length 6
 * @domain tau (1.5, 5)
 * @domain thresh (0.5, 1.5)
 */
export function leakyIntegrator(input: Float64Array, tau: number, thresh: number): number {
  let v = 0;
  let soft = 0;
  for (let i = 0; i < input.length; i++) {
    v += (input[i] - v) / tau;
    soft += 1 / (1 + Math.exp(-10 * (v - thresh)));
    if (v > thresh) v = 0;
  }
  return v + soft;
}

/** Autocorrelation at lags 0..out.length-1, normalised by lag 0 (writes out, returns the energy). */
export function autocorr(x: Float64Array, out: Float64Array): number {
  let e = 0;
  for (const v of x) e += v * v;
  for (let lag = 0; lag < out.length; lag++) {
    let s = 0;
    for (let i = 0; i + lag < x.length; i++) s += x[i] * x[i + lag];
    out[lag] = s / e;
  }
  return e;
}
