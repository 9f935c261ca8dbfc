// NLP without tensors: skip-gram with negative sampling, a linear-chain CRF (forward algorithm with ping-pong scratch
// buffers, its recursive twin, the NLL, Viterbi's best score), softmax cross-entropy, attention pooling.
import { dot, logSumExp, lse2, softplus } from './util.js';

/** SGNS loss for one (center, context) pair and its negatives; emb and ctx are V×d row-major */
export function skipGramLoss(emb: Float64Array, ctx: Float64Array, d: number, center: number, context: number, negatives: Int32Array): number {
  const u = emb.subarray(center * d, center * d + d);
  let loss = softplus(-dot(u, ctx.subarray(context * d, context * d + d)));
  for (const neg of negatives) {
    if (neg === context) continue;
    loss += softplus(dot(u, ctx.subarray(neg * d, neg * d + d)));
  }
  return loss;
}

/** log partition of a linear-chain CRF: emissions T×K, transitions K×K (from row to column) */
export function crfLogZ(emissions: Float64Array, trans: Float64Array, K: number): number {
  const T = emissions.length / K;
  let alpha = emissions.slice(0, K);
  let next = new Float64Array(K);
  const scratch = new Float64Array(K);
  for (let t = 1; t < T; t++) {
    for (let j = 0; j < K; j++) {
      for (let i = 0; i < K; i++) scratch[i] = alpha[i] + trans[i * K + j];
      next[j] = emissions[t * K + j] + logSumExp(scratch);
    }
    [alpha, next] = [next, alpha];
  }
  return logSumExp(alpha);
}

/** the same by recursion over time: alpha_t(j) computed from alpha_{t-1} */
function crfAlpha(emissions: Float64Array, trans: Float64Array, K: number, t: number, j: number): number {
  if (t === 0) return emissions[j];
  let acc = -Infinity;
  for (let i = 0; i < K; i++) acc = lse2(acc, crfAlpha(emissions, trans, K, t - 1, i) + trans[i * K + j]);
  return emissions[t * K + j] + acc;
}
export function crfLogZRec(emissions: Float64Array, trans: Float64Array, K: number): number {
  const T = emissions.length / K;
  let z = -Infinity;
  for (let j = 0; j < K; j++) z = lse2(z, crfAlpha(emissions, trans, K, T - 1, j));
  return z;
}

/** negative log-likelihood of a tag sequence */
export function crfNll(emissions: Float64Array, trans: Float64Array, K: number, tags: Int32Array): number {
  let score = emissions[tags[0]];
  for (let t = 1; t < tags.length; t++) score += trans[tags[t - 1] * K + tags[t]] + emissions[t * K + tags[t]];
  return crfLogZ(emissions, trans, K) - score;
}

/** Viterbi: score of the best path (max instead of log-sum-exp) */
export function viterbiScore(emissions: Float64Array, trans: Float64Array, K: number): number {
  const T = emissions.length / K;
  let delta = Array.from(emissions.subarray(0, K));
  for (let t = 1; t < T; t++) {
    const prev = delta;
    delta = [];
    for (let j = 0; j < K; j++) {
      let best = -Infinity;
      for (let i = 0; i < K; i++) best = Math.max(best, prev[i] + trans[i * K + j]);
      delta.push(best + emissions[t * K + j]);
    }
  }
  return Math.max(...delta);
}

/** softmax cross-entropy with label smoothing, written with closures */
export function softmaxXent(logits: number[], target: number, smoothing = 0.1): number {
  const lz = logSumExp(logits);
  const logp = logits.map((z) => z - lz);
  const k = logits.length;
  return logp.reduce((acc, lp, i) => acc - (i === target ? 1 - smoothing + smoothing / k : smoothing / k) * lp, 0);
}

/** dot-product attention of one query over n keys (n×d), pooled values summed */
export function attentionPool(q: Float64Array, keys: Float64Array, vals: Float64Array, temperature = 1): number {
  const d = q.length;
  const n = keys.length / d;
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) scores[i] = dot(q, keys.subarray(i * d, (i + 1) * d)) / (temperature * Math.sqrt(d));
  const lz = logSumExp(scores);
  let out = 0;
  for (let i = 0; i < n; i++) {
    const a = Math.exp(scores[i] - lz);
    for (let c = 0; c < d; c++) out += a * vals[i * d + c];
  }
  return out;
}
