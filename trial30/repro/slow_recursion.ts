// Slow case: a recursive Horner (5 coefficients) costs ~3.5-6x its primal in f_vjp/f_grad, while the same
// polynomial as a loop costs ~1.5x. Each level's call stays a call (recursion), with its own g_fwd/g_rev frame.
// Run: node --import tsgrad/register trial30/repro/slow_recursion_run.ts
function from(c: readonly number[], x: number, i: number): number {
  if (i === c.length - 1) return c[i];
  return c[i] + x * from(c, x, i + 1);
}
export function hornerRec(c: readonly number[], x: number): number {
  return from(c, x, 0);
}
export function hornerLoop(c: readonly number[], x: number): number {
  let s = c[c.length - 1];
  for (let i = c.length - 2; i >= 0; i--) s = c[i] + x * s;
  return s;
}
