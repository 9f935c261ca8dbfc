// The build-time API under `node --import tsgrad/register trial41/buildtime.ts`: grad(f), grad(f, keys), jvp(f),
// hvp(f) after `import * as`, jacobian(f), each against the CLI's generated function (the same code: bit-equal).
// One JSON line per test: {"extra": name, "status": "ok" | "WRONG", "notes": [...]}.
import { grad, hvp, jacobian, jvp } from 'tsgrad';
import { cvKalmanLogLik } from './src/filter.js';
import { huberRegression } from './src/robust.js';
import { gruLoss } from './src/nets.js';
import * as fin from './src/finance.js';
import { springChain } from './src/mech.js';
import { cvKalmanLogLik_grad } from './gen/filter.grad.js';
import { huberRegression_grad } from './gen/robust.grad.js';
import { gruLoss_jvp } from './gen/nets.grad.js';
import { smileLoss_hvp } from './gen/finance.grad.js';
import { springChain_jacobian } from './gen/mech.grad.js';

const say = (extra: string, ok: boolean, notes: string[] = []) => console.log(JSON.stringify({ extra, status: ok ? 'ok' : 'WRONG', notes }));
const same = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.from(a).every((x, i) => Object.is(x, b[i]));

{
  const y = Float64Array.of(0.1, 0.35, 0.5, 0.95, 1.2, 1.4);
  const a = grad(cvKalmanLogLik)(0.5, 0.3, 0.2, y), b = cvKalmanLogLik_grad(0.5, 0.3, 0.2, y);
  const ok = Object.is(a.value, b.value) && Object.is(a.grad.sigmaA, b.grad.sigmaA) && Object.is(a.grad.sigmaY, b.grad.sigmaY) && same(a.grad.y, b.grad.y);
  say('grad(cvKalmanLogLik) = cvKalmanLogLik_grad', ok, [`value ${a.value}, ∂/∂sigmaY ${a.grad.sigmaY}`]);
}
{
  const w = Float64Array.of(0.3, -0.2), X = Float64Array.of(0.1, 0.5, -0.4, 0.2, 0.9, -0.7), y = Float64Array.of(0.2, -1.5, 2.5);
  const a = grad(huberRegression, ['w', 'b'])(w, 0.1, X, y, 1), b = huberRegression_grad(w, 0.1, X, y, 1);
  const keys = Object.keys(a.grad).join();
  say("grad(huberRegression, ['w', 'b']) with the default lambda left out: only those keys", keys === 'w,b' && same(a.grad.w, b.grad.w) && Object.is(a.grad.b, b.grad.b), [`keys ${keys}, ∂/∂b ${a.grad.b}`]);
}
{
  const p = Float64Array.from({ length: 26 }, (_, i) => Math.sin(i + 1) * 0.5), xs = Float64Array.of(0.5, -0.2, 0.8), ys = Float64Array.of(0.1, 0.3, -0.2);
  const t = { p: Float64Array.from({ length: 26 }, (_, i) => (i % 3) - 1) };
  const a = jvp(gruLoss)(p, xs, ys, t), b = gruLoss_jvp(p, xs, ys, t);
  say('jvp(gruLoss) = gruLoss_jvp', Object.is(a.value, b.value) && Object.is(a.tangent, b.tangent), [`tangent ${a.tangent}`]);
}
{
  const prices = Float64Array.of(14.5, 9.8, 6.3), strikes = Float64Array.of(90, 100, 110);
  const v = { a: 1, c: -0.5 };
  const a = hvp(fin.smileLoss)(0.2, -0.1, 0.3, prices, strikes, 100, 1, 0.02, v), b = smileLoss_hvp(0.2, -0.1, 0.3, prices, strikes, 100, 1, 0.02, v);
  say('hvp(fin.smileLoss) after import * as = smileLoss_hvp', Object.is(a.hvp.a, b.hvp.a) && Object.is(a.hvp.c, b.hvp.c) && Object.is(a.value, b.value), [`hvp.a ${a.hvp.a}`]);
}
{
  const y0 = Float64Array.of(0, -1.1, -2.2), out = new Float64Array(3);
  const a = jacobian(springChain)(30, 1, y0, 5, 0.02, out), b = springChain_jacobian(30, 1, y0, 5, 0.02, new Float64Array(3));
  say('jacobian(springChain) = springChain_jacobian (void writer)', a.rows === b.rows && a.columns === b.columns && same(a.jacobian, b.jacobian), [`${a.rows}×${a.columns}`]);
}
