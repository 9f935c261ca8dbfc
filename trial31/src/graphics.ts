// Quaternions, linear blend skinning, pinhole projection, reprojection error and a bundle-adjustment cost.

type Quat = [number, number, number, number];
interface Vec3 { x: number; y: number; z: number }

function qmul(a: Quat, b: Quat): Quat {
  const [aw, ax, ay, az] = a;
  const [bw, bx, by, bz] = b;
  return [
    aw * bw - ax * bx - ay * by - az * bz,
    aw * bx + ax * bw + ay * bz - az * by,
    aw * by - ax * bz + ay * bw + az * bx,
    aw * bz + ax * by - ay * bx + az * bw,
  ];
}

function normalize(q: Quat): Quat {
  const n = Math.hypot(q[0], q[1], q[2], q[3]);
  return [q[0] / n, q[1] / n, q[2] / n, q[3] / n];
}

/** Rotate p by the (not necessarily unit) quaternion q, written as the sandwich q p q*. */
function rotate(q: Quat, p: Vec3): Vec3 {
  const u = normalize(q);
  const r = qmul(qmul(u, [0, p.x, p.y, p.z]), [u[0], -u[1], -u[2], -u[3]]);
  return { x: r[1], y: r[2], z: r[3] };
}

/** Rotate each point (xyz triples) of `pts` by q into `out`. */
export function rotatePoints(q: Float64Array, pts: Float64Array, out: Float64Array): void {
  const qq: Quat = [q[0], q[1], q[2], q[3]];
  for (let i = 0; i < pts.length; i += 3) {
    const r = rotate(qq, { x: pts[i], y: pts[i + 1], z: pts[i + 2] });
    out[i] = r.x;
    out[i + 1] = r.y;
    out[i + 2] = r.z;
  }
}

/** Geodesic-ish distance between two rotations: 1 - <q1, q2>² after normalisation. */
export function quatDistance(q1: Float64Array, q2: Float64Array): number {
  const a = normalize([q1[0], q1[1], q1[2], q1[3]]);
  const b = normalize([q2[0], q2[1], q2[2], q2[3]]);
  let d = 0;
  for (let i = 0; i < 4; i++) d += a[i] * b[i];
  return 1 - d * d;
}

/** Angle of the relative rotation, with the dot clamped for acos. */
export function quatAngle(q1: Float64Array, q2: Float64Array): number {
  const a = normalize([q1[0], q1[1], q1[2], q1[3]]);
  const b = normalize([q2[0], q2[1], q2[2], q2[3]]);
  const d = Math.abs(a[0] * b[0] + a[1] * b[1] + a[2] * b[2] + a[3] * b[3]);
  return 2 * Math.acos(Math.min(1, d));
}

/**
 * Linear blend skinning: each vertex (rest xyz) is moved by the weighted sum of bone transforms
 * (bone b: quaternion at 7b..7b+3, translation at 7b+4..7b+6); weights row-major vertices × bones.
 */
export function skin(rest: Float64Array, bones: Float64Array, weights: Float64Array, out: Float64Array): void {
  const nb = bones.length / 7;
  const nv = rest.length / 3;
  for (let v = 0; v < nv; v++) {
    const p: Vec3 = { x: rest[3 * v], y: rest[3 * v + 1], z: rest[3 * v + 2] };
    let x = 0, y = 0, z = 0;
    for (let b = 0; b < nb; b++) {
      const w = weights[v * nb + b];
      if (w === 0) continue;
      const r = rotate([bones[7 * b], bones[7 * b + 1], bones[7 * b + 2], bones[7 * b + 3]], p);
      x += w * (r.x + bones[7 * b + 4]);
      y += w * (r.y + bones[7 * b + 5]);
      z += w * (r.z + bones[7 * b + 6]);
    }
    out[3 * v] = x;
    out[3 * v + 1] = y;
    out[3 * v + 2] = z;
  }
}

