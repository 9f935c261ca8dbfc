#!/usr/bin/env node
// Recompiles trial27/src (all forms, and --wrt variants), rechecks every function with my own checker,
// runs tsgrad check/trace on a few, times f against f_vjp twice in separate processes,
// and prints one line per function (ok / WRONG / refused / slow / crash) and totals.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '..', 'dist', 'cli', 'main.js');
const run = (args, opts = {}) => spawnSync(process.execPath, args, { cwd: here, encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
const node = (file, ...rest) => run(['--import', 'tsgrad/register', file, ...rest]);
const jsonLines = (s) => s.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));

// 1. compile
const comp = run([cli, 'compile', 'src']);
const compOut = comp.stdout + comp.stderr;
const refusalMsgs = [...compOut.matchAll(/^(src\/\S+):(\d+):(\d+) - error (TSG\d+): (.*)$/gm)].map((m) => `${m[1]}:${m[2]} ${m[4]} ${m[5]}`);
const wrt = run([cli, 'compile', 'src/ml.ts', 'src/finance.ts', 'src/control.ts', '--out-dir', 'wrt', '-q',
  '--wrt', 'mlpLoss:W1,b2', '--wrt', 'binomialCall:sigma', '--wrt', 'twoLinkStep:theta,next']);
if (wrt.status !== 0) console.log('--wrt compile failed:', wrt.stderr);

// 2. my checker, build-time grad(f) and --wrt
const checked = node('check.ts');
const results = jsonLines(checked.stdout);
if (checked.status !== 0) console.log('checker exited', checked.status, checked.stderr.slice(0, 2000));
const extra = [...jsonLines(node('buildtime.ts').stdout), ...jsonLines(node('wrtcheck.ts').stdout), ...jsonLines(node('tracecheck.ts').stdout)];

// 3. tsgrad check on every file (points from the @domain tags); refused functions show as 'error' rows
const tcheck = run([cli, 'check', '--points', '3', 'src']);
const checkRows = (tcheck.stdout + tcheck.stderr).split('\n').filter((l) => /^src\/\S+:\w+\s+\d+/.test(l));
const checkBad = checkRows.filter((l) => /FAIL|disagree/.test(l));
const checkRefused = checkRows.filter((l) => /\berror$/.test(l.trim())).length;

// 4. timing, twice, in separate processes
const t1 = Object.fromEntries(jsonLines(node('time.ts').stdout).map((r) => [r.name, r]));
const t2 = Object.fromEntries(jsonLines(node('time.ts').stdout).map((r) => [r.name, r]));

const totals = { ok: 0, WRONG: 0, refused: 0, slow: 0, crash: 0 };
const unstable = [];
for (const r of results) {
  let status = r.status;
  const a = t1[r.name]?.ratio, b = t2[r.name]?.ratio;
  if (status === 'ok' && a > 3 && b > 3) status = 'slow';
  if (a && b && Math.max(a, b) / Math.min(a, b) > 2) unstable.push(`${r.name} ${a}x vs ${b}x`);
  totals[status]++;
  const timing = a ? `vjp/f ${a}x, ${b}x (f ${t1[r.name].f_ns} ns)` : '';
  console.log(`${status.padEnd(7)} ${r.name.padEnd(20)} ${status === 'ok' || status === 'slow' ? timing : r.detail}`);
}
for (const r of extra) { totals[r.status]++; console.log(`${r.status.padEnd(7)} ${r.name.padEnd(20)} ${r.detail}`); }
console.log(`\ncompile: ${refusalMsgs.length} diagnostics`);
for (const m of refusalMsgs) console.log('  ' + m);
console.log(`tsgrad check (all files, 3 points): ${checkRows.length} rows, ${checkRows.length - checkBad.length - checkRefused} ok, ${checkRefused} not differentiable, ${checkBad.length} FAIL${checkBad.length ? '\n  ' + checkBad.join('\n  ') : ''}`);
console.log(`timing ratios differing > 2x between the two runs: ${unstable.length ? unstable.join('; ') : 'none'}`);
console.log(`totals: ${Object.entries(totals).map(([k, v]) => `${k} ${v}`).join(', ')}`);
