// ODE integration: adaptive Runge-Kutta-Fehlberg 4(5) with step-size control, fixed RK4 with buffer swaps, and a
// small-class state for a pendulum.

export interface StepControl {
  readonly rtol?: number;
  readonly hmin?: number;
  readonly maxSteps?: number;
}

/** damped Duffing oscillator x'' + c x' + k x + beta x^3 = 0, state (x, v) */
const duffX = (v: number): number => v;
const duffV = (x: number, v: number, c: number, k: number, beta: number): number => -c * v - k * x - beta * x * x * x;

/** RKF45 adaptive integration of the Duffing oscillator to time T; returns x(T). h = hNew rebinding, rejected steps
 *  by continue, a final step clipped to land on T, an early exit when the step collapses. */
export function duffingRKF45(x0: number, v0: number, c: number, k: number, beta: number, T: number, ctl: StepControl = {}): number {
  const rtol = ctl.rtol ?? 1e-6;
  const hmin = ctl.hmin ?? 1e-8;
  const maxSteps = ctl.maxSteps ?? 10000;
  let x = x0, v = v0, t = 0, h = 0.1;
  for (let step = 0; step < maxSteps && t < T; step++) {
    if (t + h > T) h = T - t;
    const k1x = duffX(v), k1v = duffV(x, v, c, k, beta);
    const x2 = x + h * k1x / 4, v2 = v + h * k1v / 4;
    const k2x = duffX(v2), k2v = duffV(x2, v2, c, k, beta);
    const x3 = x + h * (3 * k1x + 9 * k2x) / 32, v3 = v + h * (3 * k1v + 9 * k2v) / 32;
    const k3x = duffX(v3), k3v = duffV(x3, v3, c, k, beta);
    const x4 = x + h * (1932 * k1x - 7200 * k2x + 7296 * k3x) / 2197;
    const v4 = v + h * (1932 * k1v - 7200 * k2v + 7296 * k3v) / 2197;
    const k4x = duffX(v4), k4v = duffV(x4, v4, c, k, beta);
    const x5 = x + h * (439 / 216 * k1x - 8 * k2x + 3680 / 513 * k3x - 845 / 4104 * k4x);
    const v5 = v + h * (439 / 216 * k1v - 8 * k2v + 3680 / 513 * k3v - 845 / 4104 * k4v);
    const k5x = duffX(v5), k5v = duffV(x5, v5, c, k, beta);
    const x6 = x + h * (-8 / 27 * k1x + 2 * k2x - 3544 / 2565 * k3x + 1859 / 4104 * k4x - 11 / 40 * k5x);
    const v6 = v + h * (-8 / 27 * k1v + 2 * k2v - 3544 / 2565 * k3v + 1859 / 4104 * k4v - 11 / 40 * k5v);
    const k6x = duffX(v6), k6v = duffV(x6, v6, c, k, beta);
    const x4th = x + h * (25 / 216 * k1x + 1408 / 2565 * k3x + 2197 / 4104 * k4x - k5x / 5);
    const v4th = v + h * (25 / 216 * k1v + 1408 / 2565 * k3v + 2197 / 4104 * k4v - k5v / 5);
    const x5th = x + h * (16 / 135 * k1x + 6656 / 12825 * k3x + 28561 / 56430 * k4x - 9 / 50 * k5x + 2 / 55 * k6x);
    const v5th = v + h * (16 / 135 * k1v + 6656 / 12825 * k3v + 28561 / 56430 * k4v - 9 / 50 * k5v + 2 / 55 * k6v);
    const err = Math.max(Math.abs(x5th - x4th), Math.abs(v5th - v4th)) / (rtol * (1 + Math.max(Math.abs(x), Math.abs(v))));
    const hNew = h * Math.min(4, Math.max(0.1, 0.9 * err ** -0.2));
    if (err > 1) {
      h = hNew;
      if (h < hmin) return NaN;
      continue;
    }
    t += h;
    x = x5th;
    v = v5th;
    h = hNew;
  }
  return x;
}

/** fixed-step RK4 of a chain of n coupled damped oscillators (Float64Array state, scratch buffers, swaps);
 *  returns the final energy */
export function chainRK4(q0: Float64Array, k: number, c: number, dt: number, steps = 40): number {
  const n = q0.length;
  let y = new Float64Array(2 * n);
  let yn = new Float64Array(2 * n);
  const k1 = new Float64Array(2 * n), k2 = new Float64Array(2 * n), k3 = new Float64Array(2 * n), k4 = new Float64Array(2 * n);
  const tmp = new Float64Array(2 * n);
  y.set(q0);
  const rhs = (s: Float64Array, out: Float64Array): void => {
    for (let i = 0; i < n; i++) {
      const l = i > 0 ? s[i - 1] : 0, r = i < n - 1 ? s[i + 1] : 0;
      out[i] = s[n + i];
      out[n + i] = k * (l + r - 2 * s[i]) - c * s[n + i];
    }
  };
  for (let s = 0; s < steps; s++) {
    rhs(y, k1);
    for (let i = 0; i < 2 * n; i++) tmp[i] = y[i] + 0.5 * dt * k1[i];
    rhs(tmp, k2);
    for (let i = 0; i < 2 * n; i++) tmp[i] = y[i] + 0.5 * dt * k2[i];
    rhs(tmp, k3);
    for (let i = 0; i < 2 * n; i++) tmp[i] = y[i] + dt * k3[i];
    rhs(tmp, k4);
    for (let i = 0; i < 2 * n; i++) yn[i] = y[i] + (dt / 6) * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
    const t = y;
    y = yn;
    yn = t;
  }
  let e = 0;
  for (let i = 0; i < n; i++) {
    const r = i < n - 1 ? y[i + 1] : 0;
    e += 0.5 * y[n + i] ** 2 + 0.5 * k * (r - y[i]) ** 2;
  }
  return e;
}

/** a pendulum as a small value class with a getter and a private (TS-private) field */
class Pendulum {
  constructor(public theta: number, public omega: number, private readonly g: number) {}
  get energy(): number { return 0.5 * this.omega * this.omega - this.g * Math.cos(this.theta); }
  step(dt: number): void {
    this.omega -= this.g * Math.sin(this.theta) * dt;
    this.theta += this.omega * dt;
  }
}

/** symplectic Euler drift of a pendulum's energy after n steps */
export function pendulumDrift(theta0: number, omega0: number, g = 9.81, dt = 0.01, n = 100): number {
  const p = new Pendulum(theta0, omega0, g);
  const e0 = p.energy;
  for (let i = 0; i < n; i++) p.step(dt);
  return p.energy - e0;
}

/** logistic growth fitted to observations by explicit Euler, the loss; early exit on blow-up */
export function logisticFitLoss(r: number, K: number, obs: readonly number[], y0 = 1, dt = 0.1, sub = 10): number {
  let y = y0, loss = 0;
  outer: for (const [i, o] of obs.entries()) {
    if (i > 0) {
      for (let s = 0; s < sub; s++) {
        y += dt / sub * r * y * (1 - y / K);
        if (!Number.isFinite(y)) break outer;
      }
    }
    loss += (y - o) ** 2;
  }
  return loss;
}
