/**
 * Array kernels for user code, row-major, each with its derivative registered the same way a
 * user registers one: `name_vjp(...params, adj, seed)` beside `name`. A kernel writes exactly
 * its parameters named `out…`; its vjp reads their adjoints from `adj` (and clears them, as
 * those elements were overwritten) and adds the adjoints of its inputs into `adj`.
 */

/** Σ aᵢ. */
export function sum(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]!;
  return s;
}

export function sum_vjp(a: Float64Array, adj: { a: Float64Array }, seed = 1): number {
  for (let i = 0; i < a.length; i++) adj.a[i]! += seed;
  return sum(a);
}

/** Σ aᵢ bᵢ. */
export function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

export function dot_vjp(a: Float64Array, b: Float64Array, adj: { a: Float64Array; b: Float64Array }, seed = 1): number {
  for (let i = 0; i < a.length; i++) {
    adj.a[i]! += seed * b[i]!;
    adj.b[i]! += seed * a[i]!;
  }
  return dot(a, b);
}

/** log Σ exp(aᵢ), shifted by the maximum so that it neither overflows nor underflows. */
export function logsumexp(a: Float64Array): number {
  let m = -Infinity;
  for (let i = 0; i < a.length; i++) if (a[i]! > m) m = a[i]!;
  if (m === -Infinity) return -Infinity;
  let s = 0;
  for (let i = 0; i < a.length; i++) s += Math.exp(a[i]! - m);
  return m + Math.log(s);
}

/**
 * ∂/∂aᵢ logsumexp(a) = softmax(a)ᵢ = e^(aᵢ − m) / Σ e^(aⱼ − m): the exponentials the value
 * needs are kept (in a shared scratch buffer) and reused, one per element in all. The value is
 * computed exactly as `logsumexp` computes it.
 */
export function logsumexp_vjp(a: Float64Array, adj: { a: Float64Array }, seed = 1): number {
  let m = -Infinity;
  for (let i = 0; i < a.length; i++) if (a[i]! > m) m = a[i]!;
  if (m === -Infinity) return -Infinity;
  const e = scratch(a.length);
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    e[i] = Math.exp(a[i]! - m);
    s += e[i]!;
  }
  const g = seed / s;
  for (let i = 0; i < a.length; i++) adj.a[i]! += g * e[i]!;
  return m + Math.log(s);
}

/** 1 / (1 + e⁻ˣ), computed without overflow for large |x|. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

export function sigmoid_vjp(x: number, adj: { x: number }, seed = 1): number {
  const y = sigmoid(x);
  adj.x += seed * y * (1 - y);
  return y;
}

/** out = softmax(a). */
export function softmax(a: Float64Array, out: Float64Array): void {
  const z = logsumexp(a);
  for (let i = 0; i < a.length; i++) out[i] = Math.exp(a[i]! - z);
}

/** ā += s ⊙ (ō − ⟨ō, s⟩) with s = softmax(a); ō is cleared. Each exponential is taken once. */
export function softmax_vjp(a: Float64Array, out: Float64Array, adj: { a: Float64Array; out: Float64Array }, seed = 1): void {
  void out;
  void seed;
  let m = -Infinity;
  for (let i = 0; i < a.length; i++) if (a[i]! > m) m = a[i]!;
  const p = scratch(a.length);
  let total = 0;
  for (let i = 0; i < a.length; i++) {
    p[i] = Math.exp(a[i]! - m);
    total += p[i]!;
  }
  let inner = 0;
  for (let i = 0; i < a.length; i++) {
    p[i] = p[i]! / total;
    inner += adj.out[i]! * p[i]!;
  }
  for (let i = 0; i < a.length; i++) {
    adj.a[i]! += p[i]! * (adj.out[i]! - inner);
    adj.out[i] = 0;
  }
}

/** out = A·x, with A of out.length rows and x.length columns, row-major. */
export function matvec(A: Float64Array, x: Float64Array, out: Float64Array): void {
  const n = x.length;
  for (let i = 0; i < out.length; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += A[i * n + j]! * x[j]!;
    out[i] = s;
  }
}

/** Ā += ō xᵀ, x̄ += Aᵀ ō; ō is cleared. */
export function matvec_vjp(A: Float64Array, x: Float64Array, out: Float64Array,
  adj: { A: Float64Array; x: Float64Array; out: Float64Array }, seed = 1): void {
  void seed;
  const n = x.length;
  for (let i = 0; i < out.length; i++) {
    const g = adj.out[i]!;
    for (let j = 0; j < n; j++) {
      adj.A[i * n + j]! += g * x[j]!;
      adj.x[j]! += g * A[i * n + j]!;
    }
    adj.out[i] = 0;
  }
}

/** out = A·B with A m×k and B k×n, row-major (out is m×n). */
export function matmul(A: Float64Array, B: Float64Array, m: number, k: number, n: number, out: Float64Array): void {
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += A[i * k + p]! * B[p * n + j]!;
      out[i * n + j] = s;
    }
  }
}

/** Ā += Ḡ·Bᵀ, B̄ += Aᵀ·Ḡ (Ḡ the adjoint of out, then cleared). */
export function matmul_vjp(A: Float64Array, B: Float64Array, m: number, k: number, n: number, out: Float64Array,
  adj: { A: Float64Array; B: Float64Array; m: number; k: number; n: number; out: Float64Array }, seed = 1): void {
  void out;
  void seed;
  const G = adj.out;
  for (let i = 0; i < m; i++) {
    for (let p = 0; p < k; p++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += G[i * n + j]! * B[p * n + j]!;
      adj.A[i * k + p]! += s;
    }
  }
  for (let p = 0; p < k; p++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let i = 0; i < m; i++) s += A[i * k + p]! * G[i * n + j]!;
      adj.B[p * n + j]! += s;
    }
  }
  G.fill(0, 0, m * n);
}

// (`@__PURE__`: a bundle that calls no kernel leaves the buffers out)
let scratchBuffer = /* @__PURE__ */ new Float64Array(64);

/** Working space for the kernels' vjps (which call nothing while they use it). */
function scratch(n: number): Float64Array {
  if (scratchBuffer.length < n) scratchBuffer = new Float64Array(Math.max(n, scratchBuffer.length * 2));
  return scratchBuffer;
}

let sinkBuffer = /* @__PURE__ */ new Float64Array(64);

/**
 * Somewhere to add adjoints nobody reads (those of an array argument that does not depend on
 * the inputs): shared, grown on demand, never allocated per call.
 */
export function sink(n: number): Float64Array {
  if (sinkBuffer.length < n) sinkBuffer = new Float64Array(Math.max(n, sinkBuffer.length * 2));
  return sinkBuffer;
}
