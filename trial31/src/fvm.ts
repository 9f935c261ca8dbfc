// 1D finite volumes: advection-diffusion with flux limiters, Burgers with a Godunov flux,
// implicit heat with a Thomas solve.

export type Limiter = 'minmod' | 'superbee' | 'vanleer';

function limiter(r: number, kind: Limiter): number {
  switch (kind) {
    case 'minmod':
      return Math.max(0, Math.min(1, r));
    case 'superbee':
      return Math.max(0, Math.min(2 * r, 1), Math.min(r, 2));
    case 'vanleer':
      return (r + Math.abs(r)) / (1 + Math.abs(r));
  }
}

/** One explicit step of periodic advection-diffusion with a limited upwind flux, into `out`. */
export function advectDiffuseStep(u: Float64Array, vel: number, diff: number, dx: number, dt: number, out: Float64Array, kind: Limiter = 'minmod'): void {
  const n = u.length;
  const at = (i: number) => u[((i % n) + n) % n];
  for (let i = 0; i < n; i++) {
    // flux through the right face i+1/2 and the left face i-1/2, velocity assumed positive
    let fluxR = 0;
    let fluxL = 0;
    for (const side of [0, 1]) {
      const c = i - side;
      const du = at(c + 1) - at(c);
      const dup = at(c) - at(c - 1);
      const r = Math.abs(du) > 1e-12 ? dup / du : 0;
      const face = vel * (at(c) + 0.5 * limiter(r, kind) * du * (1 - (vel * dt) / dx)) - (diff * du) / dx;
      if (side === 0) fluxR = face;
      else fluxL = face;
    }
    out[i] = u[i] - (dt / dx) * (fluxR - fluxL);
  }
}

/** March `steps` steps with ping-pong buffers; return the squared distance to a target profile. */
export function advectDiffuseMisfit(u0: Float64Array, target: Float64Array, vel: number, diff: number, steps = 20, kind: Limiter = 'vanleer'): number {
  const n = u0.length;
  const dx = 1 / n;
  const dt = 0.4 * dx / Math.max(Math.abs(vel) + (2 * diff) / dx, 1e-9);
  let cur = Float64Array.from(u0);
  let nxt = new Float64Array(n);
  for (let s = 0; s < steps; s++) {
    advectDiffuseStep(cur, vel, diff, dx, dt, nxt, kind);
    [cur, nxt] = [nxt, cur];
  }
  let e = 0;
  for (let i = 0; i < n; i++) e += (cur[i] - target[i]) ** 2;
  return e * dx;
}

/** Exact Riemann (Godunov) flux for Burgers' equation f(u) = u²/2. */
function godunov(ul: number, ur: number): number {
  if (ul <= ur) {
    if (ul > 0) return 0.5 * ul * ul;
    if (ur < 0) return 0.5 * ur * ur;
    return 0;
  }
  const s = 0.5 * (ul + ur);
  return s > 0 ? 0.5 * ul * ul : 0.5 * ur * ur;
}

/** Burgers with outflow boundaries: total variation of the solution after `steps` steps. */
export function burgersTV(u0: Float64Array, steps = 10, cfl = 0.4): number {
  const n = u0.length;
  const u = u0.slice();
  const flux = new Float64Array(n + 1);
  const dx = 1 / n;
  for (let s = 0; s < steps; s++) {
    let umax = 0;
    for (const v of u) umax = Math.max(umax, Math.abs(v));
    const dt = (cfl * dx) / (umax + 1e-12);
    for (let f = 0; f <= n; f++) {
      const ul = u[Math.max(f - 1, 0)];
      const ur = u[Math.min(f, n - 1)];
      flux[f] = godunov(ul, ur);
    }
    for (let i = 0; i < n; i++) u[i] -= (dt / dx) * (flux[i + 1] - flux[i]);
  }
  let tv = 0;
  for (let i = 1; i < n; i++) tv += Math.sqrt((u[i] - u[i - 1]) ** 2 + 1e-8);
  return tv;
}

/** Thomas algorithm for a tridiagonal system (a: sub, b: diag, c: super), solution into x. */
function thomas(a: number, b: number, c: number, d: Float64Array, x: Float64Array): void {
  const n = d.length;
  const cp = new Float64Array(n);
  const dp = new Float64Array(n);
  cp[0] = c / b;
  dp[0] = d[0] / b;
  for (let i = 1; i < n; i++) {
    const m = b - a * cp[i - 1];
    cp[i] = c / m;
    dp[i] = (d[i] - a * dp[i - 1]) / m;
  }
  x[n - 1] = dp[n - 1];
  for (let i = n - 2; i >= 0; i--) x[i] = dp[i] - cp[i] * x[i + 1];
}

/** Backward-Euler heat equation with zero Dirichlet ends; returns the heat left (sum u dx). */
export function implicitHeat(u0: Float64Array, alpha: number, dt: number, steps = 5): number {
  const n = u0.length;
  const dx = 1 / (n + 1);
  const lam = (alpha * dt) / (dx * dx);
  let u = Float64Array.from(u0);
  for (let s = 0; s < steps; s++) {
    const next = new Float64Array(n);
    thomas(-lam, 1 + 2 * lam, -lam, u, next);
    u = next;
  }
  let q = 0;
  for (const v of u) q += v * dx;
  return q;
}

/** Conservative upwind step for variable velocity at faces, with a min/max clamp of the result to the data range. */
export function clampedUpwind(u: Float64Array, faceVel: Float64Array, dt: number): number {
  const n = u.length;
  const dx = 1 / n;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of u) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  let mass = 0;
  for (let i = 0; i < n; i++) {
    const left = i === 0 ? 0 : faceVel[i] > 0 ? faceVel[i] * u[i - 1] : faceVel[i] * u[i];
    const right = i === n - 1 ? 0 : faceVel[i + 1] > 0 ? faceVel[i + 1] * u[i] : faceVel[i + 1] * u[i + 1];
    const v = Math.min(hi, Math.max(lo, u[i] - (dt / dx) * (right - left)));
    mass += v * v;
  }
  return mass;
}

/** Gauss-Seidel smoothing sweeps of the 1D Laplacian, in place (u is read and written). */
export function smoothInPlace(u: Float64Array, alpha: number, sweeps = 3): void {
  const n = u.length;
  for (let s = 0; s < sweeps; s++) {
    for (let i = 1; i < n - 1; i++) u[i] = (1 - alpha) * u[i] + 0.5 * alpha * (u[i - 1] + u[i + 1]);
  }
}
