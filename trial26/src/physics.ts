// Physics steps: n-body with softening, a pendulum chain by RK2, a rigid body in 2D.
const G = 1.0;
const GRAVITY = 9.81;

/** Total energy (kinetic + softened potential) of n bodies in the plane; pos/vel interleaved [x0, y0, x1, y1, ...]. */
export function nbodyEnergy(pos: Float64Array, vel: Float64Array, mass: Float64Array, eps: number): number {
  const n = mass.length;
  let kin = 0;
  let pot = 0;
  for (let i = 0; i < n; i++) {
    const vx = vel[2 * i];
    const vy = vel[2 * i + 1];
    kin += 0.5 * mass[i] * (vx * vx + vy * vy);
    for (let j = i + 1; j < n; j++) {
      const dx = pos[2 * j] - pos[2 * i];
      const dy = pos[2 * j + 1] - pos[2 * i + 1];
      pot -= (G * mass[i] * mass[j]) / Math.sqrt(dx * dx + dy * dy + eps * eps);
    }
  }
  return kin + pot;
}

function accelerations(pos: Float64Array, mass: Float64Array, eps: number, acc: Float64Array): void {
  acc.fill(0);
  const n = mass.length;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const dx = pos[2 * j] - pos[2 * i];
      const dy = pos[2 * j + 1] - pos[2 * i + 1];
      const r2 = dx * dx + dy * dy + eps * eps;
      const inv = G * mass[j] / (r2 * Math.sqrt(r2));
      acc[2 * i] += dx * inv;
      acc[2 * i + 1] += dy * inv;
    }
  }
}

/** Accelerations of every body (an out-parameter). */
export function nbodyAccel(pos: Float64Array, mass: Float64Array, eps: number, out: Float64Array): void {
  accelerations(pos, mass, eps, out);
}

/** Semi-implicit Euler for `steps` steps, then squared distance of the final positions to a target. */
export function nbodyShoot(pos: Float64Array, vel: Float64Array, mass: Float64Array, dt: number, steps: number, target: Float64Array): number {
  const p = Float64Array.from(pos);
  const v = Float64Array.from(vel);
  const acc = new Float64Array(pos.length);
  for (let s = 0; s < steps; s++) {
    accelerations(p, mass, 0.05, acc);
    for (let k = 0; k < p.length; k++) {
      v[k] += dt * acc[k];
      p[k] += dt * v[k];
    }
  }
  let loss = 0;
  for (let k = 0; k < p.length; k++) {
    const d = p[k] - target[k];
    loss += d * d;
  }
  return loss;
}

function chainRhs(th: Float64Array, om: Float64Array, k: number, len: number, dth: Float64Array, dom: Float64Array): void {
  const n = th.length;
  for (let i = 0; i < n; i++) {
    const left = i > 0 ? th[i - 1] : 0;
    const right = i < n - 1 ? th[i + 1] : th[i];
    dth[i] = om[i];
    dom[i] = -(GRAVITY / len) * Math.sin(th[i]) + k * (left - 2 * th[i] + right);
  }
}

/** A chain of pendulums coupled by torsion springs, integrated by the midpoint rule (RK2); returns the final energy-like sum. */
export function pendulumChain(theta0: Float64Array, omega0: number[], k: number, len: number, dt: number, steps = 25): number {
  const n = theta0.length;
  const th = Float64Array.from(theta0);
  const om = Float64Array.from(omega0);
  const k1t = new Float64Array(n), k1o = new Float64Array(n);
  const mt = new Float64Array(n), mo = new Float64Array(n);
  const k2t = new Float64Array(n), k2o = new Float64Array(n);
  for (let s = 0; s < steps; s++) {
    chainRhs(th, om, k, len, k1t, k1o);
    for (let i = 0; i < n; i++) {
      mt[i] = th[i] + 0.5 * dt * k1t[i];
      mo[i] = om[i] + 0.5 * dt * k1o[i];
    }
    chainRhs(mt, mo, k, len, k2t, k2o);
    for (let i = 0; i < n; i++) {
      th[i] += dt * k2t[i];
      om[i] += dt * k2o[i];
    }
  }
  let e = 0;
  for (let i = 0; i < n; i++) e += 0.5 * om[i] * om[i] + (GRAVITY / len) * (1 - Math.cos(th[i]));
  return e;
}

/** One RK2 step of the chain, written into out (angles then rates). */
export function pendulumStep(theta: Float64Array, omega: Float64Array, k: number, dt: number, out: Float64Array): void {
  const n = theta.length;
  const dth = new Float64Array(n), dom = new Float64Array(n);
  const mt = new Float64Array(n), mo = new Float64Array(n);
  chainRhs(theta, omega, k, 1.0, dth, dom);
  for (let i = 0; i < n; i++) {
    mt[i] = theta[i] + 0.5 * dt * dth[i];
    mo[i] = omega[i] + 0.5 * dt * dom[i];
  }
  chainRhs(mt, mo, k, 1.0, dth, dom);
  for (let i = 0; i < n; i++) {
    out[i] = theta[i] + dt * dth[i];
    out[n + i] = omega[i] + dt * dom[i];
  }
}

/** Rigid body in 2D pushed at a body-frame point; state [x, y, theta, vx, vy, omega]. Distance of its tip to (2, 1). */
export function rigidBody(state: Float64Array, force: Float64Array, mass: number, inertia: number, dt: number, steps: number): number {
  let x = state[0], y = state[1], th = state[2];
  let vx = state[3], vy = state[4], om = state[5];
  for (let s = 0; s < steps; s++) {
    const c = Math.cos(th), sn = Math.sin(th);
    const rx = 0.5 * c, ry = 0.5 * sn;
    const fx = force[0], fy = force[1];
    const tau = rx * fy - ry * fx;
    vx += (dt * fx) / mass;
    vy += dt * (fy / mass - GRAVITY);
    om += (dt * tau) / inertia;
    x += dt * vx;
    y += dt * vy;
    th += dt * om;
  }
  const tipx = x + 0.5 * Math.cos(th);
  const tipy = y + 0.5 * Math.sin(th);
  const wrapped = Math.atan2(Math.sin(th), Math.cos(th));
  return Math.hypot(tipx - 2, tipy - 1) + 0.1 * wrapped ** 2;
}

interface Pose { x: number; y: number; theta: number }

function tipOf({ x, y, theta }: Pose, arm: number): { tx: number; ty: number } {
  return { tx: x + arm * Math.cos(theta), ty: y + arm * Math.sin(theta) };
}

/** A helper that destructures an object of numbers and returns one. */
export function rigidTipDistance(x: number, y: number, theta: number, arm = 0.75): number {
  const { tx, ty } = tipOf({ x, y, theta }, arm);
  return Math.hypot(tx - 1, ty + 0.5);
}

/** Rigid body as a class with methods, the way one writes a little engine. */
export class RigidBody2D {
  constructor(public x: number, public y: number, public angle: number, public omega: number) {}
  step(torque: number, dt: number): void {
    this.omega += torque * dt;
    this.angle += this.omega * dt;
    this.x += Math.cos(this.angle) * dt;
    this.y += Math.sin(this.angle) * dt;
  }
  energy(): number {
    return 0.5 * this.omega * this.omega + this.x * this.x + this.y * this.y;
  }
}

export function rigidClassLoss(x: number, y: number, angle: number, torque: number): number {
  const body = new RigidBody2D(x, y, angle, 0);
  for (let i = 0; i < 5; i++) body.step(torque, 0.1);
  return body.energy();
}
