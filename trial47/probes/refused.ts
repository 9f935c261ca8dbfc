// Refusals expected (JavaScript reads undefined, or a construct tsgrad does not lower): the message and hint are the point.

abstract class Shape {
  readonly area: number;
  constructor() {
    this.area = this.calc();
  }
  abstract calc(): number;
}
class Disk extends Shape {
  constructor(readonly r: number) {
    super();
  }
  calc(): number {
    return Math.PI * this.r * this.r; // this.r is undefined while Shape's constructor runs: NaN in JavaScript
  }
}
/** A base constructor calls an override that reads a subclass parameter property (NaN in JavaScript). */
export function baseCallsOverride(r: number): number {
  return new Disk(r).area;
}

class Sub2Base {
  constructor(readonly s: number) {}
}
class Sub2 extends Sub2Base {
  readonly m = this.w * 2; // runs before this.w = w: NaN in JavaScript
  constructor(s: number, readonly w: number) {
    super(s);
  }
}
/** A derived field initialiser reading the derived class's own parameter property. */
export function derivedInitReadsOwnParam(s: number, w: number): number {
  return new Sub2(s, w).m + s;
}

class Plate {
  readonly area = this.size;
  constructor(readonly w: number, readonly h: number) {}
  get size(): number {
    return this.w * this.h;
  }
}
/** trial46 finding 1 through a getter: area reads w and h before they are assigned (NaN). */
export function plateLoad(w: number, h: number): number {
  return new Plate(w, h).area + 2;
}

class Spring {
  constructor(readonly k: number) {}
  force(x: number, scale?: number): number {
    return -this.k * x * (scale ?? 1);
  }
}
/** trial46 finding 8: a method's optional parameter left out. */
export function optionalMethodParam(k: number, x: number): number {
  const s = new Spring(k);
  return s.force(x) + s.force(x, 2);
}

class P2 {
  constructor(readonly x: number, readonly v: number) {}
  step(dt: number): P2 {
    return new P2(this.x + dt * this.v, this.v - dt * this.x);
  }
}
/** Two instances swapped by a destructuring assignment. */
export function swapInstances(x0: number, x1: number): number {
  let p = new P2(x0, 0);
  let q = new P2(x1, 0.5);
  for (let i = 0; i < 4; i++) {
    p = p.step(0.1);
    [p, q] = [q, p];
  }
  return p.x + q.v;
}

class Lag {
  constructor(readonly k: number) {}
  filter(xs: Float64Array): number {
    let y = 0;
    const update = (x: number): number => y + this.k * (x - y);
    for (const x of xs) y = update(x);
    return y;
  }
}
/** trial46 finding 12: a local arrow in a method, only called. */
export function methodLocalArrow(k: number, xs: Float64Array): number {
  return new Lag(k).filter(xs);
}
