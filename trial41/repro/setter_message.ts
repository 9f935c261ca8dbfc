// Finding 4 (refused as documented, the reason contradicts the README): a class with a clamping setter.
// Expected: the reason the README gives (TSG1003 "a setter or a getter assigning a field" is refused), without a
//   rule the README contradicts.
// Actual: "… the class 'Gain' has the setter 'value': tsgrad reads instances that are never changed after their
//   constructor" — but the README says "A local's instance may be changed after its constructor, as a local object
//   literal is: its fields assigned (v.y += 1, …), or a method that assigns fields of this called on it", and that
//   works (bump() below compiles and is differentiated). The hint ("return a new instance with the changed field")
//   is fine. (probes.clampedGain)
class Gain {
  private g = 1;
  get value(): number {
    return this.g;
  }
  set value(v: number) {
    this.g = Math.min(10, Math.max(0, v));
  }
}

export function clampedGain(v: number, x: number): number {
  const g = new Gain();
  g.value = v;
  return g.value * x;
}

class Cell {
  constructor(public g: number) {}
  bump(v: number): void {
    this.g = Math.min(10, Math.max(0, v));
  }
}

export function bumped(v: number, x: number): number {
  const c = new Cell(1);
  c.bump(v);
  return c.g * x;
}
