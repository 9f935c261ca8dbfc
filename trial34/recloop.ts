// Recursive versions against their loop twins: f and f_vjp, ns per call: every form warmed 150 ms, then its own batch
// of >= 2 ms, 11 interleaved rounds, median. Run: node --import tsgrad/register trial34/recloop.ts
import * as R from './src/recursive.ts';
import * as G from './src/recursive.grad.ts';

const s8 = Float64Array.of(1, 1.5, 0.7, 2, 1.2, 0.9, 1.1, 1.3);
const xs = Float64Array.of(0.1, 1.2, 1.9, 3.05, 4.2, 4.9);
const ys = Float64Array.of(0.3, -0.5, 0.8, 0.1, -0.9, 0.4);
const c8 = Float64Array.of(0.5, -0.3, 0.2, 0.1, -0.05, 0.02, 0.01, -0.01);
const m5 = Float64Array.from({ length: 25 }, (_, i) => Math.sin(i * 1.7) + (i % 6 === 0 ? 2 : 0));
const mu = Float64Array.of(0, 0, 0, -0.5, 0.4, 0.6, -0.2), w = Float64Array.of(0.3, 0, 0, 0, 0, 0, 0);
const kind = Int32Array.of(1, 2, 2, 0, 0, 0, 0), varOf = Int32Array.of(0, 0, 0, 0, 1, 0, 1);
const data = Float64Array.of(0.1, 0.2, -0.4, 0.9, 1.1, -1.2, 0.3, 0.5);
const sig = Float64Array.from({ length: 16 }, (_, i) => Math.cos(i * 0.9));
const c9 = Float64Array.of(1, -0.5, 0.25, 0.3, -0.2, 0.1, 0.05, -0.02, 0.01);

const zeros = (o: Record<string, number | Float64Array>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? 0 : new Float64Array(v.length)]));
const pairs: [string, string, any[]][] = [
  ['tournamentWin', 'tournamentWinLoop', [s8, 3]],
  ['nevilleInterp', 'nevilleLoop', [xs, ys, 2.5]],
  ['hermiteSeries', 'hermiteSeriesLoop', [c8, 0.7, 1.1]],
  ['logAbsDetLaplace', 'logAbsDetLU', [m5, 5]],
  ['spnLogLik', 'spnLogLikLoop', [mu, w, kind, varOf, data, 2]],
  ['haarDetailEnergy', 'haarDetailEnergyLoop', [sig, 0.7]],
  ['estrinEval', 'hornerEval', [c9, 0.6]],
];
const per = (f: () => unknown, n: number) => { const t = performance.now(); for (let i = 0; i < n; i++) f(); return ((performance.now() - t) / n) * 1e6; };
const med = (a: number[]) => a.slice().sort((p, q) => p - q)[a.length >> 1];
const warm = (f: () => unknown, ms = 150) => { const t = performance.now(); while (performance.now() - t < ms) for (let i = 0; i < 64; i++) f(); };
for (const [rec, loop, args] of pairs) {
  const fr = (R as any)[rec], fl = (R as any)[loop];
  const vr = (G as any)[rec + '_vjp'], vl = (G as any)[loop + '_vjp'];
  const adjR = zeros((G as any)[rec + '_grad'](...args).grad), adjL = zeros((G as any)[loop + '_grad'](...args).grad);
  const fns = [() => fl(...args), () => fr(...args), () => vl(...args, adjL), () => vr(...args, adjR)];
  fns.forEach((f) => warm(f)); // optimise every form before calibrating (calibrating on cold code picked tiny batches)
  const n = fns.map((f) => { let k = 64; while (per(f, k) * k < 2e6 && k < 1 << 22) k *= 2; return k; });
  const t: number[][] = [[], [], [], []];
  for (let r = 0; r < 11; r++) fns.forEach((f, i) => t[i].push(per(f, n[i])));
  const [a, b, c, d] = t.map(med);
  console.log(JSON.stringify({ rec, loop, ns: { loopF: +a.toFixed(0), recF: +b.toFixed(0), loopVjp: +c.toFixed(0), recVjp: +d.toFixed(0) }, recOverLoopF: +(b / a).toFixed(2), recOverLoopVjp: +(d / c).toFixed(2), vjpOverF: { loop: +(c / a).toFixed(2), rec: +(d / b).toFixed(2) } }));
}
