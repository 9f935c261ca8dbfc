// run: node --import tsgrad/register trial37/repro/recursion_after_overflow.run.ts
// After a stack overflow inside a recursive gradient (README: "no gradient is wrong" after an engine error), the next
// gradient at a small depth must equal the one before. Prints {"overflowed":true,"sameValue":true,"sameGrad":true}.
import { grad } from 'tsgrad';
import { tipX } from './recursion_depth.js';
const g = grad(tipX);
const th = new Float64Array(50).map((_, i) => Math.sin(i));
const before = g(th, 0, 0);
let overflowed = false;
try { g(new Float64Array(20000), 0, 0); } catch { overflowed = true; }
const after = g(th, 0, 0);
console.log(JSON.stringify({ overflowed, sameValue: before.value === after.value, sameGrad: Array.from(before.grad.theta).every((v, i) => v === after.grad.theta[i]) }));
