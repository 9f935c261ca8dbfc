// Electromagnetism: dipole fields with a value class, a transmission line's input impedance with complex numbers,
// an RC ladder, Biot-Savart over a polyline (object helpers imported from util), point charges.
import { Complex as UComplex, add3, cross3, dot3, norm3, scale3, sub3, type Vec3 } from './util.js';

class V3 {
  constructor(readonly x: number, readonly y: number, readonly z: number) {}
  add(o: V3): V3 { return new V3(this.x + o.x, this.y + o.y, this.z + o.z); }
  sub(o: V3): V3 { return new V3(this.x - o.x, this.y - o.y, this.z - o.z); }
  scale(k: number): V3 { return new V3(k * this.x, k * this.y, k * this.z); }
  dot(o: V3): number { return this.x * o.x + this.y * o.y + this.z * o.z; }
  get norm(): number { return Math.sqrt(this.dot(this)); }
}

/** energy density |B|² of a magnetic dipole m at r (µ0/4π = 1) */
export function dipoleFieldEnergy(mx: number, my: number, mz: number, rx: number, ry: number, rz: number): number {
  const m = new V3(mx, my, mz);
  const r = new V3(rx, ry, rz);
  const d = r.norm;
  const rhat = r.scale(1 / d);
  const B = rhat.scale(3 * m.dot(rhat)).sub(m).scale(1 / d ** 3);
  return B.dot(B);
}

class Cx {
  constructor(readonly re: number, readonly im: number) {}
  static of(re: number, im = 0): Cx { return new Cx(re, im); }
  add(o: Cx): Cx { return new Cx(this.re + o.re, this.im + o.im); }
  sub(o: Cx): Cx { return new Cx(this.re - o.re, this.im - o.im); }
  mul(o: Cx): Cx { return new Cx(this.re * o.re - this.im * o.im, this.re * o.im + this.im * o.re); }
  div(o: Cx): Cx {
    const d = o.re * o.re + o.im * o.im;
    return new Cx((this.re * o.re + this.im * o.im) / d, (this.im * o.re - this.re * o.im) / d);
  }
  inv(): Cx { return Cx.of(1).div(this); }
  get abs(): number { return Math.hypot(this.re, this.im); }
}

/** |Γ| at the input of a lossless line of length len terminated by zl, seen from a source of impedance zs */
export function lineReflection(z0: number, zlRe: number, zlIm: number, betaLen: number, zs = 50): number {
  const Z0 = Cx.of(z0);
  const ZL = new Cx(zlRe, zlIm);
  const jt = new Cx(0, Math.tan(betaLen));
  const zin = Z0.mul(ZL.add(Z0.mul(jt))).div(Z0.add(ZL.mul(jt)));
  const zsC = Cx.of(zs);
  return zin.sub(zsC).div(zin.add(zsC)).abs;
}

/** |Z| of an RC ladder at angular frequency w, from the far end (series R, shunt C), instances rebound in a loop */
export function ladderImpedance(r: Float64Array, c: Float64Array, w: number): number {
  let z = Cx.of(r[r.length - 1]);
  for (let k = r.length - 2; k >= 0; k--) {
    const yc = new Cx(0, w * c[k]);
    z = Cx.of(r[k]).add(z.inv().add(yc).inv());
  }
  return z.abs;
}

/** |B| at p from a current along the closed polyline pts (flat xyz triples), Biot-Savart per segment */
export function biotSavartLoop(pts: Float64Array, px: number, py: number, pz: number, current = 1): number {
  const n = pts.length / 3;
  const p: Vec3 = { x: px, y: py, z: pz };
  let B: Vec3 = { x: 0, y: 0, z: 0 };
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    const a: Vec3 = { x: pts[3 * i], y: pts[3 * i + 1], z: pts[3 * i + 2] };
    const b: Vec3 = { x: pts[3 * j], y: pts[3 * j + 1], z: pts[3 * j + 2] };
    const ra = sub3(p, a);
    const rb = sub3(p, b);
    const la = norm3(ra);
    const lb = norm3(rb);
    const c = cross3(ra, rb);
    const k = (current * (la + lb)) / (la * lb * (la * lb + dot3(ra, rb)));
    B = add3(B, scale3(c, k));
  }
  return norm3(B);
}

// the same with helpers of this module (the hint of TSG2002 for util's helpers)
function vsub(a: Vec3, b: Vec3): Vec3 { return { x: a.x - b.x, y: a.y - b.y, z: a.z - b.z }; }
function vdot(a: Vec3, b: Vec3): number { return a.x * b.x + a.y * b.y + a.z * b.z; }
function vcross(a: Vec3, b: Vec3): Vec3 { return { x: a.y * b.z - a.z * b.y, y: a.z * b.x - a.x * b.z, z: a.x * b.y - a.y * b.x }; }
const vnorm = (a: Vec3): number => Math.sqrt(vdot(a, a));

/** |B| as biotSavartLoop, with local helpers; B accumulated in place */
export function biotSavartLocal(pts: Float64Array, px: number, py: number, pz: number, current = 1): number {
  const n = pts.length / 3;
  const p: Vec3 = { x: px, y: py, z: pz };
  const B = { x: 0, y: 0, z: 0 };
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    const ra = vsub(p, { x: pts[3 * i], y: pts[3 * i + 1], z: pts[3 * i + 2] });
    const rb = vsub(p, { x: pts[3 * j], y: pts[3 * j + 1], z: pts[3 * j + 2] });
    const la = vnorm(ra), lb = vnorm(rb);
    const c = vcross(ra, rb);
    const k = (current * (la + lb)) / (la * lb * (la * lb + vdot(ra, rb)));
    B.x += k * c.x;
    B.y += k * c.y;
    B.z += k * c.z;
  }
  return vnorm(B);
}

/** softened potential of point charges at a target (x, y) */
export function chargePotential(q: Float64Array, xs: Float64Array, ys: Float64Array, tx: number, ty: number, soft = 0.01): number {
  let phi = 0;
  q.forEach((qi, i) => {
    const dx = tx - xs[i];
    const dy = ty - ys[i];
    phi += qi / Math.sqrt(dx * dx + dy * dy + soft * soft);
  });
  return phi;
}

/** field (Ex, Ey) of point charges at targets, written into out (2 per target) */
export function chargeField(q: Float64Array, xs: Float64Array, ys: Float64Array, tgt: Float64Array, out: Float64Array): void {
  out.fill(0);
  for (let t = 0; t < tgt.length / 2; t++) {
    for (let i = 0; i < q.length; i++) {
      const dx = tgt[2 * t] - xs[i];
      const dy = tgt[2 * t + 1] - ys[i];
      const r3 = (dx * dx + dy * dy + 1e-4) ** 1.5;
      out[2 * t] += (q[i] * dx) / r3;
      out[2 * t + 1] += (q[i] * dy) / r3;
    }
  }
}

/** the same as lineReflection's magnitude part, with util's exported Complex (a class of another module) */
export function seriesImpedanceMag(r: number, x: number, k: number): number {
  const z = new UComplex(r, x);
  return z.mul(new UComplex(k, 0)).add(z).abs();
}
