// trial39 runner: node trial39/run.mjs [--no-time]. Exits 0 whatever it finds; writes trial39/results.txt.
//  1. compiles src/*.ts with the CLI into gen/ (output kept in /tmp/trial39/compile.txt)
//  2. checks every spec and twin with check.mjs, then its --selftest (each case must turn WRONG)
//  3. lists the exported functions without a spec: refused (an error inside them) or MISSING
//  4. unless --no-time: times each checked scalar case in a fresh process (three when the better ratio is > 3),
//     then the slow ones at two sizes (scaling.mjs)
//  5. extras: build-time API, a refused grad(f) under tsgrad/register, tsgrad check with @domain tags,
//     tsgrad trace, tsc 7 (npx typescript@7) and tsc 6 --strict on the generated files
//  6. reruns each repro and says whether it still reproduces
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..');
const NO_TIME = process.argv.includes('--no-time');
const tmp = '/tmp/trial39';
mkdirSync(tmp, { recursive: true });
const rel = (p) => relative(root, p);
const sh = (cmd, args, opts = {}) => {
  const p = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, NO_COLOR: '1' }, ...opts });
  return { code: p.status, out: (p.stdout ?? '') + (p.stderr ?? '') };
};
const node = (args, opts) => sh(process.execPath, args, opts);
const reg = (file, more = []) => node(['--import', 'tsgrad/register', rel(join(here, file)), ...more]);
const json = (text) => text.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
const cli = join(root, 'dist/cli/main.js');
const lines = [];
const say = (s = '') => { lines.push(s); console.log(s); };
const started = new Date(), load0 = loadavg()[0];

// 1. compile
const srcDir = join(here, 'src');
const modules = readdirSync(srcDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).sort();
const compiled = node([cli, 'compile', ...modules.map((m) => rel(join(srcDir, m))), '--out-dir', rel(join(here, 'gen'))]);
writeFileSync(join(tmp, 'compile.txt'), compiled.out);
const diags = [];
const cl = compiled.out.split('\n');
cl.forEach((l, i) => {
  const m = /^(\S+\.ts):(\d+):(\d+) - (error|warning|info) (TSG\d+): (.*)$/.exec(l);
  if (m) diags.push({ file: m[1], line: +m[2], col: +m[3], sev: m[4], code: m[5], msg: m[6], hint: cl.slice(i + 1, i + 14).find((x) => x.trim().startsWith('hint:'))?.trim() ?? '' });
});
const exported = [];
for (const m of modules) {
  const file = join(srcDir, m);
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ESNext, true);
  const line = (p) => sf.getLineAndCharacterOfPosition(p).line + 1;
  for (const st of sf.statements) {
    if (!st.modifiers?.some((x) => x.kind === ts.SyntaxKind.ExportKeyword)) continue;
    if (ts.isFunctionDeclaration(st) && st.name) exported.push({ name: st.name.text, m: m.slice(0, -3), file: rel(file), span: [line(st.getStart()), line(st.end)] });
    if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations) if (d.initializer && ts.isArrowFunction(d.initializer)) exported.push({ name: d.name.getText(), m: m.slice(0, -3), file: rel(file), span: [line(d.getStart()), line(d.end)] });
  }
}

// 2. check and self-test
const { specs } = await import('./specs.mjs');
const checked = json(reg('check.mjs').out);
const cases = checked.filter((x) => x.case).map((x) => x.case), twins = checked.filter((x) => x.twin).map((x) => x.twin);
if (cases.length !== specs.length) say(`WARNING: ${cases.length} results for ${specs.length} specs`);
const self = json(reg('check.mjs', ['--selftest']).out).map((x) => x.case);

// 3. the others
const withSpec = new Set(specs.map((s) => `${s.m}.${s.f}`));
const others = exported.filter((e) => !withSpec.has(`${e.m}.${e.name}`)).map((e) => {
  const d = diags.find((x) => x.file === e.file && x.sev === 'error' && x.line >= e.span[0] && x.line <= e.span[1]);
  return { ...e, status: d ? 'refused' : 'MISSING', d };
});

