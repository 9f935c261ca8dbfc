// Recursive routines: adaptive Simpson, de Casteljau, Legendre/Hermite recurrences,
// pairwise (mergesort-like) reduction, binomial option tree.

function simpson(a: number, b: number, fa: number, fm: number, fb: number): number {
  return ((b - a) / 6) * (fa + 4 * fm + fb);
}

function integrand(x: number, k: number, w: number): number {
  return Math.exp(-k * x * x) * Math.cos(w * x);
}

function adaptive(a: number, b: number, fa: number, fm: number, fb: number, whole: number, eps: number, depth: number, k: number, w: number): number {
  const m = 0.5 * (a + b);
  const lm = 0.5 * (a + m);
  const rm = 0.5 * (m + b);
  const flm = integrand(lm, k, w);
  const frm = integrand(rm, k, w);
  const left = simpson(a, m, fa, flm, fm);
  const right = simpson(m, b, fm, frm, fb);
  const delta = left + right - whole;
  if (depth <= 0 || Math.abs(delta) <= 15 * eps) return left + right + delta / 15;
  return adaptive(a, m, fa, flm, fm, left, eps / 2, depth - 1, k, w) + adaptive(m, b, fm, frm, fb, right, eps / 2, depth - 1, k, w);
}

/** ∫_a^b exp(-k x²) cos(w x) dx by adaptive Simpson (recursive). */
export function gaussCosIntegral(k: number, w: number, a: number, b: number): number {
  const fa = integrand(a, k, w);
  const fb = integrand(b, k, w);
  const fm = integrand(0.5 * (a + b), k, w);
  return adaptive(a, b, fa, fm, fb, simpson(a, b, fa, fm, fb), 1e-7, 12, k, w);
}

function casteljau(ctrl: Float64Array, lo: number, hi: number, t: number): number {
  // value of the Bézier curve of control points ctrl[lo..hi] at t
  if (hi === lo) return ctrl[lo];
  return (1 - t) * casteljau(ctrl, lo, hi - 1, t) + t * casteljau(ctrl, lo + 1, hi, t);
}

/** Bézier curve value by recursive de Casteljau. */
export function bezierRecursive(ctrl: Float64Array, t: number): number {
  return casteljau(ctrl, 0, ctrl.length - 1, t);
}

/** Bézier curve value by in-place de Casteljau on a scratch copy. */
export function bezierIterative(ctrl: number[], t: number): number {
  const b = [...ctrl];
  for (let r = 1; r < b.length; r++) {
    for (let i = 0; i < b.length - r; i++) b[i] = (1 - t) * b[i] + t * b[i + 1];
  }
  return b[0];
}

/** Arc length of a 2D cubic Bézier by sampling, using destructured points. */
export function bezierLength(px: Float64Array, py: Float64Array, samples = 32): number {
  let len = 0;
  let [x0, y0] = [px[0], py[0]];
  for (let s = 1; s <= samples; s++) {
    const t = s / samples;
    const u = 1 - t;
    const x = u * u * u * px[0] + 3 * u * u * t * px[1] + 3 * u * t * t * px[2] + t * t * t * px[3];
    const y = u * u * u * py[0] + 3 * u * u * t * py[1] + 3 * u * t * t * py[2] + t * t * t * py[3];
    len += Math.hypot(x - x0, y - y0);
    [x0, y0] = [x, y];
  }
  return len;
}

function legendre(n: number, x: number): number {
  if (n === 0) return 1;
  if (n === 1) return x;
  let p0 = 1;
  let p1 = x;
  for (let k = 2; k <= n; k++) {
    const p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
    p0 = p1;
    p1 = p2;
  }
  return p1;
}

/** Legendre series Σ c_k P_k(x). */
export function legendreSeries(c: Float64Array, x: number): number {
  let s = 0;
  for (let k = 0; k < c.length; k++) s += c[k] * legendre(k, x);
  return s;
}

function hermite(n: number, x: number): number {
  // physicists' Hermite by recursion (recursive function, not a loop)
  if (n <= 0) return 1;
  if (n === 1) return 2 * x;
  return 2 * x * hermite(n - 1, x) - 2 * (n - 1) * hermite(n - 2, x);
}

/** Hermite function ψ_n(x) ∝ H_n(x) exp(-x²/2), recursive H_n. */
export function hermiteFunction(x: number, n = 4): number {
  return hermite(n, x) * Math.exp(-0.5 * x * x);
}

function pairwiseSum(xs: Float64Array, lo: number, hi: number): number {
  if (hi - lo <= 2) {
    let s = 0;
    for (let i = lo; i < hi; i++) s += xs[i] * xs[i];
    return s;
  }
  const mid = (lo + hi) >> 1;
  return pairwiseSum(xs, lo, mid) + pairwiseSum(xs, mid, hi);
}

/** Sum of squares by recursive halving (as a mergesort splits). */
export function pairwiseSumSquares(xs: Float64Array): number {
  return pairwiseSum(xs, 0, xs.length);
}

function softMaxRec(xs: Float64Array, lo: number, hi: number, tau: number): number {
  if (hi - lo === 1) return xs[lo];
  const mid = lo + Math.floor((hi - lo) / 2);
  const a = softMaxRec(xs, lo, mid, tau);
  const b = softMaxRec(xs, mid, hi, tau);
  const m = Math.max(a, b);
  return m + tau * Math.log(Math.exp((a - m) / tau) + Math.exp((b - m) / tau));
}

/** Tournament-style smooth maximum by recursion. */
export function tournamentSoftMax(xs: Float64Array, tau = 0.3): number {
  return softMaxRec(xs, 0, xs.length, tau);
}

/** American put by a Cox-Ross-Rubinstein binomial tree (early exercise with Math.max). */
export function binomialAmericanPut(S: number, K: number, r: number, sigma: number, T: number, steps = 40): number {
  const dt = T / steps;
  const u = Math.exp(sigma * Math.sqrt(dt));
  const d = 1 / u;
  const disc = Math.exp(-r * dt);
  const p = (Math.exp(r * dt) - d) / (u - d);
  const v = new Float64Array(steps + 1);
  for (let i = 0; i <= steps; i++) v[i] = Math.max(0, K - S * u ** (steps - i) * d ** i);
  for (let n = steps - 1; n >= 0; n--) {
    for (let i = 0; i <= n; i++) {
      const cont = disc * (p * v[i] + (1 - p) * v[i + 1]);
      const ex = K - S * u ** (n - i) * d ** i;
      v[i] = Math.max(cont, ex);
    }
  }
  return v[0];
}

/** Continued fraction for tan(x) evaluated recursively to a fixed depth (Lambert). */
function lambertCF(x2: number, k: number, depth: number): number {
  if (depth === 0) return 2 * k + 1;
  return 2 * k + 1 - x2 / lambertCF(x2, k + 1, depth - 1);
}
export function tanCF(x: number, depth = 8): number {
  return x / lambertCF(x * x, 0, depth);
}
