// Times projectArray and projectScalars (f vs f_vjp, 21 interleaved rounds, median of ratios) and counts what the
// generated projectArray_vjp does per iteration. Run: node --import tsgrad/register trial35/repro/slow_array_rebind.run.ts [--no-time]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const here = fileURLToPath(new URL('.', import.meta.url));
try {
  execFileSync(process.execPath, [`${here}../../dist/cli/main.js`, 'compile', `${here}slow_array_rebind.ts`, '--out-dir', `${here}gen`], { stdio: 'pipe' });
} catch {}
const gen = readFileSync(`${here}gen/slow_array_rebind.grad.ts`, 'utf8');
const vjp = /export function projectArray_vjp\([\s\S]*?\n}\n/.exec(gen)?.[0] ?? '';
const fwdLoop = /for \(let y = 0; y < years; y\+\+\) \{[\s\S]*?\n  \}/.exec(vjp)?.[0] ?? '';
const zeros = (fwdLoop.match(/f64Zeros\(/g) ?? []).length;
const refs = (fwdLoop.match(/pushRef\(/g) ?? []).length;
const noTime = process.argv.includes('--no-time');
let detail = `projectArray_vjp's forward loop body: ${zeros} f64Zeros and ${refs} pushRef per iteration`;
let ratioArray = NaN;
if (!noTime) {
  const src = await import('./slow_array_rebind.ts');
  const g = await import('./gen/slow_array_rebind.grad.ts');
  const med = (xs: number[]) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
  const time = (fn: () => number, n: number) => { const t0 = process.hrtime.bigint(); let s = 0; for (let i = 0; i < n; i++) s += fn(); if (s === 0.5) console.log(''); return Number(process.hrtime.bigint() - t0) / n; };
  const fec = Float64Array.of(0.2, 1.1, 0.8), surv = Float64Array.of(0.6, 0.7), n0 = Float64Array.of(50, 30, 20);
  const res: string[] = [];
  for (const name of ['projectArray', 'projectScalars'] as const) {
    const f = src[name];
    const v = g[`${name}_vjp`];
    const adj = { fec: new Float64Array(3), surv: new Float64Array(2), n0: new Float64Array(3), years: 0 };
    const ff = () => f(fec, surv, n0, 20);
    const vv = () => v(fec, surv, n0, 20, adj);
    for (let w = 0; w < 5; w++) { time(ff, 20000); time(vv, 20000); }
    const ratios: number[] = [], fs: number[] = [], vs: number[] = [];
    for (let r = 0; r < 21; r++) { const tf = time(ff, 20000); const tv = time(vv, 20000); fs.push(tf); vs.push(tv); ratios.push(tv / tf); }
    if (name === 'projectArray') ratioArray = med(ratios);
    res.push(`${name}: f ${med(fs).toFixed(0)} ns, vjp ${med(vs).toFixed(0)} ns, vjp/f ${med(ratios).toFixed(1)}x`);
  }
  detail += '; ' + res.join('; ');
}
console.log(JSON.stringify({ reproduces: zeros >= 1 && refs >= 2 && (noTime || ratioArray > 3), detail }));
