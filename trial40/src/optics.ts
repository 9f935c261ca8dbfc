// Geometric and wave optics: rays traced through spherical lens surfaces by Snell's law in 2-D,
// Fresnel reflectance, a single thin film's reflectance, and a lens designer's spot-size loss.

type Ray = [y: number, u: number]; // height and direction sine-like slope (dy/dz)

/** Refract a 2-D direction (dx, dy) at a surface with normal (nx, ny), indices n1 -> n2 (vector Snell). */
function refract(dx: number, dy: number, nx: number, ny: number, n1: number, n2: number): [number, number] {
  const eta = n1 / n2;
  let cosi = -(dx * nx + dy * ny);
  if (cosi < 0) {
    nx = -nx;
    ny = -ny;
    cosi = -cosi;
  }
  const k = 1 - eta * eta * (1 - cosi * cosi);
  if (k < 0) return [dx, dy]; // total internal reflection: ignore (not in the domain)
  const c = eta * cosi - Math.sqrt(k);
  return [eta * dx + c * nx, eta * dy + c * ny];
}

/**
 * Trace a ray parallel to the axis at height h through a biconvex lens (two spherical surfaces of radius
 * r1, r2, thickness d, index n) and return where it crosses the axis (the back focus).
 * @domain h (0.1, 0.5)
 * @domain r1 (2, 4)
 * @domain r2 (2, 4)
 * @domain d (0.3, 0.6)
 * @domain n (1.4, 1.7)
 */
export function traceFocus(h: number, r1: number, r2: number, d: number, n: number): number {
  // surface 1: sphere centred at (r1, 0) on the z axis (z along x here)
  let z = r1 - Math.sqrt(r1 * r1 - h * h);
  let y = h;
  let [dz, dy] = refract(1, 0, (z - r1) / r1, y / r1, 1, n);
  // surface 2: sphere centred at (d - r2, 0), radius r2; intersect the ray with it
  const cz = d - r2;
  const oz = z - cz;
  const b = oz * dz + y * dy;
  const cc = oz * oz + y * y - r2 * r2;
  const disc = b * b - (dz * dz + dy * dy) * cc;
  const t = (-b + Math.sqrt(disc)) / (dz * dz + dy * dy);
  z += t * dz;
  y += t * dy;
  [dz, dy] = refract(dz, dy, (z - cz) / r2, y / r2, n, 1);
  return z - (y * dz) / dy;
}

/**
 * Mean squared spot height at the image plane zImg for a fan of ray heights (a designer's loss).
 * @domain heights (0.05, 0.5) length 4
 * @domain r1 (2, 4)
 * @domain r2 (2, 4)
 * @domain d (0.3, 0.6)
 * @domain n (1.4, 1.7)
 * @domain zImg (3, 4)
 */
export function spotSize(heights: Float64Array, r1: number, r2: number, d: number, n: number, zImg: number): number {
  let s = 0;
  for (const h of heights) {
    let z = r1 - Math.sqrt(r1 * r1 - h * h);
    let y = h;
    let [dz, dy] = refract(1, 0, (z - r1) / r1, y / r1, 1, n);
    const cz = d - r2;
    const oz = z - cz;
    const a = dz * dz + dy * dy;
    const b = oz * dz + y * dy;
    const disc = b * b - a * (oz * oz + y * y - r2 * r2);
    const t = (-b + Math.sqrt(disc)) / a;
    z += t * dz;
    y += t * dy;
    [dz, dy] = refract(dz, dy, (z - cz) / r2, y / r2, n, 1);
    const yi = y + ((zImg - z) * dy) / dz;
    s += yi * yi;
  }
  return s / heights.length;
}

/**
 * Reflectance of one thin film (index nf, thickness d) on a substrate ns at normal incidence, wavelength
 * lambda: Airy summation written with real arithmetic for r = (r1 + r2 e^{-2iδ}) / (1 + r1 r2 e^{-2iδ}).
 * @domain nf (1.2, 1.5)
 * @domain d (0.08, 0.15)
 * @domain ns (1.4, 1.6)
 * @domain lambda (0.4, 0.7)
 */
export function thinFilmR(nf: number, d: number, ns: number, lambda: number): number {
  const r1 = (1 - nf) / (1 + nf);
  const r2 = (nf - ns) / (nf + ns);
  const delta = (2 * Math.PI * nf * d) / lambda;
  const c = Math.cos(2 * delta);
  const num = r1 * r1 + r2 * r2 + 2 * r1 * r2 * c;
  const den = 1 + r1 * r1 * r2 * r2 + 2 * r1 * r2 * c;
  return num / den;
}

/**
 * Average thin-film reflectance over a band of wavelengths: an anti-reflection coating's objective.
 * @domain nf (1.2, 1.5)
 * @domain d (0.08, 0.15)
 * @domain ns (1.4, 1.6)
 * @domain lambdas (0.4, 0.7) length 5
 */
export function coatingLoss(nf: number, d: number, ns: number, lambdas: number[]): number {
  return lambdas.map((l) => thinFilmR(nf, d, ns, l)).reduce((a, b) => a + b, 0) / lambdas.length;
}

/**
 * Paraxial ABCD matrices: a thin lens f1, a gap g, a thin lens f2; the system's effective focal length.
 * @domain f1 (1, 2)
 * @domain g (0.1, 0.5)
 * @domain f2 (1, 2)
 * @domain y0 (0.1, 1)
 */
export function paraxialEfl(f1: number, g: number, f2: number, y0: number): number {
  let ray: Ray = [y0, 0];
  const lens = (r: Ray, f: number): Ray => [r[0], r[1] - r[0] / f];
  const gap = (r: Ray, t: number): Ray => [r[0] + t * r[1], r[1]];
  ray = lens(ray, f1);
  ray = gap(ray, g);
  ray = lens(ray, f2);
  return -y0 / ray[1];
}

/**
 * Snell's law through a stack of flat layers: lateral shift of a ray entering at angle theta.
 * @domain theta (0.1, 0.8)
 * @domain indices (1.3, 1.8) length 3
 * @domain thick (0.5, 2) length 3
 */
export function layerShift(theta: number, indices: Float64Array, thick: Float64Array): number {
  const s = Math.sin(theta); // n0 = 1: n·sin is invariant
  let shift = 0;
  for (let i = 0; i < indices.length; i++) {
    const si = s / indices[i];
    shift += (thick[i] * si) / Math.sqrt(1 - si * si);
  }
  return shift;
}
