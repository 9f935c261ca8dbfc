#!/usr/bin/env node
// Recompiles trial/src with tsgrad's CLI and checks every generated form against my own
// Richardson-extrapolated central differences; times f against f_grad / f_vjp.
// Usage: node trial/run.mjs [--filter name] [--no-time] [--points N] [--verbose]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import * as C from './checker.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const require = createRequire(import.meta.url);
const ts = require(path.join(root, 'node_modules/typescript'));

const argv = process.argv.slice(2);
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
const FILTER = opt('--filter', null);
const POINTS = +opt('--points', 3);
const TIME = !argv.includes('--no-time');
const VERBOSE = argv.includes('--verbose');
const TOL = 1e-6;      // |a-b|/max(1,|a|,|b|) for derivatives against differences
const TOL_F32 = 2e-3;  // where Float32Array storage rounds the values
const SLOW = 3;

const srcDir = path.join(here, 'src');
const outDir = path.join(here, '.out');
const files = fs.readdirSync(srcDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.grad.ts') && !f.endsWith('.d.ts')).sort();

// ---------- 1. compile ----------
const t0 = Date.now();
const comp = spawnSync(process.execPath, [path.join(root, 'dist/cli/main.js'), 'compile', ...files.map((f) => path.join('trial/src', f))], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const compileOut = (comp.stdout || '') + (comp.stderr || '');
fs.writeFileSync(path.join(here, '.compile-output.txt'), compileOut);
console.log(`compile: exit ${comp.status}, ${((Date.now() - t0) / 1000).toFixed(1)} s (full output in trial/.compile-output.txt)`);
const diags = [];
for (const m of compileOut.matchAll(/^(\S+\.ts):(\d+):(\d+) - (error|warning|info) (TSG\d+): (.*)$/gm)) {
  diags.push({ file: path.basename(m[1]), line: +m[2], col: +m[3], sev: m[4], code: m[5], msg: m[6] });
}

// ---------- 2. specs from the sources ----------
function parseDomains(jsdoc) {
  const d = {};
  for (const m of jsdoc.matchAll(/@domain\s+(\w+)\s+(int\s+)?([[(])\s*(-?[\d.e]+)\s*,\s*(-?[\d.e]+)\s*([\])])(?:\s+length\s+(\d+))?/g)) {
    d[m[1]] = { int: !!m[2], lo: +m[4], hi: +m[5], open: m[3] === '(' || m[6] === ')', length: m[7] ? +m[7] : undefined };
  }
  return d;
}

function paramSpec(p, sf, doms, typeParams) {
  const name = p.name.getText(sf);
  let t = p.type ? p.type.getText(sf).replace(/\s+/g, ' ') : 'number';
  if (typeParams.has(t)) t = 'number';
  const dom = doms[name];
  const defaultDom = { int: false, lo: -1, hi: 1, open: false };
  const optional = !!p.questionToken || !!p.initializer;
  const arr = t.match(/^(?:readonly )?(number\[\]|Float64Array|Float32Array|Int32Array|Int8Array|Uint8Array|ArrayLike<number>)$/);
  if (arr) {
    let at = arr[1] === 'ArrayLike<number>' ? 'Float64Array' : arr[1];
    const active = !/^(Int|Uint)/.test(at);
    return { name, kind: 'array', arrayType: at, active, length: dom?.length ?? 4, domain: dom ?? defaultDom, optional };
  }
  if (t === 'number' || /^number \| undefined$/.test(t) || /^[A-Z]\w*$/.test(t) && doms[name]?.int) {
    return { name, kind: 'number', active: true, domain: dom ?? defaultDom, optional };
  }
  if (t === 'boolean') return { name, kind: 'boolean', active: false };
  const lits = [...t.matchAll(/'([^']*)'/g)].map((m) => m[1]);
  if (lits.length && t.split('|').every((s) => /^\s*'[^']*'\s*$/.test(s))) return { name, kind: 'string', values: lits, active: false };
  return { name, kind: 'other', type: t, active: false };
}

const specs = [];
const fnSpans = []; // every function (exported or not) per file: for mapping diagnostics
for (const file of files) {
  const text = fs.readFileSync(path.join(srcDir, file), 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const lineOf = (pos) => sf.getLineAndCharacterOfPosition(pos).line + 1;
  for (const st of sf.statements) {
    let name, fn, exported = false;
    const mods = ts.canHaveModifiers(st) ? ts.getModifiers(st) ?? [] : [];
    exported = mods.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (ts.isFunctionDeclaration(st) && st.name) { name = st.name.text; fn = st; }
    else if (ts.isVariableStatement(st)) {
      const d = st.declarationList.declarations[0];
      if (d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) { name = d.name.getText(sf); fn = d.initializer; }
    } else if (ts.isClassDeclaration(st) && st.name) {
      fnSpans.push({ file, name: st.name.text, start: lineOf(st.getStart(sf)), end: lineOf(st.end), exported: false });
    }
    if (!fn) continue;
    fnSpans.push({ file, name, start: lineOf(st.getStart(sf)), end: lineOf(st.end), exported });
    if (!exported) continue;
    const jsdoc = ts.getJSDocCommentsAndTags(fn === st ? st : st).map((j) => j.getText(sf)).join('\n');
    const doms = parseDomains(jsdoc);
    const typeParams = new Set((fn.typeParameters ?? []).map((tp) => tp.name.text));
    const params = fn.parameters.map((p) => paramSpec(p, sf, doms, typeParams));
    const ret = fn.type ? fn.type.getText(sf) : 'number';
    const fdstep = jsdoc.match(/@fdstep\s+([\d.e-]+)/);
    const expect = jsdoc.match(/@expect-mismatch\s+(.*)/);
    specs.push({ file, name, params, ret, returnsNumber: ret !== 'void', line: lineOf(st.getStart(sf)), fdstep: fdstep ? +fdstep[1] : undefined, expectMismatch: expect ? expect[1].trim() : undefined });
  }
}

function functionAt(file, line) {
  let best = null;
  for (const s of fnSpans) if (s.file === file && line >= s.start && line <= s.end && (!best || s.start >= best.start)) best = s;
  return best?.name;
}
for (const d of diags) d.fn = functionAt(d.file, d.line);
// which exported functions does each function reach (for TSG2003 and diagnostics inside helpers)?
const callGraph = new Map();
for (const file of files) {
  const text = fs.readFileSync(path.join(srcDir, file), 'utf8').split('\n');
  for (const s of fnSpans.filter((s) => s.file === file)) {
    const body = text.slice(s.start - 1, s.end).join('\n');
    callGraph.set(s.name, new Set(fnSpans.filter((o) => o.name !== s.name && new RegExp(`\\b${o.name}\\s*[(<]|new ${o.name}\\b|\\b${o.name}\\.`).test(body)).map((o) => o.name)));
  }
}
function reaches(a, b, seen = new Set()) {
  if (a === b) return true;
  if (seen.has(a)) return false;
  seen.add(a);
  for (const c of callGraph.get(a) ?? []) if (reaches(c, b, seen)) return true;
  return false;
}

// ---------- 3. transpile sources and generated modules ----------
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
for (const f of fs.readdirSync(srcDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))) {
  const js = ts.transpileModule(fs.readFileSync(path.join(srcDir, f), 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }, fileName: f,
  }).outputText;
  fs.writeFileSync(path.join(outDir, f.replace(/\.ts$/, '.js')), js);
}

// ---------- 4. check each function ----------
const results = [];
const rand = C.rng(20261204);
for (const spec of specs) {
  if (FILTER && !spec.name.includes(FILTER)) continue;
  const r = { name: spec.name, file: spec.file, status: 'ok', notes: [], forms: [] };
  results.push(r);
  const own = diags.filter((d) => d.sev === 'error' && d.fn && (d.fn === spec.name || reaches(spec.name, d.fn)) && (d.fn === spec.name || d.file === spec.file || true));
  const src = await import(pathToFileURL(path.join(outDir, spec.file.replace(/\.ts$/, '.js'))).href);
  let gen = {};
  try {
    gen = await import(pathToFileURL(path.join(outDir, spec.file.replace(/\.ts$/, '.grad.js'))).href);
  } catch (e) {
    if (!/Cannot find module/.test(String(e))) { r.status = 'crash'; r.notes.push('import of generated module: ' + e.message); continue; }
  }
  const f = src[spec.name];
  const G = (suffix) => gen[`${spec.name}_${suffix}`];
  if (!G('vjp')) {
    const infos = diags.filter((d) => d.fn === spec.name);
    if (own.length || infos.length) {
      r.status = 'refused';
      r.notes.push([...own, ...infos.filter((d) => !own.includes(d))].map((d) => `${d.code} at ${d.file}:${d.line}:${d.col} (${d.fn}): ${d.msg}`).join(' | '));
    } else {
      r.status = 'missing';
      r.notes.push('no generated vjp and no diagnostic');
    }
    continue;
  }
  if (own.length) r.notes.push('has a vjp despite errors: ' + own.map((d) => d.code).join(','));
  C.setStep(spec.fdstep);
  try {
    checkFunction(spec, f, G, r);
    if (spec.expectMismatch && r.status === 'WRONG') { r.status = 'expected'; r.notes.unshift('mismatch expected: ' + spec.expectMismatch); }
  } catch (e) {
    r.status = 'crash';
    r.notes.push(String(e && e.stack || e).split('\n').slice(0, 3).join(' / '));
  }
  if (TIME && r.status === 'ok') {
    try {
      timeFunction(spec, f, G, r);
      if (r.ratio > SLOW) {
        // the machine is shared: time a flagged function again and keep the better measurement
        const first = { time: r.time, ratios: r.ratios, ratio: r.ratio };
        timeFunction(spec, f, G, r);
        if (first.ratio < r.ratio) Object.assign(r, first);
      }
      if (r.ratio > SLOW) r.status = 'slow';
    } catch (e) { r.notes.push('timing failed: ' + e.message); }
  }
}

function wrong(r, form, msg) {
  if (r.status === 'ok' || r.status === 'slow') r.status = 'WRONG';
  r.notes.push(`${form}: ${msg}`);
}

function fmtPoint(spec, args) {
  return spec.params.map((p, i) => `${p.name}=${Array.isArray(args[i]) || ArrayBuffer.isView(args[i]) ? '[' + Array.from(args[i], (v) => +(+v).toPrecision(6)).join(',') + ']' : typeof args[i] === 'number' ? +args[i].toPrecision(8) : JSON.stringify(args[i])}`).join(' ');
}

function findWritten(spec, f, args) {
  const written = new Set();
  for (let k = 0; k < 3; k++) {
    const a = k === 0 ? C.cloneArgs(args) : C.drawPoint(spec, rand);
    const before = C.cloneArgs(a);
    f(...a);
    spec.params.forEach((p, pi) => {
      if (p.kind === 'array' && p.active && Array.from(a[pi]).some((v, i) => !Object.is(v, before[pi][i]))) written.add(pi);
    });
  }
  return [...written].sort((x, y) => x - y);
}

function gradEntry(grad, c) {
  const g = grad[c.name.replace(/\[\d+\]$/, '')];
  if (g === undefined) return undefined;
  return c.idx < 0 ? g : g[c.idx];
}

function zeroAdj(spec, args, fill = () => 0) {
  const adj = {};
  spec.params.forEach((p, pi) => {
    if (!p.active) return;
    adj[p.name] = p.kind === 'number' ? fill() : Float64Array.from({ length: args[pi].length }, fill);
  });
  return adj;
}

function flatAdj(spec, cols, adj) {
  return cols.map((c) => { const v = adj[spec.params[c.pi].name]; return c.idx < 0 ? v : v[c.idx]; });
}

function checkFunction(spec, f, G, r) {
  let pointsTried = 0, pointsUsed = 0;
  const isF32 = spec.params.some((p) => p.arrayType === 'Float32Array') || /fround|Float32Array/.test(f.toString());
  const tol = isF32 ? TOL_F32 : TOL;
  let worst = { grad: 0, vjp: 0, jvp: 0, hvp: 0, hessian: 0, jacobian: 0 };
  const forms = ['vjp', 'grad', 'jvp', 'hvp', 'hessian', 'jacobian'].filter((k) => G(k));
  r.forms = forms;
  const probe = C.drawPoint(spec, rand);
  spec.written = findWritten(spec, f, probe);
  let reported = new Set();
  const report = (form, msg) => { if (!reported.has(form)) { reported.add(form); wrong(r, form, msg); } };
  while (pointsUsed < POINTS && pointsTried < POINTS * 6) {
    pointsTried++;
    const args = C.drawPoint(spec, rand);
    const cols = C.columnsOf(spec, args);
    const y0 = C.outputsOf(spec, f, args);
    if (y0.some((v) => !Number.isFinite(v))) continue;
    pointsUsed++;
    const P = fmtPoint(spec, args);
    const outs = (a) => C.outputsOf(spec, f, a);
    // the Jacobian by my differences: J[row][col]
    // at three step sizes: a derivative agrees when it agrees with the differences at one of them
    // (a large step has truncation error where the function curves fast, a small one rounding)
    const scales = [1, 0.1, 0.01];
    const Jfds = scales.map((sc) => cols.map((c) => (c.skip ? null : C.fdColumn(outs, args, c, sc))));
    const Jfd = Jfds[0];
    const best = (fn) => { let b = { e: Infinity }; for (const J of Jfds) { const exp = fn(J); const e = C.err(...[exp.got, exp.exp]); if (e < b.e) b = { e, exp: exp.exp }; } return b; };
    // --- f_grad ---
    if (spec.returnsNumber && G('grad')) {
      const a = C.cloneArgs(args);
      const res = G('grad')(...a);
      if (!C.sameValue(res.value, f(...C.cloneArgs(args)))) report('grad', `value ${res.value} differs from f's ${f(...C.cloneArgs(args))} at ${P}`);
      spec.params.forEach((p, pi) => { if (p.kind === 'array' && Array.from(a[pi]).some((v, i) => !Object.is(v, args[pi][i]))) report('grad', `left ${p.name} changed at ${P}`); });
      const keys = Object.keys(res.grad).sort().join(',');
      const want = spec.params.filter((p) => p.active).map((p) => p.name).sort().join(',');
      if (keys !== want) report('grad', `keys {${keys}} expected {${want}}`);
      cols.forEach((c, k) => {
        if (c.skip) return;
        const got = gradEntry(res.grad, c);
        const { e, exp } = best((J) => ({ got, exp: J[k][0] }));
        worst.grad = Math.max(worst.grad, e);
        if (!(e <= tol)) report('grad', `d/d${c.name} at ${P}: got ${got}, differences ${exp}`);
      });
      // --- f_vjp: accumulation and seed ---
      const init = zeroAdj(spec, args, () => rand() - 0.5);
      const adj = structuredClone(init);
      const v = G('vjp')(...C.cloneArgs(args), adj, 0.75);
      if (!C.sameValue(v, res.value)) report('vjp', `returned ${v}, f_grad's value ${res.value}`);
      const gi = flatAdj(spec, cols, res.grad), a0 = flatAdj(spec, cols, init), a1 = flatAdj(spec, cols, adj);
      cols.forEach((c, k) => {
        const e = C.err(a1[k], a0[k] + 0.75 * gi[k]);
        worst.vjp = Math.max(worst.vjp, e);
        if (!(e <= 1e-12)) report('vjp', `adj.${c.name}: ${a1[k]} expected ${a0[k]} + 0.75 * ${gi[k]} at ${P}`);
      });
    }
    // --- void f_vjp: adjoints of what it writes ---
    if (!spec.returnsNumber && G('vjp')) {
      const nOut = y0.length;
      const w = Array.from({ length: nOut }, () => rand() - 0.5);
      const init = zeroAdj(spec, args, () => rand() - 0.5);
      // the adjoints of the written arrays on entry are the output weights
      let o = 0;
      for (const pi of spec.written) for (let i = 0; i < args[pi].length; i++) init[spec.params[pi].name][i] = w[o++];
      const adj = structuredClone(init);
      const a = C.cloneArgs(args);
      G('vjp')(...a, adj);
      const a0 = flatAdj(spec, cols, init), a1 = flatAdj(spec, cols, adj);
      cols.forEach((c, k) => {
        if (c.skip) return;
        const isWritten = spec.written.includes(c.pi);
        const { e, exp } = best((J) => {
          let jtw = 0;
          for (let rr = 0; rr < nOut; rr++) jtw += J[k][rr] * w[rr];
          return { got: a1[k], exp: isWritten ? jtw : a0[k] + jtw };
        });
        worst.vjp = Math.max(worst.vjp, e);
        if (!(e <= tol)) report('vjp', `adj.${c.name}: got ${a1[k]}, differences ${exp}${isWritten ? ' (written array)' : ''} at ${P}`);
      });
    }
    // --- f_jvp ---
    if (G('jvp')) {
      const dir = cols.map((c) => (c.skip ? 0 : rand() - 0.5));
      const tangent = {};
      // a number[] parameter's tangent given as a number[] (the README allows both)
      spec.params.forEach((p, pi) => { if (p.active) tangent[p.name] = p.kind === 'number' ? 0 : p.arrayType === 'number[]' ? new Array(args[pi].length).fill(0) : new Float64Array(args[pi].length); });
      cols.forEach((c, k) => { if (c.idx < 0) tangent[c.name] = dir[k]; else tangent[spec.params[c.pi].name][c.idx] = dir[k]; });
      const a = C.cloneArgs(args);
      const res = G('jvp')(...a, tangent);
      // expected: J · dir from my differences
      const nOut = y0.length;
      const JvOf = (J) => Array.from({ length: nOut }, (_, rr) => cols.reduce((s, c, k) => s + (c.skip ? 0 : J[k][rr] * dir[k]), 0));
      const Jvs = Jfds.map(JvOf);
      const got = [];
      if (spec.returnsNumber) {
        got.push(res.tangent);
        if (!C.sameValue(res.value, y0[0])) report('jvp', `value ${res.value} vs f ${y0[0]}`);
      }
      for (const pi of spec.written) for (let i = 0; i < args[pi].length; i++) got.push(tangent[spec.params[pi].name][i]);
      // f_jvp must write what f writes
      const af = C.cloneArgs(args); f(...af);
      for (const pi of spec.written) if (Array.from(a[pi]).some((v, i) => !Object.is(v, af[pi][i]))) report('jvp', `left ${spec.params[pi].name} different from what f writes`);
      got.forEach((g, rr) => {
        const { e, exp } = best((J) => ({ got: g, exp: Jvs[Jfds.indexOf(J)][rr] }));
        worst.jvp = Math.max(worst.jvp, e);
        if (!(e <= tol)) report('jvp', `output ${rr} along a random direction: got ${g}, differences ${exp} at ${P}`);
      });
    }
    // --- f_hvp and f_hessian: against differences of f_grad ---
    if (spec.returnsNumber && (G('hvp') || G('hessian')) && G('grad')) {
      const gfun = (a) => flatAdj(spec, cols, G('grad')(...a).grad);
      const Hfds = scales.map((sc) => cols.map((c) => (c.skip ? null : C.fdColumn(gfun, args, c, sc)))); // Hfd[k] = d grad / d col k
      const Hfd = Hfds[0];
      const bestH = (fn) => { let b = { e: Infinity }; for (const H of Hfds) { const x = fn(H); const e = C.err(x.got, x.exp); if (e < b.e) b = { e, exp: x.exp }; } return b; };
      const htol = isF32 ? TOL_F32 : 1e-5;
      if (G('hvp')) {
        const dir = cols.map((c) => (c.skip ? 0 : rand() - 0.5));
        const v = {};
        spec.params.forEach((p, pi) => { if (p.active) v[p.name] = p.kind === 'number' ? 0 : new Float64Array(args[pi].length); });
        cols.forEach((c, k) => { if (c.idx < 0) v[c.name] = dir[k]; else v[spec.params[c.pi].name][c.idx] = dir[k]; });
        const res = G('hvp')(...C.cloneArgs(args), v);
        if (!C.sameValue(res.value, y0[0])) report('hvp', `value ${res.value} vs f ${y0[0]}`);
        const hv = flatAdj(spec, cols, res.hvp);
        cols.forEach((c, j) => {
          if (c.skip) return;
          const { e, exp } = bestH((H) => ({ got: hv[j], exp: cols.reduce((s, c2, k) => s + (c2.skip ? 0 : H[k][j] * dir[k]), 0) }));
          worst.hvp = Math.max(worst.hvp, e);
          if (!(e <= htol)) report('hvp', `(Hv).${c.name}: got ${hv[j]}, differences of f_grad ${exp} at ${P}`);
        });
      }
      if (G('hessian')) {
        const res = G('hessian')(...C.cloneArgs(args));
        const n = cols.length;
        if (res.hessian.length !== n * n) report('hessian', `length ${res.hessian.length}, expected ${n}x${n}`);
        else for (let j = 0; j < n; j++) for (let k = 0; k < n; k++) {
          if (cols[j].skip || cols[k].skip) continue;
          const { e, exp } = bestH((H) => ({ got: res.hessian[j * n + k], exp: H[j][k] }));
          worst.hessian = Math.max(worst.hessian, e);
          if (!(e <= htol)) report('hessian', `H[${cols[j].name}, ${cols[k].name}]: got ${res.hessian[j * n + k]}, differences ${exp} at ${P}`);
        }
      }
    }
    // --- f_jacobian, both strategies ---
    if (G('jacobian')) {
      for (const mode of ['forward', 'reverse']) {
        const a = C.cloneArgs(args);
        const res = G('jacobian')(...a, mode);
        if (res.rows !== y0.length || res.columns !== cols.length) { report('jacobian', `${mode}: ${res.rows}x${res.columns}, expected ${y0.length}x${cols.length}`); continue; }
        if (spec.returnsNumber && !C.sameValue(res.value, y0[0])) report('jacobian', `value ${res.value} vs ${y0[0]}`);
        spec.params.forEach((p, pi) => { if (p.kind === 'array' && Array.from(a[pi]).some((v, i) => !Object.is(v, args[pi][i]))) report('jacobian', `${mode}: left ${p.name} changed`); });
        for (let rr = 0; rr < res.rows; rr++) for (let k = 0; k < res.columns; k++) {
          if (cols[k].skip) continue;
          const { e, exp } = best((J) => ({ got: res.jacobian[rr * res.columns + k], exp: J[k][rr] }));
          worst.jacobian = Math.max(worst.jacobian, e);
          if (!(e <= tol)) report('jacobian', `${mode} J[${rr}, ${cols[k].name}]: got ${res.jacobian[rr * res.columns + k]}, differences ${exp} at ${P}`);
        }
      }
    }
  }
  if (pointsUsed === 0) { r.status = 'crash'; r.notes.push('no point with a finite value'); }
  r.worst = worst;
}

function timeFunction(spec, f, G, r) {
  const args = C.drawPoint(spec, rand);
  const forms = ['f'];
  if (G('grad') && spec.returnsNumber) forms.push('grad');
  forms.push('vjp');
  const adj = zeroAdj(spec, args);
  const arrs = Object.values(adj).filter((v) => typeof v !== 'number');
  const nums = Object.keys(adj).filter((k) => typeof adj[k] === 'number');
  const seeds = spec.written.map((pi) => adj[spec.params[pi].name]);
  const zero = () => { for (let i = 0; i < arrs.length; i++) arrs[i].fill(0); for (let i = 0; i < nums.length; i++) adj[nums[i]] = 0; };
  const { times, ratios } = C.timeForms(forms, (name) => {
    const a = C.cloneArgs(args);
    if (name === 'f') return () => f(...a);
    if (name === 'grad') { const g = G('grad'); return () => g(...a); }
    const v = G('vjp');
    if (!spec.returnsNumber) {
      // the adjoints of the written arrays are the seeds of a void function's vjp
      return () => { zero(); for (let i = 0; i < seeds.length; i++) seeds[i].fill(1); v(...a, adj); return 1; };
    }
    return () => { zero(); return v(...a, adj); };
  });
  r.time = Object.fromEntries(forms.map((n, i) => [n, times[i]]));
  r.ratios = Object.fromEntries(forms.map((n, i) => [n, ratios[i]]));
  const best = Math.min(...forms.slice(1).map((n) => r.ratios[n]));
  r.ratio = best;
}

// ---------- 5. build-time forms through tsgrad/register ----------
let registerLines = [];
if (!argv.includes('--no-register') && !FILTER) {
  const reg = spawnSync(process.execPath, ['--import', 'tsgrad/register', 'trial/register-demo.ts'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  registerLines = ((reg.stdout || '') + (reg.stderr || '')).trim().split('\n');
  if (reg.status !== 0 && !registerLines.some((l) => l.startsWith('WRONG'))) registerLines.push(`crash    register demo exited with ${reg.status}`);
}

// ---------- 6. report ----------
const pad = (s, n) => String(s).padEnd(n);
const totals = {};
for (const r of results) {
  totals[r.status] = (totals[r.status] ?? 0) + 1;
  const t = r.time ? `f ${fmtNs(r.time.f)}` + (r.ratios.grad ? ` grad ${r.ratios.grad.toFixed(2)}x` : '') + ` vjp ${r.ratios.vjp.toFixed(2)}x` : '';
  console.log(`${pad(r.status, 8)} ${pad(r.file + ':' + r.name, 44)} ${pad(r.forms?.join(',') ?? '', 36)} ${t}${r.notes.length && (VERBOSE || r.status !== 'ok') ? '\n           ' + r.notes.join('\n           ') : ''}`);
}
function fmtNs(ns) { return ns < 1000 ? ns.toFixed(0) + ' ns' : ns < 1e6 ? (ns / 1000).toFixed(2) + ' µs' : (ns / 1e6).toFixed(2) + ' ms'; }
for (const l of registerLines) console.log(l);
const regBad = registerLines.filter((l) => !l.startsWith('ok')).length;
const timed = results.filter((r) => r.ratio).sort((a, b) => b.ratio - a.ratio);
console.log('\nslowest gradient/function ratios (best of f_grad, f_vjp):');
for (const r of timed.slice(0, 10)) console.log(`  ${r.ratio.toFixed(2)}x  ${r.file}:${r.name}  (f ${fmtNs(r.time.f)})`);
console.log(`\ntotals: ${results.length} functions: ` + Object.entries(totals).map(([k, v]) => `${v} ${k}`).join(', ') + (registerLines.length ? `; register: ${registerLines.length - regBad} ok, ${regBad} not ok` : ''));
fs.writeFileSync(path.join(here, '.results.json'), JSON.stringify(results, null, 1));
process.exitCode = (totals.WRONG || totals.crash || totals.missing || regBad) ? 1 : 0;
