// FINDING (misleading diagnostic): a local arrow that takes and returns a state object, `s = step(s)` in a time loop.
// The same step written at module level works (README "Objects of numbers passed to helpers", `s = step(s, k, dt)`).
// Expected: differentiated like the module-level version, or a refusal whose hint says to move `step` to module level.
// Actual: TSG1006 "'s' is an object of numbers (Osc); tsgrad reads its properties but cannot pass it on or use it
// whole", hint "read the numbers you need: s.x" (passing it on is exactly what works at module level).
interface Osc {
  x: number;
  v: number;
}
export function energyLocal(k: number, x0: number): number {
  let s: Osc = { x: x0, v: 0 };
  const step = (o: Osc): Osc => ({ x: o.x + 0.01 * o.v, v: o.v - 0.01 * k * o.x });
  for (let i = 0; i < 10; i++) s = step(s);
  return s.x * s.x + s.v * s.v;
}

function stepModule(o: Osc, k: number): Osc {
  return { x: o.x + 0.01 * o.v, v: o.v - 0.01 * k * o.x };
}
export function energyModule(k: number, x0: number): number {
  let s: Osc = { x: x0, v: 0 };
  for (let i = 0; i < 10; i++) s = stepModule(s, k);
  return s.x * s.x + s.v * s.v;
}
