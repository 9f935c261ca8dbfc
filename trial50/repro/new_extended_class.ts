// trial50 finding: a method called on `new C(…)` directly, where another class extends C, is refused with a
// reason that does not apply to it. README (Value classes): "a name whose class another extends … holds an
// instance only as a `const` made with `new` and no other type (`const r = new Rect(…)`, `new Harmonic(k).total(rs)`)",
// giving the direct call on `new` as an accepted form.
// Expected: newMid compiles as constMid does (the class of `new Mid(k)` is Mid, exactly), or a message that says
// a method called on `new C(…)` of an extended class is refused, without the reasoning about names.
// Actual: TSG1003 at 22:10 "'new Mid(k)' is an instance of the class 'Mid', which tsgrad cannot read as an object of
// numbers: 'Mid' is extended by 'Leaf', and tsgrad finds a method from the class a name is declared with: a name
// of type 'Mid' may hold a 'Leaf' whose methods differ" (there is no name here, and Leaf overrides nothing), hint "hold each instance in a const
// of its own …". constMid (the hint's rewrite) compiles and is right (trial50 probes2.threeLevels).
class Base {
  constructor(readonly k: number) {}
  f(x: number): number { return this.k * x; }
  g(x: number): number { return this.f(x) + 1; }
}
class Mid extends Base {
  f(x: number): number { return super.f(x) * x; }
}
class Leaf extends Mid {}

export function newMid(k: number, x: number): number {
  return new Mid(k).g(x) + new Leaf(k).g(x);
}
export function constMid(k: number, x: number): number {
  const m = new Mid(k);
  return m.g(x);
}
