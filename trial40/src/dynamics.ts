// Fitting dynamical systems and classic numerical building blocks: Lotka-Volterra by RK4, SIR by Heun,
// a discrete LQR cost, natural cubic spline fitting through my own tridiagonal solve, Gauss-Legendre.

/** Lotka-Volterra predator-prey integrated by RK4, squared error against observed (prey, predator) pairs. */
export function lotkaVolterraFit(alpha: number, beta: number, delta: number, gamma: number, x0: number, y0: number, obs: Float64Array, dt: number, sub: number): number {
  let x = x0;
  let y = y0;
  let err = 0;
  const fx = (a: number, b: number) => alpha * a - beta * a * b;
  const fy = (a: number, b: number) => delta * a * b - gamma * b;
  for (let o = 0; o < obs.length / 2; o++) {
    for (let s = 0; s < sub; s++) {
      const k1x = fx(x, y), k1y = fy(x, y);
      const k2x = fx(x + 0.5 * dt * k1x, y + 0.5 * dt * k1y), k2y = fy(x + 0.5 * dt * k1x, y + 0.5 * dt * k1y);
      const k3x = fx(x + 0.5 * dt * k2x, y + 0.5 * dt * k2y), k3y = fy(x + 0.5 * dt * k2x, y + 0.5 * dt * k2y);
      const k4x = fx(x + dt * k3x, y + dt * k3y), k4y = fy(x + dt * k3x, y + dt * k3y);
      x += (dt / 6) * (k1x + 2 * k2x + 2 * k3x + k4x);
      y += (dt / 6) * (k1y + 2 * k2y + 2 * k3y + k4y);
    }
    err += (x - obs[2 * o]) ** 2 + (y - obs[2 * o + 1]) ** 2;
  }
  return err;
}

/** SIR epidemic by Heun's method; Poisson NLL of observed daily incidence (new infections per day). */
export function sirPoissonNll(logBeta: number, logGamma: number, i0: number, cases: Float64Array, pop: number): number {
  const beta = Math.exp(logBeta);
  const gamma = Math.exp(logGamma);
  let S = 1 - i0;
  let I = i0;
  let nll = 0;
  for (const c of cases) {
    const inf1 = beta * S * I;
    const dS1 = -inf1, dI1 = inf1 - gamma * I;
    const Sp = S + dS1, Ip = I + dI1;
    const inf2 = beta * Sp * Ip;
    const newInf = 0.5 * (inf1 + inf2);
    S += 0.5 * (dS1 - inf2);
    I += 0.5 * (dI1 + inf2 - gamma * Ip);
    const lam = pop * newInf;
    nll += lam - c * Math.log(lam);
  }
  return nll;
}

/**
 * Finite-horizon LQR cost of a 2-state, 1-input system under a fixed feedback gain u = −K x, with Q = diag(q1, q2)
 * and R = rho: the quantity one tunes K against. A (row-major 2×2) and B (2) are data.
 */
export function lqrCost(k1: number, k2: number, A: Float64Array, B: Float64Array, x10: number, x20: number, q1: number, q2: number, rho: number, T: number): number {
  let x1 = x10;
  let x2 = x20;
  let J = 0;
  for (let t = 0; t < T; t++) {
    const u = -(k1 * x1 + k2 * x2);
    J += q1 * x1 * x1 + q2 * x2 * x2 + rho * u * u;
    const n1 = A[0] * x1 + A[1] * x2 + B[0] * u;
    const n2 = A[2] * x1 + A[3] * x2 + B[1] * u;
    x1 = n1;
    x2 = n2;
  }
  return J + q1 * x1 * x1 + q2 * x2 * x2;
}

/** Solve a tridiagonal system in place (Thomas): sub a, diagonal b, super c, right-hand side d -> x. */
function thomas(a: Float64Array, b: Float64Array, c: Float64Array, d: Float64Array, x: Float64Array, n: number): void {
  const cp = new Float64Array(n);
  const dp = new Float64Array(n);
  cp[0] = c[0] / b[0];
  dp[0] = d[0] / b[0];
  for (let i = 1; i < n; i++) {
    const m = b[i] - a[i] * cp[i - 1];
    cp[i] = c[i] / m;
    dp[i] = (d[i] - a[i] * dp[i - 1]) / m;
  }
  x[n - 1] = dp[n - 1];
  for (let i = n - 2; i >= 0; i--) x[i] = dp[i] - cp[i] * x[i + 1];
}

