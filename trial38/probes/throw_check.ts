// guardedLog's derivatives throw where guardedLog throws, and leave the tape balanced (node --import tsgrad/register).
import { guardedLog_grad, guardedLog_vjp, guardedLog_hvp } from '../gen/probes2.grad.ts';
import { jcLogLik_grad } from '../gen/phylo.grad.ts';
import { tape } from 'tsgrad/runtime';
const msgs: string[] = [];
for (const f of [() => guardedLog_grad(-1, 2), () => guardedLog_vjp(-1, 2, { x: 0, y: 0 }), () => guardedLog_hvp(-1, 2, { x: 1 })]) {
  try { f(); msgs.push('no throw'); } catch (e) { msgs.push(`${(e as Error).name}: ${(e as Error).message}`); }
}
const top1 = tape.top;
const bl = Float64Array.from({ length: 9 }, (_, i) => 0.05 + 0.03 * i);
const g = jcLogLik_grad(bl, Int32Array.from([0, 2, 5, 7]), Int32Array.from([1, 3, 6, 4]), Int32Array.from({ length: 20 }, (_, i) => i % 4), 5, 1);
const ok = msgs.every((m) => m === 'RangeError: x must be positive, got -1') && top1 === 0 && tape.top === 0 && Number.isFinite(g.value);
console.log(JSON.stringify({ extra: 'throw: guardedLog_grad/_vjp/_hvp throw f\'s RangeError at x = -1, the tape is left at 0 and the next gradient runs', status: ok ? 'ok' : 'WRONG', notes: [msgs[0], `tape.top ${top1} then ${tape.top}`] }));
