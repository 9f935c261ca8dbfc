// trial36 runner: node trial36/run.mjs [--no-time]
// 1. compiles src/*.ts with the CLI into gen/ (diagnostics kept in /tmp/trial36/compile.txt);
// 2. runs check.mjs (my checker) over every function of specs.mjs;
// 3. every other exported function: refused (an error inside it), or no gradient by design (an info TSG1010:
//    object helpers, returns no number);
// 4. unless --no-time: times each checked function in a process of its own (f vs f_grad and f_vjp, median of
//    21 interleaved per-round ratios); when the better ratio is > 3, twice more, and the median of the three counts;
// 5. extras: build-time API under tsgrad/register, a refused grad(f) under register, --wrt, tsgrad check, tsgrad
//    trace, strict tsc 6 and 7 on the generated files, the checker's self-test;
// 6. repros: each must still show what its header says; 7. writes trial36/results.txt.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import ts from 'typescript';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..');
const noTime = process.argv.includes('--no-time');
const rel = (p) => relative(root, p);
mkdirSync('/tmp/trial36', { recursive: true });
const node = (args) => {
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: (r.stdout ?? '') + (r.stderr ?? ''), stdout: r.stdout ?? '' };
};
const json = (text) => text.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
const cli = join(root, 'dist/cli/main.js');
const started = new Date();
const load0 = loadavg()[0];

// 1. compile
const src = join(here, 'src');
const modules = readdirSync(src).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
const comp = node([cli, 'compile', ...modules.map((m) => rel(join(src, m))), '--out-dir', rel(join(here, 'gen'))]);
writeFileSync('/tmp/trial36/compile.txt', comp.out);
const diags = [];
for (const line of comp.out.split('\n')) {
  const m = /^(\S+\.ts):(\d+):(\d+) - (error|warning|info) (TSG\d+): (.*)$/.exec(line);
  if (m) diags.push({ file: m[1], line: +m[2], col: +m[3], severity: m[4], code: m[5], message: m[6] });
}
const exported = [];
for (const m of modules) {
  const file = join(src, m);
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const span = (n) => [sf.getLineAndCharacterOfPosition(n.getStart()).line + 1, sf.getLineAndCharacterOfPosition(n.end).line + 1];
  for (const st of sf.statements) {
    if (!st.modifiers?.some((x) => x.kind === ts.SyntaxKind.ExportKeyword)) continue;
    if (ts.isFunctionDeclaration(st) && st.name) exported.push({ name: st.name.text, module: m.replace('.ts', ''), span: span(st), file: rel(file) });
    if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations) exported.push({ name: d.name.getText(), module: m.replace('.ts', ''), span: span(d), file: rel(file) });
    if (ts.isClassDeclaration(st) && st.name) exported.push({ name: st.name.text, module: m.replace('.ts', ''), span: span(st), file: rel(file), cls: true });
  }
}

// 2. check
const { specs, twins } = await import('./specs.mjs');
const checked = json(node(['--import', 'tsgrad/register', rel(join(here, 'check.mjs'))]).out).map((x) => x.check);
const byName = Object.fromEntries(checked.map((c) => [c.name, c]));

// 3. the others
const rows = [];
const byDesign = [];
for (const e of exported) {
  const c = byName[e.name];
  const inside = diags.filter((d) => d.file === e.file && d.line >= e.span[0] && d.line <= e.span[1]);
  const errors = inside.filter((d) => d.severity === 'error');
  if (c) rows.push({ ...c, module: e.module });
  else if (errors.length) rows.push({ name: e.name, module: e.module, status: 'refused', notes: errors.map((d) => `${d.code} at ${d.line}:${d.col}: ${d.message}`) });
  else if (inside.some((d) => d.code === 'TSG1010') || e.cls) byDesign.push(`${e.module}.${e.name}`);
  else rows.push({ name: e.name, module: e.module, status: 'crash', notes: ['no spec, no error and no TSG1010 note: not checked'] });
}

// 4. timing
const timing = {};
if (!noTime) {
  for (const r of rows) {
    if (r.status !== 'ok') continue;
    const once = () => json(node(['--import', 'tsgrad/register', rel(join(here, 'check.mjs')), '--only', r.name, '--time']).out)[0]?.time;
    const best = (t) => Math.min(t.gradRatio || Infinity, t.vjpRatio);
    const runs = [once()].filter((t) => t && !t.error);
    if (runs.length && best(runs[0]) > 3) runs.push(once(), once());
    const ok = runs.filter((t) => t && !t.error).sort((a, b) => best(a) - best(b));
    if (!ok.length) continue;
    const med = ok[ok.length >> 1];
    timing[r.name] = { ...med, runs: ok.map(best) };
    if (best(med) > 3) r.status = 'slow';
  }
}

