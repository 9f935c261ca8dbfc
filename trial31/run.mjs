#!/usr/bin/env node
// trial31: recompile trial31/src with the CLI, check every exported function with my checker (check.ts),
// run the extras (build-time API, --wrt, tsgrad check, tsgrad trace, strict tsc 6 and 7) and the repros,
// and print one line per function (ok / WRONG / refused / slow / crash / contract), the extras and totals.
// Usage: node trial31/run.mjs [--no-time]      (writes nothing outside trial31/)
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const cli = join(root, 'dist/cli/main.js');
const rel = (p) => relative(root, p);
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
const noTime = process.argv.includes('--no-time');
const t0 = Date.now();
const run = (args, cmd = process.execPath) => {
  const r = spawnSync(cmd, args, { cwd: root, env, encoding: 'utf8', timeout: 900_000, maxBuffer: 64 << 20 });
  return { code: r.status, out: (r.stdout ?? '') + (r.stderr ?? '') };
};
const jsonLines = (out) => out.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
const tsx = (file, ...args) => run(['--import', 'tsgrad/register', rel(join(here, file)), ...args]);

// 1. compile: the modules, the --wrt variant, the repros
const src = join(here, 'src');
const compile = run([cli, 'compile', rel(src)]);
const wrt = run([cli, 'compile', rel(join(src, 'finance.ts')), rel(join(src, 'truss.ts')), '--out-dir', rel(join(here, 'wrt')),
  '--wrt', 'crrPut:sigma,r', '--wrt', 'crrPutRecursive:sigma', '--wrt', 'yieldCurveLoss:params', '--wrt', 'areas']);
const repro = join(here, 'repro');
const reproCompile = run([cli, 'compile', ...readdirSync(repro).filter((f) => f.endsWith('.ts') && !/(\.grad|_run)\.ts$/.test(f) && !f.startsWith('refuse_')).map((f) => rel(join(repro, f)))]);
const wrtVoid = run([cli, 'compile', rel(join(repro, 'wrt_void/model.ts')), '--out-dir', rel(join(repro, 'wrt_void/out')), '--wrt', 'k']);

const diags = [];
for (const line of compile.out.split('\n')) {
  const m = /^(.+?\.ts):(\d+):(\d+) - (error|info|warning) (TSG\d+): (.*)$/.exec(line);
  if (m) diags.push({ file: m[1], line: +m[2], col: +m[3], kind: m[4], code: m[5], msg: m[6] });
}
// which exported function each source line belongs to (a diagnostic in a non-exported helper goes to the next export)
const owners = new Map();
for (const f of readdirSync(src).filter((f) => f.endsWith('.ts') && !/\.(grad|tsgrad\.d)\.ts$/.test(f))) {
  const lines = readFileSync(join(src, f), 'utf8').split('\n');
  const own = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^export function (\w+)/.exec(lines[i]);
    if (!m) continue;
    let depth = 0;
    for (let j = i; j < lines.length; j++) {
      own[j + 1] = m[1];
      depth += (lines[j].match(/{/g) ?? []).length - (lines[j].match(/}/g) ?? []).length;
      if (depth <= 0 && /}\s*$/.test(lines[j])) break;
    }
  }
  // a line outside every exported function (a helper, a class) belongs to the next exported function
  let next;
  for (let k = lines.length; k >= 1; k--) { if (own[k]) next = own[k]; else own[k] = next; }
  owners.set(f.replace(/\.ts$/, ''), own);
}

// 2. the checker
const check = tsx('check.ts', ...(noTime ? ['--no-time'] : []));
const results = jsonLines(check.out);
const extras = [];
if (check.code !== 0) extras.push({ extra: 'check.ts process', status: 'crash', notes: [check.out.slice(-400)] });
for (const r of results) {
  if (r.status !== 'refused') continue;
  const own = owners.get(r.file) ?? [];
  const mine = diags.filter((d) => d.file.endsWith(`/${r.file}.ts`) && own[d.line] === r.name && d.kind === 'error');
  r.notes = mine.map((d) => `${d.code} at ${r.file}.ts:${d.line}:${d.col}: ${d.msg}`);
  if (!mine.length) { r.status = 'crash'; r.notes.push('no gradient and no diagnostic for it'); }
}

