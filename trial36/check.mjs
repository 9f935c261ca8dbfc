// trial36 checker. Run: node --import tsgrad/register trial36/check.mjs [--only a,b] [--time] [--selftest]
// Per function of specs.mjs, at 3 points (or the spec's fixed points): f_grad's value === f's; every gradient
// component against central differences with Richardson extrapolation (retried at h/10, h/100, h/1000 near kinks);
// f_vjp accumulating into a pre-filled adj with seed 1.7; f_jvp against grad·v; f_hvp against Richardson differences
// of f_grad along v (and its grad against f_grad's); f_hessian·v against f_hvp; arguments never mutated. Functions
// that write arrays: f_jacobian (auto, forward, reverse) against differences of the outputs, f_jvp against J·v,
// the void f_vjp against Jᵀw. --time: f vs f_grad and f_vjp, 21 interleaved rounds, median of the per-round ratios.
import ts from 'typescript';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { specs } from './specs.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const argv = process.argv.slice(2);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1].split(',') : null;
const doTime = argv.includes('--time');
const selfTest = argv.includes('--selftest'); // perturb f on purpose: the checker must say WRONG

// parameter names, read from the sources with the TypeScript parser
const paramNames = {};
for (const mod of new Set(Object.values(specs).map((s) => s.module))) {
  const sf = ts.createSourceFile(mod, readFileSync(`${here}src/${mod}.ts`, 'utf8'), ts.ScriptTarget.Latest, true);
  for (const st of sf.statements) {
    if (ts.isFunctionDeclaration(st) && st.name) paramNames[st.name.text] = st.parameters.map((p) => p.name.getText());
    if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations) if (d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) paramNames[d.name.getText()] = d.initializer.parameters.map((p) => p.name.getText());
  }
}

function mulberry(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const hash = (s) => [...s].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261);
const isF = (v) => v instanceof Float64Array || v instanceof Float32Array || (Array.isArray(v) && v.every((x) => typeof x === 'number'));
const clone = (v) => (ArrayBuffer.isView(v) ? v.slice() : Array.isArray(v) ? v.slice() : v && typeof v === 'object' ? { ...v } : v);
const cloneArgs = (a) => a.map(clone);
const same = (a, b) => (ArrayBuffer.isView(a) || Array.isArray(a) ? a.length === b.length && Array.from(a).every((x, i) => Object.is(x, b[i])) : a && typeof a === 'object' ? JSON.stringify(a) === JSON.stringify(b) : Object.is(a, b));
const flatten = (obj, keys, sizes) => { const out = []; for (const k of keys) { const v = obj?.[k]; if (sizes[k] < 0) out.push(v ?? 0); else for (let i = 0; i < sizes[k]; i++) out.push(v ? v[i] : 0); } return out; };
const infNorm = (a) => a.reduce((m, x) => Math.max(m, Math.abs(x)), 0);

// a component of the inputs: parameter p, element i (-1: the number itself)
function moved(args, p, i, d) {
  const a = cloneArgs(args);
  if (i < 0) a[p] += d;
  else a[p][i] += d;
  return a;
}
const base = (args, p, i) => (i < 0 ? args[p] : args[p][i]);

/** Richardson-extrapolated central difference of g (vector-valued) at step h, retried at smaller steps until `ok` */
function richardson(g, x, h0, okFn) {
  let last;
  for (const div of [1, 10, 100, 1000]) {
    const h = (h0 / div);
    if (h < 1e-7 * Math.max(1, Math.abs(x))) break;
    const D = (s) => { const p = g(s), m = g(-s); return p.map((v, k) => (v - m[k]) / (2 * s)); };
    const d1 = D(h), d2 = D(h / 2);
    last = d1.map((v, k) => (4 * d2[k] - v) / 3);
    if (okFn(last)) return { fd: last, div };
  }
  return { fd: last, div: -1 };
}

