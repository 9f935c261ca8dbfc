// Colour and imaging: sRGB transfer, CIE Lab and Delta-E, tone mapping, blending, contrast.

/** sRGB -> linear, the piecewise IEC 61966-2-1 curve. */
function toLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}
function toSrgb(l: number): number {
  return l <= 0.0031308 ? 12.92 * l : 1.055 * l ** (1 / 2.4) - 0.055;
}
function labF(t: number): number {
  const d = 6 / 29;
  return t > d * d * d ? Math.cbrt(t) : t / (3 * d * d) + 4 / 29;
}

/** Relative luminance of an sRGB colour (WCAG). */
function luminance(r: number, g: number, b: number): number {
  return 0.2126 * toLinear(r) + 0.7152 * toLinear(g) + 0.0722 * toLinear(b);
}

/** WCAG contrast ratio of two sRGB colours, lighter over darker. */
export function contrastRatio(fg: Float64Array, bg: Float64Array): number {
  const l1 = luminance(fg[0], fg[1], fg[2]);
  const l2 = luminance(bg[0], bg[1], bg[2]);
  const [hi, lo] = l1 > l2 ? [l1, l2] : [l2, l1];
  return (hi + 0.05) / (lo + 0.05);
}

/** sRGB -> CIE Lab (D65). Returns a tuple. */
function srgbToLab(r: number, g: number, b: number): [number, number, number] {
  const R = toLinear(r), G = toLinear(g), B = toLinear(b);
  const x = (0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047;
  const y = 0.2126 * R + 0.7152 * G + 0.0722 * B;
  const z = (0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883;
  const fx = labF(x), fy = labF(y), fz = labF(z);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIE76 Delta-E between two sRGB colours. */
export function deltaE76(c1: Float64Array, c2: Float64Array): number {
  const [l1, a1, b1] = srgbToLab(c1[0], c1[1], c1[2]);
  const [l2, a2, b2] = srgbToLab(c2[0], c2[1], c2[2]);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

/** CIE94 Delta-E (graphic arts weights), sum over a palette matched pairwise to targets. */
export function paletteDeltaE94(palette: Float64Array, targets: Float64Array): number {
  let total = 0;
  for (let k = 0; k < palette.length; k += 3) {
    const [L1, A1, B1] = srgbToLab(palette[k], palette[k + 1], palette[k + 2]);
    const [L2, A2, B2] = srgbToLab(targets[k], targets[k + 1], targets[k + 2]);
    const C1 = Math.sqrt(A1 * A1 + B1 * B1), C2 = Math.sqrt(A2 * A2 + B2 * B2);
    const dL = L1 - L2, dC = C1 - C2;
    const dH2 = Math.max(0, (A1 - A2) ** 2 + (B1 - B2) ** 2 - dC * dC);
    const sC = 1 + 0.045 * C1, sH = 1 + 0.015 * C1;
    total += Math.sqrt(dL * dL + (dC / sC) ** 2 + dH2 / (sH * sH));
  }
  return total;
}

/** Extended Reinhard tone mapping of HDR luminances with a white point, back to sRGB, mean squared error to a target. */
export function reinhardLoss(exposure: number, white: number, hdr: Float64Array, target: Float64Array): number {
  let err = 0;
  for (let i = 0; i < hdr.length; i++) {
    const l = hdr[i] * exposure;
    const mapped = (l * (1 + l / (white * white))) / (1 + l);
    const out = toSrgb(Math.min(1, mapped));
    err += (out - target[i]) ** 2;
  }
  return err / hdr.length;
}

/** ACES filmic curve (Narkowicz's fit) with an exposure bias; the mean output of a strip. */
export function acesMean(exposure: number, hdr: number[]): number {
  const a = 2.51, b = 0.03, c = 2.43, d = 0.59, e = 0.14;
  return hdr
    .map((x) => x * exposure)
    .map((x) => Math.min(1, Math.max(0, (x * (a * x + b)) / (x * (c * x + d) + e))))
    .reduce((s, y) => s + y, 0) / hdr.length;
}

/** Gamma-correct alpha blend of two sRGB images (blend in linear light), luminance of the mean. */
export function gammaBlend(top: Float64Array, bottom: Float64Array, alpha: number): number {
  let acc = 0;
  for (let i = 0; i < top.length; i++) {
    const lin = alpha * toLinear(top[i]) + (1 - alpha) * toLinear(bottom[i]);
    acc += toSrgb(lin);
  }
  return acc / top.length;
}

/** HSV -> RGB by the sector switch, then the distance of the red channel to a target. */
export function hsvRed(h: number, s: number, v: number, targetRed: number): number {
  const hh = ((h % 360) + 360) % 360 / 60;
  const sector = Math.floor(hh);
  const f = hh - sector;
  const p = v * (1 - s), q = v * (1 - s * f), t = v * (1 - s * (1 - f));
  let r: number;
  switch (sector) {
    case 0: r = v; break;
    case 1: r = q; break;
    case 2:
    case 3: r = p; break;
    case 4: r = t; break;
    default: r = v;
  }
  return (r - targetRed) ** 2;
}
