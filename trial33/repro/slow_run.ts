// Times the slow repros: f vs f_vjp, interleaved batches, median of 15 ratios. Prints one JSON line per repro.
// node --import tsgrad/register trial33/repro/slow_run.ts   (after compiling trial33/repro/slow_*.ts)
import * as S from './slow_switch_flags.ts';
import * as SG from './slow_switch_flags.grad.ts';
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
const line = (repro: string, r: { ratio: number; f: number; vjp: number }, note = '') =>
  console.log(JSON.stringify({ repro, status: r.ratio > 3 ? 'slow' : 'ok', notes: [`f_vjp/f ${r.ratio.toFixed(1)}x (f ${r.f.toFixed(0)} ns, f_vjp ${r.vjp.toFixed(0)} ns)${note}`] }));

const ops = Int32Array.from({ length: 64 }, (_, i) => (i * 7) % 6);
const x = Float64Array.from({ length: 64 }, (_, i) => 0.5 + 0.01 * i);
const ax = { x: new Float64Array(64) };
line('slow_switch_flags.ts evalOps (switch)', ratio(() => S.evalOps(ops, x), () => SG.evalOps_vjp(ops, x, ax)));
line('slow_switch_flags.ts evalOpsIf (if/else, same work)', ratio(() => S.evalOpsIf(ops, x), () => SG.evalOpsIf_vjp(ops, x, ax)));
const inc = Float64Array.from({ length: 40 }, (_, i) => 5 + ((i * 7919) % 11));
const ai = { inc: new Float64Array(40), req: 0 };
line('slow_early_return_loop.ts firstPassage (return in loop)', ratio(() => E.firstPassage(inc, 200), () => EG.firstPassage_vjp(inc, 200, ai)));
line('slow_early_return_loop.ts firstPassageBreak (break)', ratio(() => E.firstPassageBreak(inc, 200), () => EG.firstPassageBreak_vjp(inc, 200, ai)));
const ar = { x: 0 };
line('slow_recursion.ts expSS (recursive)', ratio(() => R.expSS(2.3), () => RG.expSS_vjp(2.3, ar)));
line('slow_recursion.ts expSSLoop (loop)', ratio(() => R.expSSLoop(2.3), () => RG.expSSLoop_vjp(2.3, ar)));
