// The build-time API through tsgrad/register: grad(f), grad(f, keys), jvp(f), hvp(f), jacobian(f), compared with the
// files `tsgrad compile` wrote. Run: node --import tsgrad/register trial35/buildtime.ts
import { grad, hvp, jacobian, jvp } from 'tsgrad';
import { hmmLogLik, sinkhornCost, complementaryFilter } from './src/control.js';
import { felsensteinLogLik } from './src/recursive.js';
import { waveEnergyFlux, glenSurfaceVelocity } from './src/earth.js';
import { biotSavartField } from './src/objects.js';
import { hmmLogLik_grad, sinkhornCost_grad, complementaryFilter_jacobian } from './gen/control.grad.js';
import { felsensteinLogLik_jvp } from './gen/recursive.grad.js';
import { waveEnergyFlux_hvp, glenSurfaceVelocity_grad } from './gen/earth.grad.js';
import { biotSavartField_grad } from './gen/objects.grad.js';

const out = (extra: string, ok: boolean, notes: string[] = []) => console.log(JSON.stringify({ extra, status: ok ? 'ok' : 'WRONG', notes }));
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
const allClose = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.from(a).every((v, i) => close(v, b[i]));
const F = (xs: number[]) => Float64Array.from(xs);

{
  const logPi = F([-1.2, -0.9, -1.2]);
  const logA = F([-0.2, -2, -2.5, -2, -0.3, -2, -2.5, -2, -0.2]);
  const means = F([-1, 0.5, 2]);
  const sds = F([0.8, 1, 0.9]);
  const obs = F([-1.2, -0.8, 0.3, 0.6, 2.2, 1.9, 0.1, -1]);
  const a = grad(hmmLogLik)(logPi, logA, means, sds, obs);
  const b = hmmLogLik_grad(logPi, logA, means, sds, obs);
  const ok = Object.is(a.value, b.value) && (['logPi', 'logA', 'means', 'sds', 'obs'] as const).every((k) => allClose(a.grad[k], b.grad[k]));
  out('grad(hmmLogLik) = hmmLogLik_grad', ok, [`value ${a.value}`]);
}
{
  const a0 = F([0.2, 0.3, 0.5]);
  const b0 = F([0.4, 0.4, 0.2]);
  const xa = F([0, 0.5, 1]);
  const xb = F([0.2, 0.6, 0.9]);
  const a = grad(sinkhornCost, ['a', 'b'])(a0, b0, xa, xb, 0.3);
  const b = sinkhornCost_grad(a0, b0, xa, xb, 0.3);
  const keys = Object.keys(a.grad).sort().join(',');
  const ok = keys === 'a,b' && Object.is(a.value, b.value) && allClose(a.grad.a, b.grad.a) && allClose(a.grad.b, b.grad.b);
  out("grad(sinkhornCost, ['a', 'b'])", ok, [`keys ${keys}`]);
}
{
  const bl = F([0.1, 0.2, 0.3, 0.15, 0.25, 0.35, 0.1, 0.2, 0.3, 0.4, 0.5, 0.1, 0.2]);
  const left = Int32Array.from([1, 3, 5, 7, 9, 11, -1, -1, -1, -1, -1, -1, -1]);
  const right = Int32Array.from([2, 4, 6, 8, 10, 12, -1, -1, -1, -1, -1, -1, -1]);
  const tip = Int32Array.from([0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 0, 0, 1]);
  const t = { bl: new Float64Array(13).fill(0.1), rate: 1 };
  const a = jvp(felsensteinLogLik)(bl, 1.3, left, right, tip, t);
  const b = felsensteinLogLik_jvp(bl, 1.3, left, right, tip, t);
  out('jvp(felsensteinLogLik) = felsensteinLogLik_jvp', Object.is(a.value, b.value) && close(a.tangent, b.tangent), [`tangent ${a.tangent}`]);
}
{
  const a = hvp(waveEnergyFlux)(1.5, 8, 12, 1025, { height: 1, period: 0.5, depth: -1 });
  const b = waveEnergyFlux_hvp(1.5, 8, 12, 1025, { height: 1, period: 0.5, depth: -1 });
  const ok = Object.is(a.value, b.value) && (['height', 'period', 'depth', 'rho'] as const).every((k) => close(a.hvp[k], b.hvp[k]));
  out('hvp(waveEnergyFlux) = waveEnergyFlux_hvp', ok, [`hvp.period ${a.hvp.period}`]);
}
{
  const n = 6;
  const gyro = F([0.1, -0.2, 0.3, 0.1, 0, -0.1]);
  const acc = F([0.05, 0.02, 0.1, 0.12, 0.1, 0.05]);
  const truth = F([0.04, 0.03, 0.09, 0.1, 0.1, 0.06]);
  const a = jacobian(complementaryFilter)(gyro, acc, truth, 0.95, new Float64Array(n), 0.01);
  const b = complementaryFilter_jacobian(gyro, acc, truth, 0.95, new Float64Array(n), 0.01);
  out('jacobian(complementaryFilter) = complementaryFilter_jacobian', a.rows === b.rows && a.columns === b.columns && allClose(a.jacobian, b.jacobian), [`${a.rows}x${a.columns}`]);
}
{
  // an IIFE-returned function, through the build API
  const a = grad(glenSurfaceVelocity)(500, 3);
  const b = glenSurfaceVelocity_grad(500, 3);
  out('grad(glenSurfaceVelocity) (d3-style IIFE)', Object.is(a.value, b.value) && close(a.grad.thickness, b.grad.thickness), [`dv/dH ${a.grad.thickness}, 4v/H ${(4 * a.value) / 500}`]);
}
{
  const loop = new Float64Array(24);
  for (let k = 0; k < 8; k++) { loop[3 * k] = Math.cos((k * Math.PI) / 4); loop[3 * k + 1] = Math.sin((k * Math.PI) / 4); }
  const a = grad(biotSavartField)(loop, 0.1, 0, 0.5);
  const b = biotSavartField_grad(loop, 0.1, 0, 0.5);
  out('grad(biotSavartField) (Vec3 class)', Object.is(a.value, b.value) && close(a.grad.pz, b.grad.pz) && allClose(a.grad.loop, b.grad.loop), [`dB/dz ${a.grad.pz}`]);
}
