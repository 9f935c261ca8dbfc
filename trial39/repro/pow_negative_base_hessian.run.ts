// Finding: f_hessian of x ** n is not symmetric where x < 0 (n a number parameter).
// Expected: a symmetric Hessian (README, The generated API: "symmetric to rounding, not symmetrized"), i.e. the
//   documented convention for pow (∂/∂b = 0 where a ≤ 0, README "Choices where the language leaves room") carried
//   into second order, so that ∂²f/∂x∂n and ∂²f/∂n∂x agree (both 0, or both x^(n-1)).
// Actual: at x = -1.5, n = 3, hvp along e_n gives ∂(∂f/∂x)/∂n = x^(n-1) = 2.25, hvp along e_x gives
//   ∂(∂f/∂n)/∂x = 0 (the first-order convention), so f_hessian's off-diagonal entries are 0 and 2.25.
//   At x = 1.5 both are 4.9869. First order (grad, jvp) is right and follows the documented convention.
// Run: node --import tsgrad/register trial39/repro/pow_negative_base_hessian.run.ts (compiles this file's f first).
import { grad, hvp } from 'tsgrad';

export function f(x: number, n: number): number {
  return x ** n;
}

const h = hvp(f);
const ex = h(-1.5, 3, { x: 1 }).hvp, en = h(-1.5, 3, { n: 1 }).hvp;
const g = grad(f)(-1.5, 3).grad;
console.log(`grad at x=-1.5, n=3: x ${g.x}, n ${g.n}`);
console.log(`∂²f/∂x∂n from hvp(e_x).n = ${ex.n}; ∂²f/∂n∂x from hvp(e_n).x = ${en.x}`);
const p = h(1.5, 3, { x: 1 }).hvp.n, q = h(1.5, 3, { n: 1 }).hvp.x;
console.log(`at x=1.5: ${p} vs ${q}`);
console.log(Math.abs(ex.n - en.x) > 1e-9 && Math.abs(p - q) < 1e-9 ? 'REPRODUCES: the mixed second derivatives differ at x < 0' : 'NOT REPRODUCED');
