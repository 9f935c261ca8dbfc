#!/usr/bin/env node
// trial32: compile trial32/src with the CLI, check every exported function (check.ts, one process for the
// checks, then one process per function and round for timing), run the extras and the repros, and print one
// line per function (ok / WRONG / refused / slow / crash / contract), then the extras, repros and totals.
// Usage: node trial32/run.mjs [--no-time] [--rounds N]       (writes trial32/results.txt, scratch in /tmp/trial32)
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const cli = join(root, 'dist/cli/main.js');
const rel = (p) => relative(root, p);
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
const noTime = process.argv.includes('--no-time');
const rounds = process.argv.includes('--rounds') ? +process.argv[process.argv.indexOf('--rounds') + 1] : 3;
const t0 = Date.now();
mkdirSync('/tmp/trial32', { recursive: true });
const run = (args) => {
  const r = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8', timeout: 900_000, maxBuffer: 64 << 20 });
  return { code: r.status, out: (r.stdout ?? '') + (r.stderr ?? '') };
};
const jsonLines = (out) => out.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
const tsx = (file, ...args) => run(['--import', 'tsgrad/register', rel(join(here, file)), ...args]);
const src = join(here, 'src');
const srcFiles = readdirSync(src).filter((f) => f.endsWith('.ts') && !/\.(grad|tsgrad\.d)\.ts$/.test(f));

// 1. compile (all modules, the --wrt variant, the repros)
const compile = run([cli, 'compile', ...srcFiles.map((f) => rel(join(src, f)))]);
const wrt = run([cli, 'compile', rel(join(src, 'hydro.ts')), rel(join(src, 'mlx.ts')), '--out-dir', rel(join(here, 'wrt')),
  '--wrt', 'bucketLoss:params', '--wrt', 'mlpLoss:W1,b1', '--wrt', 'adamStep:w,g,m,v']);
const wrtBad = run([cli, 'compile', rel(join(src, 'hydro.ts')), '--out-dir', '/tmp/trial32/wrt-bad', '--wrt', 'muskingum:K']);
const repro = join(here, 'repro');
const reproCompile = run([cli, 'compile', rel(join(repro, 'slow_reduce_branch.ts'))]);

// diagnostics by source line, and the exported function each line belongs to (helpers: the next export)
const diags = [];
for (const line of compile.out.split('\n')) {
  const m = /^(.+?\.ts):(\d+):(\d+) - (error|info|warning) (TSG\d+): (.*)$/.exec(line);
  if (m) diags.push({ file: m[1], line: +m[2], col: +m[3], kind: m[4], code: m[5], msg: m[6] });
}
const owners = new Map();
for (const f of srcFiles) {
  const lines = readFileSync(join(src, f), 'utf8').split('\n');
  const own = [];
  let cur;
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = /^export function (\w+)/.exec(lines[i]);
    own[i + 1] = m ? (cur = m[1]) : cur;
  }
  // lines of a function's body after its header belong to it: walk forwards, switch at each export
  let last;
  for (let i = 0; i < lines.length; i++) {
    const m = /^export function (\w+)/.exec(lines[i]);
    if (m) last = m[1];
    else if (last && !/^(function|const|class|interface|type|export|\/\*\*| \*)/.test(lines[i]) && lines[i] !== '') own[i + 1] = last;
    else if (/^}/.test(lines[i])) { own[i + 1] = last; last = undefined; }
  }
  owners.set(f.replace(/\.ts$/, ''), own);
}

// 2. the checker: correctness in one process, then timing per function in fresh processes
const check = tsx('check.ts', '--no-time');
const results = jsonLines(check.out);
const extras = [];
if (check.code !== 0) extras.push({ extra: 'check.ts process', status: 'crash', notes: [check.out.slice(-400)] });
for (const r of results) {
  if (r.status !== 'refused') continue;
  const own = owners.get(r.file) ?? [];
  const mine = diags.filter((d) => d.file.endsWith(`/${r.file}.ts`) && own[d.line] === r.name && d.kind === 'error');
  r.notes = [...mine.map((d) => `${d.code} at ${r.file}.ts:${d.line}:${d.col}: ${d.msg}`), ...r.notes];
  if (!mine.length) { r.status = 'crash'; r.notes.push('no gradient and no diagnostic for it'); }
}
if (!noTime) {
  const med = (xs) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
  for (const r of results) {
    if (r.status !== 'ok' || r.file === undefined) continue;
    const per = [];
    for (let k = 0; k < rounds; k++) {
      const j = jsonLines(tsx('check.ts', '--only', r.name).out)[0];
      if (j?.ratios) per.push(j.ratios);
    }
    if (!per.length) continue;
    r.ratios = { grad: med(per.map((p) => p.grad)), vjp: med(per.map((p) => p.vjp)) };
    r.spread = `vjp ${per.map((p) => p.vjp.toFixed(1)).join('/')}`;
    if (r.ratios.vjp > 3) { r.status = 'slow'; r.notes.push(`median of ${per.length} processes: f_grad ${r.ratios.grad.toFixed(2)}x, f_vjp ${r.ratios.vjp.toFixed(2)}x of f (${r.spread})`); }
  }
}