async function checkOne(name) {
  const spec = specs[name];
  const names = paramNames[name];
  const src = await import(`./src/${spec.module}.js`);
  const gen = await import(`./gen/${spec.module}.grad.js`);
  let f = src[name];
  if (selfTest) { const f0 = f; f = (...a) => f0(...a) + 1e-3 * (typeof a[0] === 'number' ? a[0] * a[0] : a[0][0] * a[0][0]); }
  const notes = [];
  let wrong = false;
  let maxErr = 0;
  const bad = (msg) => { wrong = true; if (notes.length < 8) notes.push(msg); };
  const r = mulberry(hash(name));
  const points = spec.at ?? [spec.gen(r), spec.gen(r), spec.gen(r)];
  const fixed = new Set(spec.fixed ?? []);
  for (let pt = 0; pt < points.length; pt++) {
    const args = points[pt];
    while (args.length < names.length) args.push(undefined);
    const snap = cloneArgs(args);
    const mutated = (label) => { if (!args.every((a, k) => same(a, snap[k]))) { bad(`pt${pt}: ${label} mutated its arguments`); for (let k = 0; k < args.length; k++) args[k] = clone(snap[k]); } };
    if (spec.writes) { checkWriter(); continue; }
    const v0 = f(...cloneArgs(args));
    const gr = gen[`${name}_grad`](...args);
    mutated('f_grad');
    if (!Object.is(gr.value, v0)) bad(`pt${pt}: f_grad value ${gr.value} !== f ${v0}`);
    const keys = Object.keys(gr.grad);
    const sizes = Object.fromEntries(keys.map((k) => [k, typeof gr.grad[k] === 'number' ? -1 : gr.grad[k].length]));
    const gflat = flatten(gr.grad, keys, sizes);
    const gInf = infNorm(gflat);
    // gradient vs differences
    for (const k of keys) {
      const p = names.indexOf(k);
      if (p < 0) { bad(`grad key ${k} is no parameter`); continue; }
      if (args[p] === undefined) { if (sizes[k] > 0 || (sizes[k] < 0 && gr.grad[k] !== 0)) bad(`pt${pt}: grad.${k} of a parameter left out is ${gr.grad[k]}`); continue; }
      if (fixed.has(k)) { if (gr.grad[k] !== 0) notes.push(`pt${pt}: grad.${k} (an integer parameter) is ${gr.grad[k]}, not 0`); continue; }
      const elems = sizes[k] < 0 ? [-1] : [...Array(sizes[k]).keys()];
      for (const i of elems) {
        const x = base(args, p, i);
        const ad = i < 0 ? gr.grad[k] : gr.grad[k][i];
        const h0 = args[p] instanceof Float32Array ? 2 ** -10 : 1e-3 * Math.max(1, Math.abs(x));
        // relative error, with a floor for the rounding of the differences (100 ulps of f over the step)
        let hNow = h0;
        const err = (fd) => Math.abs(ad - fd[0]) / (Math.max(Math.abs(ad), Math.abs(fd[0])) + 1e-6 * gInf + 1e8 * 2.2e-16 * Math.max(1, Math.abs(v0)) / hNow + 1e-12);
        const { fd, div } = richardson((d) => { hNow = Math.abs(d); return [f(...moved(args, p, i, d))]; }, x, h0, (fd) => err(fd) < 1e-6);
        const e = err(fd);
        maxErr = Math.max(maxErr, div === -1 ? e : 0);
        if (div === -1) bad(`pt${pt}: d/d${k}${i < 0 ? '' : `[${i}]`} = ${ad}, differences ${fd[0]} (rel ${e.toExponential(1)}) at ${x}`);
        else if (div > 1 && notes.length < 8) notes.push(`pt${pt}: d/d${k}${i < 0 ? '' : `[${i}]`} agrees at h/${div}`);
      }
    }
    // vjp
    const pre = {}, adj = {};
    for (const k of keys) { if (sizes[k] < 0) { pre[k] = r() - 0.5; adj[k] = pre[k]; } else { pre[k] = Float64Array.from({ length: sizes[k] }, () => r() - 0.5); adj[k] = pre[k].slice(); } }
    const vv = gen[`${name}_vjp`](...args, adj, 1.7);
    mutated('f_vjp');
    if (!Object.is(vv, v0)) bad(`pt${pt}: f_vjp value ${vv} !== ${v0}`);
    const want = flatten(pre, keys, sizes).map((x, q) => x + 1.7 * gflat[q]);
    const got = flatten(adj, keys, sizes);
    const ev = infNorm(got.map((x, q) => x - want[q])) / Math.max(1, gInf);
    if (ev > 1e-12) bad(`pt${pt}: f_vjp adds ${ev.toExponential(1)} off pre + 1.7·grad`);
    // jvp
    const tan = {};
    for (const k of keys) { if (fixed.has(k) || args[names.indexOf(k)] === undefined) continue; tan[k] = sizes[k] < 0 ? r() - 0.5 : Float64Array.from({ length: sizes[k] }, () => r() - 0.5); }
    const tflat = flatten(tan, keys, sizes);
    if (gen[`${name}_jvp`]) {
      const jr = gen[`${name}_jvp`](...args, tan);
      mutated('f_jvp');
      if (!Object.is(jr.value, v0)) bad(`pt${pt}: f_jvp value ${jr.value} !== ${v0}`);
      const gv = gflat.reduce((s, g, q) => s + g * tflat[q], 0);
      const sc = gflat.reduce((s, g, q) => s + Math.abs(g * tflat[q]), 0);
      if (Math.abs(jr.tangent - gv) > 1e-9 * sc + 1e-14) bad(`pt${pt}: f_jvp tangent ${jr.tangent}, grad·v ${gv}`);
    } else notes.push('no f_jvp');
    // hvp
    if (gen[`${name}_hvp`]) {
      const hr = gen[`${name}_hvp`](...args, tan);
      mutated('f_hvp');
      if (!Object.is(hr.value, v0)) bad(`pt${pt}: f_hvp value ${hr.value} !== ${v0}`);
      const hg = flatten(hr.grad, keys, sizes);
      if (hg.some((x, q) => !Object.is(x, gflat[q]))) {
        const d = infNorm(hg.map((x, q) => x - gflat[q])) / Math.max(gInf, 1e-300);
        if (d > 1e-12) bad(`pt${pt}: f_hvp's grad differs from f_grad's by ${d.toExponential(1)}`);
        else if (notes.length < 8) notes.push(`pt${pt}: f_hvp's grad not bit-equal to f_grad's (rel ${d.toExponential(1)})`);
      }
      const hv = flatten(hr.hvp, keys, sizes);
      const gAlong = (e) => {
        // single-precision arrays go in as Float64Array copies here (f only reads them): their rounding would be a staircase
        const a = cloneArgs(args).map((x) => (x instanceof Float32Array ? Float64Array.from(x) : x));
        for (const k of keys) { if (fixed.has(k) || args[names.indexOf(k)] === undefined) continue; const p = names.indexOf(k); if (sizes[k] < 0) a[p] += e * tan[k]; else for (let i = 0; i < sizes[k]; i++) a[p][i] += e * tan[k][i]; }
        return flatten(gen[`${name}_grad`](...a).grad, keys, sizes);
      };
      const xs = Math.max(1, ...keys.filter((k) => !fixed.has(k)).map((k) => infNorm(sizes[k] < 0 ? [args[names.indexOf(k)]] : Array.from(args[names.indexOf(k)] ?? []))));
      const hErr = (fd) => infNorm(fd.map((x, q) => x - hv[q])) / (Math.max(infNorm(fd), infNorm(hv)) + 1e-6 * gInf + 1e-12);
      const { fd, div } = richardson(gAlong, 0, 1e-3, (fd) => hErr(fd) < 1e-5);
      if (div === -1) bad(`pt${pt}: f_hvp off differences of f_grad by ${hErr(fd).toExponential(1)} (max |hvp| ${infNorm(hv).toExponential(2)}, |fd| ${infNorm(fd).toExponential(2)})`);
      else if (div > 1 && notes.length < 8) notes.push(`pt${pt}: hvp agrees with differences at h/${div}`);
      if (gen[`${name}_hessian`] && gflat.length <= 40) {
        const H = gen[`${name}_hessian`](...args).hessian;
        mutated('f_hessian');
        const n = gflat.length;
        const Hv = Array.from({ length: n }, (_, j) => { let s = 0; for (let c = 0; c < n; c++) s += H[j * n + c] * tflat[c]; return s; });
        const e = infNorm(Hv.map((x, q) => x - hv[q])) / (infNorm(hv) + 1e-300);
        if (!(e < 1e-9) && infNorm(hv) > 0) bad(`pt${pt}: f_hessian·v off f_hvp by ${e.toExponential(1)}`);
      }
    } else notes.push('no f_hvp');

    function noop() {}
    noop();
  }
  return { name, status: wrong ? 'WRONG' : 'ok', maxGradErr: maxErr, notes };

  function checkWriter() {}
}

