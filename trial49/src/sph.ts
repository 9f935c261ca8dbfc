// Smoothed-particle hydrodynamics in 2-D: poly6 / spiky / viscosity kernels over a flat [x y vx vy] particle buffer.

const rho = new Float64Array(16);
const prs = new Float64Array(16);
const acc = new Float64Array(32);

const POLY6 = 4 / Math.PI;
const SPIKY = -30 / Math.PI;
const VISC = 40 / Math.PI;

/** poly6 kernel in 2-D, support h */
export function poly6(r2: number, h: number): number {
  const h2 = h * h;
  if (r2 >= h2) return 0;
  const d = h2 - r2;
  return (POLY6 / (h2 * h2 * h2 * h2)) * d * d * d;
}

/** spiky kernel gradient magnitude */
function spikyGrad(r: number, h: number): number {
  if (r >= h || r === 0) return 0;
  const d = h - r;
  return (SPIKY / (h * h * h * h * h)) * d * d;
}

function viscLap(r: number, h: number): number {
  if (r >= h) return 0;
  return (VISC / (h * h * h * h * h)) * (h - r);
}

/** densities into out (n particles, stride 4) */
export function densities(out: Float64Array, p: Float64Array, n: number, m: number, h: number): Float64Array {
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) {
      const dx = p[4 * i] - p[4 * j], dy = p[4 * i + 1] - p[4 * j + 1];
      s += m * poly6(dx * dx + dy * dy, h);
    }
    out[i] = s;
  }
  return out;
}

/** density error against a rest density, through the module buffer rho (whole-filled by .fill then summed into) */
export function densityError(p: Float64Array, m: number, h: number, rho0: number): number {
  const n = p.length / 4;
  rho.fill(0);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const dx = p[4 * i] - p[4 * j], dy = p[4 * i + 1] - p[4 * j + 1];
      rho[i] += m * poly6(dx * dx + dy * dy, h);
    }
  let e = 0;
  for (let i = 0; i < n; i++) e += (rho[i] / rho0 - 1) ** 2;
  return e;
}

/** one explicit SPH step (pressure + viscosity + gravity); kinetic energy after the step */
export function sphStep(p0: Float64Array, m: number, h: number, k: number, rho0: number, mu: number, dt: number): number {
  const n = p0.length / 4;
  const p = Float64Array.from(p0);
  rho.fill(0); prs.fill(0); acc.fill(0);
  densities(rho, p, n, m, h);
  for (let i = 0; i < n; i++) prs[i] = k * (rho[i] - rho0);
  for (let i = 0; i < n; i++) {
    let ax = 0, ay = -9.81;
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const dx = p[4 * i] - p[4 * j], dy = p[4 * i + 1] - p[4 * j + 1];
      const r = Math.sqrt(dx * dx + dy * dy);
      if (r >= h) continue;
      const g = spikyGrad(r, h);
      const pterm = -m * (prs[i] + prs[j]) / (2 * rho[j]) * g / r;
      ax += pterm * dx / rho[i]; ay += pterm * dy / rho[i];
      const lv = viscLap(r, h) * mu * m / (rho[j] * rho[i]);
      ax += lv * (p[4 * j + 2] - p[4 * i + 2]); ay += lv * (p[4 * j + 3] - p[4 * i + 3]);
    }
    acc[2 * i] = ax; acc[2 * i + 1] = ay;
  }
  let ke = 0;
  for (let i = 0; i < n; i++) {
    p[4 * i + 2] += dt * acc[2 * i]; p[4 * i + 3] += dt * acc[2 * i + 1];
    ke += 0.5 * m * (p[4 * i + 2] ** 2 + p[4 * i + 3] ** 2);
  }
  return ke;
}

/** a boundary penalty: particles pushed back into the unit box, unrolled per axis */
export function wallPenalty(p: Float64Array, k: number): number {
  let e = 0;
  for (let i = 0; i < p.length; i += 4) {
    const x = p[i], y = p[i + 1];
    if (x < 0) e += k * x * x; else if (x > 1) e += k * (x - 1) * (x - 1);
    if (y < 0) e += k * y * y; else if (y > 1) e += k * (y - 1) * (y - 1);
  }
  return e;
}

/** surface tension proxy: the colour field's gradient magnitude at a probe point */
export function colorFieldGrad(p: Float64Array, m: number, h: number, qx: number, qy: number): number {
  const n = p.length / 4;
  rho.fill(0);
  densities(rho, p, n, m, h);
  let gx = 0, gy = 0;
  for (let j = 0; j < n; j++) {
    const dx = qx - p[4 * j], dy = qy - p[4 * j + 1];
    const r = Math.sqrt(dx * dx + dy * dy);
    const g = spikyGrad(r, h);
    if (g === 0) continue;
    gx += (m / rho[j]) * g * dx / r; gy += (m / rho[j]) * g * dy / r;
  }
  return Math.sqrt(gx * gx + gy * gy + 1e-12);
}
