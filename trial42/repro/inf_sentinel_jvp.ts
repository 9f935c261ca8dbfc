// Finding: f_jvp and f_hvp are NaN where a value is an Infinity sentinel (soft-DTW's R filled with Infinity).
// softmin(a, b) = −γ log(e^{−a/γ} + e^{−b/γ}) with b = +Infinity (an unreachable cell) is exactly a: its derivative in
// a is 1 and in γ is 0, as the differences say.
// Expected: grad {a: 1, gamma: 0}; jvp along {a: 1} = 1; hvp finite.
// Actual: grad.gamma NaN; jvp NaN along any direction (even with gamma's tangent 0): the quotient rule writes
// t_d = u_d / γ − (u / γ) · γ_d, and (−Infinity) · 0 is NaN; then exp's tangent is 0 · NaN; hvp NaN.
// IEEE arithmetic, as most AD tools give it (a finite sentinel such as 1e10 avoids it), but jvp ≠ grad·v for the
// direction {a: 1}, where f_grad is right. In trial42 latent.softDtw f_grad passes and f_jvp, f_hvp are NaN.
// Run: node --import tsgrad/register trial42/repro/inf_sentinel_jvp.ts
import { grad, hvp, jvp } from 'tsgrad';

export function softMinInf(a: number, gamma: number): number {
  const cells = new Float64Array(2).fill(Infinity);
  cells[0] = a;
  return -gamma * Math.log(Math.exp(-cells[0] / gamma) + Math.exp(-cells[1] / gamma));
}

{
  const g = grad(softMinInf)(0.7, 0.5);
  const t = jvp(softMinInf)(0.7, 0.5, { a: 1 });
  const h = hvp(softMinInf)(0.7, 0.5, { a: 1 });
  console.log(`value ${softMinInf(0.7, 0.5)}; grad a ${g.grad.a} gamma ${g.grad.gamma}; jvp tangent ${t.tangent} (expected 1); hvp grad a ${h.grad.a}, hvp a ${h.hvp.a}`);
  console.log(Number.isNaN(t.tangent) ? 'REPRODUCES: jvp is NaN where grad·v = 1' : 'GONE');
}
