// run: node --import tsgrad/register trial37/repro/subarray_past_end.run.ts
// Expected: value === f (16 at s = 3, 0 at s = 4 and at s = -1 with a zero gradient: subarray clamps its bounds and counts negative ones from the end).
// Actual: value NaN (null in JSON) at s = 3, 4 and -1, and grad.x[0] = 2 (not 0) at s = -1: the generated window length is trunc(end) - trunc(start), unclamped.
import { grad } from 'tsgrad';
import { windowDot, windowSumSq } from './subarray_past_end.js';
const x = Float64Array.of(1, 2, 3, 4), y = Float64Array.of(5, 6, 7, 8);
for (const s of [2, 3, 4, -1]) {
  const a = grad(windowSumSq)(x, s), b = grad(windowDot)(x, y, s);
  console.log(JSON.stringify({ s, windowSumSq: { f: windowSumSq(x, s), value: a.value, grad: Array.from(a.grad.x) }, windowDot: { f: windowDot(x, y, s), value: b.value, gradX: Array.from(b.grad.x) } }));
}
