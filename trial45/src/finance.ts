// Fixed income and portfolios: Nelson-Siegel, bond pricing, yield by Newton, duration, a softmax portfolio.

/** Nelson-Siegel zero rate at maturity t. */
function nsRate(b0: number, b1: number, b2: number, tau: number, t: number): number {
  const x = t / tau;
  const decay = x < 1e-8 ? 1 - x / 2 : -Math.expm1(-x) / x;
  return b0 + b1 * decay + b2 * (decay - Math.exp(-x));
}

/** Least squares fit of a Nelson-Siegel curve to observed zero rates. */
export function nelsonSiegelFit(b0: number, b1: number, b2: number, tau: number, maturities: Float64Array, rates: Float64Array): number {
  let sse = 0;
  for (let i = 0; i < maturities.length; i++) {
    const e = nsRate(b0, b1, b2, tau, maturities[i]) - rates[i];
    sse += e * e;
  }
  return sse;
}

/** Price of a fixed-coupon bond from a flat yield, compounding `freq` times a year, with a fractional first period. */
export function bondPrice(yieldRate: number, coupon: number, years: number, freq: number, accrued: number): number {
  const n = Math.ceil(years * freq);
  const c = (coupon / freq) * 100;
  const df = 1 / (1 + yieldRate / freq);
  let pv = 0;
  let d = Math.pow(df, 1 - accrued);
  for (let k = 1; k <= n; k++) {
    pv += c * d;
    if (k === n) pv += 100 * d;
    d *= df;
  }
  return pv - accrued * c;
}

/** Yield to maturity by a fixed count of Newton steps on the annual-pay price equation; derivative w.r.t. price. */
export function yieldFromPrice(price: number, coupon: number, n: number, iters: number): number {
  let y = coupon; // start at the coupon rate
  for (let it = 0; it < iters; it++) {
    let p = 0, dp = 0;
    for (let k = 1; k <= n; k++) {
      const cf = k === n ? 100 * coupon + 100 : 100 * coupon;
      const disc = Math.pow(1 + y, -k);
      p += cf * disc;
      dp -= (k * cf * disc) / (1 + y);
    }
    y -= (p - price) / dp;
  }
  return y;
}

/** Modified duration of an annual-pay bond at a yield. */
export function modifiedDuration(y: number, coupon: number, n: number): number {
  let pv = 0, t = 0;
  for (let k = 1; k <= n; k++) {
    const cf = 100 * coupon + (k === n ? 100 : 0);
    const d = cf / (1 + y) ** k;
    pv += d;
    t += k * d;
  }
  return t / pv / (1 + y);
}

/** Mean-variance utility of a long-only portfolio whose weights are a softmax of free logits. */
export function softmaxPortfolio(logits: Float64Array, mu: Float64Array, cov: Float64Array, riskAversion: number): number {
  const n = logits.length;
  const w = new Float64Array(n);
  let m = -Infinity;
  for (const l of logits) m = Math.max(m, l);
  let z = 0;
  for (let i = 0; i < n; i++) { w[i] = Math.exp(logits[i] - m); z += w[i]; }
  let ret = 0, risk = 0;
  for (let i = 0; i < n; i++) {
    w[i] /= z;
    ret += w[i] * mu[i];
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) risk += w[i] * cov[i * n + j] * w[j];
  return -(ret - 0.5 * riskAversion * risk);
}

/** Expected log growth (Kelly) of a fraction f bet on discrete outcomes. */
export function kellyGrowth(f: number, returns: readonly number[], probs: readonly number[]): number {
  return returns.reduce((acc, r, i) => acc + probs[i] * Math.log1p(f * r), 0);
}

/** Monthly payment of an amortising loan, and the total interest over the life: annuity formula. */
export function totalInterest(principal: number, annualRate: number, years: number): number {
  const r = annualRate / 12;
  const n = Math.round(years * 12);
  const pay = r === 0 ? principal / n : (principal * r) / -Math.expm1(-n * Math.log1p(r));
  return pay * n - principal;
}
