// Finding 5 (refused, and both messages misread the program): TypeScript overload signatures.
// Expected: the implementation (the declaration with a body) differentiated, with `scale(x)` and `scale(y, x)`
//   calling it (k defaulted in the first); or, if overloads are left out, a message that names them ("'scale' is
//   declared with overload signatures: …") with a hint (drop the signatures, keep the implementation's).
// Actual: TSG1007 at the first signature, "'scale' has no body", hint "give the function a body, or register its
//   derivative: export a <name>_vjp beside it" — it has one, three lines down; and at the call with two arguments,
//   TSG2002 "'scale' is called with 2 arguments; it takes 1", hint "pass the arguments it declares" — it declares
//   2 (the second signature, and the implementation `k = 2`). No file is written. Without the two signature lines
//   both functions compile. (probes.softClip)
export function scale(x: number): number;
export function scale(x: number, k: number): number;
export function scale(x: number, k = 2): number {
  return k * Math.sin(x);
}

export function useScale(x: number, y: number): number {
  return scale(x) + scale(y, x);
}
