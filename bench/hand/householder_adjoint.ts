// The gradient of examples/least_squares_householder.ts's residual (least squares by Householder
// QR, then back substitution) written by hand, as an engineer who knows the algorithm would:
// besides the arrays the function builds itself (W, V, Q, R, x), it keeps only each reflector's
// scalars (|column k| and |u_k|, the W update's s_kj and Q's formation's s'_kj: n(n+1)/2 + n² +
// 2n numbers), the signs and the residuals, and restores what a reflector overwrote by running
// its update backwards (W_old = W_new + 2·v·s), where tsgrad tapes every overwritten entry. The
// restored values differ from the taped ones by rounding (the gradient agrees to ~1e-16); a
// compiler that must restore exactly cannot do this. Same contract as a generated f_vjp: returns
// the value and adds seed times the gradient into adj.
export function householder_adjoint(A: Float64Array, y: Float64Array, m: number, n: number, adj: { A: Float64Array; y: Float64Array }, seed = 1): number {
  const W = Float64Array.from(A);
  const V = new Float64Array(m * n);
  const norms = new Float64Array(n);
  const vnorms = new Float64Array(n);
  const sW = new Float64Array(n * n);
  const sQ = new Float64Array(n * n);
  for (let k = 0; k < n; k++) {
    let norm2 = 0;
    for (let i = k; i < m; i++) norm2 += W[i * n + k] * W[i * n + k];
    const norm = Math.sqrt(norm2);
    norms[k] = norm;
    const x0 = W[k * n + k];
    const alpha = x0 >= 0 ? -norm : norm;
    let vnorm2 = 0;
    for (let i = k; i < m; i++) {
      const v = i === k ? x0 - alpha : W[i * n + k];
      V[i * n + k] = v;
      vnorm2 += v * v;
    }
    const vnorm = Math.sqrt(vnorm2);
    vnorms[k] = vnorm;
    for (let i = k; i < m; i++) V[i * n + k] = V[i * n + k] / vnorm;
    for (let j = k; j < n; j++) {
      let s = 0;
      for (let i = k; i < m; i++) s += V[i * n + k] * W[i * n + j];
      sW[k * n + j] = s;
      for (let i = k; i < m; i++) W[i * n + j] = W[i * n + j] - 2 * V[i * n + k] * s;
    }
  }
  const Q = new Float64Array(m * n);
  const R = new Float64Array(n * n);
  for (let k = 0; k < n; k++) Q[k * n + k] = 1;
  for (let k = n - 1; k >= 0; k--) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let i = k; i < m; i++) s += V[i * n + k] * Q[i * n + j];
      sQ[k * n + j] = s;
      for (let i = k; i < m; i++) Q[i * n + j] = Q[i * n + j] - 2 * V[i * n + k] * s;
    }
  }
  const signs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const sign = W[i * n + i] < 0 ? -1 : 1;
    signs[i] = sign;
    for (let j = 0; j < n; j++) R[i * n + j] = j < i ? 0 : sign * W[i * n + j];
    if (sign < 0) for (let r = 0; r < m; r++) Q[r * n + i] = -Q[r * n + i];
  }
  const x = new Float64Array(n);
  for (let k = n - 1; k >= 0; k--) {
    let s = 0;
    for (let i = 0; i < m; i++) s += Q[i * n + k] * y[i];
    for (let j = k + 1; j < n; j++) s -= R[k * n + j] * x[j];
    x[k] = s / R[k * n + k];
  }
  let total = 0;
  const res = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let fit = 0;
    for (let j = 0; j < n; j++) fit += A[i * n + j] * x[j];
    res[i] = y[i] - fit;
    total += res[i] * res[i];
  }

  // the reverse: the fit, the back substitution, the signs
  const A_b = adj.A;
  const y_b = adj.y;
  const x_b = new Float64Array(n);
  const Q_b = new Float64Array(m * n);
  const R_b = new Float64Array(n * n);
  const W_b = new Float64Array(m * n);
  const V_b = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    const r_b = seed * 2 * res[i];
    y_b[i] += r_b;
    for (let j = 0; j < n; j++) {
      A_b[i * n + j] -= r_b * x[j];
      x_b[j] -= r_b * A[i * n + j];
    }
  }
  for (let k = 0; k < n; k++) {
    const s_b = x_b[k] / R[k * n + k];
    R_b[k * n + k] -= s_b * x[k];
    for (let j = k + 1; j < n; j++) {
      R_b[k * n + j] -= s_b * x[j];
      x_b[j] -= s_b * R[k * n + j];
    }
    for (let i = 0; i < m; i++) {
      Q_b[i * n + k] += s_b * y[i];
      y_b[i] += s_b * Q[i * n + k];
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    const sign = signs[i];
    if (sign < 0) {
      for (let r = 0; r < m; r++) {
        Q[r * n + i] = -Q[r * n + i];
        Q_b[r * n + i] = -Q_b[r * n + i];
      }
    }
    for (let j = i; j < n; j++) W_b[i * n + j] += sign * R_b[i * n + j];
  }
  // Q's formation, reflector by reflector: Q before reflector k is Q + 2·v·s' (its update backwards)
  for (let k = 0; k < n; k++) {
    for (let j = n - 1; j >= 0; j--) {
      const s = sQ[k * n + j];
      let s_b = 0;
      for (let i = k; i < m; i++) {
        const q_b = Q_b[i * n + j];
        const v = V[i * n + k];
        s_b -= 2 * v * q_b;
        V_b[i * n + k] -= 2 * s * q_b;
        Q[i * n + j] += 2 * v * s;
      }
      for (let i = k; i < m; i++) {
        V_b[i * n + k] += s_b * Q[i * n + j];
        Q_b[i * n + j] += s_b * V[i * n + k];
      }
    }
  }
  // the factorisation, last reflector first: W's update backwards, then v_k = u / |u| and u from W's column k
  for (let k = n - 1; k >= 0; k--) {
    for (let j = n - 1; j >= k; j--) {
      const s = sW[k * n + j];
      let s_b = 0;
      for (let i = k; i < m; i++) {
        const w_b = W_b[i * n + j];
        const v = V[i * n + k];
        s_b -= 2 * v * w_b;
        V_b[i * n + k] -= 2 * s * w_b;
        W[i * n + j] += 2 * v * s;
      }
      for (let i = k; i < m; i++) {
        V_b[i * n + k] += s_b * W[i * n + j];
        W_b[i * n + j] += s_b * V[i * n + k];
      }
    }
    // (the adjoint of u ↦ u / |u|: (V_b − v·(v·V_b)) / |u|)
    const vnorm = vnorms[k];
    let dot = 0;
    for (let i = k; i < m; i++) dot += V_b[i * n + k] * V[i * n + k];
    const x0 = W[k * n + k];
    let alpha_b = 0;
    let x0_b = 0;
    for (let i = k; i < m; i++) {
      const u_b = (V_b[i * n + k] - V[i * n + k] * dot) / vnorm;
      if (i === k) {
        x0_b += u_b;
        alpha_b -= u_b;
      } else {
        W_b[i * n + k] += u_b;
      }
    }
    const norm_b = x0 >= 0 ? -alpha_b : alpha_b;
    W_b[k * n + k] += x0_b;
    if (norm_b !== 0) for (let i = k; i < m; i++) W_b[i * n + k] += (norm_b * W[i * n + k]) / norms[k];
  }
  for (let i = 0; i < m * n; i++) A_b[i] += W_b[i];
  return total;
}
