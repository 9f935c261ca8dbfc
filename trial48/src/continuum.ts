// Continuum mechanics: hyperelastic strain energies of deformation gradients, J2 plasticity return maps,
// a 1-D bar by linear finite elements, a constant-strain-triangle mesh.

type M2 = readonly [number, number, number, number]; // row-major 2x2
type M3 = readonly [number, number, number, number, number, number, number, number, number];

const det2 = (F: M2): number => F[0] * F[3] - F[1] * F[2];
const frob2 = (F: ArrayLike<number>): number => {
  let s = 0;
  for (let i = 0; i < F.length; i++) s += F[i] * F[i];
  return s;
};
const det3 = (F: ArrayLike<number>): number =>
  F[0] * (F[4] * F[8] - F[5] * F[7]) - F[1] * (F[3] * F[8] - F[5] * F[6]) + F[2] * (F[3] * F[7] - F[4] * F[6]);

/** C = F^T F of a 3x3 row-major F, as a new array. */
const rightCauchyGreen = (F: ArrayLike<number>): number[] =>
  Array.from({ length: 9 }, (_, k) => {
    const i = Math.floor(k / 3), j = k % 3;
    return F[i] * F[j] + F[3 + i] * F[3 + j] + F[6 + i] * F[6 + j];
  });

/** Compressible neo-Hookean energy of a 2x2 deformation gradient (plane strain). */
export function neoHookean2(F: Float64Array, mu: number, lambda: number): number {
  const f: M2 = [F[0], F[1], F[2], F[3]];
  const J = det2(f);
  const lnJ = Math.log(J);
  return 0.5 * mu * (frob2(f) - 2) - mu * lnJ + 0.5 * lambda * lnJ * lnJ;
}

// (first written as a discriminated union `Law` passed whole: TSG2002, see README finding 2)
type LawKind = 'neo' | 'mooney' | 'svk';
interface LawParams { readonly a: number; readonly b: number; readonly c?: number }

const energy3 = (F: ArrayLike<number>, kind: LawKind, { a, b, c = 0 }: LawParams): number => {
  const J = det3(F);
  const C = rightCauchyGreen(F);
  const I1 = C[0] + C[4] + C[8];
  switch (kind) {
    case 'neo': {
      const lnJ = Math.log(J);
      return 0.5 * a * (I1 - 3) - a * lnJ + 0.5 * b * lnJ * lnJ;
    }
    case 'mooney': {
      const trC2 = C.reduce((s, c, k) => s + c * C[3 * (k % 3) + Math.floor(k / 3)], 0);
      const I2 = 0.5 * (I1 * I1 - trC2);
      const I1b = I1 * J ** (-2 / 3), I2b = I2 * J ** (-4 / 3);
      return a * (I1b - 3) + b * (I2b - 3) + 0.5 * c * (J - 1) ** 2;
    }
    case 'svk': {
      const E = C.map((c, k) => 0.5 * (c - (k % 4 === 0 ? 1 : 0)));
      const trE = E[0] + E[4] + E[8];
      return 0.5 * b * trE * trE + a * frob2(E);
    }
  }
};

/** Neo-Hookean energy of a 3x3 deformation gradient. */
export function neoHookean3(F: Float64Array, mu: number, lambda: number): number {
  return energy3(F, 'neo', { a: mu, b: lambda });
}

/** Mooney-Rivlin energy with isochoric invariants and a volumetric penalty. */
export function mooneyRivlin(F: Float64Array, c10: number, c01: number, kappa: number): number {
  return energy3(F, 'mooney', { a: c10, b: c01, c: kappa });
}

/** St Venant-Kirchhoff energy, W = lambda/2 tr(E)^2 + mu E:E. */
export function stVenantKirchhoff(F: Float64Array, mu: number, lambda: number): number {
  return energy3(F, 'svk', { a: mu, b: lambda });
}

/** 1-D elastoplastic bar with linear isotropic hardening driven along a strain path; squared misfit to measured stress. */
export function j2Uniaxial(strain: Float64Array, measured: Float64Array, E: number, H: number, sigmaY: number): number {
  type State = { readonly eps_p: number; readonly alpha: number };
  let s: State = { eps_p: 0, alpha: 0 };
  let loss = 0;
  strain.forEach((eps, k) => {
    const trial = E * (eps - s.eps_p);
    const f = Math.abs(trial) - (sigmaY + H * s.alpha);
    let sigma = trial;
    if (f > 0) {
      const dg = f / (E + H);
      const sgn = Math.sign(trial);
      sigma = trial - E * dg * sgn;
      // (first written s = { ...s, eps_p: …, alpha: … }: TSG1002, README)
      s = { eps_p: s.eps_p + dg * sgn, alpha: s.alpha + dg };
    }
    loss += (sigma - measured[k]) ** 2;
  });
  return loss;
}

