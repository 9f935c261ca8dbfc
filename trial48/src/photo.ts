// Photogrammetry: pinhole cameras with Brown-Conrady distortion, bundle-adjustment residuals, homography
// transfer error, midpoint triangulation, Sampson epipolar error, iterative undistortion.

export type V2 = readonly [number, number];
export type V3 = readonly [number, number, number];

const dot3 = (p: V3, q: V3): number => p[0] * q[0] + p[1] * q[1] + p[2] * q[2];
const sub3 = (p: V3, q: V3): V3 => [p[0] - q[0], p[1] - q[1], p[2] - q[2]];
const add3 = (p: V3, q: V3): V3 => [p[0] + q[0], p[1] + q[1], p[2] + q[2]];
const scale3 = (p: V3, s: number): V3 => [p[0] * s, p[1] * s, p[2] * s];
const cross3 = (p: V3, q: V3): V3 => {
  const [a, b, c] = p, [x, y, z] = q;
  return [b * z - c * y, c * x - a * z, a * y - b * x];
};

/** Rodrigues: rotate p by the axis-angle vector w (small angles by the series). */
const rotate = (w: V3, p: V3): V3 => {
  const th2 = dot3(w, w);
  const th = Math.sqrt(th2);
  // sin(th)/th and (1-cos th)/th^2, by their series near 0
  const s = th2 < 1e-8 ? 1 - th2 / 6 : Math.sin(th) / th;
  const c = th2 < 1e-8 ? 0.5 - th2 / 24 : (1 - Math.cos(th)) / th2;
  const wxp = cross3(w, p);
  return add3(add3(p, scale3(wxp, s)), scale3(cross3(w, wxp), c));
};

interface Lens {
  readonly f: number;
  readonly cx: number;
  readonly cy: number;
  readonly k1: number;
  readonly k2: number;
  readonly p1?: number;
  readonly p2?: number;
}

/** Brown-Conrady: radial k1, k2 and tangential p1, p2 applied to a normalised point. */
const distort = (pt: V2, { k1, k2, p1 = 0, p2 = 0 }: Lens): V2 => {
  const [x, y] = pt;
  const r2 = x * x + y * y;
  const radial = 1 + r2 * (k1 + r2 * k2);
  return [x * radial + 2 * p1 * x * y + p2 * (r2 + 2 * x * x), y * radial + p1 * (r2 + 2 * y * y) + 2 * p2 * x * y];
};

const project = (rvec: V3, t: V3, lens: Lens, X: V3): V2 => {
  const [xc, yc, zc] = add3(rotate(rvec, X), t);
  const [xd, yd] = distort([xc / zc, yc / zc], lens);
  return [lens.f * xd + lens.cx, lens.f * yd + lens.cy];
};

/** Sum of squared reprojection errors of one camera: cam = [rx, ry, rz, tx, ty, tz, f, cx, cy, k1, k2, p1, p2]. */
export function reprojectionError(cam: Float64Array, X: Float64Array, obs: Float64Array): number {
  const [rx, ry, rz, tx, ty, tz, f, cx, cy, k1, k2, p1, p2] = cam;
  const lens: Lens = { f, cx, cy, k1, k2, p1, p2 };
  let sse = 0;
  for (let i = 0; i < obs.length / 2; i++) {
    const [u, v] = project([rx, ry, rz], [tx, ty, tz], lens, [X[3 * i], X[3 * i + 1], X[3 * i + 2]]);
    sse += (u - obs[2 * i]) ** 2 + (v - obs[2 * i + 1]) ** 2;
  }
  return sse;
}

const huber = (r2: number, delta: number): number => (r2 <= delta * delta ? r2 : 2 * delta * Math.sqrt(r2) - delta * delta);

/** Bundle-adjustment cost: cams hold 9 numbers each (r, t, f, k1, k2), observations index a camera and a point. */
export function bundleCost(cams: Float64Array, pts: Float64Array, obs: Float64Array, camIdx: Int32Array, ptIdx: Int32Array, delta: number): number {
  return Array.from(camIdx).reduce((acc, c, k) => {
    const o = 9 * c, p = 3 * ptIdx[k];
    const lens: Lens = { f: cams[o + 6], cx: 0, cy: 0, k1: cams[o + 7], k2: cams[o + 8] };
    const [u, v] = project([cams[o], cams[o + 1], cams[o + 2]], [cams[o + 3], cams[o + 4], cams[o + 5]], lens, [pts[p], pts[p + 1], pts[p + 2]]);
    return acc + huber((u - obs[2 * k]) ** 2 + (v - obs[2 * k + 1]) ** 2, delta);
  }, 0);
}

/** Apply a row-major 3x3 homography to a point. */
const applyH = (H: ArrayLike<number>, pt: V2): V2 => {
  const [x, y] = pt;
  const w = H[6] * x + H[7] * y + H[8];
  return [(H[0] * x + H[1] * y + H[2]) / w, (H[3] * x + H[4] * y + H[5]) / w];
};

