// Crowd simulation by the social-force model (Helbing & Molnar), written with small immutable
// vector classes: every method returns a new Vec2, and a Vec2 is built per pair per step.
// Pedestrians are stored flat as [x, y, vx, vy] per agent.

export class Vec2 {
  constructor(readonly x: number, readonly y: number) {}
  add(o: Vec2): Vec2 { return new Vec2(this.x + o.x, this.y + o.y); }
  sub(o: Vec2): Vec2 { return new Vec2(this.x - o.x, this.y - o.y); }
  scale(k: number): Vec2 { return new Vec2(this.x * k, this.y * k); }
  dot(o: Vec2): number { return this.x * o.x + this.y * o.y; }
  get len2(): number { return this.x * this.x + this.y * this.y; }
  get len(): number { return Math.sqrt(this.len2); }
  unit(): Vec2 { return this.scale(1 / this.len); }
  static polar(r: number, t: number): Vec2 { return new Vec2(r * Math.cos(t), r * Math.sin(t)); }
}

/** Parameters of the model with derived quantities as getters. */
class SocialParams {
  constructor(readonly A: number, readonly B: number, readonly radius: number, readonly tau: number) {}
  get diameter(): number { return 2 * this.radius; }
  get reach(): number { return this.B * Math.log(this.A / 0.01); }
  get relaxRate(): number { return 1 / this.tau; }
}

/** Pedestrian kinds: a walker and a runner differ by desired speed and by how they see others. */
abstract class Agent {
  constructor(readonly v0: number, readonly lambda: number) {}
  abstract speedFactor(): number;
  desiredSpeed(): number { return this.v0 * this.speedFactor(); }
  /** anisotropy weight of an interaction seen at cosine c of the heading */
  weight(c: number): number { return this.lambda + (1 - this.lambda) * (1 + c) / 2; }
}
class Walker extends Agent {
  speedFactor(): number { return 1; }
}
class Runner extends Agent {
  constructor(v0: number, lambda: number, readonly boost: number) { super(v0, lambda); }
  speedFactor(): number { return 1 + this.boost; }
  weight(c: number): number { return super.weight(c) * (1 + 0.5 * this.boost); }
}

/** Driving force towards a goal: (v0 e - v) / tau, returned as its squared magnitude. */
export function drivingForce(px: number, py: number, vx: number, vy: number, gx: number, gy: number, v0: number, tau: number): number {
  const p = new Vec2(px, py), v = new Vec2(vx, vy);
  const e = new Vec2(gx, gy).sub(p).unit();
  const f = e.scale(v0).sub(v).scale(1 / tau);
  return f.len2;
}

/** Pairwise circular-specification repulsion energy A B exp((d - r) / B) over all pairs i < j. */
export function repulsionEnergy(state: Float64Array, A: number, B: number, radius: number): number {
  const prm = new SocialParams(A, B, radius, 0.5);
  const n = state.length / 4;
  let e = 0;
  for (let i = 0; i < n; i++) {
    const pi = new Vec2(state[4 * i], state[4 * i + 1]);
    for (let j = i + 1; j < n; j++) {
      const d = pi.sub(new Vec2(state[4 * j], state[4 * j + 1])).len;
      e += prm.A * prm.B * Math.exp((prm.diameter - d) / prm.B);
    }
  }
  return e;
}

