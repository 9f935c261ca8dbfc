// Geometry.

const DEG = Math.PI / 180;
const EARTH_R = 6371;

/** Shoelace area of a polygon given as flat [x0, y0, x1, y1, ...].
 * @domain pts [-2, 2] length 10
 */
export function polygonArea(pts: Float64Array): number {
  const n = pts.length / 2;
  let a = 0;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    a += pts[2 * i] * pts[2 * j + 1] - pts[2 * j] * pts[2 * i + 1];
  }
  return Math.abs(a) / 2;
}

/** Polygon perimeter with Math.hypot over separate xs, ys.
 * @domain xs [-2, 2] length 5
 * @domain ys [-2, 2] length 5
 */
export function polygonPerimeter(xs: number[], ys: number[]): number {
  let p = 0;
  for (let i = 0, j = xs.length - 1; i < xs.length; j = i++) p += Math.hypot(xs[i] - xs[j], ys[i] - ys[j]);
  return p;
}

/** Distance from point to segment, with early returns.
 * @domain px [-2, 2]
 * @domain py [-2, 2]
 * @domain ax [-2, 2]
 * @domain ay [-2, 2]
 * @domain bx [-2, 2]
 * @domain by [-2, 2]
 */
export function pointSegmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax, dy = by - ay;
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return Math.hypot(px - ax, py - ay);
  const t = ((px - ax) * dx + (py - ay) * dy) / len2;
  if (t <= 0) return Math.hypot(px - ax, py - ay);
  if (t >= 1) return Math.hypot(px - bx, py - by);
  return Math.abs(dx * (ay - py) - dy * (ax - px)) / Math.sqrt(len2);
}

/** Heron's triangle area.
 * @domain a (3, 4)
 * @domain b (3, 4)
 * @domain c (3, 4)
 */
export function heronArea(a: number, b: number, c: number): number {
  const s = (a + b + c) / 2;
  return Math.sqrt(s * (s - a) * (s - b) * (s - c));
}

/** Circumradius of a triangle given by vertices.
 * @domain tri [-2, 2] length 6
 */
export function circumradius(tri: Float64Array): number {
  const [x1, y1, x2, y2, x3, y3] = tri;
  const a = Math.hypot(x2 - x3, y2 - y3);
  const b = Math.hypot(x1 - x3, y1 - y3);
  const c = Math.hypot(x1 - x2, y1 - y2);
  const area2 = Math.abs((x2 - x1) * (y3 - y1) - (x3 - x1) * (y2 - y1));
  return (a * b * c) / (2 * area2);
}

/** Angle between two 3-vectors via atan2 (stable).
 * @domain u [-1, 1] length 3
 * @domain v [-1, 1] length 3
 */
export function angleBetween(u: Float64Array, v: Float64Array): number {
  const cx = u[1] * v[2] - u[2] * v[1];
  const cy = u[2] * v[0] - u[0] * v[2];
  const cz = u[0] * v[1] - u[1] * v[0];
  const dot = u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
  return Math.atan2(Math.hypot(cx, cy, cz), dot);
}

/** Rotate 2-D points by theta around (cx, cy), writing into out.
 * @domain pts [-1, 1] length 6
 * @domain theta [-3, 3]
 * @domain cx [-1, 1]
 * @domain cy [-1, 1]
 * @domain out [0, 0] length 6
 */
export function rotatePoints(pts: Float64Array, theta: number, cx: number, cy: number, out: Float64Array): void {
  const c = Math.cos(theta), s = Math.sin(theta);
  for (let i = 0; i < pts.length; i += 2) {
    const x = pts[i] - cx, y = pts[i + 1] - cy;
    out[i] = cx + c * x - s * y;
    out[i + 1] = cy + s * x + c * y;
  }
}

/** Cross product into out, returns its norm.
 * @domain a [-1, 1] length 3
 * @domain b [-1, 1] length 3
 * @domain out [0, 0] length 3
 */
export function cross(a: Float64Array, b: Float64Array, out: Float64Array): number {
  out[0] = a[1] * b[2] - a[2] * b[1];
  out[1] = a[2] * b[0] - a[0] * b[2];
  out[2] = a[0] * b[1] - a[1] * b[0];
  return Math.hypot(out[0], out[1], out[2]);
}

/** Normalize in place.
 * @domain v [-1, 1] length 4
 */
export function normalizeInPlace(v: Float64Array): void {
  let n = 0;
  for (const x of v) n += x * x;
  n = Math.sqrt(n);
  for (let i = 0; i < v.length; i++) v[i] /= n;
}

/** Rotate a vector by a quaternion q = (w, x, y, z), normalised first; returns the x of the result.
 * @domain q [-1, 1] length 4
 * @domain v [-1, 1] length 3
 */
export function quatRotateX(q: Float64Array, v: Float64Array): number {
  const n = Math.hypot(q[0], q[1], q[2], q[3]);
  const w = q[0] / n, x = q[1] / n, y = q[2] / n, z = q[3] / n;
  // t = 2 * cross(q.xyz, v)
  const tx = 2 * (y * v[2] - z * v[1]);
  const ty = 2 * (z * v[0] - x * v[2]);
  const tz = 2 * (x * v[1] - y * v[0]);
  return v[0] + w * tx + (y * tz - z * ty);
}

/** Centroid of polygon (area weighted), x-coordinate.
 * @domain pts [-2, 2] length 8
 */
