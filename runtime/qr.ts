/**
 * Thin QR decomposition with a registered pullback, for user code:
 * `import { qr } from 'tsgrad/runtime'`, then `qr(A, m, n, Q, R)` in a differentiated function.
 *
 * A is m×n, row-major, m ≥ n; Q (m×n) gets orthonormal columns and R (n×n) is upper triangular
 * with a diagonal ≥ 0, so A = Q·R. Householder reflections; each column's sign is then chosen so
 * that R's diagonal is non-negative, which makes the factorisation the unique one for a matrix
 * of full column rank and a smooth function of A there (a bare Householder QR flips the sign
 * of a row of R where a pivot crosses zero).
 *
 * `qr_vjp` does not differentiate the reflections: it applies the pullback of the
 * factorisation itself (for thin QR with m ≥ n, as published by Walter & Lehmann 2018 and
 * used by the ML frameworks): with Q̄, R̄ the cotangents of Q and R (only R̄'s upper triangle,
 * the rest of R being constant zeros),
 *
 *   M = R·R̄ᵀ − Q̄ᵀ·Q,   Ā += (Q̄ + Q·copyltu(M))·R⁻ᵀ,
 *
 * where copyltu(M) mirrors M's lower triangle onto its upper one. It costs about as much as
 * the factorisation (O(m·n²)), and keeps nothing on the tape.
 */

// (`@__PURE__`: a bundle that does not call qr leaves the buffers out)
let work = /* @__PURE__ */ new Float64Array(64);
let pulled = /* @__PURE__ */ new Float64Array(64);

/** A grown-on-demand buffer of at least n elements (the kernels call nothing while they use it). */
function buffer(n: number): Float64Array {
  if (work.length < n) work = new Float64Array(Math.max(n, work.length * 2));
  return work;
}

/** qr_vjp's own working space (it calls qr, which uses the other). */
function pullBuffer(n: number): Float64Array {
  if (pulled.length < n) pulled = new Float64Array(Math.max(n, pulled.length * 2));
  return pulled;
}

/** Q (m×n) and R (n×n) with A = Q·R, Qᵀ·Q = I, R upper triangular with a non-negative diagonal. */
export function qr(A: Float64Array, m: number, n: number, Q: Float64Array, R: Float64Array): void {
  if (!(m >= n && n >= 0) || A.length < m * n || Q.length < m * n || R.length < n * n) {
    throw new RangeError(`qr: needs m ≥ n ≥ 0, A and Q of m·n = ${m * n} and R of n·n = ${n * n} elements`);
  }
  // W: A, overwritten by the reflections (R in its upper triangle); V: the unit reflectors, column k in rows k…m−1
  const W = buffer(2 * m * n);
  for (let i = 0; i < m * n; i++) W[i] = A[i]!;
  const V = m * n; // offset of V in the buffer
  for (let k = 0; k < n; k++) {
    let norm2 = 0;
    for (let i = k; i < m; i++) norm2 += W[i * n + k]! * W[i * n + k]!;
    const norm = Math.sqrt(norm2);
    const x0 = W[k * n + k]!;
    const alpha = x0 >= 0 ? -norm : norm;
    // v = x − α e₁, normalised (v = 0 when the column is already zero below and at the pivot)
    let vnorm2 = 0;
    for (let i = k; i < m; i++) {
      const v = i === k ? x0 - alpha : W[i * n + k]!;
      W[V + i * n + k] = v;
      vnorm2 += v * v;
    }
    const vnorm = Math.sqrt(vnorm2);
    for (let i = k; i < m; i++) W[V + i * n + k] = vnorm > 0 ? W[V + i * n + k]! / vnorm : 0;
    // W[k:, k:] −= 2 v (vᵀ W[k:, k:])
    for (let j = k; j < n; j++) {
      let s = 0;
      for (let i = k; i < m; i++) s += W[V + i * n + k]! * W[i * n + j]!;
      for (let i = k; i < m; i++) W[i * n + j] = W[i * n + j]! - 2 * W[V + i * n + k]! * s;
    }
  }
  // Q = H₀ H₁ … Hₙ₋₁ [I; 0], applying the reflections to [I; 0] from the last
  for (let i = 0; i < m * n; i++) Q[i] = 0;
  for (let k = 0; k < n; k++) Q[k * n + k] = 1;
  for (let k = n - 1; k >= 0; k--) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let i = k; i < m; i++) s += W[V + i * n + k]! * Q[i * n + j]!;
      for (let i = k; i < m; i++) Q[i * n + j] = Q[i * n + j]! - 2 * W[V + i * n + k]! * s;
    }
  }
  // R from W's upper triangle; rows of R and columns of Q negated where the pivot is negative
  for (let i = 0; i < n; i++) {
    const sign = W[i * n + i]! < 0 ? -1 : 1;
    for (let j = 0; j < n; j++) R[i * n + j] = j < i ? 0 : sign * W[i * n + j]!;
    if (sign < 0) for (let r = 0; r < m; r++) Q[r * n + i] = -Q[r * n + i]!;
  }
}

/**
 * Ā += pullback of (Q, R) = qr(A) applied to (adj.Q, adj.R), which it then clears (Q and R
 * were overwritten by the call). The factors are computed again from A (generated code may
 * have given Q and R back the contents they had before the call, as the kernels' contract
 * allows, so they are not read). A must have full column rank, as for the derivative to exist.
 */
export function qr_vjp(A: Float64Array, m: number, n: number, Q: Float64Array, R: Float64Array,
  adj: { A: Float64Array; m: number; n: number; Q: Float64Array; R: Float64Array }, seed = 1): void {
  void Q;
  void R;
  void seed; // the cotangents arrive in adj.Q and adj.R, already scaled
  const Qb = adj.Q;
  const Rb = adj.R;
  const all = pullBuffer(2 * m * n + 2 * n * n);
  const Qf = all.subarray(0, m * n);
  const Rf = all.subarray(m * n, m * n + n * n);
  qr(A, m, n, Qf, Rf);
  const buf = all.subarray(m * n + n * n);
  // M = R·triu(R̄)ᵀ − Q̄ᵀ·Q (n×n), at buf[0 … n²)
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = Math.max(i, j); k < n; k++) s += Rf[i * n + k]! * Rb[j * n + k]!;
      for (let r = 0; r < m; r++) s -= Qb[r * n + i]! * Qf[r * n + j]!;
      buf[i * n + j] = s;
    }
  }
  // B = Q̄ + Q·copyltu(M) (m×n), at buf[n² …)
  const B = n * n;
  for (let r = 0; r < m; r++) {
    for (let j = 0; j < n; j++) {
      let s = Qb[r * n + j]!;
      for (let k = 0; k < n; k++) s += Qf[r * n + k]! * (k >= j ? buf[k * n + j]! : buf[j * n + k]!);
      buf[B + r * n + j] = s;
    }
  }
  // Ā += B·R⁻ᵀ: for each row b of B, solve x·Rᵀ = b by back substitution (x_k from the last)
  for (let r = 0; r < m; r++) {
    for (let k = n - 1; k >= 0; k--) {
      let s = buf[B + r * n + k]!;
      for (let j = k + 1; j < n; j++) s -= buf[B + r * n + j]! * Rf[k * n + j]!;
      const x = s / Rf[k * n + k]!;
      buf[B + r * n + k] = x;
      adj.A[r * n + k]! += x;
    }
  }
  Qb.fill(0, 0, m * n);
  Rb.fill(0, 0, n * n);
}
