// Option pricing on binomial trees, bond math, a yield-curve fit and tail-risk measures.

/** Value of the node reached by `ups` up-moves after `step` steps, by plain recursion (no memo: small n only). */
function treeNode(s0: number, k: number, u: number, p: number, disc: number, step: number, ups: number, n: number): number {
  if (step === n) {
    const spot = s0 * u ** (2 * ups - n);
    return Math.max(k - spot, 0);
  }
  const up = treeNode(s0, k, u, p, disc, step + 1, ups + 1, n);
  const down = treeNode(s0, k, u, p, disc, step + 1, ups, n);
  return disc * (p * up + (1 - p) * down);
}

/** European put on a Cox-Ross-Rubinstein tree, computed recursively. */
export function crrPutRecursive(s0: number, k: number, r: number, sigma: number, t: number, n = 8): number {
  const dt = t / n;
  const u = Math.exp(sigma * Math.sqrt(dt));
  const p = (Math.exp(r * dt) - 1 / u) / (u - 1 / u);
  return treeNode(s0, k, u, p, Math.exp(-r * dt), 0, 0, n);
}

/** American (or European) put with a backward loop over one scratch array. */
export function crrPut(s0: number, k: number, r: number, sigma: number, t: number, n = 64, american = true): number {
  const dt = t / n;
  const u = Math.exp(sigma * Math.sqrt(dt));
  const d = 1 / u;
  const p = (Math.exp(r * dt) - d) / (u - d);
  const disc = Math.exp(-r * dt);
  const v = new Float64Array(n + 1);
  for (let j = 0; j <= n; j++) v[j] = Math.max(k - s0 * u ** j * d ** (n - j), 0);
  for (let step = n - 1; step >= 0; step--) {
    for (let j = 0; j <= step; j++) {
      const cont = disc * (p * v[j + 1] + (1 - p) * v[j]);
      v[j] = american ? Math.max(cont, k - s0 * u ** j * d ** (step - j)) : cont;
    }
  }
  return v[0];
}

/** Price of a bond paying `coupon` per year in `freq` instalments, discounted at a flat yield. */
export function bondPrice(yld: number, coupon: number, years: number, freq = 2, face = 100): number {
  const periods = years * freq;
  const c = (coupon * face) / freq;
  let price = 0;
  for (let i = 1; i <= periods; i++) price += c / (1 + yld / freq) ** i;
  return price + face / (1 + yld / freq) ** periods;
}

/** Nelson-Siegel zero rate at maturity m. */
function nelsonSiegel(b0: number, b1: number, b2: number, lambda: number, m: number): number {
  const x = m / lambda;
  const g = (1 - Math.exp(-x)) / x;
  return b0 + b1 * g + b2 * (g - Math.exp(-x));
}

/** Least-squares fit of Nelson-Siegel to observed yields (params = [b0, b1, b2, lambda]). */
export function yieldCurveLoss(params: Float64Array, maturities: readonly number[], yields: readonly number[]): number {
  const [b0, b1, b2, lambda] = params;
  let sse = 0;
  for (const [i, m] of maturities.entries()) {
    const e = nelsonSiegel(b0, b1, b2, lambda, m) - yields[i];
    sse += e * e;
  }
  return sse + 1e-3 * (lambda - 2) ** 2;
}

function softplus(x: number, beta: number): number {
  // numerically stable log(1 + exp(beta x)) / beta
  const z = beta * x;
  return (Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)))) / beta;
}

/**
 * Smoothed CVaR (Rockafellar-Uryasev) of portfolio losses over scenarios (row-major m × n returns):
 * min over var of var + E[(loss - var)+] / (1 - alpha), with the positive part smoothed and `varLevel` given.
 */
export function smoothCVaR(weights: Float64Array, returns: Float64Array, varLevel: number, alpha = 0.95, sharp = 50): number {
  const n = weights.length;
  const m = returns.length / n;
  let tail = 0;
  for (let s = 0; s < m; s++) {
    let loss = 0;
    for (let j = 0; j < n; j++) loss -= weights[j] * returns[s * n + j];
    tail += softplus(loss - varLevel, sharp);
  }
  return varLevel + tail / (m * (1 - alpha));
}

/** Entropic risk (a smooth max of losses) via log-sum-exp with the max shifted out. */
export function entropicRisk(weights: Float64Array, returns: Float64Array, theta = 5): number {
  const n = weights.length;
  const m = returns.length / n;
  const losses: number[] = [];
  for (let s = 0; s < m; s++) {
    let l = 0;
    for (let j = 0; j < n; j++) l -= weights[j] * returns[s * n + j];
    losses.push(theta * l);
  }
  const top = Math.max(...losses);
  const total = losses.reduce((acc, z) => acc + Math.exp(z - top), 0);
  return (top + Math.log(total / m)) / theta;
}

/** Mean-variance utility with a flat covariance matrix and a budget penalty. */
export function meanVariance(w: number[], mu: readonly number[], cov: readonly number[], riskAversion = 3): number {
  const n = w.length;
  let ret = 0;
  let variance = 0;
  for (let i = 0; i < n; i++) {
    ret += w[i] * mu[i];
    for (let j = 0; j < n; j++) variance += w[i] * cov[i * n + j] * w[j];
  }
  const budget = w.reduce((a, b) => a + b, 0) - 1;
  return -ret + 0.5 * riskAversion * variance + 10 * budget * budget;
}

/** Macaulay duration via the price's derivative written by hand over cash flows, using a switch on frequency. */
export function macaulayDuration(yld: number, coupon: number, years: number, compounding: 'annual' | 'semi' | 'continuous' = 'semi'): number {
  let num = 0;
  let den = 0;
  let freq: number;
  switch (compounding) {
    case 'annual':
      freq = 1;
      break;
    case 'semi':
      freq = 2;
      break;
    default:
      freq = 12;
  }
  const n = years * freq;
  for (let i = 1; i <= n; i++) {
    const t = i / freq;
    const cf = (coupon * 100) / freq + (i === n ? 100 : 0);
    const df = compounding === 'continuous' ? Math.exp(-yld * t) : (1 + yld / freq) ** -i;
    num += t * cf * df;
    den += cf * df;
  }
  return num / den;
}
