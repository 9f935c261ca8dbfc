// Physics: springs, pendulums, n-body, integrators.

const G = 6.674e-3; // scaled gravitational constant
const GRAV = 9.81;
const SOFTENING = 0.05;

/** Potential energy of a chain of springs between consecutive 1-D masses.
 * @domain x [-1, 1] length 6
 * @domain k (0.5, 3)
 * @domain rest (0.1, 1)
 */
export function springChainEnergy(x: Float64Array, k: number, rest: number): number {
  let e = 0;
  for (let i = 1; i < x.length; i++) {
    const stretch = x[i] - x[i - 1] - rest;
    e += 0.5 * k * stretch * stretch;
  }
  return e;
}

/** 2-D spring network energy, points as flat [x0, y0, x1, y1, ...].
 * @domain pos [-1, 1] length 8
 * @domain k (0.5, 2)
 */
export function springNetEnergy(pos: Float64Array, k: number): number {
  const n = pos.length / 2;
  let energy = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = pos[2 * j] - pos[2 * i];
      const dy = pos[2 * j + 1] - pos[2 * i + 1];
      const len = Math.hypot(dx, dy);
      energy += 0.5 * k * (len - 1) ** 2;
    }
  }
  return energy;
}

function pendulumAccel(theta: number, length: number, damping: number, omega: number): number {
  return -(GRAV / length) * Math.sin(theta) - damping * omega;
}

/** Angle of a damped pendulum after `steps` RK4 steps.
 * @domain theta0 [-1, 1]
 * @domain omega0 [-1, 1]
 * @domain length (0.5, 2)
 * @domain damping (0, 0.5)
 */
export function pendulumRK4(theta0: number, omega0: number, length: number, damping: number): number {
  const dt = 0.01;
  let th = theta0;
  let om = omega0;
  for (let s = 0; s < 100; s++) {
    const k1t = om;
    const k1o = pendulumAccel(th, length, damping, om);
    const k2t = om + 0.5 * dt * k1o;
    const k2o = pendulumAccel(th + 0.5 * dt * k1t, length, damping, k2t);
    const k3t = om + 0.5 * dt * k2o;
    const k3o = pendulumAccel(th + 0.5 * dt * k2t, length, damping, k3t);
    const k4t = om + dt * k3o;
    const k4o = pendulumAccel(th + dt * k3t, length, damping, k4t);
    th += (dt / 6) * (k1t + 2 * k2t + 2 * k3t + k4t);
    om += (dt / 6) * (k1o + 2 * k2o + 2 * k3o + k4o);
  }
  return th;
}

/** Same pendulum by leapfrog (kick-drift-kick), returns total energy at the end.
 * @domain theta0 [-1, 1]
 * @domain omega0 [-1, 1]
 * @domain length (0.5, 2)
 * @domain steps int [10, 60]
 */
export function pendulumLeapfrogEnergy(theta0: number, omega0: number, length: number, steps: number): number {
  const dt = 0.02;
  let th = theta0, om = omega0;
  let i = 0;
  while (i < steps) {
    om += 0.5 * dt * (-(GRAV / length) * Math.sin(th));
    th += dt * om;
    om += 0.5 * dt * (-(GRAV / length) * Math.sin(th));
    i++;
  }
  return 0.5 * length * length * om * om + GRAV * length * (1 - Math.cos(th));
}

/** Gravitational accelerations of n bodies (flat xyz) into acc.
 * @domain pos [-1, 1] length 9
 * @domain mass (0.5, 2) length 3
 * @domain acc [0, 0] length 9
 */
export function nbodyAccel(pos: Float64Array, mass: Float64Array, acc: Float64Array): void {
  const n = mass.length;
  acc.fill(0);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const dx = pos[3 * j] - pos[3 * i];
      const dy = pos[3 * j + 1] - pos[3 * i + 1];
      const dz = pos[3 * j + 2] - pos[3 * i + 2];
      const r2 = dx * dx + dy * dy + dz * dz + SOFTENING * SOFTENING;
      const inv = G * mass[j] / (r2 * Math.sqrt(r2));
      acc[3 * i] += dx * inv;
      acc[3 * i + 1] += dy * inv;
      acc[3 * i + 2] += dz * inv;
    }
  }
}

/** Total energy after leapfrog steps of an n-body system (velocities start at vel).
 * @domain pos [-1, 1] length 9
 * @domain vel [-0.2, 0.2] length 9
 * @domain mass (0.5, 2) length 3
 */
