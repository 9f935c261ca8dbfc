// trial32: `--wrt` outputs (trial32/wrt/) against the full derivatives (trial32/src/*.grad.ts).
// node --import tsgrad/register trial32/wrt_check.ts -> one JSON line per check
import * as H from './src/hydro.grad.ts';
import * as M from './src/mlx.grad.ts';
import * as HW from './wrt/hydro.grad.ts';
import * as MW from './wrt/mlx.grad.ts';

const report = (extra: string, ok: boolean, notes: string[] = []) => console.log(JSON.stringify({ extra, status: ok ? 'ok' : 'WRONG', notes }));
const same = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.from(a).every((x, i) => Math.abs(x - b[i]) <= 1e-13 * Math.max(1, Math.abs(x)));

const params = Float64Array.of(90, 0.03, 20);
const rain = Float64Array.from({ length: 20 }, (_, i) => (i * 7) % 25);
const pet = Float64Array.from({ length: 20 }, (_, i) => 1 + (i % 3));
const q = Float64Array.from({ length: 20 }, (_, i) => (i * 3) % 8);
const a = HW.bucketLoss_grad(params, rain, pet, q), b = H.bucketLoss_grad(params, rain, pet, q);
report('--wrt bucketLoss:params', Object.keys(a.grad).join() === 'params' && same(a.grad.params, b.grad.params) && a.value === b.value, [`keys ${Object.keys(a.grad)}`]);

const rnd = (n: number, s: number) => Float64Array.from({ length: n }, (_, i) => Math.sin(1.7 * i + s));
const W1 = rnd(12, 1), b1 = rnd(4, 2), w2 = rnd(4, 3), X = rnd(15, 4), Y = rnd(5, 5);
const c = MW.mlpLoss_grad(W1, b1, w2, 0.1, X, Y, 2), d = M.mlpLoss_grad(W1, b1, w2, 0.1, X, Y, 2);
report('--wrt mlpLoss:W1,b1', Object.keys(c.grad).join() === 'W1,b1' && same(c.grad.W1, d.grad.W1) && same(c.grad.b1, d.grad.b1), [`keys ${Object.keys(c.grad)}`]);

// adamStep (void, writes w, m, v): columns w,g,m,v (16), rows w,m,v (12), against the full Jacobian's submatrix
const w = rnd(4, 6), g = rnd(4, 7), m = rnd(4, 8).map((x) => 0.1 * x), v = rnd(4, 9).map((x) => 0.05 + 0.02 * x);
const Jw = MW.adamStep_jacobian(w, g, m, v, 3);
const Jf = M.adamStep_jacobian(w, g, m, v, 3);
let ok = Jw.rows === 12 && Jw.columns === 16 && Jf.rows === 12;
for (let r = 0; ok && r < 12; r++) for (let k = 0; k < 16; k++) if (Math.abs(Jw.jacobian[r * 16 + k] - Jf.jacobian[r * Jf.columns + k]) > 1e-12 * Math.max(1, Math.abs(Jf.jacobian[r * Jf.columns + k]))) ok = false;
report('--wrt adamStep:w,g,m,v jacobian = submatrix of the full one', ok, [`wrt ${Jw.rows}x${Jw.columns}, full ${Jf.rows}x${Jf.columns}`]);
