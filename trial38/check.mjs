// trial38 checker. node --import tsgrad/register trial38/check.mjs [--only label] [--time] [--selftest]
// One JSON line per case on stdout: {"case": {label, status: ok|WRONG|crash, notes, time?}} and {"twin": …}.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { specs, twins } from './specs.mjs';
import { timeCase } from './timing.mjs';

const dir = new URL('.', import.meta.url).pathname;
const args = process.argv.slice(2);
const opt = (k) => (args.includes(k) ? args[args.indexOf(k) + 1] : undefined);
const ONLY = opt('--only'), TIME = args.includes('--time'), SELFTEST = args.includes('--selftest');

// ---------- parameter names, read from my sources
const paramCache = new Map();
function paramNames(mod, fn) {
  if (!paramCache.has(mod)) {
    const text = readFileSync(`${dir}src/${mod}.ts`, 'utf8');
    const sf = ts.createSourceFile(`${mod}.ts`, text, ts.ScriptTarget.ESNext, true);
    const table = new Map();
    const visit = (node) => {
      if (ts.isFunctionDeclaration(node) && node.name) table.set(node.name.text, node.parameters.map((p) => p.name.getText()));
      else if (ts.isVariableDeclaration(node) && node.initializer && (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer)))
        table.set(node.name.getText(), node.initializer.parameters.map((p) => p.name.getText()));
    };
    sf.statements.forEach((s) => { visit(s); if (ts.isVariableStatement(s)) s.declarationList.declarations.forEach(visit); });
    paramCache.set(mod, table);
  }
  return paramCache.get(mod).get(fn);
}

// ---------- small tools
const isFloatArr = (v) => v instanceof Float64Array || v instanceof Float32Array || (Array.isArray(v) && v.every((x) => typeof x === 'number'));
const copy = (v) => (ArrayBuffer.isView(v) ? v.slice() : Array.isArray(v) ? v.slice() : v && typeof v === 'object' ? { ...v } : v);
const copyAll = (a) => a.map(copy);
const eq = (a, b) => {
  if (ArrayBuffer.isView(a) || Array.isArray(a)) return a.length === b.length && Array.prototype.every.call(a, (x, i) => Object.is(x, b[i]));
  if (a && typeof a === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return Object.is(a, b);
};
const near = (a, b, rel, abs = 0) => Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b)) + abs;
const flatten = (obj, keys) => keys.flatMap((k) => (obj[k] === undefined ? [] : typeof obj[k] === 'number' ? [obj[k]] : Array.from(obj[k])));
function mulberry(seed) {
  let s = seed >>> 0;
  return () => { s = (s + 0x9e3779b9) >>> 0; let z = s; z = Math.imul(z ^ (z >>> 16), 0x85ebca6b); z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35); return ((z ^ (z >>> 16)) >>> 0) / 2 ** 32; };
}
// central difference of g along s, Richardson: (4 D(h/2) - D(h)) / 3; g returns a number or an array
function richardson(g, h) {
  const D = (s) => { const p = g(s), m = g(-s); return typeof p === 'number' ? (p - m) / (2 * s) : p.map((x, i) => (x - m[i]) / (2 * s)); };
  const d1 = D(h), d2 = D(h / 2);
  return typeof d1 === 'number' ? (4 * d2 - d1) / 3 : d1.map((x, i) => (4 * d2[i] - x) / 3);
}

const loaded = new Map();
async function mod(m) {
  if (!loaded.has(m)) loaded.set(m, { src: await import(`./src/${m}.ts`), gen: await import(`./gen/${m}.grad.ts`) });
  return loaded.get(m);
}

