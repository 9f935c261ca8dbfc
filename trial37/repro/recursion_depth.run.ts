// run: node --import tsgrad/register trial37/repro/recursion_depth.run.ts
// Expected: the derivatives run wherever f runs (or the README says how deep they may go).
// Actual: the deepest recursion each form survives on Node 20's default stack (binary search): f_grad, f_jvp and f_hvp
// overflow ("RangeError: Maximum call stack size exceeded") at depths f handles, with no word of it in the README.
// Measured (16:27 UTC): {"f":8788,"grad":3125,"jvp":3466,"hvp":1904}: the gradient stops at 36% of f's depth, the hvp at 22%.
import { grad, hvp, jvp } from 'tsgrad';
import { tipX } from './recursion_depth.js';
const g = grad(tipX), j = jvp(tipX), h = hvp(tipX);
const forms: [string, (th: Float64Array) => unknown][] = [
  ['f', (th) => tipX(th, 0, 0)],
  ['grad', (th) => g(th, 0, 0)],
  ['jvp', (th) => j(th, 0, 0, { theta: th })],
  ['hvp', (th) => h(th, 0, 0, { theta: th })],
];
const out: Record<string, number> = {};
for (const [name, fn] of forms) {
  let lo = 1, hi = 200000;
  while (hi - lo > 50) {
    const mid = (lo + hi) >> 1;
    try { fn(new Float64Array(mid).fill(1e-3)); lo = mid; } catch { hi = mid; }
  }
  out[name] = lo;
}
console.log(JSON.stringify({ maxDepth: out, ratioGradToF: +(out.grad / out.f).toFixed(2) }));
