// Control: LQR by Riccati iteration, a steady-state Kalman gain, MPC with clipped inputs, frequency responses.

/**
 * Discrete LQR for x' = A x + B u (2 states, 1 input): iterate P <- Q + A'PA - A'PB (R + B'PB)^-1 B'PA a fixed
 * number of times, then the cost x0' P x0 of starting at x0.
 */
export function lqrCost(a: Float64Array, b: Float64Array, q1: number, q2: number, r: number, x0: Float64Array, iters: number): number {
  let p11 = q1, p12 = 0, p22 = q2;
  const [a11, a12, a21, a22] = a;
  const [b1, b2] = b;
  for (let k = 0; k < iters; k++) {
    // PA and PB
    const pa11 = p11 * a11 + p12 * a21, pa12 = p11 * a12 + p12 * a22;
    const pa21 = p12 * a11 + p22 * a21, pa22 = p12 * a12 + p22 * a22;
    const pb1 = p11 * b1 + p12 * b2, pb2 = p12 * b1 + p22 * b2;
    const s = r + b1 * pb1 + b2 * pb2;
    // B'PA (1x2)
    const g1 = b1 * pa11 + b2 * pa21, g2 = b1 * pa12 + b2 * pa22;
    const n11 = q1 + a11 * pa11 + a21 * pa21 - (g1 * g1) / s;
    const n12 = a11 * pa12 + a21 * pa22 - (g1 * g2) / s;
    const n22 = q2 + a12 * pa12 + a22 * pa22 - (g2 * g2) / s;
    p11 = n11;
    p12 = n12;
    p22 = n22;
  }
  return x0[0] * x0[0] * p11 + 2 * x0[0] * x0[1] * p12 + x0[1] * x0[1] * p22;
}

/**
 * Steady-state Kalman gain of a constant-velocity tracker (position measured), by iterating predict/update on a
 * flat 2x2 covariance; returns the position gain plus the velocity gain scaled by dt.
 */
export function kalmanSteadyGain(dt: number, qAcc: number, rMeas: number, iters: number): number {
  const p = Float64Array.of(1, 0, 0, 1);
  let k0 = 0, k1 = 0;
  for (let it = 0; it < iters; it++) {
    // predict: F P F' + Q with F = [1 dt; 0 1], Q = qAcc [dt^4/4 dt^3/2; dt^3/2 dt^2]
    const m00 = p[0] + dt * (p[1] + p[2]) + dt * dt * p[3] + (qAcc * dt ** 4) / 4;
    const m01 = p[1] + dt * p[3] + (qAcc * dt ** 3) / 2;
    const m11 = p[3] + qAcc * dt * dt;
    const s = m00 + rMeas;
    k0 = m00 / s;
    k1 = m01 / s;
    p[0] = (1 - k0) * m00;
    p[1] = (1 - k0) * m01;
    p[2] = p[1];
    p[3] = m11 - k1 * m01;
  }
  return k0 + dt * k1;
}

/** MPC cost of a double integrator over a horizon with inputs clipped to [-uMax, uMax]. */
export function mpcCost(u: Float64Array, x0: number, v0: number, dt: number, uMax: number, qPos: number, rU: number): number {
  let x = x0, v = v0, j = 0;
  for (let k = 0; k < u.length; k++) {
    const uk = Math.min(uMax, Math.max(-uMax, u[k]));
    x += dt * v + 0.5 * dt * dt * uk;
    v += dt * uk;
    j += qPos * x * x + 0.1 * v * v + rU * uk * uk;
  }
  return j + 10 * (x * x + v * v);
}

/** Magnitude in dB of a second-order low-pass wn^2 / (s^2 + 2 zeta wn s + wn^2) against measured points. */
export function bodeFit(wn: number, zeta: number, gainDb: number, omegas: Float64Array, magDb: Float64Array): number {
  let loss = 0;
  for (let i = 0; i < omegas.length; i++) {
    const w = omegas[i];
    const re = wn * wn - w * w, im = 2 * zeta * wn * w;
    const mag = gainDb + 20 * Math.log10((wn * wn) / Math.hypot(re, im));
    loss += (mag - magDb[i]) ** 2;
  }
  return loss;
}

/** Phase margin proxy of a lead compensator (z, p) times a plant 1/(s(s+1)) at a crossover found by 40 bisections. */
export function leadPhaseMargin(kc: number, zero: number, pole: number): number {
  const mag = (w: number): number => (kc * Math.hypot(w, zero)) / (Math.hypot(w, pole) * w * Math.hypot(w, 1));
  let lo = 1e-3, hi = 1e3;
  for (let i = 0; i < 40; i++) {
    const mid = Math.sqrt(lo * hi);
    if (mag(mid) > 1) lo = mid;
    else hi = mid;
  }
  // two Newton steps on log|L| in log w (slope by a central difference) so the crossover moves with the parameters
  let w = Math.sqrt(lo * hi);
  const h = 1e-4;
  for (let k = 0; k < 2; k++) {
    const slope = (Math.log(mag(w * (1 + h))) - Math.log(mag(w * (1 - h)))) / (Math.log1p(h) - Math.log1p(-h));
    w *= Math.exp(-Math.log(mag(w)) / slope);
  }
  const phase = Math.atan2(w, zero) - Math.atan2(w, pole) - Math.PI / 2 - Math.atan(w);
  return Math.PI + phase;
}
