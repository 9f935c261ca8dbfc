// Survival and rating models: Cox partial likelihood (Breslow and Efron ties), a Weibull AFT likelihood
// with censoring, Bradley-Terry, Elo as a sequential logistic model, and Plackett-Luce rankings.

/** Cox negative log partial likelihood, Breslow ties; times sorted ascending, event 1 / censored 0. */
export function coxBreslow(beta: Float64Array, X: Float64Array, time: Float64Array, event: Int32Array): number {
  const n = time.length;
  const p = beta.length;
  const eta = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < p; j++) s += X[i * p + j] * beta[j];
    eta[i] = s;
  }
  let nll = 0;
  for (let i = 0; i < n; i++) {
    if (!event[i]) continue;
    let risk = 0;
    for (let k = 0; k < n; k++) if (time[k] >= time[i]) risk += Math.exp(eta[k]);
    nll -= eta[i] - Math.log(risk);
  }
  return nll;
}

/** Cox with Efron's correction for tied event times; groups of ties found by scanning the sorted times. */
export function coxEfron(beta: Float64Array, X: Float64Array, time: Float64Array, event: Int32Array): number {
  const n = time.length;
  const p = beta.length;
  const w = new Float64Array(n);
  const eta = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < p; j++) s += X[i * p + j] * beta[j];
    eta[i] = s;
    w[i] = Math.exp(s);
  }
  let nll = 0;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && time[j + 1] === time[i]) j++;
    // ties i..j
    let risk = 0;
    for (let k = i; k < n; k++) risk += w[k];
    let tieSum = 0;
    let d = 0;
    for (let k = i; k <= j; k++) {
      if (event[k] === 1) {
        tieSum += w[k];
        nll -= eta[k];
        d++;
      }
    }
    for (let l = 0; l < d; l++) nll += Math.log(risk - (l / d) * tieSum);
    i = j + 1;
  }
  return nll;
}

/** Weibull accelerated-failure-time NLL with right censoring (log-scale and log-shape parameters). */
export function weibullNll(logLambda: number, logK: number, t: Float64Array, observed: Uint8Array): number {
  const lam = Math.exp(logLambda);
  const k = Math.exp(logK);
  let nll = 0;
  for (let i = 0; i < t.length; i++) {
    const z = (t[i] / lam) ** k;
    nll += z; // -log S
    if (observed[i]) nll -= logK - logLambda + (k - 1) * Math.log(t[i] / lam);
  }
  return nll;
}

/** Bradley-Terry NLL over (winner, loser) pairs with a ridge penalty on the log-strengths. */
export function bradleyTerry(theta: number[], winners: Int32Array, losers: Int32Array, ridge = 0.01): number {
  let nll = 0;
  for (let g = 0; g < winners.length; g++) {
    const d = theta[winners[g]] - theta[losers[g]];
    nll += Math.log1p(Math.exp(-d));
  }
  return nll + ridge * theta.reduce((s, v) => s + v * v, 0);
}

/**
 * Elo run sequentially over games, as a likelihood in the K-factor and the initial ratings: each game's
 * prediction uses the ratings updated by the games before it.
 */
export function eloLogLoss(kFactor: number, init: Float64Array, a: Int32Array, b: Int32Array, score: Float64Array): number {
  const r = Float64Array.from(init);
  let loss = 0;
  for (let g = 0; g < a.length; g++) {
    const ea = 1 / (1 + 10 ** ((r[b[g]] - r[a[g]]) / 400));
    const s = score[g];
    loss -= s * Math.log(ea) + (1 - s) * Math.log(1 - ea);
    const delta = kFactor * (s - ea);
    r[a[g]] += delta;
    r[b[g]] -= delta;
  }
  return loss / a.length;
}

/** Plackett-Luce NLL of one full ranking (order lists item indices best first). */
export function plackettLuce(logw: Float64Array, order: Int32Array): number {
  let nll = 0;
  for (let pos = 0; pos < order.length; pos++) {
    let m = -Infinity;
    for (let q = pos; q < order.length; q++) m = Math.max(m, logw[order[q]]);
    let z = 0;
    for (let q = pos; q < order.length; q++) z += Math.exp(logw[order[q]] - m);
    nll += m + Math.log(z) - logw[order[pos]];
  }
  return nll;
}

