// node --import tsgrad/register trial31/repro/slow_recursive_halves_run.ts
import { halvesMeanSq, loopMeanSq } from './slow_recursive_halves.ts';
import { halvesMeanSq_vjp, loopMeanSq_vjp, halvesMeanSq_grad } from './slow_recursive_halves.grad.ts';

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
const out: Record<string, string> = {};
for (const n of [8, 64, 1024]) {
  const xs = Float64Array.from({ length: n }, (_, i) => Math.sin(i));
  const adj = { xs: new Float64Array(n) };
  const g = halvesMeanSq_grad(xs).grad.xs;
  const ok = g.every((v) => Math.abs(v - (2 * xs.reduce((a, b) => a + b, 0) / n) / n) < 1e-12);
  out[`n=${n}`] = `halves vjp ${ratio(() => halvesMeanSq(xs), () => halvesMeanSq_vjp(xs, adj)).toFixed(1)}x, loop vjp ${ratio(() => loopMeanSq(xs), () => loopMeanSq_vjp(xs, adj)).toFixed(1)}x, gradient ${ok ? 'right' : 'WRONG'}`;
}
console.log(JSON.stringify({ repro: 'slow_recursive_halves', status: 'slow', notes: Object.entries(out).map(([k, v]) => `${k}: ${v}`) }));
