// Ecology and epidemiology: matrix projections, growth fits, discrete maps.

/** Leslie matrix projection of an age-structured population; total after some years. */
export function leslieTotal(fecundity: Float64Array, survival: Float64Array, n0: Float64Array, years: number): number {
  const k = n0.length;
  let n = Float64Array.from(n0);
  for (let y = 0; y < years; y++) {
    const next = new Float64Array(k);
    for (let a = 0; a < k; a++) next[0] += fecundity[a] * n[a];
    for (let a = 1; a < k; a++) next[a] = survival[a - 1] * n[a - 1];
    n = next;
  }
  let total = 0;
  for (let a = 0; a < k; a++) total += n[a];
  return total;
}

/** Least-squares fit of the logistic curve K / (1 + ((K - N0)/N0) e^{-rt}) to counts. */
export function logisticFit(r: number, K: number, N0: number, times: Float64Array, counts: Float64Array): number {
  let sse = 0;
  for (let i = 0; i < times.length; i++) {
    const pred = K / (1 + ((K - N0) / N0) * Math.exp(-r * times[i]));
    sse += (Math.log(pred) - Math.log(counts[i])) ** 2;
  }
  return sse;
}

/** Ricker map iterated; log-likelihood of noisy observations under a lognormal error. */
export function rickerLogLik(r: number, logSigma: number, n0: number, obs: Float64Array): number {
  const sigma = Math.exp(logSigma);
  let n = n0, ll = 0;
  for (let t = 0; t < obs.length; t++) {
    n = n * Math.exp(r * (1 - n));
    const z = (Math.log(obs[t]) - Math.log(n)) / sigma;
    ll += -0.5 * z * z - logSigma - 0.5 * Math.log(2 * Math.PI);
  }
  return ll;
}

/** Holling type-III functional response fitted to feeding rates. */
export function hollingFit(a: number, h: number, q: number, prey: Float64Array, eaten: Float64Array): number {
  let loss = 0;
  for (let i = 0; i < prey.length; i++) {
    const nq = prey[i] ** q;
    const f = (a * nq) / (1 + a * h * nq);
    loss += (f - eaten[i]) ** 2;
  }
  return loss;
}

/** SEIR by RK2 (midpoint) with the state in a 4-element array; final epidemic size. */
export function seirFinalSize(beta: number, sigma: number, gamma: number, i0: number, days: number): number {
  const dt = 0.25;
  const s = new Float64Array([1 - i0, 0, i0, 0]);
  const k1 = new Float64Array(4);
  const mid = new Float64Array(4);
  const rhs = (y: Float64Array, out: Float64Array) => {
    const inf = beta * y[0] * y[2];
    out[0] = -inf;
    out[1] = inf - sigma * y[1];
    out[2] = sigma * y[1] - gamma * y[2];
    out[3] = gamma * y[2];
  };
  for (let t = 0; t < days / dt; t++) {
    rhs(s, k1);
    for (let j = 0; j < 4; j++) mid[j] = s[j] + 0.5 * dt * k1[j];
    rhs(mid, k1);
    for (let j = 0; j < 4; j++) s[j] += dt * k1[j];
  }
  return s[3];
}
