// trial46 runner: node trial46/run.mjs [--no-time]. Writes trial46/results.txt and exits 0 whatever it finds.
// Copied from trial45/run.mjs and adapted (same steps and report format; paths, extras and probe lists are mine):
// 1. compile src/*.ts into gen/ with the CLI; 2. check.mjs (under tsgrad/register) and its two self-tests, side by
// side; 3. every exported function without a spec, with the diagnostic that refuses it; 4. timing, one fresh
// process per checked case, two more when the better ratio is > 3 (not with --no-time); 5. extras: the build-time
// API, a refused grad(f), tsgrad check on pharm.ts (@domain tags) and on probes/jac.ts, tsgrad trace, tsc 7, the edge
// probes; 6. the repros.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..');
const NO_TIME = process.argv.includes('--no-time');
const scratch = '/tmp/trial46';
mkdirSync(scratch, { recursive: true });
const rel = (p) => relative(root, p);
const env = { ...process.env, NO_COLOR: '1' };
const run = (cmd, args, opts = {}) => {
  const p = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26, env, ...opts });
  return { code: p.status, out: (p.stdout ?? '') + (p.stderr ?? '') };
};
const node = (args, opts) => run(process.execPath, args, opts);
const nodeAsync = (args) => new Promise((resolve) => {
  const p = spawn(process.execPath, args, { cwd: root, env });
  let out = '';
  p.stdout.on('data', (d) => (out += d));
  p.stderr.on('data', (d) => (out += d));
  p.on('close', (code) => resolve({ code, out }));
});
const withLoader = (file, more = []) => ['--import', 'tsgrad/register', rel(join(here, file)), ...more];
const jsonLines = (text) => text.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
const cli = join(root, 'dist/cli/main.js');
const lines = [];
const say = (s = '') => { lines.push(s); console.log(s); };
const started = new Date(), load0 = loadavg()[0];

