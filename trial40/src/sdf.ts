// Signed distance functions and polygons: primitives, smooth union, a fixed-step sphere tracer,
// and polygon area, centroid and perimeter losses over vertex arrays [x0, y0, x1, y1, ...].

const length3 = (x: number, y: number, z: number) => Math.sqrt(x * x + y * y + z * z);

/** Polynomial smooth minimum (Quilez), k the blend radius. */
function smin(a: number, b: number, k: number): number {
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - (h * h * k) / 4;
}

function sdSphere(x: number, y: number, z: number, r: number): number {
  return length3(x, y, z) - r;
}

/** Rounded box of half-extents (bx, by, bz) and corner radius rad. */
export function sdRoundBox(px: number, py: number, pz: number, bx: number, by: number, bz: number, rad: number): number {
  const qx = Math.abs(px) - bx + rad;
  const qy = Math.abs(py) - by + rad;
  const qz = Math.abs(pz) - bz + rad;
  const outside = length3(Math.max(qx, 0), Math.max(qy, 0), Math.max(qz, 0));
  const inside = Math.min(Math.max(qx, Math.max(qy, qz)), 0);
  return outside + inside - rad;
}

/** Scene: a sphere smoothly united with a rounded box below it. */
function scene(px: number, py: number, pz: number, r: number, k: number): number {
  const s = sdSphere(px, py - 0.6, pz, r);
  const b = sdRoundBox(px, py + 0.4, pz, 0.8, 0.3, 0.8, 0.1);
  return smin(s, b, k);
}

/**
 * Sphere tracing with a fixed number of steps (no early exit), from the camera at (0, 0, -3) along a
 * direction through pixel (u, v); returns the distance travelled (the depth).
 */
export function traceDepth(u: number, v: number, r: number, k: number, steps: number): number {
  const inv = 1 / length3(u, v, 1.5);
  const dx = u * inv, dy = v * inv, dz = 1.5 * inv;
  let t = 0;
  for (let s = 0; s < steps; s++) {
    const d = scene(dx * t, dy * t, -3 + dz * t, r, k);
    t += d;
  }
  return t;
}

/** Sphere tracing with an early exit once close enough, then a soft shading term from a normal by differences. */
export function traceShade(u: number, v: number, r: number, k: number, lx: number, ly: number, lz: number): number {
  const inv = 1 / length3(u, v, 1.5);
  const dx = u * inv, dy = v * inv, dz = 1.5 * inv;
  let t = 0;
  for (let s = 0; s < 64; s++) {
    const d = scene(dx * t, dy * t, -3 + dz * t, r, k);
    if (d < 1e-4) break;
    t += d;
    if (t > 20) return 0;
  }
  const px = dx * t, py = dy * t, pz = -3 + dz * t;
  const e = 1e-3;
  const nx = scene(px + e, py, pz, r, k) - scene(px - e, py, pz, r, k);
  const ny = scene(px, py + e, pz, r, k) - scene(px, py - e, pz, r, k);
  const nz = scene(px, py, pz + e, r, k) - scene(px, py, pz - e, r, k);
  const nl = length3(nx, ny, nz);
  const ll = length3(lx, ly, lz);
  return Math.max(0, (nx * lx + ny * ly + nz * lz) / (nl * ll));
}

/** Shoelace area of a closed polygon. */
export function polygonArea(p: Float64Array): number {
  const n = p.length / 2;
  let a = 0;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    a += p[2 * i] * p[2 * j + 1] - p[2 * j] * p[2 * i + 1];
  }
  return 0.5 * a;
}

/** Polygon centroid distance to a target point (cx, cy), via the area-weighted centroid formula. */
export function centroidLoss(p: number[], cx: number, cy: number): number {
  const n = p.length / 2;
  let a = 0, sx = 0, sy = 0;
  for (let i = 0; i < n; i++) {
    const j = i === n - 1 ? 0 : i + 1;
    const cross = p[2 * i] * p[2 * j + 1] - p[2 * j] * p[2 * i + 1];
    a += cross;
    sx += (p[2 * i] + p[2 * j]) * cross;
    sy += (p[2 * i + 1] + p[2 * j + 1]) * cross;
  }
  const gx = sx / (3 * a), gy = sy / (3 * a);
  return (gx - cx) ** 2 + (gy - cy) ** 2;
}

/** Isoperimetric loss: perimeter² / (4π area) − 1 plus a target-area penalty (shape optimisation). */
export function isoperimetric(p: Float64Array, targetArea: number): number {
  const n = p.length / 2;
  let per = 0;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    per += Math.hypot(p[2 * j] - p[2 * i], p[2 * j + 1] - p[2 * i + 1]);
  }
  const area = polygonArea(p);
  return (per * per) / (4 * Math.PI * area) - 1 + (area - targetArea) ** 2;
}

/** Signed distance from a point to a convex polygon (max over edge half-planes, smoothed by log-sum-exp). */
export function softPolygonSdf(p: Float64Array, qx: number, qy: number, sharp: number): number {
  const n = p.length / 2;
  let m = -Infinity;
  const d = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    const ex = p[2 * j] - p[2 * i], ey = p[2 * j + 1] - p[2 * i + 1];
    const len = Math.hypot(ex, ey);
    // outward normal of a counter-clockwise polygon is (ey, -ex) / len
    d[i] = ((qx - p[2 * i]) * ey - (qy - p[2 * i + 1]) * ex) / len;
    if (d[i] > m) m = d[i];
  }
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.exp(sharp * (d[i] - m));
  return m + Math.log(s) / sharp;
}
