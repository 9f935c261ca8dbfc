// One-dimensional finite elements: bar stiffness assembly, Thomas and Cholesky solves, energies, quadrature.

/** Compliance f·u of a bar fixed at x = 0, n elements of stiffness E[e]·A[e]/h, a point load at the tip. */
export function barCompliance(E: Float64Array, A: Float64Array, len: number, load: number): number {
  const n = E.length;
  const h = len / n;
  // tridiagonal K over the n free nodes (node 0 is fixed): diag d, off-diagonal o
  const d = new Float64Array(n);
  const o = new Float64Array(n);
  for (let e = 0; e < n; e++) {
    const k = (E[e] * A[e]) / h;
    if (e > 0) {
      d[e - 1] += k;
      o[e - 1] -= k;
    }
    d[e] += k;
  }
  const f = new Float64Array(n);
  f[n - 1] = load;
  // Thomas algorithm on the symmetric tridiagonal system
  const c = new Float64Array(n);
  const g = new Float64Array(n);
  c[0] = o[0] / d[0];
  g[0] = f[0] / d[0];
  for (let i = 1; i < n; i++) {
    const m = d[i] - o[i - 1] * c[i - 1];
    c[i] = o[i] / m;
    g[i] = (f[i] - o[i - 1] * g[i - 1]) / m;
  }
  const u = new Float64Array(n);
  u[n - 1] = g[n - 1];
  for (let i = n - 2; i >= 0; i--) u[i] = g[i] - c[i] * u[i + 1];
  let w = 0;
  for (let i = 0; i < n; i++) w += f[i] * u[i];
  return w;
}

/** Total potential energy of a bar for given nodal displacements: strain energy minus the work of a body load. */
export function barPotential(u: Float64Array, E: number, area: number, len: number, q: number): number {
  const n = u.length - 1;
  const h = len / n;
  let strain = 0, work = 0;
  for (let e = 0; e < n; e++) {
    const eps = (u[e + 1] - u[e]) / h;
    strain += 0.5 * E * area * eps * eps * h;
    work += q * h * 0.5 * (u[e] + u[e + 1]);
  }
  return strain - work;
}

/** Tip displacement of a tapered bar under a tip load: areas interpolate from a0 to a0·(1 − taper). */
export function taperedTip(E: number, a0: number, taper: number, len: number, load: number, n: number): number {
  // a statically determinate bar: the tip displacement is the sum of element elongations F h / (E A)
  const h = len / n;
  let tip = 0;
  for (let e = 0; e < n; e++) {
    const xm = (e + 0.5) * h;
    const area = a0 * (1 - (taper * xm) / len);
    tip += (load * h) / (E * area);
  }
  return tip;
}

/** Potential energy of a spring truss: nodes (x, y) flat, members as index pairs, each with its rest length. */
export function trussEnergy(xy: Float64Array, ends: Int32Array, rest: Float64Array, k: number, gravity: number): number {
  let energy = 0;
  for (let m = 0; m < rest.length; m++) {
    const a = ends[2 * m], b = ends[2 * m + 1];
    const dx = xy[2 * b] - xy[2 * a], dy = xy[2 * b + 1] - xy[2 * a + 1];
    const stretch = Math.sqrt(dx * dx + dy * dy) - rest[m];
    energy += 0.5 * k * stretch * stretch;
  }
  for (let i = 0; i < xy.length / 2; i++) energy += gravity * xy[2 * i + 1];
  return energy;
}

const GAUSS3 = Object.freeze([-Math.sqrt(3 / 5), 0, Math.sqrt(3 / 5)]);
const WEIGHT3 = Object.freeze([5 / 9, 8 / 9, 5 / 9]);

/** Galerkin solution of −u'' = π² sin(πx) with n hat elements: the L2 error squared by 3-point Gauss. */
export function galerkinError(coefs: Float64Array, scale: number): number {
  // coefs are the interior nodal values (u(0) = u(1) = 0), scaled by `scale`
  const n = coefs.length + 1;
  const h = 1 / n;
  let err = 0;
  for (let e = 0; e < n; e++) {
    const ul = e === 0 ? 0 : scale * coefs[e - 1];
    const ur = e === n - 1 ? 0 : scale * coefs[e];
    for (let g = 0; g < 3; g++) {
      const xi = GAUSS3[g];
      const x = (e + 0.5 * (1 + xi)) * h;
      const uh = ul * 0.5 * (1 - xi) + ur * 0.5 * (1 + xi);
      const diff = uh - Math.sin(Math.PI * x);
      err += WEIGHT3[g] * 0.5 * h * diff * diff;
    }
  }
  return err;
}

/** Euler-Bernoulli cantilever with cubic Hermite elements: the tip deflection under a tip load, K solved by Cholesky. */
export function beamTip(EI: Float64Array, len: number, load: number): number {
  const ne = EI.length;
  const ndof = 2 * ne; // w and θ at nodes 1..ne (node 0 clamped)
  const K = new Float64Array(ndof * ndof);
  const h = len / ne;
  const ke = [12, 6 * h, -12, 6 * h, 6 * h, 4 * h * h, -6 * h, 2 * h * h, -12, -6 * h, 12, -6 * h, 6 * h, 2 * h * h, -6 * h, 4 * h * h];
  for (let e = 0; e < ne; e++) {
    const s = EI[e] / (h * h * h);
    for (let a = 0; a < 4; a++) {
      const ga = 2 * e + a - 2;
      if (ga < 0) continue;
      for (let b = 0; b < 4; b++) {
        const gb = 2 * e + b - 2;
        if (gb < 0) continue;
        K[ga * ndof + gb] += s * ke[a * 4 + b];
      }
    }
  }
  // Cholesky K = L Lᵀ in place (lower triangle)
  for (let j = 0; j < ndof; j++) {
    let dsum = K[j * ndof + j];
    for (let k = 0; k < j; k++) dsum -= K[j * ndof + k] ** 2;
    const ljj = Math.sqrt(dsum);
    K[j * ndof + j] = ljj;
    for (let i = j + 1; i < ndof; i++) {
      let s = K[i * ndof + j];
      for (let k = 0; k < j; k++) s -= K[i * ndof + k] * K[j * ndof + k];
      K[i * ndof + j] = s / ljj;
    }
  }
  const rhs = new Float64Array(ndof);
  rhs[ndof - 2] = load;
  for (let i = 0; i < ndof; i++) {
    let s = rhs[i];
    for (let k = 0; k < i; k++) s -= K[i * ndof + k] * rhs[k];
    rhs[i] = s / K[i * ndof + i];
  }
  for (let i = ndof - 1; i >= 0; i--) {
    let s = rhs[i];
    for (let k = i + 1; k < ndof; k++) s -= K[k * ndof + i] * rhs[k];
    rhs[i] = s / K[i * ndof + i];
  }
  return rhs[ndof - 2];
}
