// AC circuit analysis with an immutable complex-number class (phasors), element classes in a
// small hierarchy with overridden impedance methods, and parameter classes with getters.

class Complex {
  constructor(readonly re: number, readonly im: number) {}
  add(o: Complex): Complex { return new Complex(this.re + o.re, this.im + o.im); }
  sub(o: Complex): Complex { return new Complex(this.re - o.re, this.im - o.im); }
  mul(o: Complex): Complex { return new Complex(this.re * o.re - this.im * o.im, this.re * o.im + this.im * o.re); }
  div(o: Complex): Complex {
    const d = o.re * o.re + o.im * o.im;
    return new Complex((this.re * o.re + this.im * o.im) / d, (this.im * o.re - this.re * o.im) / d);
  }
  inv(): Complex { return new Complex(1, 0).div(this); }
  conj(): Complex { return new Complex(this.re, -this.im); }
  scale(k: number): Complex { return new Complex(this.re * k, this.im * k); }
  get abs2(): number { return this.re * this.re + this.im * this.im; }
  get abs(): number { return Math.hypot(this.re, this.im); }
  get arg(): number { return Math.atan2(this.im, this.re); }
  static polar(r: number, t: number): Complex { return new Complex(r * Math.cos(t), r * Math.sin(t)); }
  static real(x: number): Complex { return new Complex(x, 0); }
  static j(x: number): Complex { return new Complex(0, x); }
}

/** Two impedances in parallel. */
function par(a: Complex, b: Complex): Complex { return a.mul(b).div(a.add(b)); }

abstract class Element {
  constructor(readonly value: number) {}
  abstract z(w: number): Complex;
  y(w: number): Complex { return this.z(w).inv(); }
}
class Resistor extends Element {
  z(w: number): Complex { return Complex.real(this.value); }
}
class Inductor extends Element {
  z(w: number): Complex { return Complex.j(w * this.value); }
}
class Capacitor extends Element {
  z(w: number): Complex { return Complex.j(-1 / (w * this.value)); }
  y(w: number): Complex { return Complex.j(w * this.value); }
}

class Tank {
  constructor(readonly R: number, readonly L: number, readonly C: number) {}
  get w0(): number { return 1 / Math.sqrt(this.L * this.C); }
  get q(): number { return this.w0 * this.L / this.R; }
  get bandwidth(): number { return this.w0 / this.q; }
}

/** |Z| of a series RLC at angular frequency w. */
export function seriesRlcMagnitude(R: number, L: number, C: number, w: number): number {
  const r = new Resistor(R), l = new Inductor(L), c = new Capacitor(C);
  return r.z(w).add(l.z(w)).add(c.z(w)).abs;
}

/** Voltage gain of a third-order LC ladder low-pass (Rs, L1, C2, L3, RL) at w, in dB. */
export function ladderGainDb(Rs: number, L1: number, C2: number, L3: number, RL: number, w: number): number {
  const l1 = new Inductor(L1), c2 = new Capacitor(C2), l3 = new Inductor(L3);
  const zLoad = l3.z(w).add(Complex.real(RL));
  const zShunt = par(c2.z(w), zLoad);
  const zIn = Complex.real(Rs).add(l1.z(w)).add(zShunt);
  const vMid = zShunt.div(zIn);
  const vOut = vMid.mul(Complex.real(RL).div(zLoad));
  return 10 * Math.log10(vOut.abs2);
}

/** Input impedance of a lossless line: Z0 (ZL + j Z0 tan bl) / (Z0 + j ZL tan bl); returns |Gamma| at the source. */
export function lineReflection(Z0: number, zlRe: number, zlIm: number, bl: number, Zs: number): number {
  const zl = new Complex(zlRe, zlIm), z0 = Complex.real(Z0);
  const t = Math.tan(bl);
  const zin = z0.mul(zl.add(Complex.j(Z0 * t))).div(z0.add(zl.mul(Complex.j(t))));
  const g = zin.sub(Complex.real(Zs)).div(zin.add(Complex.real(Zs)));
  return g.abs;
}

/** Least-squares fit of a tank's response magnitude to measured points (freqs, mags). */
export function tankFit(R: number, L: number, C: number, freqs: Float64Array, mags: Float64Array): number {
  const tank = new Tank(R, L, C);
  let s = 0;
  for (let i = 0; i < freqs.length; i++) {
    const w = freqs[i] * tank.w0;
    const y = Complex.real(1 / R).add(new Capacitor(C).y(w)).add(new Inductor(L).y(w));
    const m = y.inv().abs / R;
    const d = m - mags[i];
    s += d * d;
  }
  return s + 1e-3 * tank.bandwidth;
}

/** Complex power delivered by a phasor source through a line into a load: real power and power factor. */
export function powerFactorLoss(vm: number, va: number, R: number, X: number, Rl: number, Xl: number): number {
  const v = Complex.polar(vm, va);
  const zl = new Complex(Rl, Xl);
  const i = v.div(new Complex(R, X).add(zl));
  const s = zl.mul(i).mul(i.conj());
  const pf = s.re / Math.sqrt(s.abs2);
  return s.re * (1 - pf) + Math.abs(s.im) * 0.1;
}

/** Maxwell bridge imbalance |Zx Z3 - Z2 Z4| for a coil (Rx, Lx) against R2, R3, C3 (parallel) and R4. */
export function maxwellBridge(Rx: number, Lx: number, R2: number, R3: number, C3: number, R4: number, w: number): number {
  const zx = new Resistor(Rx).z(w).add(new Inductor(Lx).z(w));
  const y3 = new Resistor(R3).y(w).add(new Capacitor(C3).y(w));
  const lhs = zx.mul(y3.inv().inv());
  const rhs = Complex.real(R2 * R4);
  return lhs.sub(rhs).abs2;
}

/** Phase of an n-stage RC ladder by repeated parallel/series reduction from the load end (while loop). */
export function rcLadderPhase(R: number, C: number, n: number, w: number): number {
  let z = new Capacitor(C).z(w);
  let k = n;
  while (--k > 0) {
    z = par(new Capacitor(C).z(w), z.add(Complex.real(R)));
  }
  const h = new Capacitor(C).z(w).div(z.add(Complex.real(R)));
  return h.arg + z.arg;
}
