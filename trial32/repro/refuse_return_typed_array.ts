// A helper that returns a new typed array built in its return statement is refused; the same array bound to a
// const first and then returned compiles (and differentiates correctly). Found through orbit.ts matPow/markovNStep.
// Expected: all three compile (or, if refused, a message about returning, not about the callee).
// Actual: retOf -> TSG2002 "'Float64Array.of' is not a function tsgrad can follow" (hint about declaring functions);
//         retFrom -> TSG1008 "'Float64Array.from' copies an array of numbers tsgrad knows, and '[a * a, 1]' is none"
//         while its hint lists "an array literal" among what it accepts.
function squaresOf(a: number, b: number): Float64Array {
  return Float64Array.of(a * a, b * b);
}
function squaresFrom(a: number): Float64Array {
  return Float64Array.from([a * a, 1]);
}
function squaresConst(a: number, b: number): Float64Array {
  const r = Float64Array.of(a * a, b * b);
  return r;
}
export function retOf(a: number, b: number): number {
  const r = squaresOf(a, b);
  return r[0] + r[1];
}
export function retFrom(a: number): number {
  const r = squaresFrom(a);
  return r[0] * r[1];
}
export function retConst(a: number, b: number): number {
  const r = squaresConst(a, b);
  return r[0] + r[1];
}