/** Skinning fit: squared error of the skinned mesh against target positions. */
export function skinningLoss(bones: Float64Array, rest: Float64Array, weights: Float64Array, target: Float64Array): number {
  const out = new Float64Array(rest.length);
  skin(rest, bones, weights, out);
  let e = 0;
  out.forEach((v, i) => {
    e += (v - target[i]) ** 2;
  });
  return e;
}

/** Pinhole projection with radial distortion; camera = [qw, qx, qy, qz, tx, ty, tz, f, k1]. */
function project(cam: ArrayLike<number>, c: number, px: number, py: number, pz: number): [number, number] {
  const r = rotate([cam[c], cam[c + 1], cam[c + 2], cam[c + 3]], { x: px, y: py, z: pz });
  const X = r.x + cam[c + 4];
  const Y = r.y + cam[c + 5];
  const Z = r.z + cam[c + 6];
  const u = X / Z;
  const v = Y / Z;
  const r2 = u * u + v * v;
  const scale = cam[c + 7] * (1 + cam[c + 8] * r2);
  return [scale * u, scale * v];
}

/** Robust (Cauchy) reprojection error of one point seen by one camera. */
export function reprojectionError(cam: Float64Array, point: Float64Array, obs: Float64Array, delta = 1): number {
  const [u, v] = project(cam, 0, point[0], point[1], point[2]);
  const e2 = (u - obs[0]) ** 2 + (v - obs[1]) ** 2;
  return delta * delta * Math.log1p(e2 / (delta * delta));
}

/** Bundle-adjustment cost: sum over observations (camera index, point index, measured uv). */
export function bundleCost(cams: Float64Array, points: Float64Array, camIdx: Int32Array, ptIdx: Int32Array, uv: Float64Array): number {
  let total = 0;
  for (let k = 0; k < camIdx.length; k++) {
    const c = 9 * camIdx[k];
    const p = 3 * ptIdx[k];
    const [u, v] = project(cams, c, points[p], points[p + 1], points[p + 2]);
    const du = u - uv[2 * k];
    const dv = v - uv[2 * k + 1];
    total += du * du + dv * dv;
  }
  return 0.5 * total;
}

/** Slerp between two unit-ish quaternions; returns the w component of the result (a smooth scalar). */
export function slerpW(q1: Float64Array, q2: Float64Array, t: number): number {
  const a = normalize([q1[0], q1[1], q1[2], q1[3]]);
  let b = normalize([q2[0], q2[1], q2[2], q2[3]]);
  let d = a[0] * b[0] + a[1] * b[1] + a[2] * b[2] + a[3] * b[3];
  if (d < 0) {
    b = [-b[0], -b[1], -b[2], -b[3]];
    d = -d;
  }
  if (d > 0.9995) return a[0] + t * (b[0] - a[0]); // nearly parallel: lerp
  const theta = Math.acos(d);
  const s = Math.sin(theta);
  return (Math.sin((1 - t) * theta) / s) * a[0] + (Math.sin(t * theta) / s) * b[0];
}

/** Look-at camera: depth of a point along the view direction, with the basis from cross products. */
export function viewDepth(eye: Float64Array, target: Float64Array, p: Float64Array): number {
  const fwd = [target[0] - eye[0], target[1] - eye[1], target[2] - eye[2]];
  const len = Math.hypot(...fwd);
  const [fx, fy, fz] = fwd.map((c) => c / len);
  return (p[0] - eye[0]) * fx + (p[1] - eye[1]) * fy + (p[2] - eye[2]) * fz;
}

/** Project every point (xyz triples) into uv (pairs) and return the mean squared image radius. */
export function projectAll(cam: Float64Array, pts: Float64Array, uv: Float64Array): number {
  let r2 = 0;
  const n = pts.length / 3;
  for (let i = 0; i < n; i++) {
    const [u, v] = project(cam, 0, pts[3 * i], pts[3 * i + 1], pts[3 * i + 2]);
    uv[2 * i] = u;
    uv[2 * i + 1] = v;
    r2 += u * u + v * v;
  }
  return r2 / n;
}
