// A small 2D pin-jointed truss: stiffness assembly, a hand-written LU solve with partial pivoting,
// compliance, member forces and a buckling-style penalty.

/** Assemble the global stiffness matrix (row-major, 2*nodes square) into K. */
function assemble(nodes: Float64Array, conn: Int32Array, areas: Float64Array, youngs: number, K: Float64Array): void {
  const dofs = nodes.length;
  K.fill(0);
  for (let e = 0; e < areas.length; e++) {
    const a = conn[2 * e];
    const b = conn[2 * e + 1];
    const dx = nodes[2 * b] - nodes[2 * a];
    const dy = nodes[2 * b + 1] - nodes[2 * a + 1];
    const len = Math.hypot(dx, dy);
    const c = dx / len;
    const s = dy / len;
    const k = (youngs * areas[e]) / len;
    const local = [c * c, c * s, c * s, s * s];
    const idx = [2 * a, 2 * a + 1, 2 * b, 2 * b + 1];
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 4; j++) {
        const sign = (i < 2) === (j < 2) ? 1 : -1;
        K[idx[i] * dofs + idx[j]] += sign * k * local[(i % 2) * 2 + (j % 2)];
      }
    }
  }
}

/** Solve A x = b in place by Gaussian elimination with partial pivoting (A n×n row-major, destroyed; b destroyed). */
function luSolve(A: Float64Array, b: Float64Array, n: number, x: Float64Array): void {
  for (let col = 0; col < n; col++) {
    let piv = col;
    let best = Math.abs(A[col * n + col]);
    for (let r = col + 1; r < n; r++) {
      const v = Math.abs(A[r * n + col]);
      if (v > best) {
        best = v;
        piv = r;
      }
    }
    if (piv !== col) {
      for (let c = 0; c < n; c++) {
        const t = A[col * n + c];
        A[col * n + c] = A[piv * n + c];
        A[piv * n + c] = t;
      }
      [b[col], b[piv]] = [b[piv], b[col]];
    }
    for (let r = col + 1; r < n; r++) {
      const f = A[r * n + col] / A[col * n + col];
      if (f === 0) continue;
      for (let c = col; c < n; c++) A[r * n + c] -= f * A[col * n + c];
      b[r] -= f * b[col];
    }
  }
  for (let r = n - 1; r >= 0; r--) {
    let acc = b[r];
    for (let c = r + 1; c < n; c++) acc -= A[r * n + c] * x[c];
    x[r] = acc / A[r * n + r];
  }
}

/** Reduce K and the loads to the free dofs (fixed[i] = 1 means dof i is held). */
function reduce(K: Float64Array, loads: Float64Array, fixed: Uint8Array, Kr: Float64Array, fr: Float64Array): number {
  const dofs = loads.length;
  let m = 0;
  for (let i = 0; i < dofs; i++) if (!fixed[i]) m++;
  let r = 0;
  for (let i = 0; i < dofs; i++) {
    if (fixed[i]) continue;
    let c = 0;
    for (let j = 0; j < dofs; j++) {
      if (fixed[j]) continue;
      Kr[r * m + c] = K[i * dofs + j];
      c++;
    }
    fr[r] = loads[i];
    r++;
  }
  return m;
}

/** Compliance f·u of the truss under `loads`, as a function of the member areas. */
export function compliance(areas: Float64Array, nodes: Float64Array, conn: Int32Array, fixed: Uint8Array, loads: Float64Array, youngs = 200): number {
  const dofs = nodes.length;
  const K = new Float64Array(dofs * dofs);
  assemble(nodes, conn, areas, youngs, K);
  const Kr = new Float64Array(dofs * dofs);
  const fr = new Float64Array(dofs);
  const m = reduce(K, loads, fixed, Kr, fr);
  const u = new Float64Array(m);
  const rhs = fr.slice(0, m);
  luSolve(Kr, fr, m, u);
  let c = 0;
  for (let i = 0; i < m; i++) c += rhs[i] * u[i];
  return c;
}

/** Nodal displacements of the free dofs written into `u` (a void out-parameter function). */
export function displacements(areas: Float64Array, nodes: Float64Array, conn: Int32Array, fixed: Uint8Array, loads: Float64Array, u: Float64Array): void {
  const dofs = nodes.length;
  const K = new Float64Array(dofs * dofs);
  assemble(nodes, conn, areas, 200, K);
  const Kr = new Float64Array(dofs * dofs);
  const fr = new Float64Array(dofs);
  const m = reduce(K, loads, fixed, Kr, fr);
  luSolve(Kr, fr, m, u);
}

/** Mass plus a compliance penalty: the usual sizing objective. */
export function sizingObjective(areas: Float64Array, nodes: Float64Array, conn: Int32Array, fixed: Uint8Array, loads: Float64Array, penalty = 0.1): number {
  let mass = 0;
  for (let e = 0; e < areas.length; e++) {
    const a = conn[2 * e], b = conn[2 * e + 1];
    mass += areas[e] * Math.hypot(nodes[2 * b] - nodes[2 * a], nodes[2 * b + 1] - nodes[2 * a + 1]);
  }
  return mass + penalty * compliance(areas, nodes, conn, fixed, loads);
}

/** Solve a dense system with my LU and return x·x (a generic linear-solve test). */
export function solveNormSq(A: Float64Array, b: Float64Array): number {
  const n = b.length;
  const Ac = Float64Array.from(A);
  const bc = Float64Array.from(b);
  const x = new Float64Array(n);
  luSolve(Ac, bc, n, x);
  let s = 0;
  for (const v of x) s += v * v;
  return s;
}

/** Determinant by elimination with pivoting (sign flips on swaps). */
export function determinant(A: Float64Array, n: number): number {
  const M = A.slice();
  let det = 1;
  for (let col = 0; col < n; col++) {
    let piv = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(M[r * n + col]) > Math.abs(M[piv * n + col])) piv = r;
    if (M[piv * n + col] === 0) return 0;
    if (piv !== col) {
      for (let c = 0; c < n; c++) {
        const t = M[col * n + c];
        M[col * n + c] = M[piv * n + c];
        M[piv * n + c] = t;
      }
      det = -det;
    }
    det *= M[col * n + col];
    for (let r = col + 1; r < n; r++) {
      const f = M[r * n + col] / M[col * n + col];
      for (let c = col; c < n; c++) M[r * n + c] -= f * M[col * n + c];
    }
  }
  return det;
}

/** Euler buckling utilisation: smooth max over members of compressive force / critical load. */
export function bucklingRisk(forces: Float64Array, areas: Float64Array, lengths: Float64Array, youngs = 200, p = 8): number {
  let acc = 0;
  for (let e = 0; e < forces.length; e++) {
    const inertia = (areas[e] * areas[e]) / (4 * Math.PI); // solid circular section
    const pcr = (Math.PI * Math.PI * youngs * inertia) / (lengths[e] * lengths[e]);
    const compression = Math.max(-forces[e], 0);
    acc += (compression / pcr) ** p;
  }
  return acc ** (1 / p);
}
