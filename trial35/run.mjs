// trial35 runner: node trial35/run.mjs [--no-time]
// 1. compiles src/*.ts with the CLI into gen/ (diagnostics in /tmp/trial35/compile.txt), 2. runs check.mjs over every
// function of specs.mjs, 3. counts the exported functions that got no _vjp as refused, with the error inside them,
// 4. (unless --no-time) times each checked function in a process of its own (f vs f_grad / f_vjp, median of ratios;
// twice more when the first says slow, the median of the three counts), 5. runs the extras (build-time API, --wrt,
// tsgrad check, tsgrad trace, strict tsc 6 and 7, register with a refused function, the checker's self-test) and the
// repros, 6. writes trial35/results.txt.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..');
const noTime = process.argv.includes('--no-time');
const rel = (p) => relative(root, p);
mkdirSync('/tmp/trial35', { recursive: true });
const run = (args, opts = {}) => {
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, NO_COLOR: '1' }, ...opts });
  return { code: r.status, out: (r.stdout ?? '') + (r.stderr ?? ''), stdout: r.stdout ?? '' };
};
const jsonLines = (text) => text.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
const cli = join(root, 'dist/cli/main.js');
const started = new Date();

// 1. compile
const src = join(here, 'src');
const modules = readdirSync(src).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
const comp = run([cli, 'compile', ...modules.map((m) => rel(join(src, m))), '--out-dir', rel(join(here, 'gen'))]);
writeFileSync('/tmp/trial35/compile.txt', comp.out);
const diags = [];
for (const line of comp.out.split('\n')) {
  const m = /^(\S+\.ts):(\d+):(\d+) - (error|warning|info) (TSG\d+): (.*)$/.exec(line);
  if (m) diags.push({ file: m[1], line: +m[2], col: +m[3], severity: m[4], code: m[5], message: m[6] });
}

// exported functions and their line spans
const exported = [];
for (const m of modules) {
  const file = join(src, m);
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  for (const st of sf.statements) {
    const isExp = st.modifiers?.some((x) => x.kind === ts.SyntaxKind.ExportKeyword);
    if (!isExp) continue;
    const span = (n) => [sf.getLineAndCharacterOfPosition(n.getStart()).line + 1, sf.getLineAndCharacterOfPosition(n.end).line + 1];
    if (ts.isFunctionDeclaration(st) && st.name) exported.push({ name: st.name.text, module: m.replace('.ts', ''), span: span(st), file: rel(file) });
    if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations) exported.push({ name: d.name.getText(), module: m.replace('.ts', ''), span: span(d), file: rel(file) });
  }
}

// 2. check
const { specs, twins } = await import('./specs.mjs');
const checks = jsonLines(run(['--import', 'tsgrad/register', rel(join(here, 'check.mjs'))]).out).map((x) => x.check);
const byName = Object.fromEntries(checks.map((c) => [c.name, c]));

// 3. refusals
const rows = [];
for (const e of exported) {
  const c = byName[e.name];
  const inside = diags.filter((d) => d.file === e.file && d.severity === 'error' && d.line >= e.span[0] && d.line <= e.span[1]);
  if (c && c.status !== 'refused') rows.push({ ...c, module: e.module });
  else if (inside.length) rows.push({ name: e.name, module: e.module, status: 'refused', notes: inside.map((d) => `${d.code} at ${d.line}:${d.col}: ${d.message}`) });
  else if (!c) rows.push({ name: e.name, module: e.module, status: 'unchecked', notes: ['no spec and no error inside: not a function'] });
  else rows.push({ ...c, module: e.module, status: 'crash', notes: ['no _vjp and no error diagnostic inside it'] });
}

// 4. timing
const timing = {};
if (!noTime) {
  for (const r of rows) {
    if (r.status !== 'ok') continue;
    const once = () => jsonLines(run(['--import', 'tsgrad/register', rel(join(here, 'check.mjs')), '--only', r.name, '--time']).out)[0]?.time;
    const runs = [once()];
    if (runs[0] && runs[0].vjpRatio > 3) runs.push(once(), once());
    const ok = runs.filter((t) => t && !t.error);
    if (!ok.length) continue;
    ok.sort((a, b) => a.vjpRatio - b.vjpRatio);
    const med = ok[ok.length >> 1];
    timing[r.name] = { ...med, runs: ok.map((t) => t.vjpRatio) };
    if (med.vjpRatio > 3) r.status = 'slow';
  }
}

