// Geometry.

/** Signed polygon area by the shoelace formula. */
export function shoelaceArea(xs: number[], ys: number[]): number {
  let a = 0;
  for (const [i, xi] of xs.entries()) {
    const j = i + 1 === xs.length ? 0 : i + 1;
    a += xi * ys[j] - xs[j] * ys[i];
  }
  return 0.5 * a;
}

/** Perimeter of a closed polygon given interleaved points. */
export function polygonPerimeter(pts: Float64Array): number {
  const n = pts.length / 2;
  let p = 0;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    p += Math.hypot(pts[2 * j] - pts[2 * i], pts[2 * j + 1] - pts[2 * i + 1]);
  }
  return p;
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax, dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Signed distance from a point to an open polyline (sign from the side of the closest segment). */
export function polylineSDF(px: number, py: number, pts: Float64Array): number {
  const n = pts.length / 2;
  let best = Infinity;
  let side = 1;
  for (let i = 0; i + 1 < n; i++) {
    const ax = pts[2 * i], ay = pts[2 * i + 1], bx = pts[2 * i + 2], by = pts[2 * i + 3];
    if (ax === bx && ay === by) continue;
    const d = segmentDistance(px, py, ax, ay, bx, by);
    if (d < best) {
      best = d;
      side = Math.sign((bx - ax) * (py - ay) - (by - ay) * (px - ax)) || 1;
    }
  }
  return side * best;
}

/** Algebraic-distance circle fit loss. */
export function circleFitLoss(cx: number, cy: number, r: number, pts: Float64Array): number {
  let s = 0;
  for (let i = 0; i < pts.length; i += 2) {
    const d = Math.hypot(pts[i] - cx, pts[i + 1] - cy) - r;
    s += d * d;
  }
  return s / (pts.length / 2);
}

/** Sum of turning angles along a polyline, by atan2 of cross and dot. */
export function turningAngle(pts: Float64Array): number {
  let total = 0;
  for (let i = 2; i + 2 < pts.length; i += 2) {
    const ux = pts[i] - pts[i - 2], uy = pts[i + 1] - pts[i - 1];
    const vx = pts[i + 2] - pts[i], vy = pts[i + 3] - pts[i + 1];
    total += Math.abs(Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy));
  }
  return total;
}

/** Centroid of a polygon (x component), using the area helper. */
export function centroidX(xs: number[], ys: number[]): number {
  const a = shoelaceArea(xs, ys);
  let cx = 0;
  const n = xs.length;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    cx += (xs[i] + xs[j]) * (xs[i] * ys[j] - xs[j] * ys[i]);
  }
  return cx / (6 * a);
}
