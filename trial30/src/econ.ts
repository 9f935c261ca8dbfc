// Economics: utilities, production, finance.

export const enum Utility { Log = 0, Crra = 1, Cara = 2 }

/** CES utility of a bundle x with weights a and elasticity parameter rho (rho < 1, != 0). */
export function cesUtility(x: Float64Array, a: Float64Array, rho: number): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += a[i] * x[i] ** rho;
  return s ** (1 / rho);
}

/** Cobb-Douglas output. */
export function cobbDouglas(K: number, L: number, A = 1, alpha = 0.33): number {
  return A * K ** alpha * L ** (1 - alpha);
}

/** Net present value of cash flows at a per-period rate. */
export function npv(cashflows: number[], rate: number): number {
  return cashflows.reduce((acc, cf, t) => acc + cf / (1 + rate) ** t, 0);
}

/** Level payment of an annuity of n periods. */
export function annuityPayment(P: number, r: number, n: number): number {
  if (r === 0) return P / n;
  return (P * r) / (1 - (1 + r) ** -n);
}

function periodUtility(c: number, kind: Utility, gamma: number): number {
  switch (kind) {
    case Utility.Log:
      return Math.log(c);
    case Utility.Crra:
      return gamma === 1 ? Math.log(c) : (c ** (1 - gamma) - 1) / (1 - gamma);
    case Utility.Cara:
      return -Math.exp(-gamma * c) / gamma;
  }
}

/** Discounted lifetime utility of a consumption path under one of several utility families. */
export function lifetimeUtility(c: Float64Array, beta: number, gamma: number, kind: Utility = Utility.Crra): number {
  let u = 0;
  let disc = 1;
  for (const ct of c) {
    u += disc * periodUtility(ct, kind, gamma);
    disc *= beta;
  }
  return u;
}

/** Portfolio variance w' S w, generic over the array kind. */
export function portfolioVariance<A extends ArrayLike<number>>(w: A, cov: A): number {
  const n = w.length;
  let v = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) v += w[i] * cov[i * n + j] * w[j];
  return v;
}

/** Mean-variance objective: expected return minus risk aversion times variance, with softmax weights. */
export function meanVarianceObjective(logits: Float64Array, mu: Float64Array, cov: Float64Array, riskAversion = 2): number {
  const m = Math.max(...logits);
  const e = logits.map((z) => Math.exp(z - m));
  const total = e.reduce((a, b) => a + b, 0);
  const w = e.map((v) => v / total);
  let ret = 0;
  w.forEach((wi, i) => {
    ret += wi * mu[i];
  });
  return ret - riskAversion * portfolioVariance(w, cov);
}

/** Profit of a Cournot firm facing linear inverse demand P = a - b (q + others), with quadratic cost. */
export function cournotProfit(q: number, others: number, a: number, b: number, c?: number): number {
  const price = Math.max(0, a - b * (q + others));
  const cost = c === undefined ? 0 : c * q * q;
  return price * q - cost;
}

/** Black-box-free option: log-utility of terminal wealth with a Merton-style fraction in a binomial tree. */
export function binomialLogWealth(frac: number, up: number, down: number, p: number, periods: number): number {
  // expected log wealth is additive over periods
  const good = Math.log(1 + frac * (up - 1));
  const bad = Math.log(1 + frac * (down - 1));
  let total = 0;
  for (let t = 0; t < periods; t++) total += p * good + (1 - p) * bad;
  return total;
}

/** Gini coefficient of incomes (mean absolute difference over twice the mean). */
export function gini(incomes: Float64Array): number {
  const n = incomes.length;
  let mad = 0, sum = 0;
  for (let i = 0; i < n; i++) {
    sum += incomes[i];
    for (let j = 0; j < n; j++) mad += Math.abs(incomes[i] - incomes[j]);
  }
  return mad / (2 * n * sum);
}

/** Solow steady-state capital per worker iterated by the law of motion until it settles. */
export function solowCapital(s: number, delta: number, alpha: number, k0 = 1): number {
  let k = k0;
  let i = 0;
  do {
    const next = s * k ** alpha + (1 - delta) * k;
    if (Math.abs(next - k) < 1e-12) {
      k = next;
      break;
    }
    k = next;
  } while (++i < 2000);
  return k;
}
