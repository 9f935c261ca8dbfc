// trial32: the build-time API (grad/jvp/hvp/jacobian replaced by tsgrad/register) against the CLI's output.
// node --import tsgrad/register trial32/buildtime.ts -> one JSON line per check
import { grad, hvp, jacobian, jvp } from 'tsgrad';
import { bucketLoss } from './src/hydro.js';
import { keplerE } from './src/orbit.js';
import { srgbToLab } from './src/color.js';
import { treeResistance } from './src/tree.js';
import * as H from './src/hydro.grad.js';
import * as O from './src/orbit.grad.js';
import * as C from './src/color.grad.js';
import * as T from './src/tree.grad.js';

const report = (extra: string, ok: boolean, notes: string[] = []) => console.log(JSON.stringify({ extra, status: ok ? 'ok' : 'WRONG', notes }));
const same = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.from(a).every((x, i) => Object.is(x, b[i]));

const params = Float64Array.of(90, 0.03, 20);
const rain = Float64Array.from({ length: 20 }, (_, i) => (i * 7) % 25);
const pet = Float64Array.from({ length: 20 }, (_, i) => 1 + (i % 3));
const q = Float64Array.from({ length: 20 }, (_, i) => (i * 3) % 8);
const g1 = grad(bucketLoss)(params, rain, pet, q, 'threshold');
const g0 = H.bucketLoss_grad(params, rain, pet, q, 'threshold');
report('grad(bucketLoss) vs CLI', Object.is(g1.value, g0.value) && same(g1.grad.params, g0.grad.params) && same(g1.grad.rain, g0.grad.rain), [`keys ${Object.keys(g1.grad)}`]);
const gk = grad(bucketLoss, ['params'])(params, rain, pet, q);
const gk0 = H.bucketLoss_grad(params, rain, pet, q);
report("grad(bucketLoss, ['params']) keys and values", Object.keys(gk.grad).join() === 'params' && same(gk.grad.params, gk0.grad.params), [`keys ${Object.keys(gk.grad)}`]);

const j1 = jvp(keplerE)(1.2, 0.3, 1e-14, { M: 1, e: 0.5 });
const j0 = O.keplerE_jvp(1.2, 0.3, 1e-14, { M: 1, e: 0.5 });
report('jvp(keplerE) vs CLI', Object.is(j1.value, j0.value) && Object.is(j1.tangent, j0.tangent), [`tangent ${j1.tangent}`]);
const h1 = hvp(keplerE)(1.2, 0.3, 1e-14, { M: 0.2, e: -1 });
const h0 = O.keplerE_hvp(1.2, 0.3, 1e-14, { M: 0.2, e: -1 });
report('hvp(keplerE) vs CLI', Object.is(h1.hvp.M, h0.hvp.M) && Object.is(h1.hvp.e, h0.hvp.e));

const rgb = Float64Array.of(0.2, 0.5, 0.7);
const J1 = jacobian(srgbToLab)(rgb, new Float64Array(3));
const J0 = C.srgbToLab_jacobian(rgb, new Float64Array(3));
report('jacobian(srgbToLab) vs CLI', J1.rows === 3 && J1.columns === J0.columns && same(J1.jacobian, J0.jacobian), [`${J1.rows}x${J1.columns}`]);
const Jf = C.srgbToLab_jacobian(rgb, new Float64Array(3), 'forward'), Jr = C.srgbToLab_jacobian(rgb, new Float64Array(3), 'reverse');
const close = Array.from(Jf.jacobian).every((x, i) => Math.abs(x - Jr.jacobian[i]) <= 1e-12 * Math.max(1, Math.abs(x)));
report("f_jacobian mode 'forward' vs 'reverse'", close);

const r = Float64Array.of(1, 2, 3, 4, 5, 6, 7), kind = Int32Array.of(2, 1, 2, 0, 0, 0, 0);
const t1 = grad(treeResistance)(r, kind), t0 = T.treeResistance_grad(r, kind);
report('grad(treeResistance) (recursive helper) vs CLI', Object.is(t1.value, t0.value) && same(t1.grad.r, t0.grad.r), [`keys ${Object.keys(t1.grad)}`]);
