#!/usr/bin/env node
// Recompiles trial/src with tsgrad's CLI, rechecks every exported function with my own checker
// (checker.mjs, under tsx), then runs `tsgrad check`, the build-time grad(f) through
// `node --import tsgrad/register`, and one esbuild build with tsgrad's plugin.
// Prints one line per function (ok / WRONG / refused / slow / crash) and totals.
// Usage: node trial/run.mjs [--no-timing] [--skip-extras] [module ...]
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const args = process.argv.slice(2);
const skipExtras = args.includes('--skip-extras');
const SLOW = 3;
mkdirSync(path.join(here, 'out'), { recursive: true });

// 1. compile
const srcs = readdirSync(path.join(here, 'src')).filter((f) => f.endsWith('.ts') && !f.endsWith('.grad.ts') && !f.endsWith('.d.ts')).map((f) => path.join('trial', 'src', f));
const t0 = Date.now();
const comp = spawnSync(process.execPath, ['dist/cli/main.js', 'compile', ...srcs], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const compileMs = Date.now() - t0;
const compText = comp.stdout + comp.stderr;
writeFileSync(path.join(here, 'out', 'compile.txt'), compText);
const diags = [];
for (const l of compText.split('\n')) {
  const m = /^(.+?):(\d+):(\d+) - (error|info|warning) (TSG\d+): (.*)$/.exec(l);
  if (m) diags.push({ file: m[1], line: +m[2], col: +m[3], severity: m[4], code: m[5], text: `${m[5]} ${m[2]}:${m[3]} ${m[6]}` });
}
writeFileSync(path.join(here, 'out', 'diagnostics.json'), JSON.stringify(diags, null, 1));
if (/TSG9001|Error:|at .*\.js:\d+/.test(compText)) console.log('!! compile output mentions an internal error: see trial/out/compile.txt');
console.log(`compile: exit ${comp.status}, ${diags.filter((d) => d.severity === 'error').length} errors, ${diags.filter((d) => d.severity === 'info').length} notes, ${(compileMs / 1000).toFixed(1)} s`);

// 2. my checker
const chk = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, 'checker.mjs'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
if (chk.status !== 0) console.log(`!! checker exited ${chk.status}: ${chk.stderr.split('\n').slice(0, 8).join('\n')}`);
const results = chk.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
writeFileSync(path.join(here, 'out', 'results.json'), JSON.stringify(results, null, 1));
// confirm each ratio over SLOW in a fresh process per module (twice): the machine is shared, and a
// process that has loaded every module measures some functions 5-10× slower than a fresh one
const suspects = results.filter((r) => r.status === 'ok' && (r.timing?.vjp ?? r.timing?.grad ?? 0) > SLOW);
const byModule = new Map();
for (const r of suspects) byModule.set(r.module, [...(byModule.get(r.module) ?? []), r]);
for (const [mod, rs] of byModule) {
  for (let rep = 0; rep < 2; rep++) {
    const re = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, 'checker.mjs'), '--timing-only', ...rs.map((r) => `${mod}:${r.name}`)], { cwd: root, encoding: 'utf8' });
    for (const l of re.stdout.split('\n').filter((x) => x.startsWith('{'))) {
      const t = JSON.parse(l);
      const r = rs.find((x) => x.name === t.name);
      if (!r || !t.timing) continue;
      r.retimed = [...(r.retimed ?? []), t.timing];
    }
  }
  for (const r of rs) {
    // the smallest of the three measurements of each ratio
    const all = [r.timing, ...(r.retimed ?? [])];
    const min = (k) => (all[0][k] == null ? null : Math.min(...all.map((t) => t[k] ?? Infinity)));
    r.firstTiming = r.timing;
    r.timing = { ...r.timing, grad: min('grad'), vjp: min('vjp') };
  }
}
const totals = {};
const slow = [];
for (const r of results) {
  let status = r.status;
  const ratio = r.timing ? r.timing.vjp ?? r.timing.grad : null; // f_vjp: the form a training loop calls
  if (status === 'ok' && ratio != null && ratio > SLOW) status = 'slow';
  if (status === 'refused') status = r.expected ? 'refused' : 'refused!';
  totals[status] = (totals[status] ?? 0) + 1;
  const t = r.timing ? ` grad/f ${r.timing.grad?.toFixed(2) ?? '—'} vjp/f ${r.timing.vjp?.toFixed(2) ?? '—'} (f ${r.timing.ns.f.toFixed(0)} ns${r.retimed ? `; first vjp/f ${(r.firstTiming.vjp ?? r.firstTiming.grad).toFixed(1)}, retimed` : ''})` : '';
  const forms = r.forms?.length ? ` [${r.forms.join(' ')}]` : '';
  const note = [r.kinks ? `${r.kinks} point(s) redrawn at a kink` : '', r.kinkedColumns ? `${r.kinkedColumns} column(s) skipped at a kink` : '', r.hvpKinks ? `${r.hvpKinks} second-order comparison(s) skipped at a kink` : ''].filter(Boolean).join('; ').replace(/^(.+)$/, ' ($1)');
  console.log(`${status.padEnd(11)} ${`${r.module}.${r.name}`.padEnd(34)}${t}${forms}${note}`);
  for (const i of r.issues ?? []) console.log(`             ${i}`);
  if (status === 'skipped' || status === 'registered') { totals[status]--; totals[status] || delete totals[status]; totals['not tsgrad\'s (a rule or the rule itself)'] = (totals['not tsgrad\'s (a rule or the rule itself)'] ?? 0) + 1; }
  if (status.startsWith('refused') || status === 'no-gradient') for (const d of r.diag ?? []) console.log(`             ${d}`);
  if (ratio != null) slow.push([ratio, `${r.module}.${r.name}`]);
}
console.log(`totals: ${Object.entries(totals).map(([k, v]) => `${k} ${v}`).join(', ')} (of ${results.length}; refused! = refused though I expected a gradient)`);
slow.sort((a, b) => b[0] - a[0]);
console.log(`slowest vjp/f: ${slow.slice(0, 8).map(([r, n]) => `${n} ${r.toFixed(2)}`).join(', ')}`);

