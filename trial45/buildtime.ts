// The build-time API under `node --import tsgrad/register trial45/buildtime.ts`: grad(f), grad(f, keys), jvp(f),
// hvp(f) of functions from my modules, each bit-equal to the CLI's generated function (shape after trial44's).
// One JSON line per test: {"extra", "status", "notes"}.
import { grad, hvp, jvp } from 'tsgrad';
import { crfNll } from './src/seq.js';
import { biasedMf } from './src/recsys.js';
import * as fin from './src/finance.js';
import { cubicBezierEase } from './src/anim.js';
import { crfNll_grad } from './gen/seq.grad.js';
import { biasedMf_grad } from './gen/recsys.grad.js';
import { nelsonSiegelFit_hvp } from './gen/finance.grad.js';
import { cubicBezierEase_jvp } from './gen/anim.grad.js';

const say = (extra: string, ok: boolean, notes: string[] = []) => console.log(JSON.stringify({ extra, status: ok ? 'ok' : 'WRONG', notes }));
const same = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.from(a).every((x, i) => Object.is(x, b[i]));

{
  const em = Float64Array.from({ length: 12 }, (_, i) => Math.sin(i)), tr = Float64Array.from({ length: 9 }, (_, i) => Math.cos(i) / 2);
  const tags = Int32Array.of(0, 2, 1, 1);
  const a = grad(crfNll)(em, tr, tags, 3), b = crfNll_grad(em, tr, tags, 3);
  say('grad(crfNll) (forward algorithm in log space, an Int32Array of tags) = crfNll_grad', Object.is(a.value, b.value) && same(a.grad.emissions, b.grad.emissions) && same(a.grad.transitions, b.grad.transitions), [`nll ${a.value.toFixed(6)}`]);
}
{
  const bu = Float64Array.of(0.1, -0.2), bi = Float64Array.of(0.3, 0, -0.1), p = Float64Array.of(0.5, -0.3, 0.2, 0.4), q = Float64Array.of(0.1, 0.2, -0.4, 0.3, 0.6, -0.1);
  const obs = Int32Array.of(0, 0, 0, 2, 1, 1), ratings = Float64Array.of(4, 3, 5);
  const a = grad(biasedMf, ['p', 'q'])(3.5, bu, bi, p, q, obs, ratings, 2, 0.05), b = biasedMf_grad(3.5, bu, bi, p, q, obs, ratings, 2, 0.05);
  const keys = Object.keys(a.grad).join();
  say("grad(biasedMf, ['p', 'q']): those keys only, equal to the CLI's", keys === 'p,q' && same(a.grad.p, b.grad.p) && same(a.grad.q, b.grad.q) && Object.is(a.value, b.value), [`keys ${keys}`]);
}
{
  const mats = Float64Array.of(0.5, 2, 5, 10), rates = Float64Array.of(0.02, 0.025, 0.03, 0.035), v = { tau: 1, b1: -0.5 };
  const a = hvp(fin.nelsonSiegelFit)(0.04, -0.02, 0.01, 2, mats, rates, v), b = nelsonSiegelFit_hvp(0.04, -0.02, 0.01, 2, mats, rates, v);
  say('hvp(fin.nelsonSiegelFit) after import * as (expm1 inside a helper) = nelsonSiegelFit_hvp', Object.is(a.value, b.value) && Object.is(a.hvp.tau, b.hvp.tau) && Object.is(a.hvp.b0, b.hvp.b0), [`hvp.tau ${a.hvp.tau}`]);
}
{
  const t = { x1: 1, y2: -0.5, t: 0.25 };
  const a = jvp(cubicBezierEase)(0.25, 0.1, 0.25, 1, 0.4, t), b = cubicBezierEase_jvp(0.25, 0.1, 0.25, 1, 0.4, t);
  say('jvp(cubicBezierEase) (Newton with an early break) = cubicBezierEase_jvp', Object.is(a.value, b.value) && Object.is(a.tangent, b.tangent), [`tangent ${a.tangent}`]);
}
