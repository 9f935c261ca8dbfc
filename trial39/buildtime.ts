// The build-time API under `node --import tsgrad/register trial39/buildtime.ts`: grad(f), grad(f, keys), jvp(f),
// hvp(f), jacobian(f) on my modules, each against the CLI's generated function (bit-equal expected: same code).
// One JSON line per test: {"extra": name, "status": "ok" | "WRONG", "notes": [...]}.
import { grad, hvp, jacobian, jvp } from 'tsgrad';
import { gpNll, cholFactor } from './src/gp.js';
import { reachLoss } from './src/robot.js';
import { hmmLogLik } from './src/stochastic.js';
import * as dsp from './src/dsp.js';
import { gpNll_grad, cholFactor_jacobian } from './gen/gp.grad.js';
import { reachLoss_grad, reachLoss_hvp } from './gen/robot.grad.js';
import { hmmLogLik_jvp } from './gen/stochastic.grad.js';
import { biquadLoss_grad } from './gen/dsp.grad.js';

const say = (extra: string, ok: boolean, notes: string[] = []) => console.log(JSON.stringify({ extra, status: ok ? 'ok' : 'WRONG', notes }));
const bitEq = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.prototype.every.call(a, (x: number, i: number) => Object.is(x, b[i]));

const x = Float64Array.of(0.1, 0.9, 1.7, 2.2, 3.4), y = Float64Array.of(0.3, -0.2, 0.5, 0.1, -0.4);
{
  const a = grad(gpNll)(x, y, 0.1, 0.05, -1.2), b = gpNll_grad(x, y, 0.1, 0.05, -1.2);
  say('grad(gpNll) = gpNll_grad (value, x, y, log-hyperparameters)', Object.is(a.value, b.value) && bitEq(a.grad.x, b.grad.x) && bitEq(a.grad.y, b.grad.y) && a.grad.logEll === b.grad.logEll && a.grad.logSn === b.grad.logSn);
}
{
  const g = grad(gpNll, ['logEll', 'logSf', 'logSn'])(x, y, 0.1, 0.05, -1.2), b = gpNll_grad(x, y, 0.1, 0.05, -1.2);
  const keys = Object.keys(g.grad).sort().join();
  say("grad(gpNll, ['logEll', 'logSf', 'logSn']): the hyperparameters only", keys === 'logEll,logSf,logSn' && g.grad.logEll === b.grad.logEll && g.grad.logSf === b.grad.logSf && g.grad.logSn === b.grad.logSn, [`keys ${keys}`]);
}
{
  const ang = Float64Array.of(0.3, -0.2, 0.5), len = Float64Array.of(1, 0.8, 0.6);
  const v = { angles: Float64Array.of(1, 0, -1), tx: 0.5 };
  const a = hvp(reachLoss)(ang, len, 1.2, 0.7, v), b = reachLoss_hvp(ang, len, 1.2, 0.7, v);
  const r = grad(reachLoss)(ang, len, 1.2, 0.7), r2 = reachLoss_grad(ang, len, 1.2, 0.7);
  say('hvp(reachLoss) = reachLoss_hvp and grad(reachLoss) = reachLoss_grad', bitEq(a.hvp.angles, b.hvp.angles) && a.hvp.tx === b.hvp.tx && bitEq(r.grad.angles, r2.grad.angles));
}
{
  const obs = Float64Array.of(0.2, -0.5, 1.1, 0.4), logits = Float64Array.of(0.5, -0.2, 0.1, 0.3), means = Float64Array.of(-0.5, 0.8);
  const t = { means: Float64Array.of(1, -1), sigma: 0.3 };
  const a = jvp(hmmLogLik)(obs, logits, means, 0.7, t), b = hmmLogLik_jvp(obs, logits, means, 0.7, t);
  say('jvp(hmmLogLik) = hmmLogLik_jvp', Object.is(a.value, b.value) && Object.is(a.tangent, b.tangent), [`tangent ${a.tangent}`]);
}
{
  const A = Float64Array.of(4, 1, 0.5, 1, 3, 0.2, 0.5, 0.2, 2), L = new Float64Array(9);
  const a = jacobian(cholFactor)(A, 3, L, 'forward'), b = cholFactor_jacobian(A, 3, L, 'reverse');
  say('jacobian(cholFactor) forward = cholFactor_jacobian reverse (9×19: A, n and L as found, README)', a.rows === 9 && a.columns === 19 && a.jacobian.every((v, i) => Math.abs(v - b.jacobian[i]) < 1e-12), [`${a.rows}×${a.columns}`]);
}
{
  // through a namespace import: grad(m.f)
  const sig = Float64Array.from({ length: 16 }, (_, i) => Math.sin(0.4 * i)), ref = sig.map((v) => 0.8 * v);
  const a = grad(dsp.biquadLoss)(sig, ref, 3000, 0.9), b = biquadLoss_grad(sig, ref, 3000, 0.9);
  say('grad(dsp.biquadLoss) through `import * as dsp` = biquadLoss_grad', Object.is(a.value, b.value) && a.grad.fc === b.grad.fc && a.grad.Q === b.grad.Q && a.grad.fs === b.grad.fs);
}
