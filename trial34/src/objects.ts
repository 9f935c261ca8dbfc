// Objects of numbers and small classes: room acoustics with vectors, porous absorbers with complex
// numbers as { re, im }, predator-prey dynamics with a state object, physical constants in classes.

// --- vectors as a class (what I would write first) ---------------------------------------------------

export class Vec3 {
  constructor(public x: number, public y: number, public z: number) {}
  sub(o: Vec3): Vec3 {
    return new Vec3(this.x - o.x, this.y - o.y, this.z - o.z);
  }
  dot(o: Vec3): number {
    return this.x * o.x + this.y * o.y + this.z * o.z;
  }
  norm(): number {
    return Math.hypot(this.x, this.y, this.z);
  }
}

/** Direct-path level at a receiver from a source, 1/r^2 spreading (class version). */
export function directEnergyClass(sx: number, sy: number, sz: number, rx: number, ry: number, rz: number): number {
  const d = new Vec3(rx, ry, rz).sub(new Vec3(sx, sy, sz));
  return 1 / d.dot(d);
}

// --- the same with plain objects ----------------------------------------------------------------------

interface V3 {
  x: number;
  y: number;
  z: number;
}
const v3 = (x: number, y: number, z: number): V3 => ({ x, y, z });
const sub = (a: V3, b: V3): V3 => ({ x: a.x - b.x, y: a.y - b.y, z: a.z - b.z });
const dot = (a: V3, b: V3): number => a.x * b.x + a.y * b.y + a.z * b.z;

/** First-order image sources in a shoebox room L x W x H: energy at the receiver, walls absorbing alpha. */
export function imageSourceEnergy(sx: number, sy: number, sz: number, rx: number, ry: number, rz: number, L: number, W: number, H: number, alpha = 0.3): number {
  const r = v3(rx, ry, rz);
  let e = 0;
  const direct = sub(r, v3(sx, sy, sz));
  e += 1 / dot(direct, direct);
  const refl = 1 - alpha;
  for (let wall = 0; wall < 6; wall++) {
    let ix = sx;
    let iy = sy;
    let iz = sz;
    switch (wall) {
      case 0: ix = -sx; break;
      case 1: ix = 2 * L - sx; break;
      case 2: iy = -sy; break;
      case 3: iy = 2 * W - sy; break;
      case 4: iz = -sz; break;
      default: iz = 2 * H - sz;
    }
    const d = sub(r, v3(ix, iy, iz));
    e += refl / dot(d, d);
  }
  return 10 * Math.log10(e);
}

// --- complex numbers as objects -----------------------------------------------------------------------

interface C {
  re: number;
  im: number;
}
const cx = (re: number, im = 0): C => ({ re, im });
const cmul = (a: C, b: C): C => ({ re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re });
const cdiv = (a: C, b: C): C => {
  const d = b.re * b.re + b.im * b.im;
  return { re: (a.re * b.re + a.im * b.im) / d, im: (a.im * b.re - a.re * b.im) / d };
};
const cadd = (a: C, b: C): C => ({ re: a.re + b.re, im: a.im + b.im });
const csub = (a: C, b: C): C => ({ re: a.re - b.re, im: a.im - b.im });
const cabs2 = (a: C): number => a.re * a.re + a.im * a.im;

/** coth of a complex argument: (e^{2z} + 1) / (e^{2z} - 1). */
function ccoth(z: C): C {
  const m = Math.exp(2 * z.re);
  const e2 = { re: m * Math.cos(2 * z.im), im: m * Math.sin(2 * z.im) };
  return cdiv(cadd(e2, cx(1)), csub(e2, cx(1)));
}

const RHO0 = 1.204;
const C0 = 343;

/** Delany-Bazley characteristic impedance and propagation constant of a fibrous material. */
function delanyBazley(sigma: number, freq: number) {
  const X = (RHO0 * freq) / sigma;
  const zc = cx(RHO0 * C0 * (1 + 0.0571 * X ** -0.754), -RHO0 * C0 * 0.087 * X ** -0.732);
  const k0 = (2 * Math.PI * freq) / C0;
  const gamma = cx(k0 * 0.189 * X ** -0.595, k0 * (1 + 0.0978 * X ** -0.7));
  return { zc, gamma };
}

