// Natural cubic splines fitted with a hand-written tridiagonal (Thomas) solver.

/** Thomas algorithm: solves a tridiagonal system (sub a, diag b, super c, rhs d) into x; scratch cp, dp made once */
export function thomas(a: Float64Array, b: Float64Array, c: Float64Array, d: Float64Array, x: Float64Array): void {
  const n = b.length;
  const cp = new Float64Array(n);
  const dp = new Float64Array(n);
  cp[0] = c[0] / b[0];
  dp[0] = d[0] / b[0];
  for (let i = 1; i < n; i++) {
    const m = b[i] - a[i] * cp[i - 1];
    cp[i] = i < n - 1 ? c[i] / m : 0;
    dp[i] = (d[i] - a[i] * dp[i - 1]) / m;
  }
  x[n - 1] = dp[n - 1];
  for (let i = n - 2; i >= 0; i--) x[i] = dp[i] - cp[i] * x[i + 1];
}

/** second derivatives M of the natural spline through (xs, ys): writes M (length n) */
export function splineMoments(xs: readonly number[], ys: readonly number[], M: Float64Array): void {
  const n = xs.length;
  const m = n - 2;
  const a = new Float64Array(m), b = new Float64Array(m), c = new Float64Array(m), d = new Float64Array(m);
  for (let i = 1; i <= m; i++) {
    const h0 = xs[i] - xs[i - 1], h1 = xs[i + 1] - xs[i];
    a[i - 1] = h0 / 6;
    b[i - 1] = (h0 + h1) / 3;
    c[i - 1] = h1 / 6;
    d[i - 1] = (ys[i + 1] - ys[i]) / h1 - (ys[i] - ys[i - 1]) / h0;
  }
  const inner = new Float64Array(m);
  thomas(a, b, c, d, inner);
  M[0] = 0;
  M[n - 1] = 0;
  for (let i = 0; i < m; i++) M[i + 1] = inner[i];
}

/** evaluate the natural spline at t (binary search for the interval with a labelled loop) */
export function splineEval(xs: readonly number[], ys: readonly number[], t: number): number {
  const n = xs.length;
  const M = new Float64Array(n);
  splineMoments(xs, ys, M);
  let lo = 0, hi = n - 1;
  search: while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] === t) { lo = mid; break search; }
    if (xs[mid] < t) lo = mid; else hi = mid;
  }
  const h = xs[lo + 1] - xs[lo];
  const A = (xs[lo + 1] - t) / h, B = (t - xs[lo]) / h;
  return A * ys[lo] + B * ys[lo + 1] + ((A ** 3 - A) * M[lo] + (B ** 3 - B) * M[lo + 1]) * (h * h) / 6;
}

/** least-squares fit of the knot values ys to samples (tq, vq) plus a curvature penalty */
export function splineFitLoss(ys: readonly number[], xs: readonly number[], tq: Float64Array, vq: Float64Array, smooth = 1e-2): number {
  const n = xs.length;
  const M = new Float64Array(n);
  splineMoments(xs, ys, M);
  let loss = 0;
  for (let q = 0; q < tq.length; q++) {
    const t = tq[q];
    let k = 0;
    while (k < n - 2 && xs[k + 1] < t) k++;
    const h = xs[k + 1] - xs[k];
    const A = (xs[k + 1] - t) / h, B = 1 - A;
    const s = A * ys[k] + B * ys[k + 1] + ((A * A * A - A) * M[k] + (B * B * B - B) * M[k + 1]) * h * h / 6;
    loss += (s - vq[q]) ** 2;
  }
  let pen = 0;
  for (const m of M) pen += m * m;
  return loss + smooth * pen;
}

/** integral of the spline over [xs0, xs_{n-1}]: trapezoid of ys minus the curvature correction */
export const splineIntegral = (xs: readonly number[], ys: readonly number[]): number => {
  const M = new Float64Array(xs.length);
  splineMoments(xs, ys, M);
  let s = 0;
  for (let i = 0; i + 1 < xs.length; i++) {
    const h = xs[i + 1] - xs[i];
    s += (h * (ys[i] + ys[i + 1])) / 2 - (h ** 3 * (M[i] + M[i + 1])) / 24;
  }
  return s;
};

/** a tridiagonal solve's residual energy: solves A x = d by Thomas and returns x . w (for dx/dd, dx/db) */
export function tridiagQuadratic(b: Float64Array, d: Float64Array, off = 1): number {
  const n = b.length;
  const a = new Float64Array(n).fill(off), c = new Float64Array(n).fill(off);
  const x = new Float64Array(n);
  thomas(a, b, c, d, x);
  let s = 0;
  for (let i = 0; i < n; i++) s += x[i] * (i + 1);
  return s;
}
