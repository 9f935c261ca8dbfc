// Objects of numbers, objects holding objects, state objects stepped in time, small value classes.

export class Vec3 {
  constructor(readonly x: number, readonly y: number, readonly z: number) {}
  add(o: Vec3): Vec3 {
    return new Vec3(this.x + o.x, this.y + o.y, this.z + o.z);
  }
  sub(o: Vec3): Vec3 {
    return new Vec3(this.x - o.x, this.y - o.y, this.z - o.z);
  }
  scale(k: number): Vec3 {
    return new Vec3(this.x * k, this.y * k, this.z * k);
  }
  dot(o: Vec3): number {
    return this.x * o.x + this.y * o.y + this.z * o.z;
  }
  cross(o: Vec3): Vec3 {
    return new Vec3(this.y * o.z - this.z * o.y, this.z * o.x - this.x * o.z, this.x * o.y - this.y * o.x);
  }
  get norm(): number {
    return Math.hypot(this.x, this.y, this.z);
  }
}

/** Biot-Savart: |B| at a point from a current loop given as a closed polygon (flat xyz array), in units of mu0 I / 4 pi. */
export function biotSavartField(loop: Float64Array, px: number, py: number, pz: number): number {
  const p = new Vec3(px, py, pz);
  let B = new Vec3(0, 0, 0);
  const n = loop.length / 3;
  for (let k = 0; k < n; k++) {
    const j = (k + 1) % n;
    const a = new Vec3(loop[3 * k], loop[3 * k + 1], loop[3 * k + 2]);
    const b = new Vec3(loop[3 * j], loop[3 * j + 1], loop[3 * j + 2]);
    const dl = b.sub(a);
    const mid = a.add(dl.scale(0.5));
    const r = p.sub(mid);
    const rn = r.norm;
    B = B.add(dl.cross(r).scale(1 / (rn * rn * rn)));
  }
  return B.norm;
}

/** Torque on a magnetic dipole m in the field of another dipole: |m x B|. */
export function dipoleTorque(mx: number, my: number, mz: number, rx: number, ry: number, rz: number): number {
  const m = new Vec3(mx, my, mz);
  const r = new Vec3(rx, ry, rz);
  const m0 = new Vec3(0, 0, 1);
  const rn = r.norm;
  const rh = r.scale(1 / rn);
  const B = rh.scale(3 * m0.dot(rh)).sub(m0).scale(1 / (rn * rn * rn));
  return m.cross(B).norm;
}

// ---------- objects holding objects: a charged particle by the Boris pusher ----------
interface V2 { x: number; y: number }
interface Particle { pos: V2; vel: V2 }

function borisStep(s: Particle, qm: number, Ex: number, Bz: number, dt: number): void {
  const h = 0.5 * qm * dt;
  const vmx = s.vel.x + h * Ex;
  const vmy = s.vel.y;
  const t = h * Bz;
  const sc = (2 * t) / (1 + t * t);
  const vpx = vmx + vmy * t;
  const vpy = vmy - vmx * t;
  s.vel.x = vmx + vpy * sc + h * Ex;
  s.vel.y = vmy - vpx * sc;
  s.pos.x += s.vel.x * dt;
  s.pos.y += s.vel.y * dt;
}
/** Gyration of a particle in crossed fields; returns the distance from the origin after n steps (E x B drift). */
export function borisDrift(qm: number, Ex: number, Bz: number, vx0: number, dt = 0.01, n = 300): number {
  const s: Particle = { pos: { x: 0, y: 0 }, vel: { x: vx0, y: 0 } };
  for (let k = 0; k < n; k++) borisStep(s, qm, Ex, Bz, dt);
  return Math.hypot(s.pos.x, s.pos.y);
}

/** The same particle with the state as flat objects rebuilt each step (the form that is documented). */
interface Flat { x: number; y: number; vx: number; vy: number }
function borisNext(s: Flat, qm: number, Ex: number, Bz: number, dt: number): Flat {
  const h = 0.5 * qm * dt;
  const vmx = s.vx + h * Ex;
  const vmy = s.vy;
  const t = h * Bz;
  const sc = (2 * t) / (1 + t * t);
  const vpx = vmx + vmy * t;
  const vpy = vmy - vmx * t;
  const vx = vmx + vpy * sc + h * Ex;
  const vy = vmy - vpx * sc;
  return { x: s.x + vx * dt, y: s.y + vy * dt, vx, vy };
}
export function borisDriftFlat(qm: number, Ex: number, Bz: number, vx0: number, dt = 0.01, n = 300): number {
  let s: Flat = { x: 0, y: 0, vx: vx0, vy: 0 };
  for (let k = 0; k < n; k++) s = borisNext(s, qm, Ex, Bz, dt);
  return Math.hypot(s.x, s.y);
}

// ---------- { x, v } state mutated by a void step ----------
interface Osc { x: number; v: number }
function duffingStep(s: Osc, delta: number, alpha: number, beta: number, dt: number): void {
  const a = -delta * s.v - alpha * s.x - beta * s.x * s.x * s.x;
  s.v += a * dt;
  s.x += s.v * dt;
}
/** Duffing oscillator energy after a ring-down, semi-implicit Euler with a void step mutating the state. */
export function duffingEnergy(x0: number, delta: number, alpha: number, beta: number, steps = 400): number {
  const s: Osc = { x: x0, v: 0 };
  for (let k = 0; k < steps; k++) duffingStep(s, delta, alpha, beta, 0.01);
  return 0.5 * s.v * s.v + 0.5 * alpha * s.x * s.x + 0.25 * beta * s.x ** 4;
}

