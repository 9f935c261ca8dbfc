// Times perimPair (recursion returning a tuple) and perimScalar (two recursions returning numbers): f vs f_vjp,
// interleaved rounds, median of ratios; and counts the allocations in the generated agm forward sweep.
// Run: node --import tsgrad/register trial35/repro/slow_tuple_recursion.run.ts [--no-time]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const here = fileURLToPath(new URL('.', import.meta.url));

try {
  execFileSync(process.execPath, [`${here}../../dist/cli/main.js`, 'compile', `${here}slow_tuple_recursion.ts`, '--out-dir', `${here}gen`], { stdio: 'pipe' });
} catch {}
const gen = readFileSync(`${here}gen/slow_tuple_recursion.grad.ts`, 'utf8');
const fwd = /function agmPair\$into_fwd\([\s\S]*?\n}\n/.exec(gen)?.[0] ?? '';
const allocs = (fwd.match(/new Array\(|f64Zeros\(/g) ?? []).length;
const refs = (fwd.match(/pushRef\(/g) ?? []).length;
const noTime = process.argv.includes('--no-time');
const src = await import('./slow_tuple_recursion.ts');
const g = await import('./gen/slow_tuple_recursion.grad.ts');
let detail = `agmPair$into_fwd: ${allocs} new Array/f64Zeros and ${refs} pushRef in its source (run at every level)`;
if (!noTime) {
  const med = (xs: number[]) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
  const time = (fn: () => number, n: number) => { const t0 = process.hrtime.bigint(); let s = 0; for (let i = 0; i < n; i++) s += fn(); if (s === 0.5) console.log(''); return Number(process.hrtime.bigint() - t0) / n; };
  const res: string[] = [];
  for (const name of ['perimPair', 'perimScalar', 'perimLoop'] as const) {
    const f = src[name];
    const v = g[`${name}_vjp`] as (a: number, b: number, adj: { a: number; b: number }) => number;
    const adj = { a: 0, b: 0 };
    const ff = () => f(3, 1.2);
    const vv = () => v(3, 1.2, adj);
    for (let w = 0; w < 3; w++) { time(ff, 20000); time(vv, 20000); }
    const ratios: number[] = [];
    const fs: number[] = [];
    const vs: number[] = [];
    for (let r = 0; r < 15; r++) { const tf = time(ff, 20000); const tv = time(vv, 20000); fs.push(tf); vs.push(tv); ratios.push(tv / tf); }
    res.push(`${name}: f ${med(fs).toFixed(0)} ns, vjp ${med(vs).toFixed(0)} ns, vjp/f ${med(ratios).toFixed(1)}x`);
  }
  detail += '; ' + res.join('; ');
}
const ratio = (n: string) => Number(new RegExp(`${n}: .*?vjp/f ([0-9.]+)x`).exec(detail)?.[1]);
console.log(JSON.stringify({ reproduces: allocs >= 4 && (noTime || ratio('perimPair') > 3), detail }));
