// Sequence models: a linear-chain CRF, a CTC-like loss, attention pooling, a small RNN.

function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  const m = a > b ? a : b;
  return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
}

/** Negative log-likelihood of a tag path under a linear-chain CRF (forward algorithm in log space). */
export function crfNll(emissions: Float64Array, transitions: Float64Array, tags: Int32Array, nTags: number): number {
  const T = tags.length;
  let alpha = new Float64Array(nTags);
  for (let k = 0; k < nTags; k++) alpha[k] = emissions[k];
  for (let t = 1; t < T; t++) {
    const next = new Float64Array(nTags);
    for (let k = 0; k < nTags; k++) {
      let acc = -Infinity;
      for (let j = 0; j < nTags; j++) acc = logAddExp(acc, alpha[j] + transitions[j * nTags + k]);
      next[k] = acc + emissions[t * nTags + k];
    }
    alpha = next;
  }
  let logZ = -Infinity;
  for (let k = 0; k < nTags; k++) logZ = logAddExp(logZ, alpha[k]);
  let score = emissions[tags[0]];
  for (let t = 1; t < T; t++) score += transitions[tags[t - 1] * nTags + tags[t]] + emissions[t * nTags + tags[t]];
  return logZ - score;
}

/** CTC loss of a label sequence over per-frame log-probabilities (blank = 0), alpha recursion in log space. */
export function ctcLoss(logProbs: Float64Array, labels: Int32Array, nClasses: number): number {
  const T = logProbs.length / nClasses;
  const L = 2 * labels.length + 1;
  const ext = new Int32Array(L);
  for (let i = 0; i < labels.length; i++) ext[2 * i + 1] = labels[i];
  let alpha = new Float64Array(L).fill(-Infinity);
  alpha[0] = logProbs[0];
  alpha[1] = logProbs[ext[1]];
  for (let t = 1; t < T; t++) {
    const next = new Float64Array(L).fill(-Infinity);
    for (let s = 0; s < L; s++) {
      let a = alpha[s];
      if (s > 0) a = logAddExp(a, alpha[s - 1]);
      if (s > 1 && ext[s] !== 0 && ext[s] !== ext[s - 2]) a = logAddExp(a, alpha[s - 2]);
      next[s] = a + logProbs[t * nClasses + ext[s]];
    }
    alpha = next;
  }
  return -logAddExp(alpha[L - 1], alpha[L - 2]);
}

/** 1-D attention pooling: scores = h . q / sqrt(d), softmax over time, weighted sum, squared error to a target. */
export function attentionPool(hidden: Float64Array, query: Float64Array, target: Float64Array): number {
  const d = query.length;
  const T = hidden.length / d;
  const scores: number[] = [];
  for (let t = 0; t < T; t++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += hidden[t * d + j] * query[j];
    scores.push(s / Math.sqrt(d));
  }
  const m = Math.max(...scores);
  const w = scores.map((s) => Math.exp(s - m));
  const z = w.reduce((a, b) => a + b, 0);
  let err = 0;
  for (let j = 0; j < d; j++) {
    let pooled = 0;
    for (let t = 0; t < T; t++) pooled += (w[t] / z) * hidden[t * d + j];
    err += (pooled - target[j]) ** 2;
  }
  return err;
}

/** Elman RNN with tanh over a scalar input sequence, squared error of a linear readout at every step. */
export function elmanLoss(wx: Float64Array, wh: Float64Array, wy: Float64Array, xs: Float64Array, ys: Float64Array): number {
  const H = wx.length;
  let h = new Float64Array(H);
  let loss = 0;
  for (let t = 0; t < xs.length; t++) {
    const hn = new Float64Array(H);
    for (let i = 0; i < H; i++) {
      let a = wx[i] * xs[t];
      for (let j = 0; j < H; j++) a += wh[i * H + j] * h[j];
      hn[i] = Math.tanh(a);
    }
    h = hn;
    let y = 0;
    for (let i = 0; i < H; i++) y += wy[i] * h[i];
    loss += (y - ys[t]) ** 2;
  }
  return loss / xs.length;
}

/** Label-smoothed cross-entropy summed over a sequence of logits, skipping padding positions (label -1). */
export function smoothedSeqXent(logits: Float64Array, labels: Int32Array, vocab: number, smoothing: number): number {
  let total = 0;
  let count = 0;
  for (let t = 0; t < labels.length; t++) {
    const y = labels[t];
    if (y < 0) continue;
    let m = -Infinity;
    for (let k = 0; k < vocab; k++) m = Math.max(m, logits[t * vocab + k]);
    let z = 0;
    for (let k = 0; k < vocab; k++) z += Math.exp(logits[t * vocab + k] - m);
    const lse = m + Math.log(z);
    let nll = 0;
    for (let k = 0; k < vocab; k++) {
      const target = k === y ? 1 - smoothing + smoothing / vocab : smoothing / vocab;
      nll -= target * (logits[t * vocab + k] - lse);
    }
    total += nll;
    count++;
  }
  return total / count;
}

/** Sinusoidal position encodings added to embeddings with a learnable frequency scale; mean squared norm. */
export function positionalEnergy(emb: Float64Array, freqScale: number, dim: number): number {
  const T = emb.length / dim;
  let e = 0;
  for (let t = 0; t < T; t++) {
    for (let i = 0; i < dim; i++) {
      const freq = Math.pow(10000, -(2 * Math.floor(i / 2)) / dim) * freqScale;
      const pe = i % 2 === 0 ? Math.sin(t * freq) : Math.cos(t * freq);
      e += (emb[t * dim + i] + pe) ** 2;
    }
  }
  return e / T;
}
