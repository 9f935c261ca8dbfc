// Heat transfer: implicit conduction in a rod, fins, exchangers, radiation, resistor ladders.

const SIGMA = 5.670374419e-8;

/** Thomas algorithm: solves a tridiagonal system in place into x, with scratch cp/dp. */
function thomas(a: Float64Array, b: Float64Array, c: Float64Array, d: Float64Array, cp: Float64Array, dp: Float64Array, x: Float64Array): void {
  const n = d.length;
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

/** Backward-Euler conduction with per-cell conductivity; loss = mismatch to a target profile at the end. */
export function rodInverseLoss(kappa: Float64Array, T0: Float64Array, target: Float64Array, dt = 0.1, steps = 20, tLeft = 1, tRight = 0): number {
  const n = T0.length;
  const a = new Float64Array(n), b = new Float64Array(n), c = new Float64Array(n);
  const cp = new Float64Array(n), dp = new Float64Array(n);
  let T = Float64Array.from(T0);
  let Tn = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const kl = i > 0 ? 0.5 * (kappa[i] + kappa[i - 1]) : kappa[i];
    const kr = i < n - 1 ? 0.5 * (kappa[i] + kappa[i + 1]) : kappa[i];
    a[i] = -dt * kl;
    c[i] = -dt * kr;
    b[i] = 1 + dt * (kl + kr);
  }
  for (let s = 0; s < steps; s++) {
    const rhs = Float64Array.from(T);
    rhs[0] += dt * kappa[0] * tLeft;
    rhs[n - 1] += dt * kappa[n - 1] * tRight;
    thomas(a, b, c, rhs, cp, dp, Tn);
    [T, Tn] = [Tn, T];
  }
  let loss = 0;
  for (let i = 0; i < n; i++) loss += (T[i] - target[i]) ** 2;
  return loss;
}

/** Heat rate of a straight fin with a convective tip. */
export function finHeat(h: number, k: number, thick: number, length: number, dT: number, width = 1): number {
  const P = 2 * (width + thick);
  const Ac = width * thick;
  const m = Math.sqrt((h * P) / (k * Ac));
  const M = Math.sqrt(h * P * k * Ac) * dT;
  const r = h / (m * k);
  const th = Math.tanh(m * length);
  return (M * (th + r)) / (1 + r * th);
}

export type Flow = 'parallel' | 'counter' | 'cross';

/** NTU-effectiveness of a heat exchanger, switch on the flow arrangement. */
export function effectiveness(ntu: number, cr: number, flow: Flow = 'counter'): number {
  switch (flow) {
    case 'parallel':
      return (1 - Math.exp(-ntu * (1 + cr))) / (1 + cr);
    case 'counter': {
      if (Math.abs(cr - 1) < 1e-12) return ntu / (1 + ntu);
      const e = Math.exp(-ntu * (1 - cr));
      return (1 - e) / (1 - cr * e);
    }
    case 'cross':
      return 1 - Math.exp((Math.pow(ntu, 0.22) / cr) * (Math.exp(-cr * Math.pow(ntu, 0.78)) - 1));
    default:
      return NaN;
  }
}

/** Net radiation exchanged in an enclosure of two grey plates with optional shields. */
export function shieldedRadiation(T1: number, T2: number, e1: number, e2: number, eShield: number, shields = 1, hasShields = true): number {
  let R = 1 / e1 + 1 / e2 - 1;
  if (hasShields) for (let i = 0; i < shields; i++) R += 2 / eShield - 1;
  return (SIGMA * (T1 ** 4 - T2 ** 4)) / R;
}

/** Equivalent resistance of a ladder network, recursively from rung i. */
function ladderFrom(series: Float64Array, shunt: Float64Array, i: number): number {
  if (i === series.length - 1) return series[i] + shunt[i];
  const rest = ladderFrom(series, shunt, i + 1);
  return series[i] + 1 / (1 / shunt[i] + 1 / rest);
}

export function ladderResistance(series: Float64Array, shunt: Float64Array): number {
  return ladderFrom(series, shunt, 0);
}

/** Newton cooling with a time-varying ambient: explicit step in a time loop; returns time-averaged temperature. 
 * @domain T0 (20, 90)
 * @domain hA (1, 5)
 * @domain C (50, 100)
 * @domain ambient (10, 30) length 8
 * @domain dt (0.5, 2)
 */
export function coolingAverage(T0: number, hA: number, C: number, ambient: Float64Array, dt = 1): number {
  let T = T0;
  let acc = 0;
  for (const Ta of ambient) {
    T = stepCooling(T, Ta, hA / C, dt);
    acc += T;
  }
  return acc / ambient.length;
}

function stepCooling(T: number, Ta: number, k: number, dt: number): number {
  // exact exponential integrator over one step
  return Ta + (T - Ta) * Math.exp(-k * dt);
}
