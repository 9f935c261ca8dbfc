// A small transformer block: single-head attention, layer norm, a two-layer MLP.
// Matrices are row-major Float64Arrays; T tokens of width D.

const EPS = 1e-5;
const HIDDEN = 8;

// scratch buffers reused across calls (as people do to avoid allocation)
const scratchH = new Float64Array(64);

function matmulInto(A: Float64Array, B: Float64Array, out: Float64Array, n: number, k: number, m: number): void {
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += A[i * k + p] * B[p * m + j];
      out[i * m + j] = s;
    }
  }
}

function softmaxRowInPlace(a: Float64Array, off: number, len: number): void {
  let mx = -Infinity;
  for (let j = 0; j < len; j++) mx = Math.max(mx, a[off + j]);
  let s = 0;
  for (let j = 0; j < len; j++) {
    a[off + j] = Math.exp(a[off + j] - mx);
    s += a[off + j];
  }
  for (let j = 0; j < len; j++) a[off + j] /= s;
}

/** Self-attention output's sum of squares: X (T×D), Wq, Wk, Wv (D×D). */
export function attentionEnergy(X: Float64Array, Wq: Float64Array, Wk: Float64Array, Wv: Float64Array, T: number, D: number): number {
  const Q = new Float64Array(T * D);
  const K = new Float64Array(T * D);
  const V = new Float64Array(T * D);
  matmulInto(X, Wq, Q, T, D, D);
  matmulInto(X, Wk, K, T, D, D);
  matmulInto(X, Wv, V, T, D, D);
  const S = new Float64Array(T * T);
  const scale = 1 / Math.sqrt(D);
  for (let i = 0; i < T; i++) {
    for (let j = 0; j < T; j++) {
      let s = 0;
      for (let d = 0; d < D; d++) s += Q[i * D + d] * K[j * D + d];
      S[i * T + j] = s * scale;
    }
    softmaxRowInPlace(S, i * T, T);
  }
  const O = new Float64Array(T * D);
  matmulInto(S, V, O, T, T, D);
  let e = 0;
  for (let i = 0; i < T * D; i++) e += O[i] * O[i];
  return e;
}

/** Causal attention: the mask is applied by skipping j > i (early `continue`). */
export function causalAttentionSum(Q: Float64Array, K: Float64Array, V: Float64Array, T: number, D: number): number {
  let total = 0;
  for (let i = 0; i < T; i++) {
    let mx = -Infinity;
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let d = 0; d < D; d++) s += Q[i * D + d] * K[j * D + d];
      mx = Math.max(mx, s);
    }
    let z = 0;
    const acc = new Float64Array(D);
    for (let j = 0; j < T; j++) {
      if (j > i) continue;
      let s = 0;
      for (let d = 0; d < D; d++) s += Q[i * D + d] * K[j * D + d];
      const w = Math.exp(s - mx);
      z += w;
      for (let d = 0; d < D; d++) acc[d] += w * V[j * D + d];
    }
    for (let d = 0; d < D; d++) total += Math.sin(acc[d] / z);
  }
  return total;
}

/** Layer norm of each row with gain and bias, written into out. */
export function layerNorm(x: Float64Array, gain: Float64Array, bias: Float64Array, T: number, out: Float64Array): void {
  const D = gain.length;
  for (let t = 0; t < T; t++) {
    let mu = 0;
    for (let d = 0; d < D; d++) mu += x[t * D + d];
    mu /= D;
    let v = 0;
    for (let d = 0; d < D; d++) v += (x[t * D + d] - mu) ** 2;
    const inv = 1 / Math.sqrt(v / D + EPS);
    for (let d = 0; d < D; d++) out[t * D + d] = (x[t * D + d] - mu) * inv * gain[d] + bias[d];
  }
}

function gelu(x: number): number {
  return 0.5 * x * (1 + Math.tanh(0.7978845608028654 * (x + 0.044715 * x * x * x)));
}

