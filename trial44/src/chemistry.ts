// Chemical kinetics and equilibria: rate fits, an implicit-Euler reaction network, equilibria by bisection.
const R_GAS = 8.314462618; // J / (mol K)
const R_LBAR = 0.08314462618; // L bar / (mol K)

/** Least squares of ln k against the Arrhenius line ln A - Ea / (R T), Ea in kJ/mol. */
export function arrheniusFit(lnA: number, eaKJ: number, temps: Float64Array, lnK: Float64Array): number {
  let sse = 0;
  for (let i = 0; i < temps.length; i++) {
    const pred = lnA - (eaKJ * 1000) / (R_GAS * temps[i]);
    const r = pred - lnK[i];
    sse += r * r;
  }
  return 0.5 * sse;
}

/**
 * A -> B (k1), B -> C (k2), 2B -> D (k3), integrated by implicit Euler: A in closed form, B by a fixed number
 * of Newton steps on its nonlinear residual; returns the squared miss of the final C against a target.
 */
export function implicitEulerYield(k1: number, k2: number, k3: number, a0: number, dt: number, steps: number, newtonIters: number, targetC: number): number {
  let a = a0, b = 0, c = 0;
  for (let s = 0; s < steps; s++) {
    const aNew = a / (1 + dt * k1);
    let bNew = b;
    for (let it = 0; it < newtonIters; it++) {
      const g = bNew - b - dt * (k1 * aNew - k2 * bNew - 2 * k3 * bNew * bNew);
      const dg = 1 + dt * (k2 + 4 * k3 * bNew);
      bNew -= g / dg;
    }
    c += dt * k2 * bNew;
    a = aNew;
    b = bNew;
  }
  return (c - targetC) ** 2;
}

// the residual of A + B <=> 2C at extent x: Kc (a0 - x)(b0 - x) - (2x)^2
function eqResidual(x: number, kc: number, a0: number, b0: number): number {
  return kc * (a0 - x) * (b0 - x) - 4 * x * x;
}

/**
 * Equilibrium extent of A + B <=> 2C by 50 bisection steps, then two Newton steps so the extent moves with Kc
 * (bisection alone is piecewise constant in Kc). Returns the product concentration 2x.
 */
export function equilibriumProduct(kc: number, a0: number, b0: number): number {
  let lo = 0;
  let hi = Math.min(a0, b0);
  for (let i = 0; i < 50; i++) {
    const mid = 0.5 * (lo + hi);
    if (eqResidual(mid, kc, a0, b0) > 0) lo = mid;
    else hi = mid;
  }
  let x = 0.5 * (lo + hi);
  for (let k = 0; k < 2; k++) {
    const d = -kc * (a0 - x) - kc * (b0 - x) - 8 * x;
    x -= eqResidual(x, kc, a0, b0) / d;
  }
  return 2 * x;
}

/** The same extent by bisection alone: its derivative in Kc is zero wherever it exists (a step function). */
export function equilibriumBisectOnly(kc: number, a0: number, b0: number): number {
  let lo = 0;
  let hi = Math.min(a0, b0);
  let n = 0;
  do {
    const mid = (lo + hi) / 2;
    if (eqResidual(mid, kc, a0, b0) > 0) lo = mid;
    else hi = mid;
    n++;
  } while (n < 40);
  return lo + hi;
}

/** van der Waals pressure (bar, litres) against measured (V, P) pairs for one mole: relative squared error. */
export function vanDerWaalsFit(a: number, b: number, temp: number, vols: Float64Array, pressures: Float64Array): number {
  let loss = 0;
  for (let i = 0; i < vols.length; i++) {
    const v = vols[i];
    const p = (R_LBAR * temp) / (v - b) - a / (v * v);
    const rel = p / pressures[i] - 1;
    loss += rel * rel;
  }
  return loss / vols.length;
}

/**
 * pH of a weak acid titrated by strong base, solving the charge balance for [H+] by Newton in log space, each step
 * clamped to +-2 (e-folds) so that it cannot overshoot from the neutral start.
 */
export function titrationLoss(pKa: number, ca: number, volsBase: Float64Array, cb: number, v0: number, phObs: Float64Array): number {
  const ka = 10 ** -pKa;
  const kw = 1e-14;
  let loss = 0;
  for (let i = 0; i < volsBase.length; i++) {
    const vt = v0 + volsBase[i];
    const cA = (ca * v0) / vt;
    const na = (cb * volsBase[i]) / vt;
    let lh = -7 * Math.LN10; // ln [H+]
    for (let it = 0; it < 40; it++) {
      const h = Math.exp(lh);
      const aMinus = (cA * ka) / (ka + h);
      const f = h + na - kw / h - aMinus;
      const dAdh = (-cA * ka) / ((ka + h) * (ka + h));
      const df = (1 + kw / (h * h) - dAdh) * h;
      lh -= Math.max(-2, Math.min(2, f / df));
    }
    const ph = -lh / Math.LN10;
    loss += (ph - phObs[i]) ** 2;
  }
  return loss;
}
