// node --import tsgrad/register trial28/repro/tapegrow_run.ts [depth]: the first call in a fresh process grows the tape
import { top } from './tapegrow.ts';
import { top_grad } from './tapegrow.grad.ts';
import { tape } from 'tsgrad/runtime';
const c = Float64Array.from([0.6, -0.3, 0.7]);
const d = Number(process.argv[2] ?? 7);
const first = top_grad(c, 0.9, d);
const topAfterFirst = tape.top;
const second = top_grad(c, 0.9, d);
const h = 1e-6;
const fd = (top(c, 0.9 + h, d) - top(c, 0.9 - h, d)) / (2 * h);
console.log(JSON.stringify({ first: first.grad.x, topAfterFirst, second: second.grad.x, topAfterSecond: tape.top, fd }));
