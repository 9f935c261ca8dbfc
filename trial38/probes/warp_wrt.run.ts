// warpLoss compiled with --wrt warpLoss:affine (only the warp parameters differentiated, no adjoint of the image): f_vjp over f at 64x64.
import { warpLoss } from '../src/image.ts';
import { warpLoss_vjp } from '../wrt/image.grad.ts';
let s = 0;
const time = (fn: () => number) => { const t = performance.now(); let k = 0; for (; performance.now() - t < 250; k++) s += fn(); return (performance.now() - t) / k * 1e3; };
const F = (n: number, g: (i: number) => number) => Float64Array.from({ length: n }, (_, i) => g(i));
const w = 64;
const img = F(w * w, (i) => 0.5 + 0.3 * Math.sin(0.9 * (i % w))), tg = F(w * w, (i) => 0.5 + 0.2 * Math.cos(i));
const aff = [1.02, 0.03, -0.02, 0.98, 0.21, 0.17];
const adj = { affine: new Float64Array(6) };
const r: string[] = [];
for (let rep = 0; rep < 3; rep++) { const tf = time(() => warpLoss(img, tg, w, w, aff)); const tv = time(() => warpLoss_vjp(img, tg, w, w, aff, adj, 1)); r.push((tv / tf).toFixed(2)); }
console.log(`warpLoss --wrt affine 64x64: vjp/f ${r.join(', ')}`);
if (s === 1) console.log();
