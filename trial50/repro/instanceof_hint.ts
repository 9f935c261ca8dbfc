// trial50 finding: `instanceof` on a value-class instance is refused with a hint about arithmetic.
// Expected: compiled (tsgrad knows the class of a const made with `new`: README, "a const keeps the class it is
// made with", so `c instanceof Circle` is a constant), or a hint that fits the construct, e.g. "tsgrad knows the
// class of each instance: call a method each class overrides (c.describe()) instead of testing the class".
// Actual: TSG1004 "operator 'instanceof' is not supported" at 16:7, hint "tsgrad differentiates arithmetic on
// numbers: + - * / % ** and Math functions", which says nothing about classes.
abstract class Shape {
  constructor(readonly s: number) {}
  abstract area(): number;
}
class Circle extends Shape { area(): number { return Math.PI * this.s * this.s; } }
class Square extends Shape { area(): number { return this.s * this.s; } }

export function dispatch(s: number): number {
  const c = new Circle(s);
  if (c instanceof Circle) return c.area();
  return new Square(s).area();
}
