// node --import tsgrad/register trial31/repro/slow_break_loop_run.ts
import { firBreak, firBound } from './slow_break_loop.ts';
import { firBreak_vjp, firBound_vjp, firBreak_grad, firBound_grad } from './slow_break_loop.grad.ts';

function ratio(f: () => unknown, g: () => unknown): number {
  // warm both, then the fastest of 15 interleaved batches of each (min is the robust statistic on a loaded machine)
  let reps = 1;
  for (;;) { const t = performance.now(); for (let i = 0; i < reps; i++) f(); if (performance.now() - t > 3) break; reps *= 2; }
  for (let i = 0; i < 3 * reps; i++) { f(); g(); }
  let a = Infinity, b = Infinity;
  for (let k = 0; k < 15; k++) {
    let t = performance.now(); for (let i = 0; i < reps; i++) f(); a = Math.min(a, performance.now() - t);
    t = performance.now(); for (let i = 0; i < reps; i++) g(); b = Math.min(b, performance.now() - t);
  }
  return b / a;
}
const x = Float64Array.from({ length: 200 }, (_, i) => Math.sin(0.7 * i));
const h = Float64Array.from({ length: 15 }, (_, i) => Math.exp(-0.2 * i));
const adj = { x: new Float64Array(200), h: new Float64Array(15) };
const a = firBreak_grad(x, h).grad, b = firBound_grad(x, h).grad;
const same = a.x.every((v, i) => Math.abs(v - b.x[i]) < 1e-9) && a.h.every((v, i) => Math.abs(v - b.h[i]) < 1e-9);
const rBreak = ratio(() => firBreak(x, h), () => firBreak_vjp(x, h, adj));
const rBound = ratio(() => firBound(x, h), () => firBound_vjp(x, h, adj));
console.log(JSON.stringify({ repro: 'slow_break_loop', status: rBreak > 3 ? 'slow' : 'ok', notes: [`vjp/f with break ${rBreak.toFixed(2)}x, with the bound in the condition ${rBound.toFixed(2)}x; gradients ${same ? 'agree' : 'DISAGREE'}`] }));
