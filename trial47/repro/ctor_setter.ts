// trial47 finding 9 (refused, the message does not say why and the hint is what the code does): a constructor that
// assigns through a setter. `constructor(v: number) { this.f = v; }` where f is a get/set pair over `private _f = 1`
// is TSG1007 "the constructor of 'Tuned' has 'this.f = v;', and tsgrad lowers a constructor of fields assigned from
// its parameters (this.x = …) and const declarations only", hint "compute the value before 'new Tuned(…)' and pass
// it, or make it a field: this.f = …". `this.f = v` is such an assignment from a parameter; what tsgrad does not lower
// is that f is an accessor (the setter runs). The same for a subclass constructor assigning through the base's setter
// after super() (probes/setters.ts subclassCtorBaseSetter). A setter called from a function (`t.f = v * 2`) compiles.
// Expected: compiled (the setter lowered in place, as it is for `t.f = …`), or a message naming the setter, with the
// hint "assign the field the setter writes (this._f = …)".
// Run: node dist/cli/main.js compile trial47/repro/ctor_setter.ts --out-dir /tmp/trial47/repro
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

export function ctorSetter(v: number): number {
  const t = new Tuned(v);
  t.f = v * 2;
  return t.f;
}
