// My checker. Run under `node --import tsgrad/register trial37/check.mjs [--time] [--only name] [--selftest]`.
// Prints one JSON line per checked function: { check: { name, status, notes, ratio? } }.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { specs, twins } from './specs.mjs';

const here = new URL('.', import.meta.url).pathname;
const argv = process.argv.slice(2);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : null;
const doTime = argv.includes('--time');
const selftest = argv.includes('--selftest');

// parameter names of exported functions, from the sources
const paramsOf = {};
function params(m, f) {
  paramsOf[m] ??= (() => {
    const sf = ts.createSourceFile(m, readFileSync(`${here}src/${m}.ts`, 'utf8'), ts.ScriptTarget.Latest, true);
    const o = {};
    for (const st of sf.statements) {
      if (ts.isFunctionDeclaration(st) && st.name) o[st.name.text] = st.parameters.map((p) => p.name.getText());
      if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations)
        if (d.initializer && ts.isArrowFunction(d.initializer)) o[d.name.getText()] = d.initializer.parameters.map((p) => p.name.getText());
    }
    return o;
  })();
  return paramsOf[m][f];
}

function rng(seed) {
  let a = seed >>> 0;
  return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
const isArr = (v) => ArrayBuffer.isView(v) || Array.isArray(v);
const clone = (v) => (Array.isArray(v) ? v.slice() : ArrayBuffer.isView(v) ? v.slice() : v && typeof v === 'object' ? { ...v } : v);
const cloneArgs = (args) => args.map(clone);
const same = (a, b) => {
  if (isArr(a)) return isArr(b) && a.length === b.length && Array.from(a).every((x, i) => Object.is(x, b[i]));
  if (a && typeof a === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return Object.is(a, b);
};
const close = (a, b, rel, abs) => Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b)) + abs;
// the differentiable keys of a parameter value: number or float array
const diffable = (v) => typeof v === 'number' || v instanceof Float64Array || v instanceof Float32Array || Array.isArray(v);

// Richardson-extrapolated central difference of g (scalar or vector valued) along a perturbation
function richardson(g, h) {
  const d = (s) => { const p = g(s), m = g(-s); return Array.isArray(p) ? p.map((x, i) => (x - m[i]) / (2 * s)) : (p - m) / (2 * s); };
  const a = d(h), b = d(h / 2);
  return Array.isArray(a) ? a.map((x, i) => (4 * b[i] - x) / 3) : (4 * b - a) / 3;
}

const mods = {};
async function load(m) {
  mods[m] ??= { src: await import(`./src/${m}.ts`), gen: await import(`./gen/${m}.grad.ts`) };
  return mods[m];
}

import { timeIt } from './timing.mjs';
let sink = 0;

