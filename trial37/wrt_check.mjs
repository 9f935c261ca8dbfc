// --wrt gpNll:logEll,logSf,logSn --wrt mfLoss:U,V,bu,bi,mu: the restricted gradients equal the full ones' parts,
// and the restricted gpNll_grad is timed against the full one. Run under node --import tsgrad/register.
import * as full from './gen/gp.grad.ts';
import * as part from './wrt/gp.grad.ts';
import * as rfull from './gen/recsys.grad.ts';
import * as rpart from './wrt/recsys.grad.ts';
const x = Float64Array.from({ length: 30 }, (_, i) => -2 + (4 * i) / 29), y = x.map((v) => Math.sin(2 * v));
const a = full.gpNll_grad(x, y, 0.1, -0.2, -1.5), b = part.gpNll_grad(x, y, 0.1, -0.2, -1.5);
const ok1 = a.value === b.value && Object.keys(b.grad).join() === 'logEll,logSf,logSn' && ['logEll', 'logSf', 'logSn'].every((k) => Math.abs(a.grad[k] - b.grad[k]) <= 1e-12 * Math.abs(a.grad[k]));
const U = Float64Array.from({ length: 8 }, (_, i) => Math.sin(i)), V = Float64Array.from({ length: 10 }, (_, i) => Math.cos(i));
const bu = new Float64Array(4).fill(0.1), bi = new Float64Array(5).fill(-0.1), users = Int32Array.of(0, 1, 2, 3, 1), items = Int32Array.of(4, 3, 2, 1, 0), r = Float64Array.of(3, 4, 2, 5, 1);
const c = rfull.mfLoss_grad(U, V, bu, bi, 3, users, items, r, 2, 0.05), d = rpart.mfLoss_grad(U, V, bu, bi, 3, users, items, r, 2, 0.05);
const ok2 = c.value === d.value && Object.keys(d.grad).join() === 'U,V,bu,bi,mu' && Array.from(c.grad.U).every((v, i) => v === d.grad.U[i]) && c.grad.mu === d.grad.mu;
let sink = 0;
const time = (fn) => { const t0 = performance.now(); let n = 0; while (performance.now() - t0 < 300) { sink += fn().value; n++; } return (performance.now() - t0) / n * 1e3; };
const rounds = [];
for (let i = 0; i < 5; i++) rounds.push([time(() => full.gpNll_grad(x, y, 0.1, -0.2, -1.5)), time(() => part.gpNll_grad(x, y, 0.1, -0.2, -1.5))]);
const med = rounds.map(([f, p]) => p / f).sort((p, q) => p - q)[2];
console.log(JSON.stringify({ extra: '--wrt gpNll:logEll,logSf,logSn and mfLoss:U,V,bu,bi,mu', status: ok1 && ok2 ? 'ok' : 'WRONG', notes: [`gpNll n=30: restricted/full time ${med.toFixed(2)} (full ${rounds[2][0].toFixed(1)} us)`, `sink finite ${Number.isFinite(sink)}`] }));
