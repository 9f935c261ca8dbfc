// Bezier and B-spline curves: de Casteljau by recursion, Cox-de Boor basis, fitting losses.

/** de Casteljau on one coordinate, recursively: the control points between lo and hi (inclusive) at t. */
function casteljau(p: Float64Array, lo: number, hi: number, t: number): number {
  if (lo === hi) return p[lo];
  return (1 - t) * casteljau(p, lo, hi - 1, t) + t * casteljau(p, lo + 1, hi, t);
}

/** Least-squares fit of a cubic Bezier (x and y control points) to samples at given parameters. */
export function bezierFit(px: Float64Array, py: Float64Array, ts: Float64Array, sx: Float64Array, sy: Float64Array): number {
  let loss = 0;
  for (let i = 0; i < ts.length; i++) {
    const dx = casteljau(px, 0, px.length - 1, ts[i]) - sx[i];
    const dy = casteljau(py, 0, py.length - 1, ts[i]) - sy[i];
    loss += dx * dx + dy * dy;
  }
  return loss;
}

/** Bezier by de Casteljau done in place on a scratch copy (the loop a C programmer writes). */
export function bezierIterative(p: Float64Array, t: number): number {
  const b = p.slice();
  const n = b.length;
  for (let r = 1; r < n; r++) for (let i = 0; i < n - r; i++) b[i] = (1 - t) * b[i] + t * b[i + 1];
  return b[0];
}

/** Cox-de Boor recursion for the B-spline basis N_{i,k}(t). */
function basis(i: number, k: number, t: number, knots: Float64Array): number {
  if (k === 0) return knots[i] <= t && t < knots[i + 1] ? 1 : 0;
  const d1 = knots[i + k] - knots[i];
  const d2 = knots[i + k + 1] - knots[i + 1];
  const a = d1 > 0 ? ((t - knots[i]) / d1) * basis(i, k - 1, t, knots) : 0;
  const b = d2 > 0 ? ((knots[i + k + 1] - t) / d2) * basis(i + 1, k - 1, t, knots) : 0;
  return a + b;
}

/** A cubic B-spline fit: squared error of the curve against samples, control values and sample sites active. */
export function bsplineFit(ctrl: Float64Array, knots: Float64Array, ts: Float64Array, ys: Float64Array): number {
  let loss = 0;
  for (let s = 0; s < ts.length; s++) {
    let v = 0;
    for (let i = 0; i < ctrl.length; i++) v += ctrl[i] * basis(i, 3, ts[s], knots);
    loss += (v - ys[s]) ** 2;
  }
  return loss;
}

/** Arc length of a cubic Bezier by 4-point Gauss-Legendre on the derivative's hodograph. */
export function bezierArcLength(p0x: number, p0y: number, p1x: number, p1y: number, p2x: number, p2y: number, p3x: number, p3y: number): number {
  const nodes = [-0.8611363115940526, -0.3399810435848563, 0.3399810435848563, 0.8611363115940526];
  const weights = [0.3478548451374538, 0.6521451548625461, 0.6521451548625461, 0.3478548451374538];
  let len = 0;
  nodes.forEach((x, k) => {
    const t = 0.5 * (x + 1);
    const u = 1 - t;
    const dx = 3 * u * u * (p1x - p0x) + 6 * u * t * (p2x - p1x) + 3 * t * t * (p3x - p2x);
    const dy = 3 * u * u * (p1y - p0y) + 6 * u * t * (p2y - p1y) + 3 * t * t * (p3y - p2y);
    len += 0.5 * weights[k] * Math.hypot(dx, dy);
  });
  return len;
}

/** Closest point on a quadratic Bezier to q, by a fixed number of Newton steps on t (clamped to [0, 1]); the distance. */
export function closestOnQuad(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, qx: number, qy: number, iters: number): number {
  let t = 0.5;
  const point = (s: number): [number, number] => {
    const u = 1 - s;
    return [u * u * ax + 2 * u * s * bx + s * s * cx, u * u * ay + 2 * u * s * by + s * s * cy];
  };
  for (let k = 0; k < iters; k++) {
    const [x, y] = point(t);
    const dx = 2 * (1 - t) * (bx - ax) + 2 * t * (cx - bx);
    const dy = 2 * (1 - t) * (by - ay) + 2 * t * (cy - by);
    const ddx = 2 * (cx - 2 * bx + ax), ddy = 2 * (cy - 2 * by + ay);
    const g = (x - qx) * dx + (y - qy) * dy;
    const h = dx * dx + dy * dy + (x - qx) * ddx + (y - qy) * ddy;
    t = Math.min(1, Math.max(0, t - g / h));
  }
  const [x, y] = point(t);
  return Math.hypot(x - qx, y - qy);
}

/** Catmull-Rom through points (uniform), the squared length of the polyline of its samples. */
export function catmullRomEnergy(xs: number[], ys: number[], samples: number): number {
  let e = 0;
  let px = xs[1], py = ys[1];
  for (let seg = 1; seg + 2 < xs.length; seg++) {
    for (let s = 1; s <= samples; s++) {
      const t = s / samples, t2 = t * t, t3 = t2 * t;
      const c0 = -0.5 * t3 + t2 - 0.5 * t, c1 = 1.5 * t3 - 2.5 * t2 + 1;
      const c2 = -1.5 * t3 + 2 * t2 + 0.5 * t, c3 = 0.5 * t3 - 0.5 * t2;
      const x = c0 * xs[seg - 1] + c1 * xs[seg] + c2 * xs[seg + 1] + c3 * xs[seg + 2];
      const y = c0 * ys[seg - 1] + c1 * ys[seg] + c2 * ys[seg + 1] + c3 * ys[seg + 2];
      e += (x - px) ** 2 + (y - py) ** 2;
      px = x;
      py = y;
    }
  }
  return e;
}