// 5. extras
const extras = [];
extras.push(...json(node(['--import', 'tsgrad/register', rel(join(here, 'buildtime.ts'))]).out));
{
  const r = node(['--import', 'tsgrad/register', rel(join(here, 'register_refused.ts'))]);
  const once = (r.out.match(/error TSG2002/g) ?? []).length === 1;
  extras.push({ extra: 'grad(mapRate) under tsgrad/register: refused, not run', status: r.code === 1 && once && !/^ran/m.test(r.out) ? 'ok' : 'WRONG', notes: [`exit ${r.code}, TSG2002 printed once: ${once}`] });
}
{
  const w = node([cli, 'compile', rel(join(src, 'nlp.ts')), '--out-dir', rel(join(here, 'wrt')), '--wrt', 'crfNll:trans', '--wrt', 'skipGramLoss:emb', '-q']);
  extras.push(...json(node(['--import', 'tsgrad/register', rel(join(here, 'wrt_check.mjs'))]).out).map((x) => ({ ...x, notes: [...x.notes, `compile exit ${w.code}`] })));
}
{
  // README: a function that is not checked "does not change the exit code"; kernels.ts's stepOsc gets an info TSG1010
  const r = node([cli, 'check', rel(join(src, 'kernels.ts')), '--points', '3']);
  writeFileSync('/tmp/trial36/check-kernels.txt', r.out);
  const okRows = (r.out.match(/\sok\s*$/gm) ?? []).length;
  const stepOsc = /kernels\.ts:stepOsc\s.*\s(\S+)\s*$/m.exec(r.out)?.[1];
  extras.push({ extra: 'tsgrad check kernels.ts --points 3', status: okRows === 10 && r.code === 0 ? 'ok' : 'WRONG', notes: [`${okRows} ok of 10 differentiable; stepOsc (info TSG1010 in compile) is "${stepOsc}"; exit ${r.code} (repro/check_object_helpers.ts)`] });
}
{
  const r = node([cli, 'trace', rel(join(src, 'biochem.ts')), 'michaelisMenten', '--at', 'vmax=5,km=2,s=3', '--wrt', 'km', '--format', 'json']);
  try {
    const j = JSON.parse(r.stdout);
    const km = j.inputs.find((i) => i.name === 'km');
    const hand = (-5 * 3) / 25; // -vmax s / (km + s)²
    extras.push({ extra: 'tsgrad trace michaelisMenten --wrt km --format json', status: Math.abs(km.adjoint - hand) < 1e-15 && km.tangent === 1 ? 'ok' : 'WRONG', notes: [`dv/dkm: trace ${km.adjoint}, by hand ${hand}`] });
  } catch (e) {
    extras.push({ extra: 'tsgrad trace michaelisMenten', status: 'crash', notes: [String(e).slice(0, 200)] });
  }
  const t = node([cli, 'trace', rel(join(src, 'astro.ts')), 'keplerE', '--at', 'M=1.2,e=0.4', '--wrt', 'e', '--format', 'json']);
  try {
    const j = JSON.parse(t.stdout);
    let E = 1.2;
    for (let k = 0; k < 60; k++) E -= (E - 0.4 * Math.sin(E) - 1.2) / (1 - 0.4 * Math.cos(E));
    const dEde = Math.sin(E) / (1 - 0.4 * Math.cos(E));
    const e = j.inputs.find((i) => i.name === 'e');
    extras.push({ extra: 'tsgrad trace keplerE --wrt e (a Newton loop)', status: Math.abs(e.adjoint - dEde) < 1e-6 ? 'ok' : 'WRONG', notes: [`dE/de: trace ${e.adjoint}, implicit sin E / (1 - e cos E) = ${dEde}`] });
  } catch (e) {
    extras.push({ extra: 'tsgrad trace keplerE', status: 'crash', notes: [String(e).slice(0, 200)] });
  }
}
{
  const pc = node([cli, 'compile', ...['mg.ts', 'ck.ts', 'uselib.ts'].map((f) => rel(join(here, 'probes', f))), '--out-dir', rel(join(here, 'probes', 'gen')), '-q']);
  const got = json(node(['--import', 'tsgrad/register', rel(join(here, 'probes', 'probes.ts'))]).out);
  extras.push(...(got.length ? got : [{ extra: 'probes/probes.ts', status: 'crash', notes: [`compile exit ${pc.code}`] }]));
}
{
  node([cli, 'types', rel(join(here, 'buildtime.ts'))]);
  const gen = [
    ...readdirSync(join(here, 'gen')).filter((f) => f.endsWith('.grad.ts')).map((f) => rel(join(here, 'gen', f))),
    ...['mg', 'ck', 'uselib', 'lib/quad'].map((f) => rel(join(here, 'probes', 'gen', `${f}.grad.ts`))),
  ];
  const decl = readdirSync(src).filter((f) => f.endsWith('.tsgrad.d.ts')).map((f) => rel(join(src, f)));
  const opts = ['--ignoreConfig', '--strict', '--noEmit', '--skipLibCheck', '--target', 'ES2022', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--allowImportingTsExtensions', '--noUnusedLocals'];
  for (const [label, bin] of [['tsc 6', 'node_modules/typescript/bin/tsc'], ['tsc 7', 'node_modules/typescript7/bin/tsc']]) {
    const r = node([join(root, bin), ...opts, ...gen, rel(join(here, 'wrt/nlp.grad.ts')), rel(join(here, 'buildtime.ts')), ...decl]);
    extras.push({ extra: `${label} --strict --noUnusedLocals: ${gen.length + 1} generated files + buildtime.ts`, status: r.code === 0 ? 'ok' : 'WRONG', notes: r.code === 0 ? [] : [r.out.slice(0, 400)] });
  }
}
for (const only of ['sigmoid', 'normalizeInPlace']) {
  const r = json(node(['--import', 'tsgrad/register', rel(join(here, 'check.mjs')), '--only', only, '--selftest']).out)[0]?.check;
  extras.push({ extra: `checker self-test on ${only} (f changed by 1e-3·x0²: must be WRONG)`, status: r?.status === 'WRONG' ? 'ok' : 'WRONG', notes: [r?.notes?.[0]?.slice(0, 120) ?? ''] });
}

// 6. repros
const expect = {
  'object_helper_other_module.ts': [/object_helper_other_module\.ts:9:13 - error TSG2002: 'sub' has a parameter tsgrad cannot pass \(a: V\)/],
  'exported_helper_same_object_twice.ts': [/exported_helper_same_object_twice\.ts:10:60 - error TSG2002: 'a' is passed for an object parameter of 'dot2'/],
  'foreach_push_expression.ts': [/foreach_push_expression\.ts:9:24 - error TSG1003: 'pairs\.push' is not a use of an array of tuples/],
  'inner_object_assigned.ts': [/inner_object_assigned\.ts:11:3 - error TSG1002: assignment to 'b\.vel' is not supported/],
  'array_pop.ts': [/array_pop\.ts:10:15 - error TSG1008: 'pop' is not an array method/, /write a loop/],
  'tuple_array_literal_init.ts': [/tuple_array_literal_init\.ts:6:9 - error TSG1003: 'profile' is an array of 2-tuples/],
  'method_hint_cycle.ts': [/method_hint_cycle\.ts:15:12 - error TSG1003: 'n === 0 \? this : this\.scale\(1 \/ n\)' chooses between two instances/, /hint: assign each in an if/],
  'checkpoint_swap.ts': [/checkpoint_swap\.ts:13:5 - error TSG1009: this loop cannot be checkpointed: it rebinds the array 'u'/],
  'info_for_unrelated_import.ts': [/vec_helpers\.ts:3:17 - info TSG1010: 'sub' returns V/],
};
const repros = [];
for (const [file, res] of Object.entries(expect)) {
  const r = node([cli, 'compile', rel(join(here, 'repro', file)), '--out-dir', '/tmp/trial36/repro']);
  repros.push({ repro: `repro/${file}`, reproduces: res.every((re) => re.test(r.out)), detail: `compile exit ${r.code}` });
}
{
  const r = node([cli, 'check', rel(join(here, 'repro', 'check_object_helpers.ts'))]);
  const rowsErr = (r.out.match(/check_object_helpers\.ts:(dot2|stepOsc)\s.*error\s*$/gm) ?? []).length;
  repros.push({ repro: 'repro/check_object_helpers.ts (tsgrad check)', reproduces: r.code === 1 && rowsErr === 2, detail: `exit ${r.code}, ${rowsErr} rows "error"` });
}
{
  // static evidence for the slow spread: the generated maxSpread_vjp allocates the literal and its adjoints
  node([cli, 'compile', rel(join(here, 'repro', 'spread_literal.ts')), '--out-dir', '/tmp/trial36/repro', '-q']);
  const g = readFileSync('/tmp/trial36/repro/spread_literal.grad.ts', 'utf8');
  const body = (name) => g.slice(g.indexOf(`export function ${name}_vjp`), g.indexOf('\n}\n', g.indexOf(`export function ${name}_vjp`)));
  const sp = body('maxSpread'), di = body('maxDirect');
  repros.push({ repro: 'repro/spread_literal.ts (generated code)', reproduces: /const tmp: number\[\] = \[a, b, c\]/.test(sp) && /f64Zeros\(tmp\.length\)/.test(sp) && !/tape|f64Zeros/.test(di), detail: 'maxSpread_vjp allocates [a, b, c] and its adjoints and tapes; maxDirect_vjp none' });
}
for (const f of readdirSync(join(here, 'repro')).filter((f) => f.endsWith('.run.ts'))) {
  for (const x of json(node(['--import', 'tsgrad/register', rel(join(here, 'repro', f)), ...(noTime ? ['--no-time'] : [])]).out)) repros.push({ repro: `repro/${f}`, ...x });
}

// 7. results.txt
const count = (s) => rows.filter((r) => r.status === s).length;
const L = [];
L.push(`trial36 results, ${started.toISOString()}${noTime ? ' (--no-time)' : ''}, load ${load0.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end`);
L.push(`functions: ${rows.length}: ok ${count('ok')}, WRONG ${count('WRONG')}, refused ${count('refused')}, slow ${count('slow')}, crash ${count('crash')}${noTime ? ' (slow not measured)' : ''}; no gradient by design (TSG1010): ${byDesign.length}`);
const judged = repros.filter((r) => typeof r.reproduces === 'boolean');
L.push(`extras: ${extras.filter((e) => e.status === 'ok').length}/${extras.length} ok; repros: ${judged.filter((r) => r.reproduces).length}/${judged.length} reproduce (and ${repros.length - judged.length} timings measured without a verdict)`);
L.push('');
L.push('function'.padEnd(22) + 'module'.padEnd(10) + 'status'.padEnd(9) + (noTime ? '' : 'f ns'.padStart(9) + 'grad ns'.padStart(10) + 'vjp ns'.padStart(10) + 'grad/f'.padStart(8) + 'vjp/f'.padStart(8) + '  runs (best ratio)'));
for (const r of rows) {
  const t = timing[r.name];
  const n = (x) => (Number.isFinite(x) ? String(Math.round(x)) : '-');
  L.push(r.name.padEnd(22) + r.module.padEnd(10) + r.status.padEnd(9) + (t ? n(t.fNs).padStart(9) + n(t.gradNs).padStart(10) + n(t.vjpNs).padStart(10) + (Number.isFinite(t.gradRatio) ? t.gradRatio.toFixed(2) : '-').padStart(8) + t.vjpRatio.toFixed(2).padStart(8) + '  ' + t.runs.map((x) => x.toFixed(2)).join('/') : ''));
  for (const x of r.notes ?? []) L.push('    ' + x);
}
L.push('', `no gradient by design (TSG1010 info: object helpers, classes, no number returned): ${byDesign.join(', ')}`);
if (!noTime) {
  L.push('', 'recursive vs loop twins (ns)');
  for (const [a, b] of twins) {
    const ta = timing[a], tb = timing[b];
    L.push(ta && tb ? `  ${a} vs ${b}: f ${Math.round(ta.fNs)}/${Math.round(tb.fNs)} = ${(ta.fNs / tb.fNs).toFixed(2)}x, vjp ${Math.round(ta.vjpNs)}/${Math.round(tb.vjpNs)} = ${(ta.vjpNs / tb.vjpNs).toFixed(2)}x` : `  ${a} vs ${b}: not timed`);
  }
}
L.push('', 'extras');
for (const e of extras) L.push(`  ${e.status.padEnd(6)} ${e.extra}${e.notes?.length ? ' — ' + e.notes.filter(Boolean).join('; ') : ''}`);
L.push('', 'repros');
for (const r of repros) L.push(`  ${typeof r.reproduces !== 'boolean' ? 'measured  ' : r.reproduces ? 'reproduces' : 'DOES NOT reproduce'}  ${r.repro}${r.detail ? ' — ' + r.detail : ''}`);
writeFileSync(join(here, 'results.txt'), L.join('\n') + '\n');
console.log(L.slice(0, 3).join('\n'));
