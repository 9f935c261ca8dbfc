// trial33: grad/jvp/hvp/jacobian through the build-time API (replaced by tsgrad/register as the module loads),
// against the CLI's generated modules. node --import tsgrad/register trial33/buildtime.ts -> one JSON line per check
import { grad, hvp, jacobian, jvp } from 'tsgrad';
import { scheduleObjective, twoCompAUC } from './src/pharma.js';
import { softTree, tridiagDet } from './src/recursive.js';
import { recordPath, odometryErrorInPlace } from './src/bodies.js';
import { farquharA } from './src/agro.js';
import * as P from './src/pharma.grad.js';
import * as R from './src/recursive.grad.js';
import * as B from './src/bodies.grad.js';
import * as A from './src/agro.grad.js';

const report = (extra: string, ok: boolean, notes: string[] = []) => console.log(JSON.stringify({ extra, status: ok ? 'ok' : 'WRONG', notes }));
const eqArr = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.from(a).every((x, i) => Object.is(x, b[i]));

const doses = Float64Array.of(100, 120, 90, 110);
const s1 = grad(scheduleObjective)(doses, 1.2, 0.1, 30, 12, 1.5, 6);
const s0 = P.scheduleObjective_grad(doses, 1.2, 0.1, 30, 12, 1.5, 6);
report('grad(scheduleObjective) = CLI', Object.is(s1.value, s0.value) && eqArr(s1.grad.doses, s0.grad.doses) && Object.is(s1.grad.ka, s0.grad.ka), [`keys ${Object.keys(s1.grad)}`]);
const sk = grad(scheduleObjective, ['doses'])(doses, 1.2, 0.1, 30, 12, 1.5, 6);
report("grad(scheduleObjective, ['doses']) has only doses, same values", Object.keys(sk.grad).join() === 'doses' && eqArr(sk.grad.doses, s0.grad.doses), [`keys ${Object.keys(sk.grad)}`]);

const t1 = jvp(twoCompAUC)(0.3, 0.2, 0.1, 100, undefined, undefined, { k10: 1, dose: 0.01 });
const t0 = P.twoCompAUC_jvp(0.3, 0.2, 0.1, 100, undefined, undefined, { k10: 1, dose: 0.01 });
report('jvp(twoCompAUC) with defaults left undefined = CLI', Object.is(t1.value, t0.value) && Object.is(t1.tangent, t0.tangent), [`tangent ${t1.tangent}`]);

const x = Float64Array.of(0.3, -0.2, 0.5), W = Float64Array.from({ length: 21 }, (_, i) => Math.sin(i)), b = new Float64Array(7), leaf = Float64Array.from({ length: 8 }, (_, i) => i - 3.5);
const r1 = grad(softTree)(x, W, b, leaf, 3);
const r0 = R.softTree_grad(x, W, b, leaf, 3);
report('grad(softTree) (recursive helper) = CLI', Object.is(r1.value, r0.value) && eqArr(r1.grad.W, r0.grad.W) && eqArr(r1.grad.x, r0.grad.x));
const a = Float64Array.of(2, 2.5, 3, 2.2, 2.8), bb = Float64Array.of(0.5, -0.3, 0.2, 0.1), c = Float64Array.of(-0.4, 0.6, 0.1, 0.3);
const h1 = hvp(tridiagDet)(a, bb, c, { a: Float64Array.of(1, 0, 0, 0, 0) });
const h0 = R.tridiagDet_hvp(a, bb, c, { a: Float64Array.of(1, 0, 0, 0, 0) });
report('hvp(tridiagDet) (memo-free recursion) = CLI', eqArr(h1.hvp.a, h0.hvp.a) && eqArr(h1.hvp.b, h0.hvp.b));

const steer = Float64Array.of(0.1, -0.2, 0.05, 0.2, 0);
const j1 = jacobian(recordPath)(steer, 5, new Float64Array(10), undefined);
const j0 = B.recordPath_jacobian(steer, 5, new Float64Array(10), undefined);
report('jacobian(recordPath) = CLI', j1.rows === j0.rows && j1.columns === j0.columns && eqArr(j1.jacobian, j0.jacobian), [`${j1.rows}x${j1.columns}`]);
const rel = Float64Array.of(1, 0, 0.1, 1, 0.2, 0.3, 0.5, -0.1, 0);
const o1 = grad(odometryErrorInPlace)(rel, 2, 0.5);
const o0 = B.odometryErrorInPlace_grad(rel, 2, 0.5);
report('grad(odometryErrorInPlace) (objects of numbers) = CLI', Object.is(o1.value, o0.value) && eqArr(o1.grad.rel, o0.grad.rel));
const f1 = grad(farquharA)(60, 120, 250, 800, { theta: 0.9 });
const f0 = A.farquharA_grad(60, 120, 250, 800, { theta: 0.9 });
report('grad(farquharA) with an options object = CLI', Object.is(f1.value, f0.value) && Object.is(f1.grad.Vcmax, f0.grad.Vcmax) && !('opts' in f1.grad), [`keys ${Object.keys(f1.grad)}`]);
