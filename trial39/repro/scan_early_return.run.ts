// Finding (slow, mild): a helper that scans an array and returns early from inside its loop, called in a loop, has a
// gradient 3.4-3.9x the function at every size (8 to 4096 elements; load 16 on 2 shared cores), one of the few cases
// of this trial above 3x in every measurement.
// Expected: about 2-3x: only the element found gets an adjoint (s += xs[i] * t), so the reverse sweep could go
//   straight to it.
// Actual: the forward sweep runs the scan with an extra return flag per step, and the reverse sweep walks back over
//   every scanned element (`xs_b[i] += t3_firstAbove_b`, 0 for all but one), so the cost is two scans plus flags
//   (gen/probes.grad.ts, earlyHelper_vjp). Measured: f_vjp 3.4-3.9x f at 8-4096 elements (probes.earlyHelper, one
//   process per size); this file's grad(f) 5.4-9.4x at 512 elements (a pooled gradient array, README) in two runs.
//   Prints grad(f)/f at 512 elements; REPRODUCES when it is above 3.
import { grad } from 'tsgrad';

function firstAbove(xs: Float64Array, t: number): number {
  for (let i = 0; i < xs.length; i++) {
    if (xs[i] > t) return xs[i] * t;
  }
  return t * t;
}

export function scanAll(xs: Float64Array, ts: Float64Array): number {
  let s = 0;
  for (let k = 0; k < ts.length; k++) s += firstAbove(xs, ts[k]);
  return s;
}

let seed = 3;
const rnd = () => { seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0; return seed / 4294967296; };
const xs = Float64Array.from({ length: 512 }, () => 2 * rnd() - 1);
const ts = Float64Array.from({ length: 16 }, () => 0.9 + 0.1 * rnd());
const g = grad(scanAll);
let sink = 0;
const time = (fn: () => number, reps: number) => { const t = performance.now(); for (let i = 0; i < reps; i++) sink += fn(); return (performance.now() - t) / reps; };
const ratios: number[] = [];
for (let round = 0; round < 11; round++) ratios.push(time(() => g(xs, ts).value, 200) / time(() => scanAll(xs, ts), 200));
ratios.sort((a, b) => a - b);
const r = ratios[5];
console.log(`grad(scanAll) / scanAll at 512 elements: ${r.toFixed(2)}x (median of 11 rounds)${sink ? '' : ''}`);
console.log(r > 3 ? 'REPRODUCES: above 3x' : 'NOT REPRODUCED: at most 3x');
