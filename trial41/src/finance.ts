// Option pricing: Black-Scholes, implied volatility by Newton inside, a binomial tree, SABR, a bond model.

/** Standard normal CDF by the Abramowitz-Stegun erf (7.1.26) on |x|, symmetric. */
function normCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-z * z);
  return x >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

function normPdf(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}

export function bsCall(s: number, k: number, t: number, r: number, sigma: number): number {
  const sq = sigma * Math.sqrt(t);
  const d1 = (Math.log(s / k) + (r + 0.5 * sigma * sigma) * t) / sq;
  const d2 = d1 - sq;
  return s * normCdf(d1) - k * Math.exp(-r * t) * normCdf(d2);
}

/** Implied volatility by a fixed number of Newton steps on the vega, from a Brenner-Subrahmanyam start. */
function impliedVol(price: number, s: number, k: number, t: number, r: number, iters: number): number {
  let sigma = Math.sqrt((2 * Math.PI) / t) * (price / s);
  for (let i = 0; i < iters; i++) {
    const sq = Math.sqrt(t);
    const d1 = (Math.log(s / k) + (r + 0.5 * sigma * sigma) * t) / (sigma * sq);
    const vega = s * normPdf(d1) * sq;
    sigma -= (bsCall(s, k, t, r, sigma) - price) / vega;
  }
  return sigma;
}

/** A smile loss: implied vols of given prices against a quadratic-in-moneyness smile (a, b, c). */
export function smileLoss(a: number, b: number, c: number, prices: Float64Array, strikes: Float64Array, s: number, t: number, r: number): number {
  let loss = 0;
  for (let i = 0; i < prices.length; i++) {
    const m = Math.log(strikes[i] / s);
    const iv = impliedVol(prices[i], s, strikes[i], t, r, 8);
    loss += (a + b * m + c * m * m - iv) ** 2;
  }
  return loss;
}

/** Implied vol alone, as a function of the price (its derivative is 1/vega). */
export function impliedVolOf(price: number, s: number, k: number, t: number, r: number): number {
  return impliedVol(price, s, k, t, r, 12);
}

/** American put on a CRR binomial tree, early exercise by max; values in a scratch array rolled back. */
export function crrAmericanPut(s: number, k: number, t: number, r: number, sigma: number, n: number): number {
  const dt = t / n;
  const u = Math.exp(sigma * Math.sqrt(dt)), d = 1 / u;
  const p = (Math.exp(r * dt) - d) / (u - d);
  const disc = Math.exp(-r * dt);
  const v = new Float64Array(n + 1);
  for (let j = 0; j <= n; j++) v[j] = Math.max(k - s * u ** j * d ** (n - j), 0);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = 0; j <= i; j++) {
      const cont = disc * (p * v[j + 1] + (1 - p) * v[j]);
      v[j] = Math.max(cont, k - s * u ** j * d ** (i - j));
    }
  }
  return v[0];
}

/** Hagan's SABR lognormal implied vol (beta given, the ATM branch by a ternary). */
export function sabrVol(f: number, k: number, t: number, alpha: number, beta: number, rho: number, nu: number): number {
  const fk = f * k;
  const lfk = Math.log(f / k);
  const omb = 1 - beta;
  const fkb = fk ** (omb / 2);
  const z = (nu / alpha) * fkb * lfk;
  const x = Math.log((Math.sqrt(1 - 2 * rho * z + z * z) + z - rho) / (1 - rho));
  const zx = Math.abs(z) < 1e-12 ? 1 : z / x;
  const den = fkb * (1 + (omb * omb * lfk * lfk) / 24 + (omb ** 4 * lfk ** 4) / 1920);
  const corr = 1 + ((omb * omb * alpha * alpha) / (24 * fkb * fkb) + (rho * beta * nu * alpha) / (4 * fkb) + ((2 - 3 * rho * rho) * nu * nu) / 24) * t;
  return (alpha / den) * zx * corr;
}

/** Vasicek zero-coupon bond prices fitted to observed yields. */
export function vasicekFit(a: number, b: number, sigma: number, r0: number, mats: number[], yields: number[]): number {
  let loss = 0;
  for (const [i, tau] of mats.entries()) {
    const B = (1 - Math.exp(-a * tau)) / a;
    const A = (b - (sigma * sigma) / (2 * a * a)) * (B - tau) - (sigma * sigma * B * B) / (4 * a);
    const price = Math.exp(A - B * r0);
    const y = -Math.log(price) / tau;
    loss += (y - yields[i]) ** 2;
  }
  return loss;
}

/** Monte Carlo arithmetic Asian call with fixed normals (pathwise derivative), antithetic pairs. */
export function asianCall(s0: number, k: number, r: number, sigma: number, t: number, z: Float64Array, nSteps: number): number {
  const nPaths = z.length / nSteps;
  const dt = t / nSteps;
  const drift = (r - 0.5 * sigma * sigma) * dt, vol = sigma * Math.sqrt(dt);
  let payoff = 0;
  for (let p = 0; p < nPaths; p++) {
    for (const sign of [1, -1]) {
      let s = s0, avg = 0;
      for (let j = 0; j < nSteps; j++) {
        s *= Math.exp(drift + sign * vol * z[p * nSteps + j]);
        avg += s;
      }
      payoff += Math.max(avg / nSteps - k, 0);
    }
  }
  return (Math.exp(-r * t) * payoff) / (2 * nPaths);
}
