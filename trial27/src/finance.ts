// Computational finance: option trees, smile fits, yields.

const USE_AMERICAN = false;

/** Cox-Ross-Rubinstein binomial tree, European (or American) call, backward induction. */
export function binomialCall(S: number, K: number, r: number, sigma: number, T: number, steps = 50): number {
  const dt = T / steps;
  const u = Math.exp(sigma * Math.sqrt(dt));
  const d = 1 / u;
  const disc = Math.exp(-r * dt);
  const p = (Math.exp(r * dt) - d) / (u - d);
  const values = new Float64Array(steps + 1);
  for (let i = 0; i <= steps; i++) {
    const ST = S * Math.pow(u, steps - i) * Math.pow(d, i);
    values[i] = Math.max(ST - K, 0);
  }
  for (let n = steps - 1; n >= 0; n--) {
    for (let i = 0; i <= n; i++) {
      let cont = disc * (p * values[i] + (1 - p) * values[i + 1]);
      if (USE_AMERICAN) {
        const ex = S * Math.pow(u, n - i) * Math.pow(d, i) - K;
        cont = Math.max(cont, ex);
      }
      values[i] = cont;
    }
  }
  return values[0];
}

/** American put on the same tree: early exercise at every node. */
export function binomialAmericanPut(S: number, K: number, r: number, sigma: number, T: number, steps = 40): number {
  const dt = T / steps;
  const u = Math.exp(sigma * Math.sqrt(dt));
  const d = 1 / u;
  const p = (Math.exp(r * dt) - d) / (u - d);
  const disc = Math.exp(-r * dt);
  let layer = new Float64Array(steps + 1);
  let next = new Float64Array(steps + 1);
  for (let i = 0; i <= steps; i++) layer[i] = Math.max(K - S * u ** (steps - 2 * i), 0);
  for (let n = steps - 1; n >= 0; n--) {
    for (let i = 0; i <= n; i++) {
      const hold = disc * (p * layer[i] + (1 - p) * layer[i + 1]);
      const exercise = K - S * u ** (n - 2 * i);
      next[i] = hold > exercise ? hold : exercise;
    }
    [layer, next] = [next, layer];
  }
  return layer[0];
}

function normCdf(x: number): number {
  // Abramowitz-Stegun 7.1.26 via erf
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-z * z);
  return x >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

export function blackScholesCall(S: number, K: number, r: number, sigma: number, T: number): number {
  const sq = sigma * Math.sqrt(T);
  const d1 = (Math.log(S / K) + (r + 0.5 * sigma * sigma) * T) / sq;
  const d2 = d1 - sq;
  return S * normCdf(d1) - K * Math.exp(-r * T) * normCdf(d2);
}

/** Hagan's SABR lognormal vol (beta = 1), then squared error against market vols. */
export function sabrLoss(alpha: number, rho: number, nu: number, F: number, T: number, strikes: Float64Array, vols: Float64Array): number {
  let loss = 0;
  for (const [i, K] of strikes.entries()) {
    const logFK = Math.log(F / K);
    const z = (nu / alpha) * logFK;
    let ratio: number;
    if (Math.abs(z) < 1e-7) {
      ratio = 1;
    } else {
      const xz = Math.log((Math.sqrt(1 - 2 * rho * z + z * z) + z - rho) / (1 - rho));
      ratio = z / xz;
    }
    const corr = 1 + (0.25 * rho * nu * alpha + ((2 - 3 * rho * rho) / 24) * nu * nu) * T;
    const model = alpha * ratio * corr;
    const e = model - vols[i];
    loss += e * e;
  }
  return loss / strikes.length;
}

function bondPriceAndSlope(y: number, coupon: number, face: number, n: number, out: Float64Array): void {
  let price = 0;
  let slope = 0;
  for (let k = 1; k <= n; k++) {
    const df = Math.pow(1 + y, -k);
    const cf = k === n ? coupon + face : coupon;
    price += cf * df;
    slope -= k * cf * df / (1 + y);
  }
  out[0] = price;
  out[1] = slope;
}

/**
 * Yield to maturity by Newton with a fixed number of iterations.
 * @domain price (90, 105)
 * @domain coupon (3, 6)
 * @domain face [100, 100]
 * @domain n int [5, 10]
 * @domain iters int [12, 12]
 */
export function bondYield(price: number, coupon: number, face: number, n: number, iters = 12): number {
  const ps = new Float64Array(2);
  let y = coupon / face;
  for (let it = 0; it < iters; it++) {
    bondPriceAndSlope(y, coupon, face, n, ps);
    y -= (ps[0] - price) / ps[1];
  }
  return y;
}

/** Present value of flows under a piecewise-constant forward curve. */
export function presentValue(fwd: Float64Array, flows: Float64Array, dt: number): number {
  let acc = 0;
  let pv = 0;
  for (let i = 0; i < flows.length; i++) {
    acc += fwd[i] * dt;
    pv += flows[i] * Math.exp(-acc);
  }
  return pv;
}

/** Log-return volatility, annualised, with a switch over the estimator. */
export function realizedVol(prices: Float64Array, mode: 'close' | 'ewma', lambda = 0.94): number {
  const n = prices.length;
  switch (mode) {
    case 'close': {
      let s = 0, s2 = 0;
      for (let i = 1; i < n; i++) {
        const r = Math.log(prices[i] / prices[i - 1]);
        s += r;
        s2 += r * r;
      }
      const m = s / (n - 1);
      return Math.sqrt((252 * (s2 / (n - 1) - m * m)));
    }
    case 'ewma': {
      let v = 0;
      for (let i = 1; i < n; i++) {
        const r = Math.log1p(prices[i] / prices[i - 1] - 1);
        v = lambda * v + (1 - lambda) * r * r;
      }
      return Math.sqrt(252 * v);
    }
  }
}
