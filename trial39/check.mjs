// trial39 checker: node --import tsgrad/register trial39/check.mjs [--only label] [--selftest] [--time]
// Prints one JSON line per case: {"case": {label, m, status: ok|WRONG|asym|crash, notes, time?}}, then {"twin": …}.
// asym: first order and f_hvp right, but f_hessian·v ≠ f_hvp(v) (a Hessian that is not symmetric).
import { specs, twins } from './specs.mjs';
import { timeRatios } from './timing.mjs';

const argv = process.argv.slice(2);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : null;
const SELF = argv.includes('--selftest');
const TIME = argv.includes('--time');

// ---- tools
function rng(seed) {
  // splitmix32
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) | 0;
    let t = s ^ (s >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    return ((t ^ (t >>> 15)) >>> 0) / 4294967296;
  };
}
const hash = (s) => [...s].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261);
const isArr = (v) => ArrayBuffer.isView(v) || Array.isArray(v);
const isFloatArr = (v) => v instanceof Float64Array || v instanceof Float32Array || Array.isArray(v);
const clone = (v) => (isArr(v) ? v.slice() : v);
const cloneAll = (xs) => xs.map(clone);
const same = (a, b) => (isArr(a) ? a.length === b.length && Array.prototype.every.call(a, (x, i) => Object.is(x, b[i])) : Object.is(a, b));
const close = (a, b, rel, abs) => Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b)) + abs;
// Richardson-extrapolated central difference of g (number or number[]) at step h
function rich(g, h) {
  const d = (s) => { const p = g(s), q = g(-s); return typeof p === 'number' ? (p - q) / (2 * s) : p.map((x, i) => (x - q[i]) / (2 * s)); };
  const a = d(h), b = d(h / 2);
  return typeof a === 'number' ? (4 * b - a) / 3 : a.map((x, i) => (4 * b[i] - x) / 3);
}
const flat = (obj, keys) => keys.flatMap((k) => (typeof obj[k] === 'number' ? [obj[k]] : Array.from(obj[k] ?? [])));

const mods = new Map();
async function load(m) {
  if (!mods.has(m)) mods.set(m, { src: await import(`./src/${m}.ts`), gen: await import(`./gen/${m}.grad.ts`) });
  return mods.get(m);
}