async function checkCase(spec) {
  const { src, gen } = await mod(spec.m);
  const label = spec.label ?? spec.f;
  const notes = [];
  let status = 'ok';
  const fail = (s) => { status = 'WRONG'; if (notes.length < 10) notes.push(s); };
  const f0 = src[spec.f];
  const names = paramNames(spec.m, spec.f);
  // self-test: perturb the function by 1e-3·x² of its first non-zero input (the value, or the first written element)
  const f = !SELFTEST ? f0 : (...a) => {
    const x = [...a.filter((v) => typeof v === 'number'), ...a.filter((v) => ArrayBuffer.isView(v) || Array.isArray(v)).flatMap((v) => Array.from(v))].find((v) => typeof v === 'number' && v !== 0) ?? 1;
    const v = f0(...a);
    if (typeof v === 'number' || !spec.outs) return v + 1e-3 * x * x;
    a[names.indexOf(spec.outs[0])][0] += 1e-3 * x * x;
    return v;
  };
  if (!names) return { label, status: 'crash', notes: ['no parameter names found'] };
  const optArrays = new Set(spec.optArrays ?? []); // optional arrays: left out, their key is an empty Float64Array
  const fixed = new Set(spec.fixed ?? []), outs = new Set(spec.outs ?? []), nokey = new Set(spec.nokey ?? []);
  const rnd = mulberry(0x5eed + [...label].reduce((s, c) => s * 31 + c.charCodeAt(0), 7));
  const fn = (suffix) => gen[`${spec.f}_${suffix}`];
  let timing;
  for (let p = 0; p < 3; p++) {
    const given = spec.gen(rnd);
    const argv = names.map((_, i) => given[i]); // defaults left out are undefined
    const nGiven = given.length;
    const idx = (k) => names.indexOf(k);
    const expectKeys = names.filter((n, i) => !nokey.has(n) && (argv[i] === undefined ? true : typeof argv[i] === 'number' || (isFloatArr(argv[i]) && !(argv[i] instanceof Int32Array))));
    const before = copyAll(argv);
    const untouched = (who, a) => a.forEach((v, i) => { if (!outs.has(names[i]) && !eq(v, before[i])) fail(`${who} changed argument ${names[i]}`); });
    const callF = (a) => f(...a.slice(0, nGiven));
    // direction for jvp/hvp: 0 on fixed parameters and left-out defaults
    const dr = mulberry(77 + p);
    const direction = {};
    for (const k of expectKeys) {
      const x = argv[idx(k)];
      direction[k] = x === undefined ? (optArrays.has(k) ? new Float64Array(0) : 0) : typeof x === 'number' ? (fixed.has(k) ? 0 : dr() - 0.5) : Float64Array.from(x, () => (fixed.has(k) ? 0 : dr() - 0.5));
    }
    const nudged = (s) => { const b = copyAll(argv); for (const k of expectKeys) { const i = idx(k), d = direction[k]; if (b[i] === undefined) continue; if (typeof b[i] === 'number') b[i] += s * d; else for (let j = 0; j < b[i].length; j++) b[i][j] += s * d[j]; } return b; };

    if (outs.size === 0) {
      // ---- a function returning a number
      const value = callF(copyAll(argv));
      const a1 = copyAll(argv);
      const G = fn('grad')(...a1);
      untouched('f_grad', a1);
      if (!Object.is(G.value, value)) fail(`p${p}: f_grad value ${G.value}, f ${value}`);
      const keys = Object.keys(G.grad);
      if (keys.slice().sort().join() !== expectKeys.slice().sort().join()) fail(`p${p}: grad keys [${keys}] expected [${expectKeys}]`);
      const floor = 1e-7 * Math.max(1, Math.abs(value));
      for (const k of expectKeys) {
        const i = idx(k);
        if (argv[i] === undefined) {
          const okLeft = optArrays.has(k) ? G.grad[k] instanceof Float64Array && G.grad[k].length === 0 : G.grad[k] === 0;
          if (!okLeft) fail(`grad.${k} (left out) = ${G.grad[k]}`);
          continue;
        }
        if (fixed.has(k)) continue;
        const comps = typeof argv[i] === 'number' ? [null] : [...argv[i].keys()];
        for (const j of comps) {
          const x0 = j === null ? argv[i] : argv[i][j];
          const ad = j === null ? G.grad[k] : G.grad[k][j];
          let ok = false, bestFd = NaN, bestErr = Infinity;
          for (const hs of [1e-3, 1e-4, 1e-5, 1e-2]) {
            const h = hs * Math.max(1, Math.abs(x0));
            const fd = richardson((s) => { const b = copyAll(argv); if (j === null) b[i] = x0 + s; else b[i][j] = x0 + s; return callF(b); }, h);
            if (near(ad, fd, spec.tol ?? 1e-6, floor)) { ok = true; break; }
            const err = Math.abs(ad - fd);
            if (err < bestErr) { bestErr = err; bestFd = fd; }
          }
          if (!ok) fail(`p${p}: ∂/∂${k}${j === null ? '' : `[${j}]`} AD ${ad} FD ${bestFd}`);
        }
      }
      // vjp into a pre-filled adj with seed 1.3
      const adj = {}, pre = {};
      for (const k of expectKeys) { const x = argv[idx(k)]; adj[k] = x === undefined ? (optArrays.has(k) ? new Float64Array(0) : 0.5) : typeof x === 'number' ? 0.5 : Float64Array.from(x, (_, j) => 0.25 - 0.05 * j); pre[k] = copy(adj[k]); }
      const a2 = copyAll(argv);
      const vv = fn('vjp')(...a2, adj, 1.3);
      untouched('f_vjp', a2);
      if (!Object.is(vv, value)) fail(`f_vjp returned ${vv}, f ${value}`);
      for (const k of expectKeys) {
        const want = flatten({ v: pre[k] }, ['v']).map((x, j) => x + 1.3 * flatten(G.grad, [k])[j]);
        const got = flatten(adj, [k]);
        const bad = want.findIndex((w, j) => !near(w, got[j], 1e-12, 1e-12 * Math.max(1, Math.abs(w))));
        if (bad >= 0) fail(`f_vjp adj.${k}[${bad}] = ${got[bad]}, pre + 1.3·grad = ${want[bad]}`);
      }
      // jvp
      const gdotv = flatten(G.grad, expectKeys).reduce((s, g, j) => s + g * flatten(direction, expectKeys)[j], 0);
      if (fn('jvp')) {
        const a3 = copyAll(argv);
        const J = fn('jvp')(...a3, direction);
        untouched('f_jvp', a3);
        if (!Object.is(J.value, value)) fail(`f_jvp value ${J.value}, f ${value}`);
        if (!near(J.tangent, gdotv, 1e-9, 1e-12 * Math.max(1, Math.abs(value)))) fail(`p${p}: f_jvp tangent ${J.tangent}, grad·v ${gdotv}`);
      } else notes.push('no f_jvp');
      // hvp vs differences of f_grad along the direction; hessian·v vs hvp
      if (fn('hvp')) {
        const a4 = copyAll(argv);
        const H = fn('hvp')(...a4, direction);
        untouched('f_hvp', a4);
        if (!Object.is(H.value, value)) fail(`f_hvp value ${H.value}`);
        if (!eq(flatten(H.grad, expectKeys), flatten(G.grad, expectKeys))) fail('f_hvp grad differs from f_grad grad');
        const hv = flatten(H.hvp, expectKeys);
        let okH = false, worst = '';
        for (const h of [1e-4, 1e-3, 1e-5, 1e-2]) {
          const fd = richardson((s) => flatten(fn('grad')(...nudged(s)).grad, expectKeys), h);
          const scale = Math.max(1e-8, ...fd.map(Math.abs), ...hv.map(Math.abs));
          const e = Math.max(0, ...fd.map((x, j) => Math.abs(x - hv[j]) / scale));
          if (e < (spec.tol ?? 1e-6) * 10) { okH = true; break; }
          if (!worst) worst = `rel ${e.toExponential(2)}: hvp ${hv.slice(0, 3).map((x) => x.toPrecision(5))} FD ${fd.slice(0, 3).map((x) => x.toPrecision(5))}`;
        }
        if (!okH) fail(`p${p}: f_hvp vs FD of f_grad ${worst}`);
        if (fn('hessian') && hv.length <= 64) {
          const Hm = fn('hessian')(...copyAll(argv)).hessian;
          const dv = flatten(direction, expectKeys), n = dv.length;
          if (Hm.length !== n * n) fail(`f_hessian ${Hm.length} entries, want ${n}²`);
          else {
            const Hv = dv.map((_, a) => dv.reduce((s, d, b) => s + Hm[a * n + b] * d, 0));
            const sc = Math.max(1e-12, ...hv.map(Math.abs));
            if (Hv.some((x, j) => Math.abs(x - hv[j]) > 1e-9 * sc)) fail(`f_hessian·v ${Hv.slice(0, 3)} vs f_hvp ${hv.slice(0, 3)}`);
          }
        }
      } else notes.push('no f_hvp');
      if (TIME && p === 0) timing = timeCase(f, fn('grad'), fn('vjp'), argv, nGiven, () => { const o = {}; for (const k of expectKeys) { const x = argv[idx(k)]; o[k] = x === undefined || typeof x === 'number' ? 0 : new Float64Array(x.length); } return o; });
    } else {
      // ---- a function writing arrays: rows = value (if any) then written arrays; columns = keys, elements
      const rowsOf = (a) => { const b = copyAll(a); const v = callF(b); const out = typeof v === 'number' ? [v] : []; for (const o of names.filter((n) => outs.has(n))) out.push(...b[idx(o)]); return out; };
      const base = rowsOf(argv);
      const cols = [];
      for (const k of expectKeys) { const x = argv[idx(k)]; if (x === undefined || typeof x === 'number') cols.push([k, null]); else for (let j = 0; j < x.length; j++) cols.push([k, j]); }
      const fdCols = cols.map(([k, j]) => (argv[idx(k)] === undefined ? base.map(() => 0) : fixed.has(k) ? null : richardson((s) => { const b = copyAll(argv); const i = idx(k); if (j === null) b[i] += s; else b[i][j] += s; return rowsOf(b); }, 1e-4 * Math.max(1, Math.abs(j === null ? argv[idx(k)] : argv[idx(k)][j])))));
      for (const mode of ['auto', 'forward', 'reverse']) {
        const a5 = copyAll(argv);
        const J = fn('jacobian')(...a5, mode);
        untouched(`f_jacobian(${mode})`, a5);
        for (const o of outs) if (!eq(a5[idx(o)], before[idx(o)])) fail(`f_jacobian(${mode}) did not leave ${o} as it found it`);
        if (J.rows !== base.length || J.columns !== cols.length) { fail(`f_jacobian(${mode}) ${J.rows}×${J.columns}, want ${base.length}×${cols.length}`); continue; }
        outer: for (let c = 0; c < cols.length; c++) {
          if (!fdCols[c]) continue;
          for (let r = 0; r < base.length; r++) if (!near(J.jacobian[r * cols.length + c], fdCols[c][r], 1e-6, 1e-8)) { fail(`p${p}: J(${mode})[${r}, ${cols[c][0]}${cols[c][1] ?? ''}] ${J.jacobian[r * cols.length + c]} FD ${fdCols[c][r]}`); break outer; }
        }
      }
      // jvp writes what f writes, and the tangents into tangent's arrays for outs
      const dv = cols.map(([k, j]) => (j === null ? direction[k] : direction[k][j]));
      const Jv = base.map((_, r) => cols.reduce((s, _c, c) => s + (fdCols[c] ? fdCols[c][r] * dv[c] : 0), 0));
      const a6 = copyAll(argv), tan = Object.fromEntries(Object.entries(direction).map(([k, v]) => [k, copy(v)]));
      for (const o of outs) if (fixed.has(o) || true) tan[o] = outs.has(o) && direction[o] ? copy(direction[o]) : tan[o];
      const jr = fn('jvp')(...a6, tan);
      const ref = copyAll(argv); callF(ref);
      for (const o of outs) if (!eq(a6[idx(o)], ref[idx(o)])) fail(`f_jvp left ${o} unlike f`);
      let off = 0;
      if (jr && typeof jr.value === 'number') { if (!near(jr.tangent, Jv[0], 1e-6, 1e-8)) fail(`f_jvp tangent ${jr.tangent}, J·v ${Jv[0]}`); off = 1; }
      for (const o of names.filter((n) => outs.has(n))) { const t = tan[o]; const bad = Array.from(t).findIndex((x, j) => !near(x, Jv[off + j], 1e-6, 1e-8)); if (bad >= 0) fail(`f_jvp tangent.${o}[${bad}] ${t[bad]}, J·v ${Jv[off + bad]}`); off += t.length; }
      // void f_vjp: adj of outputs = w on entry; after: inputs + Jᵀw, written arrays = Jᵀw (their own column part)
      if (typeof f(...copyAll(argv).slice(0, nGiven)) !== 'number') {
        const w = base.map((_, r) => Math.sin(1 + r + p));
        const adj = {}, pre = {};
        let o2 = 0;
        for (const k of expectKeys) {
          const x = argv[idx(k)];
          if (outs.has(k)) { adj[k] = Float64Array.from(w.slice(o2, o2 + x.length)); o2 += x.length; }
          else adj[k] = x === undefined || typeof x === 'number' ? 0.5 : Float64Array.from(x, () => 0.25);
          pre[k] = copy(adj[k]);
        }
        fn('vjp')(...copyAll(argv), adj);
        for (const [c, [k, j]] of cols.entries()) {
          if (!fdCols[c] || argv[idx(k)] === undefined) continue;
          const jtw = base.reduce((s, _x, r) => s + fdCols[c][r] * w[r], 0);
          const want = (outs.has(k) ? 0 : j === null ? pre[k] : pre[k][j]) + jtw;
          const got = j === null ? adj[k] : adj[k][j];
          if (!near(got, want, 1e-6, 1e-8)) { fail(`p${p}: void f_vjp adj.${k}${j === null ? '' : `[${j}]`} ${got}, want ${want}`); break; }
        }
      }
    }
  }
  return { label, module: spec.m, status, notes, time: timing };
}

