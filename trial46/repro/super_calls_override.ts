// Finding 7 (refusal whose message does not say why): a base constructor calling an abstract method that the
// subclass implements by reading its own parameter property.
// In JavaScript the subclass's parameter properties are assigned after super() returns, so during the base
// constructor this.r is undefined and mass is NaN: a refusal is right, but for that reason.
// Expected: a message naming the reason (this.r is read by volume() from Body's constructor, before Ball assigns it)
//   and a hint (compute mass after the constructor, or in a getter).
// Actual: TSG1002 "property access 'this.r' is not supported", hint "read numbers from parameters, from module-level
//   constants, or from a module-level object of numbers …; pass numbers and arrays of numbers as parameters instead
//   of objects": this.r is read as other methods read fields, and the hint is about objects.
abstract class Body {
  readonly mass: number;
  constructor(density: number) {
    this.mass = density * this.volume();
  }
  abstract volume(): number;
}
class Ball extends Body {
  constructor(
    d: number,
    readonly r: number,
  ) {
    super(d);
  }
  volume(): number {
    return (4 / 3) * Math.PI * this.r ** 3;
  }
}
export function ballMass(d: number, r: number): number {
  const b = new Ball(d, r);
  return b.mass + b.volume();
}

// The same message for `this.k` read in a method's default parameter (`scale: number = this.k`), which JavaScript
// evaluates at each call from the instance (TSG1002 "property access 'this.k' is not supported", the hint about objects).
class Spring2 {
  constructor(readonly k: number) {}
  force(x: number, scale: number = this.k): number {
    return -scale * x;
  }
}
export function spring2Force(k: number, x: number): number {
  return new Spring2(k).force(x) + new Spring2(k).force(x, 2);
}
