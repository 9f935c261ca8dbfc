// Setters and construction: a constructor assigning through a setter, a base constructor assigning through a setter
// the subclass overrides, a subclass constructor assigning through a base setter (all three refused: finding 9), and a
// setter whose body is a compound assignment (compoundInSetter, checked).

class Tuned {
  private _f = 1;
  constructor(v: number) {
    this.f = v;
  }
  get f(): number {
    return this._f;
  }
  set f(v: number) {
    this._f = this._f + Math.tanh(v);
  }
}
/** A constructor assigns through a setter that reads the field the initialiser set: f = 1 + tanh(v). */
export function ctorSetter(v: number): number {
  const t = new Tuned(v);
  t.f = v * 2;
  return t.f;
}

class Knob {
  constructor(v: number) {
    this.g = v;
  }
  get g(): number {
    return 0;
  }
  set g(v: number) {
    // base: ignores
  }
}
class DoubleKnob extends Knob {
  private _h = 0.5; // defined after super(): resets what the overriding setter wrote during super()
  get g(): number {
    return this._h;
  }
  set g(v: number) {
    this._h = 2 * v;
  }
}
/** The base constructor assigns through a setter the subclass overrides; the derived initialiser then resets _h. */
export function overriddenSetterInBaseCtor(v: number): number {
  const d = new DoubleKnob(v);
  const first = d.g; // 0.5 in JavaScript
  d.g = v;
  return first * 3 + d.g;
}

class Accum {
  private _s = 0;
  get s(): number {
    return this._s;
  }
  set s(v: number) {
    this._s += v * v;
  }
}
/** A setter whose body is a compound assignment; the property assigned in a loop. */
export function compoundInSetter(v: number): number {
  const a = new Accum();
  for (let i = 0; i < 4; i++) a.s = v + i;
  return a.s;
}

class Lim {
  protected _x = 0;
  get x(): number {
    return this._x;
  }
  set x(v: number) {
    this._x = Math.min(v, 3);
  }
}
class Lim2 extends Lim {
  constructor(v: number) {
    super();
    this.x = v * 2;
  }
}
/** A subclass constructor assigns through the base's setter. */
export function subclassCtorBaseSetter(v: number): number {
  const l = new Lim2(v);
  return l.x * v;
}
