// Character animation and geometry processing: linear blend skinning, dual-quaternion skinning, Laplacian
// smoothing, as-rigid-as-possible energy, forward kinematics over a joint tree, mesh volume, keyframe slerp.

type V2 = readonly [number, number];
type V3 = readonly [number, number, number];
type Quat = readonly [number, number, number, number]; // w, x, y, z

const rot2 = (th: number, p: V2): V2 => {
  const c = Math.cos(th), s = Math.sin(th);
  return [c * p[0] - s * p[1], s * p[0] + c * p[1]];
};

/** 2-D linear blend skinning: bones = [angle, tx, ty] each; weights n x B; squared distance to targets. */
export function lbs2D(bones: Float64Array, rest: Float64Array, weights: Float64Array, targets: Float64Array): number {
  const B = bones.length / 3, n = rest.length / 2;
  let loss = 0;
  for (let i = 0; i < n; i++) {
    const p: V2 = [rest[2 * i], rest[2 * i + 1]];
    let [x, y] = [0, 0];
    for (let b = 0; b < B; b++) {
      const wgt = weights[i * B + b];
      if (wgt === 0) continue;
      const [rx, ry] = rot2(bones[3 * b], p);
      x += wgt * (rx + bones[3 * b + 1]);
      y += wgt * (ry + bones[3 * b + 2]);
    }
    loss += (x - targets[2 * i]) ** 2 + (y - targets[2 * i + 1]) ** 2;
  }
  return loss;
}

const qmul = (a: Quat, b: Quat): Quat => [
  a[0] * b[0] - a[1] * b[1] - a[2] * b[2] - a[3] * b[3],
  a[0] * b[1] + a[1] * b[0] + a[2] * b[3] - a[3] * b[2],
  a[0] * b[2] - a[1] * b[3] + a[2] * b[0] + a[3] * b[1],
  a[0] * b[3] + a[1] * b[2] - a[2] * b[1] + a[3] * b[0],
];
const qconj = (q: Quat): Quat => [q[0], -q[1], -q[2], -q[3]];
const axisAngle = (ax: V3, th: number): Quat => {
  const n = Math.hypot(...ax), s = Math.sin(th / 2) / n;
  return [Math.cos(th / 2), ax[0] * s, ax[1] * s, ax[2] * s];
};

/** Dual-quaternion skinning: bones hold [axis x, y, z, angle, tx, ty, tz]; blend, normalise, transform; squared error. */
export function dualQuatSkin(bones: Float64Array, rest: Float64Array, weights: Float64Array, targets: Float64Array): number {
  const B = bones.length / 7;
  let loss = 0;
  for (let i = 0; i < rest.length / 3; i++) {
    let real = [0, 0, 0, 0], dual = [0, 0, 0, 0];
    let pivot: Quat = [1, 0, 0, 0];
    for (let b = 0; b < B; b++) {
      const o = 7 * b;
      const qr = axisAngle([bones[o], bones[o + 1], bones[o + 2]], bones[o + 3]);
      const qd = qmul([0, 0.5 * bones[o + 4], 0.5 * bones[o + 5], 0.5 * bones[o + 6]], qr);
      if (b === 0) pivot = qr;
      // antipodality: flip to the hemisphere of the first bone
      const sgn = qr[0] * pivot[0] + qr[1] * pivot[1] + qr[2] * pivot[2] + qr[3] * pivot[3] < 0 ? -1 : 1;
      const w = sgn * weights[i * B + b];
      real = real.map((v, k) => v + w * qr[k]);
      dual = dual.map((v, k) => v + w * qd[k]);
    }
    const len = Math.hypot(...real);
    const r: Quat = [real[0] / len, real[1] / len, real[2] / len, real[3] / len];
    const d: Quat = [dual[0] / len, dual[1] / len, dual[2] / len, dual[3] / len];
    const p: Quat = [0, rest[3 * i], rest[3 * i + 1], rest[3 * i + 2]];
    const rotated = qmul(qmul(r, p), qconj(r));
    const t = qmul(d, qconj(r));
    for (let k = 0; k < 3; k++) loss += (rotated[k + 1] + 2 * t[k + 1] - targets[3 * i + k]) ** 2;
  }
  return loss;
}

/** Umbrella-Laplacian smoothing energy over a mesh given by CSR neighbour lists, plus a data term to the input. */
export function laplacianSmoothing(x: Float64Array, input: Float64Array, offsets: Int32Array, nbrs: Int32Array, lambda: number): number {
  const n = offsets.length - 1;
  let e = 0;
  for (let i = 0; i < n; i++) {
    const deg = offsets[i + 1] - offsets[i];
    const mean = [0, 0, 0];
    for (let k = offsets[i]; k < offsets[i + 1]; k++) for (let c = 0; c < 3; c++) mean[c] += x[3 * nbrs[k] + c] / deg;
    e += mean.reduce((s, m, c) => s + lambda * (x[3 * i + c] - m) ** 2 + (x[3 * i + c] - input[3 * i + c]) ** 2, 0);
  }
  return e;
}

