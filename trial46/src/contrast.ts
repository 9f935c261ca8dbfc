// Representation and ranking losses: InfoNCE, NT-Xent, supervised contrastive, ListNet, a LambdaRank-style
// pairwise loss with NDCG deltas, 1-D Wasserstein between samples, a center loss, Barlow Twins.

function logSumExp(xs: number[]): number {
  const m = Math.max(...xs);
  let s = 0;
  for (const x of xs) s += Math.exp(x - m);
  return m + Math.log(s);
}

function rowDot(a: Float64Array, i: number, b: Float64Array, j: number, d: number): number {
  let s = 0;
  for (let k = 0; k < d; k++) s += a[i * d + k] * b[j * d + k];
  return s;
}

function l2normalizeRows(x: Float64Array, d: number): Float64Array {
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length / d; i++) {
    let s = 0;
    for (let k = 0; k < d; k++) s += x[i * d + k] * x[i * d + k];
    const inv = 1 / Math.sqrt(s + 1e-12);
    for (let k = 0; k < d; k++) out[i * d + k] = x[i * d + k] * inv;
  }
  return out;
}

// InfoNCE: anchor i's positive is positives row i, the other rows are negatives
export function infoNce(anchors: Float64Array, positives: Float64Array, d: number, temperature: number): number {
  const n = anchors.length / d;
  const a = l2normalizeRows(anchors, d), p = l2normalizeRows(positives, d);
  const logits: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row = new Array<number>(n).fill(0);
    for (let j = 0; j < n; j++) row[j] = rowDot(a, i, p, j, d) / temperature;
    logits.push(row);
  }
  let loss = 0;
  for (let i = 0; i < n; i++) loss += logSumExp(logits[i]) - logits[i][i];
  return loss / n;
}

// NT-Xent (SimCLR) over 2N views: view i and view i ^ 1 are the positive pair
export function ntXent(views: Float64Array, d: number, temperature: number): number {
  const z = l2normalizeRows(views, d);
  const m = views.length / d;
  let loss = 0;
  for (let i = 0; i < m; i++) {
    const others: number[] = [];
    let pos = 0;
    for (let j = 0; j < m; j++) {
      if (j === i) continue;
      const s = rowDot(z, i, z, j, d) / temperature;
      if (j === (i ^ 1)) pos = s;
      others.push(s);
    }
    loss += logSumExp(others) - pos;
  }
  return loss / m;
}

// supervised contrastive loss (Khosla et al.) with integer labels
export function supCon(features: Float64Array, labels: Int32Array, d: number, temperature: number): number {
  const z = l2normalizeRows(features, d);
  const n = labels.length;
  let total = 0, anchors = 0;
  for (let i = 0; i < n; i++) {
    const sims: number[] = [];
    for (let j = 0; j < n; j++) if (j !== i) sims.push(rowDot(z, i, z, j, d) / temperature);
    const lse = logSumExp(sims);
    let sum = 0, count = 0;
    for (let j = 0; j < n; j++) {
      if (j === i || labels[j] !== labels[i]) continue;
      sum += rowDot(z, i, z, j, d) / temperature - lse;
      count++;
    }
    if (count === 0) continue;
    total -= sum / count;
    anchors++;
  }
  return total / anchors;
}

// ListNet top-one cross-entropy between relevance and score distributions
export function listNet(scores: number[], relevance: number[]): number {
  const ps = scores.map((s) => s - logSumExp(scores));
  const lr = logSumExp(relevance);
  return -relevance.reduce((acc, r, i) => acc + Math.exp(r - lr) * ps[i], 0);
}

// pairwise logistic loss weighted by |ΔNDCG| of swapping i and j in the current ranking (LambdaRank-style)
export function lambdaRankLoss(scores: Float64Array, rel: Int32Array): number {
  const n = scores.length;
  // rank of each document under the current scores (ties by index)
  const rank = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let r = 0;
    for (let j = 0; j < n; j++) if (scores[j] > scores[i] || (scores[j] === scores[i] && j < i)) r++;
    rank[i] = r;
  }
  const ideal = Array.from(rel).sort((a, b) => b - a);
  let idcg = 0;
  ideal.forEach((r, pos) => {
    idcg += (2 ** r - 1) / Math.log2(pos + 2);
  });
  let loss = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (rel[i] <= rel[j]) continue;
      const gain = 2 ** rel[i] - 2 ** rel[j];
      const disc = 1 / Math.log2(rank[i] + 2) - 1 / Math.log2(rank[j] + 2);
      const w = Math.abs((gain * disc) / idcg);
      loss += w * Math.log1p(Math.exp(-(scores[i] - scores[j])));
    }
  }
  return loss;
}

// squared 1-D Wasserstein-2 distance between two equal-size samples: sort both, pair in order
export function wasserstein1d(xs: Float64Array, ys: Float64Array): number {
  const a = Float64Array.from(xs).sort();
  const b = Float64Array.from(ys).sort();
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - b[i]) ** 2;
  return s / a.length;
}

// 1-D optimal transport cost between two histograms on the same grid: |CDF difference| · spacing
export function histogramW1(p: Float64Array, q: Float64Array, spacing: number): number {
  const sp = p.reduce((s, x) => s + x, 0), sq = q.reduce((s, x) => s + x, 0);
  let cp = 0, cq = 0, cost = 0;
  for (let i = 0; i < p.length - 1; i++) {
    cp += p[i] / sp;
    cq += q[i] / sq;
    cost += Math.sqrt((cp - cq) ** 2 + 1e-8) * spacing;
  }
  return cost;
}

export function centerLoss(features: Float64Array, labels: Int32Array, centers: Float64Array, d: number): number {
  let s = 0;
  labels.forEach((c, i) => {
    for (let k = 0; k < d; k++) s += (features[i * d + k] - centers[c * d + k]) ** 2;
  });
  return (0.5 * s) / labels.length;
}

// Barlow Twins: cross-correlation of standardised embeddings pushed to the identity
export function barlowTwins(za: Float64Array, zb: Float64Array, d: number, lambda: number): number {
  const n = za.length / d;
  const standardize = (z: Float64Array): Float64Array => {
    const out = new Float64Array(z.length);
    for (let k = 0; k < d; k++) {
      let mean = 0;
      for (let i = 0; i < n; i++) mean += z[i * d + k] / n;
      let v = 0;
      for (let i = 0; i < n; i++) v += (z[i * d + k] - mean) ** 2 / n;
      const sd = Math.sqrt(v + 1e-6);
      for (let i = 0; i < n; i++) out[i * d + k] = (z[i * d + k] - mean) / sd;
    }
    return out;
  };
  const a = standardize(za), b = standardize(zb);
  let loss = 0;
  for (let p = 0; p < d; p++) {
    for (let q = 0; q < d; q++) {
      let c = 0;
      for (let i = 0; i < n; i++) c += (a[i * d + p] * b[i * d + q]) / n;
      loss += p === q ? (1 - c) ** 2 : lambda * c * c;
    }
  }
  return loss;
}
