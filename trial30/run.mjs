#!/usr/bin/env node
// trial30: recompile trial30/src with the CLI, check every exported function with my checker (check.ts), run the
// extras (build-time API, --wrt, tsgrad check, tsgrad trace, strict tsc, repros) and print one line per function:
// ok / WRONG / refused / slow / crash / contract, then the extras and the totals.
// Usage: node trial30/run.mjs [--no-time]
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
const run = (args) => {
  const r = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8', timeout: 300_000, maxBuffer: 64 << 20 });
  return { code: r.status, out: (r.stdout ?? '') + (r.stderr ?? '') };
};
const jsonLines = (out) => out.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));

// 1. compile (all modules, then the --wrt variant of kinetics)
const src = join(here, 'src');
const compile = run([cli, 'compile', rel(src)]);
const wrt = run([cli, 'compile', rel(join(src, 'kinetics.ts')), '--out-dir', rel(join(here, 'wrt')), '--wrt', 'rk4FinalB:k', '--wrt', 'michaelisMentenLoss:vmax,km']);
const diags = [];
for (const line of compile.out.split('\n')) {
  const m = /^(.+?\.ts):(\d+):(\d+) - (error|info|warning) (TSG\d+): (.*)$/.exec(line);
  if (m) diags.push({ file: m[1], line: +m[2], col: +m[3], kind: m[4], code: m[5], msg: m[6] });
}
// which exported function each source line belongs to
const owner = new Map();
const exported = [];
for (const f of readdirSync(src).filter((f) => f.endsWith('.ts') && !f.endsWith('.grad.ts'))) {
  const mod = f.replace(/\.ts$/, '');
  let cur = null;
  const owners = [];
  readFileSync(join(src, f), 'utf8').split('\n').forEach((l, i) => {
    const m = /^(export )?function (\w+)/.exec(l);
    if (m) { cur = m[2]; if (m[1]) exported.push({ file: mod, name: m[2] }); }
    owners[i + 1] = cur;
  });
  owner.set(mod, owners);
}

// 2. my checker
const check = run(['--import', 'tsgrad/register', rel(join(here, 'check.ts')), ...(noTime ? ['--no-time'] : [])]);
const results = jsonLines(check.out);
const extras = [];
if (check.code !== 0) extras.push({ extra: 'check.ts process', status: 'crash', notes: [check.out.slice(-400)] });

