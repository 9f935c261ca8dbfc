// Recursion and helpers calling helpers: knockout tournaments, Neville interpolation, Hermite series,
// Laplace expansion, a sum-product network over a heap layout, a Haar transform, Lambert's continued
// fraction, mutually recursive half-angle sine/cosine, Estrin's scheme. Each with a loop twin for timing.

// --- knockout tournament (Bradley-Terry strengths, bracket in array order) --------------------------

function winSub(s: Float64Array, lo: number, hi: number, i: number): number {
  if (hi - lo === 1) return 1;
  const mid = (lo + hi) >> 1;
  const olo = i < mid ? mid : lo;
  const ohi = i < mid ? hi : mid;
  const reach = i < mid ? winSub(s, lo, mid, i) : winSub(s, mid, hi, i);
  let beat = 0;
  for (let j = olo; j < ohi; j++) beat += (winSub(s, olo, ohi, j) * s[i]) / (s[i] + s[j]);
  return reach * beat;
}

/** Probability that `team` wins a knockout tournament of 2^k teams with the given strengths. *
 * @domain strength (0.5, 2) length 8
 * @domain team int [0, 7]
 */
export function tournamentWin(strength: Float64Array, team = 0): number {
  return winSub(strength, 0, strength.length, team);
}

/**
 * @domain strength (0.5, 2) length 8
 * @domain team int [0, 7]
 */
export function tournamentWinLoop(strength: Float64Array, team = 0): number {
  const n = strength.length;
  let p = new Float64Array(n).fill(1);
  let next = new Float64Array(n);
  for (let size = 2; size <= n; size *= 2) {
    const half = size / 2;
    for (let i = 0; i < n; i++) {
      const block = Math.floor(i / size) * size;
      const olo = i - block < half ? block + half : block;
      let beat = 0;
      for (let j = olo; j < olo + half; j++) beat += (p[j] * strength[i]) / (strength[i] + strength[j]);
      next[i] = p[i] * beat;
    }
    [p, next] = [next, p];
  }
  return p[team];
}

// --- Neville's algorithm ------------------------------------------------------------------------------

function nev(xs: Float64Array, ys: Float64Array, x: number, i: number, j: number): number {
  if (i === j) return ys[i];
  return ((x - xs[j]) * nev(xs, ys, x, i, j - 1) - (x - xs[i]) * nev(xs, ys, x, i + 1, j)) / (xs[i] - xs[j]);
}

/** Polynomial interpolation through (xs, ys) evaluated at x (memo-free recursion, 2^n calls). *
 * @domain xs (0, 5) length 5
 * @domain ys (-1, 1) length 5
 * @domain x (0, 5)
 */
export function nevilleInterp(xs: Float64Array, ys: Float64Array, x: number): number {
  return nev(xs, ys, x, 0, xs.length - 1);
}

/**
 * @domain xs (0, 5) length 5
 * @domain ys (-1, 1) length 5
 * @domain x (0, 5)
 */
export function nevilleLoop(xs: Float64Array, ys: Float64Array, x: number): number {
  const n = xs.length;
  const p = Float64Array.from(ys);
  for (let m = 1; m < n; m++) {
    for (let i = 0; i < n - m; i++) p[i] = ((x - xs[i + m]) * p[i] - (x - xs[i]) * p[i + 1]) / (xs[i] - xs[i + m]);
  }
  return p[0];
}

// --- Hermite functions --------------------------------------------------------------------------------

function hermite(n: number, x: number): number {
  if (n === 0) return 1;
  if (n === 1) return 2 * x;
  return 2 * x * hermite(n - 1, x) - 2 * (n - 1) * hermite(n - 2, x);
}

/** A Gauss-Hermite expansion sum c_k H_k(s x) exp(-x^2 / 2) (quantum oscillator wave function). *
 * @domain c (-1, 1) length 6
 * @domain x (-2, 2)
 * @domain scale (0.8, 1.2)
 */
export function hermiteSeries(c: Float64Array, x: number, scale = 1): number {
  let s = 0;
  for (let k = 0; k < c.length; k++) s += c[k] * hermite(k, x * scale);
  return s * Math.exp(-0.5 * x * x);
}

/**
 * @domain c (-1, 1) length 6
 * @domain x (-2, 2)
 * @domain scale (0.8, 1.2)
 */
export function hermiteSeriesLoop(c: Float64Array, x: number, scale = 1): number {
  const u = x * scale;
  let hPrev = 1;
  let h = 2 * u;
  let s = c.length > 0 ? c[0] : 0;
  if (c.length > 1) s += c[1] * h;
  for (let k = 2; k < c.length; k++) {
    const hNext = 2 * u * h - 2 * (k - 1) * hPrev;
    hPrev = h;
    h = hNext;
    s += c[k] * h;
  }
  return s * Math.exp(-0.5 * x * x);
}