// functions that write arrays (void, or returning a number too): f_jacobian, f_jvp, f_vjp / f_vjpInOut, f_grad
async function checkWriterFn(name) {
  const spec = specs[name];
  const names = paramNames[name];
  const src = await import(`./src/${spec.module}.js`);
  const gen = await import(`./gen/${spec.module}.grad.js`);
  let f = src[name];
  if (selfTest) { const f0 = f; f = (...a) => { const v = f0(...a); const o = a[names.indexOf(spec.writes[0])]; o[0] += 1e-3 * o[0] * o[0]; return v; }; }
  const notes = [];
  let wrong = false, maxErr = 0;
  const bad = (msg) => { wrong = true; if (notes.length < 8) notes.push(msg); };
  const r = mulberry(hash(name));
  for (let pt = 0; pt < 3; pt++) {
    const args = spec.gen(r);
    const retNum = typeof f(...cloneArgs(args)) === 'number';
    const inKeys = names.filter((k, p) => typeof args[p] === 'number' || isF(args[p]));
    const sizes = Object.fromEntries(inKeys.map((k) => [k, typeof args[names.indexOf(k)] === 'number' ? -1 : args[names.indexOf(k)].length]));
    const outputs = (a) => { const c = cloneArgs(a); const v = f(...c); return [...(retNum ? [v] : []), ...spec.writes.flatMap((w) => Array.from(c[names.indexOf(w)]))]; };
    const rows = outputs(args).length;
    const columns = inKeys.reduce((s, k) => s + (sizes[k] < 0 ? 1 : sizes[k]), 0);
    const snap = cloneArgs(args);
    const restoreArgs = () => { for (let k = 0; k < args.length; k++) args[k] = clone(snap[k]); };
    const J = {};
    for (const mode of ['auto', 'forward', 'reverse']) {
      const res = gen[`${name}_jacobian`](...args, mode);
      if (!args.every((a, k) => same(a, snap[k]))) { bad(`pt${pt}: f_jacobian(${mode}) left its arguments changed`); restoreArgs(); }
      if (res.rows !== rows || res.columns !== columns) bad(`pt${pt}: f_jacobian(${mode}) is ${res.rows}×${res.columns}, expected ${rows}×${columns}`);
      if (retNum && !Object.is(res.value, outputs(args)[0])) bad(`pt${pt}: f_jacobian(${mode}).value ${res.value} is not f's`);
      J[mode] = res.jacobian;
    }
    let c = 0;
    for (const k of inKeys) {
      const p = names.indexOf(k);
      for (const i of sizes[k] < 0 ? [-1] : [...Array(sizes[k]).keys()]) {
        const col = Array.from({ length: rows }, (_, q) => J.auto[q * columns + c]);
        const x = base(args, p, i);
        const err = (fd) => infNorm(fd.map((v, q) => v - col[q])) / (Math.max(infNorm(fd), infNorm(col)) + 1e-12);
        const { fd, div } = richardson((d) => outputs(moved(args, p, i, d)), x, 1e-3 * Math.max(1, Math.abs(x)), (fd) => err(fd) < 1e-6);
        if (div === -1) { bad(`pt${pt}: Jacobian column ${k}${i < 0 ? '' : `[${i}]`} off differences by ${err(fd).toExponential(1)}`); maxErr = Math.max(maxErr, err(fd)); }
        c++;
      }
    }
    for (const m of ['forward', 'reverse']) {
      const e = infNorm(Array.from(J.auto).map((v, q) => v - J[m][q])) / (infNorm(Array.from(J.auto)) + 1e-300);
      if (e > 1e-12) bad(`pt${pt}: jacobian(${m}) differs from auto by ${e.toExponential(1)}`);
    }
    const row = (q) => Array.from({ length: columns }, (_, cc) => J.auto[q * columns + cc]);
    // f_jvp: outputs' tangents = J·v, and it writes what f writes
    const tan = {};
    for (const k of inKeys) tan[k] = sizes[k] < 0 ? r() - 0.5 : Float64Array.from({ length: sizes[k] }, () => r() - 0.5);
    const v = flatten(tan, inKeys, sizes);
    const a1 = cloneArgs(args);
    const t1 = Object.fromEntries(Object.entries(tan).map(([k, x]) => [k, clone(x)]));
    const jres = gen[`${name}_jvp`](...a1, t1);
    const a2 = cloneArgs(args); f(...a2);
    if (!spec.writes.every((w) => same(a1[names.indexOf(w)], a2[names.indexOf(w)]))) bad(`pt${pt}: f_jvp does not write what f writes`);
    const gotT = [...(retNum ? [jres.tangent] : []), ...spec.writes.flatMap((w) => Array.from(t1[w]))];
    const wantT = Array.from({ length: rows }, (_, q) => v.reduce((s, x, cc) => s + J.auto[q * columns + cc] * x, 0));
    const ej = infNorm(gotT.map((x, q) => x - wantT[q])) / (infNorm(wantT) + 1e-300);
    if (ej > 1e-10) bad(`pt${pt}: f_jvp tangents off J·v by ${ej.toExponential(1)}`);
    if (retNum && !Object.is(jres.value, outputs(args)[0])) bad(`pt${pt}: f_jvp value is not f's`);
    // reverse: (the void f_vjp, or f_vjpInOut) adj of written arrays = w on entry → Jᵀw; others pre + Jᵀw
    const w = Array.from({ length: rows }, () => r() - 0.5);
    const adj = {}, pre = {};
    for (const k of inKeys) { pre[k] = sizes[k] < 0 ? r() - 0.5 : Float64Array.from({ length: sizes[k] }, () => r() - 0.5); adj[k] = clone(pre[k]); }
    let o = retNum ? 1 : 0;
    for (const wk of spec.writes) { adj[wk] = Float64Array.from(w.slice(o, o + sizes[wk])); o += sizes[wk]; }
    if (retNum) gen[`${name}_vjpInOut`](...cloneArgs(args), adj, w[0]);
    else gen[`${name}_vjp`](...cloneArgs(args), adj);
    const JTw = Array.from({ length: columns }, (_, cc) => w.reduce((s, x, q) => s + J.auto[q * columns + cc] * x, 0));
    const preFlat = flatten(Object.fromEntries(inKeys.map((k) => [k, spec.writes.includes(k) ? (sizes[k] < 0 ? 0 : new Float64Array(sizes[k])) : pre[k]])), inKeys, sizes);
    const gotA = flatten(adj, inKeys, sizes);
    const ea = infNorm(gotA.map((x, q) => x - (preFlat[q] + JTw[q]))) / (infNorm(JTw) + 1e-300);
    if (ea > 1e-10) bad(`pt${pt}: ${retNum ? 'f_vjpInOut' : 'void f_vjp'} off pre + Jᵀw by ${ea.toExponential(1)}`);
    if (retNum) {
      // f_grad: row 0, arrays left as found; f_vjp: adds seed · row 0, arrays left as found
      const g = gen[`${name}_grad`](...args);
      if (!args.every((a, k) => same(a, snap[k]))) { bad(`pt${pt}: f_grad left its arguments changed`); restoreArgs(); }
      const gf = flatten(g.grad, inKeys, sizes);
      const eg = infNorm(gf.map((x, q) => x - row(0)[q])) / (infNorm(row(0)) + 1e-300);
      if (eg > 1e-12 || !Object.is(g.value, outputs(args)[0])) bad(`pt${pt}: f_grad off row 0 of the Jacobian by ${eg.toExponential(1)}`);
      const adj2 = Object.fromEntries(inKeys.map((k) => [k, clone(pre[k])]));
      gen[`${name}_vjp`](...args, adj2, 1.7);
      if (!args.every((a, k) => same(a, snap[k]))) { bad(`pt${pt}: f_vjp left its arguments changed`); restoreArgs(); }
      const pf = flatten(pre, inKeys, sizes);
      const ev = infNorm(flatten(adj2, inKeys, sizes).map((x, q) => x - (pf[q] + 1.7 * gf[q]))) / (infNorm(gf) + 1e-300);
      if (ev > 1e-12) bad(`pt${pt}: f_vjp off pre + 1.7·grad by ${ev.toExponential(1)}`);
    }
  }
  return { name, status: wrong ? 'WRONG' : 'ok', maxGradErr: maxErr, notes };
}

