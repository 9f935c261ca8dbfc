class Bank {
  v: number;
  constructor(v0: number) { this.v = v0; }
  bump(): number { this.v = this.v * 2; return 1; }
}
export function localFieldCompound(v0: number): number {
  const b = new Bank(v0);
  b.v += b.bump();
  return b.v;
}
class Knob2 {
  private _g = 1;
  get g(): number { return this._g; }
  set g(v: number) { this._g = v; }
  twist(d: number): number { this.g = this.g + d; return this.g; }
  grow(d: number): void { this.g += this.twist(d); }
}
export function setterCompoundInMethod(d: number): number {
  const k = new Knob2();
  k.grow(d);
  return k.g;
}
export function setterPlainAssign(d: number): number {
  const k = new Knob2();
  k.g = k.g + k.twist(d);
  return k.g;
}
export function setterIncrement(d: number): number {
  const k = new Knob2();
  k.g = d;
  k.g *= k.twist(d);
  return k.g;
}

class Clamp {
  private _g = 0;
  get g(): number {
    return this._g;
  }
  set g(v: number) {
    this._g = Math.tanh(v);
  }
}
/** The value of an assignment through a setter is the value assigned, not what the getter reads after. */
export function setterAssignValue(v: number): number {
  const c = new Clamp();
  const a = (c.g = v * 3);
  return a + c.g;
}
/** ++c.g and c.g++ through a setter: the prefix form is old + 1, the postfix old; the getter reads tanh after. */
export function setterIncrementValue(v: number): number {
  const c = new Clamp();
  c.g = v;
  const pre = ++c.g;
  const post = c.g++;
  return pre * 2 + post * 3 + c.g;
}
/** c.g += d as an expression: old + d, not the getter after. */
export function setterCompoundValue(v: number, d: number): number {
  const c = new Clamp();
  c.g = v;
  const x = (c.g += d);
  return x * 5 + c.g;
}
/** Chained assignment through two setters: both get the same number. */
export function setterChained(v: number): number {
  const a = new Clamp();
  const b = new Clamp();
  a.g = b.g = v * 2;
  return a.g + b.g * 3;
}

class Flags {
  x = 0;
  y = 2;
  constructor(x0: number) {
    this.x = x0;
  }
}
/** Logical assignments on fields: ||= keeps a non-zero, &&= assigns on a non-zero. */
export function logicalAssignFields(x0: number, v: number): number {
  const f = new Flags(x0);
  f.x ||= v;
  f.y &&= f.y * v;
  const z = new Flags(0);
  z.x ||= v * 2;
  return f.x + f.y + z.x;
}

interface Box {
  v: number;
  w: number;
}
function grow(o: Box): number {
  o.v = o.v * 3;
  return o.w;
}
/** `o.v += grow(o)` on a local object literal, the helper changing o.v in place: the old o.v is read first. */
export function literalCompoundHelper(v0: number, w: number): number {
  const o = { v: v0, w };
  o.v += grow(o);
  const a = o.v;
  o.v *= grow(o) + 1;
  return a * 7 + o.v;
}

class Halves {
  a: number;
  constructor(a: number) {
    this.a = a;
  }
  get g(): number {
    return this.a * 2;
  }
  set g(v: number) {
    this.a = v / 2;
  }
  shift(d: number): number {
    this.a += d;
    return d;
  }
}
/** `h.g -= h.shift(d)` where shift changes the field the getter reads: old g first. */
export function setterOverOtherField(a: number, d: number): number {
  const h = new Halves(a);
  h.g -= h.shift(d);
  return h.a;
}

/** Nested compound assignments on a local, an array element, a literal's property and a plain field: old value first. */
export function nestedCompound(x: number): number {
  let t = x;
  t += (t += 1);
  const a = new Float64Array(2);
  a[0] = x;
  a[0] *= (a[0] += 2);
  const o = { v: x };
  o.v -= (o.v *= 3);
  const b = new Bank(x);
  b.v += (b.v = b.v * 5);
  return t + 2 * a[0] + 3 * o.v + 5 * b.v;
}

/** The same through a setter: k.g += (k.g += d). */
export function nestedCompoundSetter(d: number): number {
  const k = new Knob2();
  k.g += (k.g += d);
  return k.g;
}

