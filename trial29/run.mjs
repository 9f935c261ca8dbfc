#!/usr/bin/env node
// trial29: recompile trial29/src with the CLI, check every exported function with my checker (check.ts, under
// `node --import tsgrad/register`), run the extras (build-time forms, --wrt, tsgrad check, tsgrad trace, strict tsc,
// the repros) and print one line per function (ok / WRONG / refused / slow / crash), then the totals.
// Usage: node trial29/run.mjs [--no-time]
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
const jsonLines = (s) => s.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
const extras = [];
const extra = (name, ok, notes, bad = 'WRONG') => extras.push({ extra: name, status: ok ? 'ok' : bad, notes });

// 1. compile
const src = join(here, 'src');
const compile = run([cli, 'compile', rel(src)]);
const diags = [];
for (const line of compile.out.split('\n')) {
  const m = /^(.+?\.ts):(\d+):(\d+) - (error|info|warning) (TSG\d+): (.*)$/.exec(line);
  if (m) diags.push({ file: m[1], line: +m[2], col: +m[3], kind: m[4], code: m[5], msg: m[6] });
}
const exported = [];
const owner = new Map();
for (const f of readdirSync(src).filter((f) => f.endsWith('.ts') && !/\.(grad|tsgrad\.d)\.ts$/.test(f))) {
  const mod = f.replace(/\.ts$/, '');
  let cur = null;
  const owners = [];
  readFileSync(join(src, f), 'utf8').split('\n').forEach((l, i) => {
    const m = /^(export )?function\*? ?(\w+)/.exec(l);
    if (m) {
      cur = m[2];
      if (m[1]) exported.push({ file: mod, name: m[2] });
    }
    owners[i + 1] = cur;
  });
  owner.set(mod, owners);
}

// 2. my checker
const check = run(['--import', 'tsgrad/register', rel(join(here, 'check.ts')), ...(noTime ? ['--no-time'] : [])]);
const results = new Map(jsonLines(check.out).map((r) => [`${r.file}:${r.name}`, r]));
if (check.code !== 0) extra('check.ts process', false, [check.out.split('\n').slice(-5).join(' | ')], 'crash');

