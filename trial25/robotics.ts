// Robotics: planar arms, IK losses, differential drive odometry.

/** End-effector x of a planar arm with link lengths L and joint angles q (relative). */
export function armTipX(q: Float64Array, L: Float64Array): number {
  let angle = 0;
  let x = 0;
  for (let i = 0; i < q.length; i++) {
    angle += q[i];
    x += L[i] * Math.cos(angle);
  }
  return x;
}

/** Squared distance of the arm tip to a target, using destructuring and a local helper. */
export function ikLoss(q: number[], target: readonly number[]): number {
  const sq = (v: number) => v * v;
  let [x, y] = [0, 0];
  let phi = 0;
  for (const qi of q) {
    phi += qi;
    x += Math.cos(phi);
    y += Math.sin(phi);
  }
  return sq(x - target[0]) + sq(y - target[1]);
}

/** IK loss with joint-limit penalties (soft), early exit for an empty chain. */
export function ikLimited(q: Float64Array, tx: number, ty: number, limit = 2.5): number {
  if (q.length === 0) return tx * tx + ty * ty;
  let x = 0, y = 0, a = 0, pen = 0;
  for (let i = 0; i < q.length; i++) {
    a += q[i];
    x += Math.cos(a);
    y += Math.sin(a);
    const over = Math.abs(q[i]) - limit;
    pen += over > 0 ? over * over : 0;
  }
  return Math.hypot(x - tx, y - ty) + 0.1 * pen;
}

/** Heading error of a differential drive after integrating wheel speeds (while with break). */
export function driveHeading(vl: Float64Array, vr: Float64Array, base: number, dt: number): number {
  let th = 0, px = 0, py = 0;
  let k = 0;
  while (true) {
    if (k >= vl.length) break;
    const v = 0.5 * (vl[k] + vr[k]);
    const w = (vr[k] - vl[k]) / base;
    px += v * Math.cos(th) * dt;
    py += v * Math.sin(th) * dt;
    th += w * dt;
    k++;
  }
  return Math.atan2(py, px) - th;
}

/** Two-link analytic IK elbow angle (law of cosines), clamped. */
export function elbowAngle(x: number, y: number, l1: number, l2: number): number {
  const r2 = x * x + y * y;
  let c = (r2 - l1 * l1 - l2 * l2) / (2 * l1 * l2);
  c = Math.min(1, Math.max(-1, c));
  return Math.acos(c);
}

/** Forward kinematics writing the joint positions into out (x0,y0,x1,y1,...). */
export function fkPositions(q: Float64Array, L: Float64Array, out: Float64Array): void {
  let a = 0, x = 0, y = 0;
  for (let i = 0; i < q.length; i++) {
    a += q[i];
    x += L[i] * Math.cos(a);
    y += L[i] * Math.sin(a);
    out[2 * i] = x;
    out[2 * i + 1] = y;
  }
}
