// Curves by recursive subdivision: de Casteljau, adaptive Bézier arc length, an adaptive polyline fit of a curve,
// Koch perimeter, divide-and-conquer pair energies, a recursive Chaikin smoothing length.

// de Casteljau on one coordinate, recursively on the number of control points
function casteljau(ctrl: number[], t: number): number {
  if (ctrl.length === 1) return ctrl[0];
  const next: number[] = [];
  for (let i = 0; i + 1 < ctrl.length; i++) next.push((1 - t) * ctrl[i] + t * ctrl[i + 1]);
  return casteljau(next, t);
}

// a Bézier curve of any degree through data points at given parameters (x and y control points interleaved)
export function bezierFitLoss(ctrl: Float64Array, ts: Float64Array, px: Float64Array, py: Float64Array): number {
  const cx: number[] = [], cy: number[] = [];
  for (let i = 0; i < ctrl.length; i += 2) {
    cx.push(ctrl[i]);
    cy.push(ctrl[i + 1]);
  }
  let loss = 0;
  ts.forEach((t, k) => {
    loss += (casteljau(cx, t) - px[k]) ** 2 + (casteljau(cy, t) - py[k]) ** 2;
  });
  return loss;
}

function cubicLength(x0: number, y0: number, x1: number, y1: number, x2: number, y2: number, x3: number, y3: number, tol: number, depth: number): number {
  const chord = Math.hypot(x3 - x0, y3 - y0);
  const poly = Math.hypot(x1 - x0, y1 - y0) + Math.hypot(x2 - x1, y2 - y1) + Math.hypot(x3 - x2, y3 - y2);
  if (depth === 0 || poly - chord < tol) return (2 * chord + poly) / 3;
  // split at t = 1/2
  const ax = (x0 + x1) / 2, ay = (y0 + y1) / 2, bx = (x1 + x2) / 2, by = (y1 + y2) / 2, cx = (x2 + x3) / 2, cy = (y2 + y3) / 2;
  const dx = (ax + bx) / 2, dy = (ay + by) / 2, ex = (bx + cx) / 2, ey = (by + cy) / 2;
  const mx = (dx + ex) / 2, my = (dy + ey) / 2;
  return cubicLength(x0, y0, ax, ay, dx, dy, mx, my, tol / 2, depth - 1) + cubicLength(mx, my, ex, ey, cx, cy, x3, y3, tol / 2, depth - 1);
}

// arc length of a cubic by adaptive subdivision, and a penalty pulling it to a wanted length
export function bezierLengthPenalty(p: Float64Array, wanted: number, tol: number): number {
  const len = cubicLength(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], tol, 12);
  return (len - wanted) ** 2;
}

function curveY(a: number, b: number, c: number, x: number): number {
  return a * Math.sin(b * x) + c * x * x;
}

// recursive adaptive polyline approximation of y(x) on [lo, hi]; returns the integral of the squared residual
// between the polyline and the curve, by the midpoint of each final segment
function polyError(a: number, b: number, c: number, lo: number, hi: number, ylo: number, yhi: number, tol: number, depth: number): number {
  const mid = 0.5 * (lo + hi);
  const ym = curveY(a, b, c, mid);
  const err = ym - 0.5 * (ylo + yhi);
  if (depth === 0 || Math.abs(err) < tol) return err * err * (hi - lo);
  return polyError(a, b, c, lo, mid, ylo, ym, tol, depth - 1) + polyError(a, b, c, mid, hi, ym, yhi, tol, depth - 1);
}

export function adaptivePolylineError(a: number, b: number, c: number, tol: number): number {
  return polyError(a, b, c, 0, 2, curveY(a, b, c, 0), curveY(a, b, c, 2), tol, 8);
}

// Koch-like curve with a variable bump angle: perimeter by recursion on the level
function kochLength(len: number, angle: number, level: number): number {
  if (level === 0) return len;
  const side = len / (2 + 2 * Math.cos(angle));
  return 2 * kochLength(side, angle, level - 1) + 2 * kochLength(side, angle, level - 1);
}

export function kochPerimeter(len: number, angle: number, level: number): number {
  return 3 * kochLength(len, angle, level);
}

// softened pair energy over a sorted 1-D particle array, divide and conquer: the pairs across the split are summed
// directly, the halves recursively
function pairEnergy(xs: Float64Array, lo: number, hi: number, eps: number): number {
  if (hi - lo <= 1) return 0;
  const mid = (lo + hi) >> 1;
  let cross = 0;
  for (let i = lo; i < mid; i++) for (let j = mid; j < hi; j++) cross += 1 / Math.sqrt((xs[i] - xs[j]) ** 2 + eps);
  return pairEnergy(xs, lo, mid, eps) + pairEnergy(xs, mid, hi, eps) + cross;
}

export function divideConquerEnergy(xs: Float64Array, eps: number): number {
  return pairEnergy(xs, 0, xs.length, eps);
}

// Chaikin corner cutting applied `levels` times to a closed polygon, recursively; returns the perimeter
function chaikin(xs: number[], ys: number[], levels: number, w: number): number {
  const n = xs.length;
  if (levels === 0) {
    let per = 0;
    for (let i = 0; i < n; i++) per += Math.hypot(xs[(i + 1) % n] - xs[i], ys[(i + 1) % n] - ys[i]);
    return per;
  }
  const nx: number[] = [], ny: number[] = [];
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    nx.push((1 - w) * xs[i] + w * xs[j], w * xs[i] + (1 - w) * xs[j]);
    ny.push((1 - w) * ys[i] + w * ys[j], w * ys[i] + (1 - w) * ys[j]);
  }
  return chaikin(nx, ny, levels - 1, w);
}

export function chaikinPerimeter(pts: Float64Array, levels: number, w: number): number {
  const xs: number[] = [], ys: number[] = [];
  for (let i = 0; i < pts.length; i += 2) {
    xs.push(pts[i]);
    ys.push(pts[i + 1]);
  }
  return chaikin(xs, ys, levels, w);
}

// exponentiation by squaring on a matrix-free scalar recurrence: x^n by recursion, then a compound growth series
function powBySquaring(x: number, n: number): number {
  if (n === 0) return 1;
  const half = powBySquaring(x, n >> 1);
  return n % 2 === 0 ? half * half : half * half * x;
}

export function annuityFactor(rate: number, periods: number): number {
  let s = 0;
  for (let k = 1; k <= periods; k++) s += 1 / powBySquaring(1 + rate, k);
  return s;
}
