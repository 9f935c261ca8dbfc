// Spacecraft attitude determination with immutable quaternion and vector classes: Wahba's loss,
// gyro propagation with a quaternion built per step, star-tracker residuals and slerp.

class V3 {
  constructor(readonly x: number, readonly y: number, readonly z: number) {}
  add(o: V3): V3 { return new V3(this.x + o.x, this.y + o.y, this.z + o.z); }
  sub(o: V3): V3 { return new V3(this.x - o.x, this.y - o.y, this.z - o.z); }
  scale(k: number): V3 { return new V3(this.x * k, this.y * k, this.z * k); }
  dot(o: V3): number { return this.x * o.x + this.y * o.y + this.z * o.z; }
  cross(o: V3): V3 { return new V3(this.y * o.z - this.z * o.y, this.z * o.x - this.x * o.z, this.x * o.y - this.y * o.x); }
  get norm(): number { return Math.sqrt(this.dot(this)); }
  unit(): V3 { return this.scale(1 / this.norm); }
}

class Quat {
  constructor(readonly w: number, readonly x: number, readonly y: number, readonly z: number) {}
  get vec(): V3 { return new V3(this.x, this.y, this.z); }
  get norm(): number { return Math.sqrt(this.w * this.w + this.vec.dot(this.vec)); }
  mul(o: Quat): Quat {
    const a = this.vec, b = o.vec;
    const v = b.scale(this.w).add(a.scale(o.w)).add(a.cross(b));
    return new Quat(this.w * o.w - a.dot(b), v.x, v.y, v.z);
  }
  conj(): Quat { return new Quat(this.w, -this.x, -this.y, -this.z); }
  normalize(): Quat { const n = this.norm; return new Quat(this.w / n, this.x / n, this.y / n, this.z / n); }
  rotate(v: V3): V3 {
    const t = this.vec.cross(v).scale(2);
    return v.add(t.scale(this.w)).add(this.vec.cross(t));
  }
  dot(o: Quat): number { return this.w * o.w + this.x * o.x + this.y * o.y + this.z * o.z; }
  static fromAxisAngle(ax: V3, angle: number): Quat {
    const u = ax.unit(), s = Math.sin(angle / 2);
    return new Quat(Math.cos(angle / 2), u.x * s, u.y * s, u.z * s);
  }
  static fromRotVec(r: V3): Quat {
    const th = r.norm;
    const k = th < 1e-8 ? 0.5 : Math.sin(th / 2) / th;
    return new Quat(Math.cos(th / 2), r.x * k, r.y * k, r.z * k);
  }
}

/** Wahba's loss sum w_i |b_i - R(q) r_i|^2 for a quaternion given by 4 free numbers (normalised inside). */
export function wahbaLoss(q4: Float64Array, body: Float64Array, ref: Float64Array, weights: Float64Array): number {
  const q = new Quat(q4[0], q4[1], q4[2], q4[3]).normalize();
  let loss = 0;
  for (let i = 0; i < weights.length; i++) {
    const b = new V3(body[3 * i], body[3 * i + 1], body[3 * i + 2]);
    const r = new V3(ref[3 * i], ref[3 * i + 1], ref[3 * i + 2]);
    const d = b.sub(q.rotate(r));
    loss += weights[i] * d.dot(d);
  }
  return loss;
}

/** Propagate the attitude from gyro rates (3 per step) and compare a rotated boresight with a target. */
export function gyroPropagate(q0: Float64Array, rates: Float64Array, bias: Float64Array, dt: number, tx: number, ty: number, tz: number): number {
  let q = new Quat(q0[0], q0[1], q0[2], q0[3]);
  const b = new V3(bias[0], bias[1], bias[2]);
  for (let k = 0; k < rates.length / 3; k++) {
    const w = new V3(rates[3 * k], rates[3 * k + 1], rates[3 * k + 2]).sub(b);
    q = q.mul(Quat.fromRotVec(w.scale(dt))).normalize();
  }
  const bore = q.rotate(new V3(0, 0, 1));
  return bore.sub(new V3(tx, ty, tz)).dot(bore.sub(new V3(tx, ty, tz)));
}

/** Geodesic angle between two attitudes: 2 acos(|<q1, q2>|), clamped. */
export function attitudeAngle(a: Float64Array, b: Float64Array): number {
  const q1 = new Quat(a[0], a[1], a[2], a[3]).normalize();
  const q2 = new Quat(b[0], b[1], b[2], b[3]).normalize();
  let c = Math.abs(q1.dot(q2));
  if (c > 1) c = 1;
  return 2 * Math.acos(c);
}

/** Slerp between two attitudes: path length of a rotated vector sampled at n + 1 points. */
export function slerpPathLength(a: Float64Array, b: Float64Array, vx: number, vy: number, vz: number, n: number): number {
  const q1 = new Quat(a[0], a[1], a[2], a[3]).normalize();
  let q2 = new Quat(b[0], b[1], b[2], b[3]).normalize();
  let c = q1.dot(q2);
  if (c < 0) { q2 = new Quat(-q2.w, -q2.x, -q2.y, -q2.z); c = -c; }
  const th = Math.acos(Math.min(c, 1));
  const v = new V3(vx, vy, vz);
  let prev = q1.rotate(v);
  let len = 0;
  for (let i = 1; i <= n; i++) {
    const t = i / n;
    const s1 = Math.sin((1 - t) * th) / Math.sin(th), s2 = Math.sin(t * th) / Math.sin(th);
    const q = new Quat(s1 * q1.w + s2 * q2.w, s1 * q1.x + s2 * q2.x, s1 * q1.y + s2 * q2.y, s1 * q1.z + s2 * q2.z);
    const p = q.rotate(v);
    len += p.sub(prev).norm;
    prev = p;
  }
  return len;
}

/** Star-tracker residuals: unit star directions rotated by an axis-angle attitude, pinhole projected. */
export function starTrackerResidual(axis: Float64Array, angle: number, stars: Float64Array, pix: Float64Array, focal: number): number {
  const q = Quat.fromAxisAngle(new V3(axis[0], axis[1], axis[2]), angle);
  let s = 0;
  const m = stars.length / 3;
  for (let i = 0; i < m; i++) {
    const c = q.conj().rotate(new V3(stars[3 * i], stars[3 * i + 1], stars[3 * i + 2]).unit());
    const u = focal * c.x / c.z - pix[2 * i], v = focal * c.y / c.z - pix[2 * i + 1];
    s += u * u + v * v;
  }
  return s;
}

/** Attitude-control energy: PD torque on the error quaternion's vector part, integrated by Euler. */
export function pdSlew(q0: Float64Array, kp: number, kd: number, dt: number, steps: number): number {
  let q = new Quat(q0[0], q0[1], q0[2], q0[3]).normalize();
  let w = new V3(0, 0, 0);
  let effort = 0;
  for (let k = 0; k < steps; k++) {
    const sgn = q.w < 0 ? -1 : 1;
    const torque = q.vec.scale(-kp * sgn).sub(w.scale(kd));
    effort += torque.dot(torque) * dt;
    w = w.add(torque.scale(dt));
    q = q.mul(Quat.fromRotVec(w.scale(dt))).normalize();
  }
  return effort + q.vec.dot(q.vec);
}
