// The build-time forms through `node --import tsgrad/register`: grad(f), grad(f, keys), jvp(f), hvp(f), jacobian(f),
// each against the CLI's generated functions (bit-equal) and my expectations. One JSON line per check.
import { grad, hvp, jacobian, jvp } from 'tsgrad';
import { bsCall, sharpe } from './src/finance.ts';
import { studentTLogLik } from './src/stats.ts';
import { clothStep } from './src/physics.ts';
import { attentionPool } from './src/idioms.ts';
import * as Fin from './src/finance.grad.ts';
import * as Sta from './src/stats.grad.ts';
import * as Phy from './src/physics.grad.ts';
import * as Idi from './src/idioms.grad.ts';

const out = (extra: string, ok: boolean, notes: string[]) => console.log(JSON.stringify({ extra, status: ok ? 'ok' : 'WRONG', notes }));
const same = (a: any, b: any): boolean =>
  typeof a === 'number' ? Object.is(a, b) : a && typeof a === 'object' ? Object.keys(a).length === Object.keys(b ?? {}).length && Object.keys(a).every((k) => same(a[k], b[k])) : a === b;

{
  const r = grad(bsCall)(100, 95, 0.02, 0.25, 1);
  const c = Fin.bsCall_grad(100, 95, 0.02, 0.25, 1);
  out('grad(bsCall) == bsCall_grad (CLI)', same(r, c), [`vega ${r.grad.sigma}`]);
}
{
  const w = Float64Array.of(0.2, 0.5, 0.3);
  const R = Float64Array.from({ length: 18 }, (_, i) => 0.01 * Math.sin(i * 1.7) + 0.005);
  const r = grad(sharpe, ['w'])(w, R, 6, 0.001);
  const full = Fin.sharpe_grad(w, R, 6, 0.001);
  const keys = Object.keys(r.grad);
  out("grad(sharpe, ['w']): only key w, equal to the full gradient's w", keys.join() === 'w' && same(r.grad.w, full.grad.w) && Object.is(r.value, full.value), [`keys ${keys}`]);
}
{
  const xs = Float64Array.of(0.3, -1.2, 0.8, 2.5, -0.4);
  const t = { xs: Float64Array.of(1, 0, 0, 0, 0), nu: 0.5 };
  const r = jvp(studentTLogLik)(xs, 0.1, 1.3, 4, t);
  const c = Sta.studentTLogLik_jvp(xs, 0.1, 1.3, 4, t);
  const g = Sta.studentTLogLik_grad(xs, 0.1, 1.3, 4).grad;
  const dot = g.xs[0] + 0.5 * g.nu;
  out('jvp(studentTLogLik) == CLI, and = grad·v', same(r, c) && Math.abs(r.tangent - dot) < 1e-12 * Math.max(1, Math.abs(dot)), [`tangent ${r.tangent}, grad·v ${dot}`]);
  const h = hvp(studentTLogLik)(xs, 0.1, 1.3, 4, { mu: 1 });
  const hc = Sta.studentTLogLik_hvp(xs, 0.1, 1.3, 4, { mu: 1 });
  out('hvp(studentTLogLik) == CLI', same(h, hc), [`d²/dmu² ${h.hvp.mu}`]);
}
{
  const pos = Float64Array.of(0, 0, 1, 0, 2, 0, 0, -1, 1, -1, 2, -1);
  const prev = pos.map((v, i) => v + 0.01 * Math.sin(i));
  const o1 = new Float64Array(12), o2 = new Float64Array(12);
  const J = jacobian(clothStep)(pos, prev, 3, 2, 10, 0.02, o1);
  const Jc = Phy.clothStep_jacobian(pos, prev, 3, 2, 10, 0.02, o2);
  out('jacobian(clothStep) == CLI', same(J.jacobian, Jc.jacobian) && J.rows === 12 && J.columns === Jc.columns, [`${J.rows}×${J.columns}`]);
}
{
  const r = grad(attentionPool)([0.1, 0.5, -0.3], [1, 2, 3]);
  const c = Idi.attentionPool_grad([0.1, 0.5, -0.3], [1, 2, 3]);
  out('grad(attentionPool) on number[] == CLI', same(r, c), [`grad.scores ${Array.from(r.grad.scores).map((v) => v.toFixed(4))}`]);
}
