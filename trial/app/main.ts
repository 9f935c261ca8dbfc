import { grad, hvp } from 'tsgrad';
import { gpNegLogLik } from '../src/gp.js';
import { huberLoss } from '../src/losses.js';

const xs = Float64Array.from([-1.5, -0.7, 0.1, 0.6, 1.4]);
const ys = Float64Array.from([0.3, -0.2, 0.5, 0.9, -0.4]);
const dnll = grad(gpNegLogLik);
const g = dnll(0.1, 0, -1, xs, ys);
const h = 1e-6;
const fd = (gpNegLogLik(0.1 + h, 0, -1, xs, ys) - gpNegLogLik(0.1 - h, 0, -1, xs, ys)) / (2 * h);
const dh = hvp(huberLoss);
const p = Float64Array.from([0.2, 2.5, -1]);
const t = Float64Array.from([0, 0, 0]);
const hv = dh(p, t, 1, { pred: Float64Array.from([1, 1, 1]) }).hvp.pred;
const ok = Math.abs(g.grad.logEll - fd) < 1e-6 && Math.abs(hv[0]! - 1 / 3) < 1e-12 && hv[1] === 0;
console.log(`${ok ? 'bundle ok' : 'bundle MISMATCH'}: ∂nll/∂logEll ${g.grad.logEll.toFixed(8)} vs ${fd.toFixed(8)}, huber hvp ${Array.from(hv).join(',')}`);
