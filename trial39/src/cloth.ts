// A 2-D mass-spring chain ("cloth strip") with gravity, damping and a clamped floor.
// Positions are interleaved [x0, y0, x1, y1, ...].

class V2 {
  constructor(public x: number, public y: number) {}
  sub(o: V2): V2 {
    return new V2(this.x - o.x, this.y - o.y);
  }
  scale(k: number): V2 {
    return new V2(this.x * k, this.y * k);
  }
  get len(): number {
    return Math.hypot(this.x, this.y);
  }
}

/** Elastic energy of the springs between consecutive particles. */
export function springEnergy(pos: Float64Array, rest: number, k: number): number {
  const n = pos.length / 2;
  let e = 0;
  for (let i = 0; i + 1 < n; i++) {
    const d = new V2(pos[2 * i + 2], pos[2 * i + 3]).sub(new V2(pos[2 * i], pos[2 * i + 1]));
    const stretch = d.len - rest;
    e += 0.5 * k * stretch * stretch;
  }
  return e;
}

/** Soft floor: quadratic penalty below y = floor, zero above (clamped with Math.min). */
export function floorPenalty(pos: Float64Array, floor: number, stiff: number): number {
  let p = 0;
  for (let i = 1; i < pos.length; i += 2) {
    const pen = Math.min(0, pos[i] - floor);
    p += stiff * pen * pen;
  }
  return p;
}

/** One symplectic-Euler step: writes the new positions and velocities into outPos/outVel. */
export function clothStep(pos: Float64Array, vel: Float64Array, rest: number, k: number, dt: number, outPos: Float64Array, outVel: Float64Array): void {
  const n = pos.length / 2;
  const g = -9.81, damping = 0.02;
  for (let i = 0; i < n; i++) {
    let fx = 0, fy = g;
    if (i > 0) {
      const dx = pos[2 * i - 2] - pos[2 * i], dy = pos[2 * i - 1] - pos[2 * i + 1];
      const L = Math.sqrt(dx * dx + dy * dy);
      const f = (k * (L - rest)) / L;
      fx += f * dx;
      fy += f * dy;
    }
    if (i < n - 1) {
      const dx = pos[2 * i + 2] - pos[2 * i], dy = pos[2 * i + 3] - pos[2 * i + 1];
      const L = Math.sqrt(dx * dx + dy * dy);
      const f = (k * (L - rest)) / L;
      fx += f * dx;
      fy += f * dy;
    }
    const vx = (1 - damping) * vel[2 * i] + dt * fx;
    const vy = (1 - damping) * vel[2 * i + 1] + dt * fy;
    outVel[2 * i] = vx;
    outVel[2 * i + 1] = vy;
    outPos[2 * i] = pos[2 * i] + dt * vx;
    // clamp at the floor y = 0
    outPos[2 * i + 1] = Math.max(0, pos[2 * i + 1] + dt * vy);
  }
}

/** Simulates `steps` steps with particle 0 pinned, returns the squared distance of the last particle to (tx, ty). */
export function dropLoss(pos0: Float64Array, k: number, rest: number, tx: number, ty: number, steps: number): number {
  const n = pos0.length;
  let p = Float64Array.from(pos0);
  let v = new Float64Array(n);
  let pn = new Float64Array(n);
  let vn = new Float64Array(n);
  const dt = 0.01;
  for (let s = 0; s < steps; s++) {
    clothStep(p, v, rest, k, dt, pn, vn);
    pn[0] = pos0[0];
    pn[1] = pos0[1];
    vn[0] = 0;
    vn[1] = 0;
    [p, pn] = [pn, p];
    [v, vn] = [vn, v];
  }
  const dx = p[n - 2] - tx, dy = p[n - 1] - ty;
  return dx * dx + dy * dy;
}

/** Pairwise soft collision between all particles closer than r (continue when far). */
export function collisionEnergy(pos: Float64Array, r: number, kc: number): number {
  const n = pos.length / 2;
  let e = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 2; j < n; j++) {
      const d = Math.hypot(pos[2 * i] - pos[2 * j], pos[2 * i + 1] - pos[2 * j + 1]);
      if (d >= r) continue;
      e += kc * (r - d) ** 2;
    }
  }
  return e;
}