// 3. extras
for (const file of ['buildtime.ts', 'wrt_check.ts']) {
  const r = run(['--import', 'tsgrad/register', rel(join(here, file))]);
  const j = jsonLines(r.out);
  extras.push(...(j.length ? j : [{ extra: file, status: 'crash', notes: [r.out.slice(0, 400)] }]));
}
if (wrt.code !== 1 || !/kinetics\.ts:130:13 - error TSG1008/.test(wrt.out)) extras.push({ extra: '--wrt compile', status: 'WRONG', notes: [`exit ${wrt.code}`, wrt.out.slice(0, 300)] });
{
  const r = run([cli, 'check', '--points', '3', rel(join(src, 'recursive.ts'))]);
  const rows = r.out.split('\n').filter((l) => /recursive\.ts:\w+/.test(l) && /\s(ok|FAIL|error)\s*$/.test(l));
  extras.push({ extra: `tsgrad check recursive.ts (exit ${r.code})`, status: r.code === 0 ? 'ok' : 'WRONG', notes: [`${rows.filter((l) => / ok\s*$/.test(l)).length}/${rows.length} rows ok`] });
}
{
  const at = { lat1: 48.85, lon1: 2.35, lat2: 51.5, lon2: -0.12, R: 6371 };
  const r = run([cli, 'trace', rel(join(src, 'geoaudio.ts')), 'haversine', '--at', Object.entries(at).map(([k, v]) => `${k}=${v}`).join(','), '--wrt', 'lat1', '--format', 'json']);
  try {
    const j = JSON.parse(r.out);
    const D = Math.PI / 180, p1 = at.lat1 * D, p2 = at.lat2 * D, dl = (at.lon2 - at.lon1) * D;
    const h = Math.sin((p2 - p1) / 2) ** 2 + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) ** 2;
    const dh = -Math.sin(p2 - p1) / 2 - Math.sin(p1) * Math.cos(p2) * Math.sin(dl / 2) ** 2;
    const hand = (at.R / Math.sqrt(h * (1 - h))) * dh * D;
    const got = j.inputs.find((x) => x.name === 'lat1');
    const ok = Math.abs(got.tangent * 0 + got.adjoint - hand) < 1e-10 * Math.abs(hand);
    extras.push({ extra: 'tsgrad trace haversine --wrt lat1 --format json', status: ok ? 'ok' : 'WRONG', notes: [`d/dlat1: trace ${got.adjoint}, by hand ${hand}`] });
  } catch (e) {
    extras.push({ extra: 'tsgrad trace haversine', status: 'crash', notes: [String(e), r.out.slice(0, 200)] });
  }
}
{
  const files = readdirSync(src).filter((f) => f.endsWith('.grad.ts')).map((f) => rel(join(src, f)));
  const r = run([join(root, 'node_modules/typescript/bin/tsc'), '--ignoreConfig', '--strict', '--noEmit', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--allowImportingTsExtensions', '--skipLibCheck', ...files]);
  const errs = r.out.split('\n').filter((l) => /error TS/.test(l));
  extras.push({ extra: `tsc --strict --noEmit on ${files.length} generated files`, status: errs.length ? 'WRONG' : 'ok', notes: errs.length ? [`${errs.length} errors, files: ${[...new Set(errs.map((l) => l.split('(')[0]))].join(', ')}`, errs[0]] : ['no errors'] });
}

// 4. repros (each rechecked: status ok once fixed)
{
  const repro = join(here, 'repro');
  const rc = run([cli, 'compile', rel(repro)]);
  const refusedAt = (file, code) => new RegExp(`${file}:\\d+:\\d+ - error ${code}`).test(rc.out);
  const tsc = run([join(root, 'node_modules/typescript/bin/tsc'), '--ignoreConfig', '--strict', '--noEmit', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--allowImportingTsExtensions', '--skipLibCheck', rel(join(repro, 'string_enum_param.grad.ts'))]);
  extras.push({ extra: 'repro/string_enum_param.ts: generated file under tsc --strict', status: tsc.code === 0 ? 'ok' : 'WRONG', notes: [tsc.code === 0 ? 'type-checks' : tsc.out.split('\n')[0]] });
  extras.push({ extra: 'repro/bool_helper.ts: helper with a boolean flag', status: refusedAt('bool_helper.ts', 'TSG2002') ? 'refused' : 'ok', notes: ['TSG2002 expected to go'] });
  extras.push({ extra: 'repro/subarray_destructure.ts: const [p, q] = c.subarray(1, 3)', status: refusedAt('subarray_destructure.ts', 'TSG1008') ? 'refused' : 'ok', notes: ["message: 'subarray' is not an array method tsgrad supports"] });
  extras.push({ extra: 'repro/array_from_literal.ts: Array.from([a, b])', status: refusedAt('array_from_literal.ts', 'TSG2002') ? 'refused' : 'ok', notes: ["message: 'Array.from' is not a function tsgrad can follow"] });
  const bits = run(['--import', 'tsgrad/register', rel(join(repro, 'hvp_grad_bits_run.ts'))]);
  try {
    const j = JSON.parse(bits.out.trim().split('\n').pop());
    extras.push({ extra: 'repro/hvp_grad_bits.ts: gini_hvp grad bit-equal to gini_grad', status: j.bitEqual ? 'ok' : 'contract', notes: [`differences ${j.diff.join(', ')}`] });
  } catch { extras.push({ extra: 'repro/hvp_grad_bits.ts', status: 'crash', notes: [bits.out.slice(0, 300)] }); }
  const ce = run([cli, 'check', '--points', '3', rel(join(repro, 'check_enum_domain.ts'))]);
  extras.push({ extra: 'repro/check_enum_domain.ts: tsgrad check of an enum parameter', status: ce.code === 0 ? 'ok' : 'WRONG', notes: [ce.code === 0 ? 'passes' : (ce.out.split('\n').find((l) => /: u /.test(l)) ?? '').trim().slice(0, 160)] });
  const sl = run(['--import', 'tsgrad/register', rel(join(repro, 'slow_recursion_run.ts'))]);
  try {
    const j = JSON.parse(sl.out.trim().split('\n').pop());
    extras.push({ extra: 'repro/slow_recursion.ts: recursive Horner vs loop Horner, f_vjp/f', status: j.recursive > 3 ? 'slow' : 'ok', notes: [`recursive ${j.recursive.toFixed(2)}x, loop ${j.loop.toFixed(2)}x`] });
  } catch { extras.push({ extra: 'repro/slow_recursion.ts', status: 'crash', notes: [sl.out.slice(0, 300)] }); }
}

// 5. report
const byName = new Map(results.map((r) => [`${r.file}:${r.name}`, r]));
const totals = {};
const pad = (s, n) => String(s).padEnd(n);
const ratio = (x) => (x === undefined ? '' : x.toFixed(2) + 'x');
console.log(`${pad('function', 32)} ${pad('status', 9)} ${pad('grad/f', 7)} ${pad('vjp/f', 7)} ${pad('f', 8)} notes`);
for (const { file, name } of exported) {
  const r = byName.get(`${file}:${name}`) ?? { status: 'crash', notes: ['no result from check.ts'] };
  let notes = r.notes ?? [];
  if (r.status === 'refused') {
    const ds = diags.filter((d) => d.kind === 'error' && d.file.endsWith(`/${file}.ts`) && owner.get(file)[d.line] === name);
    notes = [...notes, ...(ds.length ? ds.map((d) => `${d.code} ${d.line}:${d.col} ${d.msg}`) : [`no diagnostic inside '${name}'`])];
  }
  totals[r.status] = (totals[r.status] ?? 0) + 1;
  const tf = r.tF === undefined ? '' : r.tF < 1000 ? `${r.tF.toFixed(0)}ns` : `${(r.tF / 1000).toFixed(1)}us`;
  console.log(`${pad(`${file}:${name}`, 32)} ${pad(r.status, 9)} ${pad(ratio(r.ratioGrad), 7)} ${pad(ratio(r.ratioVjp), 7)} ${pad(tf, 8)} ${notes.join(' / ')}`);
}
console.log('');
for (const e of extras) {
  console.log(`${pad(e.extra, 72)} ${pad(e.status, 8)} ${(e.notes ?? []).join(' / ')}`);
  totals[`extra ${e.status}`] = (totals[`extra ${e.status}`] ?? 0) + 1;
}
console.log(`\ntotals: ${exported.length} functions: ${Object.entries(totals).map(([k, v]) => `${v} ${k}`).join(', ')} (compile exit ${compile.code}, ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