/** Token-wise MLP (D → HIDDEN → D) with GELU; loss = squared error to target. Scratch allocated per call. */
export function mlpBlockLoss(x: Float64Array, W1: Float64Array, b1: Float64Array, W2: Float64Array, b2: Float64Array, target: Float64Array, T: number): number {
  const D = b2.length;
  const h = new Float64Array(HIDDEN);
  let loss = 0;
  for (let t = 0; t < T; t++) {
    for (let j = 0; j < HIDDEN; j++) {
      let s = b1[j];
      for (let d = 0; d < D; d++) s += W1[j * D + d] * x[t * D + d];
      h[j] = gelu(s);
    }
    for (let d = 0; d < D; d++) {
      let s = b2[d];
      for (let j = 0; j < HIDDEN; j++) s += W2[d * HIDDEN + j] * h[j];
      const r = s + x[t * D + d] - target[t * D + d]; // residual connection
      loss += r * r;
    }
  }
  return loss / T;
}

/** Same MLP but with a module-level scratch buffer reused across calls. */
export function mlpBlockLossScratch(x: Float64Array, W1: Float64Array, b1: Float64Array, W2: Float64Array, b2: Float64Array, target: Float64Array, T: number): number {
  const D = b2.length;
  let loss = 0;
  for (let t = 0; t < T; t++) {
    for (let j = 0; j < HIDDEN; j++) {
      let s = b1[j];
      for (let d = 0; d < D; d++) s += W1[j * D + d] * x[t * D + d];
      scratchH[j] = gelu(s);
    }
    for (let d = 0; d < D; d++) {
      let s = b2[d];
      for (let j = 0; j < HIDDEN; j++) s += W2[d * HIDDEN + j] * scratchH[j];
      const r = s + x[t * D + d] - target[t * D + d];
      loss += r * r;
    }
  }
  return loss / T;
}

/** Cross-entropy of next-token logits from a tied embedding: logits = E h. */
export function tiedLogitsCE(E: Float64Array, h: Float64Array, label: number): number {
  const D = h.length;
  const V = E.length / D;
  let mx = -Infinity;
  const logits = new Float64Array(V);
  for (let v = 0; v < V; v++) {
    let s = 0;
    for (let d = 0; d < D; d++) s += E[v * D + d] * h[d];
    logits[v] = s;
    if (s > mx) mx = s;
  }
  let z = 0;
  for (const l of logits) z += Math.exp(l - mx);
  return Math.log(z) + mx - logits[label];
}

/** Rotary position embedding applied to q, k then their dot at positions m, n. */
export function ropeDot(q: Float64Array, k: Float64Array, m: number, n: number, base = 10000): number {
  const D = q.length;
  let s = 0;
  for (let i = 0; i < D; i += 2) {
    const theta = Math.pow(base, -i / D);
    const cm = Math.cos(m * theta), sm = Math.sin(m * theta);
    const cn = Math.cos(n * theta), sn = Math.sin(n * theta);
    const q0 = q[i] * cm - q[i + 1] * sm;
    const q1 = q[i] * sm + q[i + 1] * cm;
    const k0 = k[i] * cn - k[i + 1] * sn;
    const k1 = k[i] * sn + k[i + 1] * cn;
    s += q0 * k0 + q1 * k1;
  }
  return s;
}

/** RMSNorm then a dot with w. */
export function rmsNormDot(x: Float64Array, g: Float64Array, w: Float64Array): number {
  let ss = 0;
  for (const v of x) ss += v * v;
  const r = 1 / Math.sqrt(ss / x.length + EPS);
  let out = 0;
  for (let i = 0; i < x.length; i++) out += x[i] * r * g[i] * w[i];
  return out;
}

/** causalAttentionSum with the accumulator allocated once and zeroed per row (a user's workaround). */
export function causalAttentionSum2(Q: Float64Array, K: Float64Array, V: Float64Array, T: number, D: number): number {
  let total = 0;
  const acc = new Float64Array(D);
  for (let i = 0; i < T; i++) {
    let mx = -Infinity;
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let d = 0; d < D; d++) s += Q[i * D + d] * K[j * D + d];
      mx = Math.max(mx, s);
    }
    let z = 0;
    acc.fill(0);
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let d = 0; d < D; d++) s += Q[i * D + d] * K[j * D + d];
      const w = Math.exp(s - mx);
      z += w;
      for (let d = 0; d < D; d++) acc[d] += w * V[j * D + d];
    }
    for (let d = 0; d < D; d++) total += Math.sin(acc[d] / z);
  }
  return total;
}
