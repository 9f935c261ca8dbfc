// Expected: differentiated (the helper is inlined and `s` is a local object literal of numbers, whose properties
// may be assigned in the caller: `s.v += …` written in `energy` itself compiles).
// Actual: TSG1002 "assignment to 's.v' is not supported", hint "assign to a local variable, a parameter or an element
// of an array of numbers" (s is a parameter), and TSG2003 at the call.
interface Osc { x: number; v: number }
function step(s: Osc, k: number, dt: number): void {
  s.v -= k * s.x * dt;
  s.x += s.v * dt;
}
export function energy(x0: number, k: number): number {
  const s: Osc = { x: x0, v: 0 };
  for (let i = 0; i < 10; i++) step(s, k, 0.1);
  return 0.5 * s.v * s.v + 0.5 * k * s.x * s.x;
}
// the same written inline compiles:
export function energyInline(x0: number, k: number): number {
  const s: Osc = { x: x0, v: 0 };
  for (let i = 0; i < 10; i++) {
    s.v -= k * s.x * 0.1;
    s.x += s.v * 0.1;
  }
  return 0.5 * s.v * s.v + 0.5 * k * s.x * s.x;
}