/** Normal-incidence absorption coefficient of a rigidly backed porous layer (flow resistivity sigma, thickness d). */
export function absorberAlpha(sigma: number, d: number, freq: number): number {
  const X = (RHO0 * freq) / sigma;
  const zc = cx(RHO0 * C0 * (1 + 0.0571 * X ** -0.754), -RHO0 * C0 * 0.087 * X ** -0.732);
  const k0 = (2 * Math.PI * freq) / C0;
  const gamma = cx(k0 * 0.189 * X ** -0.595, k0 * (1 + 0.0978 * X ** -0.7));
  const zs = cmul(zc, ccoth(cmul(gamma, cx(d))));
  const z0 = cx(RHO0 * C0);
  const r = cdiv(csub(zs, z0), cadd(zs, z0));
  return 1 - cabs2(r);
}

/** Two porous layers on a rigid wall: impedance carried through each layer by the transfer formula. */
export function twoLayerAlpha(sigma1: number, d1: number, sigma2: number, d2: number, freq: number): number {
  const back = delanyBazley(sigma2, freq);
  let z = cmul(back.zc, ccoth(cmul(back.gamma, cx(d2))));
  const front = delanyBazley(sigma1, freq);
  const t = ccoth(cmul(front.gamma, cx(d1)));
  // Z_in = Zc (Z coth(gd) + Zc) / (Z + Zc coth(gd))
  z = cdiv(cmul(front.zc, cadd(cmul(z, t), front.zc)), cadd(z, cmul(front.zc, t)));
  const z0 = cx(RHO0 * C0);
  return 1 - cabs2(cdiv(csub(z, z0), cadd(z, z0)));
}

// --- predator-prey state object ----------------------------------------------------------------------

interface Pop {
  prey: number;
  pred: number;
}
interface LvParams {
  a: number;
  b: number;
  c: number;
  d: number;
}
function lvRate(s: Pop, p: LvParams): Pop {
  return { prey: p.a * s.prey - p.b * s.prey * s.pred, pred: p.d * s.prey * s.pred - p.c * s.pred };
}
function axpy(s: Pop, k: Pop, h: number): Pop {
  return { prey: s.prey + h * k.prey, pred: s.pred + h * k.pred };
}
function rk4(s: Pop, p: LvParams, h: number): Pop {
  const k1 = lvRate(s, p);
  const k2 = lvRate(axpy(s, k1, h / 2), p);
  const k3 = lvRate(axpy(s, k2, h / 2), p);
  const k4 = lvRate(axpy(s, k3, h), p);
  return {
    prey: s.prey + (h / 6) * (k1.prey + 2 * k2.prey + 2 * k3.prey + k4.prey),
    pred: s.pred + (h / 6) * (k1.pred + 2 * k2.pred + 2 * k3.pred + k4.pred),
  };
}

/** Log-scale misfit of a Lotka-Volterra model (RK4, sub-steps per observation) to observed counts. */
export function lotkaVolterraMisfit(a: number, b: number, c: number, d: number, obsPrey: Float64Array, obsPred: Float64Array, dt = 0.1, substeps = 5): number {
  let s: Pop = { prey: obsPrey[0], pred: obsPred[0] };
  const p = { a, b, c, d };
  let err = 0;
  for (let t = 1; t < obsPrey.length; t++) {
    for (let k = 0; k < substeps; k++) s = rk4(s, p, dt / substeps);
    const { prey, pred } = s;
    err += Math.log(prey / obsPrey[t]) ** 2 + Math.log(pred / obsPred[t]) ** 2;
  }
  return err;
}

// --- a state object updated in place by a step function ------------------------------------------------

interface Osc {
  x: number;
  v: number;
}
function stepInPlace(s: Osc, k: number, c: number, dt: number): void {
  const acc = -k * s.x - c * s.v;
  s.v += acc * dt;
  s.x += s.v * dt;
}

