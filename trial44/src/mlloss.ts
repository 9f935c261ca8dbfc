// Machine-learning losses and layers: focal, triplet, contrastive, conv1d, batch and layer norm, dropout, an LSTM,
// a mixture density network.

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Binary focal loss (Lin et al.) with class weight alpha, averaged. */
export function focalLoss(logits: Float64Array, labels: Uint8Array, gamma: number, alpha: number): number {
  let loss = 0;
  for (let i = 0; i < logits.length; i++) {
    const p = sigmoid(logits[i]);
    const pt = labels[i] === 1 ? p : 1 - p;
    const at = labels[i] === 1 ? alpha : 1 - alpha;
    loss -= at * (1 - pt) ** gamma * Math.log(pt);
  }
  return loss / logits.length;
}

/** Triplet margin loss over a batch of embeddings stored row by row (dim per row). */
export function tripletMargin(anchor: Float64Array, positive: Float64Array, negative: Float64Array, dim: number, margin: number): number {
  const rows = anchor.length / dim;
  let total = 0;
  for (let r = 0; r < rows; r++) {
    let dp = 0, dn = 0;
    for (let k = r * dim; k < (r + 1) * dim; k++) {
      dp += (anchor[k] - positive[k]) ** 2;
      dn += (anchor[k] - negative[k]) ** 2;
    }
    total += Math.max(0, Math.sqrt(dp + 1e-12) - Math.sqrt(dn + 1e-12) + margin);
  }
  return total / rows;
}

/** Contrastive loss (Hadsell et al.) of pairs: similar pairs pulled together, dissimilar pushed past the margin. */
export function contrastiveLoss(x1: Float64Array, x2: Float64Array, similar: Uint8Array, dim: number, margin: number): number {
  let loss = 0;
  for (let p = 0; p < similar.length; p++) {
    const a = x1.subarray(p * dim, (p + 1) * dim), b = x2.subarray(p * dim, (p + 1) * dim);
    let d2 = 0;
    for (let k = 0; k < dim; k++) d2 += (a[k] - b[k]) ** 2;
    const d = Math.sqrt(d2);
    loss += similar[p] ? d2 : Math.max(0, margin - d) ** 2;
  }
  return loss / (2 * similar.length);
}

/** A 1-D convolution (cross-correlation) with zero padding and stride, then a ReLU and squared error to a target. */
export function conv1dLoss(input: Float64Array, kernel: Float64Array, bias: number, pad: number, stride: number, target: Float64Array): number {
  const n = input.length, k = kernel.length;
  const outLen = Math.floor((n + 2 * pad - k) / stride) + 1;
  let loss = 0;
  for (let o = 0; o < outLen; o++) {
    let acc = bias;
    for (let j = 0; j < k; j++) {
      const idx = o * stride + j - pad;
      if (idx < 0 || idx >= n) continue;
      acc += kernel[j] * input[idx];
    }
    const y = acc > 0 ? acc : 0.01 * acc; // leaky ReLU
    loss += (y - target[o]) ** 2;
  }
  return loss;
}

/** Batch normalisation over a mini-batch (rows x features, row-major), scale and shift per feature, then a loss. */
export function batchNormLoss(x: Float64Array, gamma: Float64Array, beta: Float64Array, features: number, eps: number, target: Float64Array): number {
  const rows = x.length / features;
  let loss = 0;
  for (let f = 0; f < features; f++) {
    let mean = 0;
    for (let r = 0; r < rows; r++) mean += x[r * features + f];
    mean /= rows;
    let v = 0;
    for (let r = 0; r < rows; r++) v += (x[r * features + f] - mean) ** 2;
    v /= rows;
    const inv = 1 / Math.sqrt(v + eps);
    for (let r = 0; r < rows; r++) {
      const y = gamma[f] * (x[r * features + f] - mean) * inv + beta[f];
      loss += (y - target[r * features + f]) ** 2;
    }
  }
  return loss;
}

/** One hidden layer with inverted dropout from a fixed mask (1 keep, 0 drop), sigmoid output, log loss. */
export function dropoutMlp(x: Float64Array, w1: Float64Array, w2: Float64Array, mask: Float64Array, keep: number, label: number): number {
  const hidden = w2.length;
  const nIn = x.length;
  let z = 0;
  for (let h = 0; h < hidden; h++) {
    let a = 0;
    for (let i = 0; i < nIn; i++) a += w1[h * nIn + i] * x[i];
    const act = Math.max(0, a) * (mask[h] / keep);
    z += w2[h] * act;
  }
  const p = sigmoid(z);
  return -(label * Math.log(p) + (1 - label) * Math.log(1 - p));
}

/** A scalar-input LSTM with hidden size 2 unrolled over a sequence; squared error of a readout at the end. */
export function lstmSequence(xs: Float64Array, w: Float64Array, target: number): number {
  // w: for each gate (i, f, o, g): [wx0, wx1, wh00, wh01, wh10, wh11, b0, b1] => 32 weights, then readout 2
  let h0 = 0, h1 = 0, c0 = 0, c1 = 0;
  const gate = (g: number, x: number, j: number, a: number, b: number): number => {
    const o = g * 8;
    return w[o + j] * x + w[o + 2 + 2 * j] * a + w[o + 3 + 2 * j] * b + w[o + 6 + j];
  };
  for (const x of xs) {
    const i0 = sigmoid(gate(0, x, 0, h0, h1)), i1 = sigmoid(gate(0, x, 1, h0, h1));
    const f0 = sigmoid(gate(1, x, 0, h0, h1)), f1 = sigmoid(gate(1, x, 1, h0, h1));
    const o0 = sigmoid(gate(2, x, 0, h0, h1)), o1 = sigmoid(gate(2, x, 1, h0, h1));
    const g0 = Math.tanh(gate(3, x, 0, h0, h1)), g1 = Math.tanh(gate(3, x, 1, h0, h1));
    c0 = f0 * c0 + i0 * g0;
    c1 = f1 * c1 + i1 * g1;
    h0 = o0 * Math.tanh(c0);
    h1 = o1 * Math.tanh(c1);
  }
  const y = w[32] * h0 + w[33] * h1;
  return (y - target) ** 2;
}

/** Mixture density network head: K Gaussians from raw outputs (logits, means, log sds), NLL of targets. */
export function mdnNll(raw: Float64Array, k: number, ys: Float64Array): number {
  // raw holds, per sample, 3k numbers: k logits, k means, k log standard deviations
  let nll = 0;
  for (let s = 0; s < ys.length; s++) {
    const base = 3 * k * s;
    let mx = -Infinity;
    for (let j = 0; j < k; j++) mx = Math.max(mx, raw[base + j]);
    let z = 0;
    for (let j = 0; j < k; j++) z += Math.exp(raw[base + j] - mx);
    const logZ = mx + Math.log(z);
    // log-sum-exp over components of log pi + log N(y | mu, sd)
    let m2 = -Infinity;
    const terms = new Float64Array(k);
    for (let j = 0; j < k; j++) {
      const ls = raw[base + 2 * k + j];
      const u = (ys[s] - raw[base + k + j]) / Math.exp(ls);
      terms[j] = raw[base + j] - logZ - ls - 0.5 * Math.log(2 * Math.PI) - 0.5 * u * u;
      m2 = Math.max(m2, terms[j]);
    }
    let acc = 0;
    for (let j = 0; j < k; j++) acc += Math.exp(terms[j] - m2);
    nll -= m2 + Math.log(acc);
  }
  return nll;
}
