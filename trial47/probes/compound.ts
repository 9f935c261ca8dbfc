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
