// Image processing: total-variation denoising energy, bilinear sampling and warps, a separable blur.
// Images are row-major Float64Arrays of w*h pixels.

export interface Size { readonly w: number; readonly h: number }

/** smoothed isotropic TV plus a data term: the ROF energy */
export function rofEnergy(u: Float64Array, f: Float64Array, w: number, h: number, lambda: number, eps = 1e-3): number {
  let e = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      const gx = x + 1 < w ? u[i + 1] - u[i] : 0;
      const gy = y + 1 < h ? u[i + w] - u[i] : 0;
      e += Math.sqrt(gx * gx + gy * gy + eps * eps) + 0.5 * lambda * (u[i] - f[i]) ** 2;
    }
  }
  return e;
}

/** bilinear sample with clamp-to-edge */
export const bilinear = (img: Float64Array, w: number, h: number, x: number, y: number): number => {
  const cx = Math.min(Math.max(x, 0), w - 1);
  const cy = Math.min(Math.max(y, 0), h - 1);
  const x0 = Math.min(Math.floor(cx), w - 2);
  const y0 = Math.min(Math.floor(cy), h - 2);
  const tx = cx - x0, ty = cy - y0;
  const i = y0 * w + x0;
  const top = img[i] * (1 - tx) + img[i + 1] * tx;
  const bot = img[i + w] * (1 - tx) + img[i + w + 1] * tx;
  return top * (1 - ty) + bot * ty;
};

/** affine warp registration loss: SSD between target and img sampled at A * p + t */
export function warpLoss(img: Float64Array, target: Float64Array, w: number, h: number, affine: readonly number[]): number {
  const [a, b, c, d, tx, ty] = affine;
  let loss = 0;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const r = bilinear(img, w, h, a * x + b * y + tx, c * x + d * y + ty) - target[y * w + x];
      loss += r * r;
    }
  return loss / (w * h);
}

/** Gaussian taps of radius r into k (normalised), sigma differentiable */
function gaussTaps(sigma: number, r: number, k: Float64Array): void {
  let s = 0;
  for (let i = -r; i <= r; i++) {
    const v = Math.exp(-(i * i) / (2 * sigma * sigma));
    k[i + r] = v;
    s += v;
  }
  for (let i = 0; i < 2 * r + 1; i++) k[i] /= s;
}

/** separable Gaussian blur: horizontal pass into a scratch buffer, vertical pass into out (clamped edges) */
export function blur(img: Float64Array, w: number, h: number, sigma: number, out: Float64Array, radius = 2): void {
  const k = new Float64Array(2 * radius + 1);
  gaussTaps(sigma, radius, k);
  const tmp = new Float64Array(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      let acc = 0;
      for (let t = -radius; t <= radius; t++) {
        const xx = Math.min(w - 1, Math.max(0, x + t));
        acc += k[t + radius] * img[y * w + xx];
      }
      tmp[y * w + x] = acc;
    }
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      let acc = 0;
      for (let t = -radius; t <= radius; t++) {
        const yy = Math.min(h - 1, Math.max(0, y + t));
        acc += k[t + radius] * tmp[yy * w + x];
      }
      out[y * w + x] = acc;
    }
}

/** deblurring data term: || blur(u) - f ||^2 / 2, through the writer above */
export function blurMisfit(u: Float64Array, f: Float64Array, w: number, h: number, sigma: number): number {
  const bu = new Float64Array(w * h);
  blur(u, w, h, sigma, bu);
  let e = 0;
  for (const [i, v] of bu.entries()) e += 0.5 * (v - f[i]) ** 2;
  return e;
}

/** Huber-TV with an anisotropic weight; iterates rows with for...of over subarray windows */
export function huberTV(u: Float64Array, w: number, h: number, delta = 0.1): number {
  let e = 0;
  for (let y = 0; y < h; y++) {
    const row = u.subarray(y * w, (y + 1) * w);
    let prev = row[0];
    for (const v of row.subarray(1)) {
      const g = Math.abs(v - prev);
      e += g <= delta ? (0.5 * g * g) / delta : g - 0.5 * delta;
      prev = v;
    }
  }
  return e;
}

/** five explicit heat-equation smoothing steps with two buffers swapped, written back into u (in-place writer) */
export function heatSmooth(u: Float64Array, w: number, h: number, dt: number, steps = 5): void {
  let a = Float64Array.from(u);
  let b = new Float64Array(w * h);
  for (let s = 0; s < steps; s++) {
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        const i = y * w + x;
        const l = x > 0 ? a[i - 1] : a[i], r = x < w - 1 ? a[i + 1] : a[i];
        const up = y > 0 ? a[i - w] : a[i], dn = y < h - 1 ? a[i + w] : a[i];
        b[i] = a[i] + dt * (l + r + up + dn - 4 * a[i]);
      }
    [a, b] = [b, a];
  }
  u.set(a);
}
