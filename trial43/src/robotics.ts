// Robotics: odometry, attitude, control rollouts.

/** Differential-drive odometry from wheel increments; squared distance of the end pose to a goal. */
export function diffDriveGoal(left: Float64Array, right: Float64Array, wheelBase: number, wheelRadius: number, gx: number, gy: number): number {
  let x = 0, y = 0, th = 0;
  for (let k = 0; k < left.length; k++) {
    const dl = wheelRadius * left[k];
    const dr = wheelRadius * right[k];
    const ds = (dl + dr) / 2;
    const dth = (dr - dl) / wheelBase;
    x += ds * Math.cos(th + dth / 2);
    y += ds * Math.sin(th + dth / 2);
    th += dth;
  }
  return (x - gx) ** 2 + (y - gy) ** 2;
}

/** Quaternion attitude integration from body rates, normalised each step; z of the body x axis. */
export function quatAttitude(wx: Float64Array, wy: Float64Array, wz: Float64Array, dt: number): number {
  let qw = 1, qx = 0, qy = 0, qz = 0;
  for (let k = 0; k < wx.length; k++) {
    const a = wx[k], b = wy[k], c = wz[k];
    const nw = qw + 0.5 * dt * (-qx * a - qy * b - qz * c);
    const nx = qx + 0.5 * dt * (qw * a + qy * c - qz * b);
    const ny = qy + 0.5 * dt * (qw * b - qx * c + qz * a);
    const nz = qz + 0.5 * dt * (qw * c + qx * b - qy * a);
    const inv = 1 / Math.sqrt(nw * nw + nx * nx + ny * ny + nz * nz);
    qw = nw * inv;
    qx = nx * inv;
    qy = ny * inv;
    qz = nz * inv;
  }
  // third row, first column of the rotation matrix
  return 2 * (qx * qz - qw * qy);
}

/** A PID loop on a first-order plant with integrator clamp (anti-windup); ITAE-like cost. */
export function pidCost(kp: number, ki: number, kd: number, tau: number, steps: number, dt: number): number {
  let y = 0, integ = 0, prevErr = 1, cost = 0;
  for (let k = 0; k < steps; k++) {
    const err = 1 - y;
    integ = Math.min(Math.max(integ + err * dt, -2), 2);
    const deriv = (err - prevErr) / dt;
    prevErr = err;
    const u = kp * err + ki * integ + kd * deriv;
    y += (dt * (u - y)) / tau;
    cost += k * dt * err * err * dt;
  }
  return cost;
}

/** Pure-pursuit-like unicycle tracking of a circle; mean squared cross-track error. */
export function unicycleTrack(gain: number, speed: number, lookahead: number, steps: number): number {
  let x = 1.2, y = 0, th = Math.PI / 2;
  const dt = 0.05;
  let err = 0;
  for (let k = 0; k < steps; k++) {
    const r = Math.hypot(x, y);
    const ang = Math.atan2(y, x) + lookahead;
    const tx = Math.cos(ang), ty = Math.sin(ang);
    const heading = Math.atan2(ty - y, tx - x);
    let dth = heading - th;
    dth = Math.atan2(Math.sin(dth), Math.cos(dth));
    th += gain * dth * dt;
    x += speed * Math.cos(th) * dt;
    y += speed * Math.sin(th) * dt;
    err += (r - 1) ** 2;
  }
  return err / steps;
}

/** Cart-pole under a linear state feedback, semi-implicit Euler; quadratic cost. */
export function cartPoleCost(k1: number, k2: number, k3: number, k4: number, theta0: number, steps: number): number {
  let x = 0, v = 0, th = theta0, w = 0;
  const g = 9.81, mc = 1, mp = 0.1, l = 0.5, dt = 0.02;
  let cost = 0;
  for (let i = 0; i < steps; i++) {
    const force = -(k1 * x + k2 * v + k3 * th + k4 * w);
    const s = Math.sin(th), c = Math.cos(th);
    const temp = (force + mp * l * w * w * s) / (mc + mp);
    const alpha = (g * s - c * temp) / (l * (4 / 3 - (mp * c * c) / (mc + mp)));
    const acc = temp - (mp * l * alpha * c) / (mc + mp);
    v += acc * dt;
    x += v * dt;
    w += alpha * dt;
    th += w * dt;
    cost += x * x + 10 * th * th + 0.01 * force * force;
  }
  return cost * dt;
}

/** Planar 3R arm forward kinematics through homogeneous 2-D transforms kept as a tuple; manipulability-free reach loss. */
export function planarArmReach(q: Float64Array, links: Float64Array, tx: number, ty: number): number {
  let c = 1, s = 0, px = 0, py = 0;
  for (let j = 0; j < q.length; j++) {
    const cj = Math.cos(q[j]), sj = Math.sin(q[j]);
    const nc = c * cj - s * sj;
    const ns = s * cj + c * sj;
    c = nc;
    s = ns;
    px += links[j] * c;
    py += links[j] * s;
  }
  return Math.hypot(px - tx, py - ty);
}