// 1. compile
const srcDir = join(here, 'src');
const modules = readdirSync(srcDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).sort();
const compiled = node([cli, 'compile', ...modules.map((m) => rel(join(srcDir, m))), '--out-dir', rel(join(here, 'gen'))]);
writeFileSync(join(scratch, 'compile.txt'), compiled.out);
const diags = [];
compiled.out.split('\n').forEach((l, i, all) => {
  const m = /^(\S+\.ts):(\d+):(\d+) - (error|warning|info) (TSG\d+): (.*)$/.exec(l);
  if (m) diags.push({ file: m[1], line: +m[2], col: +m[3], sev: m[4], code: m[5], msg: m[6], hint: all.slice(i + 1, i + 20).find((x) => x.trim().startsWith('hint:'))?.trim() ?? '' });
});
// exported functions and their spans: `export function f(` up to its closing "}" line, or a one-line `export const f = (`
const exported = [];
for (const m of modules) {
  const src = readFileSync(join(srcDir, m), 'utf8').split('\n');
  src.forEach((l, i) => {
    const fn = /^export function (\w+)/.exec(l), arrow = /^export const (\w+) = \(/.exec(l);
    if (!fn && !arrow) return;
    let end = i;
    if (fn) while (src[end] !== '}') end++;
    exported.push({ name: (fn ?? arrow)[1], m: m.slice(0, -3), file: rel(join(srcDir, m)), span: [i + 1, end + 1] });
  });
}

// 2. check and self-tests
const { specs } = await import('./specs.mjs');
const [checked, selfF, selfForms] = (await Promise.all([
  nodeAsync(withLoader('check.mjs')), nodeAsync(withLoader('check.mjs', ['--selftest', 'f'])), nodeAsync(withLoader('check.mjs', ['--selftest', 'forms'])),
])).map((x) => jsonLines(x.out).map((l) => l.case));
const specOf = (label) => specs.find((s) => (s.label ?? s.f) === label);
const fCaught = selfF.filter((c) => c.status === 'WRONG' && c.failed.includes('grad'));
// forms: every check that applies must fail (vjp, jvp, and hvp unless the spec says nohvp)
const formsCaught = selfForms.filter((c) => ['vjp', 'jvp', ...(specOf(c.label).nohvp ? [] : ['hvp'])].every((k) => c.failed.includes(k)));

// 3. exported functions without a spec: the error inside each
const BY_EXTRA = new Set();
const specced = new Set(specs.map((s) => `${s.m}.${s.f}`));
const inSpan = (d, e) => d.file === e.file && d.line >= e.span[0] && d.line <= e.span[1];
const others = exported.filter((e) => !specced.has(`${e.m}.${e.name}`)).map((e) => {
  let d = diags.find((x) => x.sev === 'error' && inSpan(x, e));
  // a refusal in a class or a module constant outside every exported function goes to the one with no f_grad
  const hasGrad = readFileSync(join(here, 'gen', `${e.m}.grad.ts`), 'utf8').includes(`export function ${e.name}_grad(`);
  if (!d && !hasGrad) d = diags.find((x) => x.sev === 'error' && x.file === e.file && !exported.some((o) => inSpan(x, o)));
  return { ...e, status: d ? 'refused' : BY_EXTRA.has(e.name) ? 'by-extra' : hasGrad ? 'UNCHECKED' : 'MISSING', d };
});

// 4. timing
const timing = {};
if (!NO_TIME) {
  for (const s of specs) {
    const label = s.label ?? s.f;
    if (checked.find((c) => c.label === label)?.status !== 'ok') continue;
    const once = () => jsonLines(node(withLoader('check.mjs', ['--time', '--only', label])).out)[0]?.case?.time;
    const runs = [once()].filter(Boolean);
    if (runs.length && Math.min(runs[0].grad, runs[0].vjp) > 3) runs.push(...[once(), once()].filter(Boolean));
    const med = (k) => runs.map((x) => x[k]).sort((a, b) => a - b)[runs.length >> 1];
    if (runs.length) timing[label] = { grad: med('grad'), vjp: med('vjp'), fNs: med('fNs'), runs: runs.length, load: loadavg()[0] };
  }
}
const load1 = loadavg()[0];

// 5. extras
const extras = [];
const extra = (name, ok, notes = []) => extras.push({ extra: name, status: ok ? 'ok' : 'WRONG', notes });
extras.push(...jsonLines(node(withLoader('buildtime.ts')).out));
{
  const x = node(withLoader('register_refused.ts'));
  extra('grad(closureArray) under tsgrad/register: TSG1003 at lang.ts, exit 1, the program not run', x.code === 1 && /lang\.ts:\d+:\d+ - error TSG1003/.test(x.out) && !x.out.includes('RAN'), [`exit ${x.code}`]);
}
{
  const t = performance.now();
  const c = node([cli, 'check', rel(join(srcDir, 'pharm.ts'))], { timeout: 300000 });
  writeFileSync(join(scratch, 'tsgrad-check-pharm.txt'), c.out);
  const rows = c.out.split('\n').filter((l) => /pharm\.ts:\w+\s/.test(l) && !l.includes(': ')).map((l) => l.replace(/\s+/g, ' ').trim());
  const ok = c.code === 0 && rows.length === 10 && rows.every((r) => r.endsWith(' ok'));
  extra('tsgrad check pharm.ts (@domain tags with lengths, int domains for hours, doses, perSubject): 10 rows ok, exit 0', ok, [`exit ${c.code} in ${((performance.now() - t) / 1000).toFixed(0)} s`, ...rows]);
}
{
  // functions that write arrays: tsgrad check goes through their f_jacobian (by columns against by rows)
  const c = node([cli, 'check', rel(join(here, 'probes', 'jac.ts'))], { timeout: 300000 });
  const rows = c.out.split('\n').filter((l) => /jac\.ts:\w+\s/.test(l) && !l.includes(': ')).map((l) => l.replace(/\s+/g, ' ').trim());
  extra('tsgrad check probes/jac.ts (a void shallow-water step into two arrays, a GGX patch writer returning its peak): 2 rows ok through f_jacobian', c.code === 0 && rows.length === 2 && rows.every((r) => r.endsWith(' ok')), [`exit ${c.code}`, ...rows]);
}
{
  const at = { c: 2.5, e0: 3, emax: 80, ec50: 1.7, n: 1.8 };
  const t = node([cli, 'trace', rel(join(srcDir, 'pharm.ts')), 'hillResponse', '--at', Object.entries(at).map(([k, v]) => `${k}=${v}`).join(','), '--wrt', 'ec50', '--format', 'json']);
  const ref = node(['--import', 'tsgrad/register', '--input-type=module', '-e', `
    const { hillResponse: f } = await import('./trial46/src/pharm.ts');
    const { hillResponse_grad } = await import('./trial46/gen/pharm.grad.ts');
    const a = ${JSON.stringify(Object.values(at))};
    const d = (j, h) => { const p = a.slice(), m = a.slice(); p[j] += h; m[j] -= h; return (f(...p) - f(...m)) / (2 * h); };
    const fd = a.map((x, j) => { const h = 1e-4 * Math.max(1, Math.abs(x)); return (4 * d(j, h / 2) - d(j, h)) / 3; });
    console.log(JSON.stringify({ fd, grad: Object.values(hillResponse_grad(...a).grad) }));`]);
  let ok = false, notes = [];
  try {
    const tr = JSON.parse(t.out), r = JSON.parse(ref.out.trim().split('\n').pop());
    const adj = tr.inputs.map((x) => x.adjoint);
    const close = (a, b, tol) => Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));
    ok = adj.length === 5 && adj.every((x, j) => close(x, r.grad[j], 1e-12) && close(x, r.fd[j], 1e-6)) && close(tr.y.tangent, r.fd[3], 1e-6);
    notes = [`adjoints ${adj.map((x) => x.toPrecision(6)).join(' ')}; ẏ along ec50 ${tr.y.tangent}`, `differences ${r.fd.map((x) => x.toPrecision(6)).join(' ')}`];
  } catch (e) { notes = [String(e).slice(0, 200), t.out.slice(0, 300)]; }
  extra('tsgrad trace hillResponse --wrt ec50 --format json (a value class method inlined: pow, division): adjoints = f_grad = differences, ẏ = ∂/∂ec50', ok, notes);
}
{
  const gens = ['gen', 'probes'].flatMap((d) => readdirSync(join(here, d)).filter((f) => f.endsWith('.grad.ts')).map((f) => join(here, d, f)));
  const flags = ['--strict', '--noEmit', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--skipLibCheck', '--ignoreConfig'];
  // from /tmp: inside the repository npx would find the project's own TypeScript
  const tsc7 = (args) => run('npx', ['-y', '-p', 'typescript@7', 'tsc', ...args], { timeout: 240000, cwd: scratch });
  const v7 = tsc7(['--version']).out.trim();
  const g = tsc7([...flags, '--noUnusedLocals', '--noUncheckedIndexedAccess', '--exactOptionalPropertyTypes', '--noImplicitReturns', ...gens]);
  extra(`tsc 7 --strict (+ noUnusedLocals, noUncheckedIndexedAccess, exactOptionalPropertyTypes, noImplicitReturns) on the ${gens.length} generated files (gen/ and probes/)`, g.code === 0, [`npx -y -p typescript@7 tsc (${v7})`, ...g.out.split('\n').filter(Boolean).slice(0, 6)]);
  const dts = readdirSync(srcDir).filter((f) => f.endsWith('.tsgrad.d.ts')).map((f) => join(srcDir, f));
  const b = tsc7([...flags, join(here, 'buildtime.ts'), ...dts]);
  extra('tsc 7 --strict on buildtime.ts (grad(f) typed through the .tsgrad.d.ts the loader wrote)', b.code === 0, b.out.split('\n').filter(Boolean).slice(0, 4));
  const s = tsc7([...flags, ...modules.map((m) => join(srcDir, m))]);
  extra('tsc 7 --strict on my sources', s.code === 0, s.out.split('\n').filter(Boolean).slice(0, 4));
}

// 5b. edge probes: small functions, one construct or edge each (probes/edges.ts, hunt.ts, order.ts, ckpt_*.ts), checked by check.mjs with
// probes/specs.mjs; the ones tsgrad refuses are listed with their diagnostics
const probeDir = join(here, 'probes');
const probeCompile = node([cli, 'compile', ...['edges.ts', 'hunt.ts', 'order.ts', 'jac.ts', 'ckpt_fluid.ts', 'ckpt_game.ts', 'ckpt_pharm.ts', 'classes.ts', 'registered.ts', 'throws.ts'].map((f) => rel(join(probeDir, f)))]);
const probeDiags = probeCompile.out.split('\n').map((l, i, all) => {
  const m = /^(\S+\.ts):(\d+):(\d+) - error (TSG\d+): (.*)$/.exec(l);
  return m && `${m[1]}:${m[2]} ${m[4]} ${m[5]} | ${all.slice(i + 1, i + 20).find((x) => x.trim().startsWith('hint:'))?.trim() ?? ''}`;
}).filter(Boolean);
const probeCases = jsonLines(node(withLoader('check.mjs', ['--specs', './probes/specs.mjs'])).out).map((l) => l.case);
// fieldFromParams was finding 1 (repro/field_initialiser_order.ts), WRONG while it stood; refused since (TSG1002, one of the listed diagnostics)
const KNOWN = new Set([]);
const probeBad = probeCases.filter((c) => c.status !== 'ok' && !KNOWN.has(c.label));
const known = probeCases.filter((c) => KNOWN.has(c.label)).map((c) => `${c.status} ${c.label} ${c.notes.slice(0, 1).join('')}`);
extra(`probes: ${probeCases.length} cases of probes/specs.mjs, all ok but the finding-1 case`, probeBad.length === 0 && probeCases.length > 0, [...known, ...probeBad.map((c) => `${c.status} ${c.label} ${c.failed.join(',')} ${c.notes.slice(0, 2).join('; ')}`)]);
extra(`probes refused (probes/*.ts): ${probeDiags.length} diagnostics, listed`, probeDiags.length === 6 && probeDiags.some((d) => d.includes("classes.ts:") && d.includes("read by the initialiser of the field")), probeDiags);

{
  // a registered derivative (implicit function theorem over a bisection): tsgrad check goes through ecTarget_vjp
  const c = node([cli, 'check', rel(join(here, 'probes', 'registered.ts'))], { timeout: 300000 });
  const rows = c.out.split('\n').filter((l) => /registered\.ts:\w+/.test(l) && !l.includes(': ')).map((l) => l.replace(/\s+/g, ' ').trim());
  extra('tsgrad check probes/registered.ts (ecTarget_vjp beside a bisection; a loss through it): 2 rows ok', c.code === 0 && rows.length === 2 && rows.every((r) => r.endsWith(' ok')), [`exit ${c.code}`, ...rows]);
}
{
  // f_hessian of seven functions: row j bit-equal to f_hvp along e_j (README), symmetric to rounding
  const c = node(withLoader('hessian_check.mjs'), { timeout: 300000 });
  const rows = jsonLines(c.out);
  extra('f_hessian of 7 functions (5 to 26 inputs): every row bit-equal to f_hvp along its unit vector, symmetric to 1e-12', rows.length === 7 && rows.every((r) => r.worst === 0 && r.asym < 1e-12 && r.bitEqual === `${r.n * r.n}/${r.n * r.n}`), rows.map((r) => `${r.f}: n ${r.n}, bit-equal ${r.bitEqual}, asymmetry ${r.asym.toExponential(1)}`));
}
{
  // each form on a good input before and after the same form threw part-way (caught): same bits
  const c = node(withLoader('throws_check.mjs'), { timeout: 300000 });
  const rows = jsonLines(c.out);
  extra('after a throw part-way (a recursive helper left as a call; a @checkpoint snapshots=2 loop), each form (grad, vjp, jvp, hvp) gives the same bits on the next good input', rows.length === 8 && rows.every((r) => r.threw && r.same), rows.map((r) => `${r.f} ${r.form}: threw ${r.threw}, same ${r.same}`));
}
{
  // the @checkpoint snapshots=2 copies at long runs (many blocks, recomputed from two snapshots) against the plain loops
  const c = node(withLoader('ckpt_compare.mjs'), { timeout: 300000 });
  const rows = c.out.split('\n').filter((l) => /bit-equal|DIFFERS/.test(l)).map((l) => l.replace(/\s+/g, ' ').trim());
  extra('@checkpoint snapshots=2 copies (probes/ckpt_*.ts) at 200-5000 iterations: f_grad bit-equal to the plain loops\' (6 functions, 2 points each)', rows.length === 6 && rows.every((r) => !r.includes('DIFFERS')), rows);
}

// 6. repros
const { repros } = await import('./repro/index.mjs');
const reproRes = repros.map(({ file, how, still }) => {
  const path = rel(join(here, 'repro', file));
  const out = how === 'compile' ? node([cli, 'compile', path, '--out-dir', join(scratch, 'repro')]).out : node(['--import', 'tsgrad/register', path]).out;
  return { file, still: still.test(out), first: out.split('\n').find((l) => /error|REPRODUCES|GONE/.test(l)) ?? out.slice(0, 200) };
});

// report
const count = (st) => checked.filter((c) => c.status === st).length;
const slow = Object.entries(timing).filter(([, t]) => Math.min(t.grad, t.vjp) > 3);
say(`# trial46 results: ${started.toISOString()} → ${new Date().toISOString()}, load ${load0.toFixed(1)} → ${load1.toFixed(1)} (2 shared cores)${NO_TIME ? ', --no-time' : ''}`);
say();
say(`exported functions: ${exported.length} in ${modules.length} modules; checked: ${specced.size} functions as ${checked.length} cases (${specs.length} specs); without a spec: ${others.length}`);
say(`TOTALS: ok ${count('ok')} / WRONG ${count('WRONG')} / crash ${count('crash')} of ${checked.length} cases; refused ${others.filter((o) => o.status === 'refused').length}; checked by an extra ${others.filter((o) => o.status === 'by-extra').length}; MISSING ${others.filter((o) => !['refused', 'by-extra'].includes(o.status)).length}; slow ${NO_TIME ? '(not timed)' : slow.length}`);
say(`self-tests: f changed → ${fCaught.length}/${selfF.length} cases WRONG; forms nudged → ${formsCaught.length}/${selfForms.length} cases with every applicable check failing`);
say(`extras: ${extras.filter((e) => e.status === 'ok').length}/${extras.length} ok; repros: ${reproRes.filter((x) => x.still).length}/${reproRes.length} still reproduce`);
say();
say('## checked cases (status, module.case, timing: f_grad and f_vjp over f, f in ns; failed checks; notes)');
for (const c of checked) {
  const t = timing[c.label];
  const tt = t ? `grad ${t.grad.toFixed(2)}x vjp ${t.vjp.toFixed(2)}x f ${t.fNs} ns${t.runs > 1 ? ` (median of ${t.runs}, load ${t.load.toFixed(1)})` : ''}${Math.min(t.grad, t.vjp) > 3 ? ' SLOW' : ''}` : '';
  say(`${c.status.padEnd(6)} ${`${c.m}.${c.label}`.padEnd(38)} ${tt} ${c.failed.length ? `[${c.failed.join(',')}] ` : ''}${c.notes.slice(0, 3).join('; ')}`.trimEnd());
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
const missF = selfF.filter((c) => !fCaught.includes(c)).map((c) => c.label), missForms = selfForms.filter((c) => !formsCaught.includes(c)).map((c) => c.label);
say(`self-tests not caught: f ${missF.length ? missF.join(', ') : 'none'}; forms ${missForms.length ? missForms.join(', ') : 'none'}`);
writeFileSync(join(here, 'results.txt'), lines.join('\n') + '\n');