if (!skipExtras) {
  // 3. tsgrad check, file by file (with a time limit each: it can take minutes on this machine)
  let checkText = '';
  const checkFails = [];
  for (const src of srcs) {
    const t1 = Date.now();
    const tc = spawnSync(process.execPath, ['dist/cli/main.js', 'check', '--points', '3', src], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 300_000 });
    const text = tc.stdout + tc.stderr;
    checkText += `=== ${src} (exit ${tc.status}${tc.signal ? `, killed by ${tc.signal} after ${((Date.now() - t1) / 1000).toFixed(0)} s` : ''}, ${((Date.now() - t1) / 1000).toFixed(0)} s)\n${text}\n`;
    const summary = text.split('\n').filter((l) => l.startsWith('tsgrad:')).join(' ');
    if (tc.signal) checkFails.push(`${src}: timed out after 300 s`);
    else if (tc.status !== 0) checkFails.push(`${src}: exit ${tc.status}: ${summary}`);
  }
  writeFileSync(path.join(here, 'out', 'tsgrad-check.txt'), checkText);
  console.log(`tsgrad check: ${srcs.length - checkFails.length} of ${srcs.length} files pass (details in trial/out/tsgrad-check.txt)`);
  for (const l of checkFails) console.log(`  ${l}`);
  // 4. build-time grad(f) under node --import tsgrad/register
  const reg = spawnSync(process.execPath, ['--import', 'tsgrad/register', path.join(here, 'register-demo.ts')], { cwd: root, encoding: 'utf8' });
  console.log(`register demo: exit ${reg.status}: ${(reg.stdout + reg.stderr).trim().split('\n').slice(-3).join(' | ')}`);
  // 5. esbuild with tsgrad's plugin
  const eb = spawnSync(process.execPath, [path.join(here, 'bundle.mjs')], { cwd: root, encoding: 'utf8' });
  console.log(`esbuild plugin: exit ${eb.status}: ${(eb.stdout + eb.stderr).trim().split('\n').slice(-3).join(' | ')}`);
}
