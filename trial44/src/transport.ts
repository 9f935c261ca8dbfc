// Transport: a flux-limited upwind advection, Lax-Friedrichs Burgers, variable-coefficient diffusion, a Jacobi
// Laplace solve, a cooling fin and a Colebrook pipe.

function minmod(a: number, b: number): number {
  if (a * b <= 0) return 0;
  return a > 0 ? Math.min(a, b) : Math.max(a, b);
}

/**
 * Periodic upwind advection (c > 0) with a minmod-limited second-order correction (MUSCL), `steps` forward Euler
 * steps; squared distance of the final profile to a target.
 */
export function advectLimited(u0: Float64Array, courant: number, steps: number, target: Float64Array): number {
  const n = u0.length;
  let u = Float64Array.from(u0);
  let next = new Float64Array(n);
  const flux = new Float64Array(n);
  for (let s = 0; s < steps; s++) {
    for (let i = 0; i < n; i++) {
      const im = (i - 1 + n) % n, ip = (i + 1) % n;
      const slope = minmod(u[i] - u[im], u[ip] - u[i]);
      flux[i] = courant * (u[i] + 0.5 * (1 - courant) * slope); // flux through the right face of cell i
    }
    for (let i = 0; i < n; i++) next[i] = u[i] - (flux[i] - flux[(i - 1 + n) % n]);
    const t = u;
    u = next;
    next = t;
  }
  let e = 0;
  for (let i = 0; i < n; i++) e += (u[i] - target[i]) ** 2;
  return e;
}

/** The same scheme with a van Leer limiter written with Math.abs, and a total-variation penalty. */
export function advectVanLeer(u0: Float64Array, courant: number, steps: number, tvWeight: number): number {
  const n = u0.length;
  const u = Float64Array.from(u0);
  const f = new Float64Array(n);
  for (let s = 0; s < steps; s++) {
    for (let i = 0; i < n; i++) {
      const dl = u[i] - u[(i + n - 1) % n];
      const dr = u[(i + 1) % n] - u[i];
      const phiSlope = dl * dr > 0 ? (2 * dl * dr) / (dl + dr) : 0;
      f[i] = courant * (u[i] + 0.5 * (1 - courant) * phiSlope);
    }
    const last = f[n - 1];
    for (let i = n - 1; i > 0; i--) u[i] -= f[i] - f[i - 1];
    u[0] -= f[0] - last;
  }
  let mass = 0, tv = 0;
  for (let i = 0; i < n; i++) {
    mass += u[i] * u[i];
    tv += Math.abs(u[(i + 1) % n] - u[i]);
  }
  return mass + tvWeight * tv;
}

/** Inviscid Burgers by Lax-Friedrichs on a periodic grid; returns the final kinetic energy weighted by position. */
export function burgersLaxFriedrichs(u0: Float64Array, dtdx: number, steps: number): number {
  const n = u0.length;
  let u = Array.from(u0);
  for (let s = 0; s < steps; s++) {
    const v: number[] = [];
    for (let i = 0; i < n; i++) {
      const l = u[(i + n - 1) % n], r = u[(i + 1) % n];
      v.push(0.5 * (l + r) - 0.25 * dtdx * (r * r - l * l));
    }
    u = v;
  }
  let e = 0;
  u.forEach((x, i) => { e += (i + 1) * x * x; });
  return e;
}

/** Explicit diffusion with a conductivity per face (harmonic means of cell values), fixed ends; heat at a probe. */
export function variableDiffusion(kCell: Float64Array, tLeft: number, tRight: number, r: number, steps: number, probe: number): number {
  const n = kCell.length;
  const temp = new Float64Array(n + 2);
  temp[0] = tLeft;
  temp[n + 1] = tRight;
  const kFace = new Float64Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const a = kCell[Math.max(0, i - 1)], b = kCell[Math.min(n - 1, i)];
    kFace[i] = (2 * a * b) / (a + b);
  }
  for (let s = 0; s < steps; s++) {
    const old = temp.slice();
    for (let i = 1; i <= n; i++) temp[i] = old[i] + r * (kFace[i] * (old[i + 1] - old[i]) - kFace[i - 1] * (old[i] - old[i - 1]));
  }
  return temp[probe];
}

/** Jacobi relaxation of Laplace's equation on an (n+2)x(n+2) grid with the four edges' temperatures as inputs. */
export function jacobiPlate(top: number, bottom: number, left: number, right: number, n: number, sweeps: number, sensor: Float64Array): number {
  const w = n + 2;
  let a = new Float64Array(w * w);
  for (let j = 0; j < w; j++) {
    a[j] = top;
    a[(w - 1) * w + j] = bottom;
  }
  for (let i = 1; i < w - 1; i++) {
    a[i * w] = left;
    a[i * w + w - 1] = right;
  }
  let b = a.slice();
  for (let s = 0; s < sweeps; s++) {
    for (let i = 1; i <= n; i++)
      for (let j = 1; j <= n; j++) b[i * w + j] = 0.25 * (a[(i - 1) * w + j] + a[(i + 1) * w + j] + a[i * w + j - 1] + a[i * w + j + 1]);
    [a, b] = [b, a];
  }
  // sensor readings at the centre row
  let loss = 0;
  const row = (n >> 1) + 1;
  for (let j = 1; j <= n; j++) loss += (a[row * w + j] - sensor[j - 1]) ** 2;
  return loss;
}

/** Fin with a convective tip: temperature excess at x along it (analytic), m = sqrt(hP / (kA)). */
export function finTemperature(h: number, k: number, perim: number, area: number, len: number, x: number, tBase: number, tInf: number): number {
  const m = Math.sqrt((h * perim) / (k * area));
  const hmk = h / (m * k);
  const num = Math.cosh(m * (len - x)) + hmk * Math.sinh(m * (len - x));
  const den = Math.cosh(m * len) + hmk * Math.sinh(m * len);
  return tInf + (tBase - tInf) * (num / den);
}

/** Darcy-Weisbach head loss with the Colebrook friction factor by fixed-point iteration from Swamee-Jain. */
export function pipeHeadLoss(diameter: number, roughness: number, velocity: number, length: number, nu: number): number {
  const re = (velocity * diameter) / nu;
  const rel = roughness / diameter;
  let f = 0.25 / Math.log10(rel / 3.7 + 5.74 / re ** 0.9) ** 2;
  for (let i = 0; i < 8; i++) {
    const inv = -2 * Math.log10(rel / 3.7 + 2.51 / (re * Math.sqrt(f)));
    f = 1 / (inv * inv);
  }
  return (f * length * velocity * velocity) / (diameter * 2 * 9.81);
}
