// Option pricing: Black–Scholes with a hand-written normal CDF, a binomial tree,
// a Monte Carlo estimator over fixed shocks, and a few calibration objectives.

const SQRT2 = Math.SQRT2;
const INV_SQRT_2PI = 0.3989422804014327;

// Abramowitz–Stegun 7.1.26 is too crude for greeks; use erfc via a rational Chebyshev fit
// (W. J. Cody style, Numerical Recipes erfcc), accurate to ~1.2e-7 everywhere.
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

export function normCdf(x: number): number {
  return 0.5 * erfc(-x / SQRT2);
}

export function normPdf(x: number): number {
  return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
}

export function bsCall(S: number, K: number, T: number, r: number, sigma: number): number {
  const sq = sigma * Math.sqrt(T);
  const d1 = (Math.log(S / K) + (r + 0.5 * sigma * sigma) * T) / sq;
  const d2 = d1 - sq;
  return S * normCdf(d1) - K * Math.exp(-r * T) * normCdf(d2);
}

export function bsPut(S: number, K: number, T: number, r: number, sigma: number): number {
  // put–call parity, reusing the call
  return bsCall(S, K, T, r, sigma) - S + K * Math.exp(-r * T);
}

/** Forward-measure Black price (Black-76) with a discount factor. */
export function black76(F: number, K: number, T: number, vol: number, df = 1): number {
  const s = vol * Math.sqrt(T);
  const d1 = Math.log(F / K) / s + s / 2;
  return df * (F * normCdf(d1) - K * normCdf(d1 - s));
}

/**
 * Cox–Ross–Rubinstein tree for an American put; steps is inactive.
 * @domain S (80, 120)
 * @domain K (90, 110)
 * @domain T (0.2, 2)
 * @domain r (0.01, 0.05)
 * @domain sigma (0.1, 0.5)
 * @domain steps int [30, 30]
 */
export function binomialAmericanPut(S: number, K: number, T: number, r: number, sigma: number, steps: number): number {
  const dt = T / steps;
  const u = Math.exp(sigma * Math.sqrt(dt));
  const d = 1 / u;
  const disc = Math.exp(-r * dt);
  const p = (Math.exp(r * dt) - d) / (u - d);
  const v = new Float64Array(steps + 1);
  for (let i = 0; i <= steps; i++) {
    const st = S * Math.pow(u, steps - i) * Math.pow(d, i);
    v[i] = Math.max(K - st, 0);
  }
  for (let n = steps - 1; n >= 0; n--) {
    for (let i = 0; i <= n; i++) {
      const cont = disc * (p * v[i] + (1 - p) * v[i + 1]);
      const st = S * Math.pow(u, n - i) * Math.pow(d, i);
      const ex = K - st;
      v[i] = ex > cont ? ex : cont;
    }
  }
  return v[0];
}

/**
 * European call on a tree with number[] storage and a while loop.
 * @domain S (80, 120)
 * @domain K (90, 110)
 * @domain T (0.2, 2)
 * @domain r (0.01, 0.05)
 * @domain sigma (0.1, 0.5)
 * @domain steps int [40, 40]
 */
export function binomialEuroCall(S: number, K: number, T: number, r: number, sigma: number, steps = 40): number {
  const dt = T / steps;
  const u = Math.exp(sigma * Math.sqrt(dt));
  const d = Math.exp(-sigma * Math.sqrt(dt));
  const q = (Math.exp(r * dt) - d) / (u - d);
  const vals: number[] = [];
  for (let i = 0; i <= steps; i++) vals.push(Math.max(S * u ** (steps - i) * d ** i - K, 0));
  let n = steps;
  while (n > 0) {
    for (let i = 0; i < n; i++) vals[i] = Math.exp(-r * dt) * (q * vals[i] + (1 - q) * vals[i + 1]);
    n--;
  }
  return vals[0];
}

/**
 * Arithmetic Asian call by Monte Carlo over fixed standard-normal shocks z (paths × steps).
 * @domain S0 (90, 110)
 * @domain K (80, 95)
 * @domain r (0, 0.05)
 * @domain sigma (0.1, 0.4)
 * @domain T (0.5, 1.5)
 * @domain z [-2, 2] length 40
 * @domain paths int [8, 8]
 */
