import { hornerRec, hornerLoop } from './slow_recursion.ts';
import { hornerRec_vjp, hornerLoop_vjp } from './slow_recursion.grad.ts';
const c = [0.3, -1.2, 0.8, 0.5, -0.25];
function ratio(f: (c: number[], x: number) => number, v: (c: number[], x: number, adj: { c: Float64Array; x: number }) => number): number {
  const adj = { c: new Float64Array(5), x: 0 };
  const N = 200000;
  const rs: number[] = [];
  let sink = 0;
  for (let r = 0; r < 15; r++) {
    let t = performance.now();
    for (let i = 0; i < N; i++) sink += f(c, 0.37 + i * 1e-9);
    const a = performance.now() - t;
    t = performance.now();
    for (let i = 0; i < N; i++) sink += v(c, 0.37 + i * 1e-9, adj);
    rs.push((performance.now() - t) / a);
  }
  if (sink === 1) console.log('');
  return rs.sort((p, q) => p - q)[7];
}
console.log(JSON.stringify({ recursive: ratio(hornerRec, hornerRec_vjp), loop: ratio(hornerLoop, hornerLoop_vjp) }));