async function check(spec) {
  const { src, gen } = await load(spec.m);
  const name = spec.label ?? spec.f;
  const notes = [];
  let status = 'ok';
  const bad = (msg) => { status = 'WRONG'; if (notes.length < 8) notes.push(msg); };
  let f = src[spec.f];
  if (selftest) { const f0 = f; f = (...a) => { const x0 = a.find((v) => typeof v === 'number') ?? a[0][0]; return f0(...a) + 1e-3 * x0 * x0; }; }
  const names = params(spec.m, spec.f);
  const fixed = new Set(spec.fixed ?? []);
  const outs = new Set(spec.outs ?? []);
  const writer = outs.size > 0;
  const G = (suffix) => gen[`${spec.f}_${suffix}`];
  const r = rng(1234 + name.length * 77);
  const points = [spec.gen(r), spec.gen(r), spec.gen(r)];
  for (const [pi, args00] of points.entries()) {
    const args0 = [...args00, ...Array(names.length - args00.length).fill(undefined)];
    const left = names.filter((n, i) => args0[i] === undefined); // defaults left out: gradient 0
    const keys = names.filter((n, i) => diffable(args0[i]));
    const idx = (k) => names.indexOf(k);
    const snapshot = cloneArgs(args0);
    const unchanged = (what, args) => {
      for (const [i, v] of args.entries()) if (!outs.has(names[i]) && !same(v, snapshot[i])) bad(`${what} mutated ${names[i]}`);
    };
    if (!writer) {
      const a = cloneArgs(args0);
      const v = f(...a.slice(0, args00.length));
      const fg = G('grad');
      if (!fg) { bad('no _grad'); continue; }
      const res = fg(...a);
      unchanged('f_grad', a);
      if (!Object.is(res.value, v)) bad(`pt${pi}: value ${res.value} !== f ${v}`);
      if (Object.keys(res.grad).sort().join() !== [...keys, ...left].sort().join()) bad(`pt${pi}: grad keys ${Object.keys(res.grad)} vs ${keys}`);
      for (const k of left) if (res.grad[k] !== 0) bad(`grad.${k} of a default left out is ${res.grad[k]}, not 0`);
      // FD per component
      const scaleAbs = 1e-7 * Math.max(1, Math.abs(v));
      for (const k of keys) {
        if (fixed.has(k)) continue;
        const i = idx(k);
        const comps = typeof args0[i] === 'number' ? [-1] : Array.from(args0[i], (_, j) => j);
        for (const j of comps) {
          const g = j < 0 ? res.grad[k] : res.grad[k][j];
          const x0 = j < 0 ? args0[i] : args0[i][j];
          let best = Infinity, fdBest = NaN;
          for (const hs of [1e-3, 1e-4, 1e-5, 1e-6]) {
            const h = hs * Math.max(1, Math.abs(x0));
            const fd = richardson((s) => { const b = cloneArgs(args0); if (j < 0) b[i] = x0 + s; else b[i][j] = x0 + s; return f(...b.slice(0, args00.length)); }, h);
            const err = Math.abs(fd - g) / (Math.max(Math.abs(fd), Math.abs(g)) + scaleAbs / 1e-5);
            if (err < best) { best = err; fdBest = fd; }
            if (close(g, fd, spec.tol ?? 1e-6, scaleAbs)) { best = 0; break; }
          }
          if (best > 0) bad(`pt${pi}: d/d${k}${j < 0 ? '' : `[${j}]`} = ${g}, FD ${fdBest}`);
        }
      }
      // vjp: pre-filled adj, seed 1.7
      const fv = G('vjp');
      const adj = {}, pre = {};
      for (const k of keys) { const x = args0[idx(k)]; adj[k] = typeof x === 'number' ? 0.25 : Float64Array.from(x, (_, j) => 0.1 * j - 0.2); pre[k] = clone(adj[k]); }
      const b = cloneArgs(args0);
      const vv = fv(...b, adj, 1.7);
      unchanged('f_vjp', b);
      if (!Object.is(vv, v)) bad(`f_vjp value ${vv} !== ${v}`);
      for (const k of keys) {
        const want = typeof pre[k] === 'number' ? [pre[k] + 1.7 * res.grad[k]] : Array.from(pre[k], (p, j) => p + 1.7 * res.grad[k][j]);
        const got = typeof adj[k] === 'number' ? [adj[k]] : Array.from(adj[k]);
        const gs = 1e-10 * Math.max(1, ...want.map(Math.abs));
        const jBad = want.findIndex((w, j) => !close(w, got[j], 1e-10, gs));
        if (jBad >= 0) bad(`f_vjp adj.${k}[${jBad}] ${got[jBad]} vs pre + 1.7 grad ${want[jBad]}`);
      }
      // jvp along a random direction (fixed params get 0)
      const dir = {};
      const rr = rng(99 + pi);
      for (const k of keys) { const x = args0[idx(k)]; dir[k] = fixed.has(k) ? (typeof x === 'number' ? 0 : new Float64Array(x.length)) : typeof x === 'number' ? rr() - 0.5 : Float64Array.from(x, () => rr() - 0.5); }
      const dot = (g) => keys.reduce((s, k) => s + (typeof dir[k] === 'number' ? dir[k] * g[k] : Array.from(dir[k]).reduce((t, d, j) => t + d * g[k][j], 0)), 0);
      const gv = dot(res.grad);
      const fj = G('jvp');
      if (fj) {
        const c = cloneArgs(args0);
        const jr = fj(...c, dir);
        unchanged('f_jvp', c);
        if (!Object.is(jr.value, v)) bad(`f_jvp value ${jr.value} !== ${v}`);
        if (!close(jr.tangent, gv, 1e-9, 1e-12 * Math.max(1, Math.abs(v)))) bad(`f_jvp tangent ${jr.tangent} vs grad.v ${gv}`);
      } else notes.push('no f_jvp');
      // hvp vs differences of f_grad
      const fh = G('hvp');
      if (fh) {
        const c = cloneArgs(args0);
        const hr = fh(...c, dir);
        unchanged('f_hvp', c);
        if (!Object.is(hr.value, v)) bad(`f_hvp value ${hr.value} !== ${v}`);
        for (const k of keys) if (!same(hr.grad[k], res.grad[k]) && !(typeof hr.grad[k] === 'number' && close(hr.grad[k], res.grad[k], 1e-13, 0))) bad(`f_hvp grad.${k} differs from f_grad's`);
        const flat = (g) => keys.flatMap((k) => (typeof g[k] === 'number' ? [g[k]] : Array.from(g[k])));
        const hv = flat(hr.hvp);
        let bestErr = Infinity, fdB;
        for (const hs of [1e-4, 1e-5, 1e-3, 1e-6]) {
          const fd = richardson((s) => {
            const b = cloneArgs(args0);
            for (const k of keys) { const i = idx(k); if (typeof b[i] === 'number') b[i] += s * dir[k]; else for (let j = 0; j < b[i].length; j++) b[i][j] += s * dir[k][j]; }
            return flat(G('grad')(...b).grad);
          }, hs);
          const sc = Math.max(1e-6, ...fd.map(Math.abs), ...hv.map(Math.abs));
          const err = Math.max(...fd.map((x, j) => Math.abs(x - hv[j]) / sc));
          if (err < bestErr) { bestErr = err; fdB = fd; }
          if (err < (spec.tol ?? 1e-5)) break;
        }
        if (bestErr >= (spec.tol ?? 1e-5)) bad(`pt${pi}: f_hvp ${hv.slice(0, 3).map((x) => x.toPrecision(6))} vs FD of f_grad ${fdB.slice(0, 3).map((x) => x.toPrecision(6))} (rel ${bestErr.toExponential(1)})`);
        const fH = G('hessian');
        if (fH && hv.length <= 40) {
          const H = fH(...cloneArgs(args0));
          // the Hessian's inputs: every key of grad in parameter order, defaults left out included (direction 0 there)
          const all = names.filter((k) => k in res.grad);
          const flatAll = (g) => all.flatMap((k) => (g[k] === undefined ? [0] : typeof g[k] === 'number' ? [g[k]] : Array.from(g[k])));
          const dv = flatAll(dir), hvA = flatAll(hr.hvp), n = dv.length;
          if (H.hessian.length !== n * n) bad(`f_hessian is ${H.hessian.length} long, expected ${n}x${n}`);
          const hv2 = hvA;
          const Hv = Array.from({ length: n }, (_, a) => dv.reduce((s, d, b) => s + H.hessian[b * n + a] * d, 0));
          const sc = Math.max(1e-9, ...hv2.map(Math.abs));
          if (!Hv.every((x, j) => Math.abs(x - hv2[j]) <= 1e-8 * sc)) bad(`f_hessian.v ${Hv.slice(0, 3)} vs f_hvp ${hv2.slice(0, 3)}`);
        }
      } else notes.push('no f_hvp');
      if (pi === 0 && doTime && status === 'ok') {
        const t = timeIt(f, fg, fv, cloneArgs(args0), () => { const o = {}; for (const k of keys) o[k] = typeof args0[idx(k)] === 'number' ? 0 : new Float64Array(args0[idx(k)].length); return o; });
        return { name, status, notes, time: t };
      }
    } else {
      // writer: rows = value (if any) + written arrays; columns = keys in param order, elements
      const run = (args) => { const b = cloneArgs(args); const val = f(...b); const rows = typeof val === 'number' ? [val] : []; for (const o of outs) rows.push(...b[idx(o)]); return rows; };
      const cols = [];
      for (const k of keys) { const x = args0[idx(k)]; if (typeof x === 'number') cols.push([k, -1]); else for (let j = 0; j < x.length; j++) cols.push([k, j]); }
      const base = run(args0);
      const Jfd = cols.map(([k, j]) => {
        if (fixed.has(k)) return null;
        const i = idx(k);
        return richardson((s) => { const b = cloneArgs(args0); if (j < 0) b[i] += s; else b[i][j] += s; return run(b); }, 1e-4);
      });
      const fJ = G('jacobian');
      for (const mode of ['auto', 'forward', 'reverse']) {
        const c = cloneArgs(args0);
        const J = fJ(...c, mode);
        unchanged(`f_jacobian(${mode})`, c);
        if (J.rows !== base.length || J.columns !== cols.length) { bad(`jacobian(${mode}) shape ${J.rows}x${J.columns} vs ${base.length}x${cols.length}`); continue; }
        for (let cI = 0; cI < cols.length; cI++) {
          if (!Jfd[cI]) continue;
          for (let rI = 0; rI < base.length; rI++) {
            const a = J.jacobian[rI * cols.length + cI], b = Jfd[cI][rI];
            if (!close(a, b, 1e-6, 1e-8)) { bad(`jacobian(${mode})[${rI},${cols[cI].join(':')}] ${a} vs FD ${b}`); break; }
          }
        }
      }
      // jvp: writes what f writes, tangents J.v into the out keys
      const rr = rng(7 + pi);
      const dir = {};
      for (const k of keys) { const x = args0[idx(k)]; dir[k] = fixed.has(k) ? (typeof x === 'number' ? 0 : new Float64Array(x.length)) : typeof x === 'number' ? rr() - 0.5 : Float64Array.from(x, () => rr() - 0.5); }
      const dv = cols.map(([k, j]) => (j < 0 ? dir[k] : dir[k][j]));
      const Jv = base.map((_, rI) => cols.reduce((s, _c, cI) => s + (Jfd[cI] ? Jfd[cI][rI] * dv[cI] : 0), 0));
      const c = cloneArgs(args0);
      const td = Object.fromEntries(Object.entries(dir).map(([k, v]) => [k, clone(v)]));
      f(...cloneArgs(args0));
      const jr = G('jvp')(...c, td);
      const ref = cloneArgs(args0); f(...ref);
      for (const o of outs) if (!same(c[idx(o)], ref[idx(o)])) bad(`f_jvp wrote ${o} differently from f`);
      let off = 0;
      if (jr && typeof jr.value === 'number') { if (!close(jr.tangent, Jv[0], 1e-6, 1e-8)) bad(`f_jvp tangent ${jr.tangent} vs ${Jv[0]}`); off = 1; }
      for (const o of outs) { const t = td[o]; for (let j = 0; j < t.length; j++) if (!close(t[j], Jv[off + j], 1e-6, 1e-8)) { bad(`f_jvp tangent.${o}[${j}] ${t[j]} vs J.v ${Jv[off + j]}`); break; } off += t.length; }
      // void vjp: adj of outs = w; inputs get + J^T w; written arrays' adj replaced by their J^T w part
      if (base.length === [...outs].reduce((s, o) => s + args0[idx(o)].length, 0)) {
        const w = base.map((_, j) => Math.cos(j + pi));
        const adj = {}, pre = {};
        let o2 = 0;
        for (const k of keys) { const x = args0[idx(k)]; if (outs.has(k)) { adj[k] = Float64Array.from(w.slice(o2, o2 + x.length)); o2 += x.length; } else adj[k] = typeof x === 'number' ? 0.5 : Float64Array.from(x, () => 0.3); pre[k] = clone(adj[k]); }
        const c2 = cloneArgs(args0);
        G('vjp')(...c2, adj);
        for (const [cI, [k, j]] of cols.entries()) {
          if (!Jfd[cI]) continue;
          const jtw = base.reduce((s, _x, rI) => s + Jfd[cI][rI] * w[rI], 0);
          const want = (outs.has(k) ? 0 : j < 0 ? pre[k] : pre[k][j]) + jtw;
          const got = j < 0 ? adj[k] : adj[k][j];
          if (!close(got, want, 1e-6, 1e-8)) { bad(`void f_vjp adj.${k}${j < 0 ? '' : `[${j}]`} ${got} vs ${want}`); break; }
        }
      }
    }
  }
  return { name, status, notes };
}

