// Rays, splines, shading and signed distances.

/** Distance along a ray (unit-ish direction) to a sphere; 100 when it misses. */
export function raySphereT(ox: number, oy: number, oz: number, dx: number, dy: number, dz: number, cx: number, cy: number, cz: number, r: number): number {
  const lx = ox - cx, ly = oy - cy, lz = oz - cz;
  const a = dx * dx + dy * dy + dz * dz;
  const b = 2 * (dx * lx + dy * ly + dz * lz);
  const c = lx * lx + ly * ly + lz * lz - r * r;
  const disc = b * b - 4 * a * c;
  if (disc < 0) return 100;
  const sq = Math.sqrt(disc);
  const t0 = (-b - sq) / (2 * a);
  if (t0 > 0) return t0;
  const t1 = (-b + sq) / (2 * a);
  return t1 > 0 ? t1 : 100;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function edge(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  // signed distance of p to the line a→b, positive on the left
  const ex = bx - ax, ey = by - ay;
  return (ex * (py - ay) - ey * (px - ax)) / Math.hypot(ex, ey);
}

/** Soft rasteriser coverage of pixel p by a counter-clockwise triangle. */
export function softCoverage(px: number, py: number, tri: Float64Array, sigma: number): number {
  const d0 = edge(px, py, tri[0], tri[1], tri[2], tri[3]);
  const d1 = edge(px, py, tri[2], tri[3], tri[4], tri[5]);
  const d2 = edge(px, py, tri[4], tri[5], tri[0], tri[1]);
  return sigmoid(d0 / sigma) * sigmoid(d1 / sigma) * sigmoid(d2 / sigma);
}

/** A soft-rasterised triangle's image over a w×h grid, summed against a target. */
export function softRasterLoss(tri: Float64Array, target: Float64Array, w: number, h: number, sigma = 0.5): number {
  let loss = 0;
  for (let j = 0; j < h; j++) {
    for (let i = 0; i < w; i++) {
      const c = softCoverage(i + 0.5, j + 0.5, tri, sigma);
      const d = c - target[j * w + i];
      loss += d * d;
    }
  }
  return loss;
}

/** Cubic Bézier, de Casteljau, one coordinate. */
export function bezier3(t: number, p0: number, p1: number, p2: number, p3: number): number {
  const a = p0 + t * (p1 - p0);
  const b = p1 + t * (p2 - p1);
  const c = p2 + t * (p3 - p2);
  const d = a + t * (b - a);
  const e = b + t * (c - b);
  return d + t * (e - d);
}

/** Arc length of a 2D cubic Bézier (ctrl = x0,y0,…,x3,y3) by a polyline of n pieces. */
export function bezierArcLength(ctrl: Float64Array, n = 16): number {
  let len = 0;
  let px = ctrl[0], py = ctrl[1];
  for (let k = 1; k <= n; k++) {
    const t = k / n;
    const x = bezier3(t, ctrl[0], ctrl[2], ctrl[4], ctrl[6]);
    const y = bezier3(t, ctrl[1], ctrl[3], ctrl[5], ctrl[7]);
    len += Math.hypot(x - px, y - py);
    px = x;
    py = y;
  }
  return len;
}

/** Bernstein polynomial by its recursion. */
function bernstein(i: number, n: number, t: number): number {
  if (i < 0 || i > n) return 0;
  if (n === 0) return 1;
  return (1 - t) * bernstein(i, n - 1, t) + t * bernstein(i - 1, n - 1, t);
}

/** Bézier curve of any degree through the recursive Bernstein basis. */
export function bezierBernstein(ctrl: Float64Array, t: number): number {
  const n = ctrl.length - 1;
  let s = 0;
  for (let i = 0; i <= n; i++) s += ctrl[i] * bernstein(i, n, t);
  return s;
}

/** B-spline value at x by de Boor's algorithm; knot span k found by search. */
export function deBoor(x: number, knots: Float64Array, ctrl: Float64Array, p = 3): number {
  let k = p;
  while (k < ctrl.length - 1 && !(x < knots[k + 1])) k++;
  const d = new Float64Array(p + 1);
  for (let j = 0; j <= p; j++) d[j] = ctrl[j + k - p];
  for (let r = 1; r <= p; r++) {
    for (let j = p; j >= r; j--) {
      const i = j + k - p;
      const alpha = (x - knots[i]) / (knots[i + 1 + p - r] - knots[i]);
      d[j] = (1 - alpha) * d[j - 1] + alpha * d[j];
    }
  }
  return d[p];
}

// a scratch buffer reused across calls, as one writes to avoid allocation
const scratch = new Float64Array(8);

/** de Boor with a module-level scratch buffer. */
export function deBoorScratch(x: number, knots: Float64Array, ctrl: Float64Array): number {
  const p = 3;
  let k = p;
  while (k < ctrl.length - 1 && !(x < knots[k + 1])) k++;
  for (let j = 0; j <= p; j++) scratch[j] = ctrl[j + k - p];
  for (let r = 1; r <= p; r++) {
    for (let j = p; j >= r; j--) {
      const i = j + k - p;
      const alpha = (x - knots[i]) / (knots[i + 1 + p - r] - knots[i]);
      scratch[j] = (1 - alpha) * scratch[j - 1] + alpha * scratch[j];
    }
  }
  return scratch[p];
}

/** Blinn–Phong intensity with normalised vectors. */
export function blinnPhong(nx: number, ny: number, nz: number, lx: number, ly: number, lz: number, shininess: number): number {
  const nn = Math.hypot(nx, ny, nz), ln = Math.hypot(lx, ly, lz);
  const ux = nx / nn, uy = ny / nn, uz = nz / nn;
  const vx = lx / ln, vy = ly / ln, vz = lz / ln;
  // half vector with the viewer on +z
  let hx = vx, hy = vy, hz = vz + 1;
  const hn = Math.hypot(hx, hy, hz);
  hx /= hn; hy /= hn; hz /= hn;
  const diffuse = Math.max(0, ux * vx + uy * vy + uz * vz);
  const spec = Math.pow(Math.max(0, ux * hx + uy * hy + uz * hz), shininess);
  return 0.7 * diffuse + 0.3 * spec;
}

/** GLSL smoothstep. */
export function smoothstep(e0: number, e1: number, x: number): number {
  const t = Math.min(Math.max((x - e0) / (e1 - e0), 0), 1);
  return t * t * (3 - 2 * t);
}

/** Signed distance to a rounded box centred at the origin. */
export function sdRoundBox(px: number, py: number, bx: number, by: number, r: number): number {
  const qx = Math.abs(px) - bx + r;
  const qy = Math.abs(py) - by + r;
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  const inside = Math.min(Math.max(qx, qy), 0);
  return outside + inside - r;
}

/** Polynomial smooth minimum of two distances (iq's smin). */
export function smoothUnion(a: number, b: number, k: number): number {
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - h * h * k * 0.25;
}

function srgbToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
}