export function centroidX(pts: Float64Array): number {
  const n = pts.length >> 1;
  let a = 0, cx = 0;
  for (let i = 0; i < n; i++) {
    const j = i + 1 === n ? 0 : i + 1;
    const cr = pts[2 * i] * pts[2 * j + 1] - pts[2 * j] * pts[2 * i + 1];
    a += cr;
    cx += (pts[2 * i] + pts[2 * j]) * cr;
  }
  return cx / (3 * a);
}

/** Great-circle distance (haversine), inputs in degrees.
 * @domain lat1 (-80, 80)
 * @domain lon1 (-170, 170)
 * @domain lat2 (-80, 80)
 * @domain lon2 (-170, 170)
 */
export function haversine(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const p1 = lat1 * DEG, p2 = lat2 * DEG;
  const dp = p2 - p1, dl = (lon2 - lon1) * DEG;
  const h = Math.sin(dp / 2) ** 2 + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) ** 2;
  return 2 * EARTH_R * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Sum of pairwise distances (a repulsion energy).
 * @domain pts [-1, 1] length 8
 */
export function repulsion(pts: Float64Array): number {
  let e = 0;
  const n = pts.length / 2;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      e += 1 / Math.hypot(pts[2 * i] - pts[2 * j], pts[2 * i + 1] - pts[2 * j + 1]);
    }
  }
  return e;
}

/** Signed turning angle along a polyline (sum of atan2 of cross/dot).
 * @domain xs [-2, 2] length 5
 * @domain ys [-2, 2] length 5
 */
export function totalTurning(xs: Float64Array, ys: Float64Array): number {
  let total = 0;
  for (let i = 1; i + 1 < xs.length; i++) {
    const ax = xs[i] - xs[i - 1], ay = ys[i] - ys[i - 1];
    const bx = xs[i + 1] - xs[i], by = ys[i + 1] - ys[i];
    total += Math.atan2(ax * by - ay * bx, ax * bx + ay * by);
  }
  return total;
}

/** 3x3 rotation matrix from Euler angles applied to v, writing out; returns |out - v|^2.
 * @domain angles [-3, 3] length 3
 * @domain v [-1, 1] length 3
 * @domain out [0, 0] length 3
 */
export function eulerRotate(angles: number[], v: number[], out: number[]): number {
  const [a, b, c] = angles;
  const ca = Math.cos(a), sa = Math.sin(a);
  const cb = Math.cos(b), sb = Math.sin(b);
  const cc = Math.cos(c), sc = Math.sin(c);
  const R = [
    cb * cc, -cb * sc, sb,
    sa * sb * cc + ca * sc, -sa * sb * sc + ca * cc, -sa * cb,
    -ca * sb * cc + sa * sc, ca * sb * sc + sa * cc, ca * cb,
  ];
  let d = 0;
  for (let r = 0; r < 3; r++) {
    out[r] = R[3 * r] * v[0] + R[3 * r + 1] * v[1] + R[3 * r + 2] * v[2];
    d += (out[r] - v[r]) ** 2;
  }
  return d;
}

/** Closest distance between two points of a 2-D set (min over pairs, Math.min with spread).
 * @domain pts [-2, 2] length 8
 */
export function closestPair(pts: Float64Array): number {
  const ds: number[] = [];
  for (let i = 0; i < pts.length; i += 2) {
    for (let j = i + 2; j < pts.length; j += 2) ds.push(Math.hypot(pts[i] - pts[j], pts[i + 1] - pts[j + 1]));
  }
  return Math.min(...ds);
}

/** Point-in-circle soft indicator: sigmoid of signed distance.
 * @domain px [-2, 2]
 * @domain py [-2, 2]
 * @domain r (0.5, 2)
 */
export function softInside(px: number, py: number, r: number): number {
  const d = r - Math.sqrt(px * px + py * py);
  return 1 / (1 + Math.exp(-10 * d));
}

/** Bounding box diagonal via Math.max/min over spread number[].
 * @domain xs [-2, 2] length 5
 * @domain ys [-2, 2] length 5
 */
export function bboxDiagonal(xs: number[], ys: number[]): number {
  const w = Math.max(...xs) - Math.min(...xs);
  const h = Math.max(...ys) - Math.min(...ys);
  return Math.hypot(w, h);
}

/** Polygon area computed by a class-based helper (a class with methods: expect refusal).
 * @domain pts [-2, 2] length 8
 */
export function polygonAreaClass(pts: Float64Array): number {
  const p = new Poly(pts);
  return p.area();
}

class Poly {
  constructor(private readonly pts: Float64Array) {}
  area(): number {
    let a = 0;
    const n = this.pts.length / 2;
    for (let i = 0; i < n; i++) {
      const j = (i + 1) % n;
      a += this.pts[2 * i] * this.pts[2 * j + 1] - this.pts[2 * j] * this.pts[2 * i + 1];
    }
    return 0.5 * a;
  }
}

/** Distance from a point to a plane through 3 points, object literal helper.
 * @domain p [-1, 1] length 3
 * @domain tri [-1, 1] length 9
 */
export function pointPlaneDistance(p: Float64Array, tri: Float64Array): number {
  const n = planeNormal(tri);
  const len = Math.hypot(n.x, n.y, n.z);
  return ((p[0] - tri[0]) * n.x + (p[1] - tri[1]) * n.y + (p[2] - tri[2]) * n.z) / len;
}

function planeNormal(t: Float64Array) {
  const ux = t[3] - t[0], uy = t[4] - t[1], uz = t[5] - t[2];
  const vx = t[6] - t[0], vy = t[7] - t[1], vz = t[8] - t[2];
  return { x: uy * vz - uz * vy, y: uz * vx - ux * vz, z: ux * vy - uy * vx };
}
