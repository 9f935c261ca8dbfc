// trial50 perf: is the tape balanced after each call? tape.top and tape.values.length before and after 1000 calls
// of each generated f_vjp of the five slowest cases. node --import tsgrad/register trial50/perf/tape_top.mjs
import { tape } from 'tsgrad/runtime';
const GS = await import('../gen/specfun.grad.ts'), GP = await import('../gen/probes.grad.ts'), GP2 = await import('../gen/probes2.grad.ts'), GP3 = await import('../gen/probes3.grad.ts');
const xs = Float64Array.from([0.6, 0.9, 1.1, 0.7, 1.3, 0.8]);
const calls = {
  gammp: () => GS.gammp_vjp(3.1, 1.2, { a: 0, x: 0 }),
  gammpFraction: () => GS.gammp_vjp(2, 6, { a: 0, x: 0 }),
  chiSquareTail: () => GS.chiSquareTail_vjp(4, 6, { chi2: 0, nu: 0 }),
  methodInCondition: () => GP3.methodInCondition_vjp(0.5, -0.3, 2, 0.08, { x0: 0, v0: 0, k: 0, dt: 0 }),
  labelledSearch: () => GP.labelledSearch_vjp(xs, 0.95, { xs: new Float64Array(6), thr: 0 }),
  earlyReturnTwice: () => GP2.earlyReturnTwice_vjp(xs, 1.5, 1.5, { xs: new Float64Array(6), thr: 0, k: 0 }),
};
for (const [k, fn] of Object.entries(calls)) {
  const before = [tape.top, tape.values.length];
  for (let i = 0; i < 1000; i++) fn();
  console.log(k, 'tape.top', before[0], '->', tape.top, 'values.length', before[1], '->', tape.values.length);
}
