// Finding 2 (refusal with a false message): a parameter property read by its name in the constructor's body.
// `constructor(readonly d: number) { this.m = d * 2; }` is the usual TypeScript way to keep an input and derive a
// field from it; README's value classes take "parameter properties" and "fields assigned in its body this.x = …
// from its parameters", and the same class with a plain parameter `constructor(d: number)` compiles.
// Expected: compiled (d is the constructor's parameter), as `constructor(d: number)` is.
// Actual: TSG1002 "'d' is not a local variable, parameter or numeric constant", hint "pass the value in as a
//   parameter, or declare it as a module-level const": d is a parameter.
class Gauge {
  readonly m: number;
  constructor(readonly d: number) {
    this.m = d * 2;
  }
}
export function gaugeSum(x: number): number {
  const g = new Gauge(x);
  return g.m + g.d;
}

// The same message for a parameter property's default that reads an earlier parameter property (TSG1002 "'k' is not a
// local variable, parameter or numeric constant"); JavaScript evaluates `k * 0.1` from the parameter k.
class Damper {
  constructor(
    readonly k: number,
    readonly c: number = k * 0.1,
  ) {}
}
export function damperForce(k: number, x: number, v: number): number {
  const d = new Damper(k);
  return -d.k * x - d.c * v;
}
