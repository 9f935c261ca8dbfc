// Bigger numeric routines: linear algebra, splines, filters, adaptive ODE steps.

/** Thomas algorithm for a tridiagonal system, in place on copies; returns the solution's weighted sum.
 * @domain sub [-0.5, 0.5] length 5
 * @domain diag (2, 3) length 5
 * @domain sup [-0.5, 0.5] length 5
 * @domain rhs [-1, 1] length 5
 */
export function tridiagSolveSum(sub: Float64Array, diag: Float64Array, sup: Float64Array, rhs: Float64Array): number {
  const n = diag.length;
  const c = new Float64Array(n), d = new Float64Array(n);
  c[0] = sup[0] / diag[0];
  d[0] = rhs[0] / diag[0];
  for (let i = 1; i < n; i++) {
    const m = diag[i] - sub[i] * c[i - 1];
    c[i] = sup[i] / m;
    d[i] = (rhs[i] - sub[i] * d[i - 1]) / m;
  }
  const x = new Float64Array(n);
  x[n - 1] = d[n - 1];
  for (let i = n - 2; i >= 0; i--) x[i] = d[i] - c[i] * x[i + 1];
  let s = 0;
  for (let i = 0; i < n; i++) s += (i + 1) * x[i];
  return s;
}

/** Natural cubic spline through (xs, ys), evaluated at t.
 * @domain ys [-1, 1] length 6
 * @domain t (0.1, 4.9)
 */
export function cubicSpline(ys: Float64Array, t: number): number {
  const n = ys.length;
  const h = 1; // knots at 0, 1, ..., n-1
  const M = new Float64Array(n); // second derivatives, natural ends
  const cp = new Float64Array(n), dp = new Float64Array(n);
  for (let i = 1; i < n - 1; i++) {
    const r = (6 / (h * h)) * (ys[i + 1] - 2 * ys[i] + ys[i - 1]);
    const m = 4 - cp[i - 1];
    cp[i] = 1 / m;
    dp[i] = (r - dp[i - 1]) / m;
  }
  for (let i = n - 2; i >= 1; i--) M[i] = dp[i] - cp[i] * M[i + 1];
  let k = Math.floor(t);
  if (k >= n - 1) k = n - 2;
  const a = k + 1 - t, b = t - k;
  return a * ys[k] + b * ys[k + 1] + ((a * a * a - a) * M[k] + (b * b * b - b) * M[k + 1]) / 6;
}

/** Cholesky of a 3x3 SPD matrix A = B B^T + I, Gaussian log density of x.
 * @domain B [-1, 1] length 9
 * @domain x [-1, 1] length 3
 */
export function mvnLogPdf(B: Float64Array, x: Float64Array): number {
  const n = 3;
  const A = new Float64Array(9);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      let s = i === j ? 1 : 0;
      for (let k = 0; k < n; k++) s += B[i * n + k] * B[j * n + k];
      A[i * n + j] = s;
    }
  const L = new Float64Array(9);
  for (let j = 0; j < n; j++) {
    let s = A[j * n + j];
    for (let k = 0; k < j; k++) s -= L[j * n + k] * L[j * n + k];
    const ljj = Math.sqrt(s);
    L[j * n + j] = ljj;
    for (let i = j + 1; i < n; i++) {
      let t = A[i * n + j];
      for (let k = 0; k < j; k++) t -= L[i * n + k] * L[j * n + k];
      L[i * n + j] = t / ljj;
    }
  }
  // solve L z = x
  const z = new Float64Array(n);
  let logdet = 0, q = 0;
  for (let i = 0; i < n; i++) {
    let t = x[i];
    for (let k = 0; k < i; k++) t -= L[i * n + k] * z[k];
    z[i] = t / L[i * n + i];
    q += z[i] * z[i];
    logdet += 2 * Math.log(L[i * n + i]);
  }
  return -0.5 * (q + logdet + n * Math.log(2 * Math.PI));
}

/** 1-D Kalman filter negative log-likelihood (random walk plus noise).
 * @domain obs [-1, 1] length 8
 * @domain logQ [-2, 0]
 * @domain logR [-2, 0]
 */
export function kalmanNll(obs: Float64Array, logQ: number, logR: number): number {
  const q = Math.exp(logQ), r = Math.exp(logR);
  let m = 0, P = 1, nll = 0;
  for (const y of obs) {
    P += q;
    const S = P + r;
    const innov = y - m;
    nll += 0.5 * (Math.log(2 * Math.PI * S) + (innov * innov) / S);
    const K = P / S;
    m += K * innov;
    P *= 1 - K;
  }
  return nll;
}

/** Adaptive step-size Heun-Euler integration of y' = -k y + sin(t) to t = 2 (data-dependent while loop).
 * @domain y0 [-1, 1]
 * @domain k (0.5, 3)
 */
