// Image processing on flat row-major arrays.

/**
 * 3x3 box blur with clamped borders into an output buffer.
 * @domain img [0, 1] length 20
 * @domain w int [5, 5]
 * @domain h int [4, 4]
 * @domain out [0, 0] length 20
 */
export function blur3x3(img: Float64Array, w: number, h: number, out: Float64Array): void {
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let s = 0;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = Math.min(h - 1, Math.max(0, y + dy));
        for (let dx = -1; dx <= 1; dx++) {
          const xx = Math.min(w - 1, Math.max(0, x + dx));
          s += img[yy * w + xx];
        }
      }
      out[y * w + x] = s / 9;
    }
  }
}

/** Smoothed isotropic total variation. */
export function totalVariation(img: Float64Array, w: number, h: number, eps = 1e-3): number {
  let tv = 0;
  for (let y = 0; y < h - 1; y++) {
    for (let x = 0; x < w - 1; x++) {
      const c = img[y * w + x];
      const gx = img[y * w + x + 1] - c;
      const gy = img[(y + 1) * w + x] - c;
      tv += Math.sqrt(gx * gx + gy * gy + eps * eps);
    }
  }
  return tv;
}

/**
 * Bilinear sample at a real-valued position (clamped).
 * @domain img [0, 1] length 20
 * @domain w int [5, 5]
 * @domain h int [4, 4]
 * @domain px (0, 4)
 * @domain py (0, 3)
 */
export function bilinear(img: Float64Array, w: number, h: number, px: number, py: number): number {
  const x = Math.min(Math.max(px, 0), w - 1.000001);
  const y = Math.min(Math.max(py, 0), h - 1.000001);
  const x0 = Math.floor(x), y0 = Math.floor(y);
  const fx = x - x0, fy = y - y0;
  const i = y0 * w + x0;
  const top = img[i] * (1 - fx) + img[i + 1] * fx;
  const bot = img[i + w] * (1 - fx) + img[i + w + 1] * fx;
  return top * (1 - fy) + bot * fy;
}

/** Sum of Sobel gradient magnitudes (interior pixels) using Math.hypot. */
export function sobelEnergy(img: Float64Array, w: number, h: number): number {
  let e = 0;
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const p = (dx: number, dy: number) => img[(y + dy) * w + x + dx];
      const gx = p(1, -1) + 2 * p(1, 0) + p(1, 1) - p(-1, -1) - 2 * p(-1, 0) - p(-1, 1);
      const gy = p(-1, 1) + 2 * p(0, 1) + p(1, 1) - p(-1, -1) - 2 * p(0, -1) - p(1, -1);
      e += Math.hypot(gx, gy, 1e-3);
    }
  }
  return e;
}

/** Horizontal 1-D Laplacian smoothing term with neighbours visited by for-of over a literal. */
export function laplacianEnergy(img: Float64Array, w: number, h: number): number {
  let e = 0;
  for (let y = 0; y < h; y++) {
    for (let i = 1; i < w - 1; i++) {
      const c = img[y * w + i];
      for (const j of [i - 1, i + 1]) {
        const d = img[y * w + j] - c;
        e += d * d;
      }
    }
  }
  return 0.5 * e;
}

/** Gamma-correct then contrast-stretch; writes out and returns the mean. */
export function gammaStretch(img: Float64Array, gamma: number, out: Float64Array): number {
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < img.length; i++) {
    const v = Math.pow(img[i], 1 / gamma);
    out[i] = v;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  let mean = 0;
  for (let i = 0; i < out.length; i++) {
    out[i] = (out[i] - lo) / (hi - lo);
    mean += out[i];
  }
  return mean / out.length;
}
