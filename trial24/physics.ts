// Molecules, cloth, heat, orbits.

/** Lennard-Jones energy of a cluster (pos = x0,y0,z0,x1,…). */
export function ljEnergy(pos: Float64Array, eps: number, sigma: number): number {
  const n = pos.length / 3;
  let e = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = pos[3 * i] - pos[3 * j];
      const dy = pos[3 * i + 1] - pos[3 * j + 1];
      const dz = pos[3 * i + 2] - pos[3 * j + 2];
      const s2 = (sigma * sigma) / (dx * dx + dy * dy + dz * dz);
      const s6 = s2 * s2 * s2;
      e += 4 * eps * (s6 * s6 - s6);
    }
  }
  return e;
}

/** Lennard-Jones forces, written into forces (3N). */
export function ljForces(forces: Float64Array, pos: Float64Array, eps: number, sigma: number): void {
  const n = pos.length / 3;
  forces.fill(0);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = pos[3 * i] - pos[3 * j];
      const dy = pos[3 * i + 1] - pos[3 * j + 1];
      const dz = pos[3 * i + 2] - pos[3 * j + 2];
      const r2 = dx * dx + dy * dy + dz * dz;
      const s6 = ((sigma * sigma) / r2) ** 3;
      const f = (24 * eps * (2 * s6 * s6 - s6)) / r2;
      forces[3 * i] += f * dx;
      forces[3 * i + 1] += f * dy;
      forces[3 * i + 2] += f * dz;
      forces[3 * j] -= f * dx;
      forces[3 * j + 1] -= f * dy;
      forces[3 * j + 2] -= f * dz;
    }
  }
}

/** Spring-mass chain (cloth strand) under gravity, Verlet steps; spring energy at the end. */
export function clothVerlet(x0: Float64Array, k: number, rest: number, steps = 20, dt = 0.01): number {
  const n = x0.length;
  let x = new Float64Array(x0);
  let prev = new Float64Array(x0);
  let next = new Float64Array(n);
  for (let s = 0; s < steps; s++) {
    for (let i = 0; i < n; i++) {
      let f = -9.81;
      if (i > 0) f -= k * (x[i] - x[i - 1] - rest);
      if (i < n - 1) f += k * (x[i + 1] - x[i] - rest);
      next[i] = i === 0 ? x[0] : 2 * x[i] - prev[i] + dt * dt * f; // pinned top
    }
    const t = prev;
    prev = x;
    x = next;
    next = t;
  }
  let e = 0;
  for (let i = 1; i < n; i++) {
    const d = x[i] - x[i - 1] - rest;
    e += 0.5 * k * d * d;
  }
  return e;
}

/** Explicit heat-equation steps (FTCS, Dirichlet 0 ends); returns Σu². */
export function heatExplicit(u0: Float64Array, alpha: number, steps = 25): number {
  const n = u0.length;
  let u = Float64Array.from(u0);
  let v = new Float64Array(n);
  for (let s = 0; s < steps; s++) {
    v[0] = 0;
    v[n - 1] = 0;
    for (let i = 1; i < n - 1; i++) v[i] = u[i] + alpha * (u[i - 1] - 2 * u[i] + u[i + 1]);
    [u, v] = [v, u];
  }
  let e = 0;
  for (const w of u) e += w * w;
  return e;
}

function pendulumAcc(theta: number, g: number, L: number): number {
  return (-g / L) * Math.sin(theta);
}

/** Pendulum angle after n RK4 steps. */
export function pendulumRK4(theta0: number, omega0: number, g: number, L: number, n = 50, dt = 0.02): number {
  let th = theta0, om = omega0;
  for (let i = 0; i < n; i++) {
    const k1t = om, k1o = pendulumAcc(th, g, L);
    const k2t = om + 0.5 * dt * k1o, k2o = pendulumAcc(th + 0.5 * dt * k1t, g, L);
    const k3t = om + 0.5 * dt * k2o, k3o = pendulumAcc(th + 0.5 * dt * k2t, g, L);
    const k4t = om + dt * k3o, k4o = pendulumAcc(th + dt * k3t, g, L);
    th += (dt / 6) * (k1t + 2 * k2t + 2 * k3t + k4t);
    om += (dt / 6) * (k1o + 2 * k2o + 2 * k3o + k4o);
  }
  return th;
}

