#!/usr/bin/env node
// trial34: compile trial34/src with the CLI, check every exported function with my checker (check.ts), time f against
// f_grad/f_vjp (one process per function, repeated when slow), time the recursive functions against their loop twins,
// run the extras (build-time API, --wrt, tsgrad check, tsgrad trace, strict tsc 6 and 7) and the repros, and write
// trial34/results.txt. Usage: node trial34/run.mjs [--no-time]
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const cli = join(root, 'dist/cli/main.js');
const rel = (p) => relative(root, p);
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
const noTime = process.argv.includes('--no-time');
const t0 = Date.now();
mkdirSync('/tmp/trial34', { recursive: true });
const run = (args, timeout = 600_000) => {
  const r = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8', timeout, maxBuffer: 64 << 20 });
  return { code: r.status, out: (r.stdout ?? '') + (r.stderr ?? '') };
};
const jsonLines = (out) => out.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
const lines = [];
const say = (s = '') => { lines.push(s); console.log(s); };

// 1. compile
const src = join(here, 'src');
const compile = run([cli, 'compile', rel(src)]);
writeFileSync('/tmp/trial34/compile.txt', compile.out);
const diags = [];
for (const l of compile.out.split('\n')) {
  const m = /^(.+?\.ts):(\d+):(\d+) - (error|info|warning) (TSG\d+): (.*)$/.exec(l);
  if (m) diags.push({ file: m[1], line: +m[2], col: +m[3], kind: m[4], code: m[5], msg: m[6] });
}
// which top-level function of a module holds a line
const ranges = new Map();
for (const f of readdirSync(src).filter((f) => f.endsWith('.ts') && !f.endsWith('.grad.ts') && !f.endsWith('.d.ts'))) {
  const text = readFileSync(join(src, f), 'utf8');
  const sf = ts.createSourceFile(f, text, ts.ScriptTarget.Latest, true);
  const rs = [];
  for (const st of sf.statements) {
    const name = ts.isFunctionDeclaration(st) ? st.name?.text : ts.isVariableStatement(st) ? st.declarationList.declarations[0].name.getText(sf) : ts.isClassDeclaration(st) ? st.name?.text : undefined;
    if (!name) continue;
    rs.push({ name, from: sf.getLineAndCharacterOfPosition(st.getStart(sf)).line + 1, to: sf.getLineAndCharacterOfPosition(st.end).line + 1 });
  }
  ranges.set(f.replace(/\.ts$/, ''), rs);
}
const diagsOf = (mod, name) => {
  const r = ranges.get(mod)?.find((x) => x.name === name);
  return r ? diags.filter((d) => d.kind === 'error' && d.file.endsWith(`/${mod}.ts`) && d.line >= r.from && d.line <= r.to) : [];
};

// 2. correctness (one process), 3. timing (one process per function; a slow one twice more, median)
const check = run(['--import', 'tsgrad/register', rel(join(here, 'check.ts')), '--no-time']);
const results = jsonLines(check.out);
if (check.code !== 0) say(`check.ts exited ${check.code}: ${check.out.slice(-300)}`);
if (!noTime) {
  for (const r of results) {
    if (r.status !== 'ok' || !r.forms?.includes('grad')) continue;
    const ratios = [];
    for (let k = 0; k < 3; k++) {
      const t = jsonLines(run(['--import', 'tsgrad/register', rel(join(here, 'check.ts')), '--only', r.name]).out)[0];
      if (!t || t.vjpRatio === undefined) break;
      ratios.push(t);
      if (k === 0 && t.vjpRatio <= 3) break;
    }
    if (!ratios.length) continue;
    const sorted = ratios.slice().sort((a, b) => a.vjpRatio - b.vjpRatio);
    const mid = sorted[sorted.length >> 1];
    Object.assign(r, { vjpRatio: mid.vjpRatio, gradRatio: mid.gradRatio, fNs: mid.fNs, runs: ratios.map((x) => x.vjpRatio) });
    if (mid.vjpRatio > 3) r.status = 'slow';
  }
}

