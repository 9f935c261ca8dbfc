// Geometry: polygons, distances, a namespace of helpers.

/** Signed area of a polygon by the shoelace formula (wrap-around index). */
export function polygonArea(xy: Float64Array): number {
  const n = xy.length / 2;
  let a = 0;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    a += xy[2 * i] * xy[2 * j + 1] - xy[2 * j] * xy[2 * i + 1];
  }
  return a / 2;
}

/** x coordinate of the polygon's centroid. */
export function polygonCentroidX(xy: Float64Array): number {
  const n = xy.length / 2;
  let a = 0, cx = 0;
  for (let i = 0; i < n; i++) {
    const j = i === n - 1 ? 0 : i + 1;
    const cross = xy[2 * i] * xy[2 * j + 1] - xy[2 * j] * xy[2 * i + 1];
    a += cross;
    cx += (xy[2 * i] + xy[2 * j]) * cross;
  }
  return cx / (3 * a);
}

/** Distance from a point to a segment, projection parameter clamped to [0, 1]. */
export function pointSegmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const abx = bx - ax, aby = by - ay;
  const t = Math.min(1, Math.max(0, ((px - ax) * abx + (py - ay) * aby) / (abx * abx + aby * aby)));
  const qx = ax + t * abx, qy = ay + t * aby;
  return Math.hypot(px - qx, py - qy);
}

/** Perimeter of a closed polyline, no hull: sum of edge lengths with the closing edge. */
export function perimeter(xy: Float64Array): number {
  const n = xy.length >> 1;
  let p = 0;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    p += Math.hypot(xy[2 * j] - xy[2 * i], xy[2 * j + 1] - xy[2 * i + 1]);
  }
  return p;
}

/** Mean radius-ratio quality of a triangle mesh (indices as an Int32Array). */
export function meshQuality(xy: Float64Array, tris: Int32Array): number {
  let q = 0;
  const m = tris.length / 3;
  for (let t = 0; t < m; t++) {
    const a = tris[3 * t], b = tris[3 * t + 1], c = tris[3 * t + 2];
    const la = Math.hypot(xy[2 * b] - xy[2 * c], xy[2 * b + 1] - xy[2 * c + 1]);
    const lb = Math.hypot(xy[2 * a] - xy[2 * c], xy[2 * a + 1] - xy[2 * c + 1]);
    const lc = Math.hypot(xy[2 * a] - xy[2 * b], xy[2 * a + 1] - xy[2 * b + 1]);
    const s = (la + lb + lc) / 2;
    const area = Math.sqrt(s * (s - la) * (s - lb) * (s - lc));
    q += (8 * area * area) / (la * lb * lc * s);
  }
  return q / m;
}

namespace Geo {
  export function dot(ax: number, ay: number, bx: number, by: number): number {
    return ax * bx + ay * by;
  }
  export function cross(ax: number, ay: number, bx: number, by: number): number {
    return ax * by - ay * bx;
  }
}

/** Angle between two vectors through namespace helpers (atan2 of cross and dot). */
export function angleBetween(ax: number, ay: number, bx: number, by: number): number {
  return Math.atan2(Geo.cross(ax, ay, bx, by), Geo.dot(ax, ay, bx, by));
}

/** Soft distance from a point to a polyline: -tau * logsumexp(-d_i / tau) over segments. */
export function softPolylineDistance(px: number, py: number, line: Float64Array, tau: number): number {
  const n = line.length / 2 - 1;
  const ds: number[] = [];
  for (let i = 0; i < n; i++) ds.push(pointSegmentDistance(px, py, line[2 * i], line[2 * i + 1], line[2 * i + 2], line[2 * i + 3]));
  const m = Math.min(...ds);
  let s = 0;
  for (const d of ds) s += Math.exp(-(d - m) / tau);
  return m - tau * Math.log(s);
}
