// Rigid bodies, pendulums, a cloth patch and a planar arm: explicit steppers as a game loop writes them.

const G = 9.81;

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/** Pendulum by symplectic Euler; the angle is clamped to a stop at ±limit (an inelastic wall). Returns the final energy. */
export function pendulumEnergy(theta0: number, omega0: number, len: number, damping: number, limit: number, steps: number, dt: number): number {
  let th = theta0;
  let om = omega0;
  for (let s = 0; s < steps; s++) {
    om += dt * (-(G / len) * Math.sin(th) - damping * om);
    th += dt * om;
    if (Math.abs(th) > limit) {
      th = clamp(th, -limit, limit);
      om = -0.5 * om;
    }
  }
  return 0.5 * len * len * om * om + G * len * (1 - Math.cos(th));
}

/** A ball on a floor with restitution e: symplectic Euler, the height clamped at 0 when it crosses. */
export function bounceHeight(y0: number, v0: number, e: number, drag: number, steps: number, dt: number): number {
  let y = y0, v = v0, peak = y0;
  for (let s = 0; s < steps; s++) {
    v -= dt * (G + drag * v * Math.abs(v));
    y += dt * v;
    if (y < 0) {
      y = Math.max(0, y);
      v = -e * v;
    }
    peak = Math.max(peak, y);
  }
  return peak + y;
}

/** Double pendulum: total energy after Euler-Cromer steps (state in a Float64Array reused as scratch). */
export function doublePendulum(m1: number, m2: number, l1: number, l2: number, state: Float64Array, steps: number, dt: number): number {
  const s = Float64Array.from(state);
  for (let k = 0; k < steps; k++) {
    const [a1, a2, w1, w2] = s;
    const d = a1 - a2;
    const den = 2 * m1 + m2 - m2 * Math.cos(2 * d);
    const acc1 = (-G * (2 * m1 + m2) * Math.sin(a1) - m2 * G * Math.sin(a1 - 2 * a2) - 2 * Math.sin(d) * m2 * (w2 * w2 * l2 + w1 * w1 * l1 * Math.cos(d))) / (l1 * den);
    const acc2 = (2 * Math.sin(d) * (w1 * w1 * l1 * (m1 + m2) + G * (m1 + m2) * Math.cos(a1) + w2 * w2 * l2 * m2 * Math.cos(d))) / (l2 * den);
    s[2] = w1 + dt * acc1;
    s[3] = w2 + dt * acc2;
    s[0] = a1 + dt * s[2];
    s[1] = a2 + dt * s[3];
  }
  const [a1, a2, w1, w2] = s;
  const v1sq = l1 * l1 * w1 * w1;
  const v2sq = v1sq + l2 * l2 * w2 * w2 + 2 * l1 * l2 * w1 * w2 * Math.cos(a1 - a2);
  return 0.5 * m1 * v1sq + 0.5 * m2 * v2sq - (m1 + m2) * G * l1 * Math.cos(a1) - m2 * G * l2 * Math.cos(a2);
}

/** A rigid 2-D box spinning under a torque, corners hitting a wall at x = wall (penalty force). */
export function boxWallPenalty(px: number, py: number, angle: number, vx: number, omega: number, halfW: number, wall: number, k: number, steps: number, dt: number): number {
  let x = px, a = angle, v = vx, w = omega, pen = 0;
  const corners = [1, 1, -1, 1, -1, -1, 1, -1];
  for (let s = 0; s < steps; s++) {
    let fx = 0, tq = 0;
    for (let c = 0; c < 4; c++) {
      const cx = corners[2 * c] * halfW, cy = corners[2 * c + 1] * halfW;
      const rx = cx * Math.cos(a) - cy * Math.sin(a);
      const ry = cx * Math.sin(a) + cy * Math.cos(a);
      const depth = x + rx - wall;
      if (depth <= 0) continue;
      const f = -k * depth;
      fx += f;
      tq -= ry * f;
      pen += depth * depth;
    }
    v += dt * fx;
    w += dt * tq;
    x += dt * v;
    a += dt * w;
  }
  return x + py * a + pen;
}

/** Mass-spring cloth on an n×n grid: scratch force buffers allocated once and reused per step; returns the
 *  potential energy of the springs plus the height of the centre. pos is (x, y, z) per node, pinned top row. */
