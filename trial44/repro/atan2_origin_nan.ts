// Finding: Math.atan2 at the origin (0, 0) gives a NaN gradient, which spreads to every input.
//
// Expected: the README's choice for the other functions singular at one point ("hypot at the origin has the
// subgradient 0; abs at 0 has 0"; sqrt and cbrt at 0 get 0) applied to atan2 as well, or at least a constant term
// whose arguments do not move (atan2(0 * y, 0 * x) is π for every x < 0) passing nothing back. Then
// atan2Term_grad(-1.5, 0.3).grad is { x: -y / (x² + y²), y: x / (x² + y²) } = { x: -0.1282…, y: -0.6410… },
// what central differences give, and hypotTerm (the same with hypot) already gets.
// Actual: atan2Term_grad(-1.5, 0.3).grad is { x: NaN, y: NaN } (and f_jvp's tangent, f_hvp's grad and hvp are NaN):
// the partials of atan2 at (0, 0) are 0/0, and the reverse sweep multiplies them by the constant 0 of `y * 0`
// without a guard. Run: node --import tsgrad/register trial44/repro/atan2_origin_nan.ts
import { grad } from 'tsgrad';

export function atan2Term(x: number, y: number): number {
  return Math.atan2(y * 0, x * 0) + Math.atan2(y, x);
}
export function hypotTerm(x: number, y: number): number {
  return Math.hypot(y * 0, x * 0) + Math.atan2(y, x);
}

const a = grad(atan2Term)(-1.5, 0.3).grad, h = grad(hypotTerm)(-1.5, 0.3).grad;
const fd = (f: (x: number, y: number) => number, j: number) => {
  const e = 1e-6, p = [-1.5, 0.3], m = [-1.5, 0.3];
  p[j] += e;
  m[j] -= e;
  return (f(p[0], p[1]) - f(m[0], m[1])) / (2 * e);
};
console.log(`atan2Term grad x ${a.x} y ${a.y}; differences ${fd(atan2Term, 0)} ${fd(atan2Term, 1)}`);
console.log(`hypotTerm grad x ${h.x} y ${h.y}`);
console.log(Number.isNaN(a.x) && Number.isNaN(a.y) ? 'REPRODUCES: NaN gradient from atan2 at the origin' : 'GONE: atan2 at the origin no longer gives NaN');