/** 2-D as-rigid-as-possible energy: each vertex's best rotation of its one-ring in closed form (atan2), then edge residuals. */
export function arapEnergy2D(x: Float64Array, rest: Float64Array, offsets: Int32Array, nbrs: Int32Array): number {
  let energy = 0;
  for (let i = 0; i < offsets.length - 1; i++) {
    const edges: [number, number, number, number][] = [];
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const j = nbrs[k];
      edges.push([rest[2 * j] - rest[2 * i], rest[2 * j + 1] - rest[2 * i + 1], x[2 * j] - x[2 * i], x[2 * j + 1] - x[2 * i + 1]]);
    }
    // S = sum e' e^T; the optimal angle is atan2(S10 - S01, S00 + S11)
    let [a, b] = [0, 0];
    for (const [ex, ey, fx, fy] of edges) {
      a += fx * ex + fy * ey;
      b += fy * ex - fx * ey;
    }
    const th = Math.atan2(b, a);
    for (const [ex, ey, fx, fy] of edges) {
      const [rx, ry] = rot2(th, [ex, ey]);
      energy += (fx - rx) ** 2 + (fy - ry) ** 2;
    }
  }
  return energy;
}

/** World angle of joint j in a planar joint tree (parent[j] < j, -1 at the root), by recursion. */
function worldAngle(angles: Float64Array, parent: Int32Array, j: number): number {
  return parent[j] < 0 ? angles[j] : angles[j] + worldAngle(angles, parent, parent[j]);
}

/** Forward kinematics of a planar joint tree; loss of the end effectors (leaves) to targets. */
export function treeIK(angles: Float64Array, lengths: Float64Array, parent: Int32Array, leaves: Int32Array, targets: Float64Array): number {
  const n = angles.length;
  const pos = new Float64Array(2 * n);
  for (let j = 0; j < n; j++) {
    const th = worldAngle(angles, parent, j);
    const p = parent[j];
    const [bx, by] = p < 0 ? [0, 0] : [pos[2 * p], pos[2 * p + 1]];
    pos[2 * j] = bx + lengths[j] * Math.cos(th);
    pos[2 * j + 1] = by + lengths[j] * Math.sin(th);
  }
  return Array.from(leaves).reduce((s, leaf, k) => s + (pos[2 * leaf] - targets[2 * k]) ** 2 + (pos[2 * leaf + 1] - targets[2 * k + 1]) ** 2, 0);
}

/** Volume preservation energy of a closed triangle mesh: (V - V0)^2 + a small area term. */
export function volumeEnergy(x: Float64Array, tris: Int32Array, V0: number, areaWeight: number): number {
  let vol = 0, area = 0;
  for (let t = 0; t < tris.length; t += 3) {
    const [a, b, c] = [3 * tris[t], 3 * tris[t + 1], 3 * tris[t + 2]];
    const p: V3 = [x[a], x[a + 1], x[a + 2]], q: V3 = [x[b], x[b + 1], x[b + 2]], r: V3 = [x[c], x[c + 1], x[c + 2]];
    const cr: V3 = [q[1] * r[2] - q[2] * r[1], q[2] * r[0] - q[0] * r[2], q[0] * r[1] - q[1] * r[0]];
    vol += (p[0] * cr[0] + p[1] * cr[1] + p[2] * cr[2]) / 6;
    const u: V3 = [q[0] - p[0], q[1] - p[1], q[2] - p[2]], v: V3 = [r[0] - p[0], r[1] - p[1], r[2] - p[2]];
    area += 0.5 * Math.hypot(u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]);
  }
  return (vol - V0) ** 2 + areaWeight * area;
}

const slerp = (a: Quat, b0: Quat, t: number): Quat => {
  let cos = a[0] * b0[0] + a[1] * b0[1] + a[2] * b0[2] + a[3] * b0[3];
  let b = b0;
  if (cos < 0) {
    cos = -cos;
    b = [-b0[0], -b0[1], -b0[2], -b0[3]];
  }
  if (cos > 0.9995) {
    // (first written [0, 1, 2, 3].map(…): TSG1008 "name the array first", which compiles)
    const ks = [0, 1, 2, 3];
    const l = ks.map((k) => a[k] + t * (b[k] - a[k]));
    const n = Math.hypot(...l);
    return [l[0] / n, l[1] / n, l[2] / n, l[3] / n];
  }
  const th = Math.acos(cos), s = Math.sin(th);
  const wa = Math.sin((1 - t) * th) / s, wb = Math.sin(t * th) / s;
  return [wa * a[0] + wb * b[0], wa * a[1] + wb * b[1], wa * a[2] + wb * b[2], wa * a[3] + wb * b[3]];
};

/** Keyframed rotation by slerp between keys (axis-angle each, times in [0, 1]); angular error to sampled targets. */
export function keyframeSlerp(keys: Float64Array, times: Float64Array, sampleT: Float64Array, targets: Float64Array): number {
  // (first written Array.from({ length }, (_, k) => axisAngle(…)): TSG1003, README finding 3)
  const quats: [number, number, number, number][] = [];
  for (let k = 0; k < times.length; k++) {
    const [w, x, y, z] = axisAngle([keys[4 * k], keys[4 * k + 1], keys[4 * k + 2]], keys[4 * k + 3]);
    quats.push([w, x, y, z]);
  }
  let err = 0;
  sampleT.forEach((t, s) => {
    const k = Math.max(0, times.findIndex((tk) => tk > t) - 1);
    const u = (t - times[k]) / (times[k + 1] - times[k]);
    const q = slerp(quats[k], quats[k + 1], u);
    const dot = q[0] * targets[4 * s] + q[1] * targets[4 * s + 1] + q[2] * targets[4 * s + 2] + q[3] * targets[4 * s + 3];
    err += 1 - dot * dot;
  });
  return err;
}
