// Skeletal IK on flat joint buffers: CCD and FABRIK in 2-D, a 3-D chain by angles; scratch buffers at module level.

const MAXJ = 8;
const pos = new Float64Array(2 * (MAXJ + 1));
const len = new Float64Array(MAXJ);
const dir = new Float64Array(2);

/** forward kinematics of a planar chain into out (x0 y0 x1 y1 ...), angles relative */
export function fkPlanar(out: Float64Array, angles: Float64Array, lengths: Float64Array): Float64Array {
  let a = 0, x = 0, y = 0;
  out[0] = 0; out[1] = 0;
  for (let i = 0; i < angles.length; i++) {
    a += angles[i];
    x += lengths[i] * Math.cos(a);
    y += lengths[i] * Math.sin(a);
    out[2 * i + 2] = x; out[2 * i + 3] = y;
  }
  return out;
}

/** squared end-effector miss of a planar chain, FK into the module buffer pos */
export function reachError(angles: Float64Array, lengths: Float64Array, tx: number, ty: number): number {
  pos.fill(0);
  fkPlanar(pos, angles, lengths);
  const n = angles.length;
  const ex = pos[2 * n] - tx, ey = pos[2 * n + 1] - ty;
  return ex * ex + ey * ey;
}

/** CCD: a few sweeps rotating each joint toward the target; loss is the final miss plus a small angle prior */
export function ccdSolve(angles0: Float64Array, lengths: Float64Array, tx: number, ty: number, sweeps: number): number {
  const n = angles0.length;
  const th = Float64Array.from(angles0);
  for (let s = 0; s < sweeps; s++) {
    for (let j = n - 1; j >= 0; j--) {
      pos.fill(0);
      fkPlanar(pos, th, lengths);
      const jx = pos[2 * j], jy = pos[2 * j + 1];
      const ex = pos[2 * n] - jx, ey = pos[2 * n + 1] - jy;
      const gx = tx - jx, gy = ty - jy;
      const cross = ex * gy - ey * gx, dot = ex * gx + ey * gy;
      th[j] += 0.5 * Math.atan2(cross, dot);
    }
  }
  pos.fill(0);
  fkPlanar(pos, th, lengths);
  let prior = 0;
  for (let j = 0; j < n; j++) prior += th[j] * th[j];
  return (pos[2 * n] - tx) ** 2 + (pos[2 * n + 1] - ty) ** 2 + 0.01 * prior;
}

/** FABRIK on joint positions (2-D): backward and forward passes; returns the squared miss plus sum of moves */
export function fabrik(joints: Float64Array, tx: number, ty: number, iters: number): number {
  const n = joints.length / 2 - 1;
  const p = Float64Array.from(joints);
  len.fill(0);
  for (let i = 0; i < n; i++) len[i] = Math.hypot(p[2 * i + 2] - p[2 * i], p[2 * i + 3] - p[2 * i + 1]);
  const bx = p[0], by = p[1];
  for (let it = 0; it < iters; it++) {
    p[2 * n] = tx; p[2 * n + 1] = ty;
    for (let i = n - 1; i >= 0; i--) {
      dir[0] = p[2 * i] - p[2 * i + 2]; dir[1] = p[2 * i + 1] - p[2 * i + 3];
      const l = Math.hypot(dir[0], dir[1]);
      p[2 * i] = p[2 * i + 2] + (dir[0] * len[i]) / l;
      p[2 * i + 1] = p[2 * i + 3] + (dir[1] * len[i]) / l;
    }
    p[0] = bx; p[1] = by;
    for (let i = 0; i < n; i++) {
      dir[0] = p[2 * i + 2] - p[2 * i]; dir[1] = p[2 * i + 3] - p[2 * i + 1];
      const l = Math.hypot(dir[0], dir[1]);
      p[2 * i + 2] = p[2 * i] + (dir[0] * len[i]) / l;
      p[2 * i + 3] = p[2 * i + 1] + (dir[1] * len[i]) / l;
    }
  }
  let moved = 0;
  for (let k = 0; k < p.length; k++) moved += (p[k] - joints[k]) ** 2;
  return (p[2 * n] - tx) ** 2 + (p[2 * n + 1] - ty) ** 2 + moved;
}

const m3 = new Float64Array(9);
const v3 = new Float64Array(3);

function rotZ(out: Float64Array, a: number): void {
  const c = Math.cos(a), s = Math.sin(a);
  out[0] = c; out[1] = -s; out[2] = 0; out[3] = s; out[4] = c; out[5] = 0; out[6] = 0; out[7] = 0; out[8] = 1;
}
function rotY(out: Float64Array, a: number): void {
  const c = Math.cos(a), s = Math.sin(a);
  out[0] = c; out[1] = 0; out[2] = s; out[3] = 0; out[4] = 1; out[5] = 0; out[6] = -s; out[7] = 0; out[8] = c;
}
function mulMat3(out: Float64Array, a: Float64Array, b: Float64Array): void {
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++) out[3 * i + j] = a[3 * i] * b[j] + a[3 * i + 1] * b[3 + j] + a[3 * i + 2] * b[6 + j];
}

/** a 3-D chain with yaw/pitch per joint: R accumulates, end = sum R_i (0,0,L_i); squared miss */
export function chain3D(yawPitch: Float64Array, lengths: Float64Array, target: Float64Array): number {
  const R = new Float64Array(9);
  R[0] = 1; R[4] = 1; R[8] = 1;
  const A = new Float64Array(9), B = new Float64Array(9);
  v3[0] = 0; v3[1] = 0; v3[2] = 0;
  for (let i = 0; i < lengths.length; i++) {
    rotZ(A, yawPitch[2 * i]);
    rotY(B, yawPitch[2 * i + 1]);
    m3.fill(0);
    mulMat3(m3, A, B);
    const R2 = new Float64Array(9);
    mulMat3(R2, R, m3);
    R.set(R2);
    v3[0] += R[2] * lengths[i]; v3[1] += R[5] * lengths[i]; v3[2] += R[8] * lengths[i];
  }
  return (v3[0] - target[0]) ** 2 + (v3[1] - target[1]) ** 2 + (v3[2] - target[2]) ** 2;
}

/** joint-limit soft penalty with early exit when all joints are inside */
export function jointLimitPenalty(angles: Float64Array, lo: Float64Array, hi: Float64Array, k: number): number {
  let any = false;
  for (let i = 0; i < angles.length; i++) if (angles[i] < lo[i] || angles[i] > hi[i]) { any = true; break; }
  if (!any) return 0.001 * k * angles[0] * angles[0];
  let p = 0;
  for (let i = 0; i < angles.length; i++) {
    const a = angles[i];
    if (a < lo[i]) p += (lo[i] - a) ** 2;
    else if (a > hi[i]) p += (a - hi[i]) ** 2;
  }
  return k * p;
}
