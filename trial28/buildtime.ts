// The build-time forms: grad(f), grad(f, keys), jvp(f), hvp(f), jacobian(f), replaced by tsgrad/register as this module loads.
import { grad, hvp, jacobian, jvp } from 'tsgrad';
import { beale } from './src/optim.js';
import { logisticL2 } from './src/stats.js';
import { quatRotate } from './src/geometry.js';
import { gpNegLogLik } from './src/losses.js';
import * as G from './src/optim.grad.js';
import * as S from './src/stats.grad.js';
import * as Q from './src/geometry.grad.js';
import * as L from './src/losses.grad.js';

const dBeale = grad(beale);
const dLog = grad(logisticL2, ['w', 'b']);
const tBeale = jvp(beale);
const hBeale = hvp(beale);
const jQuat = jacobian(quatRotate);
const dGp = grad(gpNegLogLik);

export function compare(cloneArgs: (a: any[]) => any[]): string[] {
  const notes: string[] = [];
  const same = (a: number, b: number, what: string) => {
    if (!Object.is(a, b) && Math.abs(a - b) > 1e-12 * Math.max(1, Math.abs(b))) notes.push(`WRONG ${what}: ${a} vs ${b}`);
  };
  const a = dBeale(0.7, -0.3), b = G.beale_grad(0.7, -0.3);
  same(a.value, b.value, 'grad(beale).value');
  same(a.grad.x, b.grad.x, 'grad(beale).x');
  same(a.grad.y, b.grad.y, 'grad(beale).y');
  const w = Float64Array.from([0.3, -0.2, 0.5]);
  const X = Float64Array.from({ length: 15 }, (_, i) => Math.sin(i));
  const y = Float64Array.from([1, 0, 1, 1, 0]);
  const c = dLog(w, 0.1, X, y, 0.1), d = S.logisticL2_grad(w, 0.1, X, y, 0.1);
  if (Object.keys(c.grad).join() !== 'w,b') notes.push(`WRONG grad(logisticL2, ['w','b']) keys ${Object.keys(c.grad)}`);
  same(c.grad.b, d.grad.b, 'grad(logisticL2,[w,b]).b');
  for (let i = 0; i < 3; i++) same(c.grad.w[i], d.grad.w[i], `grad(logisticL2).w[${i}]`);
  const t = tBeale(0.7, -0.3, { x: 1, y: 2 });
  same(t.tangent, b.grad.x + 2 * b.grad.y, 'jvp(beale)');
  const h = hBeale(0.7, -0.3, { x: 1 }), h2 = G.beale_hvp(0.7, -0.3, { x: 1 });
  same(h.hvp.x, h2.hvp.x, 'hvp(beale).x');
  same(h.hvp.y, h2.hvp.y, 'hvp(beale).y');
  const q = Float64Array.from([0.9, 0.1, -0.3, 0.2]), v = Float64Array.from([0.5, -1, 0.25]);
  const J1 = jQuat(q, v, new Float64Array(3)), J2 = Q.quatRotate_jacobian(q, v, new Float64Array(3));
  if (J1.rows !== J2.rows || J1.columns !== J2.columns) notes.push('WRONG jacobian(quatRotate) shape');
  for (let i = 0; i < J2.jacobian.length; i++) same(J1.jacobian[i], J2.jacobian[i], `jacobian(quatRotate)[${i}]`);
  const xs = Float64Array.from([-1, -0.4, 0.1, 0.7, 1.3]), ys = Float64Array.from([0.2, -0.1, 0.4, 0.3, -0.5]);
  const e = dGp(xs, ys, -0.2, 0.1, -1), e2 = L.gpNegLogLik_grad(xs, ys, -0.2, 0.1, -1);
  same(e.value, e2.value, 'grad(gpNegLogLik).value');
  same(e.grad.logEll, e2.grad.logEll, 'grad(gpNegLogLik).logEll');
  void cloneArgs;
  return notes;
}
