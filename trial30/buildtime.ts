// The build-time forms, replaced by tsgrad/register as this module loads: grad, grad(f, keys), jvp, hvp, jacobian.
// Each result is compared with the CLI's generated function (same values expected, bit for bit).
import { grad, hvp, jacobian, jvp } from 'tsgrad';
import { haversine } from './src/geoaudio.js';
import { ikLoss, forwardKinematics } from './src/robotics.js';
import { cobbDouglas } from './src/econ.js';
import { softTree } from './src/recursive.js';
import * as GA from './src/geoaudio.grad.js';
import * as RO from './src/robotics.grad.js';
import * as EC from './src/econ.grad.js';
import * as RE from './src/recursive.grad.js';

const notes: string[] = [];
const same = (a: number, b: number, what: string) => {
  if (!Object.is(a, b)) notes.push(`${what}: ${a} vs ${b}`);
};
const sameArr = (a: ArrayLike<number>, b: ArrayLike<number>, what: string) => {
  if (a.length !== b.length) notes.push(`${what}: length ${a.length} vs ${b.length}`);
  for (let i = 0; i < a.length; i++) same(a[i], b[i], `${what}[${i}]`);
};

const dh = grad(haversine);
const a = dh(48.85, 2.35, 51.5, -0.12), b = GA.haversine_grad(48.85, 2.35, 51.5, -0.12);
same(a.value, b.value, 'grad(haversine).value');
for (const k of ['lat1', 'lon1', 'lat2', 'lon2', 'R'] as const) same(a.grad[k], b.grad[k], `grad(haversine).${k}`);

const angles = Float64Array.from([0.3, -0.5, 0.9]), lengths = Float64Array.from([1, 0.8, 0.5]);
const dik = grad(ikLoss, ['angles']);
const c = dik(angles, lengths, 1.1, 0.7);
const d = RO.ikLoss_grad(angles, lengths, 1.1, 0.7);
same(c.value, d.value, 'grad(ikLoss, [angles]).value');
sameArr(c.grad.angles, d.grad.angles, 'grad(ikLoss, [angles]).angles');
const keys = Object.keys(c.grad).join(',');
if (keys !== 'angles') notes.push(`grad(ikLoss, ['angles']) has keys ${keys}`);

const tc = jvp(cobbDouglas)(4, 6, 1.2, 0.3, { K: 1, L: -0.5 });
const te = EC.cobbDouglas_jvp(4, 6, 1.2, 0.3, { K: 1, L: -0.5 });
same(tc.value, te.value, 'jvp(cobbDouglas).value');
same(tc.tangent, te.tangent, 'jvp(cobbDouglas).tangent');

const gates = Float64Array.from([0.5, -0.2, 1.5, 0.3, -0.7, 0.1]), leaves = Float64Array.from([1, -1, 0.5, 2]);
const v = { gates: Float64Array.from([1, 0, 0, 0, 0, 1]), leaves: new Float64Array(4), x: 0.5 };
const h1 = hvp(softTree)(gates, leaves, 0.3, v), h2 = RE.softTree_hvp(gates, leaves, 0.3, v);
same(h1.value, h2.value, 'hvp(softTree).value');
sameArr(h1.hvp.gates, h2.hvp.gates, 'hvp(softTree).hvp.gates');
same(h1.hvp.x, h2.hvp.x, 'hvp(softTree).hvp.x');

const out1 = new Float64Array(6), out2 = new Float64Array(6);
const j1 = jacobian(forwardKinematics)(angles, lengths, out1), j2 = RO.forwardKinematics_jacobian(angles, lengths, out2);
if (j1.rows !== j2.rows || j1.columns !== j2.columns) notes.push(`jacobian shape ${j1.rows}x${j1.columns} vs ${j2.rows}x${j2.columns}`);
sameArr(j1.jacobian, j2.jacobian, 'jacobian(forwardKinematics)');

console.log(JSON.stringify({ extra: 'build-time grad / grad(f, keys) / jvp / hvp / jacobian under tsgrad/register', status: notes.length ? 'WRONG' : 'ok', notes: notes.length ? notes.slice(0, 5) : ['5 forms, values bit-equal to the CLI output'] }));
