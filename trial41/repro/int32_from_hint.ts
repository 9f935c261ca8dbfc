// Finding 2 (refused, imprecise message and hint): `Int32Array.from({ length: n }, fn)` for an index permutation.
// Expected: compiled (it only builds inactive integers, as `Array.from({ length: n }, (_, k) => …)` does, which the
//   README documents), or TSG1008 with the fill loop as the hint, as the README describes for other `from` sources.
// Actual: TSG2002 "'Int32Array.from' is not a function tsgrad can follow", hint "call a function declared with
//   `function` or `const f = (…) => …` in this project, …": advice about the user's own functions, for a built-in
//   constructor the user cannot redeclare. (edges.reversedDot; linalg.logAbsDet was first written this way.)
export function reversedDot(x: Float64Array, y: Float64Array): number {
  const perm = Int32Array.from({ length: x.length }, (_, i) => x.length - 1 - i);
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] * y[perm[i]];
  return s;
}
