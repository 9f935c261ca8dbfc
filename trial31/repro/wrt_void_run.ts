// node --import tsgrad/register trial31/repro/wrt_void_run.ts (after run.mjs compiled wrt_void/ with --wrt k)
import * as m from './wrt_void/out/model.grad.ts';
// (since TSG3007, --wrt k leaves scale whole: adj has x, k and out, out's adjoint the seed)
const adj = { x: new Float64Array(2), k: 0, out: Float64Array.of(1, 1) };
(m.scale_vjp as Function)(Float64Array.of(1, 2), 3, new Float64Array(2), adj);
const tan: Record<string, unknown> = { k: 1, out: new Float64Array(2) };
(m.scale_jvp as Function)(Float64Array.of(1, 2), 3, new Float64Array(2), tan);
const inert = adj.k === 0 && !('scale_jacobian' in m) && !('out' in tan);
console.log(JSON.stringify({ repro: 'wrt_void', status: inert ? 'diag' : 'ok', notes: [`scale_vjp added ${adj.k} into adj.k (d(sum out)/dk would be 3 with adj.out = 1); scale_jacobian exported: ${'scale_jacobian' in m}; energy_grad keys: ${Object.keys(m.energy_grad(Float64Array.of(1, 2), 3).grad)}`] }));
