// node --import tsgrad/register trial28/repro/tapegrow_run.ts top 7 | chain 300 | hvp 7:
// the first call in a fresh process grows the tape
import * as M from './tapegrow.ts';
import * as G from './tapegrow.grad.ts';
import { tape } from 'tsgrad/runtime';
const which = process.argv[2] ?? 'top';
const d = Number(process.argv[3] ?? 7);
const c = Float64Array.from([0.6, -0.3, 0.7]);
const h = 1e-6;
let first: number, second: number, fd: number, topAfterFirst: number;
if (which === 'hvp') {
  // d2/dx2 of top by f_hvp against differences of top_grad
  first = G.top_hvp(c, 0.9, d, { x: 1 }).hvp.x;
  topAfterFirst = tape.top;
  second = G.top_hvp(c, 0.9, d, { x: 1 }).hvp.x;
  fd = (G.top_grad(c, 0.9 + 1e-5, d).grad.x - G.top_grad(c, 0.9 - 1e-5, d).grad.x) / 2e-5;
} else {
  const f = (M as any)[which], g = (G as any)[`${which}_grad`];
  first = g(c, 0.9, d).grad.x;
  topAfterFirst = tape.top;
  second = g(c, 0.9, d).grad.x;
  fd = (f(c, 0.9 + h, d) - f(c, 0.9 - h, d)) / (2 * h);
}
console.log(JSON.stringify({ which, d, first, topAfterFirst, second, topAfterSecond: tape.top, fd }));