// 3. extras
for (const file of ['buildtime.ts', 'wrt_check.ts', 'trace_check.ts']) {
  const r = tsx(file);
  const j = jsonLines(r.out);
  extras.push(...(j.length ? j : [{ extra: file, status: 'crash', notes: [r.out.slice(0, 400)] }]));
}
if (wrt.code !== 0) extras.push({ extra: '--wrt compile', status: 'WRONG', notes: [`exit ${wrt.code}`, wrt.out.slice(0, 300)] });
const chk = run([cli, 'check', rel(join(src, 'recur.ts')), rel(join(src, 'geometry.ts')), rel(join(src, 'stats.ts')), rel(join(src, 'rl.ts'))]);
const failing = /functions? of (\d+) disagrees? or fails?: (.*)\./.exec(chk.out);
// (perimeter, an array of pairs, was refused (TSG1003) until local arrays of tuples compiled: every function now agrees)
extras.push({ extra: 'tsgrad check recur/geometry/stats/rl', status: !failing && chk.code === 0 ? 'ok' : 'WRONG',
  notes: [failing ? `fails: ${failing[2]} (of ${failing[1]})` : `exit ${chk.code}`, ...chk.out.split('\n').filter((l) => /FAIL|error\s*$/.test(l)).slice(0, 4)] });
const gen = readdirSync(src).filter((f) => f.endsWith('.grad.ts')).map((f) => rel(join(src, f)));
const tscArgs = ['--ignoreConfig', '--strict', '--noEmit', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--skipLibCheck'];
const tsc6 = run([join(root, 'node_modules/typescript/bin/tsc'), ...tscArgs, ...gen]);
extras.push({ extra: `tsc 6 --strict on ${gen.length} generated files`, status: tsc6.code === 0 ? 'ok' : 'WRONG', notes: [tsc6.out.slice(0, 300)].filter(Boolean) });
const strictest = run([join(root, 'node_modules/typescript/bin/tsc'), ...tscArgs, '--noUncheckedIndexedAccess', '--exactOptionalPropertyTypes', '--noImplicitReturns', '--noPropertyAccessFromIndexSignature', ...gen]);
const genErrs = strictest.out.split('\n').filter((l) => /\.grad\.ts\(/.test(l));
extras.push({ extra: 'tsc 6 strictest flags: errors in generated files', status: genErrs.length ? 'WRONG' : 'ok', notes: genErrs.slice(0, 3) });
const tsc7 = run([join(root, 'node_modules/typescript7/bin/tsc'), ...tscArgs, ...gen]);
extras.push({ extra: 'tsc 7 --strict on the generated files', status: tsc7.code === 0 ? 'ok' : 'WRONG', notes: [tsc7.out.slice(0, 300)].filter(Boolean) });

// 4. repros
const repros = [];
if (reproCompile.code !== 0 || wrtVoid.code !== 0) repros.push({ repro: 'compile', status: 'crash', notes: [reproCompile.out.slice(0, 300), wrtVoid.out.slice(0, 300)] });
for (const f of readdirSync(repro).filter((f) => f.endsWith('_run.ts'))) {
  const r = run(['--import', 'tsgrad/register', rel(join(repro, f))]);
  const j = jsonLines(r.out);
  repros.push(...(j.length ? j : [{ repro: f, status: 'crash', notes: [r.out.slice(0, 300)] }]));
}

// 5. report
const lines = [];
const fmt = (x) => (x === undefined ? '' : x.toFixed(1) + 'x');
lines.push(`trial31 run ${new Date().toISOString()} (${noTime ? 'no timing' : 'timed'})`, '');
for (const r of results) {
  const t = r.ratios ? `grad ${fmt(r.ratios.grad)} vjp ${fmt(r.ratios.vjp)}` : '';
  lines.push(`${r.status.padEnd(8)} ${(r.file + ':' + r.name).padEnd(34)} ${t.padEnd(24)} ${r.worst !== undefined ? 'fd ' + r.worst.toExponential(1) : ''}`);
  for (const n of r.notes) lines.push(`           ${n.slice(0, 300)}`);
}
lines.push('', 'extras:');
for (const e of extras) { lines.push(`${e.status.padEnd(8)} ${e.extra}`); for (const n of e.notes ?? []) lines.push(`           ${String(n).slice(0, 300)}`); }
lines.push('', 'repros:');
for (const e of repros) { lines.push(`${e.status.padEnd(8)} ${e.repro}`); for (const n of e.notes ?? []) lines.push(`           ${String(n).slice(0, 300)}`); }
const count = (s) => results.filter((r) => r.status === s).length;
lines.push('', `${results.length} functions: ${count('ok')} ok, ${count('WRONG')} WRONG, ${count('refused')} refused, ${count('slow')} slow, ${count('crash')} crash, ${count('contract')} contract; ` +
  `extras ${extras.filter((e) => e.status === 'ok').length}/${extras.length} ok; ${((Date.now() - t0) / 1000).toFixed(0)} s`);
const text = lines.join('\n');
console.log(text);
if (!process.argv.includes('--no-record')) writeFileSync(join(here, 'results.txt'), text + '\n');
