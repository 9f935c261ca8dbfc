// One self-attention head with scratch buffers, layer norm and GELU.

/** Softmax in place over a row, shifted by its max. */
function softmaxRow(row: Float64Array): void {
  let m = row[0];
  for (let i = 1; i < row.length; i++) m = Math.max(m, row[i]);
  let s = 0;
  for (let i = 0; i < row.length; i++) {
    row[i] = Math.exp(row[i] - m);
    s += row[i];
  }
  for (let i = 0; i < row.length; i++) row[i] /= s;
}

/**
 * Single-head attention of a T×D sequence with D×D projections Wq, Wk, Wv; returns
 * the mean squared distance of the output to `target` (T×D).
 */
export function attentionLoss(X: Float64Array, Wq: Float64Array, Wk: Float64Array, Wv: Float64Array, target: Float64Array, T: number, D: number): number {
  const Q = new Float64Array(T * D), K = new Float64Array(T * D), V = new Float64Array(T * D);
  for (let t = 0; t < T; t++) {
    for (let j = 0; j < D; j++) {
      let q = 0, k = 0, v = 0;
      for (let i = 0; i < D; i++) {
        const x = X[t * D + i];
        q += x * Wq[i * D + j];
        k += x * Wk[i * D + j];
        v += x * Wv[i * D + j];
      }
      Q[t * D + j] = q;
      K[t * D + j] = k;
      V[t * D + j] = v;
    }
  }
  const scale = 1 / Math.sqrt(D);
  const scores = new Float64Array(T);
  let loss = 0;
  for (let t = 0; t < T; t++) {
    for (let u = 0; u < T; u++) {
      let s = 0;
      for (let j = 0; j < D; j++) s += Q[t * D + j] * K[u * D + j];
      scores[u] = s * scale;
    }
    softmaxRow(scores);
    for (let j = 0; j < D; j++) {
      let o = 0;
      for (let u = 0; u < T; u++) o += scores[u] * V[u * D + j];
      loss += (o - target[t * D + j]) ** 2;
    }
  }
  return loss / (T * D);
}

/** Causal version: each position attends to itself and earlier ones only (break out of the key loop). */
export function causalAttention(X: Float64Array, Wq: Float64Array, Wk: Float64Array, T: number, D: number): number {
  const scale = 1 / Math.sqrt(D);
  const w = new Float64Array(T);
  let total = 0;
  for (let t = 0; t < T; t++) {
    const qt = X.subarray(t * D, t * D + D);
    let m = -Infinity;
    for (let u = 0; u < T; u++) {
      if (u > t) break;
      let s = 0;
      for (let a = 0; a < D; a++) for (let b = 0; b < D; b++) s += qt[a] * Wq[a * D + b] * X[u * D + b] * Wk[b];
      w[u] = s * scale;
      m = Math.max(m, w[u]);
    }
    let z = 0;
    for (let u = 0; u <= t; u++) z += Math.exp(w[u] - m);
    // log-partition as a scalar summary per query
    total += m + Math.log(z);
  }
  return total;
}

/** Layer norm of each row, then the sum of gamma-scaled squares (a norm-sensitive scalar). */
export function layerNormEnergy(X: Float64Array, gamma: Float64Array, beta: Float64Array, D: number, eps = 1e-5): number {
  const T = X.length / D;
  let e = 0;
  for (let t = 0; t < T; t++) {
    const row = X.subarray(t * D, (t + 1) * D);
    const mu = row.reduce((s, v) => s + v, 0) / D;
    const varr = row.reduce((s, v) => s + (v - mu) * (v - mu), 0) / D;
    const inv = 1 / Math.sqrt(varr + eps);
    for (let j = 0; j < D; j++) {
      const y = gamma[j] * (row[j] - mu) * inv + beta[j];
      e += y * y;
    }
  }
  return e;
}

/** GELU (tanh approximation) MLP block: sum of gelu(x·w_j) * v_j. */
export function geluMlp(x: Float64Array, W: Float64Array, v: Float64Array): number {
  const H = v.length, D = x.length;
  const c = Math.sqrt(2 / Math.PI);
  let out = 0;
  for (let j = 0; j < H; j++) {
    let a = 0;
    for (let i = 0; i < D; i++) a += x[i] * W[i * H + j];
    const g = 0.5 * a * (1 + Math.tanh(c * (a + 0.044715 * a ** 3)));
    out += g * v[j];
  }
  return out;
}

/** Cross-entropy of a softmax over logits built with map, picking class `label`. */
export function softmaxXent(logits: number[], label: number, temperature = 1): number {
  const z = logits.map((l) => l / temperature);
  const m = Math.max(...z);
  const lse = m + Math.log(z.reduce((s, v) => s + Math.exp(v - m), 0));
  return lse - z[label];
}

/** scratch buffer reused across an outer loop, values needed in reverse overwritten */
export function scratchReuse(w: Float64Array, x: Float64Array, reps: number): number {
  const n = w.length;
  const buf = new Float64Array(n);
  let s = 0;
  for (let r = 0; r < reps; r++) {
    for (let i = 0; i < n; i++) buf[i] = Math.sin(w[i] * x[i] + r * s);
    for (let i = 0; i < n; i++) s += buf[i] * buf[(i + 1) % n];
  }
  return s;
}

/** @noinline helper with array param called in a loop */
/** @noinline */
function rowNorm2(a: Float64Array, i: number, d: number): number {
  let s = 0;
  for (let k = 0; k < d; k++) s += a[i * d + k] ** 2;
  return s;
}
export function noinlineRows(a: Float64Array, d: number): number {
  let s = 0;
  for (let i = 0; i < a.length / d; i++) s += Math.sqrt(rowNorm2(a, i, d) + 1);
  return s;
}
