/**
 * Forward-mode derivatives of the runtime's kernels and elementary functions, called by
 * generated `f_jvp`s: `name_jvp(...params, tangent)`, where `tangent` has a key per parameter
 * of numbers (a missing key is zero). A kernel that returns a number returns
 * `{ value, tangent }`, the value exactly the kernel's; one that writes `out` writes the
 * tangent of out into `tangent.out` (when given).
 */
import { dot, logsumexp, matmul, matvec, sigmoid, softmax, sum } from './kernels.js';
import { qr } from './qr.js';

interface Jvp { value: number; tangent: number }

/** d Σ aᵢ = Σ ȧᵢ. */
export function sum_jvp(a: Float64Array, tangent: { a?: Float64Array }): Jvp {
  return { value: sum(a), tangent: tangent.a ? sum(tangent.a) : 0 };
}

/** d⟨a, b⟩ = ⟨ȧ, b⟩ + ⟨a, ḃ⟩. */
export function dot_jvp(a: Float64Array, b: Float64Array, tangent: { a?: Float64Array; b?: Float64Array }): Jvp {
  let t = 0;
  if (tangent.a) t += dot(tangent.a, b);
  if (tangent.b) t += dot(a, tangent.b);
  return { value: dot(a, b), tangent: t };
}

/** d logsumexp(a) = Σ softmax(a)ᵢ ȧᵢ, with the exponentials shifted by the maximum as the value's. */
export function logsumexp_jvp(a: Float64Array, tangent: { a?: Float64Array }): Jvp {
  const value = logsumexp(a);
  const ta = tangent.a;
  if (!ta || value === -Infinity) return { value, tangent: 0 };
  let m = -Infinity;
  for (let i = 0; i < a.length; i++) if (a[i]! > m) m = a[i]!;
  let s = 0;
  let t = 0;
  for (let i = 0; i < a.length; i++) {
    const e = Math.exp(a[i]! - m);
    s += e;
    t += e * ta[i]!;
  }
  return { value, tangent: t / s };
}

/** dσ(x) = σ(x)(1 − σ(x)) ẋ. */
export function sigmoid_jvp(x: number, tangent: { x?: number }): Jvp {
  const y = sigmoid(x);
  return { value: y, tangent: y * (1 - y) * (tangent.x ?? 0) };
}

/** out = softmax(a), and ȯ = s ⊙ (ȧ − ⟨s, ȧ⟩) with s = out. */
export function softmax_jvp(a: Float64Array, out: Float64Array, tangent: { a?: Float64Array; out?: Float64Array }): void {
  softmax(a, out);
  const to = tangent.out;
  if (!to) return;
  const ta = tangent.a;
  if (!ta) { to.fill(0, 0, out.length); return; }
  let inner = 0;
  for (let i = 0; i < a.length; i++) inner += out[i]! * ta[i]!;
  for (let i = 0; i < a.length; i++) to[i] = out[i]! * (ta[i]! - inner);
}

/** out = A·x, and ȯ = Ȧ·x + A·ẋ. */
export function matvec_jvp(A: Float64Array, x: Float64Array, out: Float64Array, tangent: { A?: Float64Array; x?: Float64Array; out?: Float64Array }): void {
  matvec(A, x, out);
  const to = tangent.out;
  if (!to) return;
  const tA = tangent.A;
  const tx = tangent.x;
  const n = x.length;
  for (let i = 0; i < out.length; i++) {
    let s = 0;
    if (tA) for (let j = 0; j < n; j++) s += tA[i * n + j]! * x[j]!;
    if (tx) for (let j = 0; j < n; j++) s += A[i * n + j]! * tx[j]!;
    to[i] = s;
  }
}

/** out = A·B (A m×k, B k×n), and ȯ = Ȧ·B + A·Ḃ. */
export function matmul_jvp(A: Float64Array, B: Float64Array, m: number, k: number, n: number, out: Float64Array,
  tangent: { A?: Float64Array; B?: Float64Array; m?: number; k?: number; n?: number; out?: Float64Array }): void {
  matmul(A, B, m, k, n, out);
  const to = tangent.out;
  if (!to) return;
  const tA = tangent.A;
  const tB = tangent.B;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      if (tA) for (let p = 0; p < k; p++) s += tA[i * k + p]! * B[p * n + j]!;
      if (tB) for (let p = 0; p < k; p++) s += A[i * k + p]! * tB[p * n + j]!;
      to[i * n + j] = s;
    }
  }
}

/** pow(x, y) of a package: the tangent y·x^(y−1)·ẋ + x^y·log x·ẏ, guarded as the rules table's pow (the value is the package's). */
export function pow_jvp(x: number, y: number, tangent: { x?: number; y?: number }): Jvp {
  const value = Math.pow(x, y);
  const tx = tangent.x ?? 0;
  const ty = tangent.y ?? 0;
  return { value, tangent: (y === 0 || tx === 0 ? 0 : y * Math.pow(x, y - 1) * tx) + (x > 0 && ty !== 0 ? value * Math.log(x) * ty : 0) };
}

export function sin_jvp(x: number, tangent: { x?: number }): Jvp {
  return { value: Math.sin(x), tangent: Math.cos(x) * (tangent.x ?? 0) };
}

export function cos_jvp(x: number, tangent: { x?: number }): Jvp {
  return { value: Math.cos(x), tangent: -Math.sin(x) * (tangent.x ?? 0) };
}

/**
 * (Q, R) = qr(A), and their tangents for thin QR (m ≥ n, A of full column rank): with
 * B = Ȧ·R⁻¹ and C = Qᵀ·B, Qᵀ·Q̇ is skew and Ṙ·R⁻¹ upper triangular, which gives
 * U = C + strictly-upper(Cᵀ) − strictly-lower(C) (upper triangular), Ṙ = U·R, Q̇ = B − Q·U.
 */
export function qr_jvp(A: Float64Array, m: number, n: number, Q: Float64Array, R: Float64Array,
  tangent: { A?: Float64Array; m?: number; n?: number; Q?: Float64Array; R?: Float64Array }): void {
  qr(A, m, n, Q, R);
  const tA = tangent.A;
  const tQ = tangent.Q;
  const tR = tangent.R;
  if (!tQ && !tR) return;
  if (!tA) {
    tQ?.fill(0, 0, m * n);
    tR?.fill(0, 0, n * n);
    return;
  }
  // B = Ȧ·R⁻¹, row by row (x·R = a, R upper triangular)
  const B = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = tA[i * n + j]!;
      for (let k = 0; k < j; k++) s -= B[i * n + k]! * R[k * n + j]!;
      B[i * n + j] = s / R[j * n + j]!;
    }
  }
  // C = Qᵀ·B, then U in place
  const U = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < m; k++) s += Q[k * n + i]! * B[k * n + j]!;
      U[i * n + j] = s;
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      U[j * n + i] = U[j * n + i]! + U[i * n + j]!;
      U[i * n + j] = 0;
    }
  }
  if (tR) {
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let k = i; k <= j; k++) s += U[i * n + k]! * R[k * n + j]!;
        tR[i * n + j] = s;
      }
    }
  }
  if (tQ) {
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let s = B[i * n + j]!;
        for (let k = 0; k <= j; k++) s -= Q[i * n + k]! * U[k * n + j]!;
        tQ[i * n + j] = s;
      }
    }
  }
}
