// Molecular mechanics: pair potentials with cut-offs, bond angles, dihedrals, forces.
import { sq } from './util.js';

export interface MorseParams {
  readonly depth?: number;
  readonly width?: number;
  readonly r0?: number;
}

const LJ_SHIFT_RC = 2.5;

/** Lennard-Jones cluster energy (reduced units), truncated and shifted at rc. pos is xyz-flat. */
export const ljEnergy = (pos: Float64Array, eps = 1, sigma = 1, rc = LJ_SHIFT_RC): number => {
  const n = pos.length / 3;
  const src6 = (sigma / rc) ** 6;
  const shift = 4 * eps * (src6 * src6 - src6);
  let e = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = pos[3 * j] - pos[3 * i];
      const dy = pos[3 * j + 1] - pos[3 * i + 1];
      const dz = pos[3 * j + 2] - pos[3 * i + 2];
      const r2 = dx * dx + dy * dy + dz * dz;
      if (r2 > rc * rc) continue;
      const s6 = (sigma * sigma / r2) ** 3;
      e += 4 * eps * (s6 * s6 - s6) - shift;
    }
  }
  return e;
};

/** Morse cluster energy; parameters through an options object with destructured defaults */
export function morseEnergy(pos: readonly number[], opts: MorseParams = {}): number {
  const depth = opts.depth ?? 1, width = opts.width ?? 6, r0 = opts.r0 ?? 1;
  const n = pos.length / 3;
  let e = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < i; j++) {
      const r = Math.hypot(pos[3 * i] - pos[3 * j], pos[3 * i + 1] - pos[3 * j + 1], pos[3 * i + 2] - pos[3 * j + 2]);
      const ex = Math.exp(-width * (r - r0));
      e += depth * (ex * ex - 2 * ex);
    }
  return e;
}

/** harmonic bond-angle energy over (i, j, k) triples with j the vertex */
export function angleEnergy(pos: Float64Array, triples: Int32Array, k: number, theta0: number): number {
  let e = 0;
  for (let t = 0; t + 2 < triples.length; t += 3) {
    const i = triples[t], j = triples[t + 1], l = triples[t + 2];
    let ab = 0, a2 = 0, b2 = 0;
    for (let c = 0; c < 3; c++) {
      const a = pos[3 * i + c] - pos[3 * j + c];
      const b = pos[3 * l + c] - pos[3 * j + c];
      ab += a * b;
      a2 += a * a;
      b2 += b * b;
    }
    const theta = Math.acos(ab / Math.sqrt(a2 * b2));
    e += 0.5 * k * sq(theta - theta0);
  }
  return e;
}

/** value class for geometry */
class Vec3 {
  constructor(readonly x: number, readonly y: number, readonly z: number) {}
  static at(p: Float64Array, i: number): Vec3 {
    return new Vec3(p[3 * i], p[3 * i + 1], p[3 * i + 2]);
  }
  sub(o: Vec3): Vec3 { return new Vec3(this.x - o.x, this.y - o.y, this.z - o.z); }
  cross(o: Vec3): Vec3 {
    return new Vec3(this.y * o.z - this.z * o.y, this.z * o.x - this.x * o.z, this.x * o.y - this.y * o.x);
  }
  dot(o: Vec3): number { return this.x * o.x + this.y * o.y + this.z * o.z; }
  get norm(): number { return Math.sqrt(this.dot(this)); }
}

/** periodic dihedral (torsion) energy of the chain p0-p1-p2-p3: k (1 + cos(n phi - delta)) */
export function torsionEnergy(pos: Float64Array, k: number, delta: number, mult = 3): number {
  const b1 = Vec3.at(pos, 1).sub(Vec3.at(pos, 0));
  const b2 = Vec3.at(pos, 2).sub(Vec3.at(pos, 1));
  const b3 = Vec3.at(pos, 3).sub(Vec3.at(pos, 2));
  const n1 = b1.cross(b2), n2 = b2.cross(b3);
  const m1 = n1.cross(new Vec3(b2.x / b2.norm, b2.y / b2.norm, b2.z / b2.norm));
  const phi = Math.atan2(m1.dot(n2), n1.dot(n2));
  return k * (1 + Math.cos(mult * phi - delta));
}

/** harmonic bond forces written into out (F = -dE/dx) */
export function bondForces(pos: Float64Array, bonds: Int32Array, k: number, r0: number, out: Float64Array): void {
  out.fill(0);
  for (let b = 0; b < bonds.length; b += 2) {
    const i = bonds[b], j = bonds[b + 1];
    const d = [pos[3 * j] - pos[3 * i], pos[3 * j + 1] - pos[3 * i + 1], pos[3 * j + 2] - pos[3 * i + 2]];
    const r = Math.hypot(...d);
    const f = -k * (r - r0) / r;
    for (const [c, dc] of d.entries()) {
      out[3 * j + c] += f * dc;
      out[3 * i + c] -= f * dc;
    }
  }
}

/** total bonded energy using the generic sumBy over a readonly list of bond lengths (as number[]) */
export const bondEnergyFromLengths = (lengths: readonly number[], k = 100, r0 = 1): number =>
  lengths.reduce((acc, r) => acc + 0.5 * k * sq(r - r0), 0);

/** steepest-descent relaxation of an LJ dimer distance: returns energy after nSteps, with do-while and early exit */
export function relaxDimer(r: number, eps: number, step = 0.01, nSteps = 50): number {
  let it = 0;
  let e: number;
  do {
    const s6 = r ** -6;
    e = 4 * eps * (s6 * s6 - s6);
    const dEdr = 4 * eps * (-12 * s6 * s6 + 6 * s6) / r;
    if (Math.abs(dEdr) < 1e-10) break;
    r -= step * dEdr;
    it++;
  } while (it < nSteps);
  return e;
}