class Twin {
  constructor(readonly a: number, readonly b: number) {}
}
function combine(a: number, b: number): number {
  return a * 3 + b;
}
/** A getter read as an argument before a call that assigns through its setter: function, Math.max, new, array literal. */
export function getterArgsBeforeSetterCall(d: number): number {
  const k = new Knob2();
  const c1 = combine(k.g, k.twist(d));
  const c2 = Math.max(k.g, k.twist(d)) * 2 + k.g;
  const t = new Twin(k.g, k.twist(d));
  const [p, q] = [k.g, k.twist(-d)];
  return c1 + c2 + t.a * 5 + t.b + p * 7 + q;
}
/** Postfix/prefix through a setter next to a call that assigns through it. */
export function postfixBesideSetterCall(d: number): number {
  const k = new Knob2();
  k.g = d;
  const a = k.g++ + k.twist(d);
  const b = k.twist(d) * (++k.g);
  return a * 3 + b + k.g;
}

/** combine(k.g, k.twist(d)): a helper's arguments. */
export function getterArgHelper(d: number): number {
  const k = new Knob2();
  return combine(k.g, k.twist(d));
}
/** Math.max(k.g, k.twist(d)). */
export function getterArgMax(d: number): number {
  const k = new Knob2();
  return Math.max(k.g, k.twist(d)) * 2 + k.g;
}
/** new Twin(k.g, k.twist(d)). */
export function getterArgNew(d: number): number {
  const k = new Knob2();
  const t = new Twin(k.g, k.twist(d));
  return t.a * 5 + t.b;
}
/** [k.g, k.twist(d)] destructured. */
export function getterArgArray(d: number): number {
  const k = new Knob2();
  const [p, q] = [k.g, k.twist(d)];
  return p * 7 + q;
}
/** k.g * 3 + k.twist(d): a binary operator. */
export function getterBinary(d: number): number {
  const k = new Knob2();
  return k.g * 3 + k.twist(d);
}

/** const [p, q] = [b.v, b.bump()] with a plain field. */
export function arrayLiteralField(v0: number): number {
  const b = new Bank(v0);
  const [p, q] = [b.v, b.bump()];
  return p * 7 + q + b.v;
}
/** const [p, q] = [t, (t = t * 2)] with a local. */
export function arrayLiteralLocal(x: number): number {
  let t = x;
  const [p, q] = [t, (t = t * 2)];
  return p * 7 + q + t;
}
function doubleFirst(a: Float64Array): number {
  a[0] = a[0] * 2;
  return a[0];
}
/** const [p, q] = [a[0], doubleFirst(a)] with an array element. */
export function arrayLiteralElement(x: number): number {
  const a = Float64Array.of(x, 1);
  const [p, q] = [a[0], doubleFirst(a)];
  return p * 7 + q + a[0];
}
/** let p, q; [p, q] = [k.g, k.twist(d)]: a destructuring assignment rather than a declaration. */
export function arrayAssignGetter(d: number): number {
  const k = new Knob2();
  let p = 0;
  let q = 0;
  [p, q] = [k.g, k.twist(d)];
  return p * 7 + q;
}

/** const arr = [t, (t = t * 2)] kept as an array, then read. */
export function arrayLiteralKept(x: number): number {
  let t = x;
  const arr = [t, (t = t * 2)];
  return arr[0] * 7 + arr[1] + t;
}

/** [t + 0, (t = t * 2)]: the earlier element an expression rather than a bare name. */
export function arrayLiteralExpr(x: number): number {
  let t = x;
  const [p, q] = [t + 0, (t = t * 2)];
  return p * 7 + q + t;
}
/** [t, bump()] where bump is a local closure assigning t. */
export function arrayLiteralClosure(x: number): number {
  let t = x;
  const bump = (): number => (t = t * 2);
  const [p, q] = [t, bump()];
  return p * 7 + q + t;
}
/** A swap with a side effect: [a, b] = [b, (a = a + 1)]. */
export function swapWithSideEffect(x: number, y: number): number {
  let a = x;
  let b = y;
  [a, b] = [b, (a = a * 3)];
  return a * 7 + b;
}