/** 3-D J2 radial return (Voigt strains, small strain) stepped along a strain history; final von Mises stress plus dissipation. */
export function j2RadialReturn(dstrain: Float64Array, steps: number, G: number, K: number, H: number, sigmaY: number): number {
  const sig = new Float64Array(6);
  let alpha = 0, dissipation = 0;
  for (let n = 0; n < steps; n++) {
    const de = dstrain.subarray(6 * n, 6 * n + 6);
    const dv = de[0] + de[1] + de[2];
    // elastic predictor: sigma += 2G dev(de) + K tr(de) I (engineering shear strains in 3..5)
    for (let i = 0; i < 6; i++) sig[i] += i < 3 ? 2 * G * (de[i] - dv / 3) + K * dv : G * de[i];
    const p = (sig[0] + sig[1] + sig[2]) / 3;
    const s = [sig[0] - p, sig[1] - p, sig[2] - p, sig[3], sig[4], sig[5]];
    const norm = Math.sqrt(s[0] ** 2 + s[1] ** 2 + s[2] ** 2 + 2 * (s[3] ** 2 + s[4] ** 2 + s[5] ** 2));
    const f = norm - Math.sqrt(2 / 3) * (sigmaY + H * alpha);
    if (f <= 0) continue;
    const dg = f / (2 * G + (2 / 3) * H);
    const scale = 1 - (2 * G * dg) / norm;
    for (let i = 0; i < 6; i++) sig[i] = i < 3 ? s[i] * scale + p : s[i] * scale;
    alpha += Math.sqrt(2 / 3) * dg;
    dissipation += (sigmaY + H * alpha) * Math.sqrt(2 / 3) * dg;
  }
  const pm = (sig[0] + sig[1] + sig[2]) / 3;
  const q = Math.sqrt(1.5 * ((sig[0] - pm) ** 2 + (sig[1] - pm) ** 2 + (sig[2] - pm) ** 2 + 2 * (sig[3] ** 2 + sig[4] ** 2 + sig[5] ** 2)));
  return q + dissipation;
}

/** Thomas algorithm on a tridiagonal system; writes x. */
function thomas(a: Float64Array, b: Float64Array, c: Float64Array, d: Float64Array, x: Float64Array): void {
  const n = b.length;
  const cp = new Float64Array(n), dp = new Float64Array(n);
  cp[0] = c[0] / b[0];
  dp[0] = d[0] / b[0];
  for (let i = 1; i < n; i++) {
    const m = b[i] - a[i] * cp[i - 1];
    cp[i] = c[i] / m;
    dp[i] = (d[i] - a[i] * dp[i - 1]) / m;
  }
  x[n - 1] = dp[n - 1];
  for (let i = n - 2; i >= 0; i--) x[i] = dp[i] - cp[i] * x[i + 1];
}

/** A bar fixed at x = 0 under a distributed load q and a tip force P, by linear elements of stiffness EA[e];
 *  compliance (P u_tip + load work) plus a misfit of the nodal displacements to gauges. */
export function bar1D(EA: Float64Array, q: number, P: number, L: number, gauges: Float64Array): number {
  const ne = EA.length, h = L / ne;
  const ks = Array.from(EA, (ea) => ea / h);
  // unknowns u_1..u_ne (u_0 = 0)
  const lo = new Float64Array(ne), di = new Float64Array(ne), up = new Float64Array(ne), f = new Float64Array(ne);
  ks.forEach((k, e) => {
    // element e couples nodes e and e+1; node e+1 is unknown e
    di[e] += k;
    if (e > 0) {
      di[e - 1] += k;
      up[e - 1] -= k;
      lo[e] -= k;
    }
    f[e] += q * h * (e === ne - 1 ? 0.5 : 1);
  });
  f[ne - 1] += P;
  const u = new Float64Array(ne);
  thomas(lo, di, up, f, u);
  const work = u.reduce((s, ui, i) => s + ui * f[i], 0);
  const misfit = u.reduce((s, ui, i) => s + (ui - gauges[i]) ** 2, 0);
  return work + 100 * misfit;
}

/** Total neo-Hookean energy of a triangle mesh in 2-D (constant strain triangles). */
export function cstMeshEnergy(x: Float64Array, rest: Float64Array, tris: Int32Array, mu: number, lambda: number): number {
  let total = 0;
  for (let t = 0; t < tris.length; t += 3) {
    const [i, j, k] = [tris[t], tris[t + 1], tris[t + 2]];
    // rest edge matrix Dm and its inverse, deformed Ds; F = Ds Dm^-1
    const Dm: M2 = [rest[2 * j] - rest[2 * i], rest[2 * k] - rest[2 * i], rest[2 * j + 1] - rest[2 * i + 1], rest[2 * k + 1] - rest[2 * i + 1]];
    const Ds: M2 = [x[2 * j] - x[2 * i], x[2 * k] - x[2 * i], x[2 * j + 1] - x[2 * i + 1], x[2 * k + 1] - x[2 * i + 1]];
    const dm = det2(Dm);
    const inv: M2 = [Dm[3] / dm, -Dm[1] / dm, -Dm[2] / dm, Dm[0] / dm];
    const F: M2 = [Ds[0] * inv[0] + Ds[1] * inv[2], Ds[0] * inv[1] + Ds[1] * inv[3], Ds[2] * inv[0] + Ds[3] * inv[2], Ds[2] * inv[1] + Ds[3] * inv[3]];
    const J = det2(F), lnJ = Math.log(J);
    const W = 0.5 * mu * (frob2(F) - 2) - mu * lnJ + 0.5 * lambda * lnJ * lnJ;
    total += 0.5 * Math.abs(dm) * W;
  }
  return total;
}
