// Graphics: ray-sphere, soft raster coverage, curves.

/** Distance along a ray (origin o, direction d normalised inside) to a sphere; far value if missed. */
export function raySphere(ox: number, oy: number, oz: number, dx: number, dy: number, dz: number, r: number): number {
  const n = Math.hypot(dx, dy, dz);
  const ux = dx / n, uy = dy / n, uz = dz / n;
  const b = ox * ux + oy * uy + oz * uz;
  const c = ox * ox + oy * oy + oz * oz - r * r;
  const disc = b * b - c;
  if (disc < 0) return 1e3;
  return -b - Math.sqrt(Math.max(disc, 0));
}

function sigmoid(t: number): number {
  return 1 / (1 + Math.exp(-t));
}

/**
 * Soft rasteriser coverage of a pixel by a triangle (product of edge sigmoids).
 * @domain tri [-1, 1] length 6
 */
export function softCoverage(tri: Float64Array, px: number, py: number, sharp = 20): number {
  let cov = 1;
  for (let e = 0; e < 3; e++) {
    const ax = tri[2 * e], ay = tri[2 * e + 1];
    const j = (e + 1) % 3;
    const bx = tri[2 * j], by = tri[2 * j + 1];
    const ex = bx - ax, ey = by - ay;
    const len = Math.hypot(ex, ey);
    const sd = (ex * (py - ay) - ey * (px - ax)) / len;
    cov *= sigmoid(sharp * sd);
  }
  return cov;
}

/** Cubic Bézier x-coordinate by de Casteljau with array rebinding. */
export function bezierX(ctrl: Float64Array, t: number): number {
  let pts = Array.from(ctrl);
  while (pts.length > 1) {
    const next: number[] = [];
    for (let i = 0; i + 1 < pts.length; i++) next.push((1 - t) * pts[i] + t * pts[i + 1]);
    pts = next;
  }
  return pts[0];
}

const KNOTS = [0, 0, 0, 1, 2, 3, 3, 3];

/** B-spline (degree 2) value by de Boor's recursion: Cox–de Boor basis recursion. */
function basis(i: number, p: number, u: number): number {
  if (p === 0) return KNOTS[i] <= u && u < KNOTS[i + 1] ? 1 : 0;
  const d1 = KNOTS[i + p] - KNOTS[i];
  const d2 = KNOTS[i + p + 1] - KNOTS[i + 1];
  const a = d1 > 0 ? ((u - KNOTS[i]) / d1) * basis(i, p - 1, u) : 0;
  const b = d2 > 0 ? ((KNOTS[i + p + 1] - u) / d2) * basis(i + 1, p - 1, u) : 0;
  return a + b;
}

export function bspline(c: Float64Array, u: number): number {
  let s = 0;
  for (let i = 0; i < c.length; i++) s += c[i] * basis(i, 2, u);
  return s;
}

/** Phong-ish shading intensity with a normal, light and view vector. */
export function phong(n: readonly number[], l: readonly number[], v: readonly number[], shin: number): number {
  const nn = Math.hypot(...n), nl = Math.hypot(...l);
  let ndotl = 0;
  for (let k = 0; k < 3; k++) ndotl += (n[k] / nn) * (l[k] / nl);
  const diff = Math.max(ndotl, 0);
  // reflection r = 2(n.l)n - l
  let rv = 0;
  for (let k = 0; k < 3; k++) rv += (2 * ndotl * n[k] / nn - l[k] / nl) * v[k];
  const spec = rv > 0 ? Math.pow(rv, shin) : 0;
  return 0.7 * diff + 0.3 * spec;
}

/** sRGB-ish gamma of a luminance, with a switch on a mode. */
export function tonemap(x: number, mode: number): number {
  switch (mode) {
    case 0:
      return x / (1 + x);
    case 1:
      return 1 - Math.exp(-x);
    default:
      return Math.cbrt(x) * Math.sign(x);
  }
}
