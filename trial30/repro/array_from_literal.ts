// Repro: Array.from of an array literal is refused with "'Array.from' is not a function tsgrad can follow"
// (TSG2002, hint about declaring functions), while Array.from(xs) of a variable is documented and compiles
// (viaLocal). Expected: direct() compiles (a copy of a literal), or a message saying only Array.from(variable) is read.
export function direct(a: number, b: number): number {
  const xs = Array.from([a, b]);
  return xs[0] * xs[1];
}
export function viaLocal(a: number, b: number): number {
  const lit = [a, b];
  const xs = Array.from(lit);
  return xs[0] * xs[1];
}
