// Computer graphics: shading, interpolation, curves and signed distances.

function normalize3(x: number, y: number, z: number): [number, number, number] {
  const len = Math.hypot(x, y, z);
  return [x / len, y / len, z / len];
}

/** Blinn-Phong shading of one point, squared error against an observed intensity. */
export function blinnPhongLoss(nx: number, ny: number, nz: number, kd: number, ks: number, shininess: number, observed: number): number {
  const [lx, ly, lz] = normalize3(0.3, 0.8, 0.5);
  const [vx, vy, vz] = normalize3(0, 0, 1);
  const [ux, uy, uz] = normalize3(nx, ny, nz);
  const [hx, hy, hz] = normalize3(lx + vx, ly + vy, lz + vz);
  const diffuse = Math.max(0, ux * lx + uy * ly + uz * lz);
  const spec = Math.pow(Math.max(0, ux * hx + uy * hy + uz * hz), shininess);
  const shade = kd * diffuse + ks * spec;
  return (shade - observed) ** 2;
}

/** Barycentric interpolation of vertex colours at a point inside a triangle. */
export function barycentricColor(tri: Float64Array, colors: Float64Array, px: number, py: number): number {
  const [ax, ay, bx, by, cx, cy] = tri;
  const det = (by - cy) * (ax - cx) + (cx - bx) * (ay - cy);
  const l1 = ((by - cy) * (px - cx) + (cx - bx) * (py - cy)) / det;
  const l2 = ((cy - ay) * (px - cx) + (ax - cx) * (py - cy)) / det;
  const l3 = 1 - l1 - l2;
  return l1 * colors[0] + l2 * colors[1] + l3 * colors[2];
}

/** Bilinear texture sample of a w×h texel grid (clamped at the edges). */
export function bilinearSample(tex: Float64Array, w: number, h: number, u: number, v: number): number {
  const x = Math.min(Math.max(u * (w - 1), 0), w - 1.000001);
  const y = Math.min(Math.max(v * (h - 1), 0), h - 1.000001);
  const i = Math.floor(x);
  const j = Math.floor(y);
  const fx = x - i;
  const fy = y - j;
  const t00 = tex[j * w + i];
  const t10 = tex[j * w + i + 1];
  const t01 = tex[(j + 1) * w + i];
  const t11 = tex[(j + 1) * w + i + 1];
  return (t00 * (1 - fx) + t10 * fx) * (1 - fy) + (t01 * (1 - fx) + t11 * fx) * fy;
}

/** Length of a cubic Bezier curve by fixed subdivision into chords. */
export function bezierLength(ctrl: Float64Array, segments: number): number {
  let len = 0;
  let px = ctrl[0], py = ctrl[1];
  for (let s = 1; s <= segments; s++) {
    const t = s / segments;
    const mt = 1 - t;
    const b0 = mt * mt * mt, b1 = 3 * mt * mt * t, b2 = 3 * mt * t * t, b3 = t * t * t;
    const x = b0 * ctrl[0] + b1 * ctrl[2] + b2 * ctrl[4] + b3 * ctrl[6];
    const y = b0 * ctrl[1] + b1 * ctrl[3] + b2 * ctrl[5] + b3 * ctrl[7];
    len += Math.hypot(x - px, y - py);
    px = x;
    py = y;
  }
  return len;
}

/** Closed Catmull-Rom path through points (wrap-around indices), length by subdivision. */
export function catmullRomLength(pts: Float64Array, tension: number, sub: number): number {
  const n = pts.length / 2;
  let len = 0;
  for (let k = 0; k < n; k++) {
    const i0 = (k - 1 + n) % n, i1 = k, i2 = (k + 1) % n, i3 = (k + 2) % n;
    let prevX = pts[2 * i1], prevY = pts[2 * i1 + 1];
    for (let s = 1; s <= sub; s++) {
      const t = s / sub, t2 = t * t, t3 = t2 * t;
      const h1 = 2 * t3 - 3 * t2 + 1, h2 = -2 * t3 + 3 * t2, h3 = t3 - 2 * t2 + t, h4 = t3 - t2;
      const m1x = tension * (pts[2 * i2] - pts[2 * i0]), m1y = tension * (pts[2 * i2 + 1] - pts[2 * i0 + 1]);
      const m2x = tension * (pts[2 * i3] - pts[2 * i1]), m2y = tension * (pts[2 * i3 + 1] - pts[2 * i1 + 1]);
      const x = h1 * pts[2 * i1] + h2 * pts[2 * i2] + h3 * m1x + h4 * m2x;
      const y = h1 * pts[2 * i1 + 1] + h2 * pts[2 * i2 + 1] + h3 * m1y + h4 * m2y;
      len += Math.sqrt((x - prevX) ** 2 + (y - prevY) ** 2);
      prevX = x;
      prevY = y;
    }
  }
  return len;
}

const smin = (a: number, b: number, k: number): number => {
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - (h * h * k) / 4;
};

/** SDF of a sphere smoothly unioned with a box, then cut by a plane (max); sum of squares over probe points. */
export function sdfSceneLoss(radius: number, boxHalf: number, blend: number, probes: Float64Array): number {
  let loss = 0;
  for (let p = 0; p < probes.length; p += 3) {
    const x = probes[p], y = probes[p + 1], z = probes[p + 2];
    const sphere = Math.hypot(x - 0.5, y, z) - radius;
    const qx = Math.abs(x + 0.5) - boxHalf, qy = Math.abs(y) - boxHalf, qz = Math.abs(z) - boxHalf;
    const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0), Math.max(qz, 0));
    const inside = Math.min(Math.max(qx, Math.max(qy, qz)), 0);
    const box = outside + inside;
    const d = Math.max(smin(sphere, box, blend), -z - 1);
    loss += d * d;
  }
  return loss;
}
