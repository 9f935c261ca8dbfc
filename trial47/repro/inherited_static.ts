// trial47 finding 7 (refused, the message does not say why and the hint does not fit): a static method inherited by a
// subclass and called through it. `class Lerp { static mix(a, b, t) {…} } class Lerp2 extends Lerp {}` then
// `Lerp2.mix(a, b, 0.25)` is TSG2002 "'Lerp2.mix' is not a function tsgrad can follow", hint "call a function declared
// with `function` or `const f = (…) => …` in this project, …": mix is a static method of a class of the module (README:
// "a static method is one without `this` (Vec3.lerp(a, b, t)), of any class of the module"); `Lerp.mix(…)` compiles,
// and so does a subclass's own static (probes/hunt.ts staticOwnOnSubclass). The same for a static that calls
// `this.k()` where the subclass overrides static k (`Maker2.make(x)`: `this` is Maker2, so JavaScript calls Maker2.k).
// Expected: compiled (with `this` the subclass for the second), or a message naming the inherited static and the hint
// "call it through the class that declares it, Lerp.mix(…)".
// Run: node dist/cli/main.js compile trial47/repro/inherited_static.ts --out-dir /tmp/trial47/repro
class Lerp {
  static mix(a: number, b: number, t: number): number {
    return a + (b - a) * t;
  }
}
class Lerp2 extends Lerp {}

export function inheritedStaticPlain(a: number, b: number): number {
  return Lerp2.mix(a, b, 0.25);
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

export function staticThisDispatch(x: number): number {
  return Maker.make(x) + 10 * Maker2.make(x);
}
