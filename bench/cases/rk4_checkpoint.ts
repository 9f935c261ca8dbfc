// Lotka–Volterra predator–prey dynamics integrated with classic fourth-order Runge–Kutta:
// steps of size dt from y0, then a squared distance of the final state to a target. The time
// loop is checkpointed (binomial checkpointing, the default 16 MiB budget): its tape holds one
// step, its state (y: the stage arrays are overwritten before they are read) is saved in
// snapshots, here one per step, and each step is run again from its own (README,
// "Checkpointing"). The same as rk4.ts otherwise, which the bench runs beside it.

/** dy/dt for prey y[0] and predators y[1]; p = (α, β, δ, γ). */
export function lotkaVolterra(p: Float64Array, y: Float64Array, dydt: Float64Array): void {
  dydt[0] = p[0] * y[0] - p[1] * y[0] * y[1];
  dydt[1] = p[2] * y[0] * y[1] - p[3] * y[1];
}

export function rk4Loss(p: Float64Array, y0: Float64Array, target: Float64Array, dt: number, steps: number): number {
  const y = new Float64Array(2);
  const tmp = new Float64Array(2);
  const k1 = new Float64Array(2);
  const k2 = new Float64Array(2);
  const k3 = new Float64Array(2);
  const k4 = new Float64Array(2);
  y[0] = y0[0];
  y[1] = y0[1];
  /** @checkpoint */
  for (let s = 0; s < steps; s++) {
    lotkaVolterra(p, y, k1);
    for (let i = 0; i < 2; i++) tmp[i] = y[i] + 0.5 * dt * k1[i];
    lotkaVolterra(p, tmp, k2);
    for (let i = 0; i < 2; i++) tmp[i] = y[i] + 0.5 * dt * k2[i];
    lotkaVolterra(p, tmp, k3);
    for (let i = 0; i < 2; i++) tmp[i] = y[i] + dt * k3[i];
    lotkaVolterra(p, tmp, k4);
    for (let i = 0; i < 2; i++) y[i] += (dt / 6) * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
  }
  const e0 = y[0] - target[0];
  const e1 = y[1] - target[1];
  return e0 * e0 + e1 * e1;
}