/** Range of a projectile with quadratic drag, stepped until it lands, landing interpolated. */
export function dragRange(v0: number, angle: number, k: number, dt = 0.005): number {
  let x = 0, y = 0;
  let vx = v0 * Math.cos(angle), vy = v0 * Math.sin(angle);
  let px = 0, py = 0;
  while (true) {
    px = x; py = y;
    const sp = Math.hypot(vx, vy);
    vx -= dt * k * sp * vx;
    vy -= dt * (9.81 + k * sp * vy);
    x += dt * vx;
    y += dt * vy;
    if (y < 0) break;
  }
  // linear interpolation to y = 0
  return px + (x - px) * (py / (py - y));
}

/** Coulomb energy of charges in the plane (pos = x0,y0,…), softened. */
export function coulombEnergy(q: Float64Array, pos: Float64Array): number {
  let e = 0;
  for (let i = 0; i < q.length; i++)
    for (let j = 0; j < i; j++) e += (q[i] * q[j]) / Math.sqrt((pos[2 * i] - pos[2 * j]) ** 2 + (pos[2 * i + 1] - pos[2 * j + 1]) ** 2 + 1e-4);
  return e;
}

/** Morse potential. */
export function morse(r: number, De: number, a: number, re: number): number {
  const e = -Math.expm1(-a * (r - re));
  return De * e * e;
}

/** Eccentric anomaly from Kepler's equation, fixed Newton count. */
export function keplerE(M: number, e: number): number {
  let E = e < 0.8 ? M : Math.PI;
  for (let i = 0; i < 12; i++) E -= (E - e * Math.sin(E) - M) / (1 - e * Math.cos(E));
  return E;
}

/** Orbital radius at mean anomaly M. */
export function orbitRadius(M: number, e: number, a: number): number {
  return a * (1 - e * Math.cos(keplerE(M, e)));
}

/** Leapfrog 1D wave equation, energy at the end. */
export function waveEnergy(u0: Float64Array, c: number, steps = 30): number {
  const n = u0.length;
  const dx = 1 / (n - 1), dt = 0.5 * dx;
  const lam = (c * dt / dx) ** 2;
  let prev = new Float64Array(u0);
  let cur = new Float64Array(u0);
  for (let s = 0; s < steps; s++) {
    const nxt = new Float64Array(n);
    for (let i = 1; i < n - 1; i++) nxt[i] = 2 * cur[i] - prev[i] + lam * (cur[i + 1] - 2 * cur[i] + cur[i - 1]);
    prev = cur;
    cur = nxt;
  }
  let E = 0;
  for (let i = 1; i < n; i++) {
    const vt = (cur[i] - prev[i]) / dt;
    const ux = (cur[i] - cur[i - 1]) / dx;
    E += 0.5 * (vt * vt + c * c * ux * ux) * dx;
  }
  return E;
}

/** Moment of inertia about z of point masses (pos = x,y pairs) about their centre of mass. */
export function inertiaZ(m: Float64Array, pos: Float64Array): number {
  let M = 0, cx = 0, cy = 0;
  for (let i = 0; i < m.length; i++) {
    M += m[i];
    cx += m[i] * pos[2 * i];
    cy += m[i] * pos[2 * i + 1];
  }
  cx /= M;
  cy /= M;
  let I = 0;
  for (let i = 0; i < m.length; i++) I += m[i] * ((pos[2 * i] - cx) ** 2 + (pos[2 * i + 1] - cy) ** 2);
  return I;
}

/** Least squares of a damped oscillation A e^{-bt} cos(ωt + φ) against samples. */
export function dampedFit(params: Float64Array, ts: Float64Array, ys: Float64Array): number {
  const [A, b, w, phi] = params;
  let s = 0;
  for (let i = 0; i < ts.length; i++) {
    const r = A * Math.exp(-b * ts[i]) * Math.cos(w * ts[i] + phi) - ys[i];
    s += r * r;
  }
  return s;
}

/** Van der Waals pressure. */
export function vanDerWaals(V: number, T: number, a: number, b: number, n = 1): number {
  const R = 8.314;
  return (n * R * T) / (V - n * b) - (a * n * n) / (V * V);
}

/** Relativistic kinetic energy from speed (c = 1). */
export function relKinetic(m: number, v: number): number {
  // gamma - 1 = expm1(-0.5 log1p(-v²)) stays accurate for small v
  return m * Math.expm1(-0.5 * Math.log1p(-v * v));
}
