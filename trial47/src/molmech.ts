// Molecular mechanics: Lennard-Jones with a cutoff and a neighbour list, bonds and angles, a Morse chain, Ewald-free Coulomb.

/** Lennard-Jones energy with a shifted cutoff, via a neighbour list built from a skin distance (pairs in an Int32Array). */
export function ljEnergy(pos: Float64Array, eps: number, sigma: number, rc: number, box: number): number {
  const n = pos.length / 3;
  const skin = rc + 0.3;
  const pairs = new Int32Array(n * n);
  let np = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      let d2 = 0;
      for (let k = 0; k < 3; k++) {
        let d = pos[3 * i + k] - pos[3 * j + k];
        d -= box * Math.round(d / box);
        d2 += d * d;
      }
      if (d2 < skin * skin) {
        pairs[2 * np] = i;
        pairs[2 * np + 1] = j;
        np++;
      }
    }
  }
  const sr6c = Math.pow(sigma / rc, 6);
  const shift = 4 * eps * (sr6c * sr6c - sr6c);
  let e = 0;
  for (let p = 0; p < np; p++) {
    const i = pairs[2 * p], j = pairs[2 * p + 1];
    let d2 = 0;
    for (let k = 0; k < 3; k++) {
      let d = pos[3 * i + k] - pos[3 * j + k];
      d -= box * Math.round(d / box);
      d2 += d * d;
    }
    if (d2 >= rc * rc) continue;
    const s6 = Math.pow((sigma * sigma) / d2, 3);
    e += 4 * eps * (s6 * s6 - s6) - shift;
  }
  return e;
}

class Vec3 {
  constructor(readonly x: number, readonly y: number, readonly z: number) {}
  static between(p: Float64Array, i: number, j: number): Vec3 {
    return new Vec3(p[3 * j] - p[3 * i], p[3 * j + 1] - p[3 * i + 1], p[3 * j + 2] - p[3 * i + 2]);
  }
  dot(o: Vec3): number {
    return this.x * o.x + this.y * o.y + this.z * o.z;
  }
  get norm(): number {
    return Math.sqrt(this.dot(this));
  }
  cross(o: Vec3): Vec3 {
    return new Vec3(this.y * o.z - this.z * o.y, this.z * o.x - this.x * o.z, this.x * o.y - this.y * o.x);
  }
}

/** Harmonic bonds and angles of a chain molecule (atoms in order), force constants kb and ka. */
export function bondedEnergy(pos: Float64Array, r0: number, theta0: number, kb: number, ka: number): number {
  const n = pos.length / 3;
  let e = 0;
  for (let i = 0; i + 1 < n; i++) {
    const d = Vec3.between(pos, i, i + 1).norm - r0;
    e += 0.5 * kb * d * d;
  }
  for (let i = 1; i + 1 < n; i++) {
    const a = Vec3.between(pos, i, i - 1);
    const b = Vec3.between(pos, i, i + 1);
    const th = Math.acos(a.dot(b) / (a.norm * b.norm));
    e += 0.5 * ka * (th - theta0) ** 2;
  }
  return e;
}

/** Dihedral energy of a chain: Σ k (1 + cos(3φ)) with φ from atan2 of the cross products. */
export function torsionEnergy(pos: Float64Array, k: number): number {
  const n = pos.length / 3;
  let e = 0;
  for (let i = 0; i + 3 < n; i++) {
    const b1 = Vec3.between(pos, i, i + 1);
    const b2 = Vec3.between(pos, i + 1, i + 2);
    const b3 = Vec3.between(pos, i + 2, i + 3);
    const n1 = b1.cross(b2);
    const n2 = b2.cross(b3);
    const m = n1.cross(b2);
    const phi = Math.atan2(m.dot(n2) / b2.norm, n1.dot(n2));
    e += k * (1 + Math.cos(3 * phi));
  }
  return e;
}

/** Morse chain relaxed by steepest descent for a few steps; the final energy (a hyper-parameter-like objective). */
export function morseRelaxed(x0: Float64Array, De: number, a: number, re: number, lr: number, steps: number): number {
  const x = Float64Array.from(x0);
  const g = new Float64Array(x.length);
  const energy = (): number => {
    let e = 0;
    for (let i = 0; i + 1 < x.length; i++) {
      const q = 1 - Math.exp(-a * (x[i + 1] - x[i] - re));
      e += De * q * q;
    }
    return e;
  };
  for (let s = 0; s < steps; s++) {
    g.fill(0);
    for (let i = 0; i + 1 < x.length; i++) {
      const ex = Math.exp(-a * (x[i + 1] - x[i] - re));
      const dq = 2 * De * (1 - ex) * a * ex;
      g[i + 1] += dq;
      g[i] -= dq;
    }
    for (let i = 0; i < x.length; i++) x[i] -= lr * g[i];
  }
  return energy();
}

/** Coulomb energy with a soft core between charged sites (charges q, positions in 3-D). */
export function softCoulomb(pos: Float64Array, q: Float64Array, soft: number): number {
  const n = q.length;
  let e = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const r = Vec3.between(pos, i, j);
      e += (q[i] * q[j]) / Math.sqrt(r.dot(r) + soft * soft);
    }
  }
  return e;
}
