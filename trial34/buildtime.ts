// The build-time API through tsgrad/register: grad(f), grad(f, keys), jvp(f), hvp(f), jacobian(f), compared with the
// files `tsgrad compile` wrote. Run: node --import tsgrad/register trial34/buildtime.ts
import { grad, hvp, jacobian, jvp } from 'tsgrad';
import { ciede2000, bradfordAdapt } from './src/colour.js';
import { krigingPredict } from './src/geostat.js';
import { tournamentWin } from './src/recursive.js';
import { cellCurrent } from './src/energy.js';
import { ciede2000_grad, bradfordAdapt_jacobian } from './src/colour.grad.js';
import { krigingPredict_grad } from './src/geostat.grad.js';
import { tournamentWin_grad } from './src/recursive.grad.js';
import { cellCurrent_hvp } from './src/energy.grad.js';

const out = (extra: string, ok: boolean, notes: string[] = []) => console.log(JSON.stringify({ extra, status: ok ? 'ok' : 'WRONG', notes }));
const bitEq = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.from(a).every((v, i) => Object.is(v, b[i]));

{
  const a = grad(ciede2000)(50, 10, -20, 55, 12, -15);
  const b = ciede2000_grad(50, 10, -20, 55, 12, -15);
  const ok = Object.is(a.value, b.value) && (['L1', 'a1', 'b1', 'L2', 'a2', 'b2', 'kL'] as const).every((k) => Object.is(a.grad[k], b.grad[k]));
  out('grad(ciede2000) = ciede2000_grad', ok, [`dE = ${a.value}`]);
}
{
  const xy = Float64Array.of(0, 0, 4, 1, 1, 5, 6, 6, 3, 2);
  const z = Float64Array.of(0.2, -0.1, 0.5, 0.9, 0.3);
  const a = grad(krigingPredict, ['px', 'py'])(xy, z, 2.5, 3, 1, 5, 0.05);
  const b = krigingPredict_grad(xy, z, 2.5, 3, 1, 5, 0.05);
  const keys = Object.keys(a.grad).sort().join(',');
  const ok = keys === 'px,py' && Object.is(a.value, b.value) && Math.abs(a.grad.px - b.grad.px) <= 1e-12 * Math.max(1, Math.abs(b.grad.px)) && Math.abs(a.grad.py - b.grad.py) <= 1e-12 * Math.max(1, Math.abs(b.grad.py));
  out("grad(krigingPredict, ['px','py'])", ok, [`keys ${keys}; d/dpx ${a.grad.px} vs ${b.grad.px}`]);
}
{
  const s = Float64Array.of(1, 1.5, 0.7, 2, 1.2, 0.9, 1.1, 1.3);
  const v = Float64Array.of(0.1, -0.2, 0.3, 0, 0.5, -0.1, 0.2, 0.05);
  const t = jvp(tournamentWin)(s, 2, { strength: v });
  const g = tournamentWin_grad(s, 2).grad.strength;
  const gv = Array.from(g).reduce((acc, x, i) => acc + x * v[i], 0);
  out('jvp(tournamentWin) = grad . v', Math.abs(t.tangent - gv) <= 1e-12 && Object.is(t.value, tournamentWin(s, 2)), [`tangent ${t.tangent} vs ${gv}`]);
}
{
  const args = [0.45, 8, 3e-9, 0.005, 250, 1.3] as const;
  const a = hvp(cellCurrent)(...args, 298.15, {}, { v: 1, iph: 0, i0: 0, rs: 0, rsh: 0, n: 0 });
  const b = cellCurrent_hvp(...args, 298.15, {}, { v: 1 });
  out('hvp(cellCurrent) = cellCurrent_hvp', Object.is(a.hvp.v, b.hvp.v) && Object.is(a.value, b.value), [`d2I/dv2 = ${a.hvp.v}`]);
}
{
  const xyz = Float64Array.of(0.3, 0.4, 0.5, 0.2, 0.1, 0.7);
  const src = Float64Array.of(0.95047, 1, 1.08883), dst = Float64Array.of(0.96422, 1, 0.82521);
  const a = jacobian(bradfordAdapt)(xyz, src, dst, new Float64Array(6));
  const b = bradfordAdapt_jacobian(xyz, src, dst, new Float64Array(6));
  out('jacobian(bradfordAdapt) = bradfordAdapt_jacobian', a.rows === b.rows && a.columns === b.columns && bitEq(a.jacobian, b.jacobian), [`${a.rows}x${a.columns}`]);
}
