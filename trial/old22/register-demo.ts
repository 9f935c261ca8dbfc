// Build-time forms through `node --import tsgrad/register`: grad(f), jvp(f), hvp(f), jacobian(f)
// replaced as the module loads; compared with the CLI's generated functions (bit for bit where
// the README says they are the same code) and printed as one line per check.
import { grad, hvp, jacobian, jvp } from 'tsgrad';
import { rosenbrock, himmelblau } from './src/optim.js';
import { kde, weightedVariance } from './src/stats.js';
import { rotatePoints } from './src/geometry.js';
import { pendulumRK4 } from './src/physics.js';
import * as gen from './src/optim.grad.js';
import * as genStats from './src/stats.grad.js';
import * as genGeo from './src/geometry.grad.js';
import * as genTricky from './src/tricky.grad.js';
import * as genControl from './src/control.grad.js';
import { scaledSoftsign } from './src/control.js';
import * as genExtra from './src/extra.grad.js';
import { checkedLogit } from './src/extra.js';

let failures = 0;
function expect(name: string, ok: boolean, detail = ''): void {
  console.log(`${ok ? 'ok   ' : 'WRONG'} register ${name}${detail ? ': ' + detail : ''}`);
  if (!ok) failures++;
}
const same = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.from(a).every((v, i) => Object.is(v, b[i]));

const x = Float64Array.of(0.3, -0.4, 1.1, 0.9, -1.2, 0.5);
const r1 = grad(rosenbrock)(x);
const r2 = gen.rosenbrock_grad(x);
expect('grad(rosenbrock) = rosenbrock_grad', r1.value === r2.value && same(r1.grad.x, r2.grad.x));

const h1 = grad(himmelblau, ['x'])(1.5, -2);
expect("grad(himmelblau, ['x']) has only x", Object.keys(h1.grad).join() === 'x' && h1.grad.x === gen.himmelblau_grad(1.5, -2).grad.x);

const data = Float64Array.of(-1, 0.2, 0.5, 1.3);
const j1 = jvp(kde)(data, 0.4, 0.7, { x: 1 });
const j2 = genStats.kde_grad(data, 0.4, 0.7);
expect('jvp(kde) along x = grad.x', Math.abs(j1.tangent - j2.grad.x) <= 1e-12 * Math.max(1, Math.abs(j2.grad.x)), `${j1.tangent} vs ${j2.grad.x}`);

const w = Float64Array.of(0.5, 1.2, 0.9, 1.7);
const xs = Float64Array.of(-0.3, 1.1, 0.2, 0.8);
const v = { xs: Float64Array.of(1, 0, -1, 0.5), w: new Float64Array(4) };
const hv1 = hvp(weightedVariance)(xs, w, v);
const hv2 = genStats.weightedVariance_hvp(xs, w, v);
expect('hvp(weightedVariance) = weightedVariance_hvp', same(hv1.hvp.xs, hv2.hvp.xs) && same(hv1.hvp.w, hv2.hvp.w));

const pts = Float64Array.of(1, 0, 0, 1, -1, 0.5);
const out = new Float64Array(6);
const J1 = jacobian(rotatePoints)(pts, 0.3, 0.1, -0.2, out);
const J2 = genGeo.rotatePoints_jacobian(pts, 0.3, 0.1, -0.2, out);
expect('jacobian(rotatePoints) = rotatePoints_jacobian', J1.rows === J2.rows && J1.columns === J2.columns && same(J1.jacobian, J2.jacobian), `${J1.rows}x${J1.columns}`);

const p1 = grad(pendulumRK4)(0.4, 0.1, 1.2, 0.1);
const eps = 1e-6;
const fd = (pendulumRK4(0.4 + eps, 0.1, 1.2, 0.1) - pendulumRK4(0.4 - eps, 0.1, 1.2, 0.1)) / (2 * eps);
expect('grad(pendulumRK4) vs a central difference', Math.abs(p1.grad.theta0 - fd) < 1e-6, `${p1.grad.theta0} vs ${fd}`);

// README contracts around defaults and optional parameters, through the CLI's generated forms
const ang = genTricky.optionalAngle_grad(0.3, -1.2);
expect('optionalAngle_grad with bias left out: value atan2, grad.bias 0', ang.value === Math.atan2(0.3, -1.2) && ang.grad.bias === 0, `${ang.value} ${ang.grad.bias}`);
const ss = genControl.scaledSoftsign_grad(0.4, 1.3);
const ssf = (sc: number) => scaledSoftsign(0.4, sc);
const e2 = 1e-6;
const ssfd = (ssf(1.3 + e2) - ssf(1.3 - e2)) / (2 * e2);
expect('scaledSoftsign_grad, default shift = scale*0.1 left out: total derivative in scale', Math.abs(ss.grad.scale - ssfd) < 1e-7 && ss.grad.shift === 0, `${ss.grad.scale} vs ${ssfd}, shift ${ss.grad.shift}`);
const Ja = genGeo.rotatePoints_jacobian(pts, 0.3, 0.1, -0.2, out);
expect("rotatePoints_jacobian 'auto' = 'forward'", same(Ja.jacobian, genGeo.rotatePoints_jacobian(pts, 0.3, 0.1, -0.2, out, 'forward').jacobian));

// a throw in the source: the vjp throws the same error and leaves adj as it was
const adjT = { p: 0.25, x: -0.5 };
let thrown: unknown;
try { genExtra.checkedLogit_vjp(1.5, 0.3, adjT); } catch (e) { thrown = e; }
let srcThrown: unknown;
try { checkedLogit(1.5, 0.3); } catch (e) { srcThrown = e; }
expect('checkedLogit_vjp throws what checkedLogit throws, adj untouched', thrown instanceof RangeError && (thrown as Error).message === (srcThrown as Error).message && adjT.p === 0.25 && adjT.x === -0.5, String(thrown));

(globalThis as unknown as { process: { exitCode: number } }).process.exitCode = failures ? 1 : 0;
