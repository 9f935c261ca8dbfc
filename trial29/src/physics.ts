// Physics: springs with Verlet, softened N-body, pendulum (fixed RK4 and adaptive RK45-like),
// projectile with drag until it lands, cloth step writing positions.

type Vec2 = [number, number];

const G = 1.0;

function springForce(ax: number, ay: number, bx: number, by: number, k: number, rest: number): Vec2 {
  const dx = bx - ax;
  const dy = by - ay;
  const len = Math.hypot(dx, dy);
  const s = (k * (len - rest)) / len;
  return [s * dx, s * dy];
}

/** A chain of n masses (x,y interleaved) joined by springs, integrated with position Verlet;
 * returns the final elastic + kinetic energy. */
export function springChainEnergy(pos: Float64Array, prev: Float64Array, k: number, rest: number, dt: number, steps: number): number {
  const n = pos.length / 2;
  let cur = Float64Array.from(pos);
  let old = Float64Array.from(prev);
  const acc = new Float64Array(pos.length);
  for (let s = 0; s < steps; s++) {
    acc.fill(0);
    for (let i = 0; i + 1 < n; i++) {
      const [fx, fy] = springForce(cur[2 * i], cur[2 * i + 1], cur[2 * i + 2], cur[2 * i + 3], k, rest);
      acc[2 * i] += fx;
      acc[2 * i + 1] += fy;
      acc[2 * i + 2] -= fx;
      acc[2 * i + 3] -= fy;
    }
    const next = new Float64Array(pos.length);
    for (let j = 0; j < pos.length; j++) {
      next[j] = 2 * cur[j] - old[j] + acc[j] * dt * dt;
    }
    old = cur;
    cur = next;
  }
  let e = 0;
  for (let i = 0; i + 1 < n; i++) {
    const d = Math.hypot(cur[2 * i + 2] - cur[2 * i], cur[2 * i + 3] - cur[2 * i + 1]) - rest;
    e += 0.5 * k * d * d;
  }
  for (let j = 0; j < pos.length; j++) {
    const v = (cur[j] - old[j]) / dt;
    e += 0.5 * v * v;
  }
  return e;
}

/** Softened gravitational potential of bodies at (x,y) with masses m. */
export function nbodyPotential(xs: Float64Array, ys: Float64Array, m: Float64Array, eps = 0.1): number {
  let u = 0;
  const n = m.length;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const r2 = (xs[i] - xs[j]) ** 2 + (ys[i] - ys[j]) ** 2 + eps * eps;
      u -= (G * m[i] * m[j]) / Math.sqrt(r2);
    }
  }
  return u;
}

/** Leapfrog N-body with softening, scratch buffers reused each step; returns total energy at the end. */
export function nbodyLeapfrog(state: Float64Array, m: Float64Array, dt: number, steps: number): number {
  // state: [x0, y0, vx0, vy0, x1, ...]
  const n = m.length;
  const s = state.slice();
  const ax = new Float64Array(n);
  const ay = new Float64Array(n);
  const eps2 = 0.01;
  for (let step = 0; step < steps; step++) {
    ax.fill(0);
    ay.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        if (i === j) continue;
        const dx = s[4 * j] - s[4 * i];
        const dy = s[4 * j + 1] - s[4 * i + 1];
        const r2 = dx * dx + dy * dy + eps2;
        const inv = m[j] / (r2 * Math.sqrt(r2));
        ax[i] += dx * inv;
        ay[i] += dy * inv;
      }
    }
    for (let i = 0; i < n; i++) {
      s[4 * i + 2] += dt * ax[i];
      s[4 * i + 3] += dt * ay[i];
      s[4 * i] += dt * s[4 * i + 2];
      s[4 * i + 1] += dt * s[4 * i + 3];
    }
  }
  let kin = 0;
  for (let i = 0; i < n; i++) kin += 0.5 * m[i] * (s[4 * i + 2] ** 2 + s[4 * i + 3] ** 2);
  let pot = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const d = Math.sqrt((s[4 * i] - s[4 * j]) ** 2 + (s[4 * i + 1] - s[4 * j + 1]) ** 2 + eps2);
      pot -= (m[i] * m[j]) / d;
    }
  return kin + pot;
}

function pendulumRhs(theta: number, omega: number, g: number, len: number): Vec2 {
  return [omega, -(g / len) * Math.sin(theta)];
}

