// Small recurrent cells and normalisations written with my own helpers.

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** out[r] = bias[r] + sum_c M[r, c] v[c] for rows [r0, r0 + rows) of M (row-major, cols columns). */
function affineRows(M: Float64Array, v: Float64Array, bias: Float64Array, r0: number, rows: number, out: Float64Array): void {
  const cols = v.length;
  for (let r = 0; r < rows; r++) {
    let s = bias[r0 + r];
    for (let c = 0; c < cols; c++) s += M[(r0 + r) * cols + c] * v[c];
    out[r] = s;
  }
}

/** A GRU cell: W (3H x I), U (3H x H), b (3H); gates z, r, candidate n; writes the new state. */
export function gruCell(x: Float64Array, h: Float64Array, W: Float64Array, U: Float64Array, b: Float64Array, hOut: Float64Array): void {
  const H = h.length;
  const zero = new Float64Array(3 * H);
  const wx = new Float64Array(H), uh = new Float64Array(H);
  const z = new Float64Array(H), r = new Float64Array(H);
  affineRows(W, x, b, 0, H, wx);
  affineRows(U, h, zero, 0, H, uh);
  for (let i = 0; i < H; i++) z[i] = sigmoid(wx[i] + uh[i]);
  affineRows(W, x, b, H, H, wx);
  affineRows(U, h, zero, H, H, uh);
  for (let i = 0; i < H; i++) r[i] = sigmoid(wx[i] + uh[i]);
  affineRows(W, x, b, 2 * H, H, wx);
  affineRows(U, h, zero, 2 * H, H, uh);
  for (let i = 0; i < H; i++) {
    const n = Math.tanh(wx[i] + r[i] * uh[i]);
    hOut[i] = (1 - z[i]) * n + z[i] * h[i];
  }
}

/** Squared error of a GRU unrolled over a sequence (inputs of size I, one per step) against a target state. */
export function gruSequenceLoss(xs: Float64Array, h0: Float64Array, W: Float64Array, U: Float64Array, b: Float64Array, target: Float64Array): number {
  const H = h0.length;
  const I = W.length / (3 * H);
  let h = Float64Array.from(h0);
  let next = new Float64Array(H);
  for (let t = 0; t + I <= xs.length; t += I) {
    gruCell(xs.subarray(t, t + I), h, W, U, b, next);
    [h, next] = [next, h];
  }
  let loss = 0;
  for (let i = 0; i < H; i++) loss += (h[i] - target[i]) ** 2;
  return loss;
}

/** An LSTM cell: W is 4H x (I + H) over [x; h], gates i, f, g, o. Writes h and c. */
export function lstmCell(x: Float64Array, h: Float64Array, c: Float64Array, W: Float64Array, b: Float64Array, hOut: Float64Array, cOut: Float64Array): void {
  const H = h.length, I = x.length;
  const xh = new Float64Array(I + H);
  xh.set(x, 0);
  xh.set(h, I);
  const gates = new Float64Array(4 * H);
  affineRows(W, xh, b, 0, 4 * H, gates);
  for (let k = 0; k < H; k++) {
    const ig = sigmoid(gates[k]);
    const fg = sigmoid(gates[H + k] + 1); // forget bias 1
    const gg = Math.tanh(gates[2 * H + k]);
    const og = sigmoid(gates[3 * H + k]);
    cOut[k] = fg * c[k] + ig * gg;
    hOut[k] = og * Math.tanh(cOut[k]);
  }
}

/** Batch norm over a batch of scalars, then a quadratic read-out: sum (gamma xhat + beta - t)^2. */
export function batchNormLoss(x: Float64Array, gamma: number, beta: number, t: Float64Array, eps = 1e-5): number {
  const n = x.length;
  const mean = x.reduce((s, v) => s + v, 0) / n;
  const variance = x.reduce((s, v) => s + (v - mean) ** 2, 0) / n;
  const inv = 1 / Math.sqrt(variance + eps);
  let loss = 0;
  for (let i = 0; i < n; i++) {
    const y = gamma * (x[i] - mean) * inv + beta;
    loss += (y - t[i]) ** 2;
  }
  return loss;
}

/** Layer norm with an affine map, into out. */
export function layerNorm(x: Float64Array, gamma: Float64Array, beta: Float64Array, out: Float64Array, eps = 1e-5): void {
  let mean = 0;
  for (const v of x) mean += v;
  mean /= x.length;
  let v2 = 0;
  for (const v of x) v2 += (v - mean) * (v - mean);
  const rstd = 1 / Math.sqrt(v2 / x.length + eps);
  for (let i = 0; i < x.length; i++) out[i] = gamma[i] * (x[i] - mean) * rstd + beta[i];
}

/** Soft k-means energy of 2-D points against centres: -(1/beta) sum_i log sum_j exp(-beta |p_i - c_j|^2). */
export function softKMeans(points: Float64Array, centers: Float64Array, beta: number): number {
  const n = points.length / 2, k = centers.length / 2;
  const d = new Float64Array(k);
  let energy = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < k; j++) {
      d[j] = -beta * ((points[2 * i] - centers[2 * j]) ** 2 + (points[2 * i + 1] - centers[2 * j + 1]) ** 2);
    }
    const m = Math.max(...d);
    let s = 0;
    for (const dj of d) s += Math.exp(dj - m);
    energy -= (m + Math.log(s)) / beta;
  }
  return energy;
}

/** Cross-entropy of logits against an integer label, with a stable log-sum-exp. */
export function crossEntropy(logits: number[], label: number): number {
  const m = Math.max(...logits);
  const lse = m + Math.log(logits.map((z) => Math.exp(z - m)).reduce((a, b) => a + b, 0));
  return lse - logits[label];
}

/** Valid 1-D convolution, ReLU, then mean of squares. */
export function convReluEnergy(x: Float64Array, kernel: Float64Array, bias: number): number {
  const m = x.length - kernel.length + 1;
  const y = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let s = bias;
    for (let j = 0; j < kernel.length; j++) s += kernel[j] * x[i + j];
    y[i] = s > 0 ? s : 0;
  }
  return y.map((v) => v * v).reduce((a, b) => a + b) / m;
}

/** Two-layer perceptron (tanh hidden layer) squared error, weights packed into one vector. */
export function mlpLoss(params: Float64Array, x: Float64Array, target: number, hidden = 3): number {
  const I = x.length;
  let pos = 0;
  let out = 0;
  for (let j = 0; j < hidden; j++) {
    let a = params[pos++];
    for (let i = 0; i < I; i++) a += params[pos++] * x[i];
    out += params[hidden * (I + 1) + j] * Math.tanh(a);
  }
  out += params[hidden * (I + 2)];
  return 0.5 * (out - target) ** 2;
}
