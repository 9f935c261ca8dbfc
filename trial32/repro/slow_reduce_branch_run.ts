// node --import tsgrad/register trial32/repro/slow_reduce_branch_run.ts  -> one JSON line
import { scs, scsLoop } from './slow_reduce_branch.ts';
import { scs_vjp, scsLoop_vjp } from './slow_reduce_branch.grad.ts';

// a hand-written adjoint for comparison: value, then one reverse loop recomputing what it needs
function scsHand(storms: number[], cn: number, lambda: number, adj: { storms: Float64Array; cn: number; lambda: number }): number {
  const S = 25400 / cn - 254, Ia = lambda * S;
  let acc = 0, S_b = 0, Ia_b = 0;
  for (let i = 0; i < storms.length; i++) {
    const P = storms[i];
    if (P > Ia) {
      const u = P - Ia, d = u + S, q = u / d;
      acc += u * q;
      const u_b = 2 * q - q * q; // d/du u^2/(u+S)
      S_b -= q * q;
      adj.storms[i] += u_b;
      Ia_b -= u_b;
    }
  }
  S_b += Ia_b * lambda;
  adj.lambda += Ia_b * S;
  adj.cn -= S_b * 25400 / (cn * cn);
  return acc;
}
const n = 1000;
const storms = Array.from({ length: n }, (_, i) => (i * 37) % 150);
const a1 = { storms: new Float64Array(n), cn: 0, lambda: 0 }, a2 = { storms: new Float64Array(n), cn: 0, lambda: 0 };
const v1 = scs_vjp(storms, 75, 0.2, a1), v2 = scsHand(storms, 75, 0.2, a2);
const agree = Math.abs(v1 - v2) < 1e-9 * Math.abs(v1) && Math.abs(a1.cn - a2.cn) < 1e-9 * Math.abs(a1.cn) && a1.storms.every((x, i) => Math.abs(x - a2.storms[i]) < 1e-12);
const T = (g: () => void, k: number) => { const t = process.hrtime.bigint(); for (let i = 0; i < k; i++) g(); return Number(process.hrtime.bigint() - t) / k; };
let sink = 0;
const ts: Record<string, number[]> = { f: [], fLoop: [], vjp: [], vjpLoop: [], hand: [] };
for (let r = 0; r < 21; r++) {
  ts.f.push(T(() => { sink += scs(storms, 75, 0.2); }, 200));
  ts.vjp.push(T(() => { sink += scs_vjp(storms, 75, 0.2, a1); }, 200));
  ts.fLoop.push(T(() => { sink += scsLoop(storms, 75, 0.2); }, 200));
  ts.vjpLoop.push(T(() => { sink += scsLoop_vjp(storms, 75, 0.2, a1); }, 200));
  ts.hand.push(T(() => { sink += scsHand(storms, 75, 0.2, a2); }, 200));
}
const med = (x: number[]) => x.sort((p, q) => p - q)[x.length >> 1];
const m = Object.fromEntries(Object.entries(ts).map(([k, v]) => [k, med(v)]));
const ratio = m.vjp / m.f;
console.log(JSON.stringify({ repro: 'slow_reduce_branch', status: !agree ? 'checker' : ratio > 3 ? 'slow' : 'ok',
  notes: [`n=${n}, ns per call: f ${m.f.toFixed(0)}, f_vjp ${m.vjp.toFixed(0)} (${ratio.toFixed(2)}x); for...of form: f ${m.fLoop.toFixed(0)}, f_vjp ${m.vjpLoop.toFixed(0)}; hand-written adjoint ${m.hand.toFixed(0)} (${(m.hand / m.f).toFixed(2)}x); agree ${agree} ${sink > 0 ? '' : '?'}`] }));
