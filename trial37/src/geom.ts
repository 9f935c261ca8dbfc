// Plane geometry: polygon area, distances to polylines, Bezier curves by recursion and by a loop, Catmull-Rom length.
import { clamp, logSumExp, sqDist2 } from './util.js';

/** shoelace area of a polygon given as x0, y0, x1, y1, ... */
export function polygonArea(xy: Float64Array): number {
  const n = xy.length / 2;
  let a = 0;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    a += xy[2 * i] * xy[2 * j + 1] - xy[2 * j] * xy[2 * i + 1];
  }
  return 0.5 * Math.abs(a);
}

/** the same, functional: pairs from an array of numbers, reduce over indices */
export function polygonAreaPairs(pts: number[]): number {
  const n = pts.length / 2;
  const xs = Array.from({ length: n }, (_, i) => pts[2 * i]);
  const ys = Array.from({ length: n }, (_, i) => pts[2 * i + 1]);
  const twice = xs.reduce((acc, x, i) => acc + x * ys[(i + 1) % n] - xs[(i + 1) % n] * ys[i], 0);
  return Math.abs(twice) / 2;
}

function segDist(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const abx = bx - ax, aby = by - ay;
  const t = clamp(((px - ax) * abx + (py - ay) * aby) / (abx * abx + aby * aby), 0, 1);
  return Math.sqrt(sqDist2(px, py, ax + t * abx, ay + t * aby));
}

/** exact distance from a point to a polyline (min over segments) */
export function distToPolyline(px: number, py: number, poly: Float64Array): number {
  let best = Infinity;
  for (let i = 0; i + 3 < poly.length; i += 2) {
    best = Math.min(best, segDist(px, py, poly[i], poly[i + 1], poly[i + 2], poly[i + 3]));
  }
  return best;
}

/** soft-min distance (-1/beta log sum exp(-beta d_i)) */
export function softDistToPolyline(px: number, py: number, poly: Float64Array, beta: number): number {
  const m = poly.length / 2 - 1;
  const negs = new Float64Array(m);
  for (let s = 0; s < m; s++) negs[s] = -beta * segDist(px, py, poly[2 * s], poly[2 * s + 1], poly[2 * s + 2], poly[2 * s + 3]);
  return -logSumExp(negs) / beta;
}

/** signed distance to a closed polygon: negative inside (crossing-number parity) */
export function signedDistPolygon(px: number, py: number, poly: Float64Array): number {
  const n = poly.length / 2;
  let d = Infinity;
  let inside = false;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = poly[2 * i], yi = poly[2 * i + 1], xj = poly[2 * j], yj = poly[2 * j + 1];
    d = Math.min(d, segDist(px, py, xj, yj, xi, yi));
    if ((yi > py) !== (yj > py) && px < (xj - xi) * (py - yi) / (yj - yi) + xi) inside = !inside;
  }
  return inside ? -d : d;
}

function casteljauRec(ctrl: number[], t: number): number {
  if (ctrl.length === 1) return ctrl[0];
  const next: number[] = [];
  for (let i = 0; i + 1 < ctrl.length; i++) next.push((1 - t) * ctrl[i] + t * ctrl[i + 1]);
  return casteljauRec(next, t);
}

/** a 1-D Bezier curve at t by de Casteljau's recursion */
export function bezierRec(ctrl: number[], t: number): number {
  return casteljauRec(ctrl, t);
}

/** its loop twin, in place in a scratch buffer */
export function bezierLoop(ctrl: number[], t: number): number {
  const b = Float64Array.from(ctrl);
  for (let r = b.length - 1; r > 0; r--) {
    for (let i = 0; i < r; i++) b[i] = (1 - t) * b[i] + t * b[i + 1];
  }
  return b[0];
}

/** arc length of a centripetal-free (uniform) Catmull-Rom spline through points, by sampling */
export function catmullRomLength(pts: Float64Array, samplesPerSeg: number): number {
  const n = pts.length / 2;
  let len = 0;
  let px = pts[2], py = pts[3];
  for (let seg = 1; seg + 2 < n; seg++) {
    const i0 = seg - 1, i1 = seg, i2 = seg + 1, i3 = seg + 2;
    for (let s = 1; s <= samplesPerSeg; s++) {
      const t = s / samplesPerSeg, t2 = t * t, t3 = t2 * t;
      const w0 = -0.5 * t3 + t2 - 0.5 * t, w1 = 1.5 * t3 - 2.5 * t2 + 1;
      const w2 = -1.5 * t3 + 2 * t2 + 0.5 * t, w3 = 0.5 * t3 - 0.5 * t2;
      const x = w0 * pts[2 * i0] + w1 * pts[2 * i1] + w2 * pts[2 * i2] + w3 * pts[2 * i3];
      const y = w0 * pts[2 * i0 + 1] + w1 * pts[2 * i1 + 1] + w2 * pts[2 * i2 + 1] + w3 * pts[2 * i3 + 1];
      len += Math.hypot(x - px, y - py);
      px = x; py = y;
    }
  }
  return len;
}

/** binary-tree (pairwise) sum of squares by recursion over halves */
function pairwise(xs: Float64Array, lo: number, hi: number): number {
  if (hi - lo === 1) return xs[lo] * xs[lo];
  const mid = (lo + hi) >> 1;
  return pairwise(xs, lo, mid) + pairwise(xs, mid, hi);
}

export function pairwiseSumSq(xs: Float64Array): number {
  return xs.length === 0 ? 0 : pairwise(xs, 0, xs.length);
}

/** the perimeter of a polygon with for...of over entries() and spread points */
export function perimeter(xy: Float64Array): number {
  const n = xy.length / 2;
  let per = 0;
  const idx = Array.from({ length: n }, (_, k) => k);
  for (const [i] of idx.entries()) {
    const j = (i + 1) % n;
    per += Math.hypot(xy[2 * j] - xy[2 * i], xy[2 * j + 1] - xy[2 * i + 1]);
  }
  return per;
}
