// The build-time API under `node --import tsgrad/register trial43/buildtime.ts`: grad(f), grad(f, keys), jvp(f),
// hvp(f) of functions from my modules (an exported arrow const, a namespace-helper caller, an import * as), each
// bit-equal to the CLI's generated function. One JSON line per test: {"extra", "status", "notes"}.
import { grad, hvp, jvp } from 'tsgrad';
import { arrowExport } from './src/lang.js';
import { angleBetween } from './src/geometry.js';
import { diffDriveGoal } from './src/robotics.js';
import * as fin from './src/finance.js';
import { arrowExport_grad } from './gen/lang.grad.js';
import { angleBetween_jvp } from './gen/geometry.grad.js';
import { diffDriveGoal_grad } from './gen/robotics.grad.js';
import { americanPut_hvp } from './gen/finance.grad.js';

const say = (extra: string, ok: boolean, notes: string[] = []) => console.log(JSON.stringify({ extra, status: ok ? 'ok' : 'WRONG', notes }));

{
  const a = grad(arrowExport)(0.8, -0.3), b = arrowExport_grad(0.8, -0.3);
  say('grad(arrowExport) (an exported arrow const) = arrowExport_grad', Object.is(a.value, b.value) && Object.is(a.grad.x, b.grad.x) && Object.is(a.grad.y, b.grad.y), [`∂/∂y ${a.grad.y}`]);
}
{
  const t = { ax: 1, by: -0.5 };
  const a = jvp(angleBetween)(1, 0.2, -0.3, 0.9, t), b = angleBetween_jvp(1, 0.2, -0.3, 0.9, t);
  say('jvp(angleBetween) (namespace helpers inside) = angleBetween_jvp', Object.is(a.value, b.value) && Object.is(a.tangent, b.tangent), [`tangent ${a.tangent}`]);
}
{
  const l = Float64Array.of(1, 1.1, 0.9, 1.2), r = Float64Array.of(1.2, 1, 1.3, 1.1);
  const a = grad(diffDriveGoal, ['wheelBase', 'wheelRadius'])(l, r, 0.5, 0.1, 0.4, 0.2), b = diffDriveGoal_grad(l, r, 0.5, 0.1, 0.4, 0.2);
  const keys = Object.keys(a.grad).join();
  say("grad(diffDriveGoal, ['wheelBase', 'wheelRadius']): only those keys, equal to the CLI's", keys === 'wheelBase,wheelRadius' && Object.is(a.grad.wheelBase, b.grad.wheelBase) && Object.is(a.grad.wheelRadius, b.grad.wheelRadius), [`keys ${keys}`]);
}
{
  const v = { s0: 1, vol: 0.5 };
  const a = hvp(fin.americanPut)(100, 100, 0.03, 0.25, 1, 12, v), b = americanPut_hvp(100, 100, 0.03, 0.25, 1, 12, v);
  say('hvp(fin.americanPut) after import * as = americanPut_hvp', Object.is(a.value, b.value) && Object.is(a.hvp.s0, b.hvp.s0) && Object.is(a.hvp.vol, b.hvp.vol), [`hvp.s0 ${a.hvp.s0}`]);
}
