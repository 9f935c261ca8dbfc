// Class probes: inheritance with super calls, abstract methods, #private fields, static blocks, value classes,
// getters in object literals.

abstract class Kernel {
  constructor(readonly scale: number) {}
  abstract shape(r: number): number;
  eval(r: number): number {
    return this.scale * this.shape(r);
  }
}

class Gaussian extends Kernel {
  constructor(scale: number, readonly width: number) {
    super(scale);
  }
  shape(r: number): number {
    return Math.exp(-(r * r) / (2 * this.width * this.width));
  }
}

/** A kernel sum through an abstract base class and a subclass calling super(scale). */
export function kernelSum(scale: number, width: number, xs: Float64Array): number {
  const k = new Gaussian(scale, width);
  let s = 0;
  for (const x of xs) s += k.eval(x);
  return s;
}

class Spring {
  #k: number;
  constructor(k: number) {
    this.#k = k;
  }
  energy(x: number): number {
    return 0.5 * this.#k * x * x;
  }
}

/** A spring whose constant is a #private field. */
export function privateSpring(k: number, x: number): number {
  return new Spring(k).energy(x);
}

class Units {
  static readonly INCH = 0.0254;
  static FOOT: number;
  static {
    Units.FOOT = 12 * Units.INCH;
  }
  static toMeters(feet: number, inches: number): number {
    return feet * Units.FOOT + inches * Units.INCH;
  }
}

/** A static block initialising a static field, read by a static method. */
export function staticBlockLength(feet: number, inches: number): number {
  const m = Units.toMeters(feet, inches);
  return m * m;
}

class Quat {
  constructor(readonly w: number, readonly x: number, readonly y: number, readonly z: number) {}
  static axisAngle(ax: number, ay: number, az: number, angle: number): Quat {
    const n = Math.hypot(ax, ay, az);
    const s = Math.sin(angle / 2) / n;
    return new Quat(Math.cos(angle / 2), ax * s, ay * s, az * s);
  }
  mul(q: Quat): Quat {
    return new Quat(
      this.w * q.w - this.x * q.x - this.y * q.y - this.z * q.z,
      this.w * q.x + this.x * q.w + this.y * q.z - this.z * q.y,
      this.w * q.y - this.x * q.z + this.y * q.w + this.z * q.x,
      this.w * q.z + this.x * q.y - this.y * q.x + this.z * q.w,
    );
  }
  get conj(): Quat {
    return new Quat(this.w, -this.x, -this.y, -this.z);
  }
  rotateX(vx: number, vy: number, vz: number): number {
    const r = this.mul(new Quat(0, vx, vy, vz)).mul(this.conj);
    return r.x;
  }
}

/** x of a vector rotated by a composition of two axis-angle quaternions (a value class, getters, static factory). */
export function quatRotate(a1: number, a2: number, ax: number, ay: number, vx: number, vy: number, vz: number): number {
  const q = Quat.axisAngle(ax, ay, 1, a1).mul(Quat.axisAngle(0, 1, ax, a2));
  return q.rotateX(vx, vy, vz);
}

class Accum {
  total = 0;
  count = 0;
  add(v: number): void {
    this.total += v;
    this.count++;
  }
  get mean(): number {
    return this.total / this.count;
  }
}

/** A value class changed in place by a void method, then read through a getter. */
export function runningMean(xs: Float64Array, p: number): number {
  const acc = new Accum();
  for (const x of xs) acc.add(Math.abs(x) ** p);
  return acc.mean ** (1 / p);
}

/** An object literal with a getter over closed-over numbers. */
export function literalGetter(x: number, y: number): number {
  const pt = {
    x,
    y,
    get r() {
      return Math.hypot(this.x, this.y);
    },
  };
  return pt.r * Math.atan2(pt.y, pt.x);
}

class Affine {
  constructor(public a: number, public b: number) {}
  apply(x: number): number {
    return this.a * x + this.b;
  }
  then(o: Affine): Affine {
    return new Affine(o.a * this.a, o.a * this.b + o.b);
  }
}

/** Composition of affine maps held in a let and rebuilt in a loop. */
export function affineChain(a: number, b: number, n: number, x: number): number {
  let m = new Affine(1, 0);
  const step = new Affine(a, b);
  for (let i = 0; i < n; i++) m = m.then(step);
  return Math.sin(m.apply(x));
}
