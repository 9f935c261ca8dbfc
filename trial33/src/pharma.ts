// Pharmacokinetics / pharmacodynamics: the models a dosing calculator uses.

/** One-compartment oral dose (Bateman function): concentration at time t. */
export function batemanConc(dose: number, ka: number, ke: number, V: number, t: number): number {
  if (Math.abs(ka - ke) < 1e-9) return (dose / V) * ka * t * Math.exp(-ke * t);
  return ((dose * ka) / (V * (ka - ke))) * (Math.exp(-ke * t) - Math.exp(-ka * t));
}

/** Repeated oral doses every tau hours: superposition, stopping at doses not yet given. */
export function multiDoseConc(dose: number, ka: number, ke: number, V: number, tau: number, nDoses: number, t: number): number {
  let c = 0;
  for (let k = 0; k < nDoses; k++) {
    const tk = t - k * tau;
    if (tk < 0) break;
    c += batemanConc(dose, ka, ke, V, tk);
  }
  return c;
}

interface TwoComp { central: number; periph: number }
interface Rates { k10: number; k12: number; k21: number }

function derivs(s: TwoComp, r: Rates): TwoComp {
  return {
    central: -(r.k10 + r.k12) * s.central + r.k21 * s.periph,
    periph: r.k12 * s.central - r.k21 * s.periph,
  };
}

function heunStep(s: TwoComp, r: Rates, dt: number): TwoComp {
  const d1 = derivs(s, r);
  const mid = { central: s.central + dt * d1.central, periph: s.periph + dt * d1.periph };
  const d2 = derivs(mid, r);
  return { central: s.central + 0.5 * dt * (d1.central + d2.central), periph: s.periph + 0.5 * dt * (d1.periph + d2.periph) };
}

/** Two-compartment IV bolus, Heun steps, AUC of the central amount by the trapezoid rule (state object updated in place). */
export function twoCompAUC(k10: number, k12: number, k21: number, dose: number, dt = 0.1, steps = 60): number {
  const rates = { k10, k12, k21 };
  const s = { central: dose, periph: 0 };
  let auc = 0;
  for (let i = 0; i < steps; i++) {
    const next = heunStep(s, rates, dt);
    auc += 0.5 * dt * (s.central + next.central);
    s.central = next.central;
    s.periph = next.periph;
  }
  return auc;
}

/** The same written the way I first wrote it: rebinding the state object each step. */
export function twoCompAUCRebind(k10: number, k12: number, k21: number, dose: number): number {
  const rates = { k10, k12, k21 };
  let s: TwoComp = { central: dose, periph: 0 };
  let auc = 0;
  for (let i = 0; i < 40; i++) {
    const next = heunStep(s, rates, 0.1);
    auc += 0.05 * (s.central + next.central);
    s = next;
  }
  return auc;
}

/** Sigmoid Emax model fitted to effect data; options choose the Hill form and the weighting. */
export function emaxLoss(
  params: readonly number[],
  conc: readonly number[],
  effect: readonly number[],
  opts: { hill?: boolean; weighting?: 'none' | 'relative'; e0?: number } = {},
): number {
  const [emax, ec50, h] = params;
  const hill = opts.hill ?? true;
  const e0 = opts.e0 ?? 0;
  let loss = 0;
  conc.forEach((c, i) => {
    const n = hill ? h : 1;
    const cn = Math.pow(c, n);
    const pred = e0 + (emax * cn) / (Math.pow(ec50, n) + cn);
    const r = pred - effect[i];
    const w = opts.weighting === 'relative' ? 1 / (effect[i] * effect[i] + 1e-6) : 1;
    loss += w * r * r;
  });
  return loss / conc.length;
}

/** Log-trapezoid AUC (linear up, log down), as NCA software does. */
export function ncaAUC(times: readonly number[], conc: Float64Array): number {
  let auc = 0;
  for (const [i, t] of times.entries()) {
    if (i === 0) continue;
    const dt = t - times[i - 1];
    const c0 = conc[i - 1];
    const c1 = conc[i];
    if (c1 < c0 && c1 > 0) auc += (dt * (c0 - c1)) / Math.log(c0 / c1);
    else auc += 0.5 * dt * (c0 + c1);
  }
  return auc;
}

/** Constant-rate infusion: during, then after. */
export function infusionConc(rate: number, ke: number, V: number, tInf: number, t: number): number {
  const css = rate / (ke * V);
  if (t <= tInf) return css * (1 - Math.exp(-ke * t));
  return css * (1 - Math.exp(-ke * tInf)) * Math.exp(-ke * (t - tInf));
}

const softplus = (x: number, beta = 10) => Math.log1p(Math.exp(beta * x)) / beta;

/** Dose schedule objective: keep troughs above a target and peaks below toxicity, small total dose. */
export function scheduleObjective(doses: Float64Array, ka: number, ke: number, V: number, tau: number, target: number, toxic: number): number {
  let obj = 0;
  const n = doses.length;
  for (let j = 1; j <= n; j++) {
    const trough = j * tau - 1e-3;
    const peak = (j - 1) * tau + Math.log(ka / ke) / (ka - ke);
    let cT = 0;
    let cP = 0;
    for (let k = 0; k < j; k++) {
      cT += batemanConc(doses[k], ka, ke, V, trough - k * tau);
      cP += batemanConc(doses[k], ka, ke, V, peak - k * tau);
    }
    obj += softplus(target - cT) ** 2 + softplus(cP - toxic) ** 2;
  }
  let total = 0;
  for (const d of doses) total += d;
  return obj + 1e-4 * total;
}

/** Michaelis-Menten elimination, Euler steps until the level drops below a threshold. */
export function timeToThreshold(c0: number, vmax: number, km: number, threshold: number): number {
  let c = c0;
  let t = 0;
  const dt = 0.05;
  while (true) {
    if (c < threshold || t > 50) break;
    const rate = (vmax * c) / (km + c);
    const cNext = c - dt * rate;
    if (cNext < threshold) {
      // interpolate the crossing inside the step
      t += (dt * (c - threshold)) / (c - cNext);
      c = threshold;
      break;
    }
    c = cNext;
    t += dt;
  }
  return t;
}
