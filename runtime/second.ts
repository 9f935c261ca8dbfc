/**
 * What generated second-order code (`f_hvp`, `f_hessian`) uses: the tangent tape beside the
 * tape, and the dense Hessian from Hessian-vector products.
 */

import { dot, sigmoid, sum } from './kernels.js';
import type { Revolve } from './revolve.js';

let tangentValues = new Float64Array(1024);

/**
 * The tangent tape: a buffer at least as long as the tape's `values`, indexed by the same `top`
 * (`stack_d[top] = x_d` beside `stack[top++] = x`). It grows with the tape, keeping its
 * contents; f_hvp reads it again wherever it reads the tape's buffer again.
 */
export function tapeTangents(values: Float64Array): Float64Array {
  if (tangentValues.length < values.length) {
    const next = new Float64Array(values.length);
    next.set(tangentValues);
    tangentValues = next;
  }
  return tangentValues;
}

/**
 * The tangents of a checkpointed loop's snapshot `slot`: storage laid out as
 * `schedule.snapshot(slot)`'s (the row from `schedule.offset(slot)` on), kept by the schedule.
 * f_hvp saves the state's tangents where it saves the state, and reads them back where it
 * restores it.
 */
export function snapshotTangents(schedule: Revolve, slot: number): Float64Array {
  return schedule.tangents(slot);
}

/**
 * The dense Hessian of a function from its `f_hvp`, one Hessian-vector product per input:
 * `layout` lists the parameters in order, each with its key and its length (`-1` for a number).
 * The inputs are numbered in that order (an array's elements in turn), n of them in all; row j
 * of the n×n row-major result is `hvp(e_j)` (so `hessian[j * n + k]` = ∂²f/∂x_j∂x_k). Value and
 * gradient are those of the last product (each is f's own). Cost: n hvps.
 */
export function denseHessian<V, T, G>(layout: readonly (readonly [string, number])[], hvp: (v: V) => { value: T; grad: G; hvp: G }):
  { value: T; grad: G; hessian: Float64Array } {
  const direction: Record<string, number | Float64Array> = {};
  let n = 0;
  for (const [key, length] of layout) {
    direction[key] = length < 0 ? 0 : new Float64Array(length);
    n += length < 0 ? 1 : length;
  }
  const hessian = new Float64Array(n * n);
  if (n === 0) {
    const r = hvp(direction as V);
    return { value: r.value, grad: r.grad, hessian };
  }
  let last: { value: T; grad: G } | undefined;
  let j = 0;
  for (const [key, length] of layout) {
    for (let i = 0; i < (length < 0 ? 1 : length); i++, j++) {
      if (length < 0) direction[key] = 1;
      else (direction[key] as Float64Array)[i] = 1;
      const r = hvp(direction as V);
      if (length < 0) direction[key] = 0;
      else (direction[key] as Float64Array)[i] = 0;
      const h = r.hvp as Record<string, number | Float64Array>;
      let k = j * n;
      for (const [key2, length2] of layout) {
        const row = h[key2]!;
        if (length2 < 0) hessian[k++] = row as number;
        else for (let m = 0; m < length2; m++) hessian[k++] = (row as Float64Array)[m]!;
      }
      last = r;
    }
  }
  return { value: last!.value, grad: last!.grad, hessian };
}

/*
 * Second-order forms of the kernels: `name_vjp_d(...params, tangent, adj, adj_d, seed, seed_d)`,
 * the tangent of `name_vjp` along `tangent` (the inputs' tangents) and `seed_d` (the seed's) and
 * `adj_d` (the tangents of the adjoints of what the kernel writes): it does what name_vjp does,
 * in the same order (the same adjoints, bit for bit), and adds into adj_d the tangents of what it
 * adds into adj. f_hvp calls them where f_vjp calls name_vjp.
 */

export function sum_vjp_d(a: Float64Array, tangent: { a?: Float64Array }, adj: { a: Float64Array }, adj_d: { a: Float64Array }, seed = 1, seed_d = 0): number {
  void tangent;
  for (let i = 0; i < a.length; i++) {
    adj.a[i]! += seed;
    adj_d.a[i]! += seed_d;
  }
  return sum(a);
}

export function dot_vjp_d(a: Float64Array, b: Float64Array, tangent: { a?: Float64Array; b?: Float64Array },
  adj: { a: Float64Array; b: Float64Array }, adj_d: { a: Float64Array; b: Float64Array }, seed = 1, seed_d = 0): number {
  const ta = tangent.a;
  const tb = tangent.b;
  for (let i = 0; i < a.length; i++) {
    adj.a[i]! += seed * b[i]!;
    adj.b[i]! += seed * a[i]!;
    adj_d.a[i]! += seed_d * b[i]! + (tb ? seed * tb[i]! : 0);
    adj_d.b[i]! += seed_d * a[i]! + (ta ? seed * ta[i]! : 0);
  }
  return dot(a, b);
}

/** With p = softmax(a): ā += seed·p, and its tangent seed_d·p + seed·ṗ, ṗᵢ = pᵢ(ȧᵢ − ⟨p, ȧ⟩). */
export function logsumexp_vjp_d(a: Float64Array, tangent: { a?: Float64Array }, adj: { a: Float64Array }, adj_d: { a: Float64Array }, seed = 1, seed_d = 0): number {
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
  const ta = tangent.a;
  let inner = 0;
  if (ta) for (let i = 0; i < a.length; i++) inner += e[i]! * ta[i]!;
  inner /= s;
  for (let i = 0; i < a.length; i++) {
    adj.a[i]! += g * e[i]!;
    const p = e[i]! / s;
    adj_d.a[i]! += seed_d * p + (ta ? seed * p * (ta[i]! - inner) : 0);
  }
  return m + Math.log(s);
}

