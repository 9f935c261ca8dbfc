// Combustion, seismology, ocean waves, glaciology, population genetics.

const R_GAS = 8.314462618;
const G = 9.80665;

/** Module-level factory: an Arrhenius rate with fixed pre-exponential and temperature exponent. */
function makeArrhenius(A: number, n: number) {
  return (T: number, Ea: number) => A * T ** n * Math.exp(-Ea / (R_GAS * T));
}
const kForward = makeArrhenius(3.2e10, 0.5);

/** Ignition-delay-like integral of 1/k over a heating ramp (trapezoid), Ea in J/mol. 
 * @domain T0 (900, 1100)
 * @domain rampRate (100, 300)
 * @domain Ea (120000, 180000)
 * @domain tEnd (1, 3)
 * @domain n int [16, 64]
 */
export function ignitionIntegral(T0: number, rampRate: number, Ea: number, tEnd = 2, n = 64): number {
  const h = tEnd / n;
  let s = 0;
  for (let i = 0; i <= n; i++) {
    const T = T0 + rampRate * i * h;
    const w = i === 0 || i === n ? 0.5 : 1;
    s += (w * h) / kForward(T, Ea);
  }
  return Math.log(s);
}

/**
 * Dissociation equilibrium A2 <=> 2A at pressure p: solve x^2 / (1 - x^2) * 4 p = Kp for the extent x by Newton,
 * Kp from van 't Hoff. Options with defaults.
 * @domain T (2500, 3500)
 * @domain dH (450000, 500000)
 * @domain dS (110, 130)
 * @domain p (0.5, 2)
 */
export function dissociationExtent(
  T: number,
  dH: number,
  dS: number,
  p = 1,
  opts: { tol?: number; maxIter?: number; damped?: boolean } = {},
): number {
  const tol = opts.tol ?? 1e-13;
  const maxIter = opts.maxIter ?? 60;
  const Kp = Math.exp(-dH / (R_GAS * T) + dS / R_GAS);
  let x = 0.5;
  for (let it = 0; it < maxIter; it++) {
    const f = 4 * p * x * x - Kp * (1 - x * x);
    const df = 8 * p * x + 2 * Kp * x;
    let dx = f / df;
    if (opts.damped && Math.abs(dx) > 0.2) dx = 0.2 * Math.sign(dx);
    x -= dx;
    if (x <= 0) x = 1e-9;
    if (x >= 1) x = 1 - 1e-9;
    if (Math.abs(dx) < tol) break;
  }
  return x;
}

/** Layered earth: vertical travel time through layers, and refracted head-wave time along the bottom layer. 
 * @domain thick (5, 20) length 2
 * @domain vel [1.5, 1.9] length 3
 * @domain offset (50, 120)
 */
export function headWaveTime(thick: Float64Array, vel: Float64Array, offset: number): number {
  const n = vel.length - 1; // refractor is the last layer
  const vr = vel[n];
  let t = offset / vr;
  for (let i = 0; i < n; i++) {
    const s = vel[i] / vr;
    if (s >= 1) return NaN;
    t += (2 * thick[i] * Math.sqrt(1 - s * s)) / vel[i];
  }
  return t;
}

/**
 * Snell's-law ray through flat layers: given the ray parameter p, horizontal distance and time.
 * Shoots on p by Newton so the ray arrives at horizontal offset X; returns the travel time.
 * @domain thick (5, 15) length 3
 * @domain vel (1.5, 5) length 3
 * @domain X (10, 40)
 */
function rayXT(p: number, thick: Float64Array, vel: Float64Array): { x: number; t: number; dxdp: number } {
  let x = 0;
  let t = 0;
  let dxdp = 0;
  for (let i = 0; i < thick.length; i++) {
    const s = p * vel[i];
    const c = Math.sqrt(1 - s * s);
    x += (thick[i] * s) / c;
    t += thick[i] / (vel[i] * c);
    dxdp += (thick[i] * vel[i]) / (c * c * c);
  }
  return { x, t, dxdp };
}
export function rayTravelTime(thick: Float64Array, vel: Float64Array, X: number): number {
  const vmax = Math.max(...vel);
  let p = 0.5 / vmax;
  for (let it = 0; it < 50; it++) {
    const r = rayXT(p, thick, vel);
    const step = (r.x - X) / r.dxdp;
    p = Math.min(Math.max(p - step, 1e-9), 0.999999 / vmax);
    if (Math.abs(step) < 1e-15) break;
  }
  return rayXT(p, thick, vel).t;
}

