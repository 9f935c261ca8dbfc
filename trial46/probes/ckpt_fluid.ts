// A copy of src/fluid.ts with @checkpoint on its time loops (probes: gradients against the plain loops' bit for bit).
// Small fluid solvers: lattice-Boltzmann (D1Q3 diffusion, D2Q9 BGK), a 1-D shallow-water step (Rusanov flux),
// point vortices, and losses over them.

const W3 = [2 / 3, 1 / 6, 1 / 6];
const W9 = [4 / 9, 1 / 9, 1 / 9, 1 / 9, 1 / 9, 1 / 36, 1 / 36, 1 / 36, 1 / 36];
const CX = [0, 1, 0, -1, 0, 1, -1, -1, 1];
const CY = [0, 0, 1, 0, -1, 1, 1, -1, -1];

// D1Q3 diffusion on a periodic ring: collide toward rho * w, stream left/right; scratch buffer reused each step
export function lbmDiffusionLoss(rho0: Float64Array, tau: number, steps: number, target: Float64Array): number {
  const n = rho0.length;
  let f = new Float64Array(3 * n);
  let g = new Float64Array(3 * n);
  for (let i = 0; i < n; i++) for (let q = 0; q < 3; q++) f[3 * i + q] = W3[q] * rho0[i];
  const omega = 1 / tau;
  for (let t = 0; t < steps; t++) {
    for (let i = 0; i < n; i++) {
      const rho = f[3 * i] + f[3 * i + 1] + f[3 * i + 2];
      const right = (i + 1) % n;
      const left = (i + n - 1) % n;
      g[3 * i] = f[3 * i] + omega * (W3[0] * rho - f[3 * i]);
      g[3 * right + 1] = f[3 * i + 1] + omega * (W3[1] * rho - f[3 * i + 1]);
      g[3 * left + 2] = f[3 * i + 2] + omega * (W3[2] * rho - f[3 * i + 2]);
    }
    const tmp = f;
    f = g;
    g = tmp;
  }
  let loss = 0;
  for (let i = 0; i < n; i++) {
    const d = f[3 * i] + f[3 * i + 1] + f[3 * i + 2] - target[i];
    loss += d * d;
  }
  return loss;
}

function equilibrium(q: number, rho: number, ux: number, uy: number): number {
  const cu = 3 * (CX[q] * ux + CY[q] * uy);
  return W9[q] * rho * (1 + cu + 0.5 * cu * cu - 1.5 * (ux * ux + uy * uy));
}

// D2Q9 BGK on a periodic nx × ny grid with a body force along x; returns the kinetic energy after `steps`
export function lbmShearEnergy(ux0: Float64Array, tau: number, force: number, nx: number, ny: number, steps: number): number {
  const cells = nx * ny;
  const f = new Float64Array(9 * cells);
  const post = new Float64Array(9 * cells);
  for (let c = 0; c < cells; c++) for (let q = 0; q < 9; q++) f[9 * c + q] = equilibrium(q, 1, ux0[c], 0);
  /** @checkpoint snapshots=2 */
  for (let t = 0; t < steps; t++) {
    for (let y = 0; y < ny; y++) {
      for (let x = 0; x < nx; x++) {
        const c = y * nx + x;
        let rho = 0, mx = 0, my = 0;
        for (let q = 0; q < 9; q++) {
          const fq = f[9 * c + q];
          rho += fq;
          mx += fq * CX[q];
          my += fq * CY[q];
        }
        const ux = mx / rho + (tau * force) / rho;
        const uy = my / rho;
        for (let q = 0; q < 9; q++) {
          const xn = (x + CX[q] + nx) % nx;
          const yn = (y + CY[q] + ny) % ny;
          post[9 * (yn * nx + xn) + q] = f[9 * c + q] - (f[9 * c + q] - equilibrium(q, rho, ux, uy)) / tau;
        }
      }
    }
    f.set(post);
  }
  let ke = 0;
  for (let c = 0; c < cells; c++) {
    let rho = 0, mx = 0, my = 0;
    for (let q = 0; q < 9; q++) {
      rho += f[9 * c + q];
      mx += f[9 * c + q] * CX[q];
      my += f[9 * c + q] * CY[q];
    }
    ke += (0.5 * (mx * mx + my * my)) / rho;
  }
  return ke;
}

function rusanov(hl: number, hul: number, hr: number, hur: number, g: number): [number, number] {
  const ul = hul / hl, ur = hur / hr;
  const fl0 = hul, fl1 = hul * ul + 0.5 * g * hl * hl;
  const fr0 = hur, fr1 = hur * ur + 0.5 * g * hr * hr;
  const s = Math.max(Math.abs(ul) + Math.sqrt(g * hl), Math.abs(ur) + Math.sqrt(g * hr));
  return [0.5 * (fl0 + fr0) - 0.5 * s * (hr - hl), 0.5 * (fl1 + fr1) - 0.5 * s * (hur - hul)];
}

