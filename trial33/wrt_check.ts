// trial33: --wrt outputs (trial33/wrt, compiled by run.mjs) against the full derivatives.
import * as Pw from './wrt/pharma.grad.js';
import * as Bw from './wrt/bodies.grad.js';
import * as P from './src/pharma.grad.js';
import * as B from './src/bodies.grad.js';
const report = (extra: string, ok: boolean, notes: string[] = []) => console.log(JSON.stringify({ extra, status: ok ? 'ok' : 'WRONG', notes }));
const close = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.from(a).every((x, i) => Math.abs(x - b[i]) <= 1e-12 * Math.max(1, Math.abs(b[i])));

const doses = Float64Array.of(100, 120, 90, 110);
const w = Pw.scheduleObjective_grad(doses, 1.2, 0.1, 30, 12, 1.5, 6);
const f = P.scheduleObjective_grad(doses, 1.2, 0.1, 30, 12, 1.5, 6);
report('--wrt scheduleObjective:doses: keys and values', Object.keys(w.grad).join() === 'doses' && Object.is(w.value, f.value) && close(w.grad.doses, f.grad.doses), [`keys ${Object.keys(w.grad)}`]);
const st = Float64Array.of(0.1, -0.2, 0.05, 0.2, 0, 0.1), ac = Float64Array.of(1, 0, -1, 0.5, 0, 0);
const bw = Bw.bicycleMiss_grad(st, ac, 4, 1);
const bf = B.bicycleMiss_grad(st, ac, 4, 1);
report('--wrt bicycleMiss:steer,accel', Object.keys(bw.grad).join() === 'steer,accel' && close(bw.grad.steer, bf.grad.steer) && close(bw.grad.accel, bf.grad.accel), [`keys ${Object.keys(bw.grad)}`]);
const jw = Bw.recordPath_jacobian(st, 5, new Float64Array(12), undefined);
const jf = B.recordPath_jacobian(st, 5, new Float64Array(12), undefined);
// full columns: steer(6), speed, path(12), psiRef; --wrt columns: steer(6), path(12)
const cols = [...Array(6).keys(), ...Array.from({ length: 12 }, (_, i) => 7 + i)];
let ok = jw.rows === jf.rows && jw.columns === cols.length;
for (let r = 0; ok && r < jf.rows; r++) for (let c = 0; c < cols.length; c++) if (Math.abs(jw.jacobian[r * jw.columns + c] - jf.jacobian[r * jf.columns + cols[c]]) > 1e-12) ok = false;
report('--wrt recordPath:steer,path: Jacobian = the full one\'s columns', ok, [`${jw.rows}x${jw.columns} of ${jf.rows}x${jf.columns}`]);
