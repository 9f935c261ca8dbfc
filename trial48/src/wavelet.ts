// Signal processing: Haar and CDF 5/3 and 9/7 lifting wavelets, wavelet shrinkage, FIR design losses,
// a windowed-sinc filter with a Kaiser window, a Goertzel tone detector.

/** One level of the Haar lifting step in place on the first n entries (n even): averages then details. */
function haarStep(x: Float64Array, n: number, tmp: Float64Array): void {
  const h = n / 2;
  for (let i = 0; i < h; i++) {
    const d = x[2 * i + 1] - x[2 * i];
    const s = x[2 * i] + d / 2;
    tmp[i] = s;
    tmp[h + i] = d;
  }
  for (let i = 0; i < n; i++) x[i] = tmp[i];
}

/** Multi-level Haar transform; an L1 sparsity of the details (smoothed) plus the energy of the coarse level. */
export function haarSparsity(signal: Float64Array, levels: number, eps: number): number {
  const x = Float64Array.from(signal), tmp = new Float64Array(signal.length);
  let n = signal.length;
  let cost = 0;
  for (let l = 0; l < levels; l++) {
    haarStep(x, n, tmp);
    const h = n / 2;
    for (let i = h; i < n; i++) cost += Math.sqrt(x[i] * x[i] + eps * eps);
    n = h;
  }
  for (let i = 0; i < n; i++) cost += 0.01 * x[i] ** 2;
  return cost;
}

/** CDF 5/3 lifting (LeGall) on an even-length signal with symmetric extension: predict the details, then update.
 *  (First written as one helper returning the pair [s, d]: TSG1007, README finding 4.) */
const predict53 = (x: ArrayLike<number>): Float64Array => {
  const h = x.length / 2;
  return Float64Array.from({ length: h }, (_, i) => x[2 * i + 1] - 0.5 * (x[2 * i] + x[Math.min(2 * i + 2, 2 * h - 2)]));
};
const update53 = (x: ArrayLike<number>, d: Float64Array): Float64Array =>
  Float64Array.from({ length: d.length }, (_, i) => x[2 * i] + 0.25 * (d[Math.max(i - 1, 0)] + d[i]));

const inverse53 = (s: Float64Array, d: Float64Array): Float64Array => {
  const h = s.length, x = new Float64Array(2 * h);
  for (let i = 0; i < h; i++) x[2 * i] = s[i] - 0.25 * (d[Math.max(i - 1, 0)] + d[i]);
  for (let i = 0; i < h; i++) x[2 * i + 1] = d[i] + 0.5 * (x[2 * i] + x[Math.min(2 * i + 2, 2 * h - 2)]);
  return x;
};

const softThreshold = (v: number, t: number): number => Math.sign(v) * Math.max(Math.abs(v) - t, 0);

/** Wavelet shrinkage by one CDF 5/3 level: soft-threshold the details, invert, squared error to the clean signal. */
export function cdf53Denoise(noisy: Float64Array, clean: Float64Array, thresh: number): number {
  const d = predict53(noisy);
  const s = update53(noisy, d);
  const dt = d.map((v) => softThreshold(v, thresh));
  const y = inverse53(s, dt);
  return y.reduce((e, yi, i) => e + (yi - clean[i]) ** 2, 0);
}

const CDF97 = [-1.586134342059924, -0.052980118572961, 0.882911075530934, 0.443506852043971, 1.149604398860241] as const;

/** CDF 9/7 lifting on an even-length signal (four lifting steps and scaling), in place with symmetric boundaries. */
function cdf97InPlace(x: Float64Array): void {
  const n = x.length;
  const [a, b, g, dl, k] = CDF97;
  for (let i = 1; i < n - 1; i += 2) x[i] += a * (x[i - 1] + x[i + 1]);
  x[n - 1] += 2 * a * x[n - 2];
  for (let i = 2; i < n; i += 2) x[i] += b * (x[i - 1] + x[i + 1]);
  x[0] += 2 * b * x[1];
  for (let i = 1; i < n - 1; i += 2) x[i] += g * (x[i - 1] + x[i + 1]);
  x[n - 1] += 2 * g * x[n - 2];
  for (let i = 2; i < n; i += 2) x[i] += dl * (x[i - 1] + x[i + 1]);
  x[0] += 2 * dl * x[1];
  for (let i = 0; i < n; i++) x[i] = i % 2 === 0 ? x[i] / k : x[i] * k;
}