// --- determinants -------------------------------------------------------------------------------------

function minorDet(a: Float64Array, n: number, row: number, mask: number): number {
  if (row === n) return 1;
  let det = 0;
  let sign = 1;
  for (let c = 0; c < n; c++) {
    if (mask & (1 << c)) continue;
    const e = a[row * n + c];
    if (e !== 0) det += sign * e * minorDet(a, n, row + 1, mask | (1 << c));
    sign = -sign;
  }
  return det;
}

/** log |det A| by Laplace expansion along rows (columns used so far in a bit mask). *
 * @domain a (-1, 1) length 16
 * @domain n int [4, 4]
 */
export function logAbsDetLaplace(a: Float64Array, n: number): number {
  return Math.log(Math.abs(minorDet(a, n, 0, 0)));
}

/**
 * @domain a (-1, 1) length 16
 * @domain n int [4, 4]
 */
export function logAbsDetLU(a: Float64Array, n: number): number {
  const m = Float64Array.from(a);
  let logDet = 0;
  for (let k = 0; k < n; k++) {
    let piv = k;
    for (let r = k + 1; r < n; r++) if (Math.abs(m[r * n + k]) > Math.abs(m[piv * n + k])) piv = r;
    if (piv !== k) for (let c = 0; c < n; c++) [m[k * n + c], m[piv * n + c]] = [m[piv * n + c], m[k * n + c]];
    const d = m[k * n + k];
    logDet += Math.log(Math.abs(d));
    for (let r = k + 1; r < n; r++) {
      const f = m[r * n + k] / d;
      for (let c = k + 1; c < n; c++) m[r * n + c] -= f * m[k * n + c];
    }
  }
  return logDet;
}

// --- a sum-product network in heap layout ----------------------------------------------------------

const LOG_SQRT_2PI = 0.9189385332046727;

function logAddWeighted(p: number, l: number, r: number): number {
  const m = Math.max(l, r);
  return m + Math.log(p * Math.exp(l - m) + (1 - p) * Math.exp(r - m));
}

function spnNode(k: number, kind: Int32Array, varOf: Int32Array, mu: Float64Array, w: Float64Array, x: Float64Array): number {
  switch (kind[k]) {
    case 0: {
      const d = x[varOf[k]] - mu[k];
      return -0.5 * d * d - LOG_SQRT_2PI;
    }
    case 1:
      return logAddWeighted(1 / (1 + Math.exp(-w[k])), spnNode(2 * k + 1, kind, varOf, mu, w, x), spnNode(2 * k + 2, kind, varOf, mu, w, x));
    default:
      return spnNode(2 * k + 1, kind, varOf, mu, w, x) + spnNode(2 * k + 2, kind, varOf, mu, w, x);
  }
}

/** Log-likelihood of rows of `data` (dims columns) under a sum-product network (kind: 0 leaf, 1 sum, 2 product). *
 */
export function spnLogLik(mu: Float64Array, w: Float64Array, kind: Int32Array, varOf: Int32Array, data: Float64Array, dims: number): number {
  let ll = 0;
  for (let r = 0; r * dims < data.length; r++) ll += spnNode(0, kind, varOf, mu, w, data.subarray(r * dims, (r + 1) * dims));
  return ll;
}

export function spnLogLikLoop(mu: Float64Array, w: Float64Array, kind: Int32Array, varOf: Int32Array, data: Float64Array, dims: number): number {
  const nodes = kind.length;
  const val = new Float64Array(nodes);
  let ll = 0;
  for (let r = 0; r * dims < data.length; r++) {
    for (let k = nodes - 1; k >= 0; k--) {
      if (kind[k] === 0) {
        const d = data[r * dims + varOf[k]] - mu[k];
        val[k] = -0.5 * d * d - LOG_SQRT_2PI;
      } else if (kind[k] === 1) val[k] = logAddWeighted(1 / (1 + Math.exp(-w[k])), val[2 * k + 1], val[2 * k + 2]);
      else val[k] = val[2 * k + 1] + val[2 * k + 2];
    }
    ll += val[0];
  }
  return ll;
}

// --- Haar wavelet energy ------------------------------------------------------------------------------

function haarRec(x: Float64Array, level: number, decay: number): number {
  const n = x.length;
  if (n < 2) return 0;
  const half = n >> 1;
  const avg = new Float64Array(half);
  let e = 0;
  for (let i = 0; i < half; i++) {
    const a = x[2 * i];
    const b = x[2 * i + 1];
    avg[i] = (a + b) / Math.SQRT2;
    const d = (a - b) / Math.SQRT2;
    e += decay ** level * d * d;
  }
  return e + haarRec(avg, level + 1, decay);
}

