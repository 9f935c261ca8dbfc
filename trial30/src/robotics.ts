// Planar and spatial serial manipulators: forward kinematics, inverse-kinematics losses, energies.

const GRAVITY = 9.81;

/** Where the tip of a planar n-link arm ends up, as a tuple. */
function tip(angles: Float64Array, lengths: Float64Array): [number, number] {
  let x = 0;
  let y = 0;
  let heading = 0;
  for (let i = 0; i < angles.length; i++) {
    heading += angles[i];
    x += lengths[i] * Math.cos(heading);
    y += lengths[i] * Math.sin(heading);
  }
  return [x, y];
}

/** Distance of the arm's tip from its base. */
export function armReach(angles: Float64Array, lengths: Float64Array): number {
  let x = 0, y = 0, heading = 0;
  for (const [i, a] of angles.entries()) {
    heading += a;
    x += lengths[i] * Math.cos(heading);
    y += lengths[i] * Math.sin(heading);
  }
  return Math.hypot(x, y);
}

/** Inverse-kinematics loss: squared distance of the tip to a target, plus a small joint regulariser. */
export function ikLoss(angles: Float64Array, lengths: Float64Array, tx: number, ty: number, reg = 1e-3): number {
  const [x, y] = tip(angles, lengths);
  const dx = x - tx;
  const dy = y - ty;
  let r = 0;
  for (const a of angles) r += a * a;
  return 0.5 * (dx * dx + dy * dy) + reg * r;
}

/** Joint positions of the arm, (x0, y0, x1, y1, ...), written into out. */
export function forwardKinematics(angles: Float64Array, lengths: Float64Array, out: Float64Array): void {
  let x = 0, y = 0, heading = 0;
  for (let i = 0; i < angles.length; i++) {
    heading += angles[i];
    x += lengths[i] * Math.cos(heading);
    y += lengths[i] * Math.sin(heading);
    out[2 * i] = x;
    out[2 * i + 1] = y;
  }
}

/** Gravitational potential energy of uniform links (centre of mass at mid-link). */
export function armPotential(angles: Float64Array, lengths: Float64Array, masses: Float64Array, g = GRAVITY): number {
  let y = 0, heading = 0, energy = 0;
  for (let i = 0; i < angles.length; i++) {
    heading += angles[i];
    const s = Math.sin(heading);
    energy += masses[i] * g * (y + 0.5 * lengths[i] * s);
    y += lengths[i] * s;
  }
  return energy;
}

/** Yoshikawa manipulability of a 2-link arm: sqrt(det(J J^T)) computed from the Jacobian. */
export function manipulability2(q1: number, q2: number, l1: number, l2: number): number {
  const s1 = Math.sin(q1), c1 = Math.cos(q1);
  const s12 = Math.sin(q1 + q2), c12 = Math.cos(q1 + q2);
  const j11 = -l1 * s1 - l2 * s12, j12 = -l2 * s12;
  const j21 = l1 * c1 + l2 * c12, j22 = l2 * c12;
  const a = j11 * j11 + j12 * j12;
  const b = j11 * j21 + j12 * j22;
  const d = j21 * j21 + j22 * j22;
  return Math.sqrt(Math.max(a * d - b * b, 0));
}

function mat4mul(A: Float64Array, B: Float64Array, out: Float64Array): void {
  for (let r = 0; r < 4; r++) {
    for (let c = 0; c < 4; c++) {
      let s = 0;
      for (let k = 0; k < 4; k++) s += A[4 * r + k] * B[4 * k + c];
      out[4 * r + c] = s;
    }
  }
}

function dhMatrix(theta: number, d: number, a: number, alpha: number, out: Float64Array): void {
  const ct = Math.cos(theta), st = Math.sin(theta);
  const ca = Math.cos(alpha), sa = Math.sin(alpha);
  out[0] = ct; out[1] = -st * ca; out[2] = st * sa; out[3] = a * ct;
  out[4] = st; out[5] = ct * ca; out[6] = -ct * sa; out[7] = a * st;
  out[8] = 0; out[9] = sa; out[10] = ca; out[11] = d;
  out[12] = 0; out[13] = 0; out[14] = 0; out[15] = 1;
}

/** Height (z) of the end effector of a Denavit-Hartenberg chain; dh holds (theta, d, a, alpha) per joint. */
export function dhEndHeight(dh: Float64Array): number {
  let T = new Float64Array(16);
  let next = new Float64Array(16);
  const A = new Float64Array(16);
  T[0] = T[5] = T[10] = T[15] = 1;
  const joints = dh.length / 4;
  for (let j = 0; j < joints; j++) {
    dhMatrix(dh[4 * j], dh[4 * j + 1], dh[4 * j + 2], dh[4 * j + 3], A);
    mat4mul(T, A, next);
    const t = T;
    T = next;
    next = t;
  }
  return T[11];
}

/** Soft joint-limit penalty: zero inside [lo, hi], quadratic past a margin, log barrier near it. */
export function jointLimitPenalty(q: Float64Array, lo: Float64Array, hi: Float64Array, margin = 0.1): number {
  let p = 0;
  for (let i = 0; i < q.length; i++) {
    const below = lo[i] + margin - q[i];
    const above = q[i] - (hi[i] - margin);
    if (below > 0) {
      p += below * below;
    } else if (above > 0) {
      p += above * above;
    } else {
      continue;
    }
  }
  return p;
}

function sqDist(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    const d = a[i] - b[i];
    s += d * d;
  }
  return s;
}

/** Smoothness cost of a joint trajectory (frames of nJoints each): squared finite-difference velocities. */
export function trajectoryCost(qs: Float64Array, nJoints: number, dt: number): number {
  const frames = qs.length / nJoints;
  let cost = 0;
  for (let f = 1; f < frames; f++) {
    const prev = qs.subarray((f - 1) * nJoints, f * nJoints);
    const cur = qs.subarray(f * nJoints, (f + 1) * nJoints);
    cost += sqDist(cur, prev) / (dt * dt);
  }
  return cost;
}

interface Pose { x: number; y: number; theta: number }

function advance(p: Pose, len: number, angle: number): Pose {
  const theta = p.theta + angle;
  return { x: p.x + len * Math.cos(theta), y: p.y + len * Math.sin(theta), theta };
}

/** The same reach, written the way I would with a pose object folded through the links. */
export function armReachPose(angles: Float64Array, lengths: Float64Array): number {
  let pose: Pose = { x: 0, y: 0, theta: 0 };
  for (let i = 0; i < angles.length; i++) pose = advance(pose, lengths[i], angles[i]);
  return Math.hypot(pose.x, pose.y);
}
