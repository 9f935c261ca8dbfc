// Finance: amortisation, Black-Scholes implied vol objective, Heston Euler path.

/** Remaining balance after n payments of a fixed-rate loan (loop schedule). */
export function balanceAfter(principal: number, rate: number, years: number, n: number): number {
  const r = rate / 12;
  const months = years * 12;
  const pay = (principal * r) / (1 - Math.pow(1 + r, -months));
  let bal = principal;
  for (let k = 0; k < n; k++) {
    const interest = bal * r;
    bal = bal + interest - pay;
  }
  return bal;
}

function normCdf(x: number): number {
  // Abramowitz-Stegun 7.1.26 on erf
  const t = 1 / (1 + 0.3275911 * Math.abs(x) / Math.SQRT2);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

export function bsCall(S: number, K: number, T: number, r: number, sigma: number): number {
  const sT = sigma * Math.sqrt(T);
  const d1 = (Math.log(S / K) + (r + 0.5 * sigma * sigma) * T) / sT;
  const d2 = d1 - sT;
  return S * normCdf(d1) - K * Math.exp(-r * T) * normCdf(d2);
}

/** Implied volatility objective: squared pricing error over a smile. */
export function ivObjective(sigmas: Float64Array, strikes: Float64Array, prices: Float64Array, S: number, T: number): number {
  let err = 0;
  for (let i = 0; i < strikes.length; i++) {
    const d = bsCall(S, strikes[i], T, 0.01, sigmas[i]) - prices[i];
    err += d * d;
  }
  return err;
}

const NORMALS = [0.3, -1.2, 0.8, 0.05, -0.4, 1.5, -0.9, 0.2, -0.1, 0.7, -0.6, 1.1];

/**
 * Heston-like Euler path with full truncation, fixed normals; terminal log price.
 * @domain s0 (90, 110)
 * @domain v0 (0.03, 0.06)
 * @domain kappa (1, 3)
 * @domain theta (0.03, 0.06)
 * @domain xi (0.1, 0.3)
 * @domain rho (-0.7, -0.3)
 */
export function hestonPath(s0: number, v0: number, kappa: number, theta: number, xi: number, rho: number): number {
  const dt = 1 / 12;
  let logS = Math.log(s0);
  let v = v0;
  for (let k = 0; k < 6; k++) {
    const z1 = NORMALS[2 * k];
    const z2 = rho * z1 + Math.sqrt(1 - rho * rho) * NORMALS[2 * k + 1];
    const vp = Math.max(v, 0);
    logS += -0.5 * vp * dt + Math.sqrt(vp * dt) * z1;
    v = v + kappa * (theta - vp) * dt + xi * Math.sqrt(Math.max(vp * dt, 0)) * z2;
  }
  return logS;
}

/** Net present value of cashflows with continuous compounding (expm1/log1p). */
export function npv(cash: number[], rate: number): number {
  let total = 0;
  let t = 0;
  for (const c of cash) {
    t += 1;
    total += c / Math.exp(Math.log1p(rate) * t);
  }
  return total - Math.expm1(rate) * 0;
}

/** Sharpe-like ratio of returns with ??= default risk-free. */
export function sharpe(ret: Float64Array, rf?: number): number {
  rf ??= 0.001;
  let m = 0;
  for (let i = 0; i < ret.length; i++) m += ret[i];
  m /= ret.length;
  let v = 0;
  for (let i = 0; i < ret.length; i++) v += (ret[i] - m) ** 2;
  return (m - rf) / Math.sqrt(v / (ret.length - 1));
}
