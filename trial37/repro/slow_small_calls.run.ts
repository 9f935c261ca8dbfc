// run: node --import tsgrad/register trial37/repro/slow_small_calls.run.ts   (after run.mjs has written ../gen/)
// Slow (fixed per-call cost): small functions' f_grad and f_vjp cost a constant 20-60 ns more than f, so their ratios
// are 4-10x while the same code at a large size is 1.5-3.7x. Prints ns per call of f, f_grad, f_vjp (adj zeroed by
// hand) for util.dot at n = 5 and n = 5000 and for signal.adsr (6 numbers, an if-chain of early returns).
// Expected: f_vjp within ~3x of f. Actual (16:57 UTC, load ~20): dot n=5 f 12.4 ns, f_grad 57.1, f_vjp 90.7;
// dot n=5000 f 11.6 us, f_vjp 27.2 us (2.3x); adsr f 4.9 ns, f_grad 20.6, f_vjp 40.5.
import { dot } from '../src/util.js';
import { adsr } from '../src/signal.js';
import { dot_grad, dot_vjp } from '../gen/util.grad.js';
import { adsr_grad, adsr_vjp } from '../gen/signal.grad.js';
let sink = 0;
const time = (label: string, loop: (n: number) => number) => {
  let n = 1;
  for (;;) { const t0 = performance.now(); sink += loop(n); const dt = performance.now() - t0; if (dt > 20) break; n *= 2; }
  const rounds: number[] = [];
  for (let r = 0; r < 9; r++) { const t0 = performance.now(); sink += loop(n); rounds.push(((performance.now() - t0) / n) * 1e6); }
  return [label, rounds.sort((a, b) => a - b)[4]] as const;
};
const rows: Record<string, Record<string, number>> = {};
for (const n of [5, 5000]) {
  const a = Float64Array.from({ length: n }, (_, i) => Math.sin(i)), b = Float64Array.from({ length: n }, (_, i) => Math.cos(i));
  const adj = { a: new Float64Array(n), b: new Float64Array(n), n: 0 };
  const r = Object.fromEntries([
    time('f', (k) => { let s = 0; for (let i = 0; i < k; i++) s += dot(a, b, n); return s; }),
    time('f_grad', (k) => { let s = 0; for (let i = 0; i < k; i++) s += dot_grad(a, b, n).value; return s; }),
    time('f_vjp', (k) => { let s = 0; for (let i = 0; i < k; i++) { adj.a.fill(0); adj.b.fill(0); adj.n = 0; s += dot_vjp(a, b, n, adj, 1); } return s; }),
  ]);
  rows[`dot n=${n} (ns)`] = r;
}
{
  const adj = { t: 0, attack: 0, decay: 0, sustain: 0, release: 0, noteOff: 0 };
  rows['adsr (ns)'] = Object.fromEntries([
    time('f', (k) => { let s = 0; for (let i = 0; i < k; i++) s += adsr(0.05 + (i & 1023) * 1e-3, 0.1, 0.1, 0.6, 0.3, 0.7); return s; }),
    time('f_grad', (k) => { let s = 0; for (let i = 0; i < k; i++) s += adsr_grad(0.05 + (i & 1023) * 1e-3, 0.1, 0.1, 0.6, 0.3, 0.7).value; return s; }),
    time('f_vjp', (k) => { let s = 0; for (let i = 0; i < k; i++) { adj.t = adj.attack = adj.decay = adj.sustain = adj.release = adj.noteOff = 0; s += adsr_vjp(0.05 + (i & 1023) * 1e-3, 0.1, 0.1, 0.6, 0.3, 0.7, adj, 1); } return s; }),
  ]);
}
for (const [k, v] of Object.entries(rows)) console.log(JSON.stringify({ case: k, f: +v.f.toFixed(1), f_grad: +v.f_grad.toFixed(1), f_vjp: +v.f_vjp.toFixed(1), 'vjp/f': +(v.f_vjp / v.f).toFixed(2) }));
if (sink === 0.5) console.log('');
