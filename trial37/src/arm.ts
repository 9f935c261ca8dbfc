// Inverse kinematics of a planar arm: tuples, destructuring, recursion and its loop twin, a writer.
import { softplus } from './util.js';

function forward(theta: Float64Array, len: Float64Array): [number, number] {
  let phi = 0, x = 0, y = 0;
  for (let i = 0; i < theta.length; i++) {
    phi += theta[i];
    x += len[i] * Math.cos(phi);
    y += len[i] * Math.sin(phi);
  }
  return [x, y];
}

/** squared distance from the end effector to a target, plus a small joint regulariser */
export function ikLoss(theta: Float64Array, len: Float64Array, tx: number, ty: number): number {
  const [x, y] = forward(theta, len);
  let reg = 0;
  for (const q of theta) reg += q * q;
  return (x - tx) ** 2 + (y - ty) ** 2 + 1e-3 * reg;
}

function tipXRec(theta: Float64Array, len: Float64Array, i: number, phi: number): number {
  if (i === theta.length) return 0;
  const a = phi + theta[i];
  return len[i] * Math.cos(a) + tipXRec(theta, len, i + 1, a);
}

/** x of the end effector by recursion over the joints */
export function tipXRecursive(theta: Float64Array, len: Float64Array): number {
  return tipXRec(theta, len, 0, 0);
}

/** its loop twin */
export function tipXLoop(theta: Float64Array, len: Float64Array): number {
  let phi = 0, x = 0;
  let i = 0;
  while (i < theta.length) {
    phi += theta[i];
    x += len[i] * Math.cos(phi);
    i++;
  }
  return x;
}

/** reach a target while every joint keeps clear of a round obstacle (softplus barrier), via atan2 of the tip */
export function ikObstacle(theta: Float64Array, len: Float64Array, tx: number, ty: number, ox: number, oy: number, radius: number): number {
  let phi = 0, x = 0, y = 0, pen = 0;
  for (let i = 0; i < theta.length; i++) {
    phi += theta[i];
    x += len[i] * Math.cos(phi);
    y += len[i] * Math.sin(phi);
    const clearance = Math.hypot(x - ox, y - oy) - radius;
    pen += softplus(-clearance, 8);
  }
  const bearingErr = Math.atan2(y, x) - Math.atan2(ty, tx);
  return Math.hypot(x - tx, y - ty) + 0.1 * bearingErr * bearingErr + pen;
}

/** joint positions (x0, y0, x1, y1, ...) written into out */
export function jointPositions(theta: Float64Array, len: Float64Array, out: Float64Array): void {
  let phi = 0, x = 0, y = 0;
  theta.forEach((q, i) => {
    phi += q;
    x += len[i] * Math.cos(phi);
    y += len[i] * Math.sin(phi);
    out[2 * i] = x;
    out[2 * i + 1] = y;
  });
}

/** Yoshikawa manipulability sqrt(det(J J^T)) of the positional Jacobian */
export function manipulability(theta: Float64Array, len: Float64Array): number {
  const n = theta.length;
  const jx = new Float64Array(n), jy = new Float64Array(n);
  let phi = 0;
  const cum = new Float64Array(n);
  for (let i = 0; i < n; i++) { phi += theta[i]; cum[i] = phi; }
  // column k: derivative of the tip wrt theta_k = sum over i >= k
  for (let k = n - 1; k >= 0; k--) {
    const sx = -len[k] * Math.sin(cum[k]);
    const sy = len[k] * Math.cos(cum[k]);
    jx[k] = sx + (k + 1 < n ? jx[k + 1] : 0);
    jy[k] = sy + (k + 1 < n ? jy[k + 1] : 0);
  }
  let a = 0, b = 0, c = 0;
  for (let k = 0; k < n; k++) { a += jx[k] * jx[k]; b += jx[k] * jy[k]; c += jy[k] * jy[k]; }
  return Math.sqrt(Math.max(a * c - b * b, 0));
}

/** damped least squares: a few Gauss-Newton steps from theta0 on a two-link arm; returns the final error */
export function twoLinkSolve(q1: number, q2: number, l1: number, l2: number, tx: number, ty: number): number {
  let a = q1, b = q2;
  let err = 0;
  for (let it = 0; it < 5; it++) {
    const x = l1 * Math.cos(a) + l2 * Math.cos(a + b);
    const y = l1 * Math.sin(a) + l2 * Math.sin(a + b);
    const ex = tx - x, ey = ty - y;
    err = Math.hypot(ex, ey);
    if (err < 1e-12) break;
    const j11 = -y, j12 = -l2 * Math.sin(a + b);
    const j21 = x, j22 = l2 * Math.cos(a + b);
    const lam = 0.1;
    const m11 = j11 * j11 + j21 * j21 + lam, m12 = j11 * j12 + j21 * j22, m22 = j12 * j12 + j22 * j22 + lam;
    const g1 = j11 * ex + j21 * ey, g2 = j12 * ex + j22 * ey;
    const det = m11 * m22 - m12 * m12;
    a += (m22 * g1 - m12 * g2) / det;
    b += (m11 * g2 - m12 * g1) / det;
  }
  return err;
}
