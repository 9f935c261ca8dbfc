// Evaluation-order probes around instances: a compound assignment whose right side changes the field it assigns,
// arguments reading a field before a call changes it, an initialiser calling a method that assigns a field,
// statements before super(), field swaps by destructuring, destructuring a method's result.

class Bank {
  v: number;
  constructor(v0: number) {
    this.v = v0;
  }
  bump(): number {
    this.v = this.v * 2;
    return 1;
  }
  grow(): void {
    this.v += this.bump(); // JS: old v read first, then bump doubles it, then v = old + 1
  }
}
/** `this.v += this.bump()` where bump assigns this.v: the old value is read first. */
export function compoundSelfChange(v0: number): number {
  const b = new Bank(v0);
  b.grow();
  const first = b.v;
  b.v = b.v + b.bump();
  return first * 3 + b.v;
}

class Reader {
  v: number;
  constructor(v0: number) {
    this.v = v0;
  }
  next(): number {
    this.v = this.v * this.v + 0.5;
    return this.v;
  }
  mix(a: number, b: number): number {
    return a * 2 + b + this.v;
  }
}
class Duo {
  constructor(readonly p: number, readonly q: number) {}
}
/** Arguments that read a field before a call that changes it, to `new` and to a method of the same instance. */
export function argsReadBeforeChange(v0: number): number {
  const t = new Reader(v0);
  const d = new Duo(t.v, t.next());
  const m = t.mix(t.v, t.next());
  return d.p * 5 + d.q + m;
}

class Init {
  a = 1;
  b = this.incA() * 10;
  c: number;
  constructor(x: number) {
    this.c = this.a * x + this.b;
  }
  incA(): number {
    this.a += 2;
    return this.a;
  }
}
/** A field initialiser calling a method that assigns an earlier field. */
export function initialiserAssigns(x: number): number {
  const i = new Init(x);
  return i.a + i.b + i.c * x;
}

class Root {
  constructor(readonly k: number) {}
}
class Leaf extends Root {
  static readonly BOOST = 1.5;
  readonly z: number;
  constructor(s: number) {
    const t = s * Leaf.BOOST;
    super(t * t);
    this.z = this.k + t;
  }
}
/** Statements before super(), a static read in them. */
export function beforeSuper(s: number): number {
  const l = new Leaf(s);
  return l.z * l.k;
}

class Swapper {
  a: number;
  b: number;
  constructor(a: number, b: number) {
    this.a = a;
    this.b = b;
  }
  turn(): void {
    [this.a, this.b] = [this.b, this.a * 0.5 + this.b];
  }
}
/** A field swap by destructuring inside a method, in a loop. */
export function fieldSwap(a: number, b: number): number {
  const s = new Swapper(a, b);
  for (let i = 0; i < 5; i++) s.turn();
  return s.a * 3 + s.b;
}

class State {
  constructor(readonly x: number, readonly v: number) {}
  step(dt: number): State {
    return new State(this.x + dt * this.v, this.v - dt * Math.sin(this.x));
  }
}
/** Destructuring a method's result, then rebuilding. */
export function destructureResult(x: number, v: number): number {
  let s = new State(x, v);
  let acc = 0;
  for (let i = 0; i < 8; i++) {
    const { x: px, v: pv } = s.step(0.1);
    acc += px * pv;
    s = new State(pv, px);
  }
  return acc + s.x;
}

class Knob {
  private _g = 1;
  get g(): number {
    return this._g;
  }
  set g(v: number) {
    this._g = Math.max(0, v);
  }
  twist(d: number): number {
    this.g = this.g + d;
    return this.g;
  }
}
/** A setter assigned from a method whose call also changes it: m.g += m.twist(d). */
export function setterCompoundTwist(d: number, e: number): number {
  const m = new Knob();
  m.g += m.twist(d);
  m.g = m.g * e + m.twist(e);
  return m.g;
}

class InitBody {
  a = 1;
  b: number;
  c: number;
  constructor(x: number) {
    this.b = this.incA() * 10;
    this.c = this.a * x + this.b;
  }
  incA(): number {
    this.a += 2;
    return this.a;
  }
}
/** initialiserAssigns with the call moved into the constructor body. */
export function bodyCallAssigns(x: number): number {
  const i = new InitBody(x);
  return i.a + i.b + i.c * x;
}

class Osc {
  constructor(readonly x: number, readonly v: number) {}
  step(dt: number): Osc {
    return new Osc(this.x + dt * this.v, this.v - dt * this.x);
  }
  get e(): number {
    return this.x * this.x + this.v * this.v;
  }
}
/** A conditional of two instances into a const, then the let rebound to it. */
export function chooseConst(x: number, v: number): number {
  let a = new Osc(x, v);
  for (let i = 0; i < 6; i++) {
    const na = a.step(0.1);
    const nb = a.step(-0.2);
    const c = na.e > nb.e ? nb : na;
    a = c;
  }
  return a.x + 2 * a.v;
}
