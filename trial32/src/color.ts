// Color science: sRGB <-> Lab, color differences, tone mapping, easing and palettes.

const M_RGB2XYZ = [0.4124564, 0.3575761, 0.1804375, 0.2126729, 0.7151522, 0.072175, 0.0193339, 0.119192, 0.9503041];
const WHITE = Object.freeze([0.95047, 1.0, 1.08883]);
const EPS = 216 / 24389;
const KAPPA = 24389 / 27;

function toLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function labF(t: number): number {
  return t > EPS ? Math.cbrt(t) : (KAPPA * t + 16) / 116;
}

/** sRGB (0..1) to CIELAB into out[0..2] (void, writes out). */
export function srgbToLab(rgb: Float64Array, out: Float64Array): void {
  const r = toLinear(rgb[0]), g = toLinear(rgb[1]), b = toLinear(rgb[2]);
  const fx = labF((M_RGB2XYZ[0] * r + M_RGB2XYZ[1] * g + M_RGB2XYZ[2] * b) / WHITE[0]);
  const fy = labF((M_RGB2XYZ[3] * r + M_RGB2XYZ[4] * g + M_RGB2XYZ[5] * b) / WHITE[1]);
  const fz = labF((M_RGB2XYZ[6] * r + M_RGB2XYZ[7] * g + M_RGB2XYZ[8] * b) / WHITE[2]);
  out[0] = 116 * fy - 16;
  out[1] = 500 * (fx - fy);
  out[2] = 200 * (fy - fz);
}

/** CIE76 difference between two sRGB colors, via scratch Lab buffers. */
export function deltaE76(c1: Float64Array, c2: Float64Array): number {
  const l1 = new Float64Array(3), l2 = new Float64Array(3);
  srgbToLab(c1, l1);
  srgbToLab(c2, l2);
  return Math.hypot(l1[0] - l2[0], l1[1] - l2[1], l1[2] - l2[2]);
}

/** CIE94 (graphic arts) difference, weights as parameters with defaults. */
export function deltaE94(c1: Float64Array, c2: Float64Array, kL = 1, K1 = 0.045, K2 = 0.015): number {
  const a = new Float64Array(3), b = new Float64Array(3);
  srgbToLab(c1, a);
  srgbToLab(c2, b);
  const C1 = Math.hypot(a[1], a[2]);
  const C2 = Math.hypot(b[1], b[2]);
  const dL = a[0] - b[0];
  const dC = C1 - C2;
  const dH2 = Math.max(0, (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2 - dC * dC);
  return Math.sqrt((dL / kL) ** 2 + (dC / (1 + K1 * C1)) ** 2 + dH2 / (1 + K2 * C1) ** 2);
}

/** WCAG contrast ratio between two sRGB colors. */
export function contrastRatio(fg: Float64Array, bg: Float64Array): number {
  const lum = (c: Float64Array) => 0.2126 * toLinear(c[0]) + 0.7152 * toLinear(c[1]) + 0.0722 * toLinear(c[2]);
  const L1 = lum(fg), L2 = lum(bg);
  return (Math.max(L1, L2) + 0.05) / (Math.min(L1, L2) + 0.05);
}

/** A d3-style easing factory (polynomial in-out with exponent e), made once at module level. */
function makeEaseInOut(e: number) {
  return function (t: number): number {
    t *= 2;
    return (t <= 1 ? Math.pow(t, e) : 2 - Math.pow(2 - t, e)) / 2;
  };
}
const ease = makeEaseInOut(2.5);

/** An IIFE-built smootherstep with its constants captured. */
const smoother = (function () {
  const a = 6, b = 15, c = 10;
  return (t: number) => t * t * t * (t * (t * a - b) + c);
})();

/** Animated interpolation of a color channel along eased time, summed over frames (a motion-blur integral). */
export function easedBlend(from: number, to: number, frames: number, smoothMix = 0.5): number {
  let acc = 0;
  for (let f = 0; f <= frames; f++) {
    const t = f / frames;
    const u = (1 - smoothMix) * ease(t) + smoothMix * smoother(t);
    acc += from + (to - from) * u;
  }
  return acc / (frames + 1);
}

/** Piecewise-linear color ramp: stops positions (sorted) and values; loop opens with a break. */
export function rampValue(stops: Float64Array, values: Float64Array, t: number): number {
  if (t <= stops[0]) return values[0];
  let i = 1;
  for (; i < stops.length; i++) {
    if (stops[i] >= t) break;
  }
  if (i === stops.length) return values[values.length - 1];
  const u = (t - stops[i - 1]) / (stops[i] - stops[i - 1]);
  return values[i - 1] + u * (values[i] - values[i - 1]);
}

/** Tone mapping loss: extended Reinhard with white point, then gamma; MSE vs target display values. */
export function toneMapLoss(exposure: number, white: number, hdr: Float64Array, target: Float64Array, gamma = 2.2): number {
  let sse = 0;
  for (let i = 0; i < hdr.length; i++) {
    const L = exposure * hdr[i];
    const m = (L * (1 + L / (white * white))) / (1 + L);
    const d = Math.pow(Math.min(Math.max(m, 0), 1), 1 / gamma);
    sse += (d - target[i]) ** 2;
  }
  return sse / hdr.length;
}

/** ACES filmic approximation applied into out (void). */
export function acesFilm(x: Float64Array, out: Float64Array, a = 2.51, b = 0.03, c = 2.43, d = 0.59, e = 0.14): void {
  x.forEach((v, i) => {
    out[i] = Math.min(1, Math.max(0, (v * (a * v + b)) / (v * (c * v + d) + e)));
  });
}

/** Palette spread: negative soft-min over pairwise CIE76 distances of k colors packed as rgb triples. 
 * @domain colors (0.05, 0.95) length 9
 * @domain temp (1, 5)
 */
export function paletteSpread(colors: Float64Array, temp = 2): number {
  const k = colors.length / 3;
  let s = 0;
  for (let i = 0; i < k; i++) {
    for (let j = i + 1; j < k; j++) {
      const d = deltaE76(colors.subarray(3 * i, 3 * i + 3), colors.subarray(3 * j, 3 * j + 3));
      s += Math.exp(-d / temp);
    }
  }
  return temp * Math.log(s);
}
