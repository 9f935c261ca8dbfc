// Planar manipulators, mobile robots, a little control.

/** x of the end effector of a planar serial arm: joint angles accumulate along the chain. */
export function armEndX(q: Float64Array, L: Float64Array): number {
  let phi = 0;
  let x = 0;
  for (let i = 0; i < q.length; i++) {
    phi += q[i];
    x += L[i] * Math.cos(phi);
  }
  return x;
}

/** End-effector position written into out[0], out[1]. */
export function armFK(out: Float64Array, q: Float64Array, L: Float64Array): void {
  let phi = 0, x = 0, y = 0;
  for (let i = 0; i < q.length; i++) {
    phi += q[i];
    x += L[i] * Math.cos(phi);
    y += L[i] * Math.sin(phi);
  }
  out[0] = x;
  out[1] = y;
}

/** Inverse-kinematics loss: squared distance to a target, plus a small damping term. */
export function ikLoss(q: Float64Array, L: Float64Array, tx: number, ty: number, damping = 1e-2): number {
  const p = new Float64Array(2);
  armFK(p, q, L);
  const dx = p[0] - tx;
  const dy = p[1] - ty;
  let reg = 0;
  for (const a of q) reg += a * a;
  return 0.5 * (dx * dx + dy * dy) + damping * reg;
}

/** Soft joint-limit barrier, softplus on either side. */
export function jointLimitPenalty(q: Float64Array, lo = -2, hi = 2, sharp = 8): number {
  let s = 0;
  for (let i = 0; i < q.length; i++) {
    const a = sharp * (q[i] - hi);
    const b = sharp * (lo - q[i]);
    s += (Math.max(a, 0) + Math.log1p(Math.exp(-Math.abs(a)))) / sharp;
    s += (Math.max(b, 0) + Math.log1p(Math.exp(-Math.abs(b)))) / sharp;
  }
  return s;
}

/** Yoshikawa manipulability of a 2-link arm, |det J|, smoothed. */
export function manipulability2(q1: number, q2: number, l1: number, l2: number): number {
  const j11 = -l1 * Math.sin(q1) - l2 * Math.sin(q1 + q2);
  const j12 = -l2 * Math.sin(q1 + q2);
  const j21 = l1 * Math.cos(q1) + l2 * Math.cos(q1 + q2);
  const j22 = l2 * Math.cos(q1 + q2);
  const det = j11 * j22 - j12 * j21;
  return Math.sqrt(det * det + 1e-6);
}

/** Unicycle odometry with commanded speeds and turn rates; distance from the start. */
export function unicycleDistance(vs: Float64Array, ws: Float64Array, dt: number): number {
  let x = 0, y = 0, th = 0;
  for (let k = 0; k < vs.length; k++) {
    // midpoint heading
    const thm = th + 0.5 * dt * ws[k];
    x += dt * vs[k] * Math.cos(thm);
    y += dt * vs[k] * Math.sin(thm);
    th += dt * ws[k];
  }
  return Math.hypot(x, y);
}

/** Squared wrapped angle error. */
export function wrappedAngleError(a: number, b: number): number {
  const e = Math.atan2(Math.sin(a - b), Math.cos(a - b));
  return e * e;
}

/** z of v rotated by the normalised quaternion (w, x, y, z). */
export function quatRotateZ(qw: number, qx: number, qy: number, qz: number, vx: number, vy: number, vz: number): number {
  const n = Math.hypot(qw, qx, qy, qz);
  const w = qw / n, x = qx / n, y = qy / n, z = qz / n;
  // t = 2 * cross(q.xyz, v)
  const tx = 2 * (y * vz - z * vy);
  const ty = 2 * (z * vx - x * vz);
  const tz = 2 * (x * vy - y * vx);
  return vz + w * tz + (x * ty - y * tx);
}

