// Geometry.

/** Signed area by the shoelace formula; vertices as separate x and y lists. */
export function shoelaceArea(xs: number[], ys: number[]): number {
  const n = xs.length;
  let twice = 0;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    twice += xs[i] * ys[j] - xs[j] * ys[i];
  }
  return twice / 2;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(Math.max(v, lo), hi);
}

/** Signed distance from p to the capsule of segment a-b and radius r. */
export function capsuleSdf(p: Float64Array, a: Float64Array, b: Float64Array, r: number): number {
  const pax = p[0] - a[0], pay = p[1] - a[1], paz = p[2] - a[2];
  const bax = b[0] - a[0], bay = b[1] - a[1], baz = b[2] - a[2];
  const h = clamp((pax * bax + pay * bay + paz * baz) / (bax * bax + bay * bay + baz * baz), 0, 1);
  return Math.hypot(pax - bax * h, pay - bay * h, paz - baz * h) - r;
}

/** Rotate v by the unit quaternion q = (w, x, y, z) (normalised here) into out. */
export function quatRotate(q: Float64Array, v: Float64Array, out: Float64Array): void {
  const len = Math.hypot(q[0], q[1], q[2], q[3]);
  const w = q[0] / len, x = q[1] / len, y = q[2] / len, z = q[3] / len;
  // t = 2 (q_vec x v)
  const tx = 2 * (y * v[2] - z * v[1]);
  const ty = 2 * (z * v[0] - x * v[2]);
  const tz = 2 * (x * v[1] - y * v[0]);
  out[0] = v[0] + w * tx + (y * tz - z * ty);
  out[1] = v[1] + w * ty + (z * tx - x * tz);
  out[2] = v[2] + w * tz + (x * ty - y * tx);
}

/** Squared distance between q-rotated v and a target. */
export function quatAlignLoss(q: Float64Array, v: Float64Array, target: Float64Array): number {
  const r = new Float64Array(3);
  quatRotate(q, v, r);
  let s = 0;
  for (let i = 0; i < 3; i++) s += (r[i] - target[i]) ** 2;
  return s;
}

/** Total turning of a closed polyline, by atan2 of consecutive edges. */
export function turningAngle(xs: Float64Array, ys: Float64Array): number {
  const n = xs.length;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const a = (i + n - 1) % n, c = (i + 1) % n;
    const ux = xs[i] - xs[a], uy = ys[i] - ys[a];
    const vx = xs[c] - xs[i], vy = ys[c] - ys[i];
    total += Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy) ** 2;
  }
  return total;
}

/** Polygon perimeter with Math.hypot. */
export function perimeter(pts: number[]): number {
  const n = pts.length / 2;
  let per = 0;
  let px = pts[2 * n - 2], py = pts[2 * n - 1];
  for (let i = 0; i < n; i++) {
    per += Math.hypot(pts[2 * i] - px, pts[2 * i + 1] - py);
    px = pts[2 * i];
    py = pts[2 * i + 1];
  }
  return per;
}
