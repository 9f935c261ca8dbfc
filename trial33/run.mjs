#!/usr/bin/env node
// trial33: compile src/ with the CLI, check every exported function (check.ts), time the ok ones (one fresh process
// per function and round: f, f_grad, f_vjp interleaved, median of 15 ratios; median over rounds, which are
// repeated only for functions the first round finds slow and recursive ones with a loop version), run the extras
// (build-time API, --wrt, trace, tsgrad check, tsc strict) and the repros, print a table and the totals.
// Usage: node trial33/run.mjs [--no-time] [--rounds N]      (writes trial33/results.txt; scratch in /tmp/trial33)
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const rel = (p) => relative(root, p);
const cli = join(root, 'dist/cli/main.js');
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
const noTime = process.argv.includes('--no-time');
const rounds = process.argv.includes('--rounds') ? +process.argv[process.argv.indexOf('--rounds') + 1] : 3;
const t0 = Date.now();
mkdirSync('/tmp/trial33', { recursive: true });
const run = (args, opts = {}) => {
  const r = spawnSync(opts.bin ?? process.execPath, args, { cwd: root, env, encoding: 'utf8', timeout: 900_000, maxBuffer: 64 << 20 });
  return { code: r.status, out: (r.stdout ?? '') + (r.stderr ?? '') };
};
const json = (out) => out.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
const srcDir = join(here, 'src');
const srcs = readdirSync(srcDir).filter((f) => /^\w+\.ts$/.test(f) && !f.endsWith('.grad.ts')).map((f) => rel(join(srcDir, f)));

// 1. compile: the modules (diagnostics to /tmp/trial33/compile.txt for check.ts), the --wrt variants, the repros
const comp = run([cli, 'compile', ...srcs]);
writeFileSync('/tmp/trial33/compile.txt', comp.out);
const wrt = run([cli, 'compile', rel(join(srcDir, 'pharma.ts')), rel(join(srcDir, 'bodies.ts')), '--out-dir', rel(join(here, 'wrt')),
  '--wrt', 'scheduleObjective:doses', '--wrt', 'bicycleMiss:steer,accel', '--wrt', 'recordPath:steer,path']);
const repDir = join(here, 'repro');
const reproTs = readdirSync(repDir).filter((f) => /^\w+\.ts$/.test(f) && !f.endsWith('_run.ts') && !f.endsWith('.grad.ts'));
const repComp = run([cli, 'compile', ...reproTs.map((f) => rel(join(repDir, f)))]);

// 2. correctness, then timing in fresh processes
const chk = run(['--import', 'tsgrad/register', rel(join(here, 'check.ts'))]);
const results = json(chk.out);
const extras = [];
if (chk.code !== 0) extras.push({ extra: 'check.ts process', status: 'crash', notes: [chk.out.slice(-400)] });
const med = (xs) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
if (!noTime) {
  for (const r of results) {
    if (r.status !== 'ok') continue;
    const per = [];
    const pairs = [];
    // one process each; more rounds only where the first says slow or the function has a loop version to compare
    for (let k = 0; k < rounds; k++) {
      const j = json(run(['--import', 'tsgrad/register', rel(join(here, 'check.ts')), '--time', '--only', r.name]).out)[0];
      if (j?.ratios) per.push(j.ratios);
      if (j?.pair) pairs.push(j.pair);
      if (k === 0 && j?.ratios && j.ratios.vjp <= 3 && !j.pair) break;
    }
    if (!per.length) continue;
    r.ratios = { grad: med(per.map((p) => p.grad)), vjp: med(per.map((p) => p.vjp)), fns: med(per.map((p) => p.fns)) };
    r.spread = per.map((p) => p.vjp.toFixed(1)).join('/');
    if (pairs.length) r.pair = { loop: pairs[0].loop, f: med(pairs.map((p) => p.fRecOverLoop)), vjp: med(pairs.map((p) => p.vjpRecOverLoop)) };
    if (r.ratios.vjp > 3) { r.status = 'slow'; r.notes.push(`f_vjp ${r.ratios.vjp.toFixed(1)}x f (rounds ${r.spread}), f ${r.ratios.fns.toFixed(0)} ns`); }
  }
}

// 3. extras
for (const f of ['buildtime.ts', 'wrt_check.ts']) {
  const r = run(['--import', 'tsgrad/register', rel(join(here, f))]);
  const j = json(r.out);
  extras.push(...(j.length ? j : [{ extra: f, status: 'crash', notes: [r.out.slice(0, 400)] }]));
}
extras.push({ extra: '--wrt compile wrote 2 files', status: /wrote 2 files|2 files unchanged/.test(wrt.out) ? 'ok' : 'WRONG', notes: [] });
const tr = run([cli, 'trace', rel(join(srcDir, 'agro.ts')), 'penmanMonteith', '--at', 'T=25,Rn=15,u2=2,rh=60', '--format', 'json']);
try {
  const t = JSON.parse(tr.out.slice(tr.out.indexOf('{')));
  const probe = run(['--import', 'tsgrad/register', '-e', "import('./trial33/src/agro.grad.ts').then(m => console.log(JSON.stringify(m.penmanMonteith_grad(25, 15, 2, 60).grad)))"]);
  const g = JSON.parse(probe.out.trim().split('\n').pop());
  const ok = t.inputs.every((i) => Math.abs(i.adjoint - g[i.name]) <= 1e-12 * Math.max(1, Math.abs(g[i.name])));
  extras.push({ extra: 'tsgrad trace --format json adjoints = penmanMonteith_grad', status: ok ? 'ok' : 'WRONG', notes: [t.inputs.map((i) => `${i.name} ${i.adjoint}`).join(', ')] });
} catch (e) { extras.push({ extra: 'tsgrad trace', status: 'crash', notes: [String(e), tr.out.slice(0, 300)] }); }
const tc = run([cli, 'check', ...srcs.filter((f) => !f.endsWith('refusals.ts'))]);
const fails = /(\d+) functions? of (\d+) disagrees? or fails?/.exec(tc.out);
extras.push({ extra: 'tsgrad check (informational: random points, no @domain tags, so out-of-domain draws fail)', status: 'ok',
  notes: [fails ? `${fails[1]} of ${fails[2]} disagree or fail` : `exit ${tc.code}`] });
