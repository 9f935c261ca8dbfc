// The build-time API under `node --import tsgrad/register trial40/buildtime.ts`: grad(f), grad(f, keys), jvp(f),
// hvp(f), jacobian(f), each against the CLI's generated function (the same code: bit-equal expected).
// One JSON line per test: {"extra": name, "status": "ok" | "WRONG", "notes": [...]}.
import { grad, hvp, jacobian, jvp } from 'tsgrad';
import { traceFocus } from './src/optics.js';
import { coxBreslow } from './src/survival.js';
import { lotkaVolterraFit } from './src/dynamics.js';
import * as embed from './src/embed.js';
import { concentrationCurve } from './src/pk.js';
import { traceFocus_grad } from './gen/optics.grad.js';
import { coxBreslow_grad } from './gen/survival.grad.js';
import { lotkaVolterraFit_jvp } from './gen/dynamics.grad.js';
import { gmmLogLik_hvp } from './gen/embed.grad.js';
import { concentrationCurve_jacobian } from './gen/pk.grad.js';

const say = (extra: string, ok: boolean, notes: string[] = []) => console.log(JSON.stringify({ extra, status: ok ? 'ok' : 'WRONG', notes }));
const same = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.from(a).every((x, i) => Object.is(x, b[i]));

{
  const a = grad(traceFocus)(0.3, 3, 2.5, 0.5, 1.5), b = traceFocus_grad(0.3, 3, 2.5, 0.5, 1.5);
  const ok = Object.is(a.value, b.value) && (['h', 'r1', 'r2', 'd', 'n'] as const).every((k) => Object.is(a.grad[k], b.grad[k]));
  say('grad(traceFocus) = traceFocus_grad', ok, [`value ${a.value}, ∂/∂n ${a.grad.n}`]);
}
{
  const beta = Float64Array.of(0.3, -0.5), X = Float64Array.of(0.1, 0.2, -0.3, 0.4, 0.5, -0.6, 0.7, 0.8, -0.9, 0.1, 0.2, 0.3);
  const time = Float64Array.of(1, 2, 3, 4, 5, 6), event = Int32Array.of(1, 0, 1, 1, 0, 1);
  const g = grad(coxBreslow, ['beta'])(beta, X, time, event), b = coxBreslow_grad(beta, X, time, event);
  const keys = Object.keys(g.grad).join();
  say("grad(coxBreslow, ['beta']): the coefficients only", keys === 'beta' && same(g.grad.beta, b.grad.beta), [`keys ${keys}`]);
}
{
  const obs = Float64Array.of(1.1, 0.8, 1.3, 0.7, 1.5, 0.9);
  const t = { alpha: 1, gamma: -0.5, obs: Float64Array.of(0, 0, 0, 0, 1, 1) };
  const a = jvp(lotkaVolterraFit)(1, 0.4, 0.3, 1, 1.5, 0.8, obs, 0.05, 4, t), b = lotkaVolterraFit_jvp(1, 0.4, 0.3, 1, 1.5, 0.8, obs, 0.05, 4, t);
  say('jvp(lotkaVolterraFit) = lotkaVolterraFit_jvp', Object.is(a.value, b.value) && Object.is(a.tangent, b.tangent), [`tangent ${a.tangent}`]);
}
{
  const logits = Float64Array.of(0.1, -0.3, 0.2), mu = Float64Array.of(-1, 0, 1), ls = Float64Array.of(-0.3, -0.5, -0.2), x = Float64Array.of(-1.2, 0.3, 0.9, 1.4);
  const v = { mu: Float64Array.of(1, -1, 0.5) };
  const a = hvp(embed.gmmLogLik)(logits, mu, ls, x, v), b = gmmLogLik_hvp(logits, mu, ls, x, v);
  say('hvp(embed.gmmLogLik) after import * as embed = gmmLogLik_hvp', same(a.hvp.mu, b.hvp.mu) && same(a.hvp.logits, b.hvp.logits) && same(a.grad.x, b.grad.x));
}
{
  const out1 = new Float64Array(5), out2 = new Float64Array(5);
  const a = jacobian(concentrationCurve)(1.2, 0.1, 10, 100, 0.2, out1), b = concentrationCurve_jacobian(1.2, 0.1, 10, 100, 0.2, out2);
  say('jacobian(concentrationCurve) = concentrationCurve_jacobian (5 rows × 10 columns)', a.rows === 5 && a.columns === 10 && same(a.jacobian, b.jacobian), [`${a.rows}×${a.columns}`]);
}