// 5. extras
const extras = [];
extras.push(...jsonLines(run(['--import', 'tsgrad/register', rel(join(here, 'buildtime.ts'))]).out));
{
  const w = run([cli, 'compile', rel(join(src, 'control.ts')), '--out-dir', rel(join(here, 'wrt')), '--wrt', 'hmmLogLik:means,sds', '--wrt', 'sinkhornCost:a']);
  extras.push(...jsonLines(run(['--import', 'tsgrad/register', rel(join(here, 'wrt_check.mjs'))]).out).map((x) => ({ ...x, notes: [...x.notes, `compile exit ${w.code}`] })));
}
{
  const r = run([cli, 'check', rel(join(src, 'earth.ts')), '--points', '3']);
  const okRows = (r.out.match(/\s(ok)\s*$/gm) ?? []).length;
  const headNaN = /headWaveTime is NaN/.test(r.out);
  // headWaveTime needs velocities increasing with depth, which @domain (one interval per array) cannot say
  extras.push({ extra: 'tsgrad check earth.ts --points 3 (@domain tags)', status: okRows === 8 && headNaN ? 'ok' : 'WRONG', notes: [`${okRows} ok of 9; headWaveTime NaN at a drawn point (domain not expressible): ${headNaN}`] });
}
{
  const r = run([cli, 'trace', rel(join(src, 'earth.ts')), 'glenSurfaceVelocity', '--at', 'thickness=500,slopeDeg=3', '--wrt', 'thickness', '--format', 'json']);
  try {
    const j = JSON.parse(r.stdout);
    const inp = j.inputs.find((i) => i.name === 'thickness');
    const y = j.trace[j.trace.length - 1].value;
    const hand = (4 * y) / 500; // v ~ H^(n+1), n = 3
    extras.push({ extra: 'tsgrad trace glenSurfaceVelocity --wrt thickness --format json', status: Math.abs(inp.adjoint - hand) < 1e-12 * hand && Math.abs(inp.tangent - 1) === 0 ? 'ok' : 'WRONG', notes: [`dv/dH: trace ${inp.adjoint}, by hand 4v/H = ${hand}`] });
  } catch (e) {
    extras.push({ extra: 'tsgrad trace glenSurfaceVelocity', status: 'crash', notes: [String(e).slice(0, 200), r.out.slice(0, 200)] });
  }
}
{
  run([cli, 'types', rel(join(here, 'buildtime.ts'))]);
  const gen = readdirSync(join(here, 'gen')).filter((f) => f.endsWith('.grad.ts')).map((f) => rel(join(here, 'gen', f)));
  const decl = readdirSync(src).filter((f) => f.endsWith('.tsgrad.d.ts')).map((f) => rel(join(src, f)));
  const opts = ['--ignoreConfig', '--strict', '--noEmit', '--skipLibCheck', '--target', 'ES2022', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--allowImportingTsExtensions', '--noUnusedLocals'];
  for (const [label, bin] of [['tsc 6', 'node_modules/typescript/bin/tsc'], ['tsc 7', 'node_modules/typescript7/bin/tsc']]) {
    const r = run([join(root, bin), ...opts, ...gen, rel(join(here, 'wrt/control.grad.ts')), rel(join(here, 'buildtime.ts')), ...decl]);
    extras.push({ extra: `${label} --strict --noUnusedLocals on ${gen.length + 1} generated files + buildtime.ts`, status: r.code === 0 ? 'ok' : 'WRONG', notes: r.code === 0 ? [] : [r.out.slice(0, 400)] });
  }
}
{
  const r = run(['--import', 'tsgrad/register', rel(join(here, 'register_refused.ts'))]);
  const once = (r.out.match(/error TSG1002/g) ?? []).length === 1;
  extras.push({ extra: 'grad(countedSquare) under tsgrad/register (refused)', status: r.code === 1 && once && !/^ran/m.test(r.out) ? 'ok' : 'WRONG', notes: [`exit ${r.code}, TSG1002 printed once: ${once}`] });
}
{
  const r = jsonLines(run(['--import', 'tsgrad/register', rel(join(here, 'check.mjs')), '--only', 'waveLength', '--selftest']).out)[0]?.check;
  extras.push({ extra: 'checker self-test (f changed on purpose must be WRONG)', status: r?.status === 'WRONG' ? 'ok' : 'WRONG', notes: [r?.notes?.[1] ?? ''] });
}

// 6. repros: each must still show what its header describes
const expectations = {
  'void_step_mutates_object.ts': /void_step_mutates_object\.ts:7:3 - error TSG1002: assignment to 's\.v' is not supported/,
  'local_type_alias.ts': /local_type_alias\.ts:5:3 - error TSG1001: a declaration of a type or enum/,
  'conditional_object_message.ts': /conditional_object_message\.ts:7:9 - error TSG1003: variables of type '\{ a: number; b: number; \}' are not supported/,
  'every_hint.ts': /hint: write a loop: for \(let i = 0; i < Array\.from\(nx\)\.length; i\+\+\) \{ const v = Array\.from\(nx\)\[i\]/,
  'map_get_message.ts': /map_get_message\.ts:5:\d+ - error TSG2002: 'MASS\.get' is not a function tsgrad can follow/,
  'destructuring_assignment_message.ts': /destructuring_assignment_message\.ts:8:7 - error TSG1007: 'sy' is never assigned/,
  'array_from_mapfn.ts': /array_from_mapfn\.ts:5:\d+ - error TSG1008: 'Array\.from' with a mapping function is not supported/,
  'nested_constant_object_arg.ts': /nested_constant_object_arg\.ts:11:\d+ - error TSG2002: 'PG\.A' is passed for an object parameter of 'sigmas\.sy'/,
};
const repros = [];
for (const [file, re] of Object.entries(expectations)) {
  const r = run([cli, 'compile', rel(join(here, 'repro', file)), '--out-dir', '/tmp/trial35/repro']);
  repros.push({ repro: `repro/${file}`, reproduces: re.test(r.out), exit: r.code });
}
// the slow repro, if any, prints its own JSON line
for (const f of readdirSync(join(here, 'repro')).filter((f) => f.endsWith('.run.ts'))) {
  for (const x of jsonLines(run(['--import', 'tsgrad/register', rel(join(here, 'repro', f)), ...(noTime ? ['--no-time'] : [])]).out)) repros.push({ repro: `repro/${f}`, ...x });
}

// 7. results.txt
const count = (s) => rows.filter((r) => r.status === s).length;
const lines = [];
lines.push(`trial35 results, ${started.toISOString()}${noTime ? ' (--no-time)' : ''}, load ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}`);
lines.push(`functions: ${rows.length}: ok ${count('ok')}, WRONG ${count('WRONG')}, refused ${count('refused')}, slow ${count('slow')}, crash ${count('crash')}${noTime ? ' (slow not measured)' : ''}`);
lines.push(`extras: ${extras.filter((e) => e.status === 'ok').length}/${extras.length} ok; repros: ${repros.filter((r) => r.reproduces).length}/${repros.length} reproduce`);
lines.push('');
lines.push('function'.padEnd(26) + 'module'.padEnd(13) + 'status'.padEnd(10) + 'grad err'.padEnd(10) + (noTime ? '' : 'f ns'.padStart(9) + ' vjp ns'.padStart(9) + ' vjp/f'.padStart(7) + ' grad/f'.padStart(8) + '  runs'));
for (const r of rows) {
  const t = timing[r.name];
  lines.push(
    r.name.padEnd(26) + r.module.padEnd(13) + r.status.padEnd(10) + (r.maxGradErr !== undefined && r.status !== 'refused' ? r.maxGradErr.toExponential(1) : '-').padEnd(10) +
      (t ? String(Math.round(t.fNs)).padStart(9) + String(Math.round(t.vjpNs)).padStart(9) + t.vjpRatio.toFixed(2).padStart(7) + t.gradRatio.toFixed(2).padStart(8) + '  ' + t.runs.map((x) => x.toFixed(2)).join('/') : ''),
  );
  for (const n of r.notes ?? []) lines.push('    ' + n);
}
if (!noTime) {
  lines.push('', 'recursive vs loop (ns, from the timing above)', 'pair'.padEnd(48) + 'f rec/loop'.padStart(20) + 'vjp rec/loop'.padStart(22));
  for (const [a, b] of twins) {
    const ta = timing[a], tb = timing[b];
    if (!ta || !tb) { lines.push(`${a} vs ${b}: not timed`); continue; }
    lines.push(`${a} vs ${b}`.padEnd(48) + `${Math.round(ta.fNs)}/${Math.round(tb.fNs)} = ${(ta.fNs / tb.fNs).toFixed(2)}x`.padStart(20) + `${Math.round(ta.vjpNs)}/${Math.round(tb.vjpNs)} = ${(ta.vjpNs / tb.vjpNs).toFixed(2)}x`.padStart(22));
  }
}
lines.push('', 'extras');
for (const e of extras) lines.push(`  ${e.status.padEnd(6)} ${e.extra}${e.notes?.length ? ' — ' + e.notes.filter(Boolean).join('; ') : ''}`);
lines.push('', 'repros');
for (const r of repros) lines.push(`  ${r.reproduces ? 'reproduces' : 'DOES NOT reproduce'}  ${r.repro}${r.detail ? ' — ' + r.detail : ''}`);
writeFileSync(join(here, 'results.txt'), lines.join('\n') + '\n');
console.log(lines.slice(0, 3).join('\n'));
