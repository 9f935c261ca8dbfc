// Robotics and controls.

const CLAMP_INTEGRATOR = true;
const I_LIMIT = 5;

/** PID loop over a first-order plant tau*y' = -y + u; integrated squared error. */
export function pidCost(kp: number, ki: number, kd: number, tau: number, steps: number, dt = 0.01): number {
  let y = 0, integ = 0, prevErr = 1;
  let cost = 0;
  for (let k = 0; k < steps; k++) {
    const err = 1 - y;
    integ += err * dt;
    if (CLAMP_INTEGRATOR) integ = Math.max(-I_LIMIT, Math.min(I_LIMIT, integ));
    const deriv = (err - prevErr) / dt;
    prevErr = err;
    const u = kp * err + ki * integ + kd * deriv;
    y += (dt / tau) * (-y + u);
    cost += err * err * dt;
  }
  return cost;
}

/** LQR quadratic cost of a linear feedback u = -K x over a horizon (2 states, 1 input). */
export function lqrCost(K: Float64Array, A: Float64Array, B: Float64Array, x0: Float64Array, horizon: number, r = 0.1): number {
  let x1 = x0[0], x2 = x0[1];
  let J = 0;
  for (let t = 0; t < horizon; t++) {
    const u = -(K[0] * x1 + K[1] * x2);
    J += x1 * x1 + x2 * x2 + r * u * u;
    const n1 = A[0] * x1 + A[1] * x2 + B[0] * u;
    const n2 = A[2] * x1 + A[3] * x2 + B[1] * u;
    x1 = n1;
    x2 = n2;
  }
  return J;
}

function forwardKin(theta: Float64Array, l1: number, l2: number, out: Float64Array): void {
  out[0] = l1 * Math.cos(theta[0]) + l2 * Math.cos(theta[0] + theta[1]);
  out[1] = l1 * Math.sin(theta[0]) + l2 * Math.sin(theta[0] + theta[1]);
}

/** One Jacobian-transpose IK step for a two-link arm, into next. */
export function twoLinkStep(theta: Float64Array, target: Float64Array, alpha: number, next: Float64Array, l1 = 1, l2 = 0.7): void {
  const p = new Float64Array(2);
  forwardKin(theta, l1, l2, p);
  const ex = target[0] - p[0], ey = target[1] - p[1];
  const s1 = Math.sin(theta[0]), c1 = Math.cos(theta[0]);
  const s12 = Math.sin(theta[0] + theta[1]), c12 = Math.cos(theta[0] + theta[1]);
  const j11 = -l1 * s1 - l2 * s12, j12 = -l2 * s12;
  const j21 = l1 * c1 + l2 * c12, j22 = l2 * c12;
  next[0] = theta[0] + alpha * (j11 * ex + j21 * ey);
  next[1] = theta[1] + alpha * (j12 * ex + j22 * ey);
}

/** Distance to target after n IK steps (scratch arrays swapped each iteration). */
export function ikResidual(theta0: Float64Array, target: Float64Array, alpha: number, n: number): number {
  let cur = Float64Array.from(theta0);
  let nxt = new Float64Array(2);
  for (let k = 0; k < n; k++) {
    twoLinkStep(cur, target, alpha, nxt);
    [cur, nxt] = [nxt, cur];
  }
  const p = new Float64Array(2);
  forwardKin(cur, 1, 0.7, p);
  return Math.hypot(target[0] - p[0], target[1] - p[1]);
}

/** Heading error of a unicycle driven by a proportional steering law, atan2 wrapped. */
export function unicycleHeading(k: number, v: number, gx: number, gy: number, steps: number): number {
  let x = 0, y = 0, th = 0;
  const dt = 0.05;
  let cost = 0;
  for (let i = 0; i < steps; i++) {
    const want = Math.atan2(gy - y, gx - x);
    const e = Math.atan2(Math.sin(want - th), Math.cos(want - th));
    th += k * e * dt;
    x += v * Math.cos(th) * dt;
    y += v * Math.sin(th) * dt;
    cost += e * e;
    if (Math.hypot(gx - x, gy - y) < 0.05) return cost;
  }
  return cost;
}
