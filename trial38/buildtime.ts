// Build-time API under `node --import tsgrad/register trial38/buildtime.ts`: grad(f), grad(f, keys), jvp(f), hvp(f),
// jacobian(f) against the CLI's generated functions. Prints one JSON line per test: {"extra": name, "status", "notes"}.
import { grad, hvp, jacobian, jvp } from 'tsgrad';
import { ljEnergy } from './src/molecules.js';
import { blackScholes, crrTwoBuffers } from './src/options.js';
import { thomas } from './src/spline.js';
import { composite } from './src/render.js';
import { ljEnergy_grad, ljEnergy_hvp } from './gen/molecules.grad.js';
import { blackScholes_grad, blackScholes_jvp } from './gen/options.grad.js';
import { thomas_jacobian } from './gen/spline.grad.js';

const report = (extra: string, ok: boolean, notes: string[] = []) => console.log(JSON.stringify({ extra, status: ok ? 'ok' : 'WRONG', notes }));
const same = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.from(a).every((x, i) => Object.is(x, b[i]));

const pos = Float64Array.from([0, 0, 0, 1.1, 0.05, 0, 0.1, 1.08, 0, 0.02, 0.1, 1.12]);
{
  const a = grad(ljEnergy)(pos, 1, 1, 2.5), b = ljEnergy_grad(pos, 1, 1, 2.5);
  report('grad(ljEnergy) equals ljEnergy_grad', a.value === b.value && same(a.grad.pos, b.grad.pos) && a.grad.sigma === b.grad.sigma);
}
{
  const a = grad(blackScholes, ['sigma', 'S'])(100, 95, 0.02, 0.25, 1, 'put');
  const b = blackScholes_grad(100, 95, 0.02, 0.25, 1, 'put');
  const keys = Object.keys(a.grad).sort().join();
  report("grad(blackScholes, ['sigma', 'S']): vega and delta only", keys === 'S,sigma' && a.grad.sigma === b.grad.sigma && a.grad.S === b.grad.S, [`keys ${keys}`]);
}
{
  const t = { sigma: 1, r: 0.5 };
  const a = jvp(blackScholes)(100, 95, 0.02, 0.25, 1, 'call', t), b = blackScholes_jvp(100, 95, 0.02, 0.25, 1, 'call', t);
  report('jvp(blackScholes) equals blackScholes_jvp', a.value === b.value && a.tangent === b.tangent, [`tangent ${a.tangent}`]);
}
{
  const v = { pos: Float64Array.from(pos, (_, i) => Math.sin(i)) };
  const a = hvp(ljEnergy)(pos, 1, 1, 2.5, v), b = ljEnergy_hvp(pos, 1, 1, 2.5, v);
  report('hvp(ljEnergy) equals ljEnergy_hvp', same(a.hvp.pos, b.hvp.pos));
}
{
  const n = 4;
  const mk = (f: (i: number) => number) => Float64Array.from({ length: n }, (_, i) => f(i));
  const A = [mk(() => -1), mk(() => 4), mk(() => -1), mk((i) => i + 1), new Float64Array(n)] as const;
  const J1 = jacobian(thomas)(A[0], A[1], A[2], A[3], A[4]);
  const J2 = thomas_jacobian(A[0], A[1], A[2], A[3], A[4]);
  report('jacobian(thomas) equals thomas_jacobian', J1.rows === J2.rows && J1.columns === J2.columns && same(J1.jacobian, J2.jacobian), [`${J1.rows}x${J1.columns}`]);
}
{
  // a recursion twin through grad(f) of a function not compiled by the CLI call in this file's imports
  const g = grad(crrTwoBuffers)(100, 100, 0.01, 0.2, 1, 'call', 8);
  const gc = grad(composite)([1, 2, 0.5], [0.2, 0.9, 0.4], [0.1, 0.1, 0.2], 0.3);
  report('grad(crrTwoBuffers) and grad(composite) run', Number.isFinite(g.grad.sigma) && gc.grad.sigma.length === 3, [`vega ${g.grad.sigma.toFixed(4)}`]);
}
