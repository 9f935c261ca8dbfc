// Repro: a module helper taking a boolean flag is refused at the call (TSG2002 "'scaleIf' has a parameter
// tsgrad cannot pass (on: boolean)"), though booleans are supported elsewhere (tests, exported parameters,
// functions returning booleans) and the helper would be inlined. Expected: boolHelper_grad, d/dx = 4x for x > 0.
function scaleIf(x: number, on: boolean): number {
  return on ? 2 * x : x;
}
export function boolHelper(x: number): number {
  return scaleIf(x, x > 0) * x;
}
