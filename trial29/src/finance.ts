// Finance: Black–Scholes with an erf approximation, greeks via helpers, implied vol by Newton,
// portfolio variance, Sharpe ratio, EWMA volatility, bond price.

const SQRT1_2 = Math.SQRT1_2;

/** Abramowitz–Stegun 7.1.26 (|error| < 1.5e-7). */
function erf(x: number): number {
  const sign = x < 0 ? -1 : 1;
  const ax = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * ax);
  const poly = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t;
  return sign * (1 - poly * Math.exp(-ax * ax));
}

function normCdf(x: number): number {
  return 0.5 * (1 + erf(x * SQRT1_2));
}

function d1d2(S: number, K: number, r: number, sigma: number, T: number): { d1: number; d2: number } {
  const vsqrt = sigma * Math.sqrt(T);
  const d1 = (Math.log(S / K) + (r + 0.5 * sigma * sigma) * T) / vsqrt;
  return { d1, d2: d1 - vsqrt };
}

/** Black–Scholes European call. */
export function bsCall(S: number, K: number, r: number, sigma: number, T: number): number {
  const { d1, d2 } = d1d2(S, K, r, sigma, T);
  return S * normCdf(d1) - K * Math.exp(-r * T) * normCdf(d2);
}

/** Black–Scholes European put through put–call parity. */
export function bsPut(S: number, K: number, r: number, sigma: number, T: number): number {
  return bsCall(S, K, r, sigma, T) - S + K * Math.exp(-r * T);
}

/** A call or a put chosen by a string flag (inactive). */
export function bsOption(kind: 'call' | 'put', S: number, K: number, r: number, sigma: number, T: number): number {
  switch (kind) {
    case 'call':
      return bsCall(S, K, r, sigma, T);
    case 'put':
      return bsPut(S, K, r, sigma, T);
    default:
      throw new Error('unknown option kind ' + kind);
  }
}

/** Implied volatility by a fixed number of Newton steps on bsCall (vega by hand), from an initial guess. */
export function impliedVol(price: number, S: number, K: number, r: number, T: number, iters = 8): number {
  let sigma = 0.3;
  for (let i = 0; i < iters; i++) {
    const { d1 } = d1d2(S, K, r, sigma, T);
    const vega = (S * Math.exp(-0.5 * d1 * d1) * Math.sqrt(T)) / Math.sqrt(2 * Math.PI);
    const diff = bsCall(S, K, r, sigma, T) - price;
    if (Math.abs(diff) < 1e-14) break;
    sigma -= diff / vega;
  }
  return sigma;
}

/** Portfolio variance wᵀΣw with Σ row-major n×n. */
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

/** Sharpe ratio of weighted returns (rows = periods, columns = assets). */
export function sharpe(w: Float64Array, returns: Float64Array, periods: number, rf = 0): number {
  const n = w.length;
  const port: number[] = [];
  for (let t = 0; t < periods; t++) {
    let r = 0;
    for (let j = 0; j < n; j++) r += w[j] * returns[t * n + j];
    port.push(r - rf);
  }
  const mean = port.reduce((a, b) => a + b, 0) / periods;
  const variance = port.reduce((a, b) => a + (b - mean) ** 2, 0) / (periods - 1);
  return mean / Math.sqrt(variance);
}

/** EWMA (RiskMetrics) volatility of a price series, log returns. */
export function ewmaVol(prices: Float64Array, lambda = 0.94): number {
  let v = 0;
  let first = true;
  for (let i = 1; i < prices.length; i++) {
    const r = Math.log(prices[i] / prices[i - 1]);
    if (first) {
      v = r * r;
      first = false;
    } else {
      v = lambda * v + (1 - lambda) * r * r;
    }
  }
  return Math.sqrt(v);
}

/** Price of a bond with annual coupons under a flat continuously compounded yield. */
export function bondPrice(face: number, coupon: number, y: number, years: number): number {
  let price = 0;
  let t = 1;
  while (t <= years) {
    const cf = t === years ? face * (1 + coupon) : face * coupon;
    price += cf * Math.exp(-y * t);
    t++;
  }
  return price;
}

/** Asian-style average price payoff on a deterministic path (smoothed max via softplus). */
export function asianSoftPayoff(path: Float64Array, K: number, beta = 20): number {
  const avg = path.reduce((s, p) => s + p, 0) / path.length;
  return Math.log1p(Math.exp(beta * (avg - K))) / beta;
}