// twins: same values and gradients at the first spec's points
async function twin(a, b) {
  const sa = specs.find((s) => s.f === a), sb = specs.find((s) => s.f === b);
  const A = await load(sa.m), B = await load(sb.m);
  const r = rng(5), ex = sb.gen(rng(5));
  const notes = [];
  for (let p = 0; p < 3; p++) {
    const args = sa.gen(r);
    const argsB = args.map((v, i) => (Array.isArray(ex[i]) && ArrayBuffer.isView(v) ? Array.from(v) : ex[i] instanceof Float64Array && Array.isArray(v) ? Float64Array.from(v) : v));
    const ga = A.gen[`${a}_grad`](...cloneArgs(args)), gb = B.gen[`${b}_grad`](...cloneArgs(argsB));
    if (!close(ga.value, gb.value, 1e-12, 1e-14)) notes.push(`value ${ga.value} vs ${gb.value}`);
    const kb = Object.keys(gb.grad);
    for (const [ki, k] of Object.keys(ga.grad).entries()) {
      const x = ga.grad[k], y = gb.grad[kb[ki]];
      const xs = typeof x === 'number' ? [x] : Array.from(x), ys = typeof y === 'number' ? [y] : Array.from(y ?? []);
      if (!xs.every((v, j) => close(v, ys[j], 1e-10, 1e-12))) notes.push(`grad.${k} ${xs.slice(0, 2)} vs ${ys.slice(0, 2)}`);
    }
  }
  return { name: `twin ${a} = ${b}`, status: notes.length ? 'WRONG' : 'ok', notes };
}

for (const s of specs) {
  if (only && (s.label ?? s.f) !== only) continue;
  let res;
  try { res = await check(s); } catch (e) { res = { name: s.label ?? s.f, status: 'crash', notes: [String(e?.stack ?? e).split('\n').slice(0, 3).join(' | ')] }; }
  res.module = s.m;
  console.log(JSON.stringify({ check: res }));
}
if (!only && !selftest) for (const [a, b] of twins) console.log(JSON.stringify({ twin: await twin(a, b) }));
if (sink === 0.123456) console.log('');
