// Finding 13 (message does not fit): a class expression, `const Gain = class { … }`, used as a value class.
// Expected: a message naming the construct (a class expression is not a class declaration tsgrad reads as a value
//   class) and the hint "declare it: class Gain { … }" (which compiles).
// Actual: TSG2002 "'new Gain(g).apply' is not a function tsgrad can follow", hint "call a function declared with
//   `function` or `const f = (…) => …` in this project, an alias of one (`const f = g`), the function an IIFE returns, …".
const Gain = class {
  constructor(readonly g: number) {}
  apply(x: number): number {
    return this.g * x;
  }
};
export function classExpression(g: number, x: number): number {
  return new Gain(g).apply(x);
}
