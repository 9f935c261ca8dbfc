// Log-space recursions: HMM forward algorithm, Viterbi score, soft-DTW, CRF partition.

function lse2(a: number, b: number): number {
  const m = a > b ? a : b;
  if (m === -Infinity) return -Infinity;
  return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
}

/** log p(obs) for an HMM with S states: logA (S×S), logB (S×V), logPi (S); obs integer symbols. */
export function hmmForward(logPi: Float64Array, logA: Float64Array, logB: Float64Array, obs: Int32Array): number {
  const S = logPi.length;
  const V = logB.length / S;
  let alpha = new Float64Array(S);
  for (let s = 0; s < S; s++) alpha[s] = logPi[s] + logB[s * V + obs[0]];
  for (let t = 1; t < obs.length; t++) {
    const next = new Float64Array(S);
    for (let j = 0; j < S; j++) {
      let acc = -Infinity;
      for (let i = 0; i < S; i++) acc = lse2(acc, alpha[i] + logA[i * S + j]);
      next[j] = acc + logB[j * V + obs[t]];
    }
    alpha = next;
  }
  let total = -Infinity;
  for (let s = 0; s < S; s++) total = lse2(total, alpha[s]);
  return total;
}

/** Viterbi: the best path's log score (max instead of logsumexp). */
export function viterbiScore(logPi: Float64Array, logA: Float64Array, logB: Float64Array, obs: Int32Array): number {
  const S = logPi.length;
  const V = logB.length / S;
  const delta = new Float64Array(S);
  const tmp = new Float64Array(S);
  for (let s = 0; s < S; s++) delta[s] = logPi[s] + logB[s * V + obs[0]];
  for (let t = 1; t < obs.length; t++) {
    for (let j = 0; j < S; j++) {
      let best = -Infinity;
      for (let i = 0; i < S; i++) {
        const c = delta[i] + logA[i * S + j];
        if (c > best) best = c;
      }
      tmp[j] = best + logB[j * V + obs[t]];
    }
    delta.set(tmp);
  }
  return Math.max(...delta);
}

/** Viterbi with Math.max over a spread number[] at each step. */
export function viterbiSpread(logPi: number[], logA: number[], logB: number[], obs: number[]): number {
  const S = logPi.length;
  const V = logB.length / S;
  let delta: number[] = logPi.map((p, s) => p + logB[s * V + obs[0]]);
  for (let t = 1; t < obs.length; t++) {
    const next: number[] = [];
    for (let j = 0; j < S; j++) {
      const cands: number[] = [];
      for (let i = 0; i < S; i++) cands.push(delta[i] + logA[i * S + j]);
      next.push(Math.max(...cands) + logB[j * V + obs[t]]);
    }
    delta = next;
  }
  return Math.max(...delta);
}

/** Soft-DTW distance between two sequences with smoothing gamma. */
export function softDTW(a: Float64Array, b: Float64Array, gamma: number): number {
  const n = a.length;
  const m = b.length;
  const R = new Float64Array((n + 1) * (m + 1)).fill(1e10);
  R[0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const cost = (a[i - 1] - b[j - 1]) ** 2;
      const r0 = -R[(i - 1) * (m + 1) + j - 1] / gamma;
      const r1 = -R[(i - 1) * (m + 1) + j] / gamma;
      const r2 = -R[i * (m + 1) + j - 1] / gamma;
      const mx = Math.max(r0, r1, r2);
      const softmin = -gamma * (Math.log(Math.exp(r0 - mx) + Math.exp(r1 - mx) + Math.exp(r2 - mx)) + mx);
      R[i * (m + 1) + j] = cost + softmin;
    }
  }
  return R[n * (m + 1) + m];
}

/** Linear-chain CRF log partition over T positions and L labels: unary (T×L), trans (L×L). */
export function crfLogZ(unary: Float64Array, trans: Float64Array, T: number): number {
  const L = unary.length / T;
  const a = new Float64Array(L);
  for (let l = 0; l < L; l++) a[l] = unary[l];
  const b = new Float64Array(L);
  for (let t = 1; t < T; t++) {
    for (let j = 0; j < L; j++) {
      let mx = -Infinity;
      for (let i = 0; i < L; i++) mx = Math.max(mx, a[i] + trans[i * L + j]);
      let s = 0;
      for (let i = 0; i < L; i++) s += Math.exp(a[i] + trans[i * L + j] - mx);
      b[j] = mx + Math.log(s) + unary[t * L + j];
    }
    for (let l = 0; l < L; l++) a[l] = b[l];
  }
  let mx = -Infinity;
  for (const v of a) mx = Math.max(mx, v);
  let s = 0;
  for (const v of a) s += Math.exp(v - mx);
  return mx + Math.log(s);
}

/** CRF negative log-likelihood of a gold label path. */
export function crfNLL(unary: Float64Array, trans: Float64Array, T: number, gold: Int32Array): number {
  const L = unary.length / T;
  let score = unary[gold[0]];
  for (let t = 1; t < T; t++) score += trans[gold[t - 1] * L + gold[t]] + unary[t * L + gold[t]];
  return crfLogZ(unary, trans, T) - score;
}

/** Edit-distance-like smooth alignment score with a labelled break when a row is all large. */
export function smoothAlign(a: Float64Array, b: Float64Array, tau: number): number {
  let score = 0;
  outer: for (let i = 0; i < a.length; i++) {
    let rowMin = Infinity;
    for (let j = 0; j < b.length; j++) {
      const d = Math.abs(a[i] - b[j]);
      if (d > 50) break outer;
      rowMin = Math.min(rowMin, d);
      score += Math.exp(-d / tau);
    }
    score -= rowMin;
  }
  return score;
}
