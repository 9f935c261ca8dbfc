// Losses with helpers: Huber, focal, triplet, contrastive, layer norm + attention softmax, conv1d.

function sq(x: number): number {
  return x * x;
}

function logSumExp(xs: ArrayLike<number>): number {
  let m = -Infinity;
  for (let i = 0; i < xs.length; i++) m = Math.max(m, xs[i]);
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += Math.exp(xs[i] - m);
  return m + Math.log(s);
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Mean Huber loss of predictions against targets. */
export function huberLoss(pred: Float64Array, target: Float64Array, delta = 1.0): number {
  let total = 0;
  for (let i = 0; i < pred.length; i++) {
    const r = Math.abs(pred[i] - target[i]);
    total += r <= delta ? 0.5 * r * r : delta * (r - 0.5 * delta);
  }
  return total / pred.length;
}

/** Binary focal loss over logits, labels 0/1 (Uint8Array: inactive). */
export function focalLoss(logits: Float64Array, labels: Uint8Array, gamma = 2, alpha = 0.25): number {
  let loss = 0;
  for (const [i, z] of logits.entries()) {
    const p = sigmoid(z);
    const pt = labels[i] === 1 ? p : 1 - p;
    const at = labels[i] === 1 ? alpha : 1 - alpha;
    loss -= at * (1 - pt) ** gamma * Math.log(Math.max(pt, 1e-12));
  }
  return loss / logits.length;
}

function dist2(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += sq(a[i] - b[i]);
  return s;
}

/** Triplet margin loss with squared euclidean distances. */
export function tripletLoss(anchor: Float64Array, positive: Float64Array, negative: Float64Array, margin = 0.5): number {
  return Math.max(0, dist2(anchor, positive) - dist2(anchor, negative) + margin);
}

/** Contrastive loss over a batch of pairs (rows of dim d, flat), same[i] = 1 for similar pairs. */
export function contrastiveLoss(a: Float64Array, b: Float64Array, same: number[], d: number, margin = 1): number {
  const n = same.length;
  let loss = 0;
  for (let i = 0; i < n; i++) {
    const dd = Math.sqrt(dist2(a.subarray(i * d, i * d + d), b.subarray(i * d, i * d + d)) + 1e-12);
    loss += same[i] ? dd * dd : sq(Math.max(0, margin - dd));
  }
  return loss / (2 * n);
}

/** Cross-entropy of logits against a class index. */
export function softmaxCrossEntropy(logits: number[], cls: number): number {
  return logSumExp(logits) - logits[cls];
}

function layerNorm(x: Float64Array, gain: Float64Array, bias: Float64Array, out: Float64Array): void {
  const n = x.length;
  let mean = 0;
  for (const v of x) mean += v;
  mean /= n;
  let varr = 0;
  for (const v of x) varr += (v - mean) ** 2;
  varr /= n;
  const inv = 1 / Math.sqrt(varr + 1e-5);
  for (let i = 0; i < n; i++) out[i] = (x[i] - mean) * inv * gain[i] + bias[i];
}

/** Single-head attention over T tokens of width d (row-major), after a layer norm of each token;
 * the loss is the sum of squares of the attended outputs against a target. */
export function attentionLoss(X: Float64Array, gain: Float64Array, bias: Float64Array, target: Float64Array, T: number, d: number): number {
  const H = new Float64Array(T * d);
  for (let t = 0; t < T; t++) layerNorm(X.subarray(t * d, t * d + d), gain, bias, H.subarray(t * d, t * d + d));
  const scores = new Float64Array(T);
  const scale = 1 / Math.sqrt(d);
  let loss = 0;
  for (let q = 0; q < T; q++) {
    for (let k = 0; k < T; k++) {
      let s = 0;
      for (let c = 0; c < d; c++) s += H[q * d + c] * H[k * d + c];
      scores[k] = s * scale;
    }
    const lse = logSumExp(scores);
    for (let c = 0; c < d; c++) {
      let o = 0;
      for (let k = 0; k < T; k++) o += Math.exp(scores[k] - lse) * H[k * d + c];
      loss += sq(o - target[q * d + c]);
    }
  }
  return loss;
}

/** 1D convolution ('valid'), with a stride, written into out. */
export function conv1d(x: Float64Array, kernel: Float64Array, out: Float64Array, stride = 1): void {
  const K = kernel.length;
  for (let o = 0; o < out.length; o++) {
    let acc = 0;
    for (let j = 0; j < K; j++) acc += x[o * stride + j] * kernel[j];
    out[o] = acc;
  }
}

/** conv1d -> ReLU-ish softplus -> mean squared error; uses conv1d as a helper writing a scratch array. */
export function convLoss(x: Float64Array, kernel: Float64Array, target: Float64Array): number {
  const y = new Float64Array(x.length - kernel.length + 1);
  conv1d(x, kernel, y);
  let s = 0;
  for (let i = 0; i < y.length; i++) s += sq(Math.log1p(Math.exp(y[i])) - target[i]);
  return s / y.length;
}

/** Smooth L1 averaged with reduce and map. */
export function smoothL1(pred: number[], target: number[], beta = 0.5): number {
  const diffs = pred.map((p, i) => Math.abs(p - target[i]));
  const total = diffs.reduce((acc, r) => acc + (r < beta ? (0.5 * r * r) / beta : r - 0.5 * beta), 0);
  return total / pred.length;
}

/** KL divergence between two categorical distributions given by logits (softmax of each). */
export function klLogits(p: Float64Array, q: Float64Array): number {
  const lp = logSumExp(p);
  const lq = logSumExp(q);
  let kl = 0;
  for (let i = 0; i < p.length; i++) {
    const a = p[i] - lp;
    kl += Math.exp(a) * (a - (q[i] - lq));
  }
  return kl;
}
