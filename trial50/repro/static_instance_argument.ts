// trial50 finding: a static readonly field holding an instance of a value class, passed as a method's
// argument, is refused with a message that contradicts itself and names the wrong place.
// Expected: the precise TSG1003 tsgrad gives when the same field is a receiver (Cx.I.mul(z), see
// `receiver` below, which is refused with "'Cx.I' is an instance of 'Cx' made once in a static field …",
// hint "make it in the function: const one = new Cx(…)"), at `Cx.I` (line 17).
// Actual: TSG1003 at `Cx.I` (17:30), the place right but the message about the parameter of `mul`: "the parameter 'o' of 'Cx.mul' has type 'Cx', and tsgrad
// passes a value class's methods numbers, booleans, arrays of numbers and instances of value classes" (Cx is a
// value class; its instances are passed to `mul` everywhere else), hint "pass the numbers it needs as parameters of
// their own". Without the static field, `new Cx(a, b).mul(new Cx(0, 1))` compiles and is right.
class Cx {
  constructor(readonly re: number, readonly im: number) {}
  static readonly I = new Cx(0, 1);
  mul(o: Cx): Cx { return new Cx(this.re * o.re - this.im * o.im, this.re * o.im + this.im * o.re); }
}

export function argument(a: number, b: number): number {
  const z = new Cx(a, b).mul(Cx.I);
  return z.re * z.im;
}

export function receiver(a: number, b: number): number {
  const z = Cx.I.mul(new Cx(a, b));
  return z.re * z.im;
}
