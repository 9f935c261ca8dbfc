// --wrt: the restricted gradients (trial34/wrt/traffic.grad.ts, compiled with --wrt mfLoss:u --wrt eloLogLoss:k,scale)
// against the full ones. Run: node --import tsgrad/register trial34/wrt_check.ts
import * as W from './wrt/traffic.grad.ts';
import * as Full from './src/traffic.grad.ts';

const out = (extra: string, ok: boolean, notes: string[] = []) => console.log(JSON.stringify({ extra, status: ok ? 'ok' : 'WRONG', notes }));
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));
{
  const u = Float64Array.from({ length: 12 }, (_, i) => Math.sin(i)), v = Float64Array.from({ length: 15 }, (_, i) => Math.cos(i));
  const rows = Int32Array.of(0, 1, 2, 3, 0, 1, 2), cols = Int32Array.of(0, 1, 2, 3, 4, 0, 1), r = Float64Array.of(4, 3, 5, 2, 1, 4, 3);
  const a = W.mfLoss_grad(u, v, rows, cols, r, 3, 0.05, { bias: true });
  const b = Full.mfLoss_grad(u, v, rows, cols, r, 3, 0.05, { bias: true });
  const keys = Object.keys(a.grad).join(',');
  out('--wrt mfLoss:u', keys === 'u' && Object.is(a.value, b.value) && Array.from(a.grad.u).every((g, i) => close(g, b.grad.u[i])), [`keys ${keys}`]);
}
{
  const home = Int32Array.of(0, 1, 2, 3, 0, 2), away = Int32Array.of(1, 2, 3, 0, 2, 1), y = Float64Array.of(1, 0, 0.5, 1, 0, 1);
  const a = W.eloLogLoss_grad(20, 400, home, away, y, 4, 30);
  const b = Full.eloLogLoss_grad(20, 400, home, away, y, 4, 30);
  const keys = Object.keys(a.grad).join(',');
  out('--wrt eloLogLoss:k,scale', keys === 'k,scale' && Object.is(a.value, b.value) && close(a.grad.k, b.grad.k) && close(a.grad.scale, b.grad.scale), [`keys ${keys}; d/dk ${a.grad.k} vs ${b.grad.k}`]);
}
