// --wrt: the restricted gradients (trial30/wrt/kinetics.grad.ts) must have exactly the keys asked for and the same
// values as the full gradient (trial30/src/kinetics.grad.ts).
import * as W from './wrt/kinetics.grad.ts';
import * as Full from './src/kinetics.grad.ts';
const notes: string[] = [];
const y0 = Float64Array.from([1, 0.05, 0, 0]), k = Float64Array.from([0.7, 1.3, 0.4]);
const a: any = W.rk4FinalB_grad(y0, k, 1.5, 40), b = Full.rk4FinalB_grad(y0, k, 1.5, 40);
if (Object.keys(a.grad).join() !== 'k') notes.push(`rk4FinalB keys ${Object.keys(a.grad)}`);
for (let i = 0; i < 3; i++) if (!Object.is(a.grad.k[i], b.grad.k[i])) notes.push(`rk4FinalB k[${i}] ${a.grad.k[i]} vs ${b.grad.k[i]}`);
const S = Float64Array.from([0.2, 0.5, 1, 2]), v = Float64Array.from([0.1, 0.3, 0.5, 0.6]);
const c: any = W.michaelisMentenLoss_grad(0.9, 0.4, S, v), d = Full.michaelisMentenLoss_grad(0.9, 0.4, S, v);
if (Object.keys(c.grad).join() !== 'vmax,km') notes.push(`michaelisMentenLoss keys ${Object.keys(c.grad)}`);
for (const key of ['vmax', 'km']) if (!Object.is(c.grad[key], (d.grad as any)[key])) notes.push(`mm ${key} ${c.grad[key]} vs ${(d.grad as any)[key]}`);
const e: any = W.arrhenius_grad(2, 3e4, 400);
if (Object.keys(e.grad).join() !== 'A,Ea,T') notes.push(`arrhenius (not named) keys ${Object.keys(e.grad)}`);
console.log(JSON.stringify({ extra: '--wrt rk4FinalB:k --wrt michaelisMentenLoss:vmax,km', status: notes.length ? 'WRONG' : 'ok', notes: notes.length ? notes : ['keys as asked, values bit-equal to the full gradient; others keep all keys'] }));
