// Finding (slow): small recursive helpers (a scaling-and-squaring exp, a soft minimax over a game tree) cost
// 10-40x f in f_vjp, against 1-2x for the loop versions of the same computation.
// Expected: within ~3-4x (trial32 saw 3-4x for recursive helpers). Actual: see slow_run.ts.
function expHalf(x: number): number {
  if (Math.abs(x) < 1e-3) return 1 + x * (1 + x * (0.5 + x * (1 / 6 + x / 24)));
  const e = expHalf(0.5 * x);
  return e * e;
}
export function expSS(x: number): number {
  return expHalf(x);
}
export function expSSLoop(x: number): number {
  let k = 0;
  let y = x;
  while (Math.abs(y) >= 1e-3) { y *= 0.5; k++; }
  let e = 1 + y * (1 + y * (0.5 + y * (1 / 6 + y / 24)));
  for (let i = 0; i < k; i++) e = e * e;
  return e;
}
