#!/usr/bin/env node
// Recompiles trial26/src with the CLI and rechecks everything with my own checker (check.ts):
// one line per function (ok / WRONG / refused / slow / crash), then the extras and totals.
// Run from the repository root or from trial26/: node trial26/run.mjs
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const cli = join(root, 'dist/cli/main.js');
const rel = (p) => relative(root, p);
const run = (args, opts = {}) => spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
const json = (r, what) => {
  try { return JSON.parse(r.stdout.trim().split('\n').pop()); } catch { console.log(`crash   ${what}: ${r.stderr.slice(0, 2000)}`); process.exit(1); }
};
const t0 = Date.now();

// 1. compile (errors are expected: the refusals); the diagnostics by function
const src = join(here, 'src');
for (const f of readdirSync(src)) if (f.endsWith('.grad.ts')) rmSync(join(src, f));
const comp = run([cli, 'compile', rel(src)], { env: { ...process.env, NO_COLOR: '1' } });
const out = comp.stdout + comp.stderr;
const diagnostics = new Map(); // function -> first diagnostic
for (const m of out.matchAll(/^(\S+\.ts):(\d+):(\d+) - (error|info) (TSG\d+): (.*)$/gm)) {
  const lines = readFileSync(join(root, m[1]), 'utf8').split('\n');
  let fn = '?';
  for (let i = 0; i < Number(m[2]); i++) { const d = /^export function (\w+)/.exec(lines[i]); if (d) fn = d[1]; }
  if (!diagnostics.has(fn)) diagnostics.set(fn, `${m[5]} at ${m[1].split('/').pop()}:${m[2]}:${m[3]}: ${m[6]}`);
}
const summary = out.split('\n').filter((l) => /^tsgrad: wrote|^Found \d+ error/.test(l)).join(' ');

// 2. --wrt into wrt/
rmSync(join(here, 'wrt'), { recursive: true, force: true });
const wrt = run([cli, 'compile', ...['objectives', 'physics', 'losses'].map((f) => rel(join(src, `${f}.ts`))), '--out-dir', rel(join(here, 'wrt')), '--wrt', 'ackley:x', '--wrt', 'nbodyShoot:vel,dt', '--wrt', 'w,kernel', '-q']);

// 3. correctness, my checker
const tsx = ['--import', 'tsx', rel(join(here, 'check.ts'))];
const rows = json(run(tsx), 'check.ts');
const wrtRows = json(run([...tsx, '--wrt']), 'check.ts --wrt');

// 4. timing, twice, in separate processes
const time1 = json(run([...tsx, '--time']), 'timing run 1');
const time2 = json(run([...tsx, '--time']), 'timing run 2');
const timing = new Map();
for (const t of time1) {
  const u = time2.find((q) => q.fn === t.fn);
  if (t.error || !u || u.error) continue;
  timing.set(t.fn, { f: t.f, g1: t.grad / t.f, v1: t.vjp / t.f, g2: u.grad / u.f, v2: u.vjp / u.f, gMin: Math.min(t.gradMin / t.fMin, u.gradMin / u.fMin) });
}

// 5. build-time forms through node --import tsgrad/register, and a build-time refusal
const bt = run(['--import', 'tsgrad/register', rel(join(here, 'buildtime.ts'))]);
const btRows = bt.status === 0 ? json(bt, 'buildtime.ts') : [{ name: 'buildtime.ts', ok: false, detail: bt.stderr.slice(0, 500) }];
const btr = run(['--import', 'tsgrad/register', rel(join(here, 'buildtime-refused.ts'))], { env: { ...process.env, NO_COLOR: '1' } });
const btrOk = btr.status === 1 && !btr.stdout.includes('must not run') && /TSG2002/.test(btr.stderr) && /not run: 1 error/.test(btr.stderr);