export function asianCallMC(S0: number, K: number, r: number, sigma: number, T: number, z: Float64Array, paths: number): number {
  const steps = z.length / paths;
  const dt = T / steps;
  const drift = (r - 0.5 * sigma * sigma) * dt;
  const vol = sigma * Math.sqrt(dt);
  let payoff = 0;
  for (let p = 0; p < paths; p++) {
    let s = S0;
    let avg = 0;
    for (let k = 0; k < steps; k++) {
      s *= Math.exp(drift + vol * z[p * steps + k]);
      avg += s;
    }
    avg /= steps;
    payoff += Math.max(avg - K, 0);
  }
  return (Math.exp(-r * T) * payoff) / paths;
}

/**
 * Down-and-out call with a smoothed (sigmoid) barrier indicator so that it has a gradient.
 * @domain S0 (95, 110)
 * @domain K (80, 95)
 * @domain B (70, 80)
 * @domain r (0, 0.05)
 * @domain sigma (0.1, 0.4)
 * @domain T (0.5, 1.5)
 * @domain z [-2, 2] length 30
 * @domain paths int [5, 5]
 */
export function smoothBarrierCall(S0: number, K: number, B: number, r: number, sigma: number, T: number, z: Float64Array, paths: number): number {
  const steps = Math.floor(z.length / paths);
  const dt = T / steps;
  let total = 0;
  for (let p = 0; p < paths; p++) {
    let logS = Math.log(S0);
    let alive = 1;
    for (let k = 0; k < steps; k++) {
      logS += (r - sigma * sigma / 2) * dt + sigma * Math.sqrt(dt) * z[p * steps + k];
      alive *= 1 / (1 + Math.exp(-(Math.exp(logS) - B) * 4));
    }
    total += alive * Math.max(Math.exp(logS) - K, 0);
  }
  return Math.exp(-r * T) * total / paths;
}

/** Squared pricing error of a smile: strikes and market prices are data, sigma per strike from a quadratic smile. */
export function smileCalibration(a: number, b: number, c: number, S: number, T: number, r: number, strikes: Float64Array, market: Float64Array): number {
  let err = 0;
  for (let i = 0; i < strikes.length; i++) {
    const m = Math.log(strikes[i] / S);
    const vol = Math.sqrt(a * a + b * m + c * c * m * m);
    const diff = bsCall(S, strikes[i], T, r, vol) - market[i];
    err += diff * diff;
  }
  return err / strikes.length;
}

/**
 * Implied-volatility by Newton with vega, early exit on convergence; returns the found vol.
 * @domain price (9, 14)
 * @domain S [100, 100]
 * @domain K (100, 105)
 * @domain T (0.5, 1.5)
 * @domain r (0, 0.05)
 */
export function impliedVol(price: number, S: number, K: number, T: number, r: number): number {
  let sigma = 0.3;
  for (let it = 0; it < 50; it++) {
    const sq = sigma * Math.sqrt(T);
    const d1 = (Math.log(S / K) + (r + 0.5 * sigma * sigma) * T) / sq;
    const vega = S * normPdf(d1) * Math.sqrt(T);
    const diff = bsCall(S, K, T, r, sigma) - price;
    if (Math.abs(diff) < 1e-14) break;
    sigma -= diff / vega;
  }
  return sigma;
}

/** Portfolio value of calls with weights (number[]), each its own strike. */
export function portfolioValue(weights: number[], strikes: number[], S: number, T: number, r: number, sigma: number): number {
  let v = 0;
  for (const [i, w] of weights.entries()) v += w * bsCall(S, strikes[i], T, r, sigma);
  return v;
}

/** Same portfolio with a plain index loop (the entries() form above may be refused). */
export function portfolioValue2(weights: number[], strikes: number[], S: number, T: number, r: number, sigma: number): number {
  let v = 0;
  let i = 0;
  for (const w of weights) {
    v += w * bsCall(S, strikes[i], T, r, sigma);
    i++;
  }
  return v;
}

/** Merton jump-diffusion call: a truncated Poisson series of BS prices. */
export function mertonCall(S: number, K: number, T: number, r: number, sigma: number, lambda: number, muJ: number, dJ: number): number {
  const k = Math.exp(muJ + 0.5 * dJ * dJ) - 1;
  const lp = lambda * (1 + k);
  let term = Math.exp(-lp * T);
  let price = 0;
  for (let n = 0; n < 20; n++) {
    if (n > 0) term *= (lp * T) / n;
    const sn = Math.sqrt(sigma * sigma + (n * dJ * dJ) / T);
    const rn = r - lambda * k + (n * Math.log(1 + k)) / T;
    price += term * bsCall(S, K, T, rn, sn);
  }
  return price;
}
