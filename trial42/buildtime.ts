// The build-time API under `node --import tsgrad/register trial42/buildtime.ts`: grad(f), grad(f, keys), jvp(f),
// hvp(f) after `import * as`, jacobian(f) of a void writer, each against the CLI's generated function (bit-equal).
// One JSON line per test: {"extra": name, "status": "ok" | "WRONG", "notes": [...]}.
import { grad, hvp, jacobian, jvp } from 'tsgrad';
import { keplerX } from './src/orbits.js';
import { gpNll } from './src/stats.js';
import { hmmLogLik } from './src/latent.js';
import * as bio from './src/bio.js';
import { heatDirichlet } from './src/diffusion.js';
import { keplerX_grad } from './gen/orbits.grad.js';
import { gpNll_grad } from './gen/stats.grad.js';
import { hmmLogLik_jvp } from './gen/latent.grad.js';
import { pkBiexp_hvp } from './gen/bio.grad.js';
import { heatDirichlet_jacobian } from './gen/diffusion.grad.js';

const say = (extra: string, ok: boolean, notes: string[] = []) => console.log(JSON.stringify({ extra, status: ok ? 'ok' : 'WRONG', notes }));
const same = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.from(a).every((x, i) => Object.is(x, b[i]));

{
  const a = grad(keplerX)(1.3, 0.4, 1.1), b = keplerX_grad(1.3, 0.4, 1.1);
  say('grad(keplerX) = keplerX_grad', Object.is(a.value, b.value) && Object.is(a.grad.a, b.grad.a) && Object.is(a.grad.e, b.grad.e) && Object.is(a.grad.M, b.grad.M), [`∂x/∂e ${a.grad.e}`]);
}
{
  const x = Float64Array.of(0, 0.4, 0.9, 1.3), y = Float64Array.of(0.2, -0.1, 0.5, 0.3);
  const a = grad(gpNll, ['logEll', 'logSn'])(0.1, 0, -1.5, x, y), b = gpNll_grad(0.1, 0, -1.5, x, y);
  const keys = Object.keys(a.grad).join();
  say("grad(gpNll, ['logEll', 'logSn']): only those keys", keys === 'logEll,logSn' && Object.is(a.grad.logEll, b.grad.logEll) && Object.is(a.grad.logSn, b.grad.logSn), [`keys ${keys}`]);
}
{
  const pi = Float64Array.of(0.1, -0.2), A = Float64Array.of(1, -1, -0.5, 0.5), mu = Float64Array.of(-1, 1), ls = Float64Array.of(-0.3, -0.2), obs = Float64Array.of(-1, 0.8, 1.1, -0.7);
  const t = { mu: Float64Array.of(1, -1), aLogits: Float64Array.of(0.5, 0, 0, -0.5) };
  const a = jvp(hmmLogLik)(pi, A, mu, ls, obs, t), b = hmmLogLik_jvp(pi, A, mu, ls, obs, t);
  say('jvp(hmmLogLik) = hmmLogLik_jvp', Object.is(a.value, b.value) && Object.is(a.tangent, b.tangent), [`tangent ${a.tangent}`]);
}
{
  const v = { k10: 1, t: -0.5 };
  const a = hvp(bio.pkBiexp)(0.2, 0.3, 0.2, 7, 100, 2, v), b = pkBiexp_hvp(0.2, 0.3, 0.2, 7, 100, 2, v);
  say('hvp(bio.pkBiexp) after import * as = pkBiexp_hvp', Object.is(a.value, b.value) && Object.is(a.hvp.k10, b.hvp.k10) && Object.is(a.hvp.t, b.hvp.t), [`hvp.k10 ${a.hvp.k10}`]);
}
{
  const u0 = Float64Array.of(0.3, -0.2, 0.5, 0.1);
  const a = jacobian(heatDirichlet)(u0, 0.3, 1, 0, 5, new Float64Array(4)), b = heatDirichlet_jacobian(u0, 0.3, 1, 0, 5, new Float64Array(4));
  say('jacobian(heatDirichlet) = heatDirichlet_jacobian (void writer)', a.rows === b.rows && a.columns === b.columns && same(a.jacobian, b.jacobian), [`${a.rows}×${a.columns}`]);
}
