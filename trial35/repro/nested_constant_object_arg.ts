// A property of a frozen module-level object of objects passed to a helper's object parameter.
// Expected: differentiated (PG.A is a constant object of numbers, as `const PG_A = Object.freeze({...})` is, which
// works), or a message naming the helper and the nesting. Actual: TSG2002 "'PG.A' is passed for an object parameter of
// 'sigmas.sy'", hint "pass an object literal of numbers (sigmas.sy(…, { a: …, b: … }))": 'sigmas.sy' is not a
// function of my code (it is the helper inlined for its property sy).
const PG = Object.freeze({ A: { a: 0.22, b: 0.2 }, D: { a: 0.08, b: 0.06 } });
function sigmas(x: number, p: { a: number; b: number }): { sy: number; sz: number } {
  return { sy: p.a * x, sz: p.b * x };
}
export function f(x: number): number {
  const s = sigmas(x, PG.A);
  return s.sy * s.sz;
}
