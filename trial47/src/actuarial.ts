// Actuarial maths: Gompertz-Makeham life tables, annuities, insurances, reserves, premiums.

class LifeTable {
  static readonly RADIX = 100000;
  constructor(readonly A: number, readonly B: number, readonly c: number) {}
  get lnc(): number {
    return Math.log(this.c);
  }
  survival(x: number): number {
    return Math.exp(-this.A - (this.B * Math.pow(this.c, x) * (this.c - 1)) / this.lnc);
  }
}

function gmSurvival(A: number, B: number, c: number, x: number): number {
  // one-year survival under Gompertz-Makeham: exp(-A - B c^x (c - 1) / ln c)
  return Math.exp(-A - (B * Math.pow(c, x) * (c - 1)) / Math.log(c));
}

/** Whole-life annuity-due ä_x from a Gompertz-Makeham table at interest i, truncated at age 120. */
export function annuityDue(A: number, B: number, c: number, x: number, i: number): number {
  const v = 1 / (1 + i);
  let tpx = 1;
  let a = 0;
  for (let t = 0; x + t < 120; t++) {
    a += Math.pow(v, t) * tpx;
    tpx *= gmSurvival(A, B, c, x + t);
  }
  return a;
}

/** Net single premium of a term insurance for n years: Σ v^(t+1) t_p_x q_(x+t). */
export function termInsurance(A: number, B: number, c: number, x: number, n: number, i: number): number {
  const v = 1 / (1 + i);
  let tpx = 1;
  let s = 0;
  let vt = v;
  for (let t = 0; t < n; t++) {
    const p = gmSurvival(A, B, c, x + t);
    s += vt * tpx * (1 - p);
    tpx *= p;
    vt *= v;
  }
  return s;
}

/** Level annual premium of an endowment of 1 for n years by the equivalence principle. */
export function endowmentPremium(A: number, B: number, c: number, x: number, n: number, i: number): number {
  const v = 1 / (1 + i);
  let tpx = 1;
  let annuity = 0;
  let ins = 0;
  for (let t = 0; t < n; t++) {
    annuity += Math.pow(v, t) * tpx;
    const p = gmSurvival(A, B, c, x + t);
    ins += Math.pow(v, t + 1) * tpx * (1 - p);
    tpx *= p;
  }
  ins += Math.pow(v, n) * tpx;
  return ins / annuity;
}

/** Prospective reserve after k years by Thiele's recursion backwards from the end: V_t = (V_(t+1) p v + q v - P)... */
export function thieleReserve(mu: Float64Array, premium: number, benefit: number, delta: number, dt: number): number {
  // dV/dt = δ V + P - μ (b - V), integrated backwards from V(T) = 0 by RK2; returns V(0)
  let V = 0;
  for (let k = mu.length - 1; k >= 0; k--) {
    const f1 = delta * V + premium - mu[k] * (benefit - V);
    const Vm = V - 0.5 * dt * f1;
    const f2 = delta * Vm + premium - mu[k] * (benefit - Vm);
    V -= dt * f2;
  }
  return V;
}

/** Gompertz-Makeham fit to crude death rates by Poisson likelihood (deaths, exposures), log-parameters. */
export function makehamPoissonNll(logA: number, logB: number, logC1: number, deaths: Float64Array, exposure: Float64Array, age0: number): number {
  const A = Math.exp(logA), B = Math.exp(logB), c = 1 + Math.exp(logC1);
  let nll = 0;
  for (let k = 0; k < deaths.length; k++) {
    const mu = A + B * Math.pow(c, age0 + k);
    const m = mu * exposure[k];
    nll += m - deaths[k] * Math.log(m);
  }
  return nll;
}

/** Joint-life annuity for two lives with a common shock, reading survival from two tables built in a helper. */
export function jointLifeAnnuity(A: number, B: number, c: number, x: number, y: number, i: number, n: number): number {
  const tabX = new LifeTable(A, B, c);
  const px = new Float64Array(n + 1);
  const py = new Float64Array(n + 1);
  px[0] = 1;
  py[0] = 1;
  for (let t = 0; t < n; t++) {
    px[t + 1] = px[t] * tabX.survival(x + t);
    py[t + 1] = py[t] * gmSurvival(A, B, c, y + t);
  }
  const v = 1 / (1 + i);
  let a = 0;
  for (let t = 0; t <= n; t++) a += Math.pow(v, t) * px[t] * py[t];
  return a;
}
