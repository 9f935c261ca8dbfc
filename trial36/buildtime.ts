// The build-time API under `node --import tsgrad/register`: grad / jvp / hvp / jacobian and grad(f, keys), each
// compared with the CLI's generated module. Prints one JSON line per extra.
import { grad, hvp, jacobian, jvp } from 'tsgrad';
import { crfNll, viterbiScore } from './src/nlp.js';
import { keplerE, rvChi2, rvModel } from './src/astro.js';
import { chargeField } from './src/em.js';
import { sumSq } from './src/util.js';
import { oscEnergyAfter } from './src/kernels.js';
import * as N from './gen/nlp.grad.js';
import * as A from './gen/astro.grad.js';
import * as E from './gen/em.grad.js';
import * as U from './gen/util.grad.js';
import * as K from './gen/kernels.grad.js';

const out = (extra: string, ok: boolean, notes: string[] = []) => console.log(JSON.stringify({ extra, status: ok ? 'ok' : 'WRONG', notes }));
const eqArr = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.from(a).every((x, i) => Object.is(x, b[i]));
const K3 = 3;
const em = Float64Array.from({ length: 12 }, (_, i) => Math.sin(i + 1));
const tr = Float64Array.from({ length: 9 }, (_, i) => Math.cos(2 * i) / 2);
const tags = Int32Array.of(0, 2, 1, 1);

{
  const a = grad(crfNll)(em, tr, K3, tags);
  const b = N.crfNll_grad(em, tr, K3, tags);
  out('grad(crfNll) === crfNll_grad', a.value === b.value && eqArr(a.grad.emissions, b.grad.emissions) && eqArr(a.grad.trans, b.grad.trans), [`value ${a.value}`]);
  const t = grad(crfNll, ['trans'])(em, tr, K3, tags);
  out("grad(crfNll, ['trans']) keys and values", Object.keys(t.grad).join() === 'trans' && eqArr(t.grad.trans, b.grad.trans), [`keys ${Object.keys(t.grad).join()}`]);
}
{
  const a = grad(sumSq)([1, 2, 3]);
  out('grad(sumSq) of a const arrow', a.value === 14 && eqArr(a.grad.a, [2, 4, 6]), [JSON.stringify(Array.from(a.grad.a))]);
}
{
  const p = Float64Array.of(5, 30, 0.3, 1, 0.5, 2);
  const t = Float64Array.of(1, 4, 9);
  const v = Float64Array.of(3, -2, 1);
  const s = Float64Array.of(1, 1, 2);
  const dir = { params: Float64Array.of(0.1, 0.2, 0.01, -0.3, 0.05, 1) };
  const a = jvp(rvChi2)(p, t, v, s, dir);
  const b = A.rvChi2_jvp(p, t, v, s, dir);
  out('jvp(rvChi2) === rvChi2_jvp', a.value === b.value && a.tangent === b.tangent, [`tangent ${a.tangent}`]);
  const h = hvp(keplerE)(1.2, 0.4, { M: 1, e: 0.5 });
  const h2 = A.keplerE_hvp(1.2, 0.4, { M: 1, e: 0.5 });
  out('hvp(keplerE) === keplerE_hvp', h.hvp.M === h2.hvp.M && h.hvp.e === h2.hvp.e, [`hvp ${h.hvp.M}, ${h.hvp.e}`]);
  const J = jacobian(rvModel)(p, t, new Float64Array(3));
  const J2 = A.rvModel_jacobian(p, t, new Float64Array(3));
  out('jacobian(rvModel) === rvModel_jacobian', J.rows === J2.rows && J.columns === J2.columns && eqArr(J.jacobian, J2.jacobian), [`${J.rows}x${J.columns}`]);
}
{
  const q = Float64Array.of(1, -1), xs = Float64Array.of(0, 1), ys = Float64Array.of(0, 0.5), tg = Float64Array.of(2, 2);
  const o1 = new Float64Array(2), o2 = new Float64Array(2);
  const t1 = { q: Float64Array.of(1, 0), out: new Float64Array(2) };
  const t2 = { q: Float64Array.of(1, 0), out: new Float64Array(2) };
  jvp(chargeField)(q, xs, ys, tg, o1, t1);
  E.chargeField_jvp(q, xs, ys, tg, o2, t2);
  out('jvp(chargeField) (void) writes out and its tangent', eqArr(o1, o2) && eqArr(t1.out, t2.out) && o1[0] !== 0, [`out ${Array.from(o1)}, tangent ${Array.from(t1.out)}`]);
}
{
  const a = grad(oscEnergyAfter)(0.5, 0, 2, 0.1);
  const b = K.oscEnergyAfter_grad(0.5, 0, 2, 0.1);
  out('grad(oscEnergyAfter) with its default n left out', a.value === b.value && a.grad.x0 === b.grad.x0 && a.grad.k === b.grad.k, [`dE/dk ${a.grad.k}`]);
  const v = grad(viterbiScore)(em, tr, K3);
  out('grad(viterbiScore) (Math.max of a spread)', v.value === viterbiScore(em, tr, K3) && Math.abs(v.grad.emissions.reduce((s, x) => s + x, 0) - 4) < 1e-12, ['one path: the emissions gradient sums to T = 4']);
}
void U;
