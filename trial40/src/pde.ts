// A 2-D heat equation on an nx × ny grid stored row-major: explicit FTCS steps with Dirichlet walls,
// an insulated (Neumann) variant by ghost reflection, and an inverse problem's loss over many steps.

/** One explicit step into `next`: Dirichlet boundary held at `wall`, diffusivity alpha, r = alpha dt / h². */
export function heatStep(u: Float64Array, next: Float64Array, nx: number, ny: number, alpha: number, wall: number): void {
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const k = j * nx + i;
      if (i === 0 || j === 0 || i === nx - 1 || j === ny - 1) {
        next[k] = wall;
        continue;
      }
      const lap = u[k - 1] + u[k + 1] + u[k - nx] + u[k + nx] - 4 * u[k];
      next[k] = u[k] + alpha * lap;
    }
  }
}

/** Insulated walls: a neighbour outside the grid reads the cell itself (zero flux). Returns total heat. */
export function heatStepNeumann(u: Float64Array, next: Float64Array, nx: number, ny: number, r: number): number {
  let total = 0;
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const k = j * nx + i;
      const w = i > 0 ? u[k - 1] : u[k];
      const e = i < nx - 1 ? u[k + 1] : u[k];
      const s = j > 0 ? u[k - nx] : u[k];
      const n = j < ny - 1 ? u[k + nx] : u[k];
      next[k] = u[k] + r * (w + e + s + n - 4 * u[k]);
      total += next[k];
    }
  }
  return total;
}

/**
 * Inverse problem: run `steps` explicit steps from u0 with Dirichlet walls, then the squared misfit to a
 * target field. Buffers swapped by destructuring.
 */
export function heatMisfit(u0: Float64Array, target: Float64Array, nx: number, ny: number, r: number, steps: number): number {
  let u = Float64Array.from(u0);
  let v = new Float64Array(u0.length);
  for (let s = 0; s < steps; s++) {
    heatStep(u, v, nx, ny, r, 0);
    [u, v] = [v, u];
  }
  let m = 0;
  for (let k = 0; k < u.length; k++) m += (u[k] - target[k]) ** 2;
  return m;
}

/** A heat source of strength q at one cell, diffused; the temperature at a probe cell after the steps. */
export function sourceProbe(q: number, r: number, nx: number, ny: number, src: number, probe: number, steps: number): number {
  const u = new Float64Array(nx * ny);
  const v = new Float64Array(nx * ny);
  for (let s = 0; s < steps; s++) {
    u[src] += q;
    for (let j = 1; j < ny - 1; j++) {
      for (let i = 1; i < nx - 1; i++) {
        const k = j * nx + i;
        v[k] = u[k] + r * (u[k - 1] + u[k + 1] + u[k - nx] + u[k + nx] - 4 * u[k]);
      }
    }
    u.set(v);
  }
  return u[probe];
}

/** Many explicit steps in place with the loop checkpointed; the state is u (a copy) and a scratch row. */
export function heatCheckpointed(u0: Float64Array, nx: number, ny: number, r: number, steps: number, sink: number): number {
  const u = Float64Array.from(u0);
  const v = new Float64Array(u0.length);
  /** @checkpoint snapshots=4 */
  for (let s = 0; s < steps; s++) {
    heatStep(u, v, nx, ny, r, 0);
    u.set(v);
    u[nx + 1] -= sink * u[nx + 1]; // a sink at one interior cell
  }
  let m = 0;
  for (let k = 0; k < u.length; k++) m += u[k] * u[k] * (k % 3);
  return m;
}

/** An in-place smoother: reads and writes u (a writer whose input and output are one array). */
export function smoothInPlace(u: Float64Array, r: number, passes: number): void {
  const t = new Float64Array(u.length);
  for (let p = 0; p < passes; p++) {
    for (let i = 1; i < u.length - 1; i++) t[i] = u[i] + r * (u[i - 1] - 2 * u[i] + u[i + 1]);
    for (let i = 1; i < u.length - 1; i++) u[i] = t[i] * t[i] * 0.5 + t[i];
  }
}
