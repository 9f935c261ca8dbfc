// Finding 6 (slow, modestly, in all three full runs): mech.bounceHeight, a ball on a floor by symplectic Euler with
// quadratic drag `v * Math.abs(v)`, a clamp `Math.max(0, y)` and a restitution at each bounce, 120 steps.
// Expected: the better of f_grad/f_vjp within 3x of f (the reverse sweep of 120 scalar steps).
// Actual: 3.4-3.5x, 3.4x and 4.7x/5.0x (grad/vjp, median of 3 fresh processes each, f 0.8-1.7 µs, load 15-24); two other
//   cases were above 3x in all three runs too, with f under 200 ns (catmullRomEnergy 3.1-4.8x, firstPairOver 4.0-5.1x).
// This file warms f and f_vjp up, times them side by side in 15 interleaved rounds and prints the median ratio, with
// REPRODUCES when it is above 3.
import { bounceHeight } from '../src/mech.js';
import { bounceHeight_vjp } from '../gen/mech.grad.js';

const adj = { y0: 0, v0: 0, e: 0, drag: 0, steps: 0, dt: 0 };
const F = () => bounceHeight(1.5, 0.3, 0.7, 0.03, 120, 0.01), V = () => bounceHeight_vjp(1.5, 0.3, 0.7, 0.03, 120, 0.01, adj, 1);
const loop = (fn: () => number, reps: number): number => {
  let s = 0;
  const t = performance.now();
  for (let i = 0; i < reps; i++) s += fn();
  if (Number.isNaN(s)) throw new Error('NaN');
  return performance.now() - t;
};
for (let i = 0; i < 20000; i++) { F(); V(); }
let reps = 1;
while (loop(F, reps) < 3) reps *= 2;
const ratios: number[] = [];
for (let r = 0; r < 17; r++) {
  const f = loop(F, reps), v = loop(V, reps);
  if (r >= 2) ratios.push(v / f);
}
ratios.sort((x, y) => x - y);
const m = ratios[7]!;
console.log(`${m > 3 ? 'REPRODUCES' : 'GONE'}: bounceHeight f_vjp / f = ${m.toFixed(2)} (median of 15 rounds, ${reps} calls each)`);