const gen = readdirSync(srcDir).filter((f) => f.endsWith('.grad.ts')).map((f) => rel(join(srcDir, f)));
const tscA = ['--ignoreConfig', '--strict', '--noEmit', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--skipLibCheck', '--allowImportingTsExtensions'];
const tsc = (bin, args) => run([join(root, bin), ...tscA, ...args]);
const t6 = tsc('node_modules/typescript/bin/tsc', gen);
extras.push({ extra: `tsc 6 --strict on ${gen.length} generated files`, status: t6.code === 0 ? 'ok' : 'WRONG', notes: [t6.out.slice(0, 300)].filter(Boolean) });
const t6s = tsc('node_modules/typescript/bin/tsc', ['--noUncheckedIndexedAccess', '--exactOptionalPropertyTypes', '--noImplicitReturns', ...gen]);
extras.push({ extra: 'tsc 6, strictest flags, generated files', status: t6s.code === 0 ? 'ok' : 'WRONG', notes: [t6s.out.slice(0, 300)].filter(Boolean) });
const t7 = tsc('node_modules/typescript7/bin/tsc', gen);
extras.push({ extra: 'tsc 7 --strict on the generated files', status: t7.code === 0 ? 'ok' : 'WRONG', notes: [t7.out.slice(0, 300)].filter(Boolean) });
const dts = readdirSync(srcDir).filter((f) => f.endsWith('.tsgrad.d.ts')).map((f) => rel(join(srcDir, f)));
const tb = tsc('node_modules/typescript/bin/tsc', [rel(join(here, 'buildtime.ts')), ...dts]);
extras.push({ extra: 'tsc 6 --strict on buildtime.ts (grad(f) typed through *.tsgrad.d.ts)', status: tb.code === 0 ? 'ok' : 'WRONG', notes: [tb.out.slice(0, 300)].filter(Boolean) });

// 4. repros: the refusal ones by their diagnostics, the slow ones by slow_run.ts
const repros = [];
const expectDiag = [
  ['options_helper_refused.ts', /options_helper_refused\.ts:17:\d+ - error TSG2002: 'solve' has a parameter tsgrad cannot pass/],
  ['const_object_arg_refused.ts', /const_object_arg_refused\.ts:12:\d+ - error TSG2002: 'FROZEN' is passed for an object parameter/],
  ['duplicate_diagnostic.ts', null],
  ['state_object_rebind.ts', /state_object_rebind\.ts:9:7 - error TSG1003/],
];
for (const [f, re] of expectDiag) {
  if (re) repros.push({ repro: f, status: re.test(repComp.out) ? 'still' : 'fixed?', notes: repComp.out.split('\n').filter((l) => l.includes(f) && /TSG/.test(l)).slice(0, 3) });
  else {
    const n = repComp.out.split('\n').filter((l) => l.includes(f) && /TSG2002/.test(l)).length;
    repros.push({ repro: f, status: n > 1 ? 'still' : 'fixed?', notes: [`${n} identical TSG2002 lines`] });
  }
}
if (!noTime) {
  for (let k = 0; k < 8; k++) {
    const sr = run(['--import', 'tsgrad/register', rel(join(repDir, 'slow_run.ts')), '--only', String(k)]);
    const j = json(sr.out);
    repros.push(...(j.length ? j : [{ repro: `slow_run.ts case ${k}`, status: 'crash', notes: [sr.out.slice(0, 300)] }]));
  }
}

// 5. report
const lines = [`trial33 run ${new Date().toISOString()} (${noTime ? 'no timing' : `timed: median of ${rounds} processes`})`, ''];
for (const r of results) {
  const t = r.ratios ? `grad ${r.ratios.grad.toFixed(1)}x vjp ${r.ratios.vjp.toFixed(1)}x` : '';
  const p = r.pair ? ` | rec/loop f ${r.pair.f.toFixed(2)} vjp ${r.pair.vjp.toFixed(2)}` : '';
  lines.push(`${r.status.padEnd(8)} ${(r.file + ':' + r.name).padEnd(36)} ${t.padEnd(22)}${r.worst !== undefined ? ' err ' + Number(r.worst).toExponential(1) : ''}${p}`);
  for (const n of r.notes ?? []) lines.push(`           ${String(n).slice(0, 300)}`);
}
lines.push('', 'extras:');
for (const e of extras) { lines.push(`${e.status.padEnd(8)} ${e.extra}`); for (const n of e.notes ?? []) lines.push(`           ${String(n).slice(0, 300)}`); }
lines.push('', 'repros:');
for (const e of repros) { lines.push(`${e.status.padEnd(8)} ${e.repro}`); for (const n of e.notes ?? []) lines.push(`           ${String(n).slice(0, 300)}`); }
const count = (s) => results.filter((r) => r.status === s).length;
lines.push('', `${results.length} functions: ${count('ok')} ok, ${count('WRONG')} WRONG, ${count('refused')} refused, ${count('slow')} slow, ${count('crash')} crash; ` +
  `extras ${extras.filter((e) => e.status === 'ok').length}/${extras.length} ok; ${((Date.now() - t0) / 1000).toFixed(0)} s`);
const text = lines.join('\n');
console.log(text);
writeFileSync(join(here, 'results.txt'), text + '\n');
