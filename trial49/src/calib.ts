// Camera calibration with generic helpers: pinhole + radial distortion reprojection over flat point buffers.

const proj = new Float64Array(2);
const Rm = new Float64Array(9);

/** sum of f over xs (a generic helper) */
function sumBy<T>(xs: readonly T[], f: (x: T, i: number) => number): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += f(xs[i], i);
  return s;
}

/** mean of f over xs, calling the generic sumBy */
function meanBy<T>(xs: readonly T[], f: (x: T, i: number) => number): number {
  return sumBy(xs, f) / xs.length;
}

/** the same through a non-generic caller */
function meanOf(xs: readonly number[], f: (x: number, i: number) => number): number {
  return sumBy(xs, f) / xs.length;
}

function rodrigues(out: Float64Array, rx: number, ry: number, rz: number): void {
  const th = Math.sqrt(rx * rx + ry * ry + rz * rz + 1e-18);
  const kx = rx / th, ky = ry / th, kz = rz / th;
  const c = Math.cos(th), s = Math.sin(th), v = 1 - c;
  out[0] = c + kx * kx * v; out[1] = kx * ky * v - kz * s; out[2] = kx * kz * v + ky * s;
  out[3] = ky * kx * v + kz * s; out[4] = c + ky * ky * v; out[5] = ky * kz * v - kx * s;
  out[6] = kz * kx * v - ky * s; out[7] = kz * ky * v + kx * s; out[8] = c + kz * kz * v;
}

/** project a world point with camera params [rx ry rz tx ty tz f cx cy k1 k2] into out */
function project(out: Float64Array, cam: Float64Array, R: Float64Array, X: number, Y: number, Z: number): void {
  const xc = R[0] * X + R[1] * Y + R[2] * Z + cam[3];
  const yc = R[3] * X + R[4] * Y + R[5] * Z + cam[4];
  const zc = R[6] * X + R[7] * Y + R[8] * Z + cam[5];
  const u = xc / zc, v = yc / zc;
  const r2 = u * u + v * v;
  const d = 1 + cam[9] * r2 + cam[10] * r2 * r2;
  out[0] = cam[6] * d * u + cam[7];
  out[1] = cam[6] * d * v + cam[8];
}

/** reprojection error of a checkerboard: points (x y z) and observations (u v), R and projection in scratch */
export function reprojection(cam: Float64Array, pts: Float64Array, obs: Float64Array): number {
  Rm.fill(0);
  proj.fill(0);
  rodrigues(Rm, cam[0], cam[1], cam[2]);
  let e = 0;
  for (let i = 0; i < pts.length / 3; i++) {
    project(proj, cam, Rm, pts[3 * i], pts[3 * i + 1], pts[3 * i + 2]);
    e += (proj[0] - obs[2 * i]) ** 2 + (proj[1] - obs[2 * i + 1]) ** 2;
  }
  return e;
}

/** Huber-robust mean residual through meanOf and sumBy (generic), over a number[] of residual scales */
export function robustCalib(cam: Float64Array, pts: Float64Array, obs: Float64Array, weights: number[], delta: number): number {
  Rm.fill(0);
  proj.fill(0);
  rodrigues(Rm, cam[0], cam[1], cam[2]);
  return meanOf(weights, (w, i) => {
    project(proj, cam, Rm, pts[3 * i], pts[3 * i + 1], pts[3 * i + 2]);
    const r = Math.hypot(proj[0] - obs[2 * i], proj[1] - obs[2 * i + 1]);
    return w * (r <= delta ? 0.5 * r * r : delta * (r - 0.5 * delta));
  });
}

/** a generic mean over weights, generic all the way down (meanBy<T> calls sumBy<T>) */
export function weightedSpread(ws: number[], k: number): number {
  return meanBy(ws, (w, i) => Math.exp(k * w) * (i + 1));
}

/** focal length from a vanishing-point pair, with an early exit for a degenerate pair */
export function focalFromVP(v1x: number, v1y: number, v2x: number, v2y: number, cx: number, cy: number): number {
  const d = -((v1x - cx) * (v2x - cx) + (v1y - cy) * (v2y - cy));
  if (d <= 0) return 0;
  return Math.sqrt(d);
}

/** a generic helper passing its function on to another generic helper (weightedSpread's path), from a plain caller */
export function genericPassOn(ws: Float64Array, k: number): number {
  const xs: number[] = [];
  for (let i = 0; i < ws.length; i++) xs.push(ws[i]);
  return meanBy(xs, (w, i) => w * w * k + i);
}