/** Relative luminance of an sRGB colour. */
export function luminance(r: number, g: number, b: number): number {
  return 0.2126 * srgbToLinear(r) + 0.7152 * srgbToLinear(g) + 0.0722 * srgbToLinear(b);
}

/** Schlick's Fresnel reflectance. */
export function fresnelSchlick(cosTheta: number, n1: number, n2: number): number {
  let r0 = (n1 - n2) / (n1 + n2);
  r0 *= r0;
  return r0 + (1 - r0) * Math.pow(1 - cosTheta, 5);
}

/** Centripetal Catmull–Rom between p1 and p2 (1D points, knot spacing from |Δp|^alpha). */
export function catmullRom(p0: number, p1: number, p2: number, p3: number, t: number, alpha = 0.5): number {
  const t0 = 0;
  const t1 = t0 + Math.pow(Math.abs(p1 - p0) + 1e-3, alpha);
  const t2 = t1 + Math.pow(Math.abs(p2 - p1) + 1e-3, alpha);
  const t3 = t2 + Math.pow(Math.abs(p3 - p2) + 1e-3, alpha);
  const u = t1 + t * (t2 - t1);
  const a1 = ((t1 - u) * p0 + (u - t0) * p1) / (t1 - t0);
  const a2 = ((t2 - u) * p1 + (u - t1) * p2) / (t2 - t1);
  const a3 = ((t3 - u) * p2 + (u - t2) * p3) / (t3 - t2);
  const b1 = ((t2 - u) * a1 + (u - t0) * a2) / (t2 - t0);
  const b2 = ((t3 - u) * a2 + (u - t1) * a3) / (t3 - t1);
  return ((t2 - u) * b1 + (u - t1) * b2) / (t2 - t1);
}

/** Splat an isotropic Gaussian into a w×h image (writes out). */
export function splatGaussian(out: Float64Array, w: number, h: number, cx: number, cy: number, s: number, amp: number): void {
  const inv = 1 / (2 * s * s);
  for (let j = 0; j < h; j++) {
    for (let i = 0; i < w; i++) {
      const dx = i - cx, dy = j - cy;
      out[j * w + i] = amp * Math.exp(-(dx * dx + dy * dy) * inv);
    }
  }
}

/** Barycentric interpolation of vertex values at p. */
export function barycentricValue(px: number, py: number, tri: Float64Array, vals: Float64Array): number {
  const [ax, ay, bx, by, cx, cy] = tri;
  const den = (by - cy) * (ax - cx) + (cx - bx) * (ay - cy);
  const l1 = ((by - cy) * (px - cx) + (cx - bx) * (py - cy)) / den;
  const l2 = ((cy - ay) * (px - cx) + (ax - cx) * (py - cy)) / den;
  const l3 = 1 - l1 - l2;
  return l1 * vals[0] + l2 * vals[1] + l3 * vals[2];
}
