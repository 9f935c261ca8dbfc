// Pipe flow and aerodynamics: friction factors, nozzles, lifting line, standard atmosphere.

/** Colebrook-White friction factor by fixed-point iteration on 1/sqrt(f). */
export function colebrook(Re: number, relRough: number, opts: { tol?: number; maxIter?: number } = {}): number {
  const tol = opts.tol ?? 1e-12;
  const maxIter = opts.maxIter ?? 50;
  // Swamee-Jain as the starting guess
  let x = -2 * Math.log10(relRough / 3.7 + 5.74 / Math.pow(Re, 0.9));
  for (let it = 0; ; it++) {
    if (it >= maxIter) break;
    const next = -2 * Math.log10(relRough / 3.7 + (2.51 * x) / Re);
    const d = next - x;
    x = next;
    if (Math.abs(d) < tol * Math.abs(x)) break;
  }
  return 1 / (x * x);
}

const G = 9.81;

/** Darcy-Weisbach head loss of a pipe: laminar or turbulent friction. */
export function headLoss(Q: number, D: number, L: number, rough: number, nu = 1.0e-6): number {
  const A = (Math.PI * D * D) / 4;
  const v = Q / A;
  const Re = (v * D) / nu;
  const f = Re < 2300 ? 64 / Re : colebrook(Re, rough / D);
  return (f * L * v * v) / (2 * G * D);
}

/** Pipes in series (diameters and lengths), with minor losses at each junction. */
export function seriesHead(Q: number, diam: readonly number[], len: readonly number[], rough: number, kMinor = 0.5): number {
  let h = 0;
  for (const [i, D] of diam.entries()) {
    h += headLoss(Q, D, len[i], rough);
    const v = Q / ((Math.PI * D * D) / 4);
    h += (kMinor * v * v) / (2 * G);
  }
  return h;
}

type Branch = 'subsonic' | 'supersonic';

/** Mach number for an area ratio A/A* by Newton, on the branch asked for. */
export function machFromArea(areaRatio: number, gamma = 1.4, branch: Branch = 'supersonic'): number {
  const gp = (gamma + 1) / 2;
  const gm = (gamma - 1) / 2;
  const e = (gamma + 1) / (2 * (gamma - 1));
  let M = branch === 'supersonic' ? 2.2 : 0.3;
  for (let it = 0; it < 40; it++) {
    const base = (1 + gm * M * M) / gp;
    const fM = Math.pow(base, e) / M - areaRatio;
    const dfM = Math.pow(base, e) * ((2 * e * gm) / (gp * base) - 1 / (M * M));
    const step = fM / dfM;
    M -= step;
    if (branch === 'subsonic' && M > 1) M = 0.999;
    if (Math.abs(step) < 1e-14) break;
  }
  return M;
}

/** Static pressure ratio across a normal shock, then the stagnation loss. */
export function normalShockLoss(M1: number, gamma = 1.4): number {
  const m2 = M1 * M1;
  const p21 = 1 + ((2 * gamma) / (gamma + 1)) * (m2 - 1);
  const M2sq = (1 + ((gamma - 1) / 2) * m2) / (gamma * m2 - (gamma - 1) / 2);
  const r1 = Math.pow(1 + ((gamma - 1) / 2) * m2, gamma / (gamma - 1));
  const r2 = Math.pow(1 + ((gamma - 1) / 2) * M2sq, gamma / (gamma - 1));
  return 1 - (p21 * r2) / r1;
}

/**
 * Prandtl lifting line for a wing of aspect ratio AR and taper lam: Fourier coefficients of the
 * circulation by Gauss-Seidel on the collocation system (flat row-major matrix), returns C_L.
 */