let sink = 0;
function timeOne(name) {
  const spec = specs[name];
  const names = paramNames[name];
  return (async () => {
    const src = await import(`./src/${spec.module}.js`);
    const gen = await import(`./gen/${spec.module}.grad.js`);
    const f = src[name];
    const r = mulberry(hash(name) + 7);
    const args = spec.at ? spec.at[0].slice() : spec.gen(r);
    while (args.length < names.length) args.push(undefined);
    let fns;
    if (spec.writes) {
      const inKeys = names.filter((k, p) => typeof args[p] === 'number' || isF(args[p]));
      const mk = () => Object.fromEntries(inKeys.map((k) => [k, typeof args[names.indexOf(k)] === 'number' ? 0 : new Float64Array(args[names.indexOf(k)].length)]));
      const adj = mk();
      const vjp = gen[`${name}_vjp`];
      const fill = new Function('adj', inKeys.map((k) => (typeof adj[k] === 'number' ? `adj.${k} = 0;` : `adj.${k}.fill(1);`)).join(' '));
      fns = [() => { f(...args); sink += args[names.indexOf(spec.writes[0])][0]; }, null, () => { fill(adj); vjp(...args, adj); sink += adj[inKeys[0]]?.[0] ?? 0; }];
    } else {
      const g0 = gen[`${name}_grad`](...args).grad;
      const adj = Object.fromEntries(Object.entries(g0).map(([k, v]) => [k, typeof v === 'number' ? 0 : new Float64Array(v.length)]));
      const zero = new Function('adj', Object.entries(adj).map(([k, v]) => (typeof v === 'number' ? `adj.${k} = 0;` : `adj.${k}.fill(0);`)).join(' '));
      const grad = gen[`${name}_grad`], vjp = gen[`${name}_vjp`];
      // every result goes into a sink, so that V8 cannot drop a pure primal whose value is unused
      fns = [() => { sink += f(...args); }, () => { sink += grad(...args).value; }, () => { zero(adj); sink += vjp(...args, adj); }];
    }
    // calibrate: one batch of f ≈ 4 ms
    let n = 1;
    for (;;) { const t0 = performance.now(); for (let i = 0; i < n; i++) fns[0](); if (performance.now() - t0 > 4 || n > 1e7) break; n *= 2; }
    for (let w = 0; w < 3; w++) for (const g of fns) if (g) for (let i = 0; i < n; i++) g();
    const ratios = [[], []], abs = [[], [], []];
    for (let round = 0; round < 21; round++) {
      const t = fns.map((g) => { if (!g) return NaN; const t0 = performance.now(); for (let i = 0; i < n; i++) g(); return ((performance.now() - t0) * 1e6) / n; });
      t.forEach((x, k) => abs[k].push(x));
      ratios[0].push(t[1] / t[0]);
      ratios[1].push(t[2] / t[0]);
    }
    const med = (a) => { const s = a.filter((x) => !Number.isNaN(x)).sort((x, y) => x - y); return s.length ? s[s.length >> 1] : NaN; };
    if (sink === 1.2345) console.log('');
    return { name, fNs: med(abs[0]), gradNs: med(abs[1]), vjpNs: med(abs[2]), gradRatio: med(ratios[0]), vjpRatio: med(ratios[1]) };
  })();
}

for (const name of Object.keys(specs)) {
  if (only && !only.includes(name)) continue;
  try {
    if (doTime) console.log(JSON.stringify({ time: await timeOne(name) }));
    else console.log(JSON.stringify({ check: specs[name].writes ? await checkWriterFn(name) : await checkOne(name) }));
  } catch (e) {
    console.log(JSON.stringify({ [doTime ? 'time' : 'check']: { name, status: 'crash', error: true, notes: [String(e?.stack ?? e).split('\n').slice(0, 3).join(' | ')] } }));
  }
}
