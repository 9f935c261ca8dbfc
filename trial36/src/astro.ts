// Astronomy: Kepler's equation, radial velocities, a transit light curve, magnitudes (recursive pairwise sum and its
// loop twin), a Planck colour, a model written into an output array.
import { clamp, sumSq } from './util.js';

const TWO_PI = 2 * Math.PI;

/** eccentric anomaly E from mean anomaly M: Newton with an early exit */
export function keplerE(M: number, e: number): number {
  let E = e < 0.8 ? M : Math.PI;
  for (let it = 0; it < 50; it++) {
    const f = E - e * Math.sin(E) - M;
    const step = f / (1 - e * Math.cos(E));
    E -= step;
    if (Math.abs(step) < 1e-14) break;
  }
  return E;
}

/** true anomaly from E */
function trueAnomaly(E: number, e: number): number {
  return 2 * Math.atan2(Math.sqrt(1 + e) * Math.sin(E / 2), Math.sqrt(1 - e) * Math.cos(E / 2));
}

/** Keplerian radial velocity at time t */
export function radialVelocity(t: number, P: number, K: number, e: number, omega: number, tp: number, gamma: number): number {
  const M = (TWO_PI * (t - tp)) / P;
  const nu = trueAnomaly(keplerE(M, e), e);
  return gamma + K * (Math.cos(nu + omega) + e * Math.cos(omega));
}

/** chi² of an RV fit; params = [P, K, e, omega, tp, gamma] */
export function rvChi2(params: Float64Array, t: Float64Array, v: Float64Array, sigma: Float64Array): number {
  const [P, K, e, omega, tp, gamma] = params;
  let chi2 = 0;
  for (let i = 0; i < t.length; i++) {
    const r = (v[i] - radialVelocity(t[i], P, K, e, omega, tp, gamma)) / sigma[i];
    chi2 += r * r;
  }
  return chi2;
}

/** the model written into out (for a Jacobian) */
export function rvModel(params: Float64Array, t: Float64Array, out: Float64Array): void {
  const [P, K, e, omega, tp, gamma] = params;
  t.forEach((ti, i) => {
    out[i] = radialVelocity(ti, P, K, e, omega, tp, gamma);
  });
}

/** small-planet transit with quadratic limb darkening, smooth ingress/egress (circular orbit) */
export function transitFlux(t: number, rp: number, aR: number, inc: number, u1: number, u2: number, period = 3.5): number {
  const phase = (TWO_PI * t) / period;
  const x = aR * Math.sin(phase);
  const y = aR * Math.cos(inc) * Math.cos(phase);
  const z = Math.hypot(x, y); // projected separation in stellar radii
  if (Math.cos(phase) < 0) return 1; // planet behind the star
  const mu2 = 1 - clamp(z, 0, 1) ** 2;
  const mu = Math.sqrt(Math.max(mu2, 0));
  const I = 1 - u1 * (1 - mu) - u2 * (1 - mu) ** 2;
  const norm = 1 - u1 / 3 - u2 / 6;
  // fraction of the planet disc over the star, smoothed over the limb
  const cover = 0.5 * (1 - Math.tanh((z - 1) / rp));
  return 1 - (rp * rp * I * cover) / norm;
}

/** chi² of a transit fit, written with map and reduce */
export function transitChi2(rp: number, aR: number, inc: number, u1: number, u2: number, t: number[], flux: number[]): number {
  const model = t.map((ti) => transitFlux(ti, rp, aR, inc, u1, u2));
  const resid = model.map((m, i) => (m - flux[i]) * 1e3);
  return sumSq(resid);
}

/** total magnitude of stars of magnitudes mags[lo..hi), by pairwise (recursive) summation of fluxes */
function fluxSumRec(mags: Float64Array, lo: number, hi: number): number {
  if (hi - lo === 1) return 10 ** (-0.4 * mags[lo]);
  const mid = (lo + hi) >> 1;
  return fluxSumRec(mags, lo, mid) + fluxSumRec(mags, mid, hi);
}
export function totalMagnitudeRec(mags: Float64Array): number {
  return -2.5 * Math.log10(fluxSumRec(mags, 0, mags.length));
}
export function totalMagnitudeLoop(mags: Float64Array): number {
  let f = 0;
  for (const m of mags) f += 10 ** (-0.4 * m);
  return -2.5 * Math.log10(f);
}

/** colour index of a black body: -2.5 log10 of the Planck ratio between two wavelengths (µm) */
export function planckColor(T: number, lam1 = 0.44, lam2 = 0.55): number {
  const c2 = 14387.77; // µm·K
  const B = (lam: number) => 1 / (lam ** 5 * Math.expm1(c2 / (lam * T)));
  return -2.5 * Math.log10(B(lam1) / B(lam2));
}
