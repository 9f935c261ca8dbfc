// Finding 5 (refused, contradicts the README): `Number('<literal>')` is a constant inside a function but not in a
// module-level const. The README: "`Number('<literal>')` is that constant (`Number('0/0')` is NaN)", and module
// constants are "numbers computed from literals, Math constants and functions and other constants".
// (lang.parseFloatConst uses Number.parseFloat('0.5'), which is not in the README: refused in both places, fair.)
//
// Expected: moduleConst and moduleArith compile as insideFunction does (HALF = 0.5, TWO = 2 inlined).
// Actual (`npx tsgrad compile trial43/repro/module_number_literal.ts`):
//   21:10 - error TSG1002: module constant 'HALF' is not a number or a boolean that tsgrad computes when compiling
//   hint: tsgrad inlines module-level constants made of literals, Math constants, arithmetic, comparisons and !, &&
//   and ||
//   24:10 - the same for 'TWO' (2 * Number('1'))
// insideFunction (const half = Number('0.5') in the body) compiles, and its gradient is right.
const HALF = Number('0.5');
const TWO = 2 * Number('1');

export function insideFunction(x: number): number {
  const half = Number('0.5');
  return half * x * x;
}
export function moduleConst(x: number): number {
  return HALF * x * x;
}
export function moduleArith(x: number): number {
  return TWO * x;
}
