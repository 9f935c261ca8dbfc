// --wrt: the restricted gradients (trial35/wrt/, compiled by run.mjs with --wrt hmmLogLik:means,sds --wrt sinkhornCost:a)
// against the full ones (trial35/gen/). Run: node --import tsgrad/register trial35/wrt_check.mjs
import * as full from './gen/control.grad.js';
import * as wrt from './wrt/control.grad.js';
const F = (xs) => Float64Array.from(xs);
const out = (extra, ok, notes) => console.log(JSON.stringify({ extra, status: ok ? 'ok' : 'WRONG', notes }));
const eq = (a, b) => a.length === b.length && Array.from(a).every((v, i) => Math.abs(v - b[i]) <= 1e-13 * Math.max(1, Math.abs(v)));
{
  const args = [F([-1.2, -0.9, -1.2]), F([-0.2, -2, -2.5, -2, -0.3, -2, -2.5, -2, -0.2]), F([-1, 0.5, 2]), F([0.8, 1, 0.9]), F([-1.2, -0.8, 0.3, 0.6, 2.2, 1.9])];
  const a = wrt.hmmLogLik_grad(...args), b = full.hmmLogLik_grad(...args);
  const keys = Object.keys(a.grad).join(',');
  out('--wrt hmmLogLik:means,sds', keys === 'means,sds' && Object.is(a.value, b.value) && eq(a.grad.means, b.grad.means) && eq(a.grad.sds, b.grad.sds), [`keys ${keys}`]);
  const adj = { means: new Float64Array(3), sds: new Float64Array(3) };
  wrt.hmmLogLik_vjp(...args, adj);
  out('--wrt hmmLogLik vjp', eq(adj.means, b.grad.means) && eq(adj.sds, b.grad.sds), []);
}
{
  const args = [F([0.2, 0.3, 0.5]), F([0.4, 0.4, 0.2]), F([0, 0.5, 1]), F([0.2, 0.6, 0.9]), 0.3, {}];
  const a = wrt.sinkhornCost_grad(...args), b = full.sinkhornCost_grad(...args);
  const keys = Object.keys(a.grad).join(',');
  out('--wrt sinkhornCost:a', keys === 'a' && Object.is(a.value, b.value) && eq(a.grad.a, b.grad.a), [`keys ${keys}`]);
}
{
  // a function not named keeps all its keys
  const args = [F([0.1, 0.2]), F([0.05, 0.1]), F([0.04, 0.1]), 0.9, new Float64Array(2), 0.01];
  const a = wrt.complementaryFilter_grad(...args);
  out('--wrt leaves complementaryFilter whole', Object.keys(a.grad).join(',') === 'gyro,accelAngle,truth,alpha,fused,dt', [Object.keys(a.grad).join(',')]);
}