/** Van der Pol: a local closure that takes and returns the state object (RK2). */
export function vanDerPolAmplitude(mu: number, x0: number, steps = 500): number {
  const dt = 0.01;
  const deriv = (s: Osc): Osc => ({ x: s.v, v: mu * (1 - s.x * s.x) * s.v - s.x });
  let s: Osc = { x: x0, v: 0 };
  let peak = 0;
  for (let k = 0; k < steps; k++) {
    const d1 = deriv(s);
    const mid: Osc = { x: s.x + 0.5 * dt * d1.x, v: s.v + 0.5 * dt * d1.v };
    const d2 = deriv(mid);
    s = { x: s.x + dt * d2.x, v: s.v + dt * d2.v };
    peak = Math.max(peak, Math.abs(s.x));
  }
  return peak;
}

// ---------- a Complex value class: modal identification from a frequency response ----------
class Complex {
  constructor(readonly re: number, readonly im: number) {}
  mul(o: Complex): Complex {
    return new Complex(this.re * o.re - this.im * o.im, this.re * o.im + this.im * o.re);
  }
  inv(): Complex {
    const d = this.re * this.re + this.im * this.im;
    return new Complex(this.re / d, -this.im / d);
  }
  add(o: Complex): Complex {
    return new Complex(this.re + o.re, this.im + o.im);
  }
  get abs(): number {
    return Math.hypot(this.re, this.im);
  }
}
/** Two-mode receptance |H(i w)| fitted to measured magnitudes (log-magnitude least squares). */
export function modalFitLoss(m: number, c: number, k: number, k2: number, omegas: Float64Array, mags: Float64Array): number {
  let loss = 0;
  for (let i = 0; i < omegas.length; i++) {
    const w = omegas[i];
    const h1 = new Complex(k - m * w * w, c * w).inv();
    const h2 = new Complex(k2 - 0.5 * m * w * w, 0.5 * c * w).inv();
    const r = Math.log(h1.add(h2).abs) - Math.log(mags[i]);
    loss += r * r;
  }
  return loss;
}

// ---------- a 2D pose class composed along an odometry chain (pose-graph loop closure) ----------
class Pose2 {
  constructor(readonly x: number, readonly y: number, readonly th: number) {}
  compose(d: Pose2): Pose2 {
    const c = Math.cos(this.th);
    const s = Math.sin(this.th);
    return new Pose2(this.x + c * d.x - s * d.y, this.y + s * d.x + c * d.y, this.th + d.th);
  }
  static fromArray(a: Float64Array, i: number): Pose2 {
    return new Pose2(a[3 * i], a[3 * i + 1], a[3 * i + 2]);
  }
}
/** Loop-closure error of an odometry chain (flat [dx, dy, dth] per step) against the start. */
export function loopClosureError(odom: Float64Array, wAngle = 10): number {
  let p = new Pose2(0, 0, 0);
  for (let i = 0; i < odom.length / 3; i++) p = p.compose(Pose2.fromArray(odom, i));
  const dth = Math.atan2(Math.sin(p.th), Math.cos(p.th));
  return p.x * p.x + p.y * p.y + wAngle * dth * dth;
}

// ---------- Gaussian plume with Pasquill-Gifford stability parameters as frozen objects ----------
type Stability = 'A' | 'D' | 'F';
const PG = Object.freeze({
  A: { a: 0.22, b: 0.2, c: 0.0001 },
  D: { a: 0.08, b: 0.06, c: 0.0015 },
  F: { a: 0.04, b: 0.016, c: 0.0003 },
});
function sigmas(x: number, p: { a: number; b: number; c: number }): { sy: number; sz: number } {
  return { sy: (p.a * x) / Math.sqrt(1 + p.c * x), sz: (p.b * x) / Math.sqrt(1 + p.c * x) };
}
/** Ground-level concentration downwind of a stack (with ground reflection). */
export function plumeConcentration(Q: number, u: number, H: number, x: number, y: number, cls: Stability = 'D'): number {
  const p = cls === 'A' ? PG.A : cls === 'F' ? PG.F : PG.D;
  const { sy, sz } = sigmas(x, p);
  return (Q / (Math.PI * u * sy * sz)) * Math.exp(-(y * y) / (2 * sy * sy)) * Math.exp(-(H * H) / (2 * sz * sz));
}

/** Seawater equation of state (linearised) in a class with static constants; buoyancy frequency of two layers. */
class Seawater {
  static readonly RHO0 = 1027;
  static readonly ALPHA = 2e-4;
  static readonly BETA = 7.6e-4;
  static readonly T0 = 10;
  static readonly S0 = 35;
  static density(T: number, S: number): number {
    return Seawater.RHO0 * (1 - Seawater.ALPHA * (T - Seawater.T0) + Seawater.BETA * (S - Seawater.S0));
  }
}
export function buoyancyFrequency(T1: number, S1: number, T2: number, S2: number, dz: number): number {
  const r1 = Seawater.density(T1, S1);
  const r2 = Seawater.density(T2, S2);
  return Math.sqrt((9.81 / Seawater.RHO0) * ((r2 - r1) / dz));
}

/** Two mixing tanks: state object rebound each step in a for...of over inflow concentrations. */
interface Tanks { c1: number; c2: number }
const mixStep = (s: Tanks, cin: number, k1: number, k2: number, dt: number): Tanks => ({
  c1: s.c1 + dt * k1 * (cin - s.c1),
  c2: s.c2 + dt * k2 * (s.c1 - s.c2),
});
export function tankOutletDose(inflow: Float64Array, k1: number, k2: number, dt = 0.1): number {
  let s: Tanks = { c1: 0, c2: 0 };
  let dose = 0;
  for (const cin of inflow) {
    s = mixStep(s, cin, k1, k2, dt);
    dose += s.c2 * dt;
  }
  return dose;
}
