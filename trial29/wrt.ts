// `tsgrad compile trial29/src/stats.ts --out-dir trial29/wrt --wrt kdeLogLik:bw --wrt logisticNll:w,b`, then:
// only those keys, the same values as the full gradient's. Also a wrong name must be TSG3005 (run.mjs).
import * as W from './wrt/stats.grad.ts';
import * as S from './src/stats.grad.ts';
const out = (extra: string, ok: boolean, notes: string[]) => console.log(JSON.stringify({ extra, status: ok ? 'ok' : 'WRONG', notes }));
const train = Float64Array.of(0.1, -0.5, 0.7, 1.2), test = Float64Array.of(0.3, -0.1);
const a = W.kdeLogLik_grad(train, test, 0.6), b = S.kdeLogLik_grad(train, test, 0.6);
out('--wrt kdeLogLik:bw', Object.keys(a.grad).join() === 'bw' && Math.abs(a.grad.bw - b.grad.bw) <= 1e-14 * Math.abs(b.grad.bw) && Object.is(a.value, b.value), [`keys ${Object.keys(a.grad)}, bw ${a.grad.bw} vs full ${b.grad.bw}`]);
const w = Float64Array.of(0.2, -0.4, 0.1), X = Float64Array.from({ length: 15 }, (_, i) => Math.cos(i)), y = Uint8Array.of(1, 0, 1, 1, 0);
const c = W.logisticNll_grad(w, 0.1, X, y, 0.01), d = S.logisticNll_grad(w, 0.1, X, y, 0.01);
const okW = Array.from(c.grad.w).every((v, i) => Math.abs(v - d.grad.w[i]) <= 1e-15 * Math.max(1, Math.abs(v)));
out('--wrt logisticNll:w,b', Object.keys(c.grad).join() === 'w,b' && okW && Math.abs(c.grad.b - d.grad.b) < 1e-15, [`keys ${Object.keys(c.grad)}`]);
