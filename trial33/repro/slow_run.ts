// Times the slow repros: f vs f_vjp, interleaved batches, median of 15 ratios. Prints one JSON line per repro.
// node --import tsgrad/register trial33/repro/slow_run.ts   (after compiling trial33/repro/slow_*.ts)
import * as W from './slow_recursive_window_writes.ts';
import * as WG from './slow_recursive_window_writes.grad.ts';
import * as E from './slow_early_return_loop.ts';
import * as EG from './slow_early_return_loop.grad.ts';
import * as R from './slow_recursion.ts';
import * as RG from './slow_recursion.grad.ts';

function ratio(f: () => unknown, g: () => unknown): { ratio: number; f: number; vjp: number } {
  const batch = (h: () => unknown, n: number) => { const t = process.hrtime.bigint(); for (let i = 0; i < n; i++) h(); return Number(process.hrtime.bigint() - t) / n; };
  let n = 1;
  while (batch(g, n) * n < 2e6) n *= 2;
  for (let w = 0; w < 3; w++) { batch(f, n); batch(g, n); }
  const rs: number[] = [], fs: number[] = [], gs: number[] = [];
  for (let k = 0; k < 15; k++) { const a = batch(f, n), b = batch(g, n); rs.push(b / a); fs.push(a); gs.push(b); }
  const med = (xs: number[]) => xs.sort((p, q) => p - q)[7];
  return { ratio: med(rs), f: med(fs), vjp: med(gs) };
}
// one case per process gives steadier figures: --only k runs the k-th case (run.mjs does that for each)
const only = process.argv.includes('--only') ? +process.argv[process.argv.indexOf('--only') + 1] : -1;
let caseNo = 0;
const line = (repro: string, r: () => { ratio: number; f: number; vjp: number }, note = '') =>
  (only < 0 || caseNo++ === only) && console.log(JSON.stringify({ repro, ...((x) => ({ status: x.ratio > 3 ? 'slow' : 'ok', notes: [`f_vjp/f ${x.ratio.toFixed(1)}x (f ${x.f.toFixed(0)} ns, f_vjp ${x.vjp.toFixed(0)} ns)${note}`] }))(r()) }));

for (const n of [16, 128, 1024]) {
  const xs = Float64Array.from({ length: n }, (_, i) => Math.sin(i));
  const aw = { x: new Float64Array(n) };
  line(`slow_recursive_window_writes.ts sumSquaresRec n=${n}`, () => ratio(() => W.sumSquaresRec(xs), () => WG.sumSquaresRec_vjp(xs, aw)));
}
const inc = Float64Array.from({ length: 40 }, (_, i) => 5 + ((i * 7919) % 11));
const ai = { inc: new Float64Array(40), req: 0 };
line('slow_early_return_loop.ts firstPassage (return in loop)', () => ratio(() => E.firstPassage(inc, 200), () => EG.firstPassage_vjp(inc, 200, ai)));
const tm = Float64Array.from({ length: 40 }, (_, i) => 10 + ((i * 7919) % 15));
const dl = Float64Array.from({ length: 40 }, (_, i) => 10 + ((i * 31) % 5));
const ad = { tmean: new Float64Array(40), daylen: new Float64Array(40), req: 0, critical: 0, sens: 0 };
line('slow_early_return_loop.ts daysToFlower', () => ratio(() => E.daysToFlower(tm, dl, 200), () => EG.daysToFlower_vjp(tm, dl, 200, undefined, undefined, ad)));
line('slow_early_return_loop.ts firstPassageBreak (break)', () => ratio(() => E.firstPassageBreak(inc, 200), () => EG.firstPassageBreak_vjp(inc, 200, ai)));
const ops = Int32Array.of(1, 2, 3, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0);
const xt = Float64Array.of(0.3, -0.2, 0.5, 0.7);
const at = { x: new Float64Array(4) };
line('slow_recursion.ts evalTree (recursive)', () => ratio(() => R.evalTree(ops, xt), () => RG.evalTree_vjp(ops, xt, at)));
line('slow_recursion.ts evalTreeLoop (loop)', () => ratio(() => R.evalTreeLoop(ops, xt), () => RG.evalTreeLoop_vjp(ops, xt, at)));
