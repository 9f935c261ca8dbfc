// Small ML building blocks on flat arrays.

/**
 * 2-layer MLP (tanh) with softmax cross-entropy over a mini-batch.
 * @domain W1 [-0.5, 0.5] length 12
 * @domain b1 [-0.1, 0.1] length 4
 * @domain W2 [-0.5, 0.5] length 12
 * @domain b2 [-0.1, 0.1] length 3
 * @domain X [-1, 1] length 15
 * @domain labels int [0, 2] length 5
 * @domain nin int [3, 3]
 * @domain nh int [4, 4]
 * @domain nout int [3, 3]
 */
export function mlpLoss(W1: Float64Array, b1: Float64Array, W2: Float64Array, b2: Float64Array,
  X: Float64Array, labels: Int32Array, nin: number, nh: number, nout: number): number {
  const batch = labels.length;
  const hidden = new Float64Array(nh);
  const logits = new Float64Array(nout);
  let total = 0;
  for (let b = 0; b < batch; b++) {
    for (let j = 0; j < nh; j++) {
      let s = b1[j];
      for (let i = 0; i < nin; i++) s += W1[j * nin + i] * X[b * nin + i];
      hidden[j] = Math.tanh(s);
    }
    let mx = -Infinity;
    for (let k = 0; k < nout; k++) {
      let s = b2[k];
      for (let j = 0; j < nh; j++) s += W2[k * nh + j] * hidden[j];
      logits[k] = s;
      mx = Math.max(mx, s);
    }
    let z = 0;
    for (let k = 0; k < nout; k++) z += Math.exp(logits[k] - mx);
    total += Math.log(z) + mx - logits[labels[b]];
  }
  return total / batch;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * GRU cell step: h' = (1-z)*h + z*tanh(Wx + U(r*h)); writes hNext. W/U packed [z; r; n] each n×n / n×m.
 * @domain h [-1, 1] length 3
 * @domain x [-1, 1] length 2
 * @domain W [-0.5, 0.5] length 18
 * @domain U [-0.5, 0.5] length 27
 * @domain hNext [0, 0] length 3
 */
export function gruStep(h: Float64Array, x: Float64Array, W: Float64Array, U: Float64Array, hNext: Float64Array): void {
  const n = h.length, m = x.length;
  const rh = new Float64Array(n);
  const zg = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let az = 0, ar = 0;
    for (let j = 0; j < m; j++) {
      az += W[i * m + j] * x[j];
      ar += W[(n + i) * m + j] * x[j];
    }
    for (let j = 0; j < n; j++) {
      az += U[i * n + j] * h[j];
      ar += U[(n + i) * n + j] * h[j];
    }
    zg[i] = sigmoid(az);
    rh[i] = sigmoid(ar) * h[i];
  }
  for (let i = 0; i < n; i++) {
    let an = 0;
    for (let j = 0; j < m; j++) an += W[(2 * n + i) * m + j] * x[j];
    for (let j = 0; j < n; j++) an += U[(2 * n + i) * n + j] * rh[j];
    hNext[i] = (1 - zg[i]) * h[i] + zg[i] * Math.tanh(an);
  }
}

/**
 * Scaled dot-product attention for one query; returns the squared norm of the output.
 * @domain q [-1, 1] length 4
 * @domain K [-1, 1] length 20
 * @domain V [-1, 1] length 20
 * @domain d int [4, 4]
 */
export function attentionNorm(q: Float64Array, K: Float64Array, V: Float64Array, d: number): number {
  const n = K.length / d;
  const scores = new Float64Array(n);
  let mx = -Infinity;
  for (let t = 0; t < n; t++) {
    let s = 0;
    for (let k = 0; k < d; k++) s += q[k] * K[t * d + k];
    scores[t] = s / Math.sqrt(d);
    if (scores[t] > mx) mx = scores[t];
  }
  let z = 0;
  for (let t = 0; t < n; t++) {
    scores[t] = Math.exp(scores[t] - mx);
    z += scores[t];
  }
  let out = 0;
  for (let k = 0; k < d; k++) {
    let o = 0;
    for (let t = 0; t < n; t++) o += (scores[t] / z) * V[t * d + k];
    out += o * o;
  }
  return out;
}

/** Batch norm over a batch of scalars, then a squared-error against targets. */
export function batchNormLoss(x: Float64Array, gamma: number, beta: number, target: Float64Array, eps = 1e-5): number {
  const n = x.length;
  let mean = 0;
  for (const v of x) mean += v;
  mean /= n;
  let v2 = 0;
  for (const v of x) v2 += (v - mean) ** 2;
  const inv = 1 / Math.sqrt(v2 / n + eps);
  let loss = 0;
  for (const [i, v] of x.entries()) {
    const y = gamma * (v - mean) * inv + beta;
    loss += (y - target[i]) ** 2;
  }
  return loss / n;
}

/** Layer norm + GELU (tanh form) into an output buffer. */
export function layerNormGelu(x: Float64Array, g: Float64Array, out: Float64Array): void {
  const n = x.length;
  let mu = 0;
  for (let i = 0; i < n; i++) mu += x[i];
  mu /= n;
  let v = 0;
  for (let i = 0; i < n; i++) v += (x[i] - mu) * (x[i] - mu);
  const rs = 1 / Math.sqrt(v / n + 1e-5);
  for (let i = 0; i < n; i++) {
    const u = g[i] * (x[i] - mu) * rs;
    out[i] = 0.5 * u * (1 + Math.tanh(0.7978845608 * (u + 0.044715 * u * u * u)));
  }
}

/**
 * Logistic regression with L2 and a selectable loss.
 * @domain w [-1, 1] length 3
 * @domain X [-1, 1] length 18
 * @domain y [0, 1] length 6
 */
export function logisticLoss(w: Float64Array, X: Float64Array, y: Float64Array, lambda = 0.01, kind: 'log' | 'hinge2' = 'log'): number {
  const d = w.length;
  const n = y.length;
  let loss = 0;
  for (let i = 0; i < n; i++) {
    let m = 0;
    for (let j = 0; j < d; j++) m += w[j] * X[i * d + j];
    const ym = (2 * y[i] - 1) * m;
    switch (kind) {
      case 'log':
        loss += ym > 0 ? Math.log1p(Math.exp(-ym)) : -ym + Math.log1p(Math.exp(ym));
        break;
      case 'hinge2':
        loss += Math.max(0, 1 - ym) ** 2;
        break;
    }
  }
  let reg = 0;
  for (const wj of w) reg += wj * wj;
  return loss / n + lambda * reg;
}
