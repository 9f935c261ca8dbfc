// The build-time API under `node --import tsgrad/register`: each form compared with the CLI's generated module.
// Prints one JSON line per extra.
import { grad, hvp, jacobian, jvp } from 'tsgrad';
import { gpNll } from './src/gp.js';
import { ikLoss, jointPositions } from './src/arm.js';
import { cvKalmanLogLik } from './src/signal.js';
import { waveEnergy, axpyInPlace } from './src/oop.js';
import { softplus } from './src/util.js';
import * as GP from './gen/gp.grad.js';
import * as ARM from './gen/arm.grad.js';
import * as SIG from './gen/signal.grad.js';
import * as OOP from './gen/oop.grad.js';
import * as UT from './gen/util.grad.js';

const out = (extra: string, ok: boolean, notes: string[] = []) => console.log(JSON.stringify({ extra, status: ok ? 'ok' : 'WRONG', notes }));
const eq = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.from(a).every((x, i) => Object.is(x, b[i]));

const x = Float64Array.of(-1.2, -0.3, 0.4, 1.1, 1.9), y = Float64Array.of(0.2, -0.1, 0.5, 0.3, -0.4);
{
  const a = grad(gpNll)(x, y, 0.1, -0.2, -1.5, { kernel: 'matern32' });
  const b = GP.gpNll_grad(x, y, 0.1, -0.2, -1.5, { kernel: 'matern32' });
  out('grad(gpNll) === gpNll_grad', a.value === b.value && eq(a.grad.x, b.grad.x) && a.grad.logEll === b.grad.logEll, [`value ${a.value}`]);
}
const th = Float64Array.of(0.3, -0.5, 0.8, 0.1), len = Float64Array.of(1, 0.8, 0.6, 0.4);
{
  const a = grad(ikLoss, ['theta'])(th, len, 1.2, 0.9);
  const b = ARM.ikLoss_grad(th, len, 1.2, 0.9);
  out("grad(ikLoss, ['theta']) keys and values", Object.keys(a.grad).join() === 'theta' && eq(a.grad.theta, b.grad.theta), [`keys ${Object.keys(a.grad).join()}`]);
}
{
  const ys = Float64Array.from({ length: 8 }, (_, k) => 0.3 * k + 0.05 * Math.sin(k));
  const t = { logQ: 0.3, logR: -0.7, y: Float64Array.from({ length: 8 }, (_, k) => Math.cos(k)) };
  const a = jvp(cvKalmanLogLik)(ys, -1, -1.2, 1, t);
  const b = SIG.cvKalmanLogLik_jvp(ys, -1, -1.2, 1, t);
  out('jvp(cvKalmanLogLik) === cvKalmanLogLik_jvp', a.value === b.value && a.tangent === b.tangent, [`tangent ${a.tangent}`]);
}
{
  const u0 = Float64Array.from({ length: 10 }, (_, i) => (i === 0 || i === 9 ? 0 : Math.sin((Math.PI * i) / 9)));
  const v = { u0: Float64Array.from({ length: 10 }, (_, i) => (i % 3) - 1), c: 0.5 };
  const a = hvp(waveEnergy)(u0, 1.1, 20, v);
  const b = OOP.waveEnergy_hvp(u0, 1.1, 20, v);
  out('hvp(waveEnergy) === waveEnergy_hvp', a.value === b.value && eq(a.hvp.u0, b.hvp.u0) && a.hvp.c === b.hvp.c, []);
}
{
  const o1 = new Float64Array(8), o2 = new Float64Array(8);
  const a = jacobian(jointPositions)(th, len, o1);
  const b = ARM.jointPositions_jacobian(th, len, o2);
  out('jacobian(jointPositions) === jointPositions_jacobian', a.rows === b.rows && a.columns === b.columns && eq(a.jacobian, b.jacobian), [`${a.rows}x${a.columns}`]);
  const y1 = Float64Array.of(1, 2, 3), y2 = Float64Array.of(1, 2, 3);
  const xx = Float64Array.of(0.5, -1, 2);
  const c = jacobian(axpyInPlace)(0.7, xx, y1);
  const d = OOP.axpyInPlace_jacobian(0.7, xx, y2);
  out('jacobian(axpyInPlace) (in-place writer)', eq(c.jacobian, d.jacobian) && eq(y1, Float64Array.of(1, 2, 3)), [`${c.rows}x${c.columns}, y left as found: ${Array.from(y1)}`]);
}
{
  const a = grad(softplus)(0.3, 2);
  const b = UT.softplus_grad(0.3, 2);
  out('grad(softplus) (default parameter)', a.value === b.value && a.grad.x === b.grad.x && a.grad.beta === b.grad.beta, []);
}