// 3. extras
for (const r of jsonLines(run(['--import', 'tsgrad/register', rel(join(here, 'buildtime.ts'))]).out)) extras.push(r);
{
  const r = run(['--import', 'tsgrad/register', rel(join(here, 'buildtime_refused.ts'))]);
  extra('grad(tryLog) under tsgrad/register stops with TSG1001 at refusals.ts:33:3', r.code === 1 && /refusals\.ts:33:3 - error TSG1001/.test(r.out), [`exit ${r.code}`]);
}
{
  const w = run([cli, 'compile', rel(join(src, 'stats.ts')), '--out-dir', rel(join(here, 'wrt')), '--wrt', 'kdeLogLik:bw', '--wrt', 'logisticNll:w,b']);
  if (w.code !== 0) extra('--wrt compile', false, [w.out.slice(0, 300)], 'crash');
  for (const r of jsonLines(run(['--import', 'tsgrad/register', rel(join(here, 'wrt.ts'))]).out)) extras.push(r);
  const bad = run([cli, 'compile', rel(join(src, 'stats.ts')), '--out-dir', rel(join(here, 'wrt')), '--wrt', 'kdeLogLik:bandwidth']);
  extra('--wrt kdeLogLik:bandwidth is TSG3005 (exit 1)', bad.code === 1 && /TSG3005/.test(bad.out), [`exit ${bad.code}`]);
}
{
  const mods = ['geometry', 'signal', 'stats', 'recursive'].map((m) => rel(join(src, `${m}.ts`)));
  const r = run([cli, 'check', ...mods]);
  const rows = r.out.split('\n').filter((l) => /\s(ok|FAIL)\s*$/.test(l));
  extra('tsgrad check geometry signal stats recursive (with @domain tags)', r.code === 0, [`exit ${r.code}, ${rows.filter((l) => / ok\s*$/.test(l)).length}/${rows.length} ok`]);
}
{
  const r = run([cli, 'trace', rel(join(src, 'finance.ts')), 'bsCall', '--at', 'S=100,K=95,r=0.02,sigma=0.25,T=1', '--wrt', 'sigma', '--format', 'json']);
  try {
    const j = JSON.parse(r.out);
    const g = jsonLines(run(['--import', 'tsgrad/register', '-e', "import('./trial29/src/finance.grad.ts').then(m => console.log(JSON.stringify(m.bsCall_grad(100, 95, 0.02, 0.25, 1))))"]).out)[0];
    const ok = Object.keys(g.grad).every((k) => Math.abs(g.grad[k] - j.gradient[k]) <= 1e-12 * Math.max(1, Math.abs(g.grad[k]))) && Math.abs(j.y.tangent - g.grad.sigma) < 1e-12 * Math.abs(g.grad.sigma);
    extra('tsgrad trace bsCall --format json == bsCall_grad', ok, [`∂/∂sigma trace ${j.gradient.sigma}, tangent ${j.y.tangent}, f_grad ${g.grad.sigma}`]);
  } catch (e) {
    extra('tsgrad trace bsCall', false, [String(e), r.out.slice(0, 200)], 'crash');
  }
}
{
  const files = readdirSync(src).filter((f) => f.endsWith('.grad.ts')).map((f) => rel(join(src, f)));
  const flags = ['--ignoreConfig', '--strict', '--noEmit', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--allowImportingTsExtensions', '--noUncheckedIndexedAccess', '--exactOptionalPropertyTypes', '--noImplicitReturns', '--noPropertyAccessFromIndexSignature', '--skipLibCheck'];
  for (const [name, tsc] of [['tsc 6', 'node_modules/typescript/bin/tsc'], ['tsc 7', 'node_modules/typescript7/bin/tsc']]) {
    const r = run([join(root, tsc), ...flags, ...files]);
    extra(`${name} --strict (+noUncheckedIndexedAccess, exactOptionalPropertyTypes, …) on src/*.grad.ts`, r.code === 0, [r.code === 0 ? `${files.length} files clean` : r.out.split('\n').slice(0, 3).join(' | ')]);
  }
}

// 4. the repros (each prints what it found; the verdict: does the defect still show?)
{
  const rc = run([cli, 'compile', rel(join(here, 'repro'))]);
  const get = (f) => jsonLines(run(['--import', 'tsgrad/register', rel(join(here, 'repro', f))]).out)[0] ?? {};
  const s = get('size_param_run.ts');
  extras.push({ extra: 'repro/size_param.ts: H[d][x0] == H[x0][d], e1.grad.d == e2.grad.d', status: s.e1 && s.e1.H_d_x0 === s.e1.H_x0_d && s.e1.gradD === s.e2.gradD ? 'ok' : 'WRONG', notes: [JSON.stringify(s)] });
  const j = get('jam_bits_run.ts');
  extras.push({ extra: 'repro/jam_bits.ts: f_hvp grad bit-equal to f_grad', status: j.differ === 0 ? 'ok' : 'WRONG', notes: [`${j.differ}/${j.tried} points differ; ${j.example}`] });
  if (!noTime) {
    const t = get('tuple_helper_run.ts');
    extras.push({ extra: 'repro/tuple_helper.ts: tuple-returning helper in f_vjp', status: t.tupleRatio > 3 ? 'slow' : 'ok', notes: [JSON.stringify(t)] });
  }
  if (rc.code === null) extra('compile repro', false, [rc.out.slice(0, 200)], 'crash');
}

// 5. report
const totals = {};
const pad = (s, n) => String(s).padEnd(n);
const ratio = (x) => (x === undefined || x === null ? '' : x.toFixed(2) + 'x');
console.log(`${pad('function', 32)} ${pad('status', 8)} ${pad('grad/f', 7)} ${pad('vjp/f', 7)} ${pad('jvp/f', 7)} ${pad('f', 8)} notes`);
for (const { file, name } of exported) {
  const r = results.get(`${file}:${name}`) ?? { status: 'crash', notes: ['no result from check.ts'] };
  let notes = r.notes ?? [];
  if (r.status === 'refused') {
    const ds = diags.filter((d) => d.kind === 'error' && d.file.endsWith(`/${file}.ts`) && owner.get(file)[d.line] === name);
    notes = ds.length ? ds.map((d) => `${d.code} ${d.line}:${d.col} ${d.msg}`) : ['no diagnostic inside it'];
  }
  // a primal under 50 ns: the ratio measures the fixed cost of a call (adj, tape top, the result object), not the sweep
  if (r.status === 'slow' && r.tF < 50) r.status = 'slow-tiny';
  totals[r.status] = (totals[r.status] ?? 0) + 1;
  const tf = r.tF === undefined ? '' : r.tF < 1000 ? `${r.tF.toFixed(0)}ns` : `${(r.tF / 1000).toFixed(1)}us`;
  console.log(`${pad(`${file}:${name}`, 32)} ${pad(r.status, 8)} ${pad(ratio(r.ratioGrad), 7)} ${pad(ratio(r.ratioVjp), 7)} ${pad(ratio(r.ratioJvp), 7)} ${pad(tf, 8)} ${notes.join(' / ').slice(0, 400)}`);
}
console.log('');
for (const e of extras) {
  console.log(`${pad(e.extra, 80)} ${pad(e.status, 7)} ${(e.notes ?? []).join(' / ').slice(0, 300)}`);
  if (e.status !== 'ok') totals[`extra ${e.status}`] = (totals[`extra ${e.status}`] ?? 0) + 1;
}
console.log(`\ntotals: ${exported.length} functions in ${owner.size} modules: ${Object.entries(totals).map(([k, v]) => `${v} ${k}`).join(', ')} (compile exit ${compile.code}, ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
process.exitCode = totals.crash || totals['extra crash'] ? 1 : 0;