// 3. extras
for (const file of ['buildtime.ts', 'wrt_check.ts', 'trace_check.ts']) {
  const r = tsx(file);
  const j = jsonLines(r.out);
  extras.push(...(j.length ? j : [{ extra: file, status: 'crash', notes: [r.out.slice(0, 400)] }]));
}
// (exit 1 while mlx.ts's pseudoHuberMean was refused, which front46's callback helpers compile: exit 0 since)
if (wrt.code !== 0 || !/(wrote|) 2 files( unchanged|)/.test(wrt.out)) extras.push({ extra: '--wrt compile', status: 'WRONG', notes: [`exit ${wrt.code}`, wrt.out.slice(0, 300)] });
extras.push({ extra: '--wrt muskingum:K (names no written array) is TSG3007', status: /TSG3007/.test(wrtBad.out) && wrtBad.code === 1 ? 'ok' : 'WRONG', notes: wrtBad.out.split('\n').filter((l) => /TSG3007/.test(l)) });
const chk = run([cli, 'check', ...srcFiles.filter((f) => f !== 'refusals.ts').map((f) => rel(join(src, f)))]);
const failing = /(\d+) functions? of (\d+) disagrees? or fails?/.exec(chk.out);
extras.push({ extra: 'tsgrad check on the modules (informational: random points from @domain tags/defaults)', status: 'ok',
  notes: [failing ? `${failing[1]} of ${failing[2]} disagree or fail` : `exit ${chk.code}`, ...chk.out.split('\n').filter((l) => /^\s+trial32\/src\/\S+: (∂|threw)/.test(l)).map((l) => l.trim().slice(0, 200))] });
const gen = readdirSync(src).filter((f) => f.endsWith('.grad.ts')).map((f) => rel(join(src, f)));
const tscArgs = ['--ignoreConfig', '--strict', '--noEmit', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--skipLibCheck', '--allowImportingTsExtensions'];
const tsc6 = run([join(root, 'node_modules/typescript/bin/tsc'), ...tscArgs, ...gen]);
extras.push({ extra: `tsc 6 --strict on ${gen.length} generated files`, status: tsc6.code === 0 ? 'ok' : 'WRONG', notes: [tsc6.out.slice(0, 300)].filter(Boolean) });
const strictest = run([join(root, 'node_modules/typescript/bin/tsc'), ...tscArgs, '--noUncheckedIndexedAccess', '--exactOptionalPropertyTypes', '--noImplicitReturns', '--noPropertyAccessFromIndexSignature', ...gen]);
extras.push({ extra: 'tsc 6 with the strictest flags on the generated files', status: strictest.code === 0 ? 'ok' : 'WRONG', notes: strictest.out.split('\n').filter((l) => /\.grad\.ts\(/.test(l)).slice(0, 3) });
const tsc7 = run([join(root, 'node_modules/typescript7/bin/tsc'), ...tscArgs, ...gen]);
extras.push({ extra: 'tsc 7 --strict on the generated files', status: tsc7.code === 0 ? 'ok' : 'WRONG', notes: [tsc7.out.slice(0, 300)].filter(Boolean) });
const tscBt = run([join(root, 'node_modules/typescript/bin/tsc'), ...tscArgs, rel(join(here, 'buildtime.ts'))]);
extras.push({ extra: 'tsc 6 --strict on buildtime.ts (grad(f) typed through *.tsgrad.d.ts)', status: tscBt.code === 0 ? 'ok' : 'WRONG', notes: [tscBt.out.slice(0, 300)].filter(Boolean) });

// 4. repros
const repros = [];
if (reproCompile.code !== 0) repros.push({ repro: 'compile', status: 'crash', notes: [reproCompile.out.slice(0, 300)] });
for (const f of readdirSync(repro).filter((f) => f.endsWith('_run.ts'))) {
  const r = run(['--import', 'tsgrad/register', rel(join(repro, f))]);
  const j = jsonLines(r.out);
  repros.push(...(j.length ? j : [{ repro: f, status: 'crash', notes: [r.out.slice(0, 300)] }]));
}

// 5. report
const lines = [`trial32 run ${new Date().toISOString()} (${noTime ? 'no timing' : `timed, median of ${rounds} processes`})`, ''];
const fmt = (x) => (x === undefined ? '' : x.toFixed(1) + 'x');
for (const r of results) {
  const t = r.ratios ? `grad ${fmt(r.ratios.grad)} vjp ${fmt(r.ratios.vjp)}` : '';
  lines.push(`${r.status.padEnd(8)} ${(r.file + ':' + r.name).padEnd(34)} ${t.padEnd(24)} ${r.worst !== undefined ? 'err ' + Number(r.worst).toExponential(1) : ''}`);
  for (const n of r.notes ?? []) lines.push(`           ${String(n).slice(0, 300)}`);
}
lines.push('', 'extras:');
for (const e of extras) { lines.push(`${e.status.padEnd(8)} ${e.extra}`); for (const n of e.notes ?? []) lines.push(`           ${String(n).slice(0, 300)}`); }
lines.push('', 'repros:');
for (const e of repros) { lines.push(`${e.status.padEnd(8)} ${e.repro}`); for (const n of e.notes ?? []) lines.push(`           ${String(n).slice(0, 400)}`); }
const count = (s) => results.filter((r) => r.status === s).length;
lines.push('', `${results.length} functions: ${count('ok')} ok, ${count('WRONG')} WRONG, ${count('refused')} refused, ${count('slow')} slow, ${count('crash')} crash, ${count('contract')} contract; ` +
  `extras ${extras.filter((e) => e.status === 'ok').length}/${extras.length} ok; ${((Date.now() - t0) / 1000).toFixed(0)} s`);
const text = lines.join('\n');
console.log(text);
if (!process.argv.includes('--no-record')) writeFileSync(join(here, 'results.txt'), text + '\n');
