// trial47 finding 8 (refused, the message does not say why): a value class instance held by a `static readonly` of
// its class, or by a module-level const. `static readonly ORIGIN = new V2(0, 1)` then `V2.ORIGIN.add(new V2(x, 0))` is
// TSG1003 "'V2.ORIGIN' is not an instance of 'V2' tsgrad holds", hint "name the instance first: const v = new V2(…)";
// `const ORIGIN2 = new V2(0, 1)` at module level, used the same way, is the same TSG1003 "'ORIGIN2' is not an instance
// of 'V2' tsgrad holds": it is named, and is an instance of V2 (readonly number fields, made from constants, so it
// cannot change). README says class statics are numbers, computed numbers and static tables, and lists module-level
// constants and objects of numbers; it says nothing of instances there. The hint works inside the function
// (const o = new V2(0, 1)). Expected: compiled as a module-level object of numbers is, or a message saying that a
// static or module-level instance is not read, with the same hint.
// Run: node dist/cli/main.js compile trial47/repro/static_instance.ts --out-dir /tmp/trial47/repro
class V2 {
  static readonly ORIGIN = new V2(0, 1);
  constructor(readonly x: number, readonly y: number) {}
  add(o: V2): V2 {
    return new V2(this.x + o.x, this.y + o.y);
  }
  get norm(): number {
    return Math.hypot(this.x, this.y);
  }
}

export function staticInstance(x: number): number {
  return V2.ORIGIN.add(new V2(x, 0)).norm;
}

const ORIGIN2 = new V2(0, 1);
export function moduleConstInstance(x: number): number {
  return ORIGIN2.add(new V2(x, 0)).norm;
}
