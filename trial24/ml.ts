// Small neural-network pieces written as loops.

/** Valid 1D convolution (cross-correlation) with bias: out.length = x.length - k.length + 1. */
export function conv1d(out: Float64Array, x: Float64Array, k: Float64Array, bias: number): void {
  const m = k.length;
  for (let i = 0; i < out.length; i++) {
    let s = bias;
    for (let j = 0; j < m; j++) s += x[i + j] * k[j];
    out[i] = s;
  }
}

/** conv1d → ReLU → MSE against a target. */
export function conv1dLoss(x: Float64Array, k: Float64Array, bias: number, target: Float64Array): number {
  const y = new Float64Array(x.length - k.length + 1);
  conv1d(y, x, k, bias);
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    const a = y[i] > 0 ? y[i] : 0.01 * y[i];
    s += (a - target[i]) ** 2;
  }
  return s / y.length;
}

/** Layer normalisation into out. */
export function layerNorm(out: Float64Array, x: Float64Array, gamma: Float64Array, beta: Float64Array, eps = 1e-5): void {
  const n = x.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += x[i];
  mean /= n;
  let v = 0;
  for (let i = 0; i < n; i++) v += (x[i] - mean) ** 2;
  v /= n;
  const inv = 1 / Math.sqrt(v + eps);
  for (let i = 0; i < n; i++) out[i] = gamma[i] * (x[i] - mean) * inv + beta[i];
}

/** A scalar readout of a layer-normed vector. */
export function layerNormReadout(x: Float64Array, gamma: Float64Array, beta: Float64Array, c: Float64Array): number {
  const h = new Float64Array(x.length);
  layerNorm(h, x, gamma, beta);
  let s = 0;
  for (let i = 0; i < h.length; i++) s += c[i] * Math.tanh(h[i]);
  return s;
}

/** Single-query attention: softmax(qK/√d) V, summed. K, V row-major n×d. */
export function attention(q: Float64Array, K: Float64Array, V: Float64Array): number {
  const d = q.length;
  const n = K.length / d;
  const scores = new Float64Array(n);
  let mx = -Infinity;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += q[j] * K[i * d + j];
    scores[i] = s / Math.sqrt(d);
    mx = Math.max(mx, scores[i]);
  }
  let z = 0;
  for (let i = 0; i < n; i++) {
    scores[i] = Math.exp(scores[i] - mx);
    z += scores[i];
  }
  let out = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) out += (scores[i] / z) * V[i * d + j] * (j + 1);
  return out;
}

function sig(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/**
 * GRU over a scalar input sequence, hidden size 2. p holds, per gate (z, r, n):
 * Wx (2), Wh (2×2), b (2) = 8 numbers, 24 in all. Returns Σ h_T.
 */
export function gruSequence(xs: Float64Array, p: Float64Array, h0: Float64Array): number {
  let h = Float64Array.from(h0);
  for (const x of xs) {
    const hn = new Float64Array(2);
    for (let i = 0; i < 2; i++) {
      const z = sig(p[i] * x + p[2 + 2 * i] * h[0] + p[3 + 2 * i] * h[1] + p[6 + i]);
      const r = sig(p[8 + i] * x + p[10 + 2 * i] * h[0] + p[11 + 2 * i] * h[1] + p[14 + i]);
      const nn = Math.tanh(p[16 + i] * x + r * (p[18 + 2 * i] * h[0] + p[19 + 2 * i] * h[1]) + p[22 + i]);
      hn[i] = (1 - z) * nn + z * h[i];
    }
    h = hn;
  }
  return h[0] + h[1];
}

/** Two-layer tanh MLP with a scalar output. */
export function mlp(x: Float64Array, W1: Float64Array, b1: Float64Array, w2: Float64Array, b2: number): number {
  const H = b1.length, D = x.length;
  let y = b2;
  for (let h = 0; h < H; h++) {
    let a = b1[h];
    for (let d = 0; d < D; d++) a += W1[h * D + d] * x[d];
    y += w2[h] * Math.tanh(a);
  }
  return y;
}

/** GELU, tanh approximation. */
export function gelu(x: number): number {
  return 0.5 * x * (1 + Math.tanh(0.7978845608028654 * (x + 0.044715 * x * x * x)));
}

/** Σ swish_β(x). */
export function swishSum(x: Float64Array, beta: number): number {
  let s = 0;
  for (const v of x) s += v / (1 + Math.exp(-beta * v));
  return s;
}

/** Dropout with a fixed mask (Uint8Array) and inverted scaling. */
export function maskedDropoutSum(x: Float64Array, mask: Uint8Array, p: number): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) if (mask[i]) s += (x[i] * x[i]) / (1 - p);
  return s;
}

/** Cosine similarity. */
export function cosine(a: Float64Array, b: Float64Array): number {
  let ab = 0, aa = 0, bb = 0;
  for (let i = 0; i < a.length; i++) {
    ab += a[i] * b[i];
    aa += a[i] * a[i];
    bb += b[i] * b[i];
  }
  return ab / Math.sqrt(aa * bb);
}

/** InfoNCE: anchors and candidates row-major n×d, positives on the diagonal. */
export function infoNCE(A: Float64Array, B: Float64Array, d: number, temp = 0.5): number {
  const n = A.length / d;
  let loss = 0;
  const row = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let mx = -Infinity;
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < d; k++) s += A[i * d + k] * B[j * d + k];
      row[j] = s / temp;
      if (row[j] > mx) mx = row[j];
    }
    let z = 0;
    for (let j = 0; j < n; j++) z += Math.exp(row[j] - mx);
    loss += mx + Math.log(z) - row[i];
  }
  return loss / n;
}

/** Max-pool (window w, stride w) then sum of squares. */
export function maxPoolEnergy(x: Float64Array, w = 2): number {
  let s = 0;
  for (let i = 0; i + w <= x.length; i += w) {
    const m = Math.max(...x.subarray(i, i + w));
    s += m * m;
  }
  return s;
}

/** Binary focal loss on a logit. */
export function focalLoss(logit: number, y: number, gamma = 2): number {
  const p = 1 / (1 + Math.exp(-logit));
  const pt = y > 0.5 ? p : 1 - p;
  return -((1 - pt) ** gamma) * Math.log(pt);
}

/** RMSNorm into out. */
export function rmsNorm(out: Float64Array, x: Float64Array, g: Float64Array): void {
  let ms = 0;
  for (const v of x) ms += v * v;
  const inv = 1 / Math.sqrt(ms / x.length + 1e-6);
  for (let i = 0; i < x.length; i++) out[i] = x[i] * inv * g[i];
}

/** Bag of embeddings (Int32Array ids) dotted with a weight. */
export function embeddingScore(E: Float64Array, ids: Int32Array, w: Float64Array): number {
  const d = w.length;
  let s = 0;
  for (const id of ids) for (let j = 0; j < d; j++) s += E[id * d + j] * w[j];
  return Math.tanh(s);
}

/** Mish activation. */
export function mish(x: number): number {
  return x * Math.tanh(Math.log1p(Math.exp(x)));
}
