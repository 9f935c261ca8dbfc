// WRONG DIAGNOSTIC: a helper-only module (as util.ts): len2 passes its own object parameter twice to dot2.
// Expected: info TSG1010 for len2 ("takes an object of numbers ... no gradient of its own"), as dot2 gets, and as len2
//           gets when a function of the module takes numbers and calls it (add `export function f(x: number,
//           y: number) { return len2({ x, y }); }` below: then len2 is an info and f is differentiated).
// Actual:   10:60 error TSG2002: 'a' is passed for an object parameter of 'dot2': tsgrad passes an object of numbers
//           written as a literal, a name holding one, or a helper's call returning one (`a` IS a name holding one);
//           exit 1.
export interface V { x: number; y: number }
export function dot2(a: V, b: V): number { return a.x * b.x + a.y * b.y; }
export function len2(a: V): number { return Math.sqrt(dot2(a, a)); }
