// Cloth on a flat buffer: Verlet integration with distance constraints (position-based dynamics), bending, pins.

const prev = new Float64Array(2 * 16);
const corr = new Float64Array(2 * 16);
const edgeTmp = new Float64Array(2);

/** project one distance constraint between particles i and j in place (equal masses) */
function projectDistance(x: Float64Array, i: number, j: number, rest: number, stiff: number): void {
  edgeTmp[0] = x[2 * j] - x[2 * i];
  edgeTmp[1] = x[2 * j + 1] - x[2 * i + 1];
  const l = Math.hypot(edgeTmp[0], edgeTmp[1]);
  const c = (stiff * 0.5 * (l - rest)) / l;
  x[2 * i] += c * edgeTmp[0]; x[2 * i + 1] += c * edgeTmp[1];
  x[2 * j] -= c * edgeTmp[0]; x[2 * j + 1] -= c * edgeTmp[1];
}

/** stretch energy of a cloth: sum over edges of k (|xj - xi| - rest)^2 */
export function stretchEnergy(x: Float64Array, edges: Int32Array, rest: Float64Array, k: number): number {
  let e = 0;
  for (let s = 0; s < rest.length; s++) {
    const i = edges[2 * s], j = edges[2 * s + 1];
    const l = Math.hypot(x[2 * j] - x[2 * i], x[2 * j + 1] - x[2 * i + 1]);
    e += k * (l - rest[s]) ** 2;
  }
  return 0.5 * e;
}

/** a PBD simulation: Verlet under gravity, then constraint sweeps, with pinned particle 0; loss on final positions */
export function pbdDrape(x0: Float64Array, edges: Int32Array, rest: Float64Array, stiff: number, dt: number, steps: number, sweeps: number, target: Float64Array): number {
  const n = x0.length / 2;
  const x = Float64Array.from(x0);
  const old = Float64Array.from(x0);
  for (let t = 0; t < steps; t++) {
    prev.fill(0);
    for (let i = 0; i < 2 * n; i++) prev[i] = x[i];
    for (let i = 0; i < n; i++) {
      const vx = x[2 * i] - old[2 * i], vy = x[2 * i + 1] - old[2 * i + 1];
      x[2 * i] += 0.99 * vx;
      x[2 * i + 1] += 0.99 * vy - 9.81 * dt * dt;
    }
    for (let i = 0; i < 2 * n; i++) old[i] = prev[i];
    for (let s = 0; s < sweeps; s++) {
      for (let e = 0; e < rest.length; e++) projectDistance(x, edges[2 * e], edges[2 * e + 1], rest[e], stiff);
      x[0] = x0[0]; x[1] = x0[1];
    }
  }
  let l = 0;
  for (let i = 0; i < 2 * n; i++) l += (x[i] - target[i]) ** 2;
  return l;
}

/** Jacobi-style constraint projection accumulating corrections in the module buffer corr (filled by .fill) */
export function jacobiProject(x0: Float64Array, edges: Int32Array, rest: Float64Array, omega: number, iters: number): number {
  const x = Float64Array.from(x0);
  for (let it = 0; it < iters; it++) {
    corr.fill(0);
    for (let e = 0; e < rest.length; e++) {
      const i = edges[2 * e], j = edges[2 * e + 1];
      const dx = x[2 * j] - x[2 * i], dy = x[2 * j + 1] - x[2 * i + 1];
      const l = Math.sqrt(dx * dx + dy * dy);
      const c = (0.5 * (l - rest[e])) / l;
      corr[2 * i] += c * dx; corr[2 * i + 1] += c * dy;
      corr[2 * j] -= c * dx; corr[2 * j + 1] -= c * dy;
    }
    for (let k = 0; k < x.length; k++) x[k] += omega * corr[k];
  }
  let e = 0;
  for (let s = 0; s < rest.length; s++) {
    const i = edges[2 * s], j = edges[2 * s + 1];
    e += (Math.hypot(x[2 * j] - x[2 * i], x[2 * j + 1] - x[2 * i + 1]) - rest[s]) ** 2;
  }
  return e;
}

/** bending energy of a chain of particles: sum of (1 - cos turn angle), unrolled dot products */
export function bendEnergy(x: Float64Array, kb: number): number {
  const n = x.length / 2;
  let e = 0;
  for (let i = 1; i < n - 1; i++) {
    const ax = x[2 * i] - x[2 * i - 2], ay = x[2 * i + 1] - x[2 * i - 1];
    const bx = x[2 * i + 2] - x[2 * i], by = x[2 * i + 3] - x[2 * i + 1];
    const c = (ax * bx + ay * by) / Math.sqrt((ax * ax + ay * ay) * (bx * bx + by * by));
    e += 1 - c;
  }
  return kb * e;
}

/** the area of a quad patch under shear (shoelace), kept against rest area */
export function areaPreservation(x: Float64Array, quads: Int32Array, rest: Float64Array, k: number): number {
  let e = 0;
  for (let q = 0; q < rest.length; q++) {
    let a = 0;
    for (let c = 0; c < 4; c++) {
      const i = quads[4 * q + c], j = quads[4 * q + ((c + 1) & 3)];
      a += x[2 * i] * x[2 * j + 1] - x[2 * j] * x[2 * i + 1];
    }
    e += k * (0.5 * a - rest[q]) ** 2;
  }
  return e;
}
