// trial47 finding 5 (refused, half of the hint does not type-check): a `let` holding a value class instance assigned a
// conditional of two instances, `a = na.e > nb.e ? nb : na`, is TSG1003 "'a' holds an object of numbers, and 'na.e >
// nb.e ? nb : na' is not one tsgrad reads", hint "assign an object literal of numbers (a = { x: …, v: … }), a
// helper's call that returns one, or another such object; for a choice, assign each in an if". `a = { x: …, v: … }`
// is a tsc error for a class with methods (TS2739: missing 'step', 'e'). The if works (probes/classes.ts
// rebuildChooseIf), and so does `const c = na.e > nb.e ? nb : na; a = c;` (probes/order.ts chooseConst), which is the
// same choice: README lists instances "chosen by a conditional" among what works.
// Expected: compiled like the const form, or a hint for instances: "assign each in an if, or bind the conditional to
// a const first".
// Run: node dist/cli/main.js compile trial47/repro/instance_conditional_let.ts --out-dir /tmp/trial47/repro
class Osc {
  constructor(readonly x: number, readonly v: number) {}
  step(dt: number): Osc {
    return new Osc(this.x + dt * this.v, this.v - dt * this.x);
  }
  get e(): number {
    return this.x * this.x + this.v * this.v;
  }
}
export function rebuildChoose(x: number, v: number): number {
  let a = new Osc(x, v);
  for (let i = 0; i < 6; i++) {
    const na = a.step(0.1);
    const nb = a.step(-0.2);
    a = na.e > nb.e ? nb : na;
  }
  return a.x + 2 * a.v;
}