/** Detail energy of a signal's Haar transform, level l weighted by decay^l (a roughness penalty). *
 * @domain x (-1, 1) length 16
 * @domain decay (0.5, 0.9)
 */
export function haarDetailEnergy(x: Float64Array, decay = 0.7): number {
  return haarRec(x, 0, decay);
}

/**
 * @domain x (-1, 1) length 16
 * @domain decay (0.5, 0.9)
 */
export function haarDetailEnergyLoop(x: Float64Array, decay = 0.7): number {
  let cur = Float64Array.from(x);
  let e = 0;
  for (let level = 0; cur.length >= 2; level++) {
    const half = cur.length >> 1;
    const avg = new Float64Array(half);
    for (let i = 0; i < half; i++) {
      const d = (cur[2 * i] - cur[2 * i + 1]) / Math.SQRT2;
      avg[i] = (cur[2 * i] + cur[2 * i + 1]) / Math.SQRT2;
      e += decay ** level * d * d;
    }
    cur = avg;
  }
  return e;
}

// --- continued fractions and half angles -----------------------------------------------------------

function lambertTail(x2: number, k: number, depth: number): number {
  if (depth === 0) return 2 * k + 1;
  return 2 * k + 1 - x2 / lambertTail(x2, k + 1, depth - 1);
}

/** tan x by Lambert's continued fraction x / (1 - x^2 / (3 - x^2 / (5 - ...))). *
 * @domain x (-1.2, 1.2)
 * @domain depth int [12, 12]
 */
export function tanLambert(x: number, depth = 12): number {
  return x / lambertTail(x * x, 0, depth);
}

function sinHalf(x: number, d: number): number {
  if (d === 0) return x - (x * x * x) / 6 + x ** 5 / 120;
  return 2 * sinHalf(x / 2, d - 1) * cosHalf(x / 2, d - 1);
}

function cosHalf(x: number, d: number): number {
  if (d === 0) return 1 - (x * x) / 2 + x ** 4 / 24;
  const s = sinHalf(x / 2, d - 1);
  return 1 - 2 * s * s;
}

/** Real part of a phasor amp * e^{i phase}, with sine and cosine by mutual half-angle recursion. *
 * @domain amp (0.5, 2)
 * @domain phase (-3, 3)
 * @domain depth int [5, 5]
 */
export function phasorReal(amp: number, phase: number, depth = 5): number {
  return amp * cosHalf(phase, depth) + 0 * sinHalf(phase, depth);
}

// --- helpers calling helpers -------------------------------------------------------------------------

function kernel(r: number, ell: number): number {
  return Math.exp(-0.5 * (r / ell) ** 2);
}
function basis(x: number, c: number, ell: number): number {
  return kernel(x - c, ell);
}
function model(x: number, w: Float64Array, centres: Float64Array, ell: number): number {
  let s = 0;
  for (let k = 0; k < w.length; k++) s += w[k] * basis(x, centres[k], ell);
  return s;
}
function residual(x: number, y: number, w: Float64Array, centres: Float64Array, ell: number): number {
  return model(x, w, centres, ell) - y;
}
function pseudoHuber(r: number, delta: number): number {
  return delta * delta * (Math.sqrt(1 + (r / delta) ** 2) - 1);
}

/** Robust fit of a radial-basis model: loss -> residual -> model -> basis -> kernel. *
 * @domain w (-1, 1) length 5
 * @domain ell (0.5, 1.5)
 * @domain centres (-2, 2) length 5
 * @domain xs (-2.5, 2.5) length 12
 * @domain ys (-1, 1) length 12
 * @domain delta (0.5, 2)
 */
export function rbfFitLoss(w: Float64Array, ell: number, centres: Float64Array, xs: Float64Array, ys: Float64Array, delta = 1): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += pseudoHuber(residual(xs[i], ys[i], w, centres, ell), delta);
  return s / xs.length;
}

// --- Estrin's scheme ---------------------------------------------------------------------------------

function estrin(c: Float64Array, x: number): number {
  const n = c.length;
  if (n === 1) return c[0];
  if (n === 2) return c[0] + c[1] * x;
  let m = 1;
  while (m * 2 < n) m *= 2;
  return estrin(c.subarray(0, m), x) + x ** m * estrin(c.subarray(m, n), x);
}

/** A polynomial by Estrin's divide-and-conquer scheme over coefficient windows. *
 * @domain c (-1, 1) length 9
 * @domain x (-1, 1)
 */
export function estrinEval(c: Float64Array, x: number): number {
  return estrin(c, x);
}

/**
 * @domain c (-1, 1) length 9
 * @domain x (-1, 1)
 */
export function hornerEval(c: Float64Array, x: number): number {
  let r = 0;
  for (let k = c.length - 1; k >= 0; k--) r = r * x + c[k];
  return r;
}
