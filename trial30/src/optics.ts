// Geometric and wave optics: Snell's law through layers, Fresnel, thin films, lens tracing.

export const enum Elem { Space = 0, Lens = 1, Interface = 2 }

/** BK7 Sellmeier coefficients (wavelength in micrometres). */
const BK7_B = [1.03961212, 0.231792344, 1.01046945];
const BK7_C = [0.00600069867, 0.0200179144, 103.560653];

/** Exit angle of a ray through a stack of parallel layers with indices n (n[0] is where it starts). */
export function snellExitAngle(theta0: number, n: Float64Array): number {
  let s = Math.sin(theta0);
  for (let i = 1; i < n.length; i++) {
    s = (n[i - 1] * s) / n[i];
    if (Math.abs(s) >= 1) return Math.PI / 2; // total internal reflection: grazing
  }
  return Math.asin(s);
}

/** Unpolarised Fresnel reflectance at an interface, for the cosine of the incidence angle. */
export function fresnelReflectance(cosi: number, n1: number, n2: number): number {
  const sint2 = (n1 / n2) ** 2 * (1 - cosi * cosi);
  if (sint2 > 1) return 1;
  const cost = Math.sqrt(1 - sint2);
  const rs = (n1 * cosi - n2 * cost) / (n1 * cosi + n2 * cost);
  const rp = (n2 * cosi - n1 * cost) / (n2 * cosi + n1 * cost);
  return 0.5 * (rs * rs + rp * rp);
}

interface Complex { re: number; im: number }

function cmul(a: Complex, b: Complex): Complex {
  return { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re };
}
function cdiv(a: Complex, b: Complex): Complex {
  const d = b.re * b.re + b.im * b.im;
  return { re: (a.re * b.re + a.im * b.im) / d, im: (a.im * b.re - a.re * b.im) / d };
}
function cexpi(phi: number): Complex {
  return { re: Math.cos(phi), im: Math.sin(phi) };
}

/** Reflectance of a single thin film (normal incidence) on a substrate, Airy formula with complex helpers. */
export function thinFilmReflectance(lambda: number, d: number, nFilm: number, nSub: number): number {
  const r01 = (1 - nFilm) / (1 + nFilm);
  const r12 = (nFilm - nSub) / (nFilm + nSub);
  const phase = cexpi((4 * Math.PI * nFilm * d) / lambda);
  const num = { re: r01 + r12 * phase.re, im: r12 * phase.im };
  const den = { re: 1 + r01 * r12 * phase.re, im: r01 * r12 * phase.im };
  const r = cdiv(num, den);
  const rr = cmul(r, { re: r.re, im: -r.im });
  return rr.re;
}

/** Refractive index from the Sellmeier equation with coefficient lists. */
export function sellmeierIndex(lambda: number, B: readonly number[], C: readonly number[]): number {
  const l2 = lambda * lambda;
  const sum = B.reduce((acc, b, i) => acc + (b * l2) / (l2 - C[i]), 0);
  return Math.sqrt(1 + sum);
}

/** Thin-lens focal length of a BK7 lens at one wavelength (lensmaker's equation). */
export function bk7FocalLength(lambda: number, R1: number, R2: number): number {
  const n = sellmeierIndex(lambda, BK7_B, BK7_C);
  return 1 / ((n - 1) * (1 / R1 - 1 / R2));
}

/** Paraxial ray (height y, angle u) through a list of elements; returns the final height. */
export function abcdTrace(kinds: Int32Array, vals: Float64Array, y0: number, u0: number): number {
  let y = y0;
  let u = u0;
  for (let i = 0; i < kinds.length; i++) {
    const v = vals[i];
    switch (kinds[i]) {
      case Elem.Space:
        y = y + v * u;
        break;
      case Elem.Lens:
        u = u - y / v;
        break;
      case Elem.Interface:
        u = u * v; // v = n1 / n2
        break;
      default:
        throw new Error('unknown element ' + kinds[i]);
    }
  }
  return y;
}

/** Exact trace of a ray parallel to the axis at height h through a biconvex lens; returns where it crosses the axis. */
export function backFocus(h: number, R1: number, R2: number, thick: number, n: number): number {
  // first surface: sphere centred at (R1, 0), vertex at z = 0
  const z1 = R1 - Math.sqrt(R1 * R1 - h * h);
  // surface normal (pointing back toward the incoming ray)
  let nz = (z1 - R1) / R1, ny = h / R1;
  // incoming direction (1, 0); refract with vector Snell
  let dz = 1, dy = 0;
  let eta = 1 / n;
  let cosi = -(nz * dz + ny * dy);
  let k = 1 - eta * eta * (1 - cosi * cosi);
  let t = eta * cosi - Math.sqrt(k);
  dz = eta * dz + t * nz;
  dy = eta * dy + t * ny;
  // second surface: sphere centred at (thick - R2, 0) with radius R2 (convex towards +z)
  const cz = thick - R2;
  const oz = z1 - cz, oy = h;
  const b = oz * dz + oy * dy;
  const c = oz * oz + oy * oy - R2 * R2;
  const s = -b + Math.sqrt(b * b - c);
  const z2 = z1 + s * dz;
  const y2 = h + s * dy;
  nz = -(z2 - cz) / R2;
  ny = -y2 / R2;
  eta = n;
  cosi = -(nz * dz + ny * dy);
  k = 1 - eta * eta * (1 - cosi * cosi);
  t = eta * cosi - Math.sqrt(k);
  dz = eta * dz + t * nz;
  dy = eta * dy + t * ny;
  return z2 - (y2 * dz) / dy;
}

/** Radius of a Gaussian beam at distance z from its waist. */
export function beamRadius(w0: number, lambda: number, z: number): number {
  const zR = (Math.PI * w0 * w0) / lambda;
  return w0 * Math.hypot(1, z / zR);
}

/** Reflectance of a quarter-wave stack of pairs (nH, nL) on a substrate, by characteristic matrices. */
export function braggReflectance(pairs: number, nH: number, nL: number, nSub: number, detune = 0): number {
  // characteristic matrix [[m11, i m12], [i m21, m22]] with real m's at quarter wave, phase detuned
  let m11 = 1, m12 = 0, m21 = 0, m22 = 1;
  const delta = Math.PI / 2 + detune;
  const c = Math.cos(delta), s = Math.sin(delta);
  for (let p = 0; p < pairs; p++) {
    for (const nl of [nH, nL]) {
      const a11 = c, a12 = s / nl, a21 = -nl * s, a22 = c;
      // real-valued product of the layer matrices (the i factors pair up)
      const b11 = m11 * a11 - m12 * a21;
      const b12 = m11 * a12 + m12 * a22;
      const b21 = m21 * a11 + m22 * a21;
      const b22 = -m21 * a12 + m22 * a22;
      m11 = b11; m12 = b12; m21 = b21; m22 = b22;
    }
  }
  const Bre = m11, Bim = m12 * nSub;
  const Cre = m22 * nSub, Cim = m21;
  const nr = Bre - Cre, ni = Bim - Cim;
  const dr = Bre + Cre, di = Bim + Cim;
  return (nr * nr + ni * ni) / (dr * dr + di * di);
}
