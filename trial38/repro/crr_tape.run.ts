// Slow: the gradient of a CRR binomial tree (backward induction in place in one Float64Array, options.ts crrPrice,
// European call) costs more per node as the tree grows: ~3x the primal at 64 steps, 6x at 1000, ~12x at 2000 steps
// (2M nodes; load ~13 on 2 cores). The primal works in a 16 KB array (L1); the forward sweep tapes two doubles per
// node, the old v[j] (needed) and `cont`, which the reverse reads only in the American branch (Math.max(cont, …)),
// never in the European one, so the tape is twice what it needs (32 MB at 2000 steps), and the ratio grows with it.
// Expected: ≤ ~4x at every size (one double per node); actual: below. Run: node --import tsgrad/register trial38/repro/crr_tape.run.ts
import { crrPrice } from '../src/options.js';
import { crrPrice_vjp } from '../gen/options.grad.js';
let sink = 0;
const time = (fn: () => number) => { const t = performance.now(); let k = 0; for (; performance.now() - t < 300; k++) sink += fn(); return ((performance.now() - t) / k) * 1e3; };
const ratios: number[] = [];
for (const steps of [64, 2000]) {
  const adj = { S: 0, K: 0, r: 0, sigma: 0, T: 0, steps: 0 };
  let tf = 0, tv = 0;
  for (let rep = 0; rep < 3; rep++) {
    tf = time(() => crrPrice(100, 100, 0.02, 0.2, 1, 'call', 0, steps));
    tv = time(() => crrPrice_vjp(100, 100, 0.02, 0.2, 1, 'call', 0, steps, adj, 1));
  }
  ratios.push(tv / tf);
  console.log(`steps ${steps}: f ${tf.toFixed(1)} µs, f_vjp ${tv.toFixed(1)} µs (${(tv / tf).toFixed(1)}x)`);
}
console.log(ratios[1] > 3 && ratios[1] > 1.5 * ratios[0] ? 'REPRODUCES: the ratio grows with the tree' : 'NOT reproduced');
if (sink === 1) console.log('');
