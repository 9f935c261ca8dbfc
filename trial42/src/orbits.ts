// Orbital mechanics: Kepler's equation by fixed Newton steps, Hohmann transfers, velocity Verlet of a few bodies.

const NEWTON_STEPS = 8;

/** Eccentric anomaly E with E − e sin E = M, by a fixed number of Newton steps from E = M + e sin M. */
export function keplerE(M: number, e: number): number {
  let E = M + e * Math.sin(M);
  for (let k = 0; k < NEWTON_STEPS; k++) {
    E -= (E - e * Math.sin(E) - M) / (1 - e * Math.cos(E));
  }
  return E;
}

/** x coordinate (perifocal) at mean anomaly M: r cos ν through the true anomaly. */
export function keplerX(a: number, e: number, M: number): number {
  const E = keplerE(M, e);
  const nu = 2 * Math.atan2(Math.sqrt(1 + e) * Math.sin(E / 2), Math.sqrt(1 - e) * Math.cos(E / 2));
  const r = a * (1 - e * Math.cos(E));
  return r * Math.cos(nu);
}

/** Least squares of an orbit's (x, y) against observations at given times (mu fixed). */
export function orbitFit(a: number, e: number, omega: number, tp: number, times: Float64Array, xs: Float64Array, ys: Float64Array, mu: number): number {
  const n = Math.sqrt(mu / (a * a * a));
  let loss = 0;
  for (let i = 0; i < times.length; i++) {
    const E = keplerE(n * (times[i] - tp), e);
    const px = a * (Math.cos(E) - e);
    const py = a * Math.sqrt(1 - e * e) * Math.sin(E);
    const x = px * Math.cos(omega) - py * Math.sin(omega);
    const y = px * Math.sin(omega) + py * Math.cos(omega);
    loss += (x - xs[i]) ** 2 + (y - ys[i]) ** 2;
  }
  return loss;
}

/** Total Δv of a Hohmann transfer between circular orbits r1 → r2. */
export function hohmannDv(r1: number, r2: number, mu: number): number {
  const at = (r1 + r2) / 2;
  const v1 = Math.sqrt(mu / r1), v2 = Math.sqrt(mu / r2);
  const vp = Math.sqrt(mu * (2 / r1 - 1 / at));
  const va = Math.sqrt(mu * (2 / r2 - 1 / at));
  return Math.abs(vp - v1) + Math.abs(v2 - va);
}

function accel(pos: Float64Array, mass: Float64Array, acc: Float64Array, soft: number): void {
  acc.fill(0);
  const nb = mass.length;
  for (let i = 0; i < nb; i++) {
    for (let j = i + 1; j < nb; j++) {
      const dx = pos[2 * j] - pos[2 * i], dy = pos[2 * j + 1] - pos[2 * i + 1];
      const r2 = dx * dx + dy * dy + soft * soft;
      const inv = 1 / (r2 * Math.sqrt(r2));
      acc[2 * i] += mass[j] * dx * inv;
      acc[2 * i + 1] += mass[j] * dy * inv;
      acc[2 * j] -= mass[i] * dx * inv;
      acc[2 * j + 1] -= mass[i] * dy * inv;
    }
  }
}

/** Velocity Verlet of a few softened bodies in the plane; returns the kinetic energy at the end. */
export function verletKinetic(pos0: Float64Array, vel0: Float64Array, mass: Float64Array, steps: number, dt: number, soft: number): number {
  const pos = Float64Array.from(pos0), vel = Float64Array.from(vel0);
  const acc = new Float64Array(pos.length);
  accel(pos, mass, acc, soft);
  for (let s = 0; s < steps; s++) {
    for (let k = 0; k < pos.length; k++) {
      vel[k] += 0.5 * dt * acc[k];
      pos[k] += dt * vel[k];
    }
    accel(pos, mass, acc, soft);
    for (let k = 0; k < pos.length; k++) vel[k] += 0.5 * dt * acc[k];
  }
  let ke = 0;
  for (let i = 0; i < mass.length; i++) ke += 0.5 * mass[i] * (vel[2 * i] ** 2 + vel[2 * i + 1] ** 2);
  return ke;
}

/** Energy drift of a Kepler orbit of eccentricity e integrated by velocity Verlet with scalar state. */
export function verletDrift(e: number, steps: number, dt: number): number {
  // start at periapsis of a unit-semi-major-axis orbit, mu = 1
  let x = 1 - e, y = 0;
  let vx = 0, vy = Math.sqrt((1 + e) / (1 - e));
  const energy = (px: number, py: number, qx: number, qy: number) => 0.5 * (qx * qx + qy * qy) - 1 / Math.hypot(px, py);
  const e0 = energy(x, y, vx, vy);
  let r3 = Math.hypot(x, y) ** 3;
  let ax = -x / r3, ay = -y / r3;
  for (let s = 0; s < steps; s++) {
    vx += 0.5 * dt * ax;
    vy += 0.5 * dt * ay;
    x += dt * vx;
    y += dt * vy;
    r3 = Math.hypot(x, y) ** 3;
    ax = -x / r3;
    ay = -y / r3;
    vx += 0.5 * dt * ax;
    vy += 0.5 * dt * ay;
  }
  return energy(x, y, vx, vy) - e0;
}
