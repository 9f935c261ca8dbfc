// Rheology, open-channel hydraulics, insurance loss reserving, logistics (soft assignment).
import { logSumExp } from './util.js';

export function carreauViscosity(gammaDot: number, eta0: number, etaInf: number, lambda: number, n: number): number {
  return etaInf + (eta0 - etaInf) * (1 + (lambda * gammaDot) ** 2) ** ((n - 1) / 2);
}

/** Herschel-Bulkley stress with Papanastasiou regularisation (m large: sharp yield) */
export function hbStress(gammaDot: number, tau0: number, k: number, n: number, m = 100): number {
  return tau0 * (1 - Math.exp(-m * gammaDot)) + k * gammaDot ** n;
}

/** flow rate of a Herschel-Bulkley fluid in a pipe: integrate the velocity profile from the wall; the plug core
 *  (stress below yield) moves as one, so the loop breaks there */
export function hbPipeFlow(dpdx: number, R: number, tau0: number, k: number, n: number, cells = 200): number {
  const dr = R / cells;
  let u = 0;
  let q = 0;
  for (let c = cells - 1; c >= 0; c--) {
    const r = (c + 0.5) * dr;
    const tau = (dpdx * r) / 2;
    if (tau <= tau0) {
      q += Math.PI * (r + dr / 2) ** 2 * u; // plug of radius r + dr/2 at velocity u
      break;
    }
    const shear = ((tau - tau0) / k) ** (1 / n);
    u += shear * dr;
    q += 2 * Math.PI * r * u * dr;
  }
  return q;
}

interface Section { area: number; perimeter: number; top: number }

function trapezoid(y: number, b: number, z: number): Section {
  return { area: y * (b + z * y), perimeter: b + 2 * y * Math.sqrt(1 + z * z), top: b + 2 * z * y };
}

/** normal depth of a trapezoidal channel by Manning's equation, Newton with an early return */
export function manningNormalDepth(Q: number, b: number, slope: number, nMan: number, z = 1.5): number {
  let y = 1;
  for (let it = 0; it < 60; it++) {
    const { area, perimeter, top } = trapezoid(y, b, z);
    const R = area / perimeter;
    const f = (Math.sqrt(slope) / nMan) * area * R ** (2 / 3) - Q;
    // dQ/dy ≈ (√S/n) (5/3 A^(2/3) T P^(-2/3) - 2/3 A^(5/3) P^(-5/3) dP/dy)
    const dP = 2 * Math.sqrt(1 + z * z);
    const df = (Math.sqrt(slope) / nMan) * ((5 / 3) * area ** (2 / 3) * top * perimeter ** (-2 / 3) - (2 / 3) * area ** (5 / 3) * perimeter ** (-5 / 3) * dP);
    const step = f / df;
    y = Math.max(y - step, y / 4);
    if (Math.abs(step) < 1e-13 * y) return y;
  }
  return y;
}

/** gradually varied flow: water-surface profile by explicit steps of the GVF equation, tuples per station */
export function gvfDepthAt(Q: number, b: number, slope: number, nMan: number, y0: number, length = 500, stations = 50): number {
  const dx = length / stations;
  const profile: [number, number][] = [];
  profile.push([0, y0]);
  let y = y0;
  for (let s = 1; s <= stations; s++) {
    const { area, perimeter, top } = trapezoid(y, b, 0);
    const Sf = ((nMan * Q) / (area * (area / perimeter) ** (2 / 3))) ** 2;
    const Fr2 = (Q * Q * top) / (9.81 * area ** 3);
    y += (dx * (slope - Sf)) / (1 - Fr2);
    profile.push([s * dx, y]);
  }
  const [, yEnd] = profile[profile.length - 1];
  return yEnd;
}

/** chain-ladder reserve of an n×n cumulative run-off triangle (row-major, NaN below the diagonal not read) */
export function chainLadderReserve(tri: Float64Array, n: number): number {
  const f = new Float64Array(n - 1);
  for (let j = 0; j < n - 1; j++) {
    let num = 0, den = 0;
    for (let i = 0; i < n - 1 - j; i++) {
      num += tri[i * n + j + 1];
      den += tri[i * n + j];
    }
    f[j] = num / den;
  }
  let reserve = 0;
  for (let i = 1; i < n; i++) {
    const latest = tri[i * n + (n - 1 - i)];
    let ult = latest;
    for (let j = n - 1 - i; j < n - 1; j++) ult *= f[j];
    reserve += ult - latest;
  }
  return reserve;
}

/** Bornhuetter-Ferguson reserve with a-priori loss ratios (premium × elr), development factors given */
export function bfReserve(premium: Float64Array, elr: number, devFactors: number[]): number {
  const n = premium.length;
  let total = 0;
  for (let i = 0; i < n; i++) {
    let cdf = 1;
    for (let j = n - 1 - i; j < devFactors.length; j++) cdf *= devFactors[j];
    total += premium[i] * elr * (1 - 1 / cdf);
  }
  return total;
}

/** entropic soft assignment: Sinkhorn iterations on an n×n cost, returns the transport cost; early break */
export function softAssignCost(cost: Float64Array, n: number, temp: number, iters = 50): number {
  const logK = cost.map((c) => -c / temp);
  const f = new Float64Array(n), g = new Float64Array(n), row = new Float64Array(n);
  for (let it = 0; it < iters; it++) {
    let change = 0;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) row[j] = logK[i * n + j] + g[j];
      const fi = -logSumExp(row);
      change = Math.max(change, Math.abs(fi - f[i]));
      f[i] = fi;
    }
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++) row[i] = logK[i * n + j] + f[i];
      g[j] = -logSumExp(row);
    }
    if (change < 1e-12) break;
  }
  let total = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) total += cost[i * n + j] * Math.exp(logK[i * n + j] + f[i] + g[j]);
  return total;
}