// 4. extras
const extras = [];
for (const file of ['buildtime.ts', 'wrt_check.ts']) {
  if (file === 'wrt_check.ts') run([cli, 'compile', rel(join(src, 'traffic.ts')), '--out-dir', rel(join(here, 'wrt')), '--wrt', 'mfLoss:u', '--wrt', 'eloLogLoss:k,scale']);
  const r = run(['--import', 'tsgrad/register', rel(join(here, file))]);
  const j = jsonLines(r.out);
  extras.push(...(j.length ? j : [{ extra: file, status: 'crash', notes: [r.out.slice(0, 300)] }]));
}
{
  const r = run([cli, 'check', '--points', '3', rel(join(src, 'recursive.ts'))]);
  const rows = r.out.split('\n').filter((l) => /recursive\.ts:\w+/.test(l) && /\s(ok|FAIL|error)\s*$/.test(l));
  const bad = rows.filter((l) => !/ ok\s*$/.test(l)).map((l) => l.trim().split(/\s+/)[0].split(':')[1]);
  // spnLogLik needs a fixed Int32Array tree layout (kind, varOf) that @domain cannot express: expected to fail here
  const unexpected = bad.filter((n) => !/^spnLogLik/.test(n));
  extras.push({ extra: `tsgrad check recursive.ts (exit ${r.code})`, status: unexpected.length ? 'WRONG' : 'ok', notes: [`${rows.length - bad.length}/${rows.length} ok; not ok: ${bad.join(', ') || 'none'} (spnLogLik*: @domain cannot give its tree layout)`] });
}
{
  const r = run([cli, 'trace', rel(join(src, 'objects.ts')), 'helmholtzFrequency', '--at', 'neckRadius=0.02,neckLength=0.05,volume=0.004', '--wrt', 'volume', '--format', 'json']);
  try {
    const j = JSON.parse(r.out);
    const f = (343 / (2 * Math.PI)) * Math.sqrt((Math.PI * 0.02 ** 2) / (0.004 * (0.05 + 1.7 * 0.02)));
    const hand = -f / (2 * 0.004);
    const got = j.inputs.find((x) => x.name === 'volume');
    extras.push({ extra: 'tsgrad trace helmholtzFrequency --wrt volume --format json', status: Math.abs(got.adjoint - hand) < 1e-9 * Math.abs(hand) && Math.abs(got.tangent - 1) < 1e-15 ? 'ok' : 'WRONG', notes: [`df/dV: trace ${got.adjoint}, by hand -f/(2V) = ${hand}`] });
  } catch (e) {
    extras.push({ extra: 'tsgrad trace helmholtzFrequency', status: 'crash', notes: [String(e).slice(0, 200), r.out.slice(0, 200)] });
  }
}
{
  const gen = readdirSync(src).filter((f) => f.endsWith('.grad.ts')).map((f) => rel(join(src, f)));
  const decl = readdirSync(src).filter((f) => f.endsWith('.tsgrad.d.ts')).map((f) => rel(join(src, f)));
  const opts = ['--ignoreConfig', '--strict', '--noEmit', '--skipLibCheck', '--target', 'ES2022', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--allowImportingTsExtensions'];
  for (const [label, bin] of [['tsc 6', 'node_modules/typescript/bin/tsc'], ['tsc 7', 'node_modules/typescript7/bin/tsc']]) {
    const r = run([join(root, bin), ...opts, '--noUnusedLocals', ...gen, rel(join(here, 'wrt/traffic.grad.ts')), rel(join(here, 'buildtime.ts')), ...decl]);
    extras.push({ extra: `${label} --strict --noUnusedLocals on ${gen.length + 1} generated files + buildtime.ts`, status: r.code === 0 ? 'ok' : 'WRONG', notes: r.code === 0 ? [] : [r.out.slice(0, 400)] });
  }
}
let recloop = [];
if (!noTime) recloop = jsonLines(run(['--import', 'tsgrad/register', rel(join(here, 'recloop.ts'))]).out);

// 5. repros: each must still show what its header describes
const repro = join(here, 'repro');
const expectations = {
  'exported_options_call.ts': /exported_options_call\.ts:\d+:14 - error TSG2002: 'solve' has a parameter tsgrad cannot pass/,
  'local_arrow_object_arg.ts': /local_arrow_object_arg\.ts:13:41 - error TSG1006: 's' is an object of numbers .*cannot pass it on/,
  'nested_object_result.ts': /nested_object_result\.ts:16:9 - error TSG1003: variables of type '\{ zc: \{/,
  'some_callback_message.ts': /TSG1008: 'x\.some\(…\)' is not supported: tsgrad does not follow the callbacks of array methods/,
};
const repros = [];
for (const [file, re] of Object.entries(expectations)) {
  const r = run([cli, 'compile', rel(join(repro, file))]);
  repros.push({ repro: file, reproduces: re.test(r.out), first: (r.out.split('\n').find((l) => /TSG\d+/.test(l)) ?? r.out.split('\n')[0]).slice(0, 200) });
}
{
  run([cli, 'compile', rel(join(repro, 'slow_joint_recursion.ts'))]);
  const r = jsonLines(run(['--import', 'tsgrad/register', rel(join(repro, 'slow_run.ts')), ...(noTime ? ['--no-time'] : [])]).out);
  // the deterministic counts decide; the timings (noisy on a loaded box) are printed for information only
  for (const x of r) repros.push({ repro: `slow_joint_recursion.ts (slow_run.ts) ${x.name}`, reproduces: x.treeSwitch_vjp !== undefined ? x.treeSwitch_vjp > x.f && x.treeIf_vjp === x.f : 'info', first: JSON.stringify(x) });
}

// 6. report
const counts = { ok: 0, WRONG: 0, refused: 0, slow: 0, crash: 0, missing: 0 };
say(`trial34 results (${new Date().toISOString()}, ${noTime ? 'no timing' : 'timed: f_vjp / f, median of ratios, one process per function'})`);
say('');
for (const r of results) {
  counts[r.status] = (counts[r.status] ?? 0) + 1;
  let extra = '';
  if (r.status === 'refused' || r.status === 'missing') extra = diagsOf(r.mod, r.name).map((d) => `${d.code} ${d.line}:${d.col} ${d.msg}`).join(' | ').slice(0, 220);
  else extra = `maxErr ${r.maxErr?.toExponential(1)}${r.maxHvpErr !== undefined ? ` hvpErr ${r.maxHvpErr.toExponential(1)}` : ''} [${(r.forms ?? []).join(',')}]` + (r.vjpRatio !== undefined ? ` grad ${r.gradRatio}x vjp ${r.vjpRatio}x (runs ${r.runs.join('/')}) f ${r.fNs} ns` : '') + (r.notes?.length ? ' ' + r.notes.join('; ').slice(0, 300) : '');
  say(`${r.status.padEnd(8)} ${(r.mod + '.' + r.name).padEnd(34)} ${extra}`);
}
say('');
const tiny = results.filter((r) => r.status === 'slow' && r.fNs < 100).length;
say(`totals: ${results.length} functions: ${counts.ok} ok, ${counts.WRONG} WRONG, ${counts.refused} refused, ${counts.slow} slow${counts.slow ? ` (${tiny} of them with f under 100 ns, where a call's fixed cost dominates)` : ''}, ${counts.crash} crash${counts.missing ? `, ${counts.missing} missing` : ''}`);
say('');
say('extras:');
for (const e of extras) say(`  ${e.status.padEnd(6)} ${e.extra}  ${e.notes.join('; ')}`);
say(`  extras: ${extras.filter((e) => e.status === 'ok').length}/${extras.length} ok`);
if (recloop.length) {
  say('');
  say('recursive vs loop (ns per call; rec/loop for f and for f_vjp; f_vjp/f of each):');
  for (const x of recloop) say(`  ${x.rec.padEnd(17)} vs ${x.loop.padEnd(21)} f ${x.ns.recF}/${x.ns.loopF} = ${x.recOverLoopF}x   vjp ${x.ns.recVjp}/${x.ns.loopVjp} = ${x.recOverLoopVjp}x   vjp/f rec ${x.vjpOverF.rec}x loop ${x.vjpOverF.loop}x`);
}
say('');
say('repros:');
for (const r of repros) say(`  ${r.reproduces === 'info' ? 'timing    ' : r.reproduces ? 'reproduces' : 'GONE      '} ${r.repro}: ${r.first}`);
say('');
say(`compile diagnostics: ${diags.filter((d) => d.kind === 'error').length} errors (full text in /tmp/trial34/compile.txt); run took ${((Date.now() - t0) / 1000).toFixed(0)} s`);
writeFileSync(join(here, 'results.txt'), lines.join('\n') + '\n');
