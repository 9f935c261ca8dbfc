// trial38 runner: node trial38/run.mjs [--no-time]
//  1. compiles src/*.ts with the CLI into gen/ (full output in /tmp/trial38/compile.txt);
//  2. runs check.mjs (my checker) on every spec and twin, and its --selftest (every case must turn WRONG);
//  3. lists every other exported function: refused (a TSG error inside it) or MISSING;
//  4. unless --no-time: times every checked scalar case in a fresh process; a ratio > 3 is timed twice more (median of
//     three), then slow cases are timed at a small and a large size (scaling.mjs);
//  5. extras: build-time API under tsgrad/register, a refused grad(f), --wrt, tsgrad check, tsgrad trace, strict tsc 6
//     and 7 on the generated files, the source map;
//  6. repros: each is compiled/run and must still show what its header says;
//  7. writes trial38/results.txt.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import ts from 'typescript';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..');
const NO_TIME = process.argv.includes('--no-time');
mkdirSync('/tmp/trial38', { recursive: true });
const r = (p) => relative(root, p);
const run = (cmd, args, opts = {}) => {
  const p = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, NO_COLOR: '1' }, ...opts });
  return { code: p.status, out: (p.stdout ?? '') + (p.stderr ?? ''), stdout: p.stdout ?? '' };
};
const node = (args, opts) => run(process.execPath, args, opts);
const lines = (t) => t.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
const cli = join(root, 'dist/cli/main.js');
const out = [];
const say = (s = '') => { out.push(s); console.log(s); };
const t0 = new Date();
const load0 = loadavg()[0];

// 1. compile
const srcDir = join(here, 'src');
const mods = readdirSync(srcDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).sort();
const comp = node([cli, 'compile', ...mods.map((m) => r(join(srcDir, m))), '--out-dir', r(join(here, 'gen'))]);
writeFileSync('/tmp/trial38/compile.txt', comp.out);
const diags = [];
const cl = comp.out.split('\n');
for (const [i, l] of cl.entries()) {
  const m = /^(\S+\.ts):(\d+):(\d+) - (error|warning|info) (TSG\d+): (.*)$/.exec(l);
  if (m) diags.push({ file: m[1], line: +m[2], col: +m[3], sev: m[4], code: m[5], msg: m[6], hint: cl.slice(i + 1, i + 14).find((x) => x.trim().startsWith('hint:'))?.trim() ?? '' });
}
const exported = [];
for (const m of mods) {
  const file = join(srcDir, m);
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ESNext, true);
  const ln = (p) => sf.getLineAndCharacterOfPosition(p).line + 1;
  for (const st of sf.statements) {
    if (!st.modifiers?.some((x) => x.kind === ts.SyntaxKind.ExportKeyword)) continue;
    if (ts.isFunctionDeclaration(st) && st.name) exported.push({ name: st.name.text, m: m.slice(0, -3), file: r(file), span: [ln(st.getStart()), ln(st.end)] });
    if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations) if (d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) exported.push({ name: d.name.getText(), m: m.slice(0, -3), file: r(file), span: [ln(d.getStart()), ln(d.end)] });
  }
}

// 2. check
const { specs } = await import('./specs.mjs');
const chk = node(['--import', 'tsgrad/register', r(join(here, 'check.mjs'))]);
const res = lines(chk.out);
const cases = res.filter((x) => x.case).map((x) => x.case);
const twins = res.filter((x) => x.twin).map((x) => x.twin);
if (cases.length !== specs.length) say(`WARNING: ${cases.length} results for ${specs.length} specs: ${chk.out.slice(-1500)}`);
const self = lines(node(['--import', 'tsgrad/register', r(join(here, 'check.mjs')), '--selftest']).out).map((x) => x.case);

// 3. others
const specd = new Set(specs.map((s) => `${s.m}.${s.f}`));
const others = exported.filter((e) => !specd.has(`${e.m}.${e.name}`)).map((e) => {
  const d = diags.find((x) => x.file === e.file && x.sev === 'error' && x.line >= e.span[0] && x.line <= e.span[1]);
  return { ...e, status: d ? 'refused' : 'MISSING', d };
});

