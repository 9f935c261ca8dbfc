// Tiny networks: a neural-ODE-like recurrence, softmax attention, a GRU, layer norm.

const tanh = Math.tanh;

/** dz/dt = tanh(W z + b) integrated by RK2 (midpoint) for a 2-D state; the loss against a target. */
export function neuralOdeLoss(W: Float64Array, b: Float64Array, z0: Float64Array, target: Float64Array, steps: number, dt: number): number {
  let z1 = z0[0], z2 = z0[1];
  const field = (a: number, c: number): [number, number] => [tanh(W[0] * a + W[1] * c + b[0]), tanh(W[2] * a + W[3] * c + b[1])];
  for (let s = 0; s < steps; s++) {
    const [k1, k2] = field(z1, z2);
    const [m1, m2] = field(z1 + 0.5 * dt * k1, z2 + 0.5 * dt * k2);
    z1 += dt * m1;
    z2 += dt * m2;
  }
  return (z1 - target[0]) ** 2 + (z2 - target[1]) ** 2;
}

/** Softmax attention on tiny matrices as arrays of rows (number[][]), one head: sum of the output. */
export function attentionRows(q: number[][], k: number[][], v: number[][]): number {
  let total = 0;
  for (let i = 0; i < q.length; i++) {
    const scores = k.map((row) => row.reduce((s, x, j) => s + x * q[i][j], 0) / Math.sqrt(row.length));
    const m = Math.max(...scores);
    const e = scores.map((s) => Math.exp(s - m));
    const z = e.reduce((a, b) => a + b, 0);
    for (let j = 0; j < v.length; j++) total += (e[j] / z) * v[j][0];
  }
  return total;
}

/** The same attention on flat row-major arrays (n queries, m keys, d dims): squared error of the output. */
export function attentionFlat(Q: Float64Array, K: Float64Array, V: Float64Array, Y: Float64Array, n: number, m: number, d: number): number {
  const scale = 1 / Math.sqrt(d);
  const w = new Float64Array(m);
  let loss = 0;
  for (let i = 0; i < n; i++) {
    let mx = -Infinity;
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let c = 0; c < d; c++) s += Q[i * d + c] * K[j * d + c];
      w[j] = s * scale;
      if (w[j] > mx) mx = w[j];
    }
    let z = 0;
    for (let j = 0; j < m; j++) { w[j] = Math.exp(w[j] - mx); z += w[j]; }
    for (let c = 0; c < d; c++) {
      let o = 0;
      for (let j = 0; j < m; j++) o += (w[j] / z) * V[j * d + c];
      loss += (o - Y[i * d + c]) ** 2;
    }
  }
  return loss;
}

/** Attention written into out (n × d), a void writer. */
export function attentionInto(Q: Float64Array, K: Float64Array, V: Float64Array, n: number, m: number, d: number, out: Float64Array): void {
  for (let i = 0; i < n; i++) {
    const row = Q.subarray(i * d, (i + 1) * d);
    const scores = Array.from({ length: m }, (_, j) => {
      let s = 0;
      for (let c = 0; c < d; c++) s += row[c] * K[j * d + c];
      return s / Math.sqrt(d);
    });
    const mx = Math.max(...scores);
    let z = 0;
    for (const s of scores) z += Math.exp(s - mx);
    for (let c = 0; c < d; c++) {
      let o = 0;
      for (let j = 0; j < m; j++) o += (Math.exp(scores[j] - mx) / z) * V[j * d + c];
      out[i * d + c] = o;
    }
  }
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** A scalar-input GRU with hidden size 2 run over a sequence; the squared error of a readout at each step. */
export function gruLoss(p: Float64Array, xs: Float64Array, ys: Float64Array): number {
  // p: Wz(2) Uz(4) bz(2) Wr(2) Ur(4) br(2) Wh(2) Uh(4) bh(2) out(2) = 26
  let h0 = 0, h1 = 0, loss = 0;
  for (let t = 0; t < xs.length; t++) {
    const x = xs[t];
    const z0 = sigmoid(p[0] * x + p[2] * h0 + p[3] * h1 + p[6]);
    const z1 = sigmoid(p[1] * x + p[4] * h0 + p[5] * h1 + p[7]);
    const r0 = sigmoid(p[8] * x + p[10] * h0 + p[11] * h1 + p[14]);
    const r1 = sigmoid(p[9] * x + p[12] * h0 + p[13] * h1 + p[15]);
    const c0 = tanh(p[16] * x + p[18] * r0 * h0 + p[19] * r1 * h1 + p[22]);
    const c1 = tanh(p[17] * x + p[20] * r0 * h0 + p[21] * r1 * h1 + p[23]);
    h0 = (1 - z0) * h0 + z0 * c0;
    h1 = (1 - z1) * h1 + z1 * c1;
    const yhat = p[24] * h0 + p[25] * h1;
    loss += (yhat - ys[t]) ** 2;
  }
  return loss;
}

/** Layer norm then a GELU (tanh form) then a dot with w: a transformer block's scalar head. */
export function layerNormGelu(x: Float64Array, gamma: Float64Array, beta: Float64Array, w: Float64Array, eps = 1e-5): number {
  const n = x.length;
  const mean = x.reduce((a, b) => a + b, 0) / n;
  const variance = x.reduce((a, b) => a + (b - mean) ** 2, 0) / n;
  const inv = 1 / Math.sqrt(variance + eps);
  let out = 0;
  for (let i = 0; i < n; i++) {
    const u = gamma[i] * (x[i] - mean) * inv + beta[i];
    const g = 0.5 * u * (1 + tanh(Math.sqrt(2 / Math.PI) * (u + 0.044715 * u ** 3)));
    out += w[i] * g;
  }
  return out;
}

/** 1-D convolution, valid padding, ReLU, then max pooling by 2 and a sum of squares. */
export function convPool(signal: Float64Array, kernel: Float64Array, bias: number): number {
  const n = signal.length - kernel.length + 1;
  const act = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = bias;
    for (let k = 0; k < kernel.length; k++) s += kernel[k] * signal[i + k];
    act[i] = Math.max(0, s);
  }
  let e = 0;
  for (let i = 0; i + 1 < n; i += 2) e += Math.max(act[i], act[i + 1]) ** 2;
  return e;
}
