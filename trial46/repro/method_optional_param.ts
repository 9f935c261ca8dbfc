// Finding 8 (a hint that leads to another refusal): a value-class method's optional number parameter left out.
// A module helper's optional number parameter may be left out (README, "A helper's optional number parameter
// without a default works the same way inside differentiated code"); a method's may not, and the first hint leads
// to a second refusal. A default (`scale: number = 2`) compiles.
// Expected: the call compiled as a helper's is (scale undefined), or the hint "give 'scale' a default".
// Actual: TSG2002 "'Spring.force' is called without its parameter 'scale'", hint "pass one argument per parameter";
//   passing `undefined` as told is then TSG1003 "the parameter 'scale' of 'Spring.force' has type 'number |
//   undefined', and tsgrad passes a value class's methods numbers, …" (second function below).
class Spring {
  constructor(readonly k: number) {}
  force(x: number, scale?: number): number {
    return -(scale ?? 1) * this.k * x;
  }
}
export function springForce(k: number, x: number): number {
  return new Spring(k).force(x) + new Spring(k).force(x, 2);
}
export function springForceUndefined(k: number, x: number): number {
  return new Spring(k).force(x, undefined) + new Spring(k).force(x, 2);
}
