#!/usr/bin/env node
// Recompile and recheck everything in trial24/: one line per function
// (ok / WRONG / refused / slow / crash) and totals. Run from the repository root or from here:
//   node trial24/run.mjs            (NOTIME=1 skips the timings, POINTS=n sets the points)
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const cli = join(root, 'dist/cli/main.js');
const sources = ['robotics', 'graphics', 'finance', 'physics', 'stats', 'ml', 'numerics', 'shapes', 'extras'].map((m) => `trial24/${m}.ts`);
const run = (args, opts = {}) => spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26, ...opts });
const totals = {};
const count = (status) => (totals[status] = (totals[status] ?? 0) + 1);

// 1. compile (the refusals are expected: they are listed per function below)
const c = run([cli, 'compile', ...sources, 'trial24/sanity.ts', 'trial24/repro/maxsqrt.ts', '--quiet']);
const errors = [...c.stderr.matchAll(/^(\S+:\d+:\d+) - error (TSG\d+): (.*)$/gm)].map((m) => `${m[2]} ${m[1]}: ${m[3]}`);
console.log(`# compile: exit ${c.status}, ${errors.length} errors`);
for (const e of errors) console.log(`#   ${e}`);

// 2. my checker (all files in one process), then the timings (each file in a fresh process)
const k = run(['--import', 'tsgrad/register', 'trial24/check.ts', ...sources], { env: { ...process.env, NOTIME: '1' } });
if (k.status !== 0) console.log(`# checker exited ${k.status}: ${k.stderr.slice(0, 2000)}`);
const timing = new Map();
if (!process.env.NOTIME)
  for (const src of sources) {
    const t = run(['--import', 'tsgrad/register', 'trial24/check.ts', src], { env: { ...process.env, TIMEONLY: '1' } });
    for (const line of t.stdout.split('\n')) {
      const m = /^\S+\s+(\S+)\s+(f .*x vjp\/f [\d.]+x)/.exec(line);
      if (m) timing.set(m[1], m[2]);
    }
  }
