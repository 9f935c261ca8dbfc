// Forward kinematics of planar and spatial arms, and losses on them.

type Pose2 = [x: number, y: number, theta: number];

class Frame2 {
  constructor(readonly x: number, readonly y: number, readonly th: number) {}
  /** this ∘ (rotate by dth, then translate by len along the new x axis) */
  link(dth: number, len: number): Frame2 {
    const t = this.th + dth;
    return new Frame2(this.x + len * Math.cos(t), this.y + len * Math.sin(t), t);
  }
  distTo(px: number, py: number): number {
    return Math.hypot(this.x - px, this.y - py);
  }
}

/**
 * Squared distance of the planar arm's tip to a target.
 * @domain angles [-1, 1] length 4
 * @domain lengths [0.5, 1.5] length 4
 * @domain tx [1, 2]
 * @domain ty [0, 2]
 */
export function reachLoss(angles: Float64Array, lengths: Float64Array, tx: number, ty: number): number {
  let f = new Frame2(0, 0, 0);
  for (let i = 0; i < angles.length; i++) f = f.link(angles[i], lengths[i]);
  return f.distTo(tx, ty) ** 2;
}

/**
 * Same, written with a tuple pose and destructuring.
 * @domain angles [-1, 1] length 4
 * @domain lengths [0.5, 1.5] length 4
 */
export function reachLossTuple(angles: number[], lengths: number[], tx: number, ty: number): number {
  let pose: Pose2 = [0, 0, 0];
  for (const [i, a] of angles.entries()) {
    const [x, y, th] = pose;
    const t = th + a;
    pose = [x + lengths[i] * Math.cos(t), y + lengths[i] * Math.sin(t), t];
  }
  const dx = pose[0] - tx, dy = pose[1] - ty;
  return dx * dx + dy * dy;
}

/**
 * Orientation error of the tip against a wanted heading (wrapped with atan2).
 * @domain angles [-0.5, 0.5] length 5
 * @domain want [-1, 1]
 */
export function headingLoss(angles: Float64Array, want: number): number {
  let th = 0;
  for (const a of angles) th += a;
  const e = Math.atan2(Math.sin(th - want), Math.cos(th - want));
  return e * e;
}

/**
 * Soft joint limits: softplus barrier outside [lo, hi].
 * @domain angles [-2, 2] length 5
 * @domain lo [-1.5, -1]
 * @domain hi [1, 1.5]
 * @domain sharp [3, 8]
 */
export function jointLimitPenalty(angles: Float64Array, lo: number, hi: number, sharp = 10): number {
  let p = 0;
  for (let i = 0; i < angles.length; i++) {
    const a = angles[i];
    p += Math.log1p(Math.exp(sharp * (a - hi))) / sharp + Math.log1p(Math.exp(sharp * (lo - a))) / sharp;
  }
  return p;
}

// 3x3 rotation matrices as 9-tuples (row-major), composed by a helper
function rotZ(a: number): number[] {
  const c = Math.cos(a), s = Math.sin(a);
  return [c, -s, 0, s, c, 0, 0, 0, 1];
}
function rotY(a: number): number[] {
  const c = Math.cos(a), s = Math.sin(a);
  return [c, 0, s, 0, 1, 0, -s, 0, c];
}
function matmul3(A: number[], B: number[]): number[] {
  const C = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) for (let k = 0; k < 3; k++) C[i * 3 + j] += A[i * 3 + k] * B[k * 3 + j];
  return C;
}

/**
 * A 3-D arm: base yaw, then pitch joints, each link along the local x axis. Tip distance to (tx, ty, tz).
 * @domain q [-1, 1] length 4
 * @domain link [0.5, 1] length 3
 */
export function arm3dLoss(q: Float64Array, link: Float64Array, tx: number, ty: number, tz: number): number {
  let R = rotZ(q[0]);
  let px = 0, py = 0, pz = 0;
  for (let i = 1; i < q.length; i++) {
    R = matmul3(R, rotY(q[i]));
    px += R[0] * link[i - 1];
    py += R[3] * link[i - 1];
    pz += R[6] * link[i - 1];
  }
  return (px - tx) ** 2 + (py - ty) ** 2 + (pz - tz) ** 2;
}

