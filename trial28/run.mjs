#!/usr/bin/env node
// Recompile trial28/src with the CLI, recheck every function with my own checker (check.ts), time it,
// and print one line per function: ok / WRONG / refused / slow / crash, then totals.
// Usage (from the repository root or anywhere): node trial28/run.mjs [--no-time]
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const cli = join(root, 'dist/cli/main.js');
const rel = (p) => relative(root, p);
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
const noTime = process.argv.includes('--no-time');
const t0 = Date.now();

function run(args, opts = {}) {
  const r = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8', timeout: 170_000, maxBuffer: 64 << 20, ...opts });
  return { code: r.status, out: (r.stdout ?? '') + (r.stderr ?? '') };
}

// 1. compile
const src = join(here, 'src');
const compile = run([cli, 'compile', rel(src)]);
const wrt = run([cli, 'compile', rel(join(src, 'stats.ts')), '--out-dir', rel(join(here, 'wrt')), '--wrt', 'logisticL2:w,b', '--wrt', 'kdeLogLik:bw']);
const diags = [];
for (const line of compile.out.split('\n')) {
  const m = /^(.+?\.ts):(\d+):(\d+) - (error|info|warning) (TSG\d+): (.*)$/.exec(line);
  if (m) diags.push({ file: m[1], line: +m[2], col: +m[3], kind: m[4], code: m[5], msg: m[6] });
}

// which function each line belongs to (exported or helper)
const fnAt = new Map();
const exported = [];
for (const f of readdirSync(src).filter((f) => f.endsWith('.ts') && !f.endsWith('.grad.ts') && !f.endsWith('.d.ts'))) {
  const lines = readFileSync(join(src, f), 'utf8').split('\n');
  let cur = null;
  const owners = [];
  lines.forEach((l, i) => {
    const m = /^(export )?function (\w+)/.exec(l);
    if (m) {
      cur = m[2];
      if (m[1]) exported.push({ file: f.replace(/\.ts$/, ''), name: m[2] });
    }
    owners[i + 1] = cur;
  });
  fnAt.set(f.replace(/\.ts$/, ''), owners);
}
const diagFor = (file, name) =>
  diags.filter((d) => d.kind === 'error' && d.file.endsWith(`/${file}.ts`) && fnAt.get(file)[d.line] === name);

// 2. check (my checker, in one process under tsgrad/register)
const check = run(['--import', 'tsgrad/register', rel(join(here, 'check.ts')), ...(noTime ? ['--no-time'] : [])]);
const results = [];
const extras = [];
for (const line of check.out.split('\n')) {
  if (!line.startsWith('{')) continue;
  const r = JSON.parse(line);
  (r.extra ? extras : results).push(r);
}
if (check.code !== 0) extras.push({ extra: 'check.ts process', status: 'crash', notes: [check.out.split('\n').slice(-6).join(' | ')] });

// 3. tsgrad check and trace on a few
const tcheck = run([cli, 'check', '--points', '3', rel(join(src, 'optim.ts')), rel(join(src, 'geometry.ts'))]);
const tcheckRows = tcheck.out.split('\n').filter((l) => /\.ts:\w+/.test(l) && /\s(ok|FAIL|not checked|error)\s*$/i.test(l));
extras.push({
  extra: `tsgrad check optim.ts geometry.ts (exit ${tcheck.code})`,
  status: tcheck.code === 0 ? 'ok' : 'WRONG',
  notes: tcheck.code === 0 ? [`${tcheckRows.length} rows`] : tcheck.out.split('\n').filter((l) => /FAIL|error/.test(l)).slice(0, 5),
});
const trace = run([cli, 'trace', rel(join(src, 'optim.ts')), 'beale', '--at', 'x=0.7,y=-0.3', '--wrt', 'y', '--format', 'json']);
try {
  const j = JSON.parse(trace.out);
  // my own: d beale / dy at (0.7, -0.3)
  const x = 0.7, y = -0.3;
  const t1 = 1.5 - x + x * y, t2 = 2.25 - x + x * y * y, t3 = 2.625 - x + x * y ** 3;
  const dy = 2 * t1 * x + 2 * t2 * 2 * x * y + 2 * t3 * 3 * x * y * y;
  const got = j.gradient?.y ?? j.gradient?.find?.((g) => g.name === 'y')?.value;
  const ok = typeof got === 'number' && Math.abs(got - dy) < 1e-12 * Math.max(1, Math.abs(dy));
  extras.push({ extra: 'tsgrad trace beale --format json', status: ok ? 'ok' : 'WRONG', notes: [`dy: trace ${JSON.stringify(got)}, by hand ${dy}`] });
} catch (e) {
  extras.push({ extra: 'tsgrad trace beale', status: 'crash', notes: [String(e), trace.out.slice(0, 300)] });
}