// Timings drift between processes: a function timed among others measured up to 10x slower
// than alone, and some vjps (clothVerlet, heatExplicit: arrays rebound in a loop) run at 4x in
// one process and 25x-60x in the next, identical one. So each ratio over 3x is measured again
// twice, alone in a fresh process; the line gives the lowest of the three runs (what the code
// can do) and every run's vjp/f.
const worstOf = (t) => Math.max(0, ...[...t.matchAll(/([\d.]+)x/g)].map((m) => Number(m[1])));
const parse = (t) => { const m = /f ([\d.]+) ns, grad\/f ([\d.]+)x vjp\/f ([\d.]+)x/.exec(t); return m && { f: Number(m[1]), g: Number(m[2]), v: Number(m[3]) }; };
for (const [key, t] of timing) {
  if (worstOf(t) <= 3) continue;
  const src = `trial24/${key.split(':')[0]}.ts`;
  const runs = [parse(t)];
  for (let i = 0; i < 2; i++) {
    const a = run(['--import', 'tsgrad/register', 'trial24/check.ts', src], { env: { ...process.env, TIMEONLY: '1', ONLY: key } });
    const m = /^\S+\s+(\S+)\s+(f .*x vjp\/f [\d.]+x)/m.exec(a.stdout);
    if (m) runs.push(parse(m[2]));
  }
  const ok = runs.filter(Boolean);
  const b = ok.reduce((x, y) => (Math.max(y.g, y.v) < Math.max(x.g, x.v) ? y : x));
  const num = (x) => (x < 100 ? x.toFixed(1) : x.toFixed(0));
  timing.set(key, `f ${num(b.f)} ns, grad/f ${b.g.toFixed(2)}x vjp/f ${b.v.toFixed(2)}x (best of ${ok.length} runs; vjp/f ${ok.map((r) => r.v.toFixed(1)).join(', ')})`);
}
for (const line of k.stdout.split('\n')) {
  if (!line || line.startsWith('TOTAL')) continue;
  let [status, key] = line.split(/\s+/);
  const rest = line.slice(line.indexOf(key) + key.length).trim();
  const t = timing.get(key) ?? '';
  const worst = worstOf(t.replace(/ \(best.*/, ''));
  if (status === 'ok' && worst > 3) status = 'slow';
  console.log(`${status.padEnd(7)} ${key.padEnd(34)} ${t.padEnd(46)} ${rest}`);
  count(status);
}

// 3. checker self-test: a wrong registered derivative must be caught
const s = run(['--import', 'tsgrad/register', 'trial24/check.ts', 'trial24/sanity.ts'], { env: { ...process.env, NOTIME: '1' } });
const caught = /^WRONG\s+sanity:usesCube/m.test(s.stdout);
console.log(`${caught ? 'ok     ' : 'WRONG  '} selftest:wrong-vjp-caught`);
count(caught ? 'ok' : 'WRONG');

// 4. bugs found, as minimal repros (see repro/): each line is ok once tsgrad is fixed
run([cli, 'compile', 'trial24/repro/wrt.ts', '--out-dir', 'trial24/gen-wrt', '--wrt', 'a,b', '--quiet']);
const repros = [
  ['repro:maxsqrt', "f(v=-0.5, z=2) = z·sqrt(max(v, 0)): ∂/∂v is 0", `
    const G = await import('./trial24/repro/maxsqrt.grad.ts');
    const g = G.f_grad(-0.5, 2).grad.v, t = G.f_jvp(-0.5, 2, { v: 1 }).tangent;
    console.log(g === 0 && t === 0 ? 'ok' : 'WRONG', 'f_grad', g, 'f_jvp', t);`],
  ['repro:wrt-reassigned', "--wrt a,b of f(q, a, b) { q = q*a + b; return q*q } at (0.3, 0.8, 0.5): ∂/∂a 0.444, ∂/∂b 1.48", `
    try {
      const G = await import('./trial24/gen-wrt/wrt.grad.ts');
      const g = G.f_grad(0.3, 0.8, 0.5).grad;
      console.log(Math.abs(g.a - 0.444) < 1e-12 && Math.abs(g.b - 1.48) < 1e-12 ? 'ok' : 'WRONG', JSON.stringify(g));
    } catch (e) { console.log('crash', String(e)); }`],
];
for (const [name, what, code] of repros) {
  const r = run(['--import', 'tsgrad/register', '--input-type=module', '-e', code]);
  const out = r.stdout.trim() || `crash ${r.stderr.split('\n').find((l) => /Error/.test(l)) ?? r.stderr.slice(0, 200)}`;
  const status = out.split(' ')[0];
  console.log(`${status.padEnd(7)} ${name.padEnd(34)} ${what}: ${out.slice(status.length + 1)}`);
  count(status);
}
const wb = run(['--import', 'tsgrad/register', 'trial24/repro/wrtbuild.ts']);
const wbOut = wb.status === 0 ? wb.stdout.trim() : (wb.stderr.split('\n').find((l) => /Error/.test(l)) ?? wb.stderr.slice(0, 200));
const wbOk = wb.status === 0 && (() => { const j = JSON.parse(wbOut); return Math.abs(j.got.a - j.want.a) < 1e-12 && Math.abs(j.got.b - j.want.b) < 1e-12; })();
console.log(`${(wbOk ? 'ok' : wb.status === 0 ? 'WRONG' : 'crash').padEnd(7)} ${'repro:wrt-reassigned grad(f,keys)'.padEnd(34)} ${wbOut}`);
count(wbOk ? 'ok' : wb.status === 0 ? 'WRONG' : 'crash');

// 5. --wrt: ikLoss:q overrides tx,ty for the others
const w = run([cli, 'compile', 'trial24/robotics.ts', '--out-dir', 'trial24/gen-wrt', '--wrt', 'ikLoss:q', '--wrt', 'tx,ty', '--quiet']);
const wc = run(['--import', 'tsgrad/register', '--input-type=module', '-e', `
  const W = await import('./trial24/gen-wrt/robotics.grad.ts');
  const F = await import('./trial24/robotics.grad.ts');
  const q = Float64Array.of(0.3, -0.2, 0.9), L = Float64Array.of(1, 0.7, 0.5);
  const a = W.ikLoss_grad(q, L, 1, 0.4), b = F.ikLoss_grad(q, L, 1, 0.4);
  const c = W.ikJacobianTranspose_grad(0.2, 0.9, 0.8, 0.5), d = F.ikJacobianTranspose_grad(0.2, 0.9, 0.8, 0.5);
  const e = W.armEndX_grad(q, L);
  const same = (x, y) => Math.abs(x - y) <= 1e-12 * Math.max(1, Math.abs(x));
  const ok = Object.keys(a.grad).join() === 'q' && a.grad.q.every((v, j) => same(v, b.grad.q[j]))
    && Object.keys(c.grad).join() === 'tx,ty' && same(c.grad.tx, d.grad.tx) && same(c.grad.ty, d.grad.ty)
    && Object.keys(e.grad).join() === 'q,L';
  console.log(ok ? 'ok' : 'WRONG', Object.keys(a.grad).join(), '|', Object.keys(c.grad).join(), '|', Object.keys(e.grad).join());`]);
const wl = (wc.stdout.trim() || `crash ${wc.stderr.split('\n').find((l) => /Error/.test(l)) ?? wc.stderr.slice(0, 200)}`) + (w.status ? ` (compile exit ${w.status})` : '');
console.log(`${wl.split(' ')[0].padEnd(7)} wrt:ikLoss:q,tx,ty  keys ${wl.split(' ').slice(1).join(' ')}`);
count(wl.split(' ')[0]);

// 6. build-time forms through node --import tsgrad/register
const b = run(['--import', 'tsgrad/register', 'trial24/buildtime.ts']);
for (const line of b.stdout.split('\n').filter(Boolean)) { console.log(line); count(line.split(/\s+/)[0]); }
if (b.status !== 0) { console.log(`crash   buildtime: exit ${b.status} ${b.stderr.slice(0, 500)}`); count('crash'); }
const br = run(['--import', 'tsgrad/register', 'trial24/buildtime-refused.ts']);
const brOk = br.status === 1 && /TSG1001/.test(br.stderr) && /shapes\.ts:\d+:\d+/.test(br.stderr);
console.log(`${brOk ? 'ok     ' : 'WRONG  '} buildtime:grad(guardedLog) refused at its 'try' (exit ${br.status})`);
count(brOk ? 'ok' : 'WRONG');

// 7. tsgrad check and trace on a few files
for (const f of ['trial24/numerics.ts', 'trial24/robotics.ts', 'trial24/stats.ts']) {
  const t = run([cli, 'check', f, '--points', '3']);
  const fails = (t.stdout.match(/ FAIL\s*$/gm) ?? []).length;
  console.log(`# tsgrad check ${f}: exit ${t.status}, ${fails} FAIL`);
  for (const l of t.stdout.split('\n').filter((l) => /FAIL|error/.test(l))) console.log(`#   ${l}`);
}
const tr = run([cli, 'trace', 'trial24/numerics.ts', 'tanCF', '--at', 'x=0.7,depth=4', '--format', 'json']);
try {
  const j = JSON.parse(tr.stdout);
  const want = 1 / Math.cos(0.7) ** 2;
  const ok = Math.abs(j.gradient.x - want) < 1e-3; // depth 4: close to sec²
  console.log(`${ok ? 'ok     ' : 'WRONG  '} trace:tanCF depth=4 ∂y/∂x ${j.gradient.x} (sec² ${want.toFixed(6)})`);
  count(ok ? 'ok' : 'WRONG');
} catch (e) {
  console.log(`crash   trace:tanCF exit ${tr.status} ${tr.stderr.slice(0, 300)} ${String(e).slice(0, 200)}`);
  count('crash');
}

console.log(`TOTAL ${Object.entries(totals).map(([k, v]) => `${k} ${v}`).join(', ')}`);
