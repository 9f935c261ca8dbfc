// Geometry: polygon area, signed distance functions with min/max, smooth-min, segment distance.

type P = { x: number; y: number };

/** Shoelace area of a polygon with vertices (x,y) interleaved. */
export function polygonArea(v: Float64Array): number {
  const n = v.length / 2;
  let a = 0;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    a += v[2 * i] * v[2 * j + 1] - v[2 * j] * v[2 * i + 1];
  }
  return Math.abs(a) / 2;
}

/** Perimeter with Math.hypot and the closing edge. */
export function polygonPerimeter(xs: number[], ys: number[]): number {
  let p = 0;
  let px = xs[xs.length - 1];
  let py = ys[ys.length - 1];
  for (const [i, x] of xs.entries()) {
    p += Math.hypot(x - px, ys[i] - py);
    px = x;
    py = ys[i];
  }
  return p;
}

function sdCircle(px: number, py: number, c: P, r: number): number {
  return Math.hypot(px - c.x, py - c.y) - r;
}

function sdBox(px: number, py: number, hx: number, hy: number): number {
  const dx = Math.abs(px) - hx;
  const dy = Math.abs(py) - hy;
  const ox = Math.max(dx, 0);
  const oy = Math.max(dy, 0);
  return Math.hypot(ox, oy) + Math.min(Math.max(dx, dy), 0);
}

function smin(a: number, b: number, k: number): number {
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - (h * h * k) / 4;
}

/** A scene: circle smooth-unioned with a box, minus a small circle (max(-d)). */
export function sceneSdf(px: number, py: number, r: number, hx: number, hy: number, k = 0.3): number {
  const c = sdCircle(px, py, { x: 0.5, y: 0.2 }, r);
  const b = sdBox(px, py, hx, hy);
  const u = smin(c, b, k);
  const hole = sdCircle(px, py, { x: -0.4, y: 0 }, 0.15);
  return Math.max(u, -hole);
}

/** Distance from point to segment, with a clamp. */
export function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const abx = bx - ax;
  const aby = by - ay;
  const t = Math.min(1, Math.max(0, ((px - ax) * abx + (py - ay) * aby) / (abx * abx + aby * aby)));
  return Math.hypot(px - (ax + t * abx), py - (ay + t * aby));
}

/** Soft-min distance from a point to a polyline (log-sum-exp smooth minimum of segment distances). */
export function softPolylineDistance(px: number, py: number, pts: Float64Array, tau = 0.05): number {
  const n = pts.length / 2;
  const ds: number[] = [];
  for (let i = 0; i + 1 < n; i++) ds.push(segmentDistance(px, py, pts[2 * i], pts[2 * i + 1], pts[2 * i + 2], pts[2 * i + 3]));
  const m = Math.min(...ds);
  let s = 0;
  for (const d of ds) s += Math.exp(-(d - m) / tau);
  return m - tau * Math.log(s);
}

/** Triangle area and circumradius ratio (a quality measure) with tuples. */
export function triangleQuality(a: [number, number], b: [number, number], c: [number, number]): number {
  const [ax, ay] = a;
  const [bx, by] = b;
  const [cx, cy] = c;
  const la = Math.hypot(bx - cx, by - cy);
  const lb = Math.hypot(ax - cx, ay - cy);
  const lc = Math.hypot(ax - bx, ay - by);
  const area = 0.5 * Math.abs((bx - ax) * (cy - ay) - (cx - ax) * (by - ay));
  return (4 * Math.sqrt(3) * area) / (la * la + lb * lb + lc * lc);
}

/** Rotate points by an angle and translate, writing into out (x,y interleaved). */
export function transformPoints(pts: Float64Array, angle: number, tx: number, ty: number, out: Float64Array): void {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  for (let i = 0; i < pts.length; i += 2) {
    const x = pts[i];
    const y = pts[i + 1];
    out[i] = c * x - s * y + tx;
    out[i + 1] = s * x + c * y + ty;
  }
}

/** Centroid of a polygon as a 2-vector written to out.
 * @domain v [-1, 1] length 8
 * @domain out [0, 0] length 2
 */
export function polygonCentroid(v: Float64Array, out: Float64Array): number {
  const n = v.length / 2;
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < n; i++) {
    const j = i === n - 1 ? 0 : i + 1;
    const cr = v[2 * i] * v[2 * j + 1] - v[2 * j] * v[2 * i + 1];
    a += cr;
    cx += (v[2 * i] + v[2 * j]) * cr;
    cy += (v[2 * i + 1] + v[2 * j + 1]) * cr;
  }
  a *= 0.5;
  out[0] = cx / (6 * a);
  out[1] = cy / (6 * a);
  return a;
}
