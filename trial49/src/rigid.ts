// Rigid bodies with quaternions, gl-matrix style: out-parameters, module-level scratch buffers, unrolled loops.

const qTmp = new Float64Array(4);
const vTmp = new Float64Array(3);
const wTmp = new Float64Array(3);

/** out = a * b (Hamilton product), unrolled */
export function quatMul(out: Float64Array, a: Float64Array, b: Float64Array): Float64Array {
  const ax = a[0], ay = a[1], az = a[2], aw = a[3];
  const bx = b[0], by = b[1], bz = b[2], bw = b[3];
  out[0] = ax * bw + aw * bx + ay * bz - az * by;
  out[1] = ay * bw + aw * by + az * bx - ax * bz;
  out[2] = az * bw + aw * bz + ax * by - ay * bx;
  out[3] = aw * bw - ax * bx - ay * by - az * bz;
  return out;
}

/** rotate v by unit quaternion q into out (the optimised t = 2 q×v form) */
export function rotateVec(out: Float64Array, q: Float64Array, v: Float64Array): Float64Array {
  const qx = q[0], qy = q[1], qz = q[2], qw = q[3];
  const tx = 2 * (qy * v[2] - qz * v[1]);
  const ty = 2 * (qz * v[0] - qx * v[2]);
  const tz = 2 * (qx * v[1] - qy * v[0]);
  out[0] = v[0] + qw * tx + qy * tz - qz * ty;
  out[1] = v[1] + qw * ty + qz * tx - qx * tz;
  out[2] = v[2] + qw * tz + qx * ty - qy * tx;
  return out;
}

function normalizeQuat(q: Float64Array): void {
  const l = Math.sqrt(q[0] * q[0] + q[1] * q[1] + q[2] * q[2] + q[3] * q[3]);
  if (l === 0) return;
  const inv = 1 / l;
  q[0] *= inv; q[1] *= inv; q[2] *= inv; q[3] *= inv;
}

/** the world-frame lever arm of a body point after rotating: |R(q) r - target|^2, through the qTmp scratch */
export function leverArmError(q: Float64Array, r: Float64Array, target: Float64Array): number {
  qTmp[0] = q[0]; qTmp[1] = q[1]; qTmp[2] = q[2]; qTmp[3] = q[3];
  normalizeQuat(qTmp);
  vTmp.fill(0); // README: written whole before it is passed to a helper that writes it
  rotateVec(vTmp, qTmp, r);
  const dx = vTmp[0] - target[0], dy = vTmp[1] - target[1], dz = vTmp[2] - target[2];
  return dx * dx + dy * dy + dz * dz;
}

/** integrate orientation by q += 0.5 dt (w,0) q for n steps; loss on the final rotated axis */
export function spinIntegrate(q0: Float64Array, omega: Float64Array, dt: number, n: number, target: Float64Array): number {
  const q = new Float64Array(4);
  q[0] = q0[0]; q[1] = q0[1]; q[2] = q0[2]; q[3] = q0[3];
  for (let s = 0; s < n; s++) {
    qTmp[0] = omega[0]; qTmp[1] = omega[1]; qTmp[2] = omega[2]; qTmp[3] = 0;
    const dq = quatMul(new Float64Array(4), qTmp, q);
    q[0] += 0.5 * dt * dq[0]; q[1] += 0.5 * dt * dq[1]; q[2] += 0.5 * dt * dq[2]; q[3] += 0.5 * dt * dq[3];
    normalizeQuat(q);
  }
  vTmp[0] = 1; vTmp[1] = 0; vTmp[2] = 0;
  const axis = rotateVec(new Float64Array(3), q, vTmp);
  return (axis[0] - target[0]) ** 2 + (axis[1] - target[1]) ** 2 + (axis[2] - target[2]) ** 2;
}

/** rotational kinetic energy 0.5 w·I w with I = R diag(Ib) R^T, via body-frame w' = R^T w */
export function rotationalEnergy(q: Float64Array, Ib: Float64Array, w: Float64Array): number {
  qTmp[0] = -q[0]; qTmp[1] = -q[1]; qTmp[2] = -q[2]; qTmp[3] = q[3];
  wTmp.fill(0);
  rotateVec(wTmp, qTmp, w);
  return 0.5 * (Ib[0] * wTmp[0] * wTmp[0] + Ib[1] * wTmp[1] * wTmp[1] + Ib[2] * wTmp[2] * wTmp[2]);
}

/** a frictionless contact impulse between two spheres; returns post-impact kinetic energy plus a target miss */
export function contactImpulse(state: Float64Array, m1: number, m2: number, e: number, target: number): number {
  // state: p1(3) v1(3) p2(3) v2(3)
  for (let k = 0; k < 3; k++) vTmp[k] = state[6 + k] - state[k];
  const d = Math.hypot(vTmp[0], vTmp[1], vTmp[2]);
  vTmp[0] /= d; vTmp[1] /= d; vTmp[2] /= d;
  const vrel = (state[9] - state[3]) * vTmp[0] + (state[10] - state[4]) * vTmp[1] + (state[11] - state[5]) * vTmp[2];
  if (vrel >= 0) return 0.5 * m1 * (state[3] ** 2 + state[4] ** 2 + state[5] ** 2) + 0.5 * m2 * (state[9] ** 2 + state[10] ** 2 + state[11] ** 2) - target;
  const j = (-(1 + e) * vrel) / (1 / m1 + 1 / m2);
  let ke = 0;
  for (let k = 0; k < 3; k++) {
    const v1 = state[3 + k] - (j / m1) * vTmp[k];
    const v2 = state[9 + k] + (j / m2) * vTmp[k];
    ke += 0.5 * m1 * v1 * v1 + 0.5 * m2 * v2 * v2;
  }
  return (ke - target) ** 2;
}

/** a box dropped on a plane: penalty contact at its 8 corners over a few steps, flat state [p(3) v(3) q(4) w(3)] */
export function boxDrop(state0: Float64Array, half: Float64Array, k: number, c: number, dt: number, steps: number): number {
  const s = Float64Array.from(state0);
  const corner = new Float64Array(3);
  let pen = 0;
  for (let t = 0; t < steps; t++) {
    let fz = -9.81;
    for (let i = 0; i < 8; i++) {
      corner[0] = i & 1 ? half[0] : -half[0];
      corner[1] = i & 2 ? half[1] : -half[1];
      corner[2] = i & 4 ? half[2] : -half[2];
      qTmp[0] = s[6]; qTmp[1] = s[7]; qTmp[2] = s[8]; qTmp[3] = s[9];
      vTmp.fill(0);
      rotateVec(vTmp, qTmp, corner);
      const z = s[2] + vTmp[2];
      if (z < 0) { fz += -k * z - c * s[5]; pen += z * z; }
    }
    s[5] += dt * fz;
    s[0] += dt * s[3]; s[1] += dt * s[4]; s[2] += dt * s[5];
  }
  return s[2] * s[2] + pen;
}