// 1-D shallow water with reflective walls (ghost cells), finite volumes; total energy at the end
export function shallowWaterEnergy(h0: Float64Array, g: number, dx: number, dt: number, steps: number): number {
  const n = h0.length;
  let h = Float64Array.from(h0);
  let hu = new Float64Array(n);
  let hNext = new Float64Array(n);
  let huNext = new Float64Array(n);
  const flux0 = new Float64Array(n + 1);
  const flux1 = new Float64Array(n + 1);
  for (let t = 0; t < steps; t++) {
    for (let k = 0; k <= n; k++) {
      // ghost cells mirror the momentum at the walls
      const hl = k === 0 ? h[0] : h[k - 1];
      const hul = k === 0 ? -hu[0] : hu[k - 1];
      const hr = k === n ? h[n - 1] : h[k];
      const hur = k === n ? -hu[n - 1] : hu[k];
      const [a, b] = rusanov(hl, hul, hr, hur, g);
      flux0[k] = a;
      flux1[k] = b;
    }
    for (let i = 0; i < n; i++) {
      hNext[i] = h[i] - (dt / dx) * (flux0[i + 1] - flux0[i]);
      huNext[i] = hu[i] - (dt / dx) * (flux1[i + 1] - flux1[i]);
    }
    [h, hNext] = [hNext, h];
    [hu, huNext] = [huNext, hu];
  }
  let e = 0;
  for (let i = 0; i < n; i++) e += (0.5 * hu[i] * hu[i]) / h[i] + 0.5 * g * h[i] * h[i];
  return e * dx;
}

// a dam-break gauge record: the depth at one cell sampled every step, fitted to observations
export function damBreakFit(hLeft: number, hRight: number, g: number, gauge: number, observed: Float64Array): number {
  const n = 16;
  const h0 = new Float64Array(n);
  for (let i = 0; i < n; i++) h0[i] = i < n / 2 ? hLeft : hRight;
  const dx = 1, dt = 0.1;
  let h = Float64Array.from(h0);
  let hu = new Float64Array(n);
  let loss = 0;
  for (const obs of observed) {
    const hn = new Float64Array(n), hun = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const l = Math.max(i - 1, 0), r = Math.min(i + 1, n - 1);
      const [fl0, fl1] = rusanov(h[l], i === 0 ? -hu[0] : hu[l], h[i], hu[i], g);
      const [fr0, fr1] = rusanov(h[i], hu[i], h[r], i === n - 1 ? -hu[n - 1] : hu[r], g);
      hn[i] = h[i] - (dt / dx) * (fr0 - fl0);
      hun[i] = hu[i] - (dt / dx) * (fr1 - fl1);
    }
    h = hn;
    hu = hun;
    const d = h[gauge] - obs;
    loss += d * d;
  }
  return loss;
}

// point vortices with a smoothed kernel, midpoint (RK2) steps; returns the squared distance of vortex 0 to a target
export function vortexPairDrift(xs: Float64Array, ys: Float64Array, gammas: Float64Array, dt: number, steps: number, tx: number, ty: number): number {
  const n = xs.length;
  const x = Float64Array.from(xs), y = Float64Array.from(ys);
  const vx = new Float64Array(n), vy = new Float64Array(n);
  const xm = new Float64Array(n), ym = new Float64Array(n);
  const delta2 = 0.01;
  const velocities = (px: Float64Array, py: Float64Array) => {
    for (let i = 0; i < n; i++) {
      let u = 0, v = 0;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        const dx = px[i] - px[j], dy = py[i] - py[j];
        const k = gammas[j] / (2 * Math.PI * (dx * dx + dy * dy + delta2));
        u -= k * dy;
        v += k * dx;
      }
      vx[i] = u;
      vy[i] = v;
    }
  };
  /** @checkpoint snapshots=2 */
  for (let t = 0; t < steps; t++) {
    velocities(x, y);
    for (let i = 0; i < n; i++) {
      xm[i] = x[i] + 0.5 * dt * vx[i];
      ym[i] = y[i] + 0.5 * dt * vy[i];
    }
    velocities(xm, ym);
    for (let i = 0; i < n; i++) {
      x[i] += dt * vx[i];
      y[i] += dt * vy[i];
    }
  }
  return (x[0] - tx) ** 2 + (y[0] - ty) ** 2;
}

// Poiseuille check: steady-state channel profile by Jacobi sweeps of u'' = -G/mu with no-slip walls
export function channelFlowRate(gradP: number, mu: number, width: number, cells: number, sweeps: number): number {
  const dy = width / cells;
  const u = new Float64Array(cells + 2);
  const next = new Float64Array(cells + 2);
  /** @checkpoint snapshots=2 */
  for (let s = 0; s < sweeps; s++) {
    for (let i = 1; i <= cells; i++) next[i] = 0.5 * (u[i - 1] + u[i + 1] + (gradP / mu) * dy * dy);
    for (let i = 1; i <= cells; i++) u[i] = next[i];
  }
  let q = 0;
  for (let i = 1; i <= cells; i++) q += u[i] * dy;
  return q;
}