// 6. tsgrad check and tsgrad trace
const chk = run([cli, 'check', '--points', '2', ...['objectives', 'geometry', 'recursive'].map((f) => rel(join(src, `${f}.ts`)))], { env: { ...process.env, NO_COLOR: '1' } });
const trace = run([cli, 'trace', rel(join(src, 'objectives.ts')), 'beale', '--at', 'x=1.3,y=0.4', '--wrt', 'y', '--format', 'json']);
let traceOk = false;
try {
  const t = JSON.parse(trace.stdout);
  const s = JSON.stringify(t);
  traceOk = trace.status === 0 && s.includes('6.038') && s.includes('-5.445');
} catch { /* not json */ }

// ---- report
const totals = { ok: 0, WRONG: 0, refused: 0, slow: 0, crash: 0 };
const pad = (s, n) => String(s).padEnd(n);
console.log(`compile: ${summary}`);
for (const r of rows) {
  let status = r.status;
  let note = r.detail;
  const t = timing.get(r.fn);
  const ratio = t ? `grad/f ${t.g1.toFixed(2)}x,${t.g2.toFixed(2)}x vjp/f ${t.v1.toFixed(2)}x,${t.v2.toFixed(2)}x (f ${t.f.toFixed(3)} µs; best-batch grad/f ${t.gMin.toFixed(2)}x)` : '';
  if (status === 'unexpected-refusal') { status = 'refused'; note = `UNEXPECTED: ${diagnostics.get(r.fn) ?? r.detail}`; }
  else if (status === 'unexpected-compile') { status = 'WRONG'; }
  else if (status === 'refused') note = diagnostics.get(r.fn) ?? '(no diagnostic found)';
  // slow: grad/f over 3x by the median batch in both runs and by the best batch (the machine is shared: a
  // median alone flags functions whose batches were preempted)
  if (status === 'ok' && t && Math.min(t.g1, t.g2) > 3 && t.gMin > 3) status = 'slow';
  const flip = t && (Math.max(t.g1, t.g2) / Math.min(t.g1, t.g2) > 2 || Math.max(t.v1, t.v2) / Math.min(t.v1, t.v2) > 2) ? ' [runs differ >2x]' : '';
  totals[status] = (totals[status] ?? 0) + 1;
  console.log(`${pad(status, 8)}${pad(r.fn, 24)}${[r.checks.join(', '), ratio + flip, note].filter(Boolean).join(' | ')}`);
}
for (const r of wrtRows) { totals[r.status === 'ok' ? 'ok' : r.status] += 1; console.log(`${pad(r.status, 8)}${r.fn} ${r.detail}`); }
for (const r of btRows) { totals[r.ok ? 'ok' : 'WRONG'] += 1; console.log(`${pad(r.ok ? 'ok' : 'WRONG', 8)}build-time ${r.name} ${r.ok ? '' : r.detail}`); }
totals[btrOk ? 'ok' : 'WRONG'] += 1;
console.log(`${pad(btrOk ? 'ok' : 'WRONG', 8)}build-time refusal: grad(closureAsValue) stops the program (exit ${btr.status}): ${btr.stderr.split('\n')[0]}`);
const chkLast = chk.stdout.trim().split('\n').pop();
totals[chk.status === 0 ? 'ok' : 'WRONG'] += 1;
console.log(`${pad(chk.status === 0 ? 'ok' : 'WRONG', 8)}tsgrad check (objectives, geometry, recursive; 2 points): ${chkLast}`);
totals[traceOk ? 'ok' : 'WRONG'] += 1;
console.log(`${pad(traceOk ? 'ok' : 'WRONG', 8)}tsgrad trace beale --wrt y --format json (ẏ 6.0381, x̄ -5.4456)`);
const wrtNote = wrt.status === 0 ? '' : ` (--wrt compile exit ${wrt.status}: losses.ts's refusals, expected)`;
console.log(`totals: ${Object.entries(totals).map(([k, v]) => `${k} ${v}`).join(', ')}; ${rows.length} functions + ${wrtRows.length + btRows.length + 3} extra checks; ${((Date.now() - t0) / 1000).toFixed(0)} s${wrtNote}`);