export function clothSag(pos: Float64Array, n: number, stiff: number, rest: number, mass: number, steps: number, dt: number): number {
  const p = Float64Array.from(pos);
  const v = new Float64Array(p.length);
  const f = new Float64Array(p.length);
  const spring = (i: number, j: number): number => {
    const dx = p[3 * j] - p[3 * i], dy = p[3 * j + 1] - p[3 * i + 1], dz = p[3 * j + 2] - p[3 * i + 2];
    const len = Math.sqrt(dx * dx + dy * dy + dz * dz);
    const s = (stiff * (len - rest)) / len;
    f[3 * i] += s * dx; f[3 * i + 1] += s * dy; f[3 * i + 2] += s * dz;
    f[3 * j] -= s * dx; f[3 * j + 1] -= s * dy; f[3 * j + 2] -= s * dz;
    return 0.5 * stiff * (len - rest) * (len - rest);
  };
  let energy = 0;
  for (let step = 0; step < steps; step++) {
    f.fill(0);
    energy = 0;
    for (let r = 0; r < n; r++) {
      for (let c = 0; c < n; c++) {
        const i = r * n + c;
        if (c + 1 < n) energy += spring(i, i + 1);
        if (r + 1 < n) energy += spring(i, i + n);
      }
    }
    for (let i = n; i < n * n; i++) {
      f[3 * i + 2] -= mass * G;
      for (let d = 0; d < 3; d++) {
        v[3 * i + d] += (dt * f[3 * i + d]) / mass;
        p[3 * i + d] += dt * v[3 * i + d];
      }
    }
  }
  const mid = (n >> 1) * n + (n >> 1);
  return energy + p[3 * mid + 2];
}

/** Forward kinematics of a planar arm; writes the end effector into out[0], out[1]. */
function endEffector(lengths: Float64Array, angles: Float64Array): [number, number] {
  let x = 0, y = 0, phi = 0;
  for (let i = 0; i < angles.length; i++) {
    phi += angles[i];
    x += lengths[i] * Math.cos(phi);
    y += lengths[i] * Math.sin(phi);
  }
  return [x, y];
}

/** Inverse kinematics loss of a planar arm over its joint angles, with a joint-limit barrier. */
export function ikLoss(angles: Float64Array, lengths: Float64Array, tx: number, ty: number, limit: number): number {
  const [x, y] = endEffector(lengths, angles);
  let barrier = 0;
  for (const a of angles) barrier += Math.max(0, Math.abs(a) - limit) ** 2;
  return (x - tx) ** 2 + (y - ty) ** 2 + 10 * barrier;
}

/** IK by a fixed number of Jacobian-transpose iterations; the loss after them (a solver differentiated through). */
export function ikSolveResidual(angles0: Float64Array, lengths: Float64Array, tx: number, ty: number, alpha: number, iters: number): number {
  const q = angles0.slice();
  const n = q.length;
  for (let it = 0; it < iters; it++) {
    const [x, y] = endEffector(lengths, q);
    const ex = x - tx, ey = y - ty;
    // column i of the Jacobian: the sum of the link vectors from joint i on, turned by 90°
    let sx = 0, sy = 0;
    for (let i = n - 1; i >= 0; i--) {
      let phi = 0;
      for (let j = 0; j <= i; j++) phi += q[j];
      sx += lengths[i] * Math.cos(phi);
      sy += lengths[i] * Math.sin(phi);
      q[i] -= alpha * (-sy * ex + sx * ey);
    }
  }
  const [x, y] = endEffector(lengths, q);
  return Math.hypot(x - tx, y - ty);
}

/** A chain of springs under gravity, relaxed by Verlet; writes the final heights into out (a void writer). */
export function springChain(k: number, mass: number, y0: Float64Array, steps: number, dt: number, out: Float64Array): void {
  const n = y0.length;
  const y = Float64Array.from(y0), prev = Float64Array.from(y0);
  const acc = new Float64Array(n);
  for (let s = 0; s < steps; s++) {
    for (let i = 1; i < n; i++) {
      const up = y[i - 1] - y[i] - 1;
      const down = i + 1 < n ? y[i] - y[i + 1] - 1 : 0;
      acc[i] = (k * (up - down)) / mass - G;
    }
    for (let i = 1; i < n; i++) {
      const cur = y[i];
      y[i] = 2 * cur - prev[i] + dt * dt * acc[i];
      prev[i] = cur;
    }
  }
  for (let i = 0; i < n; i++) out[i] = y[i];
}