async function checkTwin([ma, a, mb, b, gen]) {
  const A = await mod(ma), B = await mod(mb);
  const r = mulberry(4242);
  const notes = [];
  for (let p = 0; p < 3; p++) {
    const args = gen(r);
    const ga = A.gen[`${a}_grad`](...copyAll(args)), gb = B.gen[`${b}_grad`](...copyAll(args));
    if (!near(ga.value, gb.value, 1e-12, 1e-14)) notes.push(`value ${ga.value} vs ${gb.value}`);
    for (const k of Object.keys(ga.grad)) {
      const x = flatten(ga.grad, [k]), y = flatten(gb.grad, [k]);
      if (x.length !== y.length || x.some((v, j) => !near(v, y[j], 1e-9, 1e-12))) notes.push(`grad.${k}: ${x.slice(0, 3)} vs ${y.slice(0, 3)}`);
    }
  }
  return { label: `${a} = ${b}`, status: notes.length ? 'WRONG' : 'ok', notes };
}

for (const s of specs) {
  const label = s.label ?? s.f;
  if (ONLY && ONLY !== label) continue;
  let res;
  try { res = await checkCase(s); } catch (e) { res = { label, module: s.m, status: 'crash', notes: [String(e?.stack ?? e).split('\n').slice(0, 4).join(' | ')] }; }
  console.log(JSON.stringify({ case: res }));
}
if (!ONLY && !SELFTEST) for (const t of twins) console.log(JSON.stringify({ twin: await checkTwin(t) }));