/** Linear wave dispersion omega^2 = g k tanh(k h): wavelength by fixed point (while + break). 
 * @domain period (4, 12)
 * @domain depth (3, 30)
 */
export function waveLength(period: number, depth: number): number {
  const L0 = (G * period * period) / (2 * Math.PI);
  let L = L0;
  let iter = 0;
  while (true) {
    const Ln = L0 * Math.tanh((2 * Math.PI * depth) / L);
    const done = Math.abs(Ln - L) < 1e-12 * L0 || iter > 500;
    L = 0.5 * (L + Ln);
    iter++;
    if (done) break;
  }
  return L;
}

/** Wave energy flux per crest width (shoaling), through waveLength. 
 * @domain height (0.5, 3)
 * @domain period (4, 12)
 * @domain depth (3, 30)
 * @domain rho (1000, 1030)
 */
export function waveEnergyFlux(height: number, period: number, depth: number, rho = 1025): number {
  const L = waveLength(period, depth);
  const k = (2 * Math.PI) / L;
  const n = 0.5 * (1 + (2 * k * depth) / Math.sinh(2 * k * depth));
  const c = L / period;
  return (rho * G * height * height * n * c) / 8;
}

/** Glen's flow law, laminar flow of an ice slab: surface velocity from the shallow-ice approximation. 
 * @domain thickness (200, 800)
 * @domain slopeDeg (1, 5)
 * @domain A (1e-24, 5e-24)
 * @domain n (2.8, 3.2)
 */
export const glenSurfaceVelocity = (function () {
  const rhoIce = 917;
  const secondsPerYear = 31557600;
  return function glenSurfaceVelocity(thickness: number, slopeDeg: number, A = 2.4e-24, n = 3): number {
    const tau = rhoIce * G * thickness * Math.sin((slopeDeg * Math.PI) / 180);
    return ((2 * A) / (n + 1)) * tau ** n * thickness * secondsPerYear;
  };
})();

/** Hardy-Weinberg genotype log-likelihood with an inbreeding coefficient F. 
 * @domain p (0.2, 0.8)
 * @domain F (0, 0.3)
 * @domain counts [10, 50] length 3
 */
export function hardyWeinbergLogLik(p: number, F: number, counts: readonly [number, number, number]): number {
  const q = 1 - p;
  const [nAA, nAa, naa] = counts;
  const pAA = p * p + F * p * q;
  const pAa = 2 * p * q * (1 - F);
  const paa = q * q + F * p * q;
  return nAA * Math.log(pAA) + nAa * Math.log(pAa) + naa * Math.log(paa);
}

export enum Dominance {
  Additive,
  Dominant,
  Recessive,
}

/** Deterministic Wright-Fisher allele frequency under selection and mutation, with a drift variance accumulated. 
 * @domain p0 (0.1, 0.9)
 * @domain s (-0.05, 0.1)
 * @domain mu (0.0001, 0.001)
 * @domain Ne (50, 500)
 * @domain gens int [5, 30]
 */
export function wrightFisherDrift(p0: number, s: number, mu: number, Ne: number, gens: number, dom: Dominance = Dominance.Additive): number {
  let p = p0;
  let het = 0;
  for (let g = 0; g < gens; g++) {
    let h: number;
    switch (dom) {
      case Dominance.Dominant:
        h = 1;
        break;
      case Dominance.Recessive:
        h = 0;
        break;
      default:
        h = 0.5;
    }
    const q = 1 - p;
    const wAA = 1 + s;
    const wAa = 1 + h * s;
    const wbar = p * p * wAA + 2 * p * q * wAa + q * q;
    p = (p * p * wAA + p * q * wAa) / wbar;
    p = p * (1 - mu) + (1 - p) * mu;
    het += (2 * p * (1 - p)) / (2 * Ne);
  }
  return p + het;
}
