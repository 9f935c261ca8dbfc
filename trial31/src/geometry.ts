// Polygons (interleaved xy), smooth distances, circle fitting.

/** Signed shoelace area of a closed polygon. */
export function shoelaceArea(poly: Float64Array): number {
  const n = poly.length / 2;
  let a = 0;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    a += poly[2 * i] * poly[2 * j + 1] - poly[2 * j] * poly[2 * i + 1];
  }
  return 0.5 * a;
}

/**
 * x coordinate of the polygon's centroid.
 * @domain poly [-1, 1] length 8
 */
export function centroidX(poly: Float64Array): number {
  const n = poly.length / 2;
  let a = 0;
  let cx = 0;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    const [xi, yi, xj, yj] = [poly[2 * i], poly[2 * i + 1], poly[2 * j], poly[2 * j + 1]];
    const cross = xi * yj - xj * yi;
    a += cross;
    cx += (xi + xj) * cross;
  }
  return cx / (3 * a);
}

/** Perimeter as the sum of edge lengths, each with Math.hypot. */
export function perimeter(poly: number[]): number {
  const pts: [number, number][] = [];
  for (let i = 0; i < poly.length; i += 2) pts.push([poly[i], poly[i + 1]]);
  let p = 0;
  let prev = pts[pts.length - 1];
  for (const q of pts) {
    p += Math.hypot(q[0] - prev[0], q[1] - prev[1]);
    prev = q;
  }
  return p;
}

/** Smoothed distance from a point to a segment: the clamp of the projection, then sqrt(d² + eps²). */
export function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number, eps = 1e-3): number {
  const abx = bx - ax;
  const aby = by - ay;
  const t = Math.min(1, Math.max(0, ((px - ax) * abx + (py - ay) * aby) / (abx * abx + aby * aby)));
  const dx = px - (ax + t * abx);
  const dy = py - (ay + t * aby);
  return Math.sqrt(dx * dx + dy * dy + eps * eps);
}

/** Soft-min distance from a point to a polyline (log-sum-exp of negative distances). */
export function softPolylineDistance(px: number, py: number, line: Float64Array, k = 20): number {
  const segs = line.length / 2 - 1;
  const ds: number[] = [];
  for (let s = 0; s < segs; s++) ds.push(segmentDistance(px, py, line[2 * s], line[2 * s + 1], line[2 * s + 2], line[2 * s + 3]));
  const dmin = Math.min(...ds);
  let z = 0;
  for (const d of ds) z += Math.exp(-k * (d - dmin));
  return dmin - Math.log(z) / k;
}

/** Algebraic (Kasa) circle fit residual for centre (cx, cy) and radius r. */
export function circleFitLoss(cx: number, cy: number, r: number, pts: Float64Array): number {
  let loss = 0;
  for (let i = 0; i < pts.length; i += 2) {
    const d = Math.hypot(pts[i] - cx, pts[i + 1] - cy) - r;
    loss += d * d;
  }
  return loss / (pts.length / 2);
}

/** Isoperimetric quotient 4πA / P² of a polygon (1 for a circle). */
export function compactness(poly: Float64Array): number {
  const area = Math.abs(shoelaceArea(poly));
  const n = poly.length / 2;
  let per = 0;
  for (let i = 0; i < n; i++) {
    const j = i + 1 < n ? i + 1 : 0;
    per += Math.hypot(poly[2 * j] - poly[2 * i], poly[2 * j + 1] - poly[2 * i + 1]);
  }
  return (4 * Math.PI * area) / (per * per);
}

/** Signed distance to a convex polygon (counter-clockwise): max over edges of the outward offset. */
export function convexSdf(px: number, py: number, poly: Float64Array): number {
  const n = poly.length / 2;
  let d = -Infinity;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    const ex = poly[2 * j] - poly[2 * i];
    const ey = poly[2 * j + 1] - poly[2 * i + 1];
    const len = Math.hypot(ex, ey);
    // outward normal of a CCW edge is (ey, -ex)
    const off = ((px - poly[2 * i]) * ey - (py - poly[2 * i + 1]) * ex) / len;
    d = Math.max(d, off);
  }
  return d;
}
