// Pharmacokinetics: compartment models integrated by explicit Euler and Heun, with bolus doses
// given at step indices, and least-squares / log-normal losses against sampled concentrations.

/** One-compartment oral absorption, explicit Euler; doses (mg) given at the steps in doseAt. */
export function oralConcentration(ka: number, ke: number, vd: number, dose: number, doseAt: Int32Array, nSteps: number, dt: number): number {
  let gut = 0;
  let central = 0;
  let next = 0; // index of the next dose in doseAt (sorted)
  for (let s = 0; s < nSteps; s++) {
    while (next < doseAt.length && doseAt[next] === s) {
      gut += dose;
      next++;
    }
    const absorbed = ka * gut;
    gut -= dt * absorbed;
    central += dt * (absorbed - ke * central);
  }
  return central / vd;
}

/** Two-compartment IV bolus model stepped by Heun's method (predictor-corrector). */
export function twoCompartmentHeun(k10: number, k12: number, k21: number, v1: number, dose: number, nSteps: number, dt: number): number {
  let a1 = dose;
  let a2 = 0;
  let auc = 0;
  for (let s = 0; s < nSteps; s++) {
    const d1 = -(k10 + k12) * a1 + k21 * a2;
    const d2 = k12 * a1 - k21 * a2;
    const p1 = a1 + dt * d1;
    const p2 = a2 + dt * d2;
    const e1 = -(k10 + k12) * p1 + k21 * p2;
    const e2 = k12 * p1 - k21 * p2;
    const n1 = a1 + 0.5 * dt * (d1 + e1);
    auc += 0.5 * dt * (a1 + n1) / v1; // trapezoid on the concentration
    a2 = a2 + 0.5 * dt * (d2 + e2);
    a1 = n1;
  }
  return auc;
}

/** Sum of squared log errors of a one-compartment IV model, log-parameterised, against samples. */
export function ivLogFit(logCl: number, logV: number, dose: number, times: Float64Array, conc: Float64Array): number {
  const cl = Math.exp(logCl);
  const v = Math.exp(logV);
  const k = cl / v;
  let sse = 0;
  for (let i = 0; i < times.length; i++) {
    const pred = (dose / v) * Math.exp(-k * times[i]);
    const r = Math.log(pred) - Math.log(conc[i]);
    sse += r * r;
  }
  return sse;
}

/** Multiple-dose superposition in closed form: concentration at time t after doses every tau. */
export function superposition(ka: number, ke: number, f: number, nDoses: number, tau: number, t: number): number {
  let c = 0;
  for (let d = 0; d < nDoses; d++) {
    const since = t - d * tau;
    if (since <= 0) break;
    c += (f * ka) / (ka - ke) * (Math.exp(-ke * since) - Math.exp(-ka * since));
  }
  return c;
}

/** Population loss: a per-subject log-normal random effect on clearance with a prior penalty. */
export function populationNll(logClPop: number, eta: Float64Array, omega: number, sigma: number, dose: number, t: number, obs: Float64Array): number {
  let nll = 0;
  for (let i = 0; i < eta.length; i++) {
    const cl = Math.exp(logClPop + eta[i]);
    const pred = dose * Math.exp(-cl * t);
    const r = (obs[i] - pred) / sigma;
    nll += 0.5 * r * r + Math.log(sigma) + (0.5 * eta[i] * eta[i]) / (omega * omega) + Math.log(omega);
  }
  return nll;
}

/** The concentration curve of the one-compartment oral model written into `out` (one sample per step). */
export function concentrationCurve(ka: number, ke: number, vd: number, dose: number, dt: number, out: Float64Array): void {
  let gut = dose;
  let central = 0;
  for (let s = 0; s < out.length; s++) {
    const absorbed = ka * gut;
    gut -= dt * absorbed;
    central += dt * (absorbed - ke * central);
    out[s] = central / vd;
  }
}
