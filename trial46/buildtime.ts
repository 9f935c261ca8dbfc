// The build-time API under `node --import tsgrad/register trial46/buildtime.ts`: grad(f), grad(f, keys), jvp(f),
// hvp(f) of functions from my modules, each bit-equal to the CLI's generated function (shape after trial45's).
// One JSON line per test: {"extra", "status", "notes"}.
import { grad, hvp, jvp } from 'tsgrad';
import { infoNce } from './src/contrast.js';
import { brdfFitLoss } from './src/brdf.js';
import * as pharm from './src/pharm.js';
import { ropeSag } from './src/game.js';
import { infoNce_grad } from './gen/contrast.grad.js';
import { brdfFitLoss_grad } from './gen/brdf.grad.js';
import { fourPlNll_hvp } from './gen/pharm.grad.js';
import { ropeSag_jvp } from './gen/game.grad.js';

const say = (extra: string, ok: boolean, notes: string[] = []) => console.log(JSON.stringify({ extra, status: ok ? 'ok' : 'WRONG', notes }));
const same = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.from(a).every((x, i) => Object.is(x, b[i]));

{
  const an = Float64Array.from({ length: 12 }, (_, i) => Math.sin(i + 1)), po = Float64Array.from({ length: 12 }, (_, i) => Math.cos(2 * i));
  const a = grad(infoNce)(an, po, 3, 0.2), b = infoNce_grad(an, po, 3, 0.2);
  say('grad(infoNce) (a local number[][] of logits, logsumexp helper over a spread) = infoNce_grad', Object.is(a.value, b.value) && same(a.grad.anchors, b.grad.anchors) && same(a.grad.positives, b.grad.positives) && Object.is(a.grad.temperature, b.grad.temperature), [`loss ${a.value.toFixed(6)}`]);
}
{
  const params = Float64Array.of(0.5, 0.04, 0.6), dirs = Float64Array.of(0.1, 0.2, 0.9, -0.2, 0.1, 0.95, 0.3, -0.1, 0.8, 0, 0.2, 1), measured = Float64Array.of(0.3, 0.5);
  const a = grad(brdfFitLoss, ['params'])(params, dirs, measured), b = brdfFitLoss_grad(params, dirs, measured);
  const keys = Object.keys(a.grad).join();
  // not bit-equal: the sweep restricted to params (dirs inactive) rounds differently from the full one, as the CLI's
  // --wrt params does (checked by hand, see README Notes); equal to 1e-12
  const close = Array.from(a.grad.params).every((x, i) => Math.abs(x - b.grad.params[i]) <= 1e-12 * Math.abs(b.grad.params[i]));
  const bits = same(a.grad.params, b.grad.params);
  say("grad(brdfFitLoss, ['params']) (a value class with a getter, tuples): that key only, equal to the CLI's full f_grad to 1e-12", keys === 'params' && close && Object.is(a.value, b.value), [`keys ${keys}; bit-equal: ${bits}; ${Array.from(a.grad.params).map((x, i) => (x - b.grad.params[i]).toExponential(1)).join(' ')}`]);
}
{
  const ld = Float64Array.of(-2, -1, 0, 1, 2), y = Float64Array.of(95, 80, 50, 20, 5), v = { slope: 1, logIc50: -0.5 };
  const a = hvp(pharm.fourPlNll)(2, 98, 0.1, 1.1, ld, y, 0.1, v), b = fourPlNll_hvp(2, 98, 0.1, 1.1, ld, y, 0.1, v);
  say('hvp(pharm.fourPlNll) after import * as = fourPlNll_hvp', Object.is(a.value, b.value) && Object.is(a.hvp.slope, b.hvp.slope) && Object.is(a.hvp.bottom, b.hvp.bottom), [`hvp.slope ${a.hvp.slope}`]);
}
{
  const t = { restLen: 1, gravity: -0.5 };
  const a = jvp(ropeSag)(1.3, 0.9, 9.81, 0.98, 30, t), b = ropeSag_jvp(1.3, 0.9, 9.81, 0.98, 30, t);
  say('jvp(ropeSag) (Verlet with constraint passes on scratch arrays) = ropeSag_jvp', Object.is(a.value, b.value) && Object.is(a.tangent, b.tangent), [`sag ${a.value.toFixed(6)}, tangent ${a.tangent}`]);
}