export function nbodyEnergyAfter(pos: Float64Array, vel: Float64Array, mass: Float64Array): number {
  const n = mass.length;
  const p = Float64Array.from(pos);
  const v = Float64Array.from(vel);
  const a = new Float64Array(3 * n);
  const dt = 0.01;
  for (let step = 0; step < 20; step++) {
    nbodyAccel(p, mass, a);
    for (let i = 0; i < 3 * n; i++) v[i] += 0.5 * dt * a[i];
    for (let i = 0; i < 3 * n; i++) p[i] += dt * v[i];
    nbodyAccel(p, mass, a);
    for (let i = 0; i < 3 * n; i++) v[i] += 0.5 * dt * a[i];
  }
  let kin = 0;
  for (let i = 0; i < n; i++) {
    kin += 0.5 * mass[i] * (v[3 * i] ** 2 + v[3 * i + 1] ** 2 + v[3 * i + 2] ** 2);
  }
  let pot = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const r = Math.hypot(p[3 * i] - p[3 * j], p[3 * i + 1] - p[3 * j + 1], p[3 * i + 2] - p[3 * j + 2]);
      pot -= G * mass[i] * mass[j] / Math.sqrt(r * r + SOFTENING * SOFTENING);
    }
  }
  return kin + pot;
}

/** Horizontal range of a projectile with linear drag, explicit Euler until it lands.
 * @domain speed (5, 20)
 * @domain angle (0.2, 1.2)
 * @domain drag (0.01, 0.3)
 * @fdstep 1e-7  the number of Euler steps changes with the inputs: differences must stay within one step
 */
export function dragRange(speed: number, angle: number, drag: number): number {
  let x = 0, y = 0;
  let vx = speed * Math.cos(angle);
  let vy = speed * Math.sin(angle);
  const dt = 0.001;
  for (;;) {
    const nx = x + dt * vx;
    const ny = y + dt * vy;
    vx -= dt * drag * vx;
    vy -= dt * (GRAV + drag * vy);
    if (ny < 0) {
      // interpolate the landing point linearly
      const frac = y / (y - ny);
      return x + frac * (nx - x);
    }
    x = nx;
    y = ny;
  }
}

/** Damped harmonic oscillator, semi-implicit Euler; writes the trajectory into out.
 * @domain x0 [-1, 1]
 * @domain v0 [-1, 1]
 * @domain omega (0.5, 3)
 * @domain zeta (0, 0.5)
 * @domain out [0, 0] length 5
 */
export function oscillatorTrajectory(x0: number, v0: number, omega: number, zeta: number, out: number[]): void {
  let x = x0, v = v0;
  const dt = 0.05;
  for (let i = 0; i < out.length; i++) {
    for (let sub = 0; sub < 10; sub++) {
      v += dt * (-2 * zeta * omega * v - omega * omega * x);
      x += dt * v;
    }
    out[i] = x;
  }
}

/** Specific orbital energy and angular momentum combined into a scalar.
 * @domain r [0.5, 2] length 3
 * @domain v [-1, 1] length 3
 * @domain mu (0.5, 2)
 */
export function orbitInvariant(r: number[], v: number[], mu: number): number {
  const rn = Math.hypot(r[0], r[1], r[2]);
  const v2 = v[0] * v[0] + v[1] * v[1] + v[2] * v[2];
  const energy = v2 / 2 - mu / rn;
  const hx = r[1] * v[2] - r[2] * v[1];
  const hy = r[2] * v[0] - r[0] * v[2];
  const hz = r[0] * v[1] - r[1] * v[0];
  const h = Math.hypot(hx, hy, hz);
  // eccentricity from energy and h
  return Math.sqrt(Math.max(0, 1 + (2 * energy * h * h) / (mu * mu)));
}

/** One velocity-Verlet step of a 1-D spring chain with fixed ends; writes next state.
 * @domain x [-0.5, 0.5] length 4
 * @domain v [-0.5, 0.5] length 4
 * @domain k (0.5, 2)
 * @domain xNext [0, 0] length 4
 * @domain vNext [0, 0] length 4
 */
export function chainVerletStep(x: Float64Array, v: Float64Array, k: number, xNext: Float64Array, vNext: Float64Array): void {
  const n = x.length;
  const dt = 0.1;
  const force = (i: number, arr: Float64Array) => {
    const left = i > 0 ? arr[i - 1] : 0;
    const right = i < n - 1 ? arr[i + 1] : 0;
    return k * (left + right - 2 * arr[i]);
  };
  for (let i = 0; i < n; i++) xNext[i] = x[i] + dt * v[i] + 0.5 * dt * dt * force(i, x);
  for (let i = 0; i < n; i++) vNext[i] = v[i] + 0.5 * dt * (force(i, x) + force(i, xNext));
}

