// Vehicles and rigid bodies written with small vector objects, state objects and a class.

export class Vec3 {
  constructor(public x: number, public y: number, public z: number) {}
  add(o: Vec3): Vec3 { return new Vec3(this.x + o.x, this.y + o.y, this.z + o.z); }
  scale(k: number): Vec3 { return new Vec3(this.x * k, this.y * k, this.z * k); }
  dot(o: Vec3): number { return this.x * o.x + this.y * o.y + this.z * o.z; }
  cross(o: Vec3): Vec3 { return new Vec3(this.y * o.z - this.z * o.y, this.z * o.x - this.x * o.z, this.x * o.y - this.y * o.x); }
  norm(): number { return Math.hypot(this.x, this.y, this.z); }
}

/** Torque magnitude |r x F| with the Vec3 class (I expect a refusal: classes). */
export function torqueMagnitude(rx: number, ry: number, rz: number, fx: number, fy: number, fz: number): number {
  const r = new Vec3(rx, ry, rz);
  const f = new Vec3(fx, fy, fz);
  return r.cross(f).norm();
}

interface V3 { x: number; y: number; z: number }
const v3 = (x: number, y: number, z: number): V3 => ({ x, y, z });
function sub(a: V3, b: V3): V3 { return { x: a.x - b.x, y: a.y - b.y, z: a.z - b.z }; }
function cross(a: V3, b: V3): V3 { return { x: a.y * b.z - a.z * b.y, y: a.z * b.x - a.x * b.z, z: a.x * b.y - a.y * b.x }; }
function dot(a: V3, b: V3): number { return a.x * b.x + a.y * b.y + a.z * b.z; }
function norm(a: V3): number { return Math.hypot(a.x, a.y, a.z); }

/** The same torque with plain object helpers. */
export function torqueObj(rx: number, ry: number, rz: number, fx: number, fy: number, fz: number): number {
  return norm(cross(v3(rx, ry, rz), v3(fx, fy, fz)));
}

/** Triangle area and unit-normal z component from three vertices in a flat array (9 numbers). */
export function triangleAreaNz(p: Float64Array): number {
  const a = v3(p[0], p[1], p[2]);
  const b = v3(p[3], p[4], p[5]);
  const c = v3(p[6], p[7], p[8]);
  const n = cross(sub(b, a), sub(c, a));
  const area = 0.5 * norm(n);
  return area + n.z / norm(n);
}

/** Solid angle of a triangle seen from the origin (Van Oosterom-Strackee). */
export function solidAngle(p: Float64Array): number {
  const a = v3(p[0], p[1], p[2]);
  const b = v3(p[3], p[4], p[5]);
  const c = v3(p[6], p[7], p[8]);
  const la = norm(a);
  const lb = norm(b);
  const lc = norm(c);
  const num = dot(a, cross(b, c));
  const den = la * lb * lc + dot(a, b) * lc + dot(a, c) * lb + dot(b, c) * la;
  return 2 * Math.atan2(num, den);
}

interface CarState { x: number; y: number; psi: number; v: number }
interface CarParams { lf: number; lr: number }

function bicycleStep(s: CarState, steer: number, accel: number, p: CarParams, dt: number): CarState {
  const beta = Math.atan((p.lr / (p.lf + p.lr)) * Math.tan(steer));
  return {
    x: s.x + dt * s.v * Math.cos(s.psi + beta),
    y: s.y + dt * s.v * Math.sin(s.psi + beta),
    psi: s.psi + (dt * s.v * Math.sin(beta)) / p.lr,
    v: s.v + dt * accel,
  };
}

/** Kinematic bicycle model driven by a steering/throttle sequence; squared distance to a target at the end. */
export function bicycleMiss(steer: Float64Array, accel: Float64Array, tx: number, ty: number, lf = 1.2, lr = 1.6): number {
  const p = { lf, lr };
  const s = { x: 0, y: 0, psi: 0, v: 5 };
  const dt = 0.1;
  for (let k = 0; k < steer.length; k++) {
    const n = bicycleStep(s, steer[k], accel[k], p, dt);
    s.x = n.x;
    s.y = n.y;
    s.psi = n.psi;
    s.v = n.v;
  }
  const { x, y } = s;
  return (x - tx) ** 2 + (y - ty) ** 2;
}

/** Vertical drone with a PD altitude controller: state { z, v } stepped by a helper; tracking cost. */
export function droneCost(kp: number, kd: number, mass: number, zRef = 10): number {
  const st = { z: 0, v: 0 };
  const dt = 0.02;
  let cost = 0;
  for (let i = 0; i < 250; i++) {
    const thrust = Math.max(0, mass * 9.81 + kp * (zRef - st.z) - kd * st.v);
    const acc = thrust / mass - 9.81 - 0.1 * st.v * Math.abs(st.v);
    st.v += dt * acc;
    st.z += dt * st.v;
    cost += dt * ((zRef - st.z) ** 2 + 1e-4 * thrust * thrust);
  }
  return cost;
}

interface Omega { wx: number; wy: number; wz: number }