export function liftingLineCL(alpha: number, AR: number, lam: number, nModes = 6): number {
  const n = nModes;
  const A = new Float64Array(n * n);
  const rhs = new Float64Array(n);
  const a0 = 2 * Math.PI;
  const span = AR * (1 + lam) / 2; // chord at the root = 1
  for (let i = 0; i < n; i++) {
    const th = ((i + 1) * Math.PI) / (2 * n);
    const y = Math.cos(th);
    const c = 1 - (1 - lam) * Math.abs(y);
    const mu = (c * a0) / (4 * span);
    for (let j = 0; j < n; j++) {
      const k = 2 * j + 1;
      A[i * n + j] = Math.sin(k * th) * (1 + (mu * k) / Math.sin(th));
    }
    rhs[i] = mu * alpha;
  }
  // solve by Gaussian elimination without pivoting (diagonally heavy) then two Gauss-Seidel polish sweeps
  const M = A.slice();
  const b = rhs.slice();
  for (let p = 0; p < n; p++) {
    for (let r = p + 1; r < n; r++) {
      const f = M[r * n + p] / M[p * n + p];
      for (let q = p; q < n; q++) M[r * n + q] -= f * M[p * n + q];
      b[r] -= f * b[p];
    }
  }
  const coef = new Float64Array(n);
  for (let p = n - 1; p >= 0; p--) {
    let s = b[p];
    for (let q = p + 1; q < n; q++) s -= M[p * n + q] * coef[q];
    coef[p] = s / M[p * n + p];
  }
  return Math.PI * AR * coef[0];
}

// International Standard Atmosphere layers: base altitude (m), lapse rate (K/m)
const LAYER_BASE = [0, 11000, 20000, 32000];
const LAYER_LAPSE = [-0.0065, 0, 0.001, 0.0028];

/** ISA density at altitude h (m), walking the layers until the one containing h. */
export function isaDensity(h: number): number {
  let T = 288.15;
  let p = 101325;
  const R = 287.05287;
  for (let i = 0; i < LAYER_BASE.length; i++) {
    const top = i + 1 < LAYER_BASE.length ? LAYER_BASE[i + 1] : Infinity;
    const dh = Math.min(h, top) - LAYER_BASE[i];
    const L = LAYER_LAPSE[i];
    if (L === 0) {
      p *= Math.exp((-G * dh) / (R * T));
    } else {
      const T1 = T + L * dh;
      p *= Math.pow(T1 / T, -G / (L * R));
      T = T1;
    }
    if (h <= top) break;
  }
  return p / (R * T);
}

/** Breguet range of a jet with a parabolic drag polar, flying at the C_L given. */
export function breguetRange(CL: number, CD0: number, k: number, W0: number, W1: number, h = 10000): number {
  const rho = isaDensity(h);
  const S = 120;
  const v = Math.sqrt((2 * W0) / (rho * S * CL));
  const LD = CL / (CD0 + k * CL * CL);
  const tsfc = 1.6e-4;
  return (v / (tsfc * G)) * LD * Math.log(W0 / W1);
}

/** NACA 4-digit section area (camber m, position p, thickness t) by trapezoids over cosine spacing. */
export function nacaArea(m: number, p: number, t: number, n = 40): number {
  const thick = (x: number) => 5 * t * (0.2969 * Math.sqrt(x) - 0.126 * x - 0.3516 * x * x + 0.2843 * x ** 3 - 0.1015 * x ** 4);
  const camber = (x: number) => (x < p ? (m / (p * p)) * (2 * p * x - x * x) : (m / ((1 - p) * (1 - p))) * (1 - 2 * p + 2 * p * x - x * x));
  let area = 0;
  let xPrev = 0;
  let wPrev = 0;
  for (let i = 1; i <= n; i++) {
    const x = 0.5 * (1 - Math.cos((i * Math.PI) / n));
    const yu = camber(x) + thick(x);
    const yl = camber(x) - thick(x);
    const w = yu - yl;
    area += 0.5 * (x - xPrev) * (w + wPrev);
    xPrev = x;
    wPrev = w;
  }
  return area;
}

/** Hydraulic grade line along pipes in series: writes the head at each junction into out (void). */
export function gradeLine(Q: number, H0: number, diam: Float64Array, len: Float64Array, out: Float64Array): void {
  let H = H0;
  for (let i = 0; i < diam.length; i++) {
    const D = diam[i];
    const v = Q / ((Math.PI * D * D) / 4);
    const f = 0.02 + 0.0005 / D; // a constant-ish friction factor per pipe
    H -= (f * len[i] * v * v) / (2 * G * D);
    out[i] = H;
  }
}
