// Finding: a module-level constant object of numbers (plain, typed, or Object.freeze'd) passed to a helper's
// object parameter is refused, although the message says "a name holding one" is accepted and the hint says
// "a const holding one"; a local `const c = { ... }` with the same numbers works, and reading FROZEN.C directly
// works (README: constant objects of numbers are inlined).
// Expected: `frozen`, `plain` compile like `localCopy` (same derivative).
// Actual: TSG2002 "'FROZEN' is passed for an object parameter of 'mf': tsgrad passes an object of numbers written
//   as a literal, a name holding one, or a helper's call returning one".
interface Coef { B: number; C: number }
const FROZEN = Object.freeze({ B: 10, C: 1.9 });
const PLAIN: Coef = { B: 10, C: 1.9 };
function mf(s: number, c: Coef): number { return Math.sin(c.C * Math.atan(c.B * s)); }
export function frozen(s: number): number { return mf(s, FROZEN); }
export function plain(s: number): number { return mf(s, PLAIN); }
export function localCopy(s: number): number { const c = { B: 10, C: 1.9 }; return mf(s, c); }
export function readsDirect(s: number): number { return Math.sin(FROZEN.C * Math.atan(FROZEN.B * s)); }
