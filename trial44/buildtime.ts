// The build-time API under `node --import tsgrad/register trial44/buildtime.ts`: grad(f), grad(f, keys), jvp(f),
// hvp(f) of functions from my modules, each bit-equal to the CLI's generated function (shape after trial43's).
// One JSON line per test: {"extra", "status", "notes"}.
import { grad, hvp, jvp } from 'tsgrad';
import { trussCompliance } from './src/structures.js';
import { lqrCost } from './src/control.js';
import * as stats from './src/stats.js';
import { genericSum } from './src/lang.js';
import { trussCompliance_grad } from './gen/structures.grad.js';
import { lqrCost_jvp } from './gen/control.grad.js';
import { studentTNll_hvp } from './gen/stats.grad.js';
import { genericSum_grad } from './gen/lang.grad.js';

const say = (extra: string, ok: boolean, notes: string[] = []) => console.log(JSON.stringify({ extra, status: ok ? 'ok' : 'WRONG', notes }));
const same = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.from(a).every((x, i) => Object.is(x, b[i]));

{
  const nodes = Float64Array.of(0, 0, 0, 1, 1, 0.05, 1, 1, 2, 0, 2, 0.95);
  const bars = Int32Array.of(0, 2, 1, 3, 2, 3, 0, 3, 1, 2, 2, 4, 3, 5, 4, 5, 2, 5, 3, 4);
  const areas = new Float64Array(10).fill(1), loads = Float64Array.of(0, -1, 0, -1, 0.2, -1, 0, -0.5);
  const a = grad(trussCompliance, ['areas', 'nodes'])(nodes, bars, areas, 1.5, loads), b = trussCompliance_grad(nodes, bars, areas, 1.5, loads);
  const keys = Object.keys(a.grad).join();
  say("grad(trussCompliance, ['areas', 'nodes']): those keys only, equal to the CLI's", keys === 'nodes,areas' && same(a.grad.areas, b.grad.areas) && same(a.grad.nodes, b.grad.nodes) && Object.is(a.value, b.value), [`keys ${keys}; compliance ${a.value.toFixed(4)}`]);
}
{
  const A = Float64Array.of(1, 0.1, 0, 1), B = Float64Array.of(0.005, 0.1), x0 = Float64Array.of(1, -0.5);
  const t = { q1: 1, r: -0.5, a: Float64Array.of(0, 0.1, 0, 0) };
  const a = jvp(lqrCost)(A, B, 1, 0.5, 0.3, x0, 30, t), b = lqrCost_jvp(A, B, 1, 0.5, 0.3, x0, 30, t);
  say('jvp(lqrCost) (Riccati iteration, array destructuring) = lqrCost_jvp', Object.is(a.value, b.value) && Object.is(a.tangent, b.tangent), [`tangent ${a.tangent}`]);
}
{
  const xs = Float64Array.of(-1.2, 0.3, 2.5, -0.4, 0.9), v = { nu: 1, logSigma: -0.5 };
  const a = hvp(stats.studentTNll)(4, 0.1, 0.2, xs, v), b = studentTNll_hvp(4, 0.1, 0.2, xs, v);
  say('hvp(stats.studentTNll) after import * as (lgamma by Stirling inside) = studentTNll_hvp', Object.is(a.value, b.value) && Object.is(a.hvp.nu, b.hvp.nu) && Object.is(a.hvp.logSigma, b.hvp.logSigma) && same(a.hvp.xs, b.hvp.xs), [`hvp.nu ${a.hvp.nu}`]);
}
{
  const xs = Float64Array.of(0.5, -1, 2), ys = [1, 2, 3];
  const a = grad(genericSum)(xs, ys, 0.8), b = genericSum_grad(xs, ys, 0.8);
  say('grad(genericSum) (a generic helper over ArrayLike<number>, a number[] parameter) = genericSum_grad', Object.is(a.grad.w, b.grad.w) && same(a.grad.xs, b.grad.xs) && same(a.grad.ys, b.grad.ys), [`∂/∂w ${a.grad.w}`]);
}
