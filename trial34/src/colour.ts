// Colour science: sRGB transfer curves, sRGB -> XYZ -> CIELAB, CIEDE2000, WCAG contrast, Bradford adaptation.

/** A piecewise gamma transfer curve (sRGB's shape), made once at module level. */
function makeDecode(gamma: number, offset: number, slope: number, knee: number) {
  return (c: number): number => (c <= knee ? c / slope : ((c + offset) / (1 + offset)) ** gamma);
}
const decodeSrgb = makeDecode(2.4, 0.055, 12.92, 0.04045);

const SRGB_TO_XYZ = [0.4124564, 0.3575761, 0.1804375, 0.2126729, 0.7151522, 0.072175, 0.0193339, 0.119192, 0.9503041];
const WHITE_D65 = [0.95047, 1.0, 1.08883] as const;
const EPS = 216 / 24389;
const KAPPA = 24389 / 27;

function labF(t: number): number {
  return t > EPS ? Math.cbrt(t) : (KAPPA * t + 16) / 116;
}

function toLab(r: number, g: number, b: number) {
  const rl = decodeSrgb(r);
  const gl = decodeSrgb(g);
  const bl = decodeSrgb(b);
  const x = SRGB_TO_XYZ[0] * rl + SRGB_TO_XYZ[1] * gl + SRGB_TO_XYZ[2] * bl;
  const y = SRGB_TO_XYZ[3] * rl + SRGB_TO_XYZ[4] * gl + SRGB_TO_XYZ[5] * bl;
  const z = SRGB_TO_XYZ[6] * rl + SRGB_TO_XYZ[7] * gl + SRGB_TO_XYZ[8] * bl;
  const fx = labF(x / WHITE_D65[0]);
  const fy = labF(y / WHITE_D65[1]);
  const fz = labF(z / WHITE_D65[2]);
  return { L: 116 * fy - 16, a: 500 * (fx - fy), b: 200 * (fy - fz) };
}

/** CIE L* of an sRGB colour (components in [0, 1]). */
export function lightness(r: number, g: number, b: number): number {
  return toLab(r, g, b).L;
}

/** CIE76 colour difference of two sRGB colours. */
export function deltaE76(r1: number, g1: number, b1: number, r2: number, g2: number, b2: number): number {
  const p = toLab(r1, g1, b1);
  const q = toLab(r2, g2, b2);
  return Math.hypot(p.L - q.L, p.a - q.a, p.b - q.b);
}

const DEG = Math.PI / 180;

function hueAngle(b: number, a: number): number {
  if (a === 0 && b === 0) return 0;
  const h = Math.atan2(b, a) / DEG;
  return h < 0 ? h + 360 : h;
}

/** CIEDE2000 difference of two CIELAB colours (Sharma, Wu & Dalal's formulation). */
export function ciede2000(L1: number, a1: number, b1: number, L2: number, a2: number, b2: number, kL = 1, kC = 1, kH = 1): number {
  const c1 = Math.hypot(a1, b1);
  const c2 = Math.hypot(a2, b2);
  const cBar = (c1 + c2) / 2;
  const c7 = cBar ** 7;
  const g = 0.5 * (1 - Math.sqrt(c7 / (c7 + 25 ** 7)));
  const a1p = (1 + g) * a1;
  const a2p = (1 + g) * a2;
  const c1p = Math.hypot(a1p, b1);
  const c2p = Math.hypot(a2p, b2);
  const h1p = hueAngle(b1, a1p);
  const h2p = hueAngle(b2, a2p);

  const dL = L2 - L1;
  const dC = c2p - c1p;
  let dh = 0;
  if (c1p * c2p !== 0) {
    dh = h2p - h1p;
    if (dh > 180) dh -= 360;
    else if (dh < -180) dh += 360;
  }
  const dH = 2 * Math.sqrt(c1p * c2p) * Math.sin((dh * DEG) / 2);

  const lBar = (L1 + L2) / 2;
  const cBarP = (c1p + c2p) / 2;
  let hBar = h1p + h2p;
  if (c1p * c2p !== 0) {
    if (Math.abs(h1p - h2p) <= 180) hBar /= 2;
    else hBar = h1p + h2p < 360 ? (hBar + 360) / 2 : (hBar - 360) / 2;
  }
  const t =
    1 - 0.17 * Math.cos((hBar - 30) * DEG) + 0.24 * Math.cos(2 * hBar * DEG) + 0.32 * Math.cos((3 * hBar + 6) * DEG) - 0.2 * Math.cos((4 * hBar - 63) * DEG);
  const dTheta = 30 * Math.exp(-(((hBar - 275) / 25) ** 2));
  const cBarP7 = cBarP ** 7;
  const rc = 2 * Math.sqrt(cBarP7 / (cBarP7 + 25 ** 7));
  const l50 = (lBar - 50) ** 2;
  const sl = 1 + (0.015 * l50) / Math.sqrt(20 + l50);
  const sc = 1 + 0.045 * cBarP;
  const sh = 1 + 0.015 * cBarP * t;
  const rt = -Math.sin(2 * dTheta * DEG) * rc;
  const tl = dL / (kL * sl);
  const tc = dC / (kC * sc);
  const th = dH / (kH * sh);
  return Math.sqrt(tl * tl + tc * tc + th * th + rt * tc * th);
}

