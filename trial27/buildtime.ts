// grad(f), jvp(f), hvp(f), jacobian(f) replaced at load time by tsgrad/register; compared with the .grad.ts forms.
import { grad, hvp, jacobian, jvp } from 'tsgrad';
import { binomialCall, sabrLoss } from './src/finance.js';
import { sirStep } from './src/epi.js';
import { lqrCost, twoLinkStep } from './src/control.js';
import * as ml from './src/ml.js';
import * as F from './src/finance.grad.js';
import * as E from './src/epi.grad.js';
import * as C from './src/control.grad.js';
import * as M from './src/ml.grad.js';

const lines: string[] = [];
const same = (a: ArrayLike<number> | number, b: ArrayLike<number> | number) => {
  if (typeof a === 'number' || typeof b === 'number') return Math.abs((a as number) - (b as number)) <= 1e-12 * Math.max(1, Math.abs(b as number));
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (Math.abs(a[i] - b[i]) > 1e-12 * Math.max(1, Math.abs(b[i]))) return false;
  return true;
};
const report = (what: string, ok: boolean) => lines.push(JSON.stringify({ name: `grad(f):${what}`, status: ok ? 'ok' : 'WRONG', detail: '' }));

{
  const r = grad(binomialCall)(100, 97.3, 0.03, 0.25, 1.1, 50);
  const g = F.binomialCall_grad(100, 97.3, 0.03, 0.25, 1.1, 50);
  report('binomialCall', r.value === g.value && same(r.grad.sigma, g.grad.sigma) && same(r.grad.S, g.grad.S));
  const j = jvp(binomialCall)(100, 97.3, 0.03, 0.25, 1.1, 50, { sigma: 1 });
  report('jvp(binomialCall)', same(j.tangent, g.grad.sigma));
}
{
  const k = Float64Array.of(0.8, 0.9, 1.05, 1.2, 1.3), v = Float64Array.of(0.3, 0.27, 0.24, 0.23, 0.235);
  const r = grad(sabrLoss, ['alpha', 'rho', 'nu'])(0.25, -0.3, 0.6, 1, 2, k, v);
  const g = F.sabrLoss_grad(0.25, -0.3, 0.6, 1, 2, k, v);
  report('grad(sabrLoss, keys)', same(r.grad.alpha, g.grad.alpha) && same(r.grad.nu, g.grad.nu) && !('vols' in r.grad));
  const h = hvp(sabrLoss)(0.25, -0.3, 0.6, 1, 2, k, v, { rho: 1 });
  const h2 = F.sabrLoss_hvp(0.25, -0.3, 0.6, 1, 2, k, v, { rho: 1 });
  report('hvp(sabrLoss)', same(h.hvp.alpha, h2.hvp.alpha) && same(h.hvp.rho, h2.hvp.rho));
}
{
  const K = Float64Array.of(0.8, 1.1), A = Float64Array.of(1, 0.1, 0, 1), B = Float64Array.of(0.005, 0.1), x0 = Float64Array.of(1, -0.5);
  const r = grad(lqrCost)(K, A, B, x0, 30, 0.1);
  const g = C.lqrCost_grad(K, A, B, x0, 30, 0.1);
  report('lqrCost', same(r.grad.K, g.grad.K) && same(r.grad.A, g.grad.A));
}
{
  const s = Float64Array.of(0.9, 0.08, 0.02);
  const J = jacobian(sirStep)(s, 0.4, 0.1, 0.2, new Float64Array(3));
  const J2 = E.sirStep_jacobian(s, 0.4, 0.1, 0.2, new Float64Array(3), 'reverse');
  report('jacobian(sirStep)', J.rows === 3 && same(J.jacobian, J2.jacobian));
  const th = Float64Array.of(0.3, 0.9), tg = Float64Array.of(0.8, 0.9);
  const J3 = jacobian(twoLinkStep)(th, tg, 0.2, new Float64Array(2), 1, 0.7, 'forward');
  const J4 = C.twoLinkStep_jacobian(th, tg, 0.2, new Float64Array(2), 1, 0.7, 'reverse');
  report('jacobian(twoLinkStep)', same(J3.jacobian, J4.jacobian));
}
{
  const q = Float64Array.of(0.1, -0.2, 0.3, 0.4), Kk = new Float64Array(20).map((_, i) => Math.sin(i)), V = new Float64Array(20).map((_, i) => Math.cos(i));
  const r = grad(ml.attentionNorm)(q, Kk, V, 4);
  const g = M.attentionNorm_grad(q, Kk, V, 4);
  report('grad(m.attentionNorm)', same(r.grad.q, g.grad.q) && same(r.grad.V, g.grad.V));
}
console.log(lines.join('\n'));