// 4. the repros of what this trial found (trial28/repro), each rechecked
const repro = join(here, 'repro');
const rc = run([cli, 'compile', rel(repro)]);
{
  for (const [which, d] of [['top', 7], ['chain', 300], ['hvp', 7]]) {
    const r = run(['--import', 'tsgrad/register', rel(join(repro, 'tapegrow_run.ts')), which, String(d)]);
    try {
      const j = JSON.parse(r.out.trim().split('\n').pop());
      const ok = Math.abs(j.first - j.fd) < 1e-6 * Math.max(1, Math.abs(j.fd)) && j.topAfterFirst === 0;
      const what = which === 'hvp' ? 'f_hvp' : `${which}_grad`;
      extras.push({ extra: `repro/tapegrow.ts: ${what}, depth ${d}, first call grows the tape`, status: ok ? 'ok' : 'WRONG', notes: [`first call ${j.first}, differences ${j.fd}, second call ${j.second}; tape.top after ${j.topAfterFirst}`] });
    } catch (e) {
      extras.push({ extra: `repro/tapegrow.ts ${which}`, status: 'crash', notes: [r.out.slice(0, 300)] });
    }
  }
  const gen = (() => {
    try {
      return readFileSync(join(repro, 'tuple_ternary.grad.ts'), 'utf8');
    } catch {
      return '';
    }
  })();
  const hasF = /export function f_grad/.test(gen);
  const named = rc.out.split('\n').some((l) => /tuple_ternary\.ts:\d+:\d+ - error TSG2003/.test(l) || /tuple_ternary\.ts:[4-7]:/.test(l));
  extras.push({
    extra: 'repro/tuple_ternary.ts: f dropped, is f named?',
    status: hasF || named ? 'ok' : 'WRONG',
    notes: [hasF ? 'f_grad written' : named ? 'f named by a diagnostic' : "no f_grad, and no diagnostic names f (only minmax's TSG1002)"],
  });
  const pp = /pingpong3\.ts:\d+:\d+ - error (TSG\d+)/.exec(rc.out);
  extras.push({ extra: 'repro/pingpong3.ts: input only read, refused?', status: pp ? 'refused' : 'ok', notes: [pp ? pp[1] : 'compiles'] });
}

// 5. report
const byName = new Map(results.map((r) => [`${r.file}:${r.name}`, r]));
const totals = {};
const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('function', 34)} ${pad('status', 8)} ${pad('grad/f', 7)} ${pad('vjp/f', 7)} ${pad('f', 9)} notes`);
for (const { file, name } of exported) {
  const r = byName.get(`${file}:${name}`) ?? { status: 'crash', notes: ['no result from check.ts'] };
  let notes = r.notes ?? [];
  if (r.status === 'refused') {
    const ds = diagFor(file, name);
    const helperDs = diags.filter((d) => d.kind === 'error' && d.file.endsWith(`/${file}.ts`) && !exported.some((e) => e.name === fnAt.get(file)[d.line]));
    notes = ds.length
      ? ds.map((d) => `${d.code} ${d.line}:${d.col} ${d.msg}`)
      : [`no diagnostic in '${name}'` + (helperDs.length ? `; the module's helper errors: ${helperDs.map((d) => `${d.code} at ${fnAt.get(file)[d.line]} ${d.line}:${d.col}`).join('; ')}` : '')];
  }
  totals[r.status] = (totals[r.status] ?? 0) + 1;
  const ratio = (x) => (x === undefined ? '' : x.toFixed(2) + 'x');
  const tf = r.tF === undefined ? '' : r.tF < 1000 ? `${r.tF.toFixed(0)}ns` : `${(r.tF / 1000).toFixed(1)}us`;
  console.log(`${pad(`${file}:${name}`, 34)} ${pad(r.status, 8)} ${pad(ratio(r.ratioGrad), 7)} ${pad(ratio(r.ratioVjp), 7)} ${pad(tf, 9)} ${notes.join(' / ')}`);
}
console.log('');
for (const e of extras) {
  console.log(`${pad(e.extra, 60)} ${e.status}  ${(e.notes ?? []).join(' / ')}`);
  if (e.status !== 'ok') totals[`extra ${e.status}`] = (totals[`extra ${e.status}`] ?? 0) + 1;
}
if (wrt.code !== 0) console.log('--wrt compile exit', wrt.code, wrt.out);
const seconds = ((Date.now() - t0) / 1000).toFixed(1);
console.log(`\ntotals: ${exported.length} functions: ${Object.entries(totals).map(([k, v]) => `${v} ${k}`).join(', ')} (compile exit ${compile.code}, ${seconds} s)`);
process.exitCode = totals.WRONG || totals.crash || totals['extra WRONG'] || totals['extra crash'] ? 1 : 0;
