import { gini_grad, gini_hvp } from './hvp_grad_bits.grad.ts';
const x = Float64Array.from([3.4252606898080558, 5.910014933906496, 3.461199139012024, 2.270278498530388, 1.8179586743935943]);
const g = gini_grad(x).grad.incomes, h = gini_hvp(x, { incomes: new Float64Array(5) }).grad.incomes;
const diff = Array.from(g, (v, i) => v - h[i]);
console.log(JSON.stringify({ bitEqual: diff.every((d) => d === 0), diff }));
