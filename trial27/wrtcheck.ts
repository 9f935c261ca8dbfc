// --wrt: the restricted forms must give exactly the full gradient's entries for the keys asked for, and no others.
import * as F from './src/finance.grad.js';
import * as M from './src/ml.grad.js';
import * as C from './src/control.grad.js';
import * as WF from './wrt/finance.grad.js';
import * as WM from './wrt/ml.grad.js';
import * as WC from './wrt/control.grad.js';

const out: string[] = [];
const rep = (name: string, ok: boolean, detail = '') => out.push(JSON.stringify({ name: `--wrt:${name}`, status: ok ? 'ok' : 'WRONG', detail }));
const eq = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.from(a).every((v, i) => Math.abs(v - b[i]) <= 1e-12 * Math.max(1, Math.abs(v)));

{
  const full = F.binomialCall_grad(100, 97.3, 0.03, 0.25, 1.1, 50), w = WF.binomialCall_grad(100, 97.3, 0.03, 0.25, 1.1, 50);
  rep('binomialCall:sigma', Object.keys(w.grad).join() === 'sigma' && eq([w.grad.sigma], [full.grad.sigma]) && w.value === full.value, Object.keys(w.grad).join());
}
{
  const r = (n: number, s: number) => new Float64Array(n).map((_, i) => Math.sin(s + 1.7 * i) * 0.5);
  const args = [r(12, 1), r(4, 2), r(12, 3), r(3, 4), r(15, 5), Int32Array.from([0, 2, 1, 1, 0]), 3, 4, 3] as const;
  const full = M.mlpLoss_grad(...args), w = WM.mlpLoss_grad(...args);
  rep('mlpLoss:W1,b2', Object.keys(w.grad).join() === 'W1,b2' && eq(w.grad.W1, full.grad.W1) && eq(w.grad.b2, full.grad.b2), Object.keys(w.grad).join());
}
{
  const th = Float64Array.of(0.3, 0.9), tg = Float64Array.of(0.8, 0.9);
  const full = C.twoLinkStep_jacobian(th, tg, 0.2, new Float64Array(2), 1, 0.7);
  const w = WC.twoLinkStep_jacobian(th, tg, 0.2, new Float64Array(2), 1, 0.7);
  // full columns: theta(2) target(2) alpha next(2) l1 l2 = 9; restricted: theta(2) next(2)
  const pick: number[] = [];
  for (let r = 0; r < 2; r++) for (const c of [0, 1, 5, 6]) pick.push(full.jacobian[r * full.columns + c]);
  rep('twoLinkStep:theta,next', w.columns === 4 && w.rows === 2 && eq(w.jacobian, pick), `${w.rows}x${w.columns} (full ${full.rows}x${full.columns})`);
}
console.log(out.join('\n'));
