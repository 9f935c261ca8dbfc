// tsgrad check disagrees with tsgrad compile and with the README.
// `tsgrad compile` gives dot2 and stepOsc an info TSG1010 (an exported helper taking an object gets no gradient of
// its own) and differentiates energyAfter. The README (tsgrad check): "One that is not checked ... is `not checked`,
// with the compiler's reason as its note, and does not change the exit code."
// Expected: `tsgrad check` rows dot2 and stepOsc "not checked", exit 0.
// Actual:   both rows "error" ("no gradient (TSG1002)", "no gradient (TSG1003)"), "2 functions of 3 disagree or
//           fail", exit 1.
export interface Osc { x: number; v: number }
export function dot2(a: Osc, b: Osc): number { return a.x * b.x + a.v * b.v; }
export function stepOsc(s: Osc, k: number, dt: number): void {
  s.v -= k * s.x * dt;
  s.x += s.v * dt;
}
export function energyAfter(x0: number, k: number): number {
  const s: Osc = { x: x0, v: 0 };
  for (let i = 0; i < 10; i++) stepOsc(s, k, 0.1);
  return 0.5 * dot2(s, s);
}
