#!/usr/bin/env node
// Recompile and recheck everything in trial25/: one line per function (ok / WRONG / refused / slow / crash) and totals.
// Usage (from the repository root or anywhere): node trial25/run.mjs [--no-time]
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const cli = join(root, 'dist/cli/main.js');
const noTime = process.argv.includes('--no-time');
const sh = (args, env = {}) => spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env, NO_COLOR: '1' } });

const sources = ['robotics', 'graphics', 'finance', 'physics', 'stats', 'ml', 'numerics', 'extras', 'shapes', 'refused'].map((f) => `trial25/${f}.ts`);
// 1. compile (exit 1 expected: refused.ts and three refusals elsewhere)
const c = sh([cli, 'compile', ...sources, 'trial25/repro/oob.ts', 'trial25/repro/clamp.ts']);
const diag = (c.stdout + c.stderr).match(/^\S+:\d+:\d+ - error TSG\d+: .*$/gm) ?? [];
console.log(`compile: exit ${c.status}, ${diag.length} errors`);
for (const d of diag) console.log(`  ${d}`);
const w = sh([cli, 'compile', 'trial25/numerics.ts', 'trial25/stats.ts', 'trial25/extras.ts', '--out-dir', 'trial25/gen-wrt',
  '--wrt', 'rayleigh:s,x', '--wrt', 'kalmanNLL:q', '--wrt', 'swapLoop:gain', '--wrt', 'piecewise:scale']);
console.log(`compile --wrt: exit ${w.status}`);

// 2. my checker over every function
const totals = {};
const count = (s) => (totals[s] = (totals[s] ?? 0) + 1);
const chk = sh(['--import', 'tsgrad/register', 'trial25/check.ts'], noTime ? { NOTIME: '1' } : {});
if (chk.status !== 0) console.log(`check.ts exited ${chk.status}: ${chk.stderr.slice(0, 2000)}`);
const rows = chk.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
console.log('\nstatus   function                          f ns   grad/f  vjp/f  detail');
for (const r of rows) {
  count(r.status);
  const ns = r.nsF ? r.nsF.toFixed(0) : '';
  const rg = r.ratioGrad ? r.ratioGrad.toFixed(2) : '';
  const rv = r.ratioVjp ? r.ratioVjp.toFixed(2) : '';
  console.log(`${r.status.padEnd(8)} ${r.fn.padEnd(32)} ${ns.padStart(6)} ${rg.padStart(7)} ${rv.padStart(6)}  ${r.detail}`);
}

// 3. --wrt, defaults left out, build-time grad/jvp/hvp, repros
const more = sh(['--import', 'tsgrad/register', 'trial25/more.ts']);
if (more.status !== 0) console.log(`more.ts exited ${more.status}: ${more.stderr.slice(0, 2000)}`);
console.log('');
for (const l of more.stdout.trim().split('\n').filter(Boolean)) {
  const [name, status, detail] = l.split('\t');
  count(status);
  console.log(`${status.padEnd(8)} ${name}  ${detail ?? ''}`);
}

// 4. a refused function asked for at build time: the program must stop with the diagnostic at the try
const bt = sh(['--import', 'tsgrad/register', 'trial25/buildtime-refused.ts']);
const btOk = bt.status === 1 && /refused\.ts:16:3 - error TSG1001/.test(bt.stderr + bt.stdout);
count(btOk ? 'ok' : 'WRONG');
console.log(`${(btOk ? 'ok' : 'WRONG').padEnd(8)} grad(safeLog) at build time stops the program at refused.ts:16:3 (exit ${bt.status})`);

// 5. tsgrad check (with @domain tags where the defaults do not fit) and tsgrad trace
const tc = sh([cli, 'check', 'trial25/extras.ts', 'trial25/finance.ts', '--points', '3']);
const tcFail = (tc.stdout.match(/ FAIL$/gm) ?? []).length;
count(tc.status === 0 ? 'ok' : 'WRONG');
console.log(`${(tc.status === 0 ? 'ok' : 'WRONG').padEnd(8)} tsgrad check extras.ts finance.ts: exit ${tc.status}, ${tcFail} FAIL`);
const tr = sh([cli, 'trace', 'trial25/robotics.ts', 'elbowAngle', '--at', 'x=0.8,y=0.5,l1=1,l2=0.9', '--wrt', 'l1', '--format', 'json']);
let trOk = false;
try {
  const j = JSON.parse(tr.stdout);
  const h = 1e-5, f = (l1) => Math.acos(Math.min(1, Math.max(-1, (0.89 - l1 * l1 - 0.81) / (2 * l1 * 0.9))));
  const fd = (f(1 + h) - f(1 - h)) / (2 * h);
  const g = j.gradient?.l1 ?? j.gradient?.[2]?.value ?? NaN;
  trOk = Math.abs(g - fd) < 1e-6;
  if (!trOk) console.log(`  trace gradient ${JSON.stringify(j.gradient)} fd ${fd}`);
} catch (e) {
  console.log(`  trace output not JSON: ${String(e)} ${tr.stdout.slice(0, 300)}`);
}
count(trOk ? 'ok' : 'WRONG');
console.log(`${(trOk ? 'ok' : 'WRONG').padEnd(8)} tsgrad trace elbowAngle --wrt l1: gradient matches differences`);

console.log(`\ntotals: ${Object.entries(totals).map(([k, v]) => `${k} ${v}`).join(', ')}`);