/** Same step without the closure.
 * @domain x [-0.5, 0.5] length 4
 * @domain v [-0.5, 0.5] length 4
 * @domain k (0.5, 2)
 * @domain xNext [0, 0] length 4
 * @domain vNext [0, 0] length 4
 */
export function chainVerletStepPlain(x: Float64Array, v: Float64Array, k: number, xNext: Float64Array, vNext: Float64Array): void {
  const n = x.length;
  const dt = 0.1;
  for (let i = 0; i < n; i++) {
    const left = i > 0 ? x[i - 1] : 0;
    const right = i < n - 1 ? x[i + 1] : 0;
    xNext[i] = x[i] + dt * v[i] + 0.5 * dt * dt * k * (left + right - 2 * x[i]);
  }
  for (let i = 0; i < n; i++) {
    const fOld = k * ((i > 0 ? x[i - 1] : 0) + (i < n - 1 ? x[i + 1] : 0) - 2 * x[i]);
    const fNew = k * ((i > 0 ? xNext[i - 1] : 0) + (i < n - 1 ? xNext[i + 1] : 0) - 2 * xNext[i]);
    vNext[i] = v[i] + 0.5 * dt * (fOld + fNew);
  }
}

/** Lotka-Volterra by RK4 with the derivative helper writing into a scratch array.
 * @domain p (0.5, 1.5) length 4
 * @domain y0 (0.5, 2) length 2
 */
export function lotkaVolterraFinal(p: Float64Array, y0: Float64Array): number {
  const y = Float64Array.from(y0);
  const k1 = new Float64Array(2), k2 = new Float64Array(2), k3 = new Float64Array(2), k4 = new Float64Array(2);
  const tmp = new Float64Array(2);
  const h = 0.05;
  for (let s = 0; s < 40; s++) {
    lvRhs(y, p, k1);
    for (let i = 0; i < 2; i++) tmp[i] = y[i] + 0.5 * h * k1[i];
    lvRhs(tmp, p, k2);
    for (let i = 0; i < 2; i++) tmp[i] = y[i] + 0.5 * h * k2[i];
    lvRhs(tmp, p, k3);
    for (let i = 0; i < 2; i++) tmp[i] = y[i] + h * k3[i];
    lvRhs(tmp, p, k4);
    for (let i = 0; i < 2; i++) y[i] += (h / 6) * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
  }
  return y[0] * y[1];
}

function lvRhs(y: Float64Array, p: Float64Array, out: Float64Array): void {
  out[0] = p[0] * y[0] - p[1] * y[0] * y[1];
  out[1] = p[3] * y[0] * y[1] - p[2] * y[1];
}

/** The same with @checkpoint on the time loop.
 * @domain p (0.5, 1.5) length 4
 * @domain y0 (0.5, 2) length 2
 */
export function lotkaVolterraCheckpointed(p: Float64Array, y0: Float64Array): number {
  const y = Float64Array.from(y0);
  const dy = new Float64Array(2);
  const h = 0.01;
  /** @checkpoint snapshots=8 */
  for (let s = 0; s < 200; s++) {
    lvRhs(y, p, dy);
    y[0] += h * dy[0];
    y[1] += h * dy[1];
  }
  return y[0] + 2 * y[1];
}

/** Kepler's equation solved by Newton with a while loop and a break.
 * @domain M (0.1, 3)
 * @domain e (0, 0.8)
 */
export function keplerEccentricAnomaly(M: number, e: number): number {
  let E = M;
  let iter = 0;
  while (true) {
    const f = E - e * Math.sin(E) - M;
    const step = f / (1 - e * Math.cos(E));
    E -= step;
    if (Math.abs(step) < 1e-14 || ++iter > 50) break;
  }
  return E;
}

/** Heat diffusion on a rod, explicit scheme, returns the mean temperature squared.
 * @domain u0 [0, 1] length 6
 * @domain alpha (0.05, 0.4)
 */
export function heatRod(u0: readonly number[], alpha: number): number {
  let u = u0.slice();
  let next = new Array<number>(u.length).fill(0);
  for (let t = 0; t < 15; t++) {
    for (let i = 0; i < u.length; i++) {
      const l = i === 0 ? u[i] : u[i - 1];
      const r = i === u.length - 1 ? u[i] : u[i + 1];
      next[i] = u[i] + alpha * (l - 2 * u[i] + r);
    }
    [u, next] = [next, u];
  }
  let s = 0;
  for (const v of u) s += v * v;
  return s / u.length;
}
