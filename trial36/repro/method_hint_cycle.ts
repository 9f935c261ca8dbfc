// MISLEADING HINTS that send the user in a circle: a value-class method that guards a division.
// 1) With `if (n === 0) return this;` tsgrad says (TSG1007) "compute the branches with conditional expressions
//    (c ? a : b), or write the method as a helper function of the module".
// 2) Written as below, with the conditional it asked for, tsgrad says
//    15:12 error TSG1003: 'n === 0 ? this : this.scale(1 / n)' chooses between two instances of 'P' ...
//    hint: "assign each in an if: let s = a; if (c) s = b;" — which is what 1) refused in a method.
// Expected: the conditional of two instances accepted (each number chosen: new P(c ? a.x : b.x, c ? a.y : b.y)), or a
//           hint that works inside a method (that form, or the helper function).
class P {
  constructor(readonly x: number, readonly y: number) {}
  get norm(): number { return Math.hypot(this.x, this.y); }
  scale(k: number): P { return new P(k * this.x, k * this.y); }
  normalized(): P {
    const n = this.norm;
    return n === 0 ? this : this.scale(1 / n);
  }
}
export function dirX(x: number, y: number): number {
  return new P(x, y).normalized().x;
}