async function check(spec) {
  const label = spec.label ?? spec.f;
  const { src, gen } = await load(spec.m);
  const notes = [];
  let wrong = false, asym = false;
  const bad = (s) => { wrong = true; if (notes.length < 8) notes.push(s); };
  // f_hessian·v ≠ f_hvp(v) with everything else right: the Hessian is not symmetric (status 'asym')
  const badHessian = (s) => { asym = true; if (notes.length < 8) notes.push(s); };
  const fixed = new Set(spec.fixed ?? []), outs = new Set(spec.outs ?? []), nokey = new Set(spec.nokey ?? []), optArrays = new Set(spec.optArrays ?? []);
  const g = (sfx) => gen[`${spec.f}_${sfx}`];
  const r = rng(hash(label));
  let time;
  for (let p = 0; p < 3; p++) {
    const named = spec.args(r);
    for (const k of spec.left ?? []) named[k] = undefined; // left out: passed as undefined, as a call leaving it out does
    const names = Object.keys(named), args = Object.values(named);
    const ix = (k) => names.indexOf(k);
    const keys = names.filter((k, i) => !nokey.has(k) && (args[i] === undefined || typeof args[i] === 'number' || isFloatArr(args[i])));
    const varied = keys.filter((k) => !fixed.has(k) && args[ix(k)] !== undefined);
    const orig = cloneAll(args);
    const keep = (who, a) => a.forEach((v, i) => { if (!outs.has(names[i]) && !same(v, orig[i])) bad(`${who} changed ${names[i]}`); });
    // the function under test; in --selftest it is changed by eps·(x − x0 + 1)² along its first varied input
    const v0 = varied[0], j0 = v0 && isArr(args[ix(v0)]) ? 0 : null;
    const read = (a) => (j0 === null ? a[ix(v0)] : a[ix(v0)][j0]);
    const x0 = v0 ? read(args) : 0;
    const f0 = src[spec.f](...cloneAll(args));
    const eps = 1e-3 * Math.max(1, typeof f0 === 'number' ? Math.abs(f0) : 1);
    const f = (a) => {
      const y = src[spec.f](...a);
      if (!SELF || !v0) return y;
      const bump = eps * (read(a) - x0 + 1) ** 2;
      if (typeof y === 'number' && !outs.size) return y + bump;
      a[ix([...outs][0])][0] += bump;
      return y;
    };
    // a random direction along the varied inputs
    const dr = rng(1000 + p);
    const dir = {};
    for (const k of keys) {
      const x = args[ix(k)];
      dir[k] = x === undefined ? (optArrays.has(k) ? new Float64Array(0) : 0) : typeof x === 'number' ? (fixed.has(k) ? 0 : dr() - 0.5) : Float64Array.from(x, () => (fixed.has(k) ? 0 : dr() - 0.5));
    }
    const moved = (s) => { const a = cloneAll(args); for (const k of varied) { const i = ix(k); if (a[i] === undefined) continue; if (typeof a[i] === 'number') a[i] += s * dir[k]; else for (let j = 0; j < a[i].length; j++) a[i][j] += s * dir[k][j]; } return a; };
    const nudge = (k, j, s) => { const a = cloneAll(args); const i = ix(k); if (j === null) a[i] += s; else a[i][j] += s; return a; };
    const comps = varied.flatMap((k) => { const x = args[ix(k)]; return x === undefined ? [] : typeof x === 'number' ? [[k, null]] : [...x.keys()].map((j) => [k, j]); });
    const steps = (x) => [1e-3, 1e-4, 1e-5, 1e-2].map((s) => s * Math.max(1, Math.abs(x)));

    if (!outs.size) {
      const value = f(cloneAll(args));
      const a1 = cloneAll(args);
      const G = g('grad')(...a1);
      keep('f_grad', a1);
      if (!Object.is(G.value, value)) bad(`f_grad value ${G.value} ≠ f ${value}`);
      const got = Object.keys(G.grad).sort().join(), want = keys.slice().sort().join();
      if (got !== want) bad(`grad keys {${got}}, expected {${want}}`);
      for (const k of keys) if (args[ix(k)] === undefined) {
        const ok = optArrays.has(k) ? G.grad[k] instanceof Float64Array && G.grad[k].length === 0 : G.grad[k] === 0;
        if (!ok) bad(`grad.${k} of a left-out parameter is ${G.grad[k]}`);
      }
      const floor = 1e-7 * Math.max(1, Math.abs(value));
      for (const [k, j] of comps) {
        const ad = j === null ? G.grad[k] : G.grad[k][j];
        const x = j === null ? args[ix(k)] : args[ix(k)][j];
        let best = null;
        for (const h of steps(x)) {
          const fd = rich((s) => f(nudge(k, j, s)), h);
          if (close(ad, fd, spec.tol ?? 1e-6, floor)) { best = null; break; }
          if (best === null || Math.abs(ad - fd) < Math.abs(ad - best)) best = fd;
        }
        if (best !== null) bad(`p${p} ∂/∂${k}${j === null ? '' : `[${j}]`}: AD ${ad}, differences ${best}`);
      }
      // f_vjp into a pre-filled adj, seed 1.7
      const adj = {};
      for (const k of keys) { const x = args[ix(k)]; adj[k] = x === undefined ? (optArrays.has(k) ? new Float64Array(0) : 0.25) : typeof x === 'number' ? 0.25 : Float64Array.from(x, (_, j) => 0.1 * j - 0.2); }
      const pre = Object.fromEntries(Object.entries(adj).map(([k, v]) => [k, clone(v)]));
      const a2 = cloneAll(args);
      const vv = g('vjp')(...a2, adj, 1.7);
      keep('f_vjp', a2);
      if (!Object.is(vv, value)) bad(`f_vjp returned ${vv} ≠ f ${value}`);
      for (const k of keys) {
        const want = flat(pre, [k]).map((v, j) => v + 1.7 * flat(G.grad, [k])[j]), have = flat(adj, [k]);
        const j = want.findIndex((w, t) => !close(w, have[t], 1e-12, 1e-14));
        if (j >= 0) bad(`f_vjp adj.${k}[${j}] ${have[j]}, pre + 1.7·grad ${want[j]}`);
      }
      // f_jvp against grad·v
      const gv = flat(G.grad, keys).reduce((s, x, t) => s + x * flat(dir, keys)[t], 0);
      if (g('jvp')) {
        const a3 = cloneAll(args);
        const J = g('jvp')(...a3, dir);
        keep('f_jvp', a3);
        if (!Object.is(J.value, value)) bad(`f_jvp value ${J.value} ≠ f ${value}`);
        if (!close(J.tangent, gv, 1e-9, 1e-13 * Math.max(1, Math.abs(value)))) bad(`p${p} f_jvp tangent ${J.tangent}, grad·v ${gv}`);
      } else notes.push('no f_jvp');
      // f_hvp against Richardson differences of f_grad along v (gradients of the unchanged f: the generated code)
      if (g('hvp')) {
        const a4 = cloneAll(args);
        const H = g('hvp')(...a4, dir);
        keep('f_hvp', a4);
        if (!Object.is(H.value, value)) bad(`f_hvp value ${H.value}`);
        if (!same(flat(H.grad, keys), flat(G.grad, keys))) bad('f_hvp grad not bit-equal to f_grad');
        const hv = flat(H.hvp, keys);
        let err = Infinity, at = '';
        for (const h of spec.kinks ? [1e-5, 1e-6, 1e-4] : [1e-4, 1e-3, 1e-5, 1e-2]) {
          const fd = rich((s) => flat(g('grad')(...moved(s)).grad, keys), h);
          const sc = Math.max(1e-8, ...fd.map(Math.abs), ...hv.map(Math.abs));
          const e = Math.max(0, ...fd.map((x, t) => Math.abs(x - hv[t]) / sc));
          if (e < err) { err = e; at = `hvp ${hv.slice(0, 3).map((x) => x.toPrecision(6))} vs ${fd.slice(0, 3).map((x) => x.toPrecision(6))}`; }
          if (err < (spec.hvpTol ?? 1e-5)) break;
        }
        if (err >= (spec.hvpTol ?? 1e-5)) bad(`p${p} f_hvp vs differences of f_grad: rel ${err.toExponential(2)} (${at})`);
        if (g('hessian') && hv.length <= 40) {
          const Hm = g('hessian')(...cloneAll(args)).hessian, d = flat(dir, keys), n = d.length;
          const Hd = d.map((_, a) => d.reduce((s, x, b) => s + Hm[a * n + b] * x, 0));
          const sc = Math.max(1e-12, ...hv.map(Math.abs));
          if (Hm.length !== n * n || Hd.some((x, t) => Math.abs(x - hv[t]) > 1e-9 * sc)) badHessian(`p${p} f_hessian·v ${Hd.slice(0, 3)} vs f_hvp ${hv.slice(0, 3)}`);
        }
      } else notes.push('no f_hvp');
      if (TIME && p === 0) time = timeRatios(src[spec.f], g('grad'), g('vjp'), args, () => Object.fromEntries(keys.map((k) => { const x = args[ix(k)]; return [k, x === undefined ? (optArrays.has(k) ? new Float64Array(0) : 0) : typeof x === 'number' ? 0 : new Float64Array(x.length)]; })));
    } else {
      // a writer: rows = value (if any) then each written array; columns = the keys' elements
      const rows = (a) => { const b = cloneAll(a); const y = f(b); const out = typeof y === 'number' ? [y] : []; for (const o of names.filter((n) => outs.has(n))) out.push(...b[ix(o)]); return out; };
      const base = rows(args);
      const cols = keys.flatMap((k) => { const x = args[ix(k)]; return typeof x === 'number' ? [[k, null]] : [...x.keys()].map((j) => [k, j]); });
      const fd = cols.map(([k, j]) => (fixed.has(k) ? null : rich((s) => rows(nudge(k, j, s)), 1e-4 * Math.max(1, Math.abs(j === null ? args[ix(k)] : args[ix(k)][j])))));
      for (const mode of ['auto', 'forward', 'reverse']) {
        const a5 = cloneAll(args);
        const J = g('jacobian')(...a5, mode);
        a5.forEach((v, i) => { if (!same(v, orig[i])) bad(`f_jacobian(${mode}) left ${names[i]} changed`); });
        if (J.rows !== base.length || J.columns !== cols.length) { bad(`f_jacobian(${mode}) is ${J.rows}×${J.columns}, want ${base.length}×${cols.length}`); continue; }
        let shown = false;
        for (let c = 0; c < cols.length && !shown; c++) for (let q = 0; q < base.length && fd[c]; q++) {
          if (!close(J.jacobian[q * cols.length + c], fd[c][q], 1e-6, 1e-8)) { bad(`p${p} J(${mode})[${q}][${cols[c].join('')}] ${J.jacobian[q * cols.length + c]}, differences ${fd[c][q]}`); shown = true; break; }
        }
      }
      // f_jvp: writes what f writes, and J·v into the tangent's arrays of the outputs
      const d = cols.map(([k, j]) => (j === null ? dir[k] : dir[k][j]));
      const Jv = base.map((_, q) => cols.reduce((s, _c, c) => s + (fd[c] ? fd[c][q] * d[c] : 0), 0));
      const a6 = cloneAll(args), tan = Object.fromEntries(Object.entries(dir).map(([k, v]) => [k, clone(v)]));
      const jr = g('jvp')(...a6, tan);
      const ref = cloneAll(args); f(ref);
      for (const o of outs) if (!same(a6[ix(o)], ref[ix(o)])) bad(`f_jvp wrote ${o} unlike f`);
      let off = 0;
      if (jr && typeof jr.value === 'number') { if (!close(jr.tangent, Jv[0], 1e-6, 1e-8)) bad(`f_jvp tangent ${jr.tangent}, J·v ${Jv[0]}`); off = 1; }
      for (const o of names.filter((n) => outs.has(n))) { const t = tan[o]; const q = Array.from(t).findIndex((x, i) => !close(x, Jv[off + i], 1e-6, 1e-8)); if (q >= 0) bad(`p${p} f_jvp tangent.${o}[${q}] ${t[q]}, J·v ${Jv[off + q]}`); off += t.length; }
      // void f_vjp: adj of the outputs holds w on entry; after, inputs get pre + Jᵀw
      if (typeof f0 !== 'number') {
        const w = base.map((_, q) => Math.cos(0.7 * q + p));
        const adj = {}, pre = {};
        let o2 = 0;
        for (const k of keys) { const x = args[ix(k)]; if (outs.has(k)) { adj[k] = Float64Array.from(w.slice(o2, o2 + x.length)); o2 += x.length; } else adj[k] = typeof x === 'number' ? 0.25 : Float64Array.from(x, () => -0.3); pre[k] = clone(adj[k]); }
        g('vjp')(...cloneAll(args), adj);
        for (const [c, [k, j]] of cols.entries()) {
          if (!fd[c]) continue;
          const jtw = base.reduce((s, _x, q) => s + fd[c][q] * w[q], 0);
          const want = (outs.has(k) ? 0 : j === null ? pre[k] : pre[k][j]) + jtw, have = j === null ? adj[k] : adj[k][j];
          if (!close(have, want, 1e-6, 1e-8)) { bad(`p${p} void f_vjp adj.${k}${j === null ? '' : `[${j}]`} ${have}, want ${want}`); break; }
        }
      }
    }
  }
  return { label, m: spec.m, status: wrong ? 'WRONG' : asym ? 'asym' : 'ok', notes, time };
}