/** The adjugate of a 3x3 matrix: its inverse up to scale, enough for a homography. */
const adjugate = (m: ArrayLike<number>): number[] => {
  const [a, b, c, d, e, f, g, h, i] = [m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8]];
  return [e * i - f * h, c * h - b * i, b * f - c * e, f * g - d * i, a * i - c * g, c * d - a * f, d * h - e * g, b * g - a * h, a * e - b * d];
};

/** Symmetric transfer error of a homography over point pairs (src -> dst and back). */
export function homographyTransfer(H: Float64Array, src: Float64Array, dst: Float64Array): number {
  const Hinv = adjugate(H);
  let err = 0;
  for (let i = 0; i < src.length; i += 2) {
    const s: V2 = [src[i], src[i + 1]], d: V2 = [dst[i], dst[i + 1]];
    const [fx, fy] = applyH(H, s);
    const [bx, by] = applyH(Hinv, d);
    err += (fx - d[0]) ** 2 + (fy - d[1]) ** 2 + (bx - s[0]) ** 2 + (by - s[1]) ** 2;
  }
  return err;
}

/** Midpoint triangulation of two rays c1 + s d1 and c2 + t d2; squared distance of the midpoint to a target. */
export function triangulateMidpoint(c1: Float64Array, d1: Float64Array, c2: Float64Array, d2: Float64Array, target: Float64Array): number {
  const v3 = (a: Float64Array): V3 => [a[0], a[1], a[2]];
  const p = v3(c1), u = v3(d1), q = v3(c2), v = v3(d2);
  const w0 = sub3(p, q);
  const a = dot3(u, u), b = dot3(u, v), c = dot3(v, v), d = dot3(u, w0), e = dot3(v, w0);
  const den = a * c - b * b;
  const s = (b * e - c * d) / den, t = (a * e - b * d) / den;
  const mid = scale3(add3(add3(p, scale3(u, s)), add3(q, scale3(v, t))), 0.5);
  const diff = sub3(mid, [target[0], target[1], target[2]]);
  return dot3(diff, diff);
}

/** Sampson approximation of the epipolar error x2' F x1 = 0, summed over correspondences. */
export function sampsonError(F: Float64Array, x1: Float64Array, x2: Float64Array): number {
  const n = x1.length / 2;
  const terms = Array.from({ length: n }, (_, i) => {
    const a: V3 = [x1[2 * i], x1[2 * i + 1], 1], b: V3 = [x2[2 * i], x2[2 * i + 1], 1];
    const Fa: V3 = [F[0] * a[0] + F[1] * a[1] + F[2], F[3] * a[0] + F[4] * a[1] + F[5], F[6] * a[0] + F[7] * a[1] + F[8]];
    const Ftb: V3 = [F[0] * b[0] + F[3] * b[1] + F[6], F[1] * b[0] + F[4] * b[1] + F[7], F[2] * b[0] + F[5] * b[1] + F[8]];
    const e = dot3(b, Fa);
    return (e * e) / (Fa[0] ** 2 + Fa[1] ** 2 + Ftb[0] ** 2 + Ftb[1] ** 2);
  });
  return terms.reduce((s, x) => s + x, 0) / n;
}

/** Undistort by fixed-point iteration (as OpenCV does), then compare with reference normalised points. */
export function undistortFixedPoint(k1: number, k2: number, p1: number, p2: number, distorted: Float64Array, ref: Float64Array, iters: number): number {
  let loss = 0;
  for (let i = 0; i < distorted.length; i += 2) {
    const xd = distorted[i], yd = distorted[i + 1];
    let [x, y] = [xd, yd];
    for (let it = 0; it < iters; it++) {
      const r2 = x * x + y * y;
      const icdist = 1 / (1 + r2 * (k1 + r2 * k2));
      const dx = 2 * p1 * x * y + p2 * (r2 + 2 * x * x);
      const dy = p1 * (r2 + 2 * y * y) + 2 * p2 * x * y;
      const nx = (xd - dx) * icdist, ny = (yd - dy) * icdist;
      const moved = Math.abs(nx - x) + Math.abs(ny - y);
      [x, y] = [nx, ny];
      if (moved < 1e-15) break;
    }
    loss += (x - ref[i]) ** 2 + (y - ref[i + 1]) ** 2;
  }
  return loss;
}

type Robust = (r2: number) => number;
const robustSum = (res: readonly number[], rho: Robust): number => res.reduce((s, r) => s + rho(r * r), 0);

/** A PnP-style loss: residuals of a pinhole camera (no distortion) under a Cauchy kernel with scale c. */
export function pnpCauchy(pose: Float64Array, f: number, X: Float64Array, obs: Float64Array, c: number): number {
  const lens: Lens = { f, cx: 0, cy: 0, k1: 0, k2: 0 };
  const res: number[] = [];
  for (let i = 0; i < obs.length / 2; i++) {
    const [u, v] = project([pose[0], pose[1], pose[2]], [pose[3], pose[4], pose[5]], lens, [X[3 * i], X[3 * i + 1], X[3 * i + 2]]);
    res.push(u - obs[2 * i], v - obs[2 * i + 1]);
  }
  return robustSum(res, (r2) => c * c * Math.log1p(r2 / (c * c)));
}