function eulerRates(w: Omega, I1: number, I2: number, I3: number): Omega {
  return { wx: ((I2 - I3) / I1) * w.wy * w.wz, wy: ((I3 - I1) / I2) * w.wz * w.wx, wz: ((I1 - I2) / I3) * w.wx * w.wy };
}

/** Torque-free rigid body (Euler's equations), RK2 midpoint; returns wz at the end (tennis-racket flip). */
export function spinUp(w0x: number, w0y: number, w0z: number, I1: number, I2: number, I3: number, steps = 200): number {
  const w = { wx: w0x, wy: w0y, wz: w0z };
  const dt = 0.01;
  for (let i = 0; i < steps; i++) {
    const k1 = eulerRates(w, I1, I2, I3);
    const mid = { wx: w.wx + 0.5 * dt * k1.wx, wy: w.wy + 0.5 * dt * k1.wy, wz: w.wz + 0.5 * dt * k1.wz };
    const k2 = eulerRates(mid, I1, I2, I3);
    w.wx += dt * k2.wx;
    w.wy += dt * k2.wy;
    w.wz += dt * k2.wz;
  }
  return w.wz;
}

const PACEJKA = Object.freeze({ B: 10, C: 1.9, D: 1, E: 0.97 });

function magicFormula(slip: number, c: { B: number; C: number; D: number; E: number }): number {
  const bx = c.B * slip;
  return c.D * Math.sin(c.C * Math.atan(bx - c.E * (bx - Math.atan(bx))));
}

/** Pacejka lateral force of the four tyres, load transfer by a lateral acceleration. */
export function tyreForces(slipF: number, slipR: number, latAcc: number, load = 4000): number {
  const dF = (latAcc * 0.5 * load) / 9.81;
  const loads = [load - dF, load + dF, load - dF, load + dF];
  let total = 0;
  loads.forEach((Fz, i) => {
    const slip = i < 2 ? slipF : slipR;
    total += Fz * magicFormula(slip, PACEJKA);
  });
  return total;
}

interface Pose { x: number; y: number; theta: number }

function compose(a: Pose, b: Pose): Pose {
  const c = Math.cos(a.theta);
  const s = Math.sin(a.theta);
  return { x: a.x + c * b.x - s * b.y, y: a.y + s * b.x + c * b.y, theta: a.theta + b.theta };
}

/** Odometry: compose relative poses (flat triples), error to a GPS fix at the end. */
export function odometryError(rel: Float64Array, gx: number, gy: number): number {
  let pose: Pose = { x: 0, y: 0, theta: 0 };
  for (let k = 0; k + 2 < rel.length; k += 3) {
    pose = compose(pose, { x: rel[k], y: rel[k + 1], theta: rel[k + 2] });
  }
  return Math.hypot(pose.x - gx, pose.y - gy);
}

/** The same with the pose updated in place (property assignment). */
export function odometryErrorInPlace(rel: Float64Array, gx: number, gy: number): number {
  const pose = { x: 0, y: 0, theta: 0 };
  for (let k = 0; k + 2 < rel.length; k += 3) {
    const n = compose(pose, { x: rel[k], y: rel[k + 1], theta: rel[k + 2] });
    pose.x = n.x;
    pose.y = n.y;
    pose.theta = n.theta;
  }
  return Math.hypot(pose.x - gx, pose.y - gy);
}

class Gear {
  static readonly EFFICIENCY = 0.97;
}

/** Gear train: output torque over stages (ratios array), static class constant as efficiency. */
export function gearTrainTorque(tIn: number, ratios: readonly number[]): number {
  return ratios.reduce((t, r) => t * r * Gear.EFFICIENCY, tIn);
}

/** Generic helper over a number type: a smooth clamp used in a pendulum-free cart friction model. */
function smoothClamp<T extends number>(v: T, lo: T, hi: T, k = 20): number {
  const a = Math.log1p(Math.exp(k * (v - lo))) / k + lo;
  return hi - Math.log1p(Math.exp(k * (hi - a))) / k;
}

/** Cart sliding with clamped Coulomb friction; the state {x, v} is updated in place each step. */
export function cartSlide(v0: number, mu: number, push: number): number {
  const s = { x: 0, v: v0 };
  for (let i = 0; i < 100; i++) {
    const fr = -mu * 9.81 * smoothClamp(s.v * 5, -1, 1);
    s.v += 0.01 * (push + fr);
    s.x += 0.01 * s.v;
  }
  return s.x;
}

/** Bicycle model that records the path (x, y per step into path) and returns the final heading error. */
export function recordPath(steer: Float64Array, speed: number, path: Float64Array, psiRef = 0.5): number {
  const s = { x: 0, y: 0, psi: 0, v: speed };
  const p = { lf: 1.2, lr: 1.6 };
  for (let k = 0; k < steer.length; k++) {
    const n = bicycleStep(s, steer[k], 0, p, 0.1);
    s.x = n.x;
    s.y = n.y;
    s.psi = n.psi;
    path[2 * k] = s.x;
    path[2 * k + 1] = s.y;
  }
  return (s.psi - psiRef) ** 2;
}
