// Embedding and mixture objectives: word2vec skip-gram with negative sampling on small embedding tables
// (rows by subarray), a GloVe weighted least squares, and Gaussian mixtures (log-likelihood, EM's Q).

const sigmoidLog = (x: number): number => (x >= 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x)));

function rowDot(a: Float64Array, i: number, b: Float64Array, j: number, d: number): number {
  let s = 0;
  for (let k = 0; k < d; k++) s += a[i * d + k] * b[j * d + k];
  return s;
}

/** Skip-gram negative sampling loss: pairs (center, context) and K negatives per pair. */
export function sgnsLoss(win: Float64Array, wout: Float64Array, d: number, center: Int32Array, context: Int32Array, negs: Int32Array, k: number): number {
  let loss = 0;
  for (let p = 0; p < center.length; p++) {
    loss -= sigmoidLog(rowDot(win, center[p], wout, context[p], d));
    for (let q = 0; q < k; q++) loss -= sigmoidLog(-rowDot(win, center[p], wout, negs[p * k + q], d));
  }
  return loss / center.length;
}

/** The same loss written with subarray rows and for…of over the negatives of a pair. */
export function sgnsLossRows(win: Float64Array, wout: Float64Array, d: number, center: Int32Array, context: Int32Array, negs: Int32Array, k: number): number {
  let loss = 0;
  for (let p = 0; p < center.length; p++) {
    const u = win.subarray(center[p] * d, center[p] * d + d);
    const score = (row: number): number => {
      const v = wout.subarray(row * d, row * d + d);
      let s = 0;
      for (let t = 0; t < d; t++) s += u[t] * v[t];
      return s;
    };
    loss -= sigmoidLog(score(context[p]));
    for (const neg of negs.subarray(p * k, p * k + k)) loss -= sigmoidLog(-score(neg));
  }
  return loss / center.length;
}

/** GloVe: f(X_ij) (w_i·w~_j + b_i + b~_j − log X_ij)² over the nonzero co-occurrences. */
export function gloveLoss(w: Float64Array, wt: Float64Array, b: Float64Array, bt: Float64Array, d: number, ii: Int32Array, jj: Int32Array, x: Float64Array, xmax = 10, alpha = 0.75): number {
  let j = 0;
  for (let e = 0; e < x.length; e++) {
    const weight = x[e] < xmax ? (x[e] / xmax) ** alpha : 1;
    const diff = rowDot(w, ii[e], wt, jj[e], d) + b[ii[e]] + bt[jj[e]] - Math.log(x[e]);
    j += weight * diff * diff;
  }
  return 0.5 * j;
}

/** 1-D Gaussian mixture log-likelihood, softmax weights from logits, log-sum-exp per point. */
export function gmmLogLik(logits: Float64Array, mu: Float64Array, logSigma: Float64Array, x: Float64Array): number {
  const K = mu.length;
  let lmax = -Infinity;
  for (const l of logits) lmax = Math.max(lmax, l);
  let lz = 0;
  for (const l of logits) lz += Math.exp(l - lmax);
  lz = lmax + Math.log(lz);
  let ll = 0;
  const comp = new Float64Array(K);
  for (const xi of x) {
    let m = -Infinity;
    for (let k = 0; k < K; k++) {
      const z = (xi - mu[k]) / Math.exp(logSigma[k]);
      comp[k] = logits[k] - lz - logSigma[k] - 0.5 * z * z - 0.5 * Math.log(2 * Math.PI);
      m = Math.max(m, comp[k]);
    }
    let s = 0;
    for (let k = 0; k < K; k++) s += Math.exp(comp[k] - m);
    ll += m + Math.log(s);
  }
  return ll;
}

/** EM's Q-function for a 2-D diagonal GMM at fixed responsibilities resp (n × K). */
export function gmmQ(pi: Float64Array, mu: Float64Array, var_: Float64Array, X: Float64Array, resp: Float64Array): number {
  const K = pi.length;
  const n = X.length / 2;
  let q = 0;
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < K; k++) {
      const r = resp[i * K + k];
      if (r === 0) continue;
      let lp = Math.log(pi[k]);
      for (let c = 0; c < 2; c++) {
        const v = var_[k * 2 + c];
        const dx = X[i * 2 + c] - mu[k * 2 + c];
        lp -= 0.5 * (Math.log(2 * Math.PI * v) + (dx * dx) / v);
      }
      q += r * lp;
    }
  }
  return q;
}

/** Cosine-similarity triplet loss with a margin, on rows of one embedding table. */
export function tripletCosine(E: Float64Array, d: number, anchor: number, pos: number, neg: number, margin = 0.2): number {
  const norm = (i: number) => Math.sqrt(rowDot(E, i, E, i, d));
  const cos = (i: number, j: number) => rowDot(E, i, E, j, d) / (norm(i) * norm(j));
  return Math.max(0, margin - cos(anchor, pos) + cos(anchor, neg));
}
