// Class probes: evaluation order in constructors (ES2022 class fields: initialisers before parameter properties
// and the body; in a derived class right after super()), getters over getters, overrides called by a base
// constructor or a base field initialiser, static factories, `this` in callbacks, defaults reading `this`.

class Base1 {
  readonly k: number;
  constructor(readonly s: number) {
    this.k = s * this.unit;
  }
  get unit(): number {
    return 1;
  }
}
class Triple extends Base1 {
  get unit(): number {
    return 3;
  }
}
/** A base constructor reads a getter the subclass overrides (a constant): k = 3 s. */
export function overriddenGetterInCtor(s: number): number {
  const t = new Triple(s);
  return t.k + t.unit * t.s;
}

class Base2 {
  readonly k = this.u() * 2;
  u(): number {
    return 1;
  }
}
class Five extends Base2 {
  readonly m = this.k + 1; // runs after super(): k is the override's 10
  u(): number {
    return 5;
  }
}
/** A base field initialiser calls a method the subclass overrides; a derived initialiser reads it. */
export function overrideInInitialiser(x: number): number {
  const f = new Five();
  return f.k * x + f.m * x * x;
}

class Base3 {
  constructor(readonly s: number) {}
}
class Derived3 extends Base3 {
  readonly twice = this.s * 2; // after super(s): s is assigned
  readonly w: number;
  constructor(s: number, w: number) {
    super(s);
    this.w = this.twice + w;
  }
}
/** A derived field initialiser reads a base parameter property (assigned by super()). */
export function derivedInitialiserReadsBase(s: number, w: number): number {
  const d = new Derived3(s, w);
  return d.w * d.twice + d.s;
}

class Reassign {
  x: number;
  y: number;
  constructor(a: number) {
    this.x = a;
    this.y = this.x * 2;
    this.x = this.y + 1;
  }
}
/** A constructor body assigning a field twice, the second time from a field set in between. */
export function ctorReassign(a: number): number {
  const r = new Reassign(a);
  return r.x * r.y;
}

class Norm {
  constructor(readonly v: number) {}
  static clampUnit(a: number): number {
    return Math.min(1, Math.max(-1, a));
  }
  static make(a: number): Norm {
    return new this(this.clampUnit(a) * 2);
  }
}
class BigNorm extends Norm {
  get big(): number {
    return this.v * 10;
  }
}
/** A static factory using `new this(this.helper(a))`, inherited by a subclass. */
export function staticThisFactory(a: number): number {
  const n = Norm.make(a);
  const b = BigNorm.make(a * 0.5);
  return n.v + b.v;
}

class Acc {
  total = 0;
  constructor(readonly k: number) {}
  addAll(xs: Float64Array): void {
    xs.forEach((v) => {
      this.total += v * this.k;
    });
  }
  scaled(xs: Float64Array): number {
    return xs.map((v) => v * this.k).reduce((a, b) => a + b * b, 0);
  }
}
/** `this` in a forEach callback that assigns a field, and in a map callback. */
export function thisInForEach(k: number, xs: Float64Array): number {
  const a = new Acc(k);
  a.addAll(xs);
  a.addAll(xs);
  return a.total + a.scaled(xs);
}

class Lens {
  k: number;
  constructor(k: number) {
    this.k = k;
  }
  get power(): number {
    return 1 / this.k;
  }
  focus(x: number, p: number = this.power, q: number = p * this.k + x): number {
    return x * p + q;
  }
}
/** A default reading a getter of `this`, a later default reading the earlier one; a field changed between calls. */
export function defaultsReadThis(k: number, x: number): number {
  const l = new Lens(k);
  const a = l.focus(x);
  l.k = k * 2;
  const b = l.focus(x);
  return a + 3 * b + l.focus(x, 1);
}

class Ticker {
  v: number;
  constructor(v0: number) {
    this.v = v0;
  }
  next(): number {
    this.v = this.v * 1.5 + 1;
    return this.v;
  }
}
class Pair {
  constructor(readonly a: number, readonly b: number) {}
}
/** Constructor arguments from a method changing its instance: evaluated left to right. */
export function argsFromMutatingMethod(v0: number): number {
  const t = new Ticker(v0);
  const p = new Pair(t.next(), t.next() * 2);
  return p.a * 3 + p.b + t.v;
}

