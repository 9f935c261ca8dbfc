import { f64Zeros } from 'tsgrad/runtime';
import { bicycleMiss } from '../src/bodies.ts';
import { bicycleMiss_grad, bicycleMiss_vjp } from '../src/bodies.grad.ts';
const st = Float64Array.from({ length: 10 }, (_, i) => 0.1 * Math.sin(i));
const ac = Float64Array.from({ length: 10 }, (_, i) => 0.5 * Math.cos(i));
const adj = { steer: new Float64Array(10), accel: new Float64Array(10), tx: 0, ty: 0, lf: 0, lr: 0 };
const best: Record<string, number> = {};
const fns: Record<string, () => unknown> = {
  f: () => bicycleMiss(st, ac, 4, 1),
  vjp: () => bicycleMiss_vjp(st, ac, 4, 1, undefined, undefined, adj),
  grad: () => bicycleMiss_grad(st, ac, 4, 1),
  zeros2: () => { f64Zeros(10); return f64Zeros(10); },
  newF64x2: () => { new Float64Array(10); return new Float64Array(10); },
};
for (let r = 0; r < 10; r++) for (const [k, g] of Object.entries(fns)) {
  const t = performance.now(); for (let i = 0; i < 20000; i++) g();
  best[k] = Math.min(best[k] ?? Infinity, (performance.now() - t) * 50);
}
console.log(Object.entries(best).map(([k, v]) => `${k} ${v.toFixed(0)}ns`).join('  '));
