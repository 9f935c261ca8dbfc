import { exprTree, exprTreeLoop } from '../src/recursive.ts';
import { exprTree_vjp, exprTreeLoop_vjp } from '../src/recursive.grad.ts';
const ops = Int32Array.of(2, 3, 2, 4, 3, 5, 2, 0, 1, 1, 0, 1, 1, 0, 1);
const arg = Int32Array.of(0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 0, 0, 1, 0, 2);
const consts = Float64Array.from({ length: 15 }, (_, i) => 0.1 * i - 0.5);
const x = Float64Array.of(0.3, -0.2, 0.5);
const adj = { consts: new Float64Array(15), x: new Float64Array(3) };
const fns: Record<string, () => unknown> = {
  rec: () => exprTree(ops, arg, consts, x), recVjp: () => exprTree_vjp(ops, arg, consts, x, adj),
  loop: () => exprTreeLoop(ops, arg, consts, x), loopVjp: () => exprTreeLoop_vjp(ops, arg, consts, x, adj),
};
const best: Record<string, number> = {};
for (let r = 0; r < 12; r++) for (const [k, g] of Object.entries(fns)) {
  const t = performance.now(); for (let i = 0; i < 20000; i++) g();
  best[k] = Math.min(best[k] ?? Infinity, (performance.now() - t) * 50);
}
console.log(Object.entries(best).map(([k, v]) => `${k} ${v.toFixed(0)}ns`).join('  '));
