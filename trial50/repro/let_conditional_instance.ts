// trial50 finding (minor): a `let` holding a value-class instance, assigned a conditional of two method results, is
// refused, while the same conditional bound to a const first and then assigned compiles and is right
// (probes4.conditionalRebuildConst). README (Value classes): instances are "chosen by a conditional (`n === 0 ?
// this : this.scale(1 / n)`…)" and "a `let` may be rebuilt, `s = s.step(dt)`".
// Expected: compiled as the const form is (the hint's rewrite is mechanical), or a message naming the rule ("a
// conditional of instances is read where it initialises a const").
// Actual: TSG1003 at 19:35 "'p' holds an object of numbers, and 'p.norm < 2 ? p.add(v) : p.scale(0.5)' is not one
// tsgrad reads", hint "bind the choice to a const first, which tsgrad reads: const next = …; p = next" (the hint fits).
class Vec {
  constructor(readonly x: number, readonly y: number) {}
  add(o: Vec): Vec { return new Vec(this.x + o.x, this.y + o.y); }
  scale(k: number): Vec { return new Vec(k * this.x, k * this.y); }
  get norm(): number { return Math.hypot(this.x, this.y); }
}

export function rebuild(x: number, y: number, vx: number, vy: number): number {
  let p = new Vec(x, y);
  const v = new Vec(vx, vy);
  for (let i = 0; i < 8; i++) p = p.norm < 2 ? p.add(v) : p.scale(0.5);
  return p.x * p.y;
}