/** x̄ += seed·y(1 − y); its tangent seed_d·y(1 − y) + seed·y(1 − y)(1 − 2y)·ẋ. */
export function sigmoid_vjp_d(x: number, tangent: { x?: number }, adj: { x: number }, adj_d: { x: number }, seed = 1, seed_d = 0): number {
  const y = sigmoid(x);
  adj.x += seed * y * (1 - y);
  adj_d.x += seed_d * y * (1 - y) + seed * y * (1 - y) * (1 - 2 * y) * (tangent.x ?? 0);
  return y;
}

/** ā += p ⊙ (ō − ⟨ō, p⟩), ō cleared; the tangents likewise (ṗᵢ = pᵢ(ȧᵢ − ⟨p, ȧ⟩)). */
export function softmax_vjp_d(a: Float64Array, out: Float64Array, tangent: { a?: Float64Array; out?: Float64Array },
  adj: { a: Float64Array; out: Float64Array }, adj_d: { a: Float64Array; out: Float64Array }, seed = 1, seed_d = 0): void {
  void out;
  void seed;
  void seed_d;
  let m = -Infinity;
  for (let i = 0; i < a.length; i++) if (a[i]! > m) m = a[i]!;
  const p = scratch(2 * a.length);
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
  // ṗ in the scratch's second half
  const ta = tangent.a;
  let pa = 0;
  if (ta) for (let i = 0; i < a.length; i++) pa += p[i]! * ta[i]!;
  let innerD = 0;
  for (let i = 0; i < a.length; i++) {
    const pd = ta ? p[i]! * (ta[i]! - pa) : 0;
    p[a.length + i] = pd;
    innerD += adj_d.out[i]! * p[i]! + adj.out[i]! * pd;
  }
  for (let i = 0; i < a.length; i++) {
    adj_d.a[i]! += p[a.length + i]! * (adj.out[i]! - inner) + p[i]! * (adj_d.out[i]! - innerD);
    adj.a[i]! += p[i]! * (adj.out[i]! - inner);
    adj.out[i] = 0;
    adj_d.out[i] = 0;
  }
}

/** Ā += ō xᵀ, x̄ += Aᵀ ō, ō cleared; and their tangents (bilinear: ȯ xᵀ + ō ẋᵀ, …). */
export function matvec_vjp_d(A: Float64Array, x: Float64Array, out: Float64Array, tangent: { A?: Float64Array; x?: Float64Array; out?: Float64Array },
  adj: { A: Float64Array; x: Float64Array; out: Float64Array }, adj_d: { A: Float64Array; x: Float64Array; out: Float64Array }, seed = 1, seed_d = 0): void {
  void seed;
  void seed_d;
  const n = x.length;
  const tA = tangent.A;
  const tx = tangent.x;
  for (let i = 0; i < out.length; i++) {
    const g = adj.out[i]!;
    const gd = adj_d.out[i]!;
    for (let j = 0; j < n; j++) {
      adj.A[i * n + j]! += g * x[j]!;
      adj.x[j]! += g * A[i * n + j]!;
      adj_d.A[i * n + j]! += gd * x[j]! + (tx ? g * tx[j]! : 0);
      adj_d.x[j]! += gd * A[i * n + j]! + (tA ? g * tA[i * n + j]! : 0);
    }
    adj.out[i] = 0;
    adj_d.out[i] = 0;
  }
}

/** Ā += Ḡ·Bᵀ, B̄ += Aᵀ·Ḡ, Ḡ cleared; and their tangents Ġ·Bᵀ + Ḡ·Ḃᵀ, Ȧᵀ·Ḡ + Aᵀ·Ġ. */
export function matmul_vjp_d(A: Float64Array, B: Float64Array, m: number, k: number, n: number, out: Float64Array,
  tangent: { A?: Float64Array; B?: Float64Array; out?: Float64Array },
  adj: { A: Float64Array; B: Float64Array; m: number; k: number; n: number; out: Float64Array },
  adj_d: { A: Float64Array; B: Float64Array; m: number; k: number; n: number; out: Float64Array }, seed = 1, seed_d = 0): void {
  void out;
  void seed;
  void seed_d;
  const G = adj.out;
  const Gd = adj_d.out;
  const tA = tangent.A;
  const tB = tangent.B;
  for (let i = 0; i < m; i++) {
    for (let p = 0; p < k; p++) {
      let s = 0;
      let sd = 0;
      for (let j = 0; j < n; j++) {
        s += G[i * n + j]! * B[p * n + j]!;
        sd += Gd[i * n + j]! * B[p * n + j]! + (tB ? G[i * n + j]! * tB[p * n + j]! : 0);
      }
      adj.A[i * k + p]! += s;
      adj_d.A[i * k + p]! += sd;
    }
  }
  for (let p = 0; p < k; p++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      let sd = 0;
      for (let i = 0; i < m; i++) {
        s += A[i * k + p]! * G[i * n + j]!;
        sd += A[i * k + p]! * Gd[i * n + j]! + (tA ? tA[i * k + p]! * G[i * n + j]! : 0);
      }
      adj.B[p * n + j]! += s;
      adj_d.B[p * n + j]! += sd;
    }
  }
  G.fill(0, 0, m * n);
  Gd.fill(0, 0, m * n);
}

let scratchBuffer = new Float64Array(64);

/** Working space for the second-order kernels (which call nothing while they use it). */
function scratch(n: number): Float64Array {
  if (scratchBuffer.length < n) scratchBuffer = new Float64Array(Math.max(n, scratchBuffer.length * 2));
  return scratchBuffer;
}