/** Energy compaction of the 9/7 transform: fraction of the energy outside the coarse coefficients, two levels deep. */
export function cdf97Compaction(signal: Float64Array): number {
  const x = signal.slice();
  cdf97InPlace(x);
  const coarse = Float64Array.from({ length: x.length / 2 }, (_, i) => x[2 * i]);
  cdf97InPlace(coarse);
  let detail = 0;
  for (let i = 1; i < x.length; i += 2) detail += x[i] ** 2;
  for (let i = 1; i < coarse.length; i += 2) detail += coarse[i] ** 2;
  const total = signal.reduce((s, v) => s + v * v, 0);
  return detail / total;
}

/** Weighted least-squares design of a symmetric (type I) FIR low-pass: h holds the centre tap then one side. */
export function firLowpassLoss(h: Float64Array, cutoff: number, grid: number, stopWeight: number): number {
  let loss = 0;
  for (let g = 0; g <= grid; g++) {
    const w = (Math.PI * g) / grid;
    const H = h.reduce((acc, hk, k) => acc + (k === 0 ? hk : 2 * hk * Math.cos(k * w)), 0);
    const pass = w <= cutoff;
    const want = pass ? 1 : 0;
    loss += (pass ? 1 : stopWeight) * (H - want) ** 2;
  }
  return loss / (grid + 1);
}

/** Modified Bessel I0 by its series, stopping when terms are negligible. */
const besselI0 = (x: number): number => {
  let sum = 1, term = 1;
  for (let k = 1; k < 60; k++) {
    term *= (x / (2 * k)) ** 2;
    sum += term;
    if (term < 1e-17 * sum) break;
  }
  return sum;
};

/** A Kaiser-windowed sinc low-pass of 2M+1 taps; its stop-band energy on a frequency grid plus a pass-band ripple. */
export function kaiserSincLoss(fc: number, beta: number, M: number, stopEdge: number): number {
  const taps = Array.from({ length: 2 * M + 1 }, (_, i) => {
    const n = i - M;
    const sinc = n === 0 ? 2 * fc : Math.sin(2 * Math.PI * fc * n) / (Math.PI * n);
    return sinc * (besselI0(beta * Math.sqrt(1 - (n / M) ** 2)) / besselI0(beta));
  });
  let stop = 0, ripple = 0;
  for (let g = 0; g <= 64; g++) {
    const f = (0.5 * g) / 64;
    const H = taps.reduce((acc, t, i) => acc + t * Math.cos(2 * Math.PI * f * (i - M)), 0);
    if (f >= stopEdge) stop += H * H;
    else if (f <= fc * 0.8) ripple += (H - 1) ** 2;
  }
  return stop + ripple;
}

/** Goertzel power of bin frequency f (cycles per sample) over a block. */
const goertzel = (x: ArrayLike<number>, f: number): number => {
  const c = 2 * Math.cos(2 * Math.PI * f);
  let [s1, s2] = [0, 0];
  for (let i = 0; i < x.length; i++) [s1, s2] = [x[i] + c * s1 - s2, s1];
  return s1 * s1 + s2 * s2 - c * s1 * s2;
};

const DTMF_ROWS = [697, 770, 852, 941] as const;

/** A soft DTMF row detector: Goertzel powers of the four row tones of a synthesised tone with amplitude and phase,
 *  softmax cross-entropy against the true row. */
export function goertzelDetect(amp: number, phase: number, freq: number, noise: Float64Array, fs: number, row: number): number {
  const x = noise.map((e, i) => amp * Math.sin((2 * Math.PI * freq * i) / fs + phase) + e);
  const powers = DTMF_ROWS.map((r) => Math.log(goertzel(x, r / fs) + 1e-9));
  const m = Math.max(...powers);
  const lse = m + Math.log(powers.reduce((s, p) => s + Math.exp(p - m), 0));
  return lse - powers[row];
}
