// Pharmacokinetics and population dynamics: compartment ODEs by RK4, Lotka-Volterra, SIR, Michaelis-Menten.

/** Two-compartment IV bolus: central amount by RK4 on a fixed grid, squared log-error at sample steps. */
export function pkTwoCompartment(cl: number, v1: number, q: number, v2: number, dose: number, sampleSteps: Int32Array, conc: Float64Array, dt: number): number {
  let a1 = dose, a2 = 0;
  const f1 = (x1: number, x2: number) => -(cl / v1) * x1 - (q / v1) * x1 + (q / v2) * x2;
  const f2 = (x1: number, x2: number) => (q / v1) * x1 - (q / v2) * x2;
  let loss = 0;
  let step = 0;
  for (let s = 0; s < sampleSteps.length; s++) {
    while (step < sampleSteps[s]) {
      const k11 = f1(a1, a2), k12 = f2(a1, a2);
      const k21 = f1(a1 + 0.5 * dt * k11, a2 + 0.5 * dt * k12), k22 = f2(a1 + 0.5 * dt * k11, a2 + 0.5 * dt * k12);
      const k31 = f1(a1 + 0.5 * dt * k21, a2 + 0.5 * dt * k22), k32 = f2(a1 + 0.5 * dt * k21, a2 + 0.5 * dt * k22);
      const k41 = f1(a1 + dt * k31, a2 + dt * k32), k42 = f2(a1 + dt * k31, a2 + dt * k32);
      a1 += (dt / 6) * (k11 + 2 * k21 + 2 * k31 + k41);
      a2 += (dt / 6) * (k12 + 2 * k22 + 2 * k32 + k42);
      step++;
    }
    const r = Math.log(a1 / v1) - Math.log(conc[s]);
    loss += r * r;
  }
  return loss;
}

/** Closed-form biexponential concentration of the two-compartment model at time t. */
export function pkBiexp(k10: number, k12: number, k21: number, v: number, dose: number, t: number): number {
  const s = k10 + k12 + k21;
  const disc = Math.sqrt(s * s - 4 * k10 * k21);
  const alpha = (s + disc) / 2, beta = (s - disc) / 2;
  const A = ((alpha - k21) / (alpha - beta)) * (dose / v);
  const B = ((k21 - beta) / (alpha - beta)) * (dose / v);
  return A * Math.exp(-alpha * t) + B * Math.exp(-beta * t);
}

type LV = { x: number; y: number };

function lvRhs(s: LV, p: Float64Array): LV {
  return { x: p[0] * s.x - p[1] * s.x * s.y, y: p[2] * s.x * s.y - p[3] * s.y };
}

/** Lotka-Volterra by RK4 with an object state rebuilt each step; returns the prey at the end. */
export function lotkaVolterra(p: Float64Array, x0: number, y0: number, steps: number, dt: number): number {
  let s: LV = { x: x0, y: y0 };
  for (let k = 0; k < steps; k++) {
    const k1 = lvRhs(s, p);
    const k2 = lvRhs({ x: s.x + 0.5 * dt * k1.x, y: s.y + 0.5 * dt * k1.y }, p);
    const k3 = lvRhs({ x: s.x + 0.5 * dt * k2.x, y: s.y + 0.5 * dt * k2.y }, p);
    const k4 = lvRhs({ x: s.x + dt * k3.x, y: s.y + dt * k3.y }, p);
    s = { x: s.x + (dt / 6) * (k1.x + 2 * k2.x + 2 * k3.x + k4.x), y: s.y + (dt / 6) * (k1.y + 2 * k2.y + 2 * k3.y + k4.y) };
  }
  return s.x;
}

/** Lotka-Volterra trajectory by Heun's method written into out (x0, y0, x1, y1, …). */
export function lvTrajectory(p: Float64Array, x0: number, y0: number, dt: number, out: Float64Array): void {
  let x = x0, y = y0;
  for (let k = 0; 2 * k < out.length; k++) {
    out[2 * k] = x;
    out[2 * k + 1] = y;
    const fx = p[0] * x - p[1] * x * y, fy = p[2] * x * y - p[3] * y;
    const xe = x + dt * fx, ye = y + dt * fy;
    const gx = p[0] * xe - p[1] * xe * ye, gy = p[2] * xe * ye - p[3] * ye;
    x += 0.5 * dt * (fx + gx);
    y += 0.5 * dt * (fy + gy);
  }
}

/** SIR epidemic by explicit Euler; a smooth peak of the infected fraction by log-sum-exp with temperature tau. */
export function sirSoftPeak(beta: number, gamma: number, i0: number, steps: number, dt: number, tau: number): number {
  let S = 1 - i0, I = i0;
  let m = I, acc = 1;
  for (let k = 0; k < steps; k++) {
    const inf = beta * S * I;
    S -= dt * inf;
    I += dt * (inf - gamma * I);
    // running log-sum-exp of I / tau, rescaled when a new max appears
    if (I > m) {
      acc = acc * Math.exp((m - I) / tau) + 1;
      m = I;
    } else {
      acc += Math.exp((I - m) / tau);
    }
  }
  return m + tau * Math.log(acc);
}

/** Michaelis-Menten fit with a Hill coefficient: squared relative error of the rate. */
export function hillFit(vmax: number, km: number, hill: number, S: Float64Array, rate: Float64Array): number {
  let loss = 0;
  S.forEach((s, i) => {
    const sn = s ** hill;
    const pred = (vmax * sn) / (km ** hill + sn);
    loss += ((pred - rate[i]) / rate[i]) ** 2;
  });
  return loss;
}