/** Fixed-step RK4 of a pendulum; returns the angle at time T. */
export function pendulumRK4(theta0: number, omega0: number, len: number, T: number, steps = 50): number {
  const g = 9.81;
  const h = T / steps;
  let th = theta0;
  let om = omega0;
  for (let i = 0; i < steps; i++) {
    const [k1a, k1b] = pendulumRhs(th, om, g, len);
    const [k2a, k2b] = pendulumRhs(th + 0.5 * h * k1a, om + 0.5 * h * k1b, g, len);
    const [k3a, k3b] = pendulumRhs(th + 0.5 * h * k2a, om + 0.5 * h * k2b, g, len);
    const [k4a, k4b] = pendulumRhs(th + h * k3a, om + h * k3b, g, len);
    th += (h / 6) * (k1a + 2 * k2a + 2 * k3a + k4a);
    om += (h / 6) * (k1b + 2 * k2b + 2 * k3b + k4b);
  }
  return th;
}

/** Adaptive step doubling (RK2 vs RK3 Bogacki–Shampine-like error estimate) on a damped pendulum;
 * returns final angle. while + break, step size control. */
export function pendulumAdaptive(theta0: number, omega0: number, damping: number, T: number, tol = 1e-6): number {
  let t = 0;
  let h = 0.05;
  let th = theta0;
  let om = omega0;
  let guard = 0;
  while (t < T) {
    if (++guard > 10000) break;
    if (t + h > T) h = T - t;
    const f = (a: number, b: number): Vec2 => [b, -9.81 * Math.sin(a) - damping * b];
    const [k1a, k1b] = f(th, om);
    const [k2a, k2b] = f(th + 0.5 * h * k1a, om + 0.5 * h * k1b);
    const [k3a, k3b] = f(th + 0.75 * h * k2a, om + 0.75 * h * k2b);
    const na = th + h * ((2 / 9) * k1a + (1 / 3) * k2a + (4 / 9) * k3a);
    const nb = om + h * ((2 / 9) * k1b + (1 / 3) * k2b + (4 / 9) * k3b);
    const [k4a, k4b] = f(na, nb);
    const ea = h * ((-5 / 72) * k1a + (1 / 12) * k2a + (1 / 9) * k3a - (1 / 8) * k4a);
    const eb = h * ((-5 / 72) * k1b + (1 / 12) * k2b + (1 / 9) * k3b - (1 / 8) * k4b);
    const errEst = Math.max(Math.abs(ea), Math.abs(eb));
    if (errEst <= tol || h < 1e-6) {
      t += h;
      th = na;
      om = nb;
    }
    // next step size from the error estimate (differentiable through h)
    const fac = Math.min(4, Math.max(0.2, 0.9 * Math.cbrt(tol / Math.max(errEst, 1e-300))));
    h *= fac;
  }
  return th;
}

/** Projectile with quadratic drag, explicit Euler until it falls below y = 0, then linear interpolation
 * of the landing x. */
export function dragRange(speed: number, angle: number, drag: number): number {
  let x = 0;
  let y = 0;
  let vx = speed * Math.cos(angle);
  let vy = speed * Math.sin(angle);
  const dt = 0.01;
  for (;;) {
    const v = Math.hypot(vx, vy);
    const nx = x + dt * vx;
    const ny = y + dt * vy;
    vx -= dt * drag * v * vx;
    vy -= dt * (9.81 + drag * v * vy);
    if (ny < 0) {
      const frac = y / (y - ny);
      return x + frac * (nx - x);
    }
    x = nx;
    y = ny;
  }
}

/** One cloth step: a grid w x h of particles (x,y interleaved), structural springs to the right and below,
 * gravity, Verlet; writes the next positions into `out`. */
export function clothStep(pos: Float64Array, prev: Float64Array, w: number, h: number, k: number, dt: number, out: Float64Array): void {
  const force = new Float64Array(pos.length);
  for (let j = 0; j < h; j++) {
    for (let i = 0; i < w; i++) {
      const a = j * w + i;
      force[2 * a + 1] -= 9.81;
      const link = (ii: number, jj: number) => {
        const b = jj * w + ii;
        const [fx, fy] = springForce(pos[2 * a], pos[2 * a + 1], pos[2 * b], pos[2 * b + 1], k, 1);
        force[2 * a] += fx;
        force[2 * a + 1] += fy;
        force[2 * b] -= fx;
        force[2 * b + 1] -= fy;
      };
      if (i + 1 < w) link(i + 1, j);
      if (j + 1 < h) link(i, j + 1);
    }
  }
  for (let q = 0; q < pos.length; q++) {
    out[q] = 2 * pos[q] - prev[q] + force[q] * dt * dt;
  }
}

/** Total spring energy of a 2D spring network given by an edge list (integer indices). */
export function networkEnergy(pos: Float64Array, edges: Int32Array, rest: Float64Array, k: number): number {
  let e = 0;
  for (let q = 0; q < rest.length; q++) {
    const a = edges[2 * q];
    const b = edges[2 * q + 1];
    const d = Math.hypot(pos[2 * b] - pos[2 * a], pos[2 * b + 1] - pos[2 * a + 1]) - rest[q];
    e += 0.5 * k * d * d;
  }
  return e;
}