/** Energy left in a damped oscillator after `steps` semi-implicit Euler steps (state mutated by a helper). */
export function oscillatorEnergyInPlace(k: number, c: number, x0: number, steps = 100, dt = 0.01): number {
  const s: Osc = { x: x0, v: 0 };
  for (let i = 0; i < steps; i++) stepInPlace(s, k, c, dt);
  return 0.5 * k * s.x * s.x + 0.5 * s.v * s.v;
}

/** The same, with the step returning a new state and the loop rebinding it. */
export function oscillatorEnergy(k: number, c: number, x0: number, steps = 100, dt = 0.01): number {
  let s: Osc = { x: x0, v: 0 };
  const step = (o: Osc): Osc => {
    const v = o.v + (-k * o.x - c * o.v) * dt;
    return { x: o.x + v * dt, v };
  };
  for (let i = 0; i < steps; i++) s = step(s);
  return 0.5 * k * s.x * s.x + 0.5 * s.v * s.v;
}

// --- constants in classes and frozen objects ------------------------------------------------------

class Air {
  static readonly RHO = 1.204;
  static readonly SPEED = 343;
}

/** Helmholtz resonator frequency with an end-corrected neck. */
export function helmholtzFrequency(neckRadius: number, neckLength: number, volume: number): number {
  const area = Math.PI * neckRadius ** 2;
  const effLength = neckLength + 1.7 * neckRadius;
  return (Air.SPEED / (2 * Math.PI)) * Math.sqrt(area / (volume * effLength));
}

const STEEL = Object.freeze({ E: 200e9, rho: 7850, nu: 0.3 });

function flexuralRigidity(t: number, m: { E: number; nu: number }): number {
  return (m.E * t ** 3) / (12 * (1 - m.nu * m.nu));
}

/** Natural frequency (m, n) of a simply supported rectangular steel plate a x b of thickness t. */
export function plateModeFrequency(t: number, a: number, b: number, m = 1, n = 1): number {
  const D = flexuralRigidity(t, STEEL);
  return (Math.PI / 2) * ((m / a) ** 2 + (n / b) ** 2) * Math.sqrt(D / (STEEL.rho * t));
}

// --- options objects and destructured results -----------------------------------------------------

function rotorLoads(v: number, radius: number, cp: number) {
  const area = Math.PI * radius * radius;
  const power = 0.5 * Air.RHO * area * cp * v ** 3;
  const thrust = 0.5 * Air.RHO * area * 0.8 * v * v;
  return { power, thrust };
}

/** Wind turbine power curve with cut-in, rated and cut-out speeds (smooth ramp to rated). */
export function turbinePower(v: number, radius: number, opts: { cutIn?: number; rated?: number; cutOut?: number; cp?: number } = {}): number {
  const cutIn = opts.cutIn ?? 3;
  const rated = opts.rated ?? 12;
  const cutOut = opts.cutOut ?? 25;
  if (v < cutIn || v > cutOut) return 0;
  const { power } = rotorLoads(Math.min(v, rated), radius, opts.cp ?? 0.42);
  const { thrust: t } = rotorLoads(v, radius, 0.42);
  return power - 1e-6 * t;
}

/** Energetic sum of sound levels in dB. */
export function soundLevelSum(levels: readonly number[]): number {
  return 10 * Math.log10(levels.reduce((s, l) => s + 10 ** (l / 10), 0));
}

// --- complex as a class (expected to be refused) -------------------------------------------------

class Complex {
  constructor(readonly re: number, readonly im: number) {}
  mul(o: Complex): Complex {
    return new Complex(this.re * o.re - this.im * o.im, this.re * o.im + this.im * o.re);
  }
  abs2(): number {
    return this.re * this.re + this.im * this.im;
  }
}

/** |H(jw)|^2 of a first-order low-pass, written with the class. */
export function lowpassGainClass(w: number, tau: number): number {
  const h = new Complex(1, -w * tau);
  return 1 / h.mul(new Complex(1, 0)).abs2();
}
