// Refused as README documents ("a conditional of two objects is TSG1003: assign each in an if"), but the message does
// not say so. Expected: a message naming the conditional and the documented workaround.
// Actual: TSG1003 "variables of type '{ a: number; b: number; }' are not supported", hint "local variables hold numbers,
// booleans, arrays of numbers and objects of numbers" (it is an object of numbers).
const TABLE = Object.freeze({ lo: { a: 1, b: 2 }, hi: { a: 3, b: 4 } });
export function f(x: number, high: boolean): number {
  const p = high ? TABLE.hi : TABLE.lo;
  return p.a * x + p.b;
}
