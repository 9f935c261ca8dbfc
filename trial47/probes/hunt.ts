// More class probes: a derived field initialiser overwriting what the base constructor's call to an override wrote
// (ES2022: derived fields are defined after super() returns), statics reading statics, a base initialiser reading a
// getter the subclass overrides, nested callbacks reading `this`, Math.max arguments that change the instance.

class Setup {
  constructor(s: number) {
    this.init(s);
  }
  init(s: number): void {
    // nothing in the base
  }
}
class Tank extends Setup {
  level = 0; // defined after super(): overwrites what init wrote
  cap = 2;
  init(s: number): void {
    this.level = s * 5;
    this.cap = s;
  }
}
/** The base constructor calls an override that assigns derived fields; the derived initialisers then overwrite them. */
export function derivedInitOverwrites(s: number): number {
  const t = new Tank(s);
  return t.level + t.cap * s;
}

class Consts {
  static readonly A = 2;
  static readonly B = Consts.A * 3;
  static readonly C = this.B + 1;
  constructor(readonly x: number) {}
  get y(): number {
    return this.x * Consts.C + Consts.B;
  }
}
/** Static initialisers reading earlier statics (by name and by `this`). */
export function staticChain(x: number): number {
  return new Consts(x).y;
}

class Gauge {
  readonly u = this.unit * 2;
  get unit(): number {
    return 1;
  }
}
class FourGauge extends Gauge {
  get unit(): number {
    return 4;
  }
}
/** A base field initialiser reads a getter the subclass overrides (a constant): u = 8. */
export function baseInitReadsOverriddenGetter(x: number): number {
  const g = new FourGauge();
  return g.u * x + g.unit;
}

class Grid {
  constructor(readonly k: number) {}
  outer(xs: Float64Array, ys: Float64Array): number {
    return xs.map((v) => ys.reduce((a, w) => a + v * w * this.k, 0)).reduce((a, b) => a + Math.tanh(b), 0);
  }
}
/** `this` in a callback nested inside another callback. */
export function nestedCallbackThis(k: number, xs: Float64Array, ys: Float64Array): number {
  return new Grid(k).outer(xs, ys);
}

class Climber {
  h: number;
  constructor(h: number) {
    this.h = h;
  }
  up(d: number): number {
    this.h = this.h + d;
    return this.h;
  }
}
/** Math.max(c.h, c.up(d)): the first argument is read before up() changes it. */
export function maxArgsOrder(h: number, d: number): number {
  const c = new Climber(h);
  const m = Math.max(c.h, c.up(d));
  const n = Math.min(c.up(-2 * d), c.h);
  return m * 3 + n + c.h;
}

class Poly {
  constructor(readonly a: number, readonly b: number, readonly c: number) {}
  at(x: number): number {
    return (this.a * x + this.b) * x + this.c;
  }
  derivative(): Poly {
    return new Poly(0, 2 * this.a, this.b);
  }
  static fit3(y0: number, y1: number, y2: number): Poly {
    // through (0, y0), (1, y1), (2, y2)
    const a = (y2 - 2 * y1 + y0) / 2;
    return new Poly(a, y1 - y0 - a, y0);
  }
}
/** A static factory, a method returning a new instance, chained: Newton on a fitted parabola's derivative. */
export function parabolaVertex(y0: number, y1: number, y2: number): number {
  const p = Poly.fit3(y0, y1, y2);
  let x = 0.5;
  for (let i = 0; i < 3; i++) x -= p.derivative().at(x) / p.derivative().derivative().at(x);
  return p.at(x);
}

class Maker {
  static k(): number {
    return 1;
  }
  static make(x: number): number {
    return x * this.k() + this.k();
  }
}
class Maker2 extends Maker {
  static k(): number {
    return 2;
  }
}
/** An inherited static method calling `this.k()`: on the subclass, `this` is the subclass and k its override. */
export function staticThisDispatch(x: number): number {
  return Maker.make(x) + 10 * Maker2.make(x);
}

class Tpl {
  constructor(readonly a: number) {}
  inner(x: number): number {
    return x * this.a;
  }
  outer(x: number): number {
    return this.inner(x) + 1;
  }
  get half(): number {
    return this.a / 2;
  }
}
class Tpl2 extends Tpl {
  inner(x: number): number {
    return x * x * this.a;
  }
  outer(x: number): number {
    return super.outer(x) * 2; // super.outer calls this.inner: Tpl2's
  }
  get half(): number {
    return super.half + 1;
  }
}
/** super.outer() calling an overridden method; a getter reading super's getter. */
export function superCallsOverride(a: number, x: number): number {
  const t = new Tpl2(a);
  return t.outer(x) + t.half;
}

class SetOnlyBase {
  protected _g = 1;
  get g(): number {
    return this._g;
  }
  set g(v: number) {
    this._g = v;
  }
}
class SetOnly extends SetOnlyBase {
  set g(v: number) {
    this._g = 2 * v;
  }
}
/** A subclass defining only a setter hides the base getter: JavaScript reads undefined (NaN here). */
export function setterOnlyOverride(v: number): number {
  const s = new SetOnly();
  s.g = v;
  return s.g + 1;
}

/** The static with `this.k()` called on the class that declares it. */
export function staticThisOnBase(x: number): number {
  return Maker.make(x) * 3;
}

class Maker3 extends Maker {
  static twice(x: number): number {
    return 2 * x;
  }
}
/** A subclass's own static (without this), and the base's static called by the base's name. */
export function staticOwnOnSubclass(x: number): number {
  return Maker3.twice(x) + Maker.k();
}

class Lerp {
  static mix(a: number, b: number, t: number): number {
    return a + (b - a) * t;
  }
}
class Lerp2 extends Lerp {}
/** An inherited static without `this`, called on the subclass. */
export function inheritedStaticPlain(a: number, b: number): number {
  return Lerp2.mix(a, b, 0.25);
}
