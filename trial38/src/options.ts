// Option pricing: Black-Scholes, binomial trees (array backward induction and recursive twins), implied volatility.
import { normCdf } from './util.js';

export type Right = 'call' | 'put';
export enum Style { European, American }

export interface TreeSpec {
  readonly steps?: number;
  readonly style?: Style;
}

const payoff = (s: number, k: number, right: Right): number => {
  switch (right) {
    case 'call': return Math.max(s - k, 0);
    case 'put': return Math.max(k - s, 0);
  }
};

/** Black-Scholes price with a union-typed right */
export const blackScholes = (S: number, K: number, r: number, sigma: number, T: number, right: Right = 'call'): number => {
  const sq = sigma * Math.sqrt(T);
  const d1 = (Math.log(S / K) + (r + 0.5 * sigma * sigma) * T) / sq;
  const d2 = d1 - sq;
  const df = Math.exp(-r * T);
  return right === 'call' ? S * normCdf(d1) - K * df * normCdf(d2) : K * df * normCdf(-d2) - S * normCdf(-d1);
};

/** Cox-Ross-Rubinstein tree, backward induction in one Float64Array (in place), early exercise by enum */
export function crrPrice(S: number, K: number, r: number, sigma: number, T: number, right: Right, style: Style = Style.European, steps = 64): number {
  const dt = T / steps;
  const u = Math.exp(sigma * Math.sqrt(dt));
  const d = 1 / u;
  const disc = Math.exp(-r * dt);
  const p = (Math.exp(r * dt) - d) / (u - d);
  const v = new Float64Array(steps + 1);
  for (let j = 0; j <= steps; j++) v[j] = payoff(S * u ** (2 * j - steps), K, right);
  for (let i = steps - 1; i >= 0; i--) {
    for (let j = 0; j <= i; j++) {
      const cont = disc * (p * v[j + 1] + (1 - p) * v[j]);
      switch (style) {
        case Style.American:
          v[j] = Math.max(cont, payoff(S * u ** (2 * j - i), K, right));
          break;
        default:
          v[j] = cont;
      }
    }
  }
  return v[0];
}

/** the same European tree by recursion on (level, ups): exponential, only for a few steps */
function nodeValue(S: number, K: number, u: number, p: number, disc: number, i: number, j: number, n: number, isCall: boolean): number {
  if (i === n) return isCall ? payoff(S * u ** (2 * j - n), K, 'call') : payoff(S * u ** (2 * j - n), K, 'put');
  return disc * (p * nodeValue(S, K, u, p, disc, i + 1, j + 1, n, isCall) + (1 - p) * nodeValue(S, K, u, p, disc, i + 1, j, n, isCall));
}

export function crrRecursive(S: number, K: number, r: number, sigma: number, T: number, right: Right, steps = 8): number {
  const dt = T / steps;
  const u = Math.exp(sigma * Math.sqrt(dt));
  const p = (Math.exp(r * dt) - 1 / u) / (u - 1 / u);
  return nodeValue(S, K, u, p, Math.exp(-r * dt), 0, 0, steps, right === 'call');
}

/** its loop twin with steps = 8 and two buffers swapped (C style: h = next rebinding) */
export function crrTwoBuffers(S: number, K: number, r: number, sigma: number, T: number, right: Right, steps = 8): number {
  const dt = T / steps;
  const u = Math.exp(sigma * Math.sqrt(dt));
  const p = (Math.exp(r * dt) - 1 / u) / (u - 1 / u);
  const disc = Math.exp(-r * dt);
  let cur = new Float64Array(steps + 1);
  let nxt = new Float64Array(steps + 1);
  for (let j = 0; j <= steps; j++) cur[j] = payoff(S * u ** (2 * j - steps), K, right);
  for (let i = steps - 1; i >= 0; i--) {
    for (let j = 0; j <= i; j++) nxt[j] = disc * (p * cur[j + 1] + (1 - p) * cur[j]);
    const tmp = cur;
    cur = nxt;
    nxt = tmp;
  }
  return cur[0];
}

/** implied volatility by Newton in a do...while, then re-priced: d(sigma*)/d(price) through the iteration */
export function impliedVol(price: number, S: number, K: number, r: number, T: number, guess = 0.3): number {
  let sigma = guess;
  let it = 0;
  let step: number;
  do {
    const sq = sigma * Math.sqrt(T);
    const d1 = (Math.log(S / K) + (r + 0.5 * sigma * sigma) * T) / sq;
    const vega = S * Math.exp(-0.5 * d1 * d1) / Math.sqrt(2 * Math.PI) * Math.sqrt(T);
    step = (blackScholes(S, K, r, sigma, T) - price) / vega;
    sigma -= step;
  } while (Math.abs(step) > 1e-13 && ++it < 50);
  return sigma;
}

/** a portfolio's value from a tuple table (as const) of strikes and positions */
const STRIKES = [90, 100, 110] as const;
const QTY = [1, -2, 1] as const;

export const butterflyValue = (S: number, sigma: number, r = 0.01, T = 0.5): number => {
  let v = 0;
  for (const [i, k] of STRIKES.entries()) v += QTY[i] * blackScholes(S, k, r, sigma, T, 'call');
  return v;
};

/** pricing options through an options object with optional fields */
export function treePrice(S: number, K: number, r: number, sigma: number, T: number, spec?: TreeSpec): number {
  const steps = spec?.steps ?? 32;
  const style = spec?.style ?? Style.European;
  return crrPrice(S, K, r, sigma, T, 'put', style, steps);
}