/** Natural cubic spline through (xs, ys), evaluated at t: second derivatives from the tridiagonal system. */
export function splineAt(xs: Float64Array, ys: Float64Array, t: number): number {
  const n = xs.length;
  const M = new Float64Array(n); // second derivatives, natural: M[0] = M[n-1] = 0
  const m = n - 2;
  const a = new Float64Array(m), b = new Float64Array(m), c = new Float64Array(m), d = new Float64Array(m), sol = new Float64Array(m);
  for (let i = 1; i <= m; i++) {
    const h0 = xs[i] - xs[i - 1], h1 = xs[i + 1] - xs[i];
    a[i - 1] = h0 / 6;
    b[i - 1] = (h0 + h1) / 3;
    c[i - 1] = h1 / 6;
    d[i - 1] = (ys[i + 1] - ys[i]) / h1 - (ys[i] - ys[i - 1]) / h0;
  }
  thomas(a, b, c, d, sol, m);
  for (let i = 1; i <= m; i++) M[i] = sol[i - 1];
  let seg = 0;
  while (seg < n - 2 && t > xs[seg + 1]) seg++;
  const h = xs[seg + 1] - xs[seg];
  const A = (xs[seg + 1] - t) / h, B = (t - xs[seg]) / h;
  return A * ys[seg] + B * ys[seg + 1] + ((A ** 3 - A) * M[seg] + (B ** 3 - B) * M[seg + 1]) * (h * h) / 6;
}

/** Least-squares fit of spline knot values to scattered data, plus a roughness penalty on the knot values. */
export function splineFitLoss(knotY: Float64Array, knotX: Float64Array, tx: Float64Array, ty: Float64Array, lambda: number): number {
  let loss = 0;
  for (let i = 0; i < tx.length; i++) loss += (splineAt(knotX, knotY, tx[i]) - ty[i]) ** 2;
  for (let i = 1; i + 1 < knotY.length; i++) loss += lambda * (knotY[i - 1] - 2 * knotY[i] + knotY[i + 1]) ** 2;
  return loss;
}

const GL5_X = [-0.906179845938664, -0.5384693101056831, 0, 0.5384693101056831, 0.906179845938664];
const GL5_W = [0.2369268850561891, 0.4786286704993665, 0.5688888888888889, 0.4786286704993665, 0.2369268850561891];

/** Gauss-Legendre (5 nodes, hard-coded) of exp(-k x²) cos(w x) over [a, b], composite over `panels` panels. */
export function gaussLegendre(k: number, w: number, a: number, b: number, panels: number): number {
  const h = (b - a) / panels;
  let s = 0;
  for (let p = 0; p < panels; p++) {
    const mid = a + (p + 0.5) * h;
    for (let q = 0; q < 5; q++) {
      const x = mid + 0.5 * h * GL5_X[q];
      s += GL5_W[q] * Math.exp(-k * x * x) * Math.cos(w * x);
    }
  }
  return 0.5 * h * s;
}

/** SIR with the loop checkpointed and an options object for the integrator. */
function sirStep(s: number, i: number, beta: number, gamma: number, opts: { dt?: number; heun?: boolean } = {}): { s: number; i: number } {
  const dt = opts.dt ?? 1;
  const f1 = beta * s * i;
  if (!opts.heun) return { s: s - dt * f1, i: i + dt * (f1 - gamma * i) };
  const sp = s - dt * f1, ip = i + dt * (f1 - gamma * i);
  const f2 = beta * sp * ip;
  return { s: s - 0.5 * dt * (f1 + f2), i: i + 0.5 * dt * (f1 - gamma * i + f2 - gamma * ip) };
}

export function sirPeak(beta: number, gamma: number, i0: number, days: number): number {
  let s = 1 - i0;
  let i = i0;
  let peakSoft = 0;
  // @checkpoint
  for (let d = 0; d < days; d++) {
    const nx = sirStep(s, i, beta, gamma, { dt: 0.5, heun: true });
    s = nx.s;
    i = nx.i;
    peakSoft += Math.exp(20 * i);
  }
  return Math.log(peakSoft) / 20;
}

/** The same with the hint applied: dt and heun as parameters of their own. */
function sirStepPlain(s: number, i: number, beta: number, gamma: number, dt: number, heun: boolean): { s: number; i: number } {
  const f1 = beta * s * i;
  if (!heun) return { s: s - dt * f1, i: i + dt * (f1 - gamma * i) };
  const sp = s - dt * f1, ip = i + dt * (f1 - gamma * i);
  const f2 = beta * sp * ip;
  return { s: s - 0.5 * dt * (f1 + f2), i: i + 0.5 * dt * (f1 - gamma * i + f2 - gamma * ip) };
}

export function sirPeakPlain(beta: number, gamma: number, i0: number, days: number): number {
  let s = 1 - i0;
  let i = i0;
  let peakSoft = 0;
  // @checkpoint
  for (let d = 0; d < days; d++) {
    const nx = sirStepPlain(s, i, beta, gamma, 0.5, true);
    s = nx.s;
    i = nx.i;
    peakSoft += Math.exp(20 * i);
  }
  return Math.log(peakSoft) / 20;
}