/** PD control of a unit mass towards 1; integrated squared error over a fixed horizon. */
export function pdTrackingCost(kp: number, kd: number, steps = 200, dt = 0.01): number {
  let pos = 0, vel = 0, cost = 0;
  for (let k = 0; k < steps; k++) {
    const err = 1 - pos;
    const u = kp * err - kd * vel;
    vel += dt * u;
    pos += dt * vel;
    cost += dt * err * err;
  }
  return cost;
}

/** Smoothness of a path (number[]), sum of squared second differences. */
export function pathSmoothness(path: number[]): number {
  let s = 0;
  for (let i = 1; i + 1 < path.length; i++) {
    const acc = path[i - 1] - 2 * path[i] + path[i + 1];
    s += acc * acc;
  }
  return s;
}

/** Hinge-squared obstacle cost of waypoints against one circular obstacle. */
export function obstacleCost(px: Float64Array, py: Float64Array, ox: number, oy: number, r: number): number {
  let c = 0;
  for (let i = 0; i < px.length; i++) {
    const d = Math.hypot(px[i] - ox, py[i] - oy);
    const pen = r - d;
    if (pen > 0) c += pen * pen;
  }
  return c;
}

/** y of the centre of mass of a 3-link arm with unit-density links. */
export function threeLinkComY(q: Float64Array, lengths: number[]): number {
  const [a, b, c] = q;
  const [l1, l2, l3] = lengths;
  const p1 = a, p2 = a + b, p3 = a + b + c;
  const y1 = 0.5 * l1 * Math.sin(p1);
  const y2 = l1 * Math.sin(p1) + 0.5 * l2 * Math.sin(p2);
  const y3 = l1 * Math.sin(p1) + l2 * Math.sin(p2) + 0.5 * l3 * Math.sin(p3);
  return (l1 * y1 + l2 * y2 + l3 * y3) / (l1 + l2 + l3);
}

/** Cable robot: sum of squared cable-length errors for a point mass at (x, y) hung from 4 anchors. */
const ANCHORS = [0, 0, 4, 0, 4, 3, 0, 3];
export function cableLengthResidual(x: number, y: number, lens: Float64Array): number {
  let r = 0;
  for (let i = 0; i < 4; i++) {
    const d = Math.hypot(x - ANCHORS[2 * i], y - ANCHORS[2 * i + 1]) - lens[i];
    r += d * d;
  }
  return r;
}

/** Jacobian-transpose IK: a few fixed steps; returns the remaining distance. */
export function ikJacobianTranspose(q1: number, q2: number, tx: number, ty: number, steps = 10, rate = 0.3): number {
  const l1 = 1, l2 = 0.8;
  for (let k = 0; k < steps; k++) {
    const x = l1 * Math.cos(q1) + l2 * Math.cos(q1 + q2);
    const y = l1 * Math.sin(q1) + l2 * Math.sin(q1 + q2);
    const ex = tx - x, ey = ty - y;
    const g1 = (-l1 * Math.sin(q1) - l2 * Math.sin(q1 + q2)) * ex + (l1 * Math.cos(q1) + l2 * Math.cos(q1 + q2)) * ey;
    const g2 = -l2 * Math.sin(q1 + q2) * ex + l2 * Math.cos(q1 + q2) * ey;
    q1 += rate * g1;
    q2 += rate * g2;
  }
  const fx = l1 * Math.cos(q1) + l2 * Math.cos(q1 + q2) - tx;
  const fy = l1 * Math.sin(q1) + l2 * Math.sin(q1 + q2) - ty;
  return Math.hypot(fx, fy);
}

/** Torque of gravity at joint 1 for a 2-link arm (point masses at the link ends). */
export function gravityTorque(q1: number, q2: number, m1: number, m2: number, g = 9.81): number {
  const l1 = 1.2, l2 = 0.9;
  return g * (m1 * l1 * Math.cos(q1) + m2 * (l1 * Math.cos(q1) + l2 * Math.cos(q1 + q2)));
}
