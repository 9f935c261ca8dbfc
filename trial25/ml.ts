// ML: conv1d, layer norm, attention, GRU.

/** 1D valid convolution + ReLU, summed squared output (loss). */
export function conv1dLoss(x: Float64Array, w: Float64Array, bias: number): number {
  const k = w.length;
  let loss = 0;
  for (let i = 0; i + k <= x.length; i++) {
    let acc = bias;
    for (let j = 0; j < k; j++) acc += w[j] * x[i + j];
    const y = acc > 0 ? acc : 0.01 * acc;
    loss += y * y;
  }
  return loss;
}

/**
 * Conv1d writing into an output array (void, out-parameter).
 * @domain x [-1, 1] length 6
 * @domain w [-1, 1] length 3
 * @domain out [0, 0] length 4
 */
export function conv1d(x: Float64Array, w: Float64Array, out: Float64Array): void {
  const k = w.length;
  for (let i = 0; i < out.length; i++) {
    let acc = 0;
    for (let j = 0; j < k; j++) acc += w[j] * x[i + j];
    out[i] = Math.tanh(acc);
  }
}

/** Layer norm then dot with gamma: returns sum(gamma * normalised). */
export function layerNorm(x: Float64Array, gamma: Float64Array, eps = 1e-5): number {
  const n = x.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += x[i];
  mean /= n;
  let v = 0;
  for (let i = 0; i < n; i++) v += (x[i] - mean) ** 2;
  v /= n;
  const inv = 1 / Math.sqrt(Math.max(v, 0) + eps);
  let out = 0;
  for (let i = 0; i < n; i++) out += gamma[i] * (x[i] - mean) * inv * (i + 1);
  return out;
}

/** Scaled dot-product attention for a single query over keys/values (d=2). */
export function attention(q: Float64Array, K: Float64Array, V: Float64Array): number {
  const d = q.length;
  const n = K.length / d;
  const scores: number[] = [];
  let mx = -Infinity;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += q[j] * K[i * d + j];
    s /= Math.sqrt(d);
    scores.push(s);
    mx = Math.max(mx, s);
  }
  let z = 0;
  for (let i = 0; i < n; i++) z += Math.exp(scores[i] - mx);
  let out = 0;
  for (let i = 0; i < n; i++) out += (Math.exp(scores[i] - mx) / z) * V[i];
  return out;
}

const sig = (t: number) => 1 / (1 + Math.exp(-t));

/**
 * Scalar GRU over a sequence with state rebinding; weights packed in W (9 entries).
 * @domain xs [-1, 1] length 5
 * @domain W [-1, 1] length 9
 */
export function gruFinal(xs: Float64Array, W: Float64Array, h0 = 0): number {
  let h = h0;
  for (const x of xs) {
    const z = sig(W[0] * x + W[1] * h + W[2]);
    const r = sig(W[3] * x + W[4] * h + W[5]);
    const cand = Math.tanh(W[6] * x + W[7] * (r * h) + W[8]);
    const next = (1 - z) * h + z * cand;
    h = next;
  }
  return h;
}

/** Vector GRU-ish (hidden size 2) with array state rebinding h = next. */
export function gruVec(xs: Float64Array, U: Float64Array): number {
  let h = new Float64Array(2);
  for (let t = 0; t < xs.length; t++) {
    const next = new Float64Array(2);
    for (let k = 0; k < 2; k++) {
      const pre = U[3 * k] * xs[t] + U[3 * k + 1] * h[0] + U[3 * k + 2] * h[1];
      next[k] = Math.tanh(pre);
    }
    h = next;
  }
  return h[0] - h[1];
}

/**
 * Cross-entropy of softmax logits with a label (integer, inactive).
 * @domain label int [0, 3]
 */
export function softmaxXent(logits: number[], label: number): number {
  const m = Math.max(...logits);
  let s = 0;
  for (const l of logits) s += Math.exp(l - m);
  return Math.log(s) + m - logits[label];
}

/** Logistic loss with L2, picking a weight table by a flag (array ternary). */
const PRIOR = [0.5, -0.25, 0.1];
export function logisticL2(w: number[], x: number[], y: number, usePrior: boolean, lam = 0.1): number {
  const ref = usePrior ? PRIOR : w;
  let z = 0;
  for (let i = 0; i < w.length; i++) z += w[i] * x[i];
  const p = y > 0 ? -Math.log(sig(z)) : -Math.log(1 - sig(z));
  let reg = 0;
  for (let i = 0; i < w.length; i++) reg += (w[i] - ref[i]) ** 2;
  return p + lam * reg;
}

/** conv1dLoss with the loop bound written i <= x.length - k (to compare the cost of its gradient). */
export function conv1dLoss2(x: Float64Array, w: Float64Array, bias: number): number {
  const k = w.length;
  let loss = 0;
  for (let i = 0; i <= x.length - k; i++) {
    let acc = bias;
    for (let j = 0; j < k; j++) acc += w[j] * x[i + j];
    const y = acc > 0 ? acc : 0.01 * acc;
    loss += y * y;
  }
  return loss;
}
