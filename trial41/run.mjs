// trial41 runner: node trial41/run.mjs [--no-time]. Writes trial41/results.txt; exits 0 whatever it finds.
// Steps: compile src/ into gen/ with the CLI; check every spec (check.mjs under tsgrad/register) and both
// self-tests; name the exported functions without a spec (refused: the diagnostic inside them); time each checked
// scalar case in a fresh process (not with --no-time); the extras (build-time API, a refused grad(f), tsgrad check
// with @domain tags, tsgrad trace, tsc 7 on the generated files); rerun every repro.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..');
const NO_TIME = process.argv.includes('--no-time');
const scratch = '/tmp/trial41';
mkdirSync(scratch, { recursive: true });
const rel = (p) => relative(root, p);
const run = (cmd, args, opts = {}) => {
  const p = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, NO_COLOR: '1' }, ...opts });
  return { code: p.status, out: (p.stdout ?? '') + (p.stderr ?? '') };
};
const node = (args, opts) => run(process.execPath, args, opts);
// the same, without waiting: the checker and its two self-tests run side by side
const nodeAsync = (args) => new Promise((resolve) => {
  const p = spawn(process.execPath, args, { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
  let out = '';
  p.stdout.on('data', (d) => (out += d));
  p.stderr.on('data', (d) => (out += d));
  p.on('close', (code) => resolve({ code, out }));
});
const loadedAsync = (file, more = []) => nodeAsync(['--import', 'tsgrad/register', rel(join(here, file)), ...more]);
const loaded = (file, more = []) => node(['--import', 'tsgrad/register', rel(join(here, file)), ...more]);
const jsonLines = (text) => text.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
const cli = join(root, 'dist/cli/main.js');
const report = [];
const say = (s = '') => { report.push(s); console.log(s); };
const t0 = new Date(), load0 = loadavg()[0];

// compile
const srcDir = join(here, 'src');
const modules = readdirSync(srcDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).sort();
const compiled = node([cli, 'compile', ...modules.map((m) => rel(join(srcDir, m))), '--out-dir', rel(join(here, 'gen'))]);
writeFileSync(join(scratch, 'compile.txt'), compiled.out);
const diags = [];
compiled.out.split('\n').forEach((l, i, all) => {
  const m = /^(\S+\.ts):(\d+):(\d+) - (error|warning|info) (TSG\d+): (.*)$/.exec(l);
  if (m) diags.push({ file: m[1], line: +m[2], col: +m[3], sev: m[4], code: m[5], msg: m[6], hint: all.slice(i + 1, i + 16).find((x) => x.trim().startsWith('hint:'))?.trim() ?? '' });
});

// the exported functions and their line spans (my sources end each at a line that is "}")
const exported = [];
for (const m of modules) {
  const lines = readFileSync(join(srcDir, m), 'utf8').split('\n');
  lines.forEach((l, i) => {
    const x = /^export function (\w+)/.exec(l);
    // (overload signatures: one function, its span from the first signature to the body's end)
    if (!x || exported.some((e) => e.m === m.slice(0, -3) && e.name === x[1])) return;
    let end = i;
    while (lines[end] !== '}') end++;
    exported.push({ name: x[1], m: m.slice(0, -3), file: rel(join(srcDir, m)), span: [i + 1, end + 1] });
  });
}

// check and self-tests
const { specs } = await import('./specs.mjs');
const [checked, checkedF, checkedForms] = await Promise.all([loadedAsync('check.mjs'), loadedAsync('check.mjs', ['--selftest', 'f']), loadedAsync('check.mjs', ['--selftest', 'forms'])]);
const cases = jsonLines(checked.out).map((x) => x.case);
if (cases.length !== specs.length) say(`WARNING: ${cases.length} results for ${specs.length} specs`);
const selfF = jsonLines(checkedF.out).map((x) => x.case);
const selfForms = jsonLines(checkedForms.out).map((x) => x.case);
// forms: every check that applies must fail (scalar: vjp, jvp and hvp unless nohvp; writer: jvp, and vjp if void)
const formsCaught = selfForms.filter((c) => {
  const s = specs.find((x) => (x.label ?? x.f) === c.label);
  const need = s.outs ? ['jvp', ...(s.returns ? [] : ['vjp'])] : ['vjp', 'jvp', ...(s.nohvp ? [] : ['hvp'])];
  return need.every((k) => c.failed.includes(k));
});
const fCaught = selfF.filter((c) => c.status === 'WRONG');

// exported functions without a spec
const specced = new Set(specs.map((s) => `${s.m}.${s.f}`));
// (a refusal in a helper or class outside every exported function is given to an exported function with no f_grad)
const inSpan = (x, e) => x.file === e.file && x.line >= e.span[0] && x.line <= e.span[1];
const others = exported.filter((e) => !specced.has(`${e.m}.${e.name}`)).map((e) => {
  let d = diags.find((x) => x.sev === 'error' && inSpan(x, e));
  const hasGrad = readFileSync(join(here, 'gen', `${e.m}.grad.ts`), 'utf8').includes(`export function ${e.name}_grad(`);
  if (!d && !hasGrad) d = diags.find((x) => x.sev === 'error' && x.file === e.file && !exported.some((o) => inSpan(x, o)));
  return { ...e, status: d ? 'refused' : 'MISSING', d };
});

// timing: one fresh process per checked scalar case, two more when the better ratio is > 3
const timing = {};
if (!NO_TIME) {
  for (const s of specs) {
    const label = s.label ?? s.f;
    if (s.outs || cases.find((c) => c.label === label)?.status !== 'ok') continue;
    const once = () => jsonLines(loaded('check.mjs', ['--time', '--only', label]).out)[0]?.case?.time;
    const runs = [once()].filter(Boolean);
    if (runs.length && Math.min(runs[0].grad, runs[0].vjp) > 3) runs.push(once(), once());
    const med = (k) => runs.map((x) => x[k]).sort((a, b) => a - b)[runs.length >> 1];
    if (runs.length) timing[label] = { grad: med('grad'), vjp: med('vjp'), fNs: med('fNs'), runs: runs.length, loadAt: loadavg()[0] };
  }
}
const load1 = loadavg()[0];

// extras
const extras = [];
const extra = (name, ok, notes = []) => extras.push({ extra: name, status: ok ? 'ok' : 'WRONG', notes });
extras.push(...jsonLines(loaded('buildtime.ts').out));
{
  const x = loaded('register_refused.ts');
  extra('grad(reversedDot) under tsgrad/register: TSG1008 at edges.ts, exit 1, main not run', x.code === 1 && /edges\.ts:\d+:\d+ - error TSG1008/.test(x.out) && !x.out.includes('RAN'), [`exit ${x.code}`, x.out.split('\n').find((l) => /not run/.test(l)) ?? x.out.slice(0, 200)]);
}
{
  const started = performance.now();
  const c = node([cli, 'check', rel(join(srcDir, 'filter.ts'))], { timeout: 300000 });
  writeFileSync(join(scratch, 'tsgrad-check-filter.txt'), c.out);
  const rows = c.out.split('\n').filter((l) => /filter\.ts:\w+\s/.test(l)).map((l) => l.replace(/\s+/g, ' ').trim());
  extra('tsgrad check filter.ts (@domain tags on every function): exit 0, 7 rows ok', c.code === 0 && rows.length === 7 && rows.every((r) => r.endsWith(' ok')), [`exit ${c.code} in ${((performance.now() - started) / 1000).toFixed(0)} s`, ...rows]);
}
{
  // trace's adjoints and tangent against the generated gradient and Richardson differences of f, computed here
  const at = { s: 100, k: 95, t: 0.5, r: 0.03, sigma: 0.25 };
  const t = node([cli, 'trace', rel(join(srcDir, 'finance.ts')), 'bsCall', '--at', Object.entries(at).map(([k, v]) => `${k}=${v}`).join(','), '--wrt', 'sigma', '--format', 'json']);
  const check = node(['--import', 'tsgrad/register', '--input-type=module', '-e', `
    const { bsCall } = await import('./trial41/src/finance.ts');
    const { bsCall_grad } = await import('./trial41/gen/finance.grad.ts');
    const a = ${JSON.stringify(Object.values(at))};
    const d = (j, h) => { const p = a.slice(), m = a.slice(); p[j] += h; m[j] -= h; return (bsCall(...p) - bsCall(...m)) / (2 * h); };
    const fd = a.map((x, j) => { const h = 1e-4 * Math.max(1, Math.abs(x)); return (4 * d(j, h / 2) - d(j, h)) / 3; });
    console.log(JSON.stringify({ fd, grad: Object.values(bsCall_grad(...a).grad) }));`]);
  let ok = false, notes = [];
  try {
    const tr = JSON.parse(t.out), ref = JSON.parse(check.out.trim().split('\n').pop());
    const adj = tr.inputs.map((x) => x.adjoint);
    const tan = tr.output?.tangent ?? tr.y?.tangent ?? tr.tangent;
    const near = (a, b, rel) => Math.abs(a - b) <= rel * Math.max(1, Math.abs(b));
    ok = adj.every((x, j) => near(x, ref.grad[j], 1e-12) && near(x, ref.fd[j], 1e-6)) && near(tan, ref.fd[4], 1e-6);
    notes = [`adjoints ${adj.map((x) => x.toPrecision(6)).join(' ')}; ẏ along sigma ${tan}`, `differences ${ref.fd.map((x) => x.toPrecision(6)).join(' ')}`];
  } catch (e) { notes = [String(e).slice(0, 200), t.out.slice(0, 200)]; }
  extra('tsgrad trace bsCall --wrt sigma --format json: adjoints = bsCall_grad = differences, ẏ = vega', ok, notes);
}
{
  const gens = readdirSync(join(here, 'gen')).filter((f) => f.endsWith('.grad.ts')).map((f) => join(here, 'gen', f));
  const flags = ['--strict', '--noEmit', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--skipLibCheck', '--ignoreConfig'];
  // from /tmp: inside the repository npx finds the project's own tsc (TypeScript 6)
  const t7 = run('npx', ['-y', '-p', 'typescript@7', 'tsc', ...flags, '--noUnusedLocals', '--noUncheckedIndexedAccess', '--exactOptionalPropertyTypes', '--noImplicitReturns', ...gens], { timeout: 240000, cwd: scratch });
  const v7 = run('npx', ['-y', '-p', 'typescript@7', 'tsc', '--version'], { timeout: 120000, cwd: scratch }).out.trim();
  extra(`tsc 7 --strict (+ noUnusedLocals, noUncheckedIndexedAccess, exactOptionalPropertyTypes, noImplicitReturns) on the ${gens.length} generated files`, t7.code === 0, [`npx -y -p typescript@7 tsc (${v7})`, ...t7.out.split('\n').filter(Boolean).slice(0, 6)]);
  const dts = readdirSync(srcDir).filter((f) => f.endsWith('.tsgrad.d.ts')).map((f) => join(srcDir, f));
  const tb = run('npx', ['-y', '-p', 'typescript@7', 'tsc', ...flags, join(here, 'buildtime.ts'), ...dts], { timeout: 240000, cwd: scratch });
  extra('tsc 7 --strict on buildtime.ts (grad(f) typed through the .tsgrad.d.ts the loader wrote)', tb.code === 0, tb.out.split('\n').filter(Boolean).slice(0, 4));
  const ts = run('npx', ['-y', '-p', 'typescript@7', 'tsc', ...flags, ...modules.map((m) => join(srcDir, m))], { timeout: 240000, cwd: scratch });
  extra('tsc 7 --strict on my sources', ts.code === 0, ts.out.split('\n').filter(Boolean).slice(0, 4));
}

// repros
const reproPath = (f) => rel(join(here, 'repro', f));
const { repros } = await import('./repro/index.mjs');
const reproRes = repros.map(({ file, how, still }) => {
  const out = how === 'compile' ? node([cli, 'compile', reproPath(file), '--out-dir', join(scratch, 'repro')]).out : node(['--import', 'tsgrad/register', reproPath(file)]).out;
  return { file, still: still.test(out), first: out.split('\n').find((l) => /error|REPRO|GONE|FAIL/.test(l)) ?? '' };
});

// report
const count = (st) => cases.filter((c) => c.status === st).length;
const slow = Object.entries(timing).filter(([, t]) => Math.min(t.grad, t.vjp) > 3);
say(`# trial41 results: ${t0.toISOString()} → ${new Date().toISOString()}, load ${load0.toFixed(1)} → ${load1.toFixed(1)} (2 shared cores)${NO_TIME ? ', --no-time' : ''}`);
say();
say(`exported functions: ${exported.length} in ${modules.length} modules; checked: ${specced.size} functions as ${cases.length} cases; without a spec: ${others.length}`);
say(`TOTALS: ok ${count('ok')} / WRONG ${count('WRONG')} / crash ${count('crash')} of ${cases.length} cases; refused ${others.filter((o) => o.status === 'refused').length}; MISSING ${others.filter((o) => o.status === 'MISSING').length}; slow ${NO_TIME ? '(not timed)' : slow.length}`);
say(`self-test: f changed (differences of f + 1e-3·max(1,|f|)·(x − x0 + 1)²): ${fCaught.length}/${selfF.length} cases WRONG; forms nudged: ${formsCaught.length}/${selfForms.length} cases with every applicable check failing`);
say(`extras: ${extras.filter((e) => e.status === 'ok').length}/${extras.length} ok; repros: ${reproRes.filter((x) => x.still).length}/${reproRes.length} still reproduce`);
say();
say('## checked cases (status, module.case, timing: better of f_grad/f_vjp over f, f in ns; notes)');
for (const c of cases) {
  const t = timing[c.label];
  const tt = t ? `grad ${t.grad.toFixed(2)}x vjp ${t.vjp.toFixed(2)}x f ${t.fNs} ns${t.runs > 1 ? ` (median of ${t.runs}, load ${t.loadAt.toFixed(1)})` : ''}${Math.min(t.grad, t.vjp) > 3 ? ' SLOW' : ''}` : '';
  const s = specs.find((x) => (x.label ?? x.f) === c.label);
  say(`${c.status.padEnd(6)} ${`${c.m}.${c.label}`.padEnd(36)} ${tt} ${[...c.notes, ...(s?.nohvp ? [`no hvp comparison: ${s.nohvp}`] : [])].join('; ')}`.trimEnd());
}
say();
say('## exported functions without a spec');
for (const o of others) say(`${o.status.padEnd(8)} ${o.m}.${o.name} (lines ${o.span.join('-')})${o.d ? `: ${o.d.file}:${o.d.line}:${o.d.col} ${o.d.code} ${o.d.msg} | ${o.d.hint}` : ''}`);
say();
say('## extras');
for (const e of extras) say(`${e.status.padEnd(6)} ${e.extra}${e.notes?.filter(Boolean).length ? '\n         ' + e.notes.filter(Boolean).join('\n         ') : ''}`);
say();
say('## repros');
for (const x of reproRes) say(`${x.still ? 'REPRODUCES' : 'GONE      '} repro/${x.file}: ${x.first.trim().slice(0, 220)}`);
say();
const missF = selfF.filter((c) => c.status !== 'WRONG').map((c) => c.label), missForms = selfForms.filter((c) => !formsCaught.includes(c)).map((c) => c.label);
say(`self-test not caught: f ${missF.length ? missF.join(', ') : 'none'}; forms ${missForms.length ? missForms.join(', ') : 'none'}`);
writeFileSync(join(here, 'results.txt'), report.join('\n') + '\n');
