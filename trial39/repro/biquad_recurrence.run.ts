// Finding (slow, mild): the gradient of a biquad filter's loss over a long signal (a scalar recurrence: y depends on
// the two previous y and x) costs 4.5-10x the function at 256 to 65536 samples (f_vjp, min of 25 interleaved rounds,
// load 23 on 2 shared cores; dsp.biquadLoss in results.txt: 3.5-3.8x at 24 samples, 21.6x once at 4096 in scaling).
// Expected: about 3-4x: the forward sweep tapes 3 doubles per sample (x2, y2, y - ref) and the reverse does ~20 flops
//   per sample (gen/dsp.grad.ts, biquadLoss_vjp, reads well).
// Actual: 2.8 ns per sample for f, 13-30 ns per sample for f_vjp (CLI code, 3 runs of a script at 4 sizes: 4.5-10x).
//   Not robust: this file (grad(f) by tsgrad/register) printed 4.53, 2.21, 2.51, 10.40, 7.74, 4.35x in six runs at
//   load 23. It prints grad(f)/f at 4096 samples (min of 25 rounds) and REPRODUCES when it is above 4.
import { grad } from 'tsgrad';

export function biquadLoss(x: Float64Array, ref: Float64Array, fc: number, Q: number): number {
  const w0 = (2 * Math.PI * fc) / 48000;
  const alpha = Math.sin(w0) / (2 * Q);
  const cw = Math.cos(w0);
  const a0 = 1 + alpha;
  const b0 = (1 - cw) / 2 / a0, b1 = (1 - cw) / a0, b2 = b0;
  const a1 = (-2 * cw) / a0, a2 = (1 - alpha) / a0;
  let x1 = 0, x2 = 0, y1 = 0, y2 = 0, e = 0;
  for (let n = 0; n < x.length; n++) {
    const y = b0 * x[n] + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
    x2 = x1;
    x1 = x[n];
    y2 = y1;
    y1 = y;
    e += (y - ref[n]) ** 2;
  }
  return e;
}

const N = 4096;
const x = Float64Array.from({ length: N }, (_, i) => Math.sin(0.3 * i)), ref = x.map((v) => 0.7 * v);
const g = grad(biquadLoss);
let sink = 0;
const time = (fn: () => number, reps: number) => { const t = performance.now(); for (let i = 0; i < reps; i++) sink += fn(); return (performance.now() - t) / reps; };
let tf = Infinity, tg = Infinity;
for (let round = 0; round < 25; round++) {
  tf = Math.min(tf, time(() => biquadLoss(x, ref, 3000, 0.9), 100));
  tg = Math.min(tg, time(() => g(x, ref, 3000, 0.9).value, 100));
}
const r = tg / tf;
console.log(`grad(biquadLoss) / biquadLoss at ${N} samples: ${r.toFixed(2)}x (min of 25 rounds)${Number.isFinite(sink) ? '' : ' (non-finite)'}`);
console.log(r > 4 ? 'REPRODUCES: above 4x' : 'NOT REPRODUCED: at most 4x');
