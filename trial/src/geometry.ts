// Geometry on flat coordinate arrays [x0, y0, x1, y1, ...].

/** Shoelace area (signed). */
export function polygonArea(p: Float64Array): number {
  const n = p.length / 2;
  let a = 0;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    a += p[2 * i] * p[2 * j + 1] - p[2 * j] * p[2 * i + 1];
  }
  return a / 2;
}

export function polygonPerimeter(p: number[]): number {
  const n = p.length / 2;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const j = i === n - 1 ? 0 : i + 1;
    s += Math.hypot(p[2 * j] - p[2 * i], p[2 * j + 1] - p[2 * i + 1]);
  }
  return s;
}

/** Isoperimetric quotient 4πA/P², a shape regulariser. */
export function isoperimetric(p: Float64Array): number {
  const A = Math.abs(polygonArea(p));
  const P = polygonPerimeter(Array.from(p));
  return (4 * Math.PI * A) / (P * P);
}

/** Distance from a point to a segment, with the clamp as branches. */
export function pointSegmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  let t = ((px - ax) * dx + (py - ay) * dy) / len2;
  if (t < 0) t = 0;
  else if (t > 1) t = 1;
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Distance from a point to a polyline: minimum over segments. */
export function pointPolylineDistance(px: number, py: number, line: Float64Array): number {
  let best = Infinity;
  for (let i = 0; i + 3 < line.length; i += 2) {
    const d = pointSegmentDistance(px, py, line[i], line[i + 1], line[i + 2], line[i + 3]);
    best = Math.min(best, d);
  }
  return best;
}

/** Rotate points by theta about their centroid, write into out. */
export function rotateAboutCentroid(p: Float64Array, theta: number, out: Float64Array): void {
  const n = p.length / 2;
  let cx = 0, cy = 0;
  for (let i = 0; i < n; i++) {
    cx += p[2 * i];
    cy += p[2 * i + 1];
  }
  cx /= n;
  cy /= n;
  const c = Math.cos(theta), s = Math.sin(theta);
  for (let i = 0; i < n; i++) {
    const x = p[2 * i] - cx;
    const y = p[2 * i + 1] - cy;
    out[2 * i] = cx + c * x - s * y;
    out[2 * i + 1] = cy + s * x + c * y;
  }
}

/** Procrustes-like alignment error after rotating a by theta and translating. */
export function alignError(a: Float64Array, b: Float64Array, theta: number, tx: number, ty: number): number {
  const c = Math.cos(theta), s = Math.sin(theta);
  let e = 0;
  for (let i = 0; i < a.length; i += 2) {
    const x = c * a[i] - s * a[i + 1] + tx - b[i];
    const y = s * a[i] + c * a[i + 1] + ty - b[i + 1];
    e += x * x + y * y;
  }
  return e;
}

/** Quaternion rotation of a 3-vector; returns a component combination. */
export function quatRotate(qw: number, qx: number, qy: number, qz: number, v: Float64Array): number {
  const n = Math.hypot(qw, qx, qy, qz);
  const w = qw / n, x = qx / n, y = qy / n, z = qz / n;
  // t = 2 q × v
  const tx = 2 * (y * v[2] - z * v[1]);
  const ty = 2 * (z * v[0] - x * v[2]);
  const tz = 2 * (x * v[1] - y * v[0]);
  const rx = v[0] + w * tx + (y * tz - z * ty);
  const ry = v[1] + w * ty + (z * tx - x * tz);
  const rz = v[2] + w * tz + (x * ty - y * tx);
  return rx + 2 * ry - rz;
}

/** Triangle's smallest interior angle (atan2 of cross and dot), a mesh-quality measure. */
export function minTriangleAngle(t: Float64Array): number {
  let best = Math.PI;
  for (let k = 0; k < 3; k++) {
    const i = k, j = (k + 1) % 3, l = (k + 2) % 3;
    const ux = t[2 * j] - t[2 * i], uy = t[2 * j + 1] - t[2 * i + 1];
    const vx = t[2 * l] - t[2 * i], vy = t[2 * l + 1] - t[2 * i + 1];
    const ang = Math.abs(Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy));
    if (ang < best) best = ang;
  }
  return best;
}

/** Soft chamfer distance between two point sets. */
export function softChamfer(a: Float64Array, b: Float64Array, tau: number): number {
  let total = 0;
  for (let i = 0; i < a.length; i += 2) {
    let z = 0;
    for (let j = 0; j < b.length; j += 2) {
      const d2 = (a[i] - b[j]) ** 2 + (a[i + 1] - b[j + 1]) ** 2;
      z += Math.exp(-d2 / tau);
    }
    total += -tau * Math.log(z);
  }
  return total;
}

/** Signed distance to a rounded box. */
export function roundedBoxSDF(px: number, py: number, hx: number, hy: number, r: number): number {
  const qx = Math.abs(px) - hx + r;
  const qy = Math.abs(py) - hy + r;
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  const inside = Math.min(Math.max(qx, qy), 0);
  return outside + inside - r;
}

/** Circle through three points: its radius. */
export function circumradius(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const a = Math.hypot(bx - cx, by - cy);
  const b = Math.hypot(ax - cx, ay - cy);
  const c = Math.hypot(ax - bx, ay - by);
  const area2 = Math.abs((bx - ax) * (cy - ay) - (cx - ax) * (by - ay));
  return (a * b * c) / (2 * area2);
}

/** Winding-number style angle sum of a closed polyline around the origin. */
export function windingAngle(p: Float64Array): number {
  const n = p.length / 2;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    s += Math.atan2(p[2 * i] * p[2 * j + 1] - p[2 * i + 1] * p[2 * j], p[2 * i] * p[2 * j] + p[2 * i + 1] * p[2 * j + 1]);
  }
  return s;
}
