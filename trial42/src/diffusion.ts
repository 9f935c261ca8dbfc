// Diffusion stencils with explicit steps: ghost cells in scratch arrays, Thomas solves, periodic 2-D grids.

/** Explicit heat equation with insulated ends (ghost cells mirror the boundary); returns ∫u² at the end. */
export function heatNeumann(u0: Float64Array, alpha: number, steps: number, dt: number, dx: number): number {
  const n = u0.length;
  let u = new Float64Array(n + 2);
  let next = new Float64Array(n + 2);
  for (let i = 0; i < n; i++) u[i + 1] = u0[i];
  const r = (alpha * dt) / (dx * dx);
  for (let s = 0; s < steps; s++) {
    u[0] = u[2];
    u[n + 1] = u[n - 1];
    for (let i = 1; i <= n; i++) next[i] = u[i] + r * (u[i - 1] - 2 * u[i] + u[i + 1]);
    const tmp = u;
    u = next;
    next = tmp;
  }
  let e = 0;
  for (let i = 1; i <= n; i++) e += u[i] * u[i] * dx;
  return e;
}

/** Explicit heat equation with fixed end temperatures, writing the final profile into `out`. */
export function heatDirichlet(u0: Float64Array, alpha: number, left: number, right: number, steps: number, out: Float64Array): void {
  const n = u0.length;
  const g = new Float64Array(n + 2);
  const h = new Float64Array(n + 2);
  g.set(u0, 1);
  g[0] = left;
  g[n + 1] = right;
  h[0] = left;
  h[n + 1] = right;
  for (let s = 0; s < steps; s++) {
    for (let i = 1; i <= n; i++) h[i] = g[i] + alpha * (g[i - 1] - 2 * g[i] + g[i + 1]);
    g.set(h.subarray(1, n + 1), 1);
  }
  for (let i = 0; i < n; i++) out[i] = g[i + 1];
}

/** Crank-Nicolson for u_t = alpha u_xx with zero ends, each step a Thomas solve; returns a weighted mean. */
export function crankNicolson(u0: Float64Array, alpha: number, steps: number, weights: Float64Array): number {
  const n = u0.length;
  const u = Float64Array.from(u0);
  const rhs = new Float64Array(n);
  const cp = new Float64Array(n);
  const dp = new Float64Array(n);
  const a = -alpha / 2, b = 1 + alpha;
  for (let s = 0; s < steps; s++) {
    for (let i = 0; i < n; i++) {
      const l = i > 0 ? u[i - 1] : 0;
      const r = i < n - 1 ? u[i + 1] : 0;
      rhs[i] = (1 - alpha) * u[i] + (alpha / 2) * (l + r);
    }
    cp[0] = a / b;
    dp[0] = rhs[0] / b;
    for (let i = 1; i < n; i++) {
      const m = b - a * cp[i - 1];
      cp[i] = a / m;
      dp[i] = (rhs[i] - a * dp[i - 1]) / m;
    }
    u[n - 1] = dp[n - 1];
    for (let i = n - 2; i >= 0; i--) u[i] = dp[i] - cp[i] * u[i + 1];
  }
  let acc = 0;
  for (let i = 0; i < n; i++) acc += weights[i] * u[i];
  return acc;
}

/** 2-D diffusion on a periodic nx × ny grid (row-major), 5-point stencil; returns the variance at the end. */
export function periodic2d(u0: Float64Array, nx: number, ny: number, kappa: number, steps: number): number {
  let u = Float64Array.from(u0);
  let v = new Float64Array(nx * ny);
  for (let s = 0; s < steps; s++) {
    for (let j = 0; j < ny; j++) {
      const jm = (j + ny - 1) % ny, jp = (j + 1) % ny;
      for (let i = 0; i < nx; i++) {
        const im = (i + nx - 1) % nx, ip = (i + 1) % nx;
        const c = u[j * nx + i];
        v[j * nx + i] = c + kappa * (u[j * nx + im] + u[j * nx + ip] + u[jm * nx + i] + u[jp * nx + i] - 4 * c);
      }
    }
    [u, v] = [v, u];
  }
  let mean = 0;
  for (const x of u) mean += x;
  mean /= u.length;
  let varc = 0;
  for (const x of u) varc += (x - mean) ** 2;
  return varc / u.length;
}

/** First-order upwind advection with inflow value `inflow`, the upwind side chosen by the sign of c. */
export function upwind(u0: Float64Array, c: number, inflow: number, steps: number, target: Float64Array): number {
  const n = u0.length;
  const u = Float64Array.from(u0);
  const old = new Float64Array(n);
  for (let s = 0; s < steps; s++) {
    old.set(u);
    for (let i = 0; i < n; i++) {
      if (c >= 0) {
        const up = i === 0 ? inflow : old[i - 1];
        u[i] = old[i] - c * (old[i] - up);
      } else {
        const up = i === n - 1 ? inflow : old[i + 1];
        u[i] = old[i] - c * (up - old[i]);
      }
    }
  }
  let loss = 0;
  for (let i = 0; i < n; i++) loss += (u[i] - target[i]) ** 2;
  return loss;
}

/** Fisher-KPP reaction-diffusion u_t = D u_xx + r u (1 - u), zero-flux ends; returns the total mass. */
export function fisherKpp(u0: Float64Array, d: number, r: number, steps: number, dt: number): number {
  const n = u0.length;
  const g = new Float64Array(n + 2);
  const lap = new Float64Array(n);
  for (let i = 0; i < n; i++) g[i + 1] = u0[i];
  for (let s = 0; s < steps; s++) {
    g[0] = g[1];
    g[n + 1] = g[n];
    for (let i = 0; i < n; i++) lap[i] = g[i] - 2 * g[i + 1] + g[i + 2];
    for (let i = 0; i < n; i++) {
      const x = g[i + 1];
      g[i + 1] = x + dt * (d * lap[i] + r * x * (1 - x));
    }
  }
  let mass = 0;
  for (let i = 1; i <= n; i++) mass += g[i];
  return mass;
}
