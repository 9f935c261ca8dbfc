// Volume rendering along a ray, NeRF-like: density from Gaussian blobs, alpha compositing with early termination.
import { softplus } from './util.js';

export const enum Blend { Over, Additive }

/** composite given per-sample densities, colours and spacings: C = sum T_i (1 - exp(-sigma_i d_i)) c_i */
export function composite(sigma: readonly number[], color: readonly number[], delta: readonly number[], background = 0): number {
  let T = 1, c = 0;
  for (let i = 0; i < sigma.length; i++) {
    const alpha = 1 - Math.exp(-sigma[i] * delta[i]);
    c += T * alpha * color[i];
    T *= 1 - alpha;
  }
  return c + T * background;
}

/** density field of Gaussian blobs (cx, cz, radius, amplitude)*k along a 2-D ray, raw values through softplus */
const density = (blobs: Float64Array, x: number, z: number): number => {
  let d = 0;
  for (let b = 0; b + 3 < blobs.length; b += 4) {
    const r2 = (x - blobs[b]) ** 2 + (z - blobs[b + 1]) ** 2;
    d += softplus(blobs[b + 3]) * Math.exp(-r2 / (blobs[b + 2] * blobs[b + 2]));
  }
  return d;
};

/** march a ray from (ox, 0) in direction (dx, 1) with n samples; stop when transmittance < 1e-4 */
export function renderRay(blobs: Float64Array, ox: number, dx: number, n = 64, far = 4, mode: Blend = Blend.Over): number {
  const dt = far / n;
  let T = 1, c = 0;
  for (let i = 0; i < n; i++) {
    const z = (i + 0.5) * dt;
    const s = density(blobs, ox + dx * z, z);
    if (mode === Blend.Additive) { c += s * dt; continue; }
    const a = 1 - Math.exp(-s * dt);
    c += T * a * (0.5 + 0.5 * Math.tanh(z - 2));
    T *= 1 - a;
    if (T < 1e-4) break;
  }
  return c;
}

/** photometric loss of a row of pixels against targets */
export function imageLoss(blobs: Float64Array, target: Float64Array, dx = 0.1): number {
  let l = 0;
  for (const [p, t] of target.entries()) {
    const ox = -1 + (2 * p) / (target.length - 1);
    l += (renderRay(blobs, ox, dx, 32) - t) ** 2;
  }
  return l / target.length;
}

/** expected depth along a ray (weights normalised) and an opacity regulariser; render into depth[] per pixel */
export function depthMap(blobs: Float64Array, depth: Float64Array, n = 24, far = 4): void {
  const dt = far / n;
  for (let p = 0; p < depth.length; p++) {
    const ox = -1 + (2 * p) / Math.max(1, depth.length - 1);
    let T = 1, zsum = 0, wsum = 0;
    for (let i = 0; i < n; i++) {
      const z = (i + 0.5) * dt;
      const a = 1 - Math.exp(-density(blobs, ox, z) * dt);
      const wgt = T * a;
      zsum += wgt * z;
      wsum += wgt;
      T *= 1 - a;
    }
    depth[p] = zsum / (wsum + 1e-6);
  }
}

/** the composite by recursion: C(i) = alpha_i c_i + (1 - alpha_i) C(i + 1) */
function compRec(sigma: readonly number[], color: readonly number[], delta: readonly number[], i: number, background: number): number {
  if (i === sigma.length) return background;
  const a = 1 - Math.exp(-sigma[i] * delta[i]);
  return a * color[i] + (1 - a) * compRec(sigma, color, delta, i + 1, background);
}

export const compositeRec = (sigma: readonly number[], color: readonly number[], delta: readonly number[], background = 0): number =>
  compRec(sigma, color, delta, 0, background);
