// Chemical kinetics: A -> B (k1), B -> C (k2), 2B -> D (k3), integrated with fixed and adaptive schemes.

const R_GAS = 8.314462618;

/** Right-hand side of the mechanism: y = [A, B, C, D], k = [k1, k2, k3]. */
export function rhsABC(y: Float64Array, k: Float64Array, out: Float64Array): void {
  const [a, b] = [y[0], y[1]];
  const r1 = k[0] * a;
  const r2 = k[1] * b;
  const r3 = k[2] * b * b;
  out[0] = -r1;
  out[1] = r1 - r2 - 2 * r3;
  out[2] = r2;
  out[3] = r3;
}

/** Concentration of B at time T by classical RK4 with scratch buffers reused across steps. */
export function rk4FinalB(y0: Float64Array, k: Float64Array, T: number, steps = 40): number {
  const n = y0.length;
  const y = Float64Array.from(y0);
  const k1 = new Float64Array(n), k2 = new Float64Array(n), k3 = new Float64Array(n), k4 = new Float64Array(n);
  const tmp = new Float64Array(n);
  const h = T / steps;
  for (let s = 0; s < steps; s++) {
    rhsABC(y, k, k1);
    for (let i = 0; i < n; i++) tmp[i] = y[i] + 0.5 * h * k1[i];
    rhsABC(tmp, k, k2);
    for (let i = 0; i < n; i++) tmp[i] = y[i] + 0.5 * h * k2[i];
    rhsABC(tmp, k, k3);
    for (let i = 0; i < n; i++) tmp[i] = y[i] + h * k3[i];
    rhsABC(tmp, k, k4);
    for (let i = 0; i < n; i++) y[i] += (h / 6) * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
  }
  return y[1];
}

/** Yield of C at time T, Heun-Euler with adaptive step control (while loop, break at the end). */
export function adaptiveYieldC(y0: Float64Array, k: Float64Array, T: number, tol = 1e-5): number {
  const n = y0.length;
  let y = Float64Array.from(y0);
  let trial = new Float64Array(n);
  const f0 = new Float64Array(n), f1 = new Float64Array(n), pred = new Float64Array(n);
  let t = 0;
  let h = T / 20;
  let guard = 0;
  while (true) {
    if (t + h > T) h = T - t;
    rhsABC(y, k, f0);
    for (let i = 0; i < n; i++) pred[i] = y[i] + h * f0[i];
    rhsABC(pred, k, f1);
    let err = 0;
    for (let i = 0; i < n; i++) {
      trial[i] = y[i] + 0.5 * h * (f0[i] + f1[i]);
      err = Math.max(err, Math.abs(trial[i] - pred[i]));
    }
    if (err <= tol || h < 1e-6) {
      t += h;
      const tmp = y;
      y = trial;
      trial = tmp;
      if (t >= T - 1e-12) break;
    }
    const factor = 0.9 * Math.sqrt(tol / Math.max(err, 1e-14));
    h = h * Math.min(2, Math.max(0.2, factor));
    if (++guard > 10000) throw new Error('too many steps');
  }
  return y[2];
}

/** Arrhenius rate constant. */
export function arrhenius(A: number, Ea: number, T: number): number {
  return A * Math.exp(-Ea / (R_GAS * T));
}

/** Least-squares loss of a Michaelis-Menten fit to initial-rate data. */
export function michaelisMentenLoss(vmax: number, km: number, S: Float64Array, v: Float64Array): number {
  let loss = 0;
  S.forEach((s, i) => {
    const pred = (vmax * s) / (km + s);
    loss += (pred - v[i]) ** 2;
  });
  return loss / S.length;
}

/** Equilibrium extent x of A + B <=> 2C with constant K, by Newton's method from a bracket midpoint. */
export function equilibriumExtent(K: number, a0: number, b0: number): number {
  let x = 0.5 * Math.min(a0, b0);
  for (let it = 0; it < 50; it++) {
    const g = 4 * x * x - K * (a0 - x) * (b0 - x);
    const dg = 8 * x + K * (a0 - x) + K * (b0 - x);
    const step = g / dg;
    x -= step;
    if (Math.abs(step) < 1e-14) break;
  }
  return x;
}

/** Lotka-Volterra fit: explicit Euler simulation against observations (prey, predator interleaved). */
export function lotkaVolterraLoss(p: Float64Array, obs: Float64Array, dt: number, sub = 10): number {
  const [alpha, beta, delta, gamma] = p;
  let x = obs[0], y = obs[1];
  let loss = 0;
  const h = dt / sub;
  for (let k = 1; k < obs.length / 2; k++) {
    for (let s = 0; s < sub; s++) {
      const dx = alpha * x - beta * x * y;
      const dy = delta * x * y - gamma * y;
      x += h * dx;
      y += h * dy;
    }
    loss += (x - obs[2 * k]) ** 2 + (y - obs[2 * k + 1]) ** 2;
  }
  return loss;
}

/** First-order decay by implicit Euler (closed-form per step) against the exact answer: global error. */
export function implicitEulerError(kr: number, y0: number, T: number, n = 16): number {
  const h = T / n;
  let y = y0;
  let i = 0;
  do {
    y = y / (1 + kr * h);
    i++;
  } while (i < n);
  return y - y0 * Math.exp(-kr * T);
}

/** Temperature-dependent rates fed to RK4: final B as a function of temperature and activation energies. */
export function yieldAtTemperature(T: number, Ea: Float64Array, A: Float64Array, y0: Float64Array): number {
  const k = Float64Array.from(Ea, (e, i) => arrhenius(A[i], e, T));
  return rk4FinalB(y0, k, 2, 20);
}