export function adaptiveOde(y0: number, k: number): number {
  let t = 0, y = y0, h = 0.1;
  const tol = 1e-5;
  let steps = 0;
  while (t < 2 && steps < 10000) {
    if (t + h > 2) h = 2 - t;
    const f0 = -k * y + Math.sin(t);
    const yE = y + h * f0;
    const f1 = -k * yE + Math.sin(t + h);
    const yH = y + 0.5 * h * (f0 + f1);
    const e = Math.abs(yH - yE);
    if (e <= tol) {
      t += h;
      y = yH;
    }
    h *= Math.min(2, Math.max(0.2, 0.9 * Math.sqrt(tol / Math.max(e, 1e-16))));
    steps++;
  }
  return y;
}

/** Scaled dot-product attention for one query over 4 keys (d = 3), returns the output's norm squared.
 * @domain q [-1, 1] length 3
 * @domain K [-1, 1] length 12
 * @domain V [-1, 1] length 12
 */
export function attention(q: Float64Array, K: Float64Array, V: Float64Array): number {
  const d = 3, n = 4;
  const scores = new Float64Array(n);
  let mx = -Infinity;
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let c = 0; c < d; c++) s += q[c] * K[j * d + c];
    scores[j] = s / Math.sqrt(d);
    mx = Math.max(mx, scores[j]);
  }
  let z = 0;
  for (let j = 0; j < n; j++) {
    scores[j] = Math.exp(scores[j] - mx);
    z += scores[j];
  }
  const out = new Float64Array(d);
  for (let j = 0; j < n; j++) for (let c = 0; c < d; c++) out[c] += (scores[j] / z) * V[j * d + c];
  return out[0] * out[0] + out[1] * out[1] + out[2] * out[2];
}

/** Loss after three unrolled SGD steps of a tiny linear model (meta-learning the learning rate).
 * @domain w0 [-1, 1] length 2
 * @domain logLr [-3, -1]
 * @domain X [-1, 1] length 8
 * @domain y [-1, 1] length 4
 */
export function unrolledSgd(w0: Float64Array, logLr: number, X: Float64Array, y: Float64Array): number {
  const lr = Math.exp(logLr);
  const w = Float64Array.from(w0);
  const g = new Float64Array(2);
  for (let step = 0; step < 3; step++) {
    g.fill(0);
    for (let i = 0; i < y.length; i++) {
      const r = w[0] * X[2 * i] + w[1] * X[2 * i + 1] - y[i];
      g[0] += r * X[2 * i];
      g[1] += r * X[2 * i + 1];
    }
    w[0] -= lr * g[0];
    w[1] -= lr * g[1];
  }
  let loss = 0;
  for (let i = 0; i < y.length; i++) loss += (w[0] * X[2 * i] + w[1] * X[2 * i + 1] - y[i]) ** 2;
  return loss;
}

/** Gram-Schmidt on 3 vectors into Q (written), returns the product of the norms (|det|).
 * @domain A [-1, 1] length 9
 * @domain Q [0, 0] length 9
 */
export function gramSchmidt(A: Float64Array, Q: Float64Array): number {
  let det = 1;
  for (let j = 0; j < 3; j++) {
    for (let r = 0; r < 3; r++) Q[j * 3 + r] = A[j * 3 + r];
    for (let k = 0; k < j; k++) {
      let dot = 0;
      for (let r = 0; r < 3; r++) dot += Q[k * 3 + r] * A[j * 3 + r];
      for (let r = 0; r < 3; r++) Q[j * 3 + r] -= dot * Q[k * 3 + r];
    }
    const nrm = Math.hypot(Q[j * 3], Q[j * 3 + 1], Q[j * 3 + 2]);
    det *= nrm;
    for (let r = 0; r < 3; r++) Q[j * 3 + r] /= nrm;
  }
  return det;
}

/** Power iteration for the dominant eigenvalue of a symmetric 3x3 matrix S = M + M^T (fixed 60 iterations).
 * @domain M [-1, 1] length 9
 */
export function powerIteration(M: Float64Array): number {
  const v = Float64Array.of(1, 0.5, 0.25);
  const w = new Float64Array(3);
  let lambda = 0;
  for (let it = 0; it < 60; it++) {
    for (let i = 0; i < 3; i++) {
      let s = 0;
      for (let j = 0; j < 3; j++) s += (M[i * 3 + j] + M[j * 3 + i]) * v[j];
      w[i] = s;
    }
    const nrm = Math.hypot(w[0], w[1], w[2]);
    lambda = v[0] * w[0] + v[1] * w[1] + v[2] * w[2];
    for (let i = 0; i < 3; i++) v[i] = w[i] / nrm;
  }
  return lambda;
}

/** The same power iteration with the start vector written as new Float64Array([...]).
 * @domain M [-1, 1] length 9
 */
export function powerIterationLiteral(M: Float64Array): number {
  const v = new Float64Array([1, 0.5, 0.25]);
  const w = new Float64Array(3);
  let lambda = 0;
  for (let it = 0; it < 60; it++) {
    for (let i = 0; i < 3; i++) {
      let s = 0;
      for (let j = 0; j < 3; j++) s += (M[i * 3 + j] + M[j * 3 + i]) * v[j];
      w[i] = s;
    }
    const nrm = Math.hypot(w[0], w[1], w[2]);
    lambda = v[0] * w[0] + v[1] * w[1] + v[2] * w[2];
    for (let i = 0; i < 3; i++) v[i] = w[i] / nrm;
  }
  return lambda;
}
