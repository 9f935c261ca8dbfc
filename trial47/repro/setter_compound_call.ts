// trial47 finding 1 (WRONG value and gradient): `k.g += k.twist(d)`, where g is a getter/setter pair and twist()
// assigns g through the setter. JavaScript reads the getter first (1), then calls twist (g becomes 1 + d, returns
// 1 + d), then sets g = 1 + (1 + d) = 2 + d.
// Expected: twistTwice(0.5) = 2.5, d/dd = 1. Actual: twistTwice_grad(0.5) gives value 3 and grad 2: tsgrad reads
// the getter after the call (g = (1 + d) + (1 + d)). README ("g.db += d … the getter read first") says otherwise.
// The same inside a method (`this.g += this.twist(d)`) and with `*=` (`k.g *= k.twist(d)`: f 0.5, tsgrad 1 at
// d = 0.5), and nested, `k.g += (k.g += d)` (f 2 + d, tsgrad 2 + 2d): probes/compound.ts setterCompoundInMethod,
// setterIncrement, nestedCompoundSetter; probes/order.ts setterCompoundTwist.
// What matters is that the right side assigns through the setter: where a method changes the backing field itself
// (`h.g -= h.shift(d)`, shift doing `this.a += d`; probes/compound.ts setterOverOtherField) the old getter value is
// read first, as in JavaScript. Right too: a plain field (`b.v += b.bump()`, `this.v += this.bump()`), a literal's
// property changed by a helper (`o.v += grow(o)`), `k.g = k.g * e + k.twist(e)`, nested compounds on a local, an array
// element, a literal's property and a plain field (`t += (t += 1)`, `b.v += (b.v = b.v * 5)`: nestedCompound), and the values of `(c.g = v)`,
// `++c.g`, `c.g++`, `(c.g += d)` through a transforming setter (probes/compound.ts).
// Run: node --import tsgrad/register trial47/repro/setter_compound_call.ts
import { grad } from 'tsgrad';

class Knob {
  private _g = 1;
  get g(): number {
    return this._g;
  }
  set g(v: number) {
    this._g = v;
  }
  twist(d: number): number {
    this.g = this.g + d;
    return this.g;
  }
}

export function twistTwice(d: number): number {
  const k = new Knob();
  k.g += k.twist(d);
  return k.g;
}

{
  const f = twistTwice(0.5);
  const g = grad(twistTwice)(0.5);
  console.log(`f ${f}, grad(f) value ${g.value}, d/dd ${g.grad.d} (expected 2.5 and 1)`);
  console.log(Object.is(f, g.value) ? 'GONE' : 'REPRODUCES: value differs from f');
}