// 4. timing
const timing = {};
let scaling = [];
if (!NO_TIME) {
  for (const s of specs) {
    const label = s.label ?? s.f;
    if (s.outs || cases.find((c) => c.label === label)?.status !== 'ok') continue;
    const once = () => lines(node(['--import', 'tsgrad/register', r(join(here, 'check.mjs')), '--time', '--only', label]).out)[0]?.case?.time;
    const rs = [once()].filter(Boolean);
    if (rs.length && Math.min(rs[0].grad, rs[0].vjp) > 3) rs.push(once(), once());
    const med = (k) => rs.map((x) => x[k]).sort((a, b) => a - b)[rs.length >> 1];
    timing[label] = { grad: med('grad'), vjp: med('vjp'), fNs: med('fNs'), runs: rs.length };
  }
  scaling = lines(node(['--import', 'tsgrad/register', r(join(here, 'scaling.mjs'))]).out).map((x) => x.scaling);
}
const load1 = loadavg()[0];

// 5. extras
const extras = [];
const extra = (name, ok, notes = []) => extras.push({ extra: name, status: ok ? 'ok' : 'WRONG', notes });
extras.push(...lines(node(['--import', 'tsgrad/register', r(join(here, 'buildtime.ts'))]).out));
{
  const x = node(['--import', 'tsgrad/register', r(join(here, 'register_refused.ts'))]);
  extra('grad(cachedBonds) under tsgrad/register: TSG1003 at refused.ts:12:9 (the Map), exit 1, main not run', x.code === 1 && /refused\.ts:12:9 - error TSG1003/.test(x.out) && !x.out.includes('RAN'), [`exit ${x.code}`, x.out.split('\n').find((l) => l.includes('not run')) ?? '']);
}
{
  const w = node([cli, 'compile', r(join(srcDir, 'options.ts')), r(join(srcDir, 'phylo.ts')), '--out-dir', r(join(here, 'wrt')), '--wrt', 'blackScholes:sigma,S', '--wrt', 'jcLogLik:bl']);
  if (w.code !== 0) extra('--wrt compile', false, [w.out.slice(0, 300)]);
  extras.push(...lines(node(['--import', 'tsgrad/register', r(join(here, 'wrt_check.mjs'))]).out));
  const bad = node([cli, 'compile', r(join(srcDir, 'options.ts')), '--out-dir', '/tmp/trial38/wrtbad', '--wrt', 'blackScholes:vol']);
  extra('--wrt blackScholes:vol (no such parameter): TSG3005, exit 1', bad.code === 1 && /TSG3005/.test(bad.out), [bad.out.split('\n').find((l) => /TSG/.test(l)) ?? bad.out.slice(0, 200)]);
}
{
  // tsgrad check, module by module (util.ts has a refused function; phylo.ts and lp.ts carry @domain tags)
  const rows = [];
  for (const m of ['spline', 'phylo', 'lp', 'ode', 'render']) {
    const t = performance.now();
    const c = node([cli, 'check', r(join(srcDir, `${m}.ts`))], { timeout: 300000 });
    writeFileSync(`/tmp/trial38/tsgrad-check-${m}.txt`, c.out);
    rows.push(`${m}: exit ${c.code} in ${((performance.now() - t) / 1000).toFixed(0)} s, ${c.out.split('\n').find((l) => l.startsWith('tsgrad:')) ?? '(no summary)'}`);
  }
  extra('tsgrad check on spline, phylo, lp, ode, render: exit 0 (all ok with @domain tags where needed)', rows.every((x) => /exit 0/.test(x)), rows);
}
{
  const t = node([cli, 'trace', r(join(srcDir, 'phylo.ts')), 'jcProb', '--at', 't=0.3,same=true,mu=1.2']);
  const got = +(/ẏ = ∂y\/∂t = (-?[\d.]+)/.exec(t.out)?.[1] ?? NaN);
  const want = 0.75 * Math.exp((-4 / 3) * 1.2 * 0.3) * ((-4 / 3) * 1.2);
  extra('tsgrad trace jcProb: ∂y/∂t equals the hand derivative', Math.abs(got - want) < 1e-4, [`trace ${got}, hand ${want.toFixed(4)}`]);
  const t2 = node([cli, 'trace', r(join(srcDir, 'options.ts')), 'blackScholes', '--at', 'S=100,K=95,r=0.02,sigma=0.25,T=1', '--wrt', 'sigma']);
  const vega = +(/ẏ = ∂y\/∂sigma = (-?[\d.]+)/.exec(t2.out)?.[1] ?? NaN);
  extra('tsgrad trace blackScholes --wrt sigma: the vega S·φ(d1)·√T = 36.67', Math.abs(vega - 36.67) < 0.02 && t2.code === 0, [`vega ${vega}`, t2.code ? t2.out.slice(0, 300) : '']);
}
{
  const gens = readdirSync(join(here, 'gen')).filter((f) => f.endsWith('.grad.ts')).map((f) => r(join(here, 'gen', f)));
  const flags = ['--strict', '--noEmit', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--skipLibCheck', '--noUnusedLocals', '--ignoreConfig'];
  const t6 = node([join(root, 'node_modules/typescript/bin/tsc'), ...flags, ...gens]);
  extra('tsc 6 --strict --noUnusedLocals on the generated files', t6.code === 0, [t6.out.slice(0, 400)]);
  const t7 = node([join(root, 'node_modules/typescript7/bin/tsc'), ...flags, '--noUncheckedIndexedAccess', '--exactOptionalPropertyTypes', '--noImplicitReturns', '--noPropertyAccessFromIndexSignature', ...gens]);
  const t7gen = t7.out.split('\n').filter((l) => l.includes('/gen/'));
  extra('tsc 7 --strict (+ noUncheckedIndexedAccess, exactOptionalPropertyTypes, …) on the generated files', t7gen.length === 0, t7gen.slice(0, 4));
  const tb = node([join(root, 'node_modules/typescript7/bin/tsc'), '--strict', '--noEmit', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--skipLibCheck', '--ignoreConfig', r(join(here, 'buildtime.ts')), ...readdirSync(srcDir).filter((f) => f.endsWith('.tsgrad.d.ts')).map((f) => r(join(srcDir, f)))]);
  extra('tsc 7 --strict on buildtime.ts (grad(f) results typed through the written .tsgrad.d.ts)', tb.code === 0, [tb.out.slice(0, 300)]);
}
extras.push(...lines(node(['--import', 'tsgrad/register', r(join(here, 'probes/throw_check.ts'))]).out));
{
  node([cli, 'compile', r(join(srcDir, 'spline.ts')), '--out-dir', r(join(here, 'srcmap')), '--source-map']);
  extras.push(...lines(node([r(join(here, 'srcmap_check.mjs'))]).out));
}

// 6. repros: [file, command, regex that must match while the finding stands]
const repro = (f) => r(join(here, 'repro', f));
const compileRepro = (f) => node([cli, 'compile', repro(f), '--out-dir', '/tmp/trial38/repro']).out;
const repros = [
  ['unresolved_import.ts', () => compileRepro('unresolved_import.ts'), /unresolved_import\.ts:10:47 - error TSG2002: 'sq' is not a function tsgrad can follow/],
  ['class_refusal_message.ts', () => compileRepro('class_refusal_message.ts'), /:24:10 - error TSG2002: 'new Harmonic\(k\)\.total' is not a function[\s\S]*:35:10 - error TSG2002: 'new Spring\(k\)\.energy' is not a function/],
  ['destructured_options_hint.ts', () => compileRepro('destructured_options_hint.ts'), /:11:9 - error TSG1007[\s\S]*hint: an object parameter passes through without its properties read/],
  ['nested_table_hint.ts', () => compileRepro('nested_table_hint.ts'), /:12:8 - error TSG1009[\s\S]*reading a\[i\][\s\S]*:17:\d+ - error TSG1008: 'BOOK' is a module-level array whose elements are not all numeric/],
  ['length_reset_hint.ts', () => compileRepro('length_reset_hint.ts'), /:11:5 - error TSG1002: assignment to 'rest\.length'[\s\S]*hint: assign to a local variable, a parameter or an element/],
  ['conditional_string_arg.ts', () => compileRepro('conditional_string_arg.ts'), /:9:20 - error TSG1006/],
  ['generic_callback.ts', () => compileRepro('generic_callback.ts'), /:14:10 - error TSG2002: 'sumBy' has a parameter tsgrad cannot pass \(xs: readonly T\[\]\)[\s\S]*:22:10 - error TSG2002: 'sumByNum' has a parameter tsgrad cannot pass \(f: /],
  ['check_hangs.ts', () => { const x = run('timeout', ['60', process.execPath, cli, 'check', repro('check_hangs.ts')]); return `${x.out}\nEXIT ${x.code} (124: killed by timeout after 60 s, nothing printed: ${x.out.trim() === ''})`; }, /EXIT 124/],
];
for (const f of readdirSync(join(here, 'repro')).filter((f) => f.endsWith('.run.ts'))) repros.push([f, () => node(['--import', 'tsgrad/register', repro(f)]).out, /REPRODUCES/]);
const reproRes = repros.map(([f, go, re]) => { const o = go(); return { f, still: re.test(o), first: o.split('\n').find((l) => /error|REPRO|NOT|EXIT/.test(l)) ?? '' }; });

// 7. report
const n = (st) => cases.filter((c) => c.status === st).length;
const slow = Object.entries(timing).filter(([, t]) => Math.min(t.grad, t.vjp) > 3);
say(`# trial38 results: ${t0.toISOString()} → ${new Date().toISOString()}, load ${load0.toFixed(1)} → ${load1.toFixed(1)} (2 shared cores)${NO_TIME ? ', --no-time' : ''}`);
say();
say(`exported functions: ${exported.length} in ${mods.length} modules; checked cases: ${cases.length} (specs of ${new Set(specs.map((s) => s.m + '.' + s.f)).size} functions); others: ${others.length}`);
say(`TOTALS: ok ${n('ok')} / WRONG ${n('WRONG')} / crash ${n('crash')} of ${cases.length} cases; twins ${twins.filter((t) => t.status === 'ok').length}/${twins.length}; refused ${others.filter((o) => o.status === 'refused').length}; MISSING ${others.filter((o) => o.status === 'MISSING').length}; slow ${NO_TIME ? '(not timed)' : slow.length}; self-test ${self.filter((c) => c.status !== 'ok').length}/${self.length} caught`);
say(`extras: ${extras.filter((e) => e.status === 'ok').length}/${extras.length} ok; repros: ${reproRes.filter((x) => x.still).length}/${reproRes.length} still reproduce`);
say();
say('## checked cases (status, module, notes; timing: better of f_grad/f_vjp over f, f in ns)');
for (const c of cases) {
  const t = timing[c.label];
  say(`${c.status.padEnd(6)} ${(c.module + '.' + c.label).padEnd(34)} ${t ? `grad ${t.grad.toFixed(2)}x vjp ${t.vjp.toFixed(2)}x f ${t.fNs} ns${t.runs > 1 ? ` (median of ${t.runs})` : ''}${Math.min(t.grad, t.vjp) > 3 ? '  SLOW' : ''}` : ''} ${c.notes.join('; ')}`);
}
for (const t of twins) say(`${t.status.padEnd(6)} twin ${t.label} ${t.notes.join('; ')}`);
say();
say('## other exported functions');
for (const o of others) say(`${o.status.padEnd(8)} ${o.m}.${o.name} (lines ${o.span.join('-')})${o.d ? `: ${o.d.file}:${o.d.line}:${o.d.col} ${o.d.code} ${o.d.msg} | ${o.d.hint}` : ''}`);
if (scaling.length) { say(); say('## slow cases at two sizes (scaling.mjs)'); for (const s of scaling) say(`${s.name.padEnd(22)} ${s.size.padEnd(14)} f ${s.fNs} ns  grad ${s.grad}x  vjp ${s.vjp}x`); }
say();
say('## extras');
for (const e of extras) say(`${e.status.padEnd(6)} ${e.extra}${e.notes?.filter(Boolean).length ? '\n         ' + e.notes.filter(Boolean).join('\n         ') : ''}`);
say();
say('## repros');
for (const x of reproRes) say(`${x.still ? 'REPRODUCES' : 'GONE      '} repro/${x.f}: ${x.first.trim().slice(0, 200)}`);
say();
say(`self-test (f changed by 1e-3·x²): ${self.filter((c) => c.status === 'WRONG').length} of ${self.length} cases WRONG`);
writeFileSync(join(here, 'results.txt'), out.join('\n') + '\n');