// 4. timing, one fresh process per case
const timing = {};
if (!NO_TIME) {
  for (const s of specs) {
    const label = s.label ?? s.f;
    if (s.outs || cases.find((c) => c.label === label)?.status === 'crash') continue;
    const once = () => json(reg('check.mjs', ['--time', '--only', label]).out)[0]?.case?.time;
    const runs = [once()].filter(Boolean);
    if (runs.length && Math.min(runs[0].grad, runs[0].vjp) > 3) runs.push(once(), once());
    const med = (k) => runs.map((x) => x[k]).sort((a, b) => a - b)[runs.length >> 1];
    if (runs.length) timing[label] = { grad: med('grad'), vjp: med('vjp'), fNs: med('fNs'), runs: runs.length };
  }
}
const scaling = NO_TIME ? [] : json(reg('scaling.mjs').out).map((x) => x.scaling);
const load1 = loadavg()[0];

// 5. extras
const extras = [];
const extra = (name, ok, notes = []) => extras.push({ extra: name, status: ok ? 'ok' : 'WRONG', notes });
extras.push(...json(reg('buildtime.ts').out));
{
  const x = reg('register_refused.ts');
  extra('grad(setOffset) under tsgrad/register: TSG1008 at probes.ts, exit 1, main not run', x.code === 1 && /probes\.ts:\d+:\d+ - error TSG1008/.test(x.out) && !x.out.includes('RAN'), [`exit ${x.code}`, x.out.split('\n').find((l) => /not run/.test(l)) ?? x.out.slice(0, 200)]);
}
{
  const t0 = performance.now();
  const c = node([cli, 'check', rel(join(srcDir, 'robot.ts'))], { timeout: 300000 });
  writeFileSync(join(tmp, 'tsgrad-check-robot.txt'), c.out);
  const rows = c.out.split('\n').filter((l) => /robot\.ts:\w+\s/.test(l)).map((l) => l.replace(/\s+/g, ' ').trim());
  extra('tsgrad check robot.ts (@domain tags on every function): exit 0, all ok', c.code === 0 && rows.length === 5 && rows.every((r) => r.endsWith(' ok')), [`exit ${c.code} in ${((performance.now() - t0) / 1000).toFixed(0)} s`, ...rows]);
}
{
  const t = node([cli, 'trace', rel(join(srcDir, 'probes.ts')), 'optionalScale', '--at', 'x=1.2,scale=2,offset=0.3', '--wrt', 'x']);
  const dot = +(/ẏ = ∂y\/∂x = (-?[\d.]+)/.exec(t.out)?.[1] ?? NaN), bar = +(/∂y\/∂scale = (-?[\d.]+)/.exec(t.out)?.[1] ?? NaN);
  const want = (2 * Math.exp(1.2 / 4)) / 4, wantS = Math.expm1(1.2 / 4);
  extra('tsgrad trace optionalScale --wrt x: ẏ = s·e^(x/4)/4 and ∂y/∂scale = expm1(x/4) (4 decimals)', t.code === 0 && Math.abs(dot - want) < 1e-4 && Math.abs(bar - wantS) < 1e-4, [`ẏ ${dot} (hand ${want.toFixed(4)}), ∂y/∂scale ${bar} (hand ${wantS.toFixed(4)})`]);
}
{
  const gens = readdirSync(join(here, 'gen')).filter((f) => f.endsWith('.grad.ts')).map((f) => rel(join(here, 'gen', f)));
  const flags = ['--strict', '--noEmit', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--skipLibCheck', '--ignoreConfig'];
  // npx runs from /tmp: inside the repository it would pick the project's own tsc (typescript 6) instead
  const abs = gens.map((g) => join(root, g));
  let t7 = sh('npx', ['-y', '-p', 'typescript@7', 'tsc', ...flags, '--noUnusedLocals', '--noUncheckedIndexedAccess', '--exactOptionalPropertyTypes', '--noImplicitReturns', ...abs], { timeout: 240000, cwd: tmp });
  let how = 'npx -y -p typescript@7 tsc';
  if (t7.code === null || /ENOTFOUND|EAI_AGAIN|ETIMEDOUT|network/i.test(t7.out)) { how = 'npx unavailable offline; node_modules/typescript7'; t7 = node([join(root, 'node_modules/typescript7/bin/tsc'), ...flags, '--noUnusedLocals', '--noUncheckedIndexedAccess', '--exactOptionalPropertyTypes', '--noImplicitReturns', ...gens]); }
  const v7 = sh('npx', ['-y', '-p', 'typescript@7', 'tsc', '--version'], { timeout: 120000, cwd: tmp }).out.trim();
  extra(`tsc 7 --strict (+ noUnusedLocals, noUncheckedIndexedAccess, exactOptionalPropertyTypes, noImplicitReturns) on the ${gens.length} generated files`, t7.code === 0, [`${how} (${v7})`, ...t7.out.split('\n').filter(Boolean).slice(0, 4)]);
  const t6 = node([join(root, 'node_modules/typescript/bin/tsc'), ...flags, '--noUnusedLocals', ...gens]);
  extra('tsc 6 --strict --noUnusedLocals on the generated files', t6.code === 0, t6.out.split('\n').filter(Boolean).slice(0, 4));
  const tb = node([join(root, 'node_modules/typescript7/bin/tsc'), ...flags, rel(join(here, 'buildtime.ts')), ...readdirSync(srcDir).filter((f) => f.endsWith('.tsgrad.d.ts')).map((f) => rel(join(srcDir, f)))]);
  extra('tsc 7 --strict on buildtime.ts (grad(f) typed through the .tsgrad.d.ts the build wrote)', tb.code === 0, tb.out.split('\n').filter(Boolean).slice(0, 4));
  const srcs = node([join(root, 'node_modules/typescript7/bin/tsc'), ...flags, ...modules.map((m) => rel(join(srcDir, m)))]);
  extra('tsc 7 --strict on my sources', srcs.code === 0, srcs.out.split('\n').filter(Boolean).slice(0, 4));
}

// 6. repros: [file, how to run it, what its output shows while the finding stands]
const repro = (f) => rel(join(here, 'repro', f));
const compileRepro = (f) => node([cli, 'compile', repro(f), '--out-dir', join(tmp, 'repro')]).out;
const repros = [
  ['pow_negative_base_hessian.run.ts', () => node(['--import', 'tsgrad/register', repro('pow_negative_base_hessian.run.ts')]).out, /REPRODUCES/],
  ['slice_chain_hint.ts', () => compileRepro('slice_chain_hint.ts'), /:10:14 - error TSG1008: 'slice' is not an array method[\s\S]*write a loop/],
  ['tdz_shadow_message.ts', () => compileRepro('tdz_shadow_message.ts'), /:14:11 - error TSG1003: variables of type 'any'/],
  ['rest_destructuring_hint.ts', () => compileRepro('rest_destructuring_hint.ts'), /:9:25 - error TSG1007[\s\S]*\n  hint: bind plain names: const \[a, b\] = …\n/],
  ['scan_early_return.run.ts', () => node(['--import', 'tsgrad/register', repro('scan_early_return.run.ts')]).out, /REPRODUCES/],
  ['biquad_recurrence.run.ts', () => node(['--import', 'tsgrad/register', repro('biquad_recurrence.run.ts')]).out, /REPRODUCES/],
  ['check_small_default.ts', () => node([cli, 'check', repro('check_small_default.ts')], { timeout: 300000 }).out, /integrateCos\s.*FAIL[\s\S]*tagged\s.*FAIL/],
];
const reproRes = repros.map(([f, go, re]) => { const o = go(); return { f, still: re.test(o), first: o.split('\n').find((l) => /error|REPRO|NOT|FAIL|x \(median/.test(l)) ?? '' }; });

// report
const count = (st) => cases.filter((c) => c.status === st).length;
const slow = Object.entries(timing).filter(([, t]) => Math.min(t.grad, t.vjp) > 3);
say(`# trial39 results: ${started.toISOString()} → ${new Date().toISOString()}, load ${load0.toFixed(1)} → ${load1.toFixed(1)} (2 shared cores)${NO_TIME ? ', --no-time' : ''}`);
say();
say(`exported functions: ${exported.length} in ${modules.length} modules; checked: ${new Set(specs.map((s) => `${s.m}.${s.f}`)).size} functions as ${cases.length} cases; others: ${others.length}`);
say(`TOTALS: ok ${count('ok')} / WRONG ${count('WRONG')} / asym ${count('asym')} / crash ${count('crash')} of ${cases.length} cases; twins ${twins.filter((t) => t.status === 'ok').length}/${twins.length} ok; refused ${others.filter((o) => o.status === 'refused').length}; MISSING ${others.filter((o) => o.status === 'MISSING').length}; slow ${NO_TIME ? '(not timed)' : slow.length}; self-test ${self.filter((c) => c.status === 'WRONG').length}/${self.length} turned WRONG`);
say(`extras: ${extras.filter((e) => e.status === 'ok').length}/${extras.length} ok; repros: ${reproRes.filter((x) => x.still).length}/${reproRes.length} still reproduce`);
say();
say('## checked cases (status, module.case, timing: better of f_grad/f_vjp over f, f in ns; notes)');
for (const c of cases) {
  const t = timing[c.label];
  const tt = t ? `grad ${t.grad.toFixed(2)}x vjp ${t.vjp.toFixed(2)}x f ${t.fNs} ns${t.runs > 1 ? ` (median of ${t.runs})` : ''}${Math.min(t.grad, t.vjp) > 3 ? ' SLOW' : ''}` : '';
  say(`${c.status.padEnd(6)} ${`${c.m}.${c.label}`.padEnd(38)} ${tt} ${c.notes.join('; ')}`.trimEnd());
}
for (const t of twins) say(`${t.status.padEnd(6)} twin ${t.label} ${t.notes.join('; ')}`.trimEnd());
if (scaling.length) {
  say();
  say('## cases timed slow, at a small and a large size (scaling.mjs, one process, one measurement each)');
  for (const x of scaling) say(`${x.name.padEnd(26)} ${x.size.padEnd(8)} f ${x.fNs} ns  grad ${x.grad}x  vjp ${x.vjp}x`);
}
say();
say('## exported functions without a spec');
for (const o of others) say(`${o.status.padEnd(8)} ${o.m}.${o.name} (lines ${o.span.join('-')})${o.d ? `: ${o.d.file}:${o.d.line}:${o.d.col} ${o.d.code} ${o.d.msg} | ${o.d.hint}` : ''}`);
say();
say('## extras');
for (const e of extras) say(`${e.status.padEnd(6)} ${e.extra}${e.notes?.filter(Boolean).length ? '\n         ' + e.notes.filter(Boolean).join('\n         ') : ''}`);
say();
say('## repros');
for (const x of reproRes) say(`${x.still ? 'REPRODUCES' : 'GONE      '} repro/${x.f}: ${x.first.trim().slice(0, 220)}`);
say();
say(`self-test (f changed by 1e-3·max(1, |f|)·(x − x0 + 1)² along its first varied input): ${self.filter((c) => c.status === 'WRONG').length} of ${self.length} cases WRONG${self.filter((c) => c.status !== 'WRONG').map((c) => ` — not caught: ${c.label}`).join('')}`);
writeFileSync(join(here, 'results.txt'), lines.join('\n') + '\n');
