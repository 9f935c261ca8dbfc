// Loans, options, portfolios.

/** Monthly payment of a fixed-rate loan. */
export function annuityPayment(principal: number, annualRate: number, months: number): number {
  const r = annualRate / 12;
  // 1 - (1+r)^-n written with expm1/log1p for small rates
  const denom = -Math.expm1(-months * Math.log1p(r));
  return (principal * r) / denom;
}

/** Total interest of an amortisation schedule, month by month, stopping when paid off. */
export function totalInterest(principal: number, annualRate: number, payment: number, maxMonths = 600): number {
  let balance = principal;
  let interest = 0;
  const r = annualRate / 12;
  for (let m = 0; m < maxMonths; m++) {
    const due = balance * r;
    interest += due;
    balance += due - payment;
    if (balance <= 0) break;
  }
  return interest;
}

function normCdf(x: number): number {
  // Zelen & Severo (A&S 26.2.17)
  const t = 1 / (1 + 0.2316419 * Math.abs(x));
  const poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  const tail = 0.3989422804014327 * Math.exp(-0.5 * x * x) * poly;
  return x >= 0 ? 1 - tail : tail;
}

/** Black–Scholes call price. */
export function bsCall(S: number, K: number, T: number, r: number, sigma: number): number {
  const sq = sigma * Math.sqrt(T);
  const d1 = (Math.log(S / K) + (r + 0.5 * sigma * sigma) * T) / sq;
  const d2 = d1 - sq;
  return S * normCdf(d1) - K * Math.exp(-r * T) * normCdf(d2);
}

/** Implied-volatility objective (squared pricing error). */
export function impliedVolObjective(sigma: number, S: number, K: number, T: number, r: number, price: number): number {
  const e = bsCall(S, K, T, r, sigma) - price;
  return e * e;
}

/** Implied volatility by a fixed number of Newton steps with the analytic vega. */
export function impliedVolNewton(price: number, S: number, K: number, T: number, r: number, iters = 12): number {
  let sigma = 0.3;
  for (let k = 0; k < iters; k++) {
    const sq = Math.sqrt(T);
    const d1 = (Math.log(S / K) + (r + 0.5 * sigma * sigma) * T) / (sigma * sq);
    const vega = S * sq * 0.3989422804014327 * Math.exp(-0.5 * d1 * d1);
    sigma -= (bsCall(S, K, T, r, sigma) - price) / vega;
  }
  return sigma;
}

/** Heston-like Euler path (full truncation) with fixed normals; log of the final price. */
export function hestonLogPrice(S0: number, v0: number, kappa: number, theta: number, xi: number, rho: number, r: number, z1: Float64Array, z2: Float64Array, dt = 1 / 52): number {
  let logS = Math.log(S0);
  let v = v0;
  const rc = Math.sqrt(1 - rho * rho);
  for (let k = 0; k < z1.length; k++) {
    const vp = Math.max(v, 0);
    const sv = Math.sqrt(vp * dt);
    const w2 = rho * z1[k] + rc * z2[k];
    logS += (r - 0.5 * vp) * dt + sv * z1[k];
    v += kappa * (theta - vp) * dt + xi * sv * w2;
  }
  return logS;
}

/** Price of a bond with annual coupons. */
export function bondPrice(y: number, coupon: number, years: number, face = 100): number {
  let pv = 0;
  let disc = 1;
  for (let t = 1; t <= years; t++) {
    disc /= 1 + y;
    pv += coupon * face * disc;
  }
  return pv + face * disc;
}

/** Macaulay duration. */
export function macaulayDuration(y: number, coupon: number, years: number): number {
  let pv = 0, wsum = 0;
  for (let t = 1; t <= years; t++) {
    const cf = t === years ? 100 + 100 * coupon : 100 * coupon;
    const d = cf / Math.pow(1 + y, t);
    pv += d;
    wsum += t * d;
  }
  return wsum / pv;
}

/** wᵀΣw with Σ row-major. */
export function portfolioVariance(w: Float64Array, cov: Float64Array): number {
  const n = w.length;
  let v = 0;
  for (let i = 0; i < n; i++) {
    let row = 0;
    for (let j = 0; j < n; j++) row += cov[i * n + j] * w[j];
    v += w[i] * row;
  }
  return v;
}

/** Negative Sharpe ratio of weights normalised to sum one. */
export function negSharpe(w: Float64Array, mu: Float64Array, cov: Float64Array, rf: number): number {
  let tot = 0;
  for (const x of w) tot += x;
  const n = w.length;
  const wn = new Float64Array(n);
  for (let i = 0; i < n; i++) wn[i] = w[i] / tot;
  let ret = 0;
  for (let i = 0; i < n; i++) ret += wn[i] * mu[i];
  return -(ret - rf) / Math.sqrt(portfolioVariance(wn, cov));
}

/** Rockafellar–Uryasev CVaR objective with a softplus hinge. */
export function cvarObjective(t: number, losses: Float64Array, alpha: number, beta = 50): number {
  let s = 0;
  for (const l of losses) {
    const z = beta * (l - t);
    s += z > 30 ? l - t : Math.log1p(Math.exp(z)) / beta;
  }
  return t + s / ((1 - alpha) * losses.length);
}

/** Net present value of yearly flows. */
export function npv(rate: number, flows: number[]): number {
  let v = 0;
  for (const [t, f] of flows.entries()) v += f / (1 + rate) ** t;
  return v;
}

/** Internal rate of return by 20 Newton steps. */
export function irr(flows: number[], guess = 0.1): number {
  let r = guess;
  for (let it = 0; it < 20; it++) {
    let f = 0, df = 0;
    for (let t = 0; t < flows.length; t++) {
      const d = Math.pow(1 + r, -t);
      f += flows[t] * d;
      df -= t * flows[t] * d / (1 + r);
    }
    r -= f / df;
  }
  return r;
}

/** American put on a CRR binomial tree. */
export function americanPut(S: number, K: number, T: number, r: number, sigma: number, steps = 32): number {
  const dt = T / steps;
  const u = Math.exp(sigma * Math.sqrt(dt));
  const d = 1 / u;
  const p = (Math.exp(r * dt) - d) / (u - d);
  const disc = Math.exp(-r * dt);
  const v = new Float64Array(steps + 1);
  for (let i = 0; i <= steps; i++) v[i] = Math.max(K - S * u ** (steps - i) * d ** i, 0);
  for (let n = steps - 1; n >= 0; n--) {
    for (let i = 0; i <= n; i++) {
      const cont = disc * (p * v[i] + (1 - p) * v[i + 1]);
      const ex = K - S * u ** (n - i) * d ** i;
      v[i] = Math.max(cont, ex);
    }
  }
  return v[0];
}

/** Expected CRRA utility of wealth outcomes; log utility when gamma is 1. */
export function expectedUtility(wealth: Float64Array, probs: Float64Array, gamma: number): number {
  let eu = 0;
  for (let i = 0; i < wealth.length; i++) {
    let u: number;
    switch (gamma) {
      case 1:
        u = Math.log(wealth[i]);
        break;
      default:
        u = (Math.pow(wealth[i], 1 - gamma) - 1) / (1 - gamma);
    }
    eu += probs[i] * u;
  }
  return eu;
}
