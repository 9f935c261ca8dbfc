// Latent-structure losses: HMM forward algorithm in log space, Sinkhorn transport, matrix factorisation,
// t-SNE and UMAP-like pairwise objectives, soft-DTW.

function lse2(a: number, b: number): number {
  const m = Math.max(a, b);
  return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
}

/** Gaussian-emission HMM log-likelihood (K states), transition logits row-normalised by log-softmax. */
export function hmmLogLik(piLogits: Float64Array, aLogits: Float64Array, mu: Float64Array, logSigma: Float64Array, obs: Float64Array): number {
  const K = mu.length;
  const logA = new Float64Array(K * K);
  for (let i = 0; i < K; i++) {
    let z = -Infinity;
    for (let j = 0; j < K; j++) z = lse2(z, aLogits[i * K + j]);
    for (let j = 0; j < K; j++) logA[i * K + j] = aLogits[i * K + j] - z;
  }
  let zPi = -Infinity;
  for (let j = 0; j < K; j++) zPi = lse2(zPi, piLogits[j]);
  const emit = (k: number, o: number) => {
    const s = Math.exp(logSigma[k]);
    return -0.5 * ((o - mu[k]) / s) ** 2 - logSigma[k] - 0.9189385332046727;
  };
  let alpha = new Float64Array(K);
  let next = new Float64Array(K);
  for (let k = 0; k < K; k++) alpha[k] = piLogits[k] - zPi + emit(k, obs[0]);
  for (let t = 1; t < obs.length; t++) {
    for (let j = 0; j < K; j++) {
      let acc = -Infinity;
      for (let i = 0; i < K; i++) acc = lse2(acc, alpha[i] + logA[i * K + j]);
      next[j] = acc + emit(j, obs[t]);
    }
    const tmp = alpha;
    alpha = next;
    next = tmp;
  }
  let ll = -Infinity;
  for (let k = 0; k < K; k++) ll = lse2(ll, alpha[k]);
  return ll;
}

/** Entropic optimal-transport cost between histograms a and b (cost C, n × m), fixed Sinkhorn iterations. */
export function sinkhorn(a: Float64Array, b: Float64Array, C: Float64Array, eps: number, iters: number): number {
  const n = a.length, m = b.length;
  const Kmat = C.map((c) => Math.exp(-c / eps));
  const u = new Float64Array(n).fill(1);
  const v = new Float64Array(m).fill(1);
  for (let it = 0; it < iters; it++) {
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < m; j++) s += Kmat[i * m + j] * v[j];
      u[i] = a[i] / s;
    }
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += Kmat[i * m + j] * u[i];
      v[j] = b[j] / s;
    }
  }
  let cost = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) cost += u[i] * Kmat[i * m + j] * v[j] * C[i * m + j];
  return cost;
}

/** Matrix factorisation loss over sparse (i, j, r) triples plus L2 on the touched rows, biases included. */
export function mfLoss(U: Float64Array, V: Float64Array, bu: Float64Array, bv: Float64Array, rank: number, rows: Int32Array, cols: Int32Array, ratings: Float64Array, lambda: number): number {
  let loss = 0;
  for (let t = 0; t < ratings.length; t++) {
    const i = rows[t], j = cols[t];
    let pred = bu[i] + bv[j];
    for (let k = 0; k < rank; k++) pred += U[i * rank + k] * V[j * rank + k];
    const err = ratings[t] - pred;
    let reg = 0;
    for (let k = 0; k < rank; k++) reg += U[i * rank + k] ** 2 + V[j * rank + k] ** 2;
    loss += err * err + lambda * reg;
  }
  return loss / ratings.length;
}

/** t-SNE KL(P‖Q) of a 2-D embedding Y (n × 2) against fixed affinities P (n × n, zero diagonal). */
export function tsneKl(Y: Float64Array, P: Float64Array): number {
  const n = Y.length / 2;
  let z = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      z += 1 / (1 + (Y[2 * i] - Y[2 * j]) ** 2 + (Y[2 * i + 1] - Y[2 * j + 1]) ** 2);
    }
  }
  let kl = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const p = P[i * n + j];
      if (i === j || p <= 0) continue;
      const q = 1 / (1 + (Y[2 * i] - Y[2 * j]) ** 2 + (Y[2 * i + 1] - Y[2 * j + 1]) ** 2) / z;
      kl += p * Math.log(p / q);
    }
  }
  return kl;
}

/** UMAP-like cross-entropy: attraction along weighted edges, repulsion from listed negative pairs. */
export function umapLoss(Y: Float64Array, heads: Int32Array, tails: Int32Array, w: Float64Array, negs: Int32Array, a: number, b: number): number {
  const d = 2;
  const phi = (i: number, j: number) => {
    let s = 0;
    for (let k = 0; k < d; k++) s += (Y[i * d + k] - Y[j * d + k]) ** 2;
    return 1 / (1 + a * s ** b);
  };
  let loss = 0;
  for (let e = 0; e < w.length; e++) loss -= w[e] * Math.log(phi(heads[e], tails[e]));
  for (let q = 0; q + 1 < negs.length; q += 2) loss -= Math.log(1 - phi(negs[q], negs[q + 1]) + 1e-3);
  return loss;
}

/** Soft-DTW distance between two series with squared cost and smoothing gamma. */
export function softDtw(x: Float64Array, y: Float64Array, gamma: number): number {
  const n = x.length, m = y.length;
  const R = new Float64Array((n + 1) * (m + 1)).fill(Infinity);
  R[0] = 0;
  const softmin = (p: number, q: number, r: number) => {
    const lo = Math.min(p, q, r);
    return lo - gamma * Math.log(Math.exp(-(p - lo) / gamma) + Math.exp(-(q - lo) / gamma) + Math.exp(-(r - lo) / gamma));
  };
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const c = (x[i - 1] - y[j - 1]) ** 2;
      R[i * (m + 1) + j] = c + softmin(R[(i - 1) * (m + 1) + j - 1], R[(i - 1) * (m + 1) + j], R[i * (m + 1) + j - 1]);
    }
  }
  return R[n * (m + 1) + m];
}
