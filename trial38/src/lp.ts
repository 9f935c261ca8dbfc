// Optimisation and ranking: a log-barrier objective for a small LP, a few damped Newton steps on it,
// and Bradley-Terry / Elo likelihoods.
import { dot, logSumExp } from './util.js';

/** t c.x - sum log(b - A x); +Infinity when infeasible. A is m x n row-major
 * @domain x (-0.1, 0.1) length 2
 * @domain c (-1, 1) length 2
 * @domain A (-1, 1) length 6
 * @domain b (1, 2) length 3
 */
export function barrier(x: Float64Array, c: Float64Array, A: Float64Array, b: Float64Array, t = 10): number {
  const n = x.length, m = b.length;
  let phi = 0;
  for (let i = 0; i < m; i++) {
    const slack = b[i] - dot(A.subarray(i * n, (i + 1) * n), x);
    if (slack <= 0) return Infinity;
    phi -= Math.log(slack);
  }
  return t * dot(c, x) + phi;
}

/** the optimal value of a box-constrained 1-D barrier problem after damped Newton iterations, as a function of the
 *  cost c and bounds lo, hi: min c x - mu log(x - lo) - mu log(hi - x)
 * @domain c (-2, 2)
 * @domain lo (-1, -0.2)
 * @domain hi (0.2, 1)
 * @domain mu (0.05, 0.3)
 */
export function barrier1dValue(c: number, lo: number, hi: number, mu = 0.1): number {
  let x = 0.5 * (lo + hi);
  for (let it = 0; it < 30; it++) {
    const g = c - mu / (x - lo) + mu / (hi - x);
    const H = mu / (x - lo) ** 2 + mu / (hi - x) ** 2;
    let step = g / H;
    while (x - step <= lo || x - step >= hi) step *= 0.5;
    x -= step;
    if (Math.abs(step) < 1e-14) break;
  }
  return c * x - mu * Math.log(x - lo) - mu * Math.log(hi - x);
}

/** Bradley-Terry negative log-likelihood with a Gaussian prior on skills; games as (winner, loser) index pairs
 * @domain winner int [0, 3] length 6
 * @domain loser int [0, 3] length 6
 */
export function bradleyTerryNll(skill: Float64Array, winner: Int32Array, loser: Int32Array, prior = 0.1): number {
  let nll = 0;
  for (let g = 0; g < winner.length; g++) {
    const d = skill[winner[g]] - skill[loser[g]];
    nll += d > 0 ? Math.log1p(Math.exp(-d)) : -d + Math.log1p(Math.exp(d));
  }
  for (const s of skill) nll += 0.5 * prior * s * s;
  return nll;
}

/** Elo ratings after a season, K factor and scale as parameters; returns the log-loss of the predictions made
 * @domain winner int [0, 3] length 6
 * @domain loser int [0, 3] length 6
 */
export function eloLogLoss(init: readonly number[], winner: Int32Array, loser: Int32Array, K = 20, scale = 400): number {
  const r = [...init];
  let loss = 0;
  for (let g = 0; g < winner.length; g++) {
    const w = winner[g], l = loser[g];
    const p = 1 / (1 + 10 ** ((r[l] - r[w]) / scale));
    loss -= Math.log(p);
    r[w] += K * (1 - p);
    r[l] -= K * (1 - p);
  }
  return loss / winner.length;
}

/** Plackett-Luce log-likelihood of one ranking (best first), via logSumExp of the remaining items
 * @domain order int [0, 3] length 4
 */
export function plackettLuce(score: readonly number[], order: Int32Array): number {
  let ll = 0;
  for (let k = 0; k < order.length; k++) {
    const rest: number[] = [];
    for (let j = k; j < order.length; j++) rest.push(score[order[j]]);
    ll += score[order[k]] - logSumExp(rest);
  }
  return ll;
}