for (const spec of specs) {
  const label = spec.label ?? spec.f;
  if (only && label !== only) continue;
  let res;
  try { res = await check(spec); } catch (e) { res = { label, m: spec.m, status: 'crash', notes: [String(e?.stack ?? e).split('\n').slice(0, 3).join(' | ')] }; }
  console.log(JSON.stringify({ case: res }));
}
if (!only && !SELF) {
  for (const [ma, a, mb, b, mk] of twins) {
    const A = await load(ma), B = await load(mb);
    const r = rng(hash(a + b)), notes = [];
    for (let p = 0; p < 3; p++) {
      const [xa, xb] = mk(r);
      const ga = A.gen[`${a}_grad`](...xa), gb = B.gen[`${b}_grad`](...xb);
      if (!close(ga.value, gb.value, 1e-12, 1e-14)) notes.push(`value ${ga.value} vs ${gb.value}`);
      const ka = Object.keys(ga.grad), kb = Object.keys(gb.grad);
      ka.forEach((k, t) => { const x = flat(ga.grad, [k]), y = flat(gb.grad, [kb[t]]); if (x.some((v, i) => !close(v, y[i], 1e-9, 1e-12))) notes.push(`grad.${k}: ${x.slice(0, 3)} vs ${y.slice(0, 3)}`); });
    }
    console.log(JSON.stringify({ twin: { label: `${ma}.${a} = ${mb}.${b}`, status: notes.length ? 'WRONG' : 'ok', notes } }));
  }
}