abstract class Template {
  constructor(readonly gain: number) {}
  abstract core(x: number): number;
  run(x: number, times: number = 3): number {
    let y = x;
    for (let i = 0; i < times; i++) y = this.core(y) * this.gain;
    return y;
  }
}
class Squash extends Template {
  core(x: number): number {
    return Math.tanh(x);
  }
  run(x: number, times: number = 2): number {
    return super.run(x, times) + 0.5 * super.run(x); // super's default is its own (3)
  }
}
/** An override with a different default calling super.run with and without the argument. */
export function overrideDefaults(g: number, x: number): number {
  const s = new Squash(g);
  return s.run(x);
}

class Cell {
  #state = 0;
  static readonly LEAK = 0.8;
  constructor(readonly w: number) {}
  get state(): number {
    return this.#state;
  }
  set state(v: number) {
    this.#state = Math.tanh(v);
  }
  feed(x: number): number {
    this.state = this.state * Cell.LEAK + this.w * x;
    return this.state;
  }
}
/** A #private field behind a getter/setter pair, driven by a method in a for…of loop. */
export function privateCell(w: number, xs: Float64Array): number {
  const c = new Cell(w);
  let s = 0;
  for (const x of xs) s += c.feed(x) ** 2;
  return s;
}

function energyOf(p: Spring): number {
  return 0.5 * p.k * p.x * p.x;
}
class Spring {
  constructor(readonly k: number, public x: number) {}
  get energy(): number {
    return energyOf(this);
  }
  stretch(d: number): void {
    this.x += d;
  }
}
/** `this` passed to a module helper from a getter, after the instance changed in place. */
export function thisToHelper(k: number, x: number): number {
  const s = new Spring(k, x);
  const e0 = s.energy;
  s.stretch(0.5);
  return e0 + s.energy;
}

class Oscillator {
  constructor(readonly x: number, readonly v: number) {}
  step(dt: number): Oscillator {
    return new Oscillator(this.x + dt * this.v, this.v - dt * this.x);
  }
  get e(): number {
    return this.x * this.x + this.v * this.v;
  }
}
/** Instances rebuilt in a loop with a conditional choice between two of them. */
export function rebuildChoose(x: number, v: number): number {
  let a = new Oscillator(x, v);
  let b = new Oscillator(v, x);
  for (let i = 0; i < 10; i++) {
    const na = a.step(0.1);
    const nb = b.step(0.2);
    a = na.e > nb.e ? nb : na;
    b = na;
  }
  return a.x + 2 * b.v;
}

class Params {
  constructor(readonly a: number, readonly b: number = a * 2, readonly c: number = a + b) {}
  get sum(): number {
    return this.a + this.b + this.c;
  }
}
/** Parameter properties whose defaults read earlier ones (trial46 finding 2 refused the same read by name in the body). */
export function paramPropDefaults(a: number, b: number): number {
  const p = new Params(a);
  const q = new Params(a, b);
  return p.sum * q.sum;
}

class UsesParamInBody {
  readonly m: number;
  constructor(readonly d: number) {
    this.m = d * 2;
  }
}
/** A parameter property read by its name in the constructor body (trial46 finding 2). */
export function paramPropByName(d: number): number {
  return new UsesParamInBody(d).m + d;
}

class Unit {
  constructor(readonly v: number) {}
  static clampUnit(a: number): number {
    return Math.min(1, Math.max(-1, a));
  }
  static make(a: number): Unit {
    return new this(this.clampUnit(a) * 2);
  }
  static pair(a: number): number {
    return Unit.make(a).v + this.make(-a).v;
  }
}
/** A static factory using `new this(this.helper(a))`, on a class nothing extends. */
export function staticThisFactoryPlain(a: number): number {
  const n = Unit.make(a);
  return n.v * 3 + Unit.pair(a * 0.7);
}

/** rebuildChoose with the choice written as the hint says, in an if. */
export function rebuildChooseIf(x: number, v: number): number {
  let a = new Oscillator(x, v);
  let b = new Oscillator(v, x);
  for (let i = 0; i < 10; i++) {
    const na = a.step(0.1);
    const nb = b.step(0.2);
    if (na.e > nb.e) a = nb;
    else a = na;
    b = na;
  }
  return a.x + 2 * b.v;
}