/** Explicit Euler of the social-force model for `steps` steps; loss = distance of everyone to the goal. */
export function socialForceRun(state0: Float64Array, gx: number, gy: number, A: number, B: number, tau: number, v0: number, dt: number, steps: number): number {
  const prm = new SocialParams(A, B, 0.25, tau);
  const s = state0.slice();
  const n = s.length / 4;
  const goal = new Vec2(gx, gy);
  for (let t = 0; t < steps; t++) {
    const acc = new Float64Array(2 * n);
    for (let i = 0; i < n; i++) {
      const p = new Vec2(s[4 * i], s[4 * i + 1]), v = new Vec2(s[4 * i + 2], s[4 * i + 3]);
      let f = goal.sub(p).unit().scale(v0).sub(v).scale(prm.relaxRate);
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        const d = p.sub(new Vec2(s[4 * j], s[4 * j + 1]));
        const dist = d.len;
        f = f.add(d.unit().scale(prm.A * Math.exp((prm.diameter - dist) / prm.B)));
      }
      acc[2 * i] = f.x;
      acc[2 * i + 1] = f.y;
    }
    for (let i = 0; i < n; i++) {
      s[4 * i + 2] += dt * acc[2 * i];
      s[4 * i + 3] += dt * acc[2 * i + 1];
      s[4 * i] += dt * s[4 * i + 2];
      s[4 * i + 1] += dt * s[4 * i + 3];
    }
  }
  let loss = 0;
  for (let i = 0; i < n; i++) loss += goal.sub(new Vec2(s[4 * i], s[4 * i + 1])).len2;
  return loss;
}

/** Anisotropic interaction seen by a walker and by a runner at the same spot: sums of weighted forces. */
export function anisotropicPair(px: number, py: number, hx: number, hy: number, qx: number, qy: number, v0: number, lambda: number, boost: number): number {
  const w = new Walker(v0, lambda);
  const r = new Runner(v0, lambda, boost);
  const d = new Vec2(qx, qy).sub(new Vec2(px, py));
  const c = d.unit().dot(new Vec2(hx, hy).unit());
  const f = Math.exp(-d.len);
  return w.weight(c) * f * w.desiredSpeed() + r.weight(c) * f * r.desiredSpeed();
}

/** Wall repulsion from a segment (x0,y0)-(x1,y1): closest point with clamping, A exp(-d/B). */
export function wallForce(px: number, py: number, x0: number, y0: number, x1: number, y1: number, A: number, B: number): number {
  const a = new Vec2(x0, y0), ab = new Vec2(x1, y1).sub(a);
  const ap = new Vec2(px, py).sub(a);
  let t = ap.dot(ab) / ab.len2;
  if (t < 0) t = 0;
  else if (t > 1) t = 1;
  const d = ap.sub(ab.scale(t)).len;
  return A * Math.exp(-d / B);
}

/** A ring of agents placed by Vec2.polar, relaxed by a few gradient steps on a soft-sphere energy. */
export function ringRelaxEnergy(radius: number, jitter: Float64Array, k: number, iters: number): number {
  const n = jitter.length;
  const xs = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    const p = Vec2.polar(radius + jitter[i], (2 * Math.PI * i) / n);
    xs[2 * i] = p.x;
    xs[2 * i + 1] = p.y;
  }
  let e = 0;
  for (let it = 0; it < iters; it++) {
    e = 0;
    const g = new Float64Array(2 * n);
    for (let i = 0; i < n; i++) {
      const j = (i + 1) % n;
      const d = new Vec2(xs[2 * j] - xs[2 * i], xs[2 * j + 1] - xs[2 * i + 1]);
      const l = d.len;
      const over = 1 - l;
      if (over > 0) {
        e += 0.5 * k * over * over;
        const u = d.unit().scale(k * over);
        g[2 * i] += u.x; g[2 * i + 1] += u.y;
        g[2 * j] -= u.x; g[2 * j + 1] -= u.y;
      }
    }
    for (let q = 0; q < 2 * n; q++) xs[q] -= 0.05 * g[q];
  }
  return e + xs[0] * 1e-3;
}

/** Time-to-collision of two agents (Karamouzas) with a soft energy: early return when they separate. */
export function ttcEnergy(px: number, py: number, vx: number, vy: number, qx: number, qy: number, ux: number, uy: number, radius: number, k: number): number {
  const w = new Vec2(qx, qy).sub(new Vec2(px, py));
  const v = new Vec2(vx, vy).sub(new Vec2(ux, uy));
  const a = v.len2;
  const b = w.dot(v);
  const c = w.len2 - 4 * radius * radius;
  const disc = b * b - a * c;
  if (disc <= 0 || b < 0) return 0;
  const tau = (b - Math.sqrt(disc)) / a;
  if (tau < 0) return 0;
  return k / (tau * tau) * Math.exp(-tau / 3);
}
