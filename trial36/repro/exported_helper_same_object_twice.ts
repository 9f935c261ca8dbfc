// MISLEADING DIAGNOSTIC: a helper-only module (as util.ts): len2 passes its own object parameter twice to dot2.
// README: an exported function reading its object parameter where nothing else calls it is TSG1002 (dot2 alone
// in a module gets "'a' is an object parameter (V), which tsgrad passes through without reading its properties").
// Expected: that TSG1002 for len2 (or the info TSG1010 it gets when a number function of the module calls it).
// Actual:   10:60 error TSG2002: 'a' is passed for an object parameter of 'dot2': tsgrad passes an object of numbers
//           written as a literal, a name holding one, or a helper's call returning one (`a` IS a name holding one).
//           exit 1.
export interface V { x: number; y: number }
export function dot2(a: V, b: V): number { return a.x * b.x + a.y * b.y; }
export function len2(a: V): number { return Math.sqrt(dot2(a, a)); }
