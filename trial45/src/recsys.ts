// Recommenders: factorisation machines, BPR, biased matrix factorisation, implicit feedback.

/** Second-order factorisation machine over a dense feature vector, logistic loss on a label in {0, 1}. */
export function fmLogLoss(w0: number, w: Float64Array, v: Float64Array, x: Float64Array, label: number, k: number): number {
  const n = x.length;
  let y = w0;
  for (let i = 0; i < n; i++) y += w[i] * x[i];
  // the O(nk) identity: 1/2 sum_f [(sum_i v_if x_i)^2 - sum_i v_if^2 x_i^2]
  for (let f = 0; f < k; f++) {
    let s = 0, s2 = 0;
    for (let i = 0; i < n; i++) {
      const t = v[i * k + f] * x[i];
      s += t;
      s2 += t * t;
    }
    y += 0.5 * (s * s - s2);
  }
  // log(1 + exp(-z)) with z signed by the label, stable
  const z = label > 0.5 ? y : -y;
  return z > 0 ? Math.log1p(Math.exp(-z)) : -z + Math.log1p(Math.exp(z));
}

/** BPR: -log sigmoid(x_ui - x_uj) over (user, pos, neg) triples, with L2. */
export function bprLoss(users: Float64Array, items: Float64Array, triples: Int32Array, dim: number, reg: number): number {
  let loss = 0;
  for (let n = 0; n < triples.length; n += 3) {
    const u = triples[n], i = triples[n + 1], j = triples[n + 2];
    let diff = 0;
    for (let f = 0; f < dim; f++) diff += users[u * dim + f] * (items[i * dim + f] - items[j * dim + f]);
    loss += Math.log1p(Math.exp(-diff));
  }
  let sq = 0;
  for (const x of users) sq += x * x;
  for (const x of items) sq += x * x;
  return loss + reg * sq;
}

/** Biased MF: r_ui ~ mu + b_u + b_i + p_u . q_i over observed ratings, with L2 on everything but mu. */
export function biasedMf(mu: number, bu: Float64Array, bi: Float64Array, p: Float64Array, q: Float64Array, obs: Int32Array, ratings: Float64Array, dim: number, lambda: number): number {
  let sse = 0;
  for (let r = 0; r < ratings.length; r++) {
    const u = obs[2 * r], i = obs[2 * r + 1];
    let pred = mu + bu[u] + bi[i];
    for (let f = 0; f < dim; f++) pred += p[u * dim + f] * q[i * dim + f];
    sse += (ratings[r] - pred) ** 2;
  }
  let reg = 0;
  for (let u = 0; u < bu.length; u++) reg += bu[u] ** 2;
  for (let i = 0; i < bi.length; i++) reg += bi[i] ** 2;
  for (let k = 0; k < p.length; k++) reg += p[k] ** 2;
  for (let k = 0; k < q.length; k++) reg += q[k] ** 2;
  return sse + lambda * reg;
}

/** Implicit-feedback MF (Hu, Koren, Volinsky): confidence 1 + alpha r, preference r > 0, over a dense small matrix. */
export function implicitMf(p: Float64Array, q: Float64Array, counts: readonly number[], nUsers: number, nItems: number, alpha: number): number {
  const dim = p.length / nUsers;
  let loss = 0;
  for (let u = 0; u < nUsers; u++) {
    for (let i = 0; i < nItems; i++) {
      const r = counts[u * nItems + i];
      const pref = r > 0 ? 1 : 0;
      const conf = 1 + alpha * r;
      let dot = 0;
      for (let f = 0; f < dim; f++) dot += p[u * dim + f] * q[i * dim + f];
      loss += conf * (pref - dot) ** 2;
    }
  }
  return loss;
}

/** A soft top-k recall: sigmoid(score - threshold) for relevant items over the sum for all, scores by dot product. */
export function softRecall(userVec: Float64Array, itemVecs: Float64Array, relevant: Uint8Array, threshold: number, temp: number): number {
  const d = userVec.length;
  const n = itemVecs.length / d;
  let hit = 0, all = 0;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let f = 0; f < d; f++) s += userVec[f] * itemVecs[i * d + f];
    const g = 1 / (1 + Math.exp(-(s - threshold) / temp));
    all += g;
    if (relevant[i]) hit += g;
  }
  return hit / (all + 1e-9);
}

/** Sampled softmax over negatives with a log-uniform correction (as in YouTube's two-tower), one positive. */
export function sampledSoftmax(query: Float64Array, pos: Float64Array, negs: Float64Array, negIds: Int32Array, vocab: number): number {
  const d = query.length;
  const logQ = (id: number) => Math.log((Math.log(id + 2) - Math.log(id + 1)) / Math.log(vocab + 1));
  let sPos = 0;
  for (let f = 0; f < d; f++) sPos += query[f] * pos[f];
  const logits = [sPos];
  for (let n = 0; n < negIds.length; n++) {
    let s = 0;
    for (let f = 0; f < d; f++) s += query[f] * negs[n * d + f];
    logits.push(s - logQ(negIds[n]));
  }
  const m = Math.max(...logits);
  let z = 0;
  for (const l of logits) z += Math.exp(l - m);
  return m + Math.log(z) - sPos;
}