/** Mean CIEDE2000 between a palette and its targets, both flat arrays of sRGB triples. */
export function paletteLoss(rgb: Float64Array, target: Float64Array): number {
  let total = 0;
  const n = rgb.length / 3;
  for (let i = 0; i < n; i++) {
    const p = toLab(rgb[3 * i], rgb[3 * i + 1], rgb[3 * i + 2]);
    const q = toLab(target[3 * i], target[3 * i + 1], target[3 * i + 2]);
    total += ciede2000(p.L, p.a, p.b, q.L, q.a, q.b);
  }
  return total / n;
}

function luminance(r: number, g: number, b: number): number {
  return 0.2126 * decodeSrgb(r) + 0.7152 * decodeSrgb(g) + 0.0722 * decodeSrgb(b);
}

/** WCAG 2 contrast ratio of two sRGB colours. */
export function contrastRatio(r1: number, g1: number, b1: number, r2: number, g2: number, b2: number): number {
  const l1 = luminance(r1, g1, b1);
  const l2 = luminance(r2, g2, b2);
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}

const BRADFORD = new Float64Array([0.8951, 0.2664, -0.1614, -0.7502, 1.7135, 0.0367, 0.0389, -0.0685, 1.0296]);
const BRADFORD_INV = new Float64Array([0.9869929, -0.1470543, 0.1599627, 0.4323053, 0.5183603, 0.0492912, -0.0085287, 0.0400428, 0.9684867]);

function mul3(m: Float64Array, v: readonly number[], out: Float64Array): void {
  for (let r = 0; r < 3; r++) out[r] = m[3 * r] * v[0] + m[3 * r + 1] * v[1] + m[3 * r + 2] * v[2];
}

/** Bradford chromatic adaptation of XYZ colours (flat triples) from white `src` to white `dst`; writes `out`. */
export function bradfordAdapt(xyz: Float64Array, src: Float64Array, dst: Float64Array, out: Float64Array): void {
  const ws = new Float64Array(3);
  const wd = new Float64Array(3);
  mul3(BRADFORD, [src[0], src[1], src[2]], ws);
  mul3(BRADFORD, [dst[0], dst[1], dst[2]], wd);
  const cone = new Float64Array(3);
  for (let i = 0; i < xyz.length; i += 3) {
    mul3(BRADFORD, [xyz[i], xyz[i + 1], xyz[i + 2]], cone);
    const scaled = [(cone[0] * wd[0]) / ws[0], (cone[1] * wd[1]) / ws[1], (cone[2] * wd[2]) / ws[2]];
    mul3(BRADFORD_INV, scaled, out.subarray(i, i + 3));
  }
}

/** Angular distance between two hues in degrees, smooth across the 0/360 seam (a d3-style IIFE). */
export const hueDistance = (function () {
  const toRad = Math.PI / 180;
  function chord(h1: number, h2: number): number {
    return 2 * Math.sin(((h2 - h1) * toRad) / 2);
  }
  return function hueDistance(h1: number, h2: number, chroma = 1): number {
    const c = chord(h1, h2);
    return chroma * Math.sqrt(c * c + 1e-12);
  };
})();

/** Mixing: how far the linear-light average of a set of sRGB greys is from a target lightness. */
export function greyMixError(levels: number[], targetL: number): number {
  const lin = levels.map((c) => decodeSrgb(c));
  const mean = lin.reduce((s, v) => s + v, 0) / lin.length;
  const l = 116 * labF(mean) - 16;
  const worst = Math.max(...levels.map((c) => Math.abs(c - 0.5)));
  return (l - targetL) ** 2 + 0.01 * worst;
}
