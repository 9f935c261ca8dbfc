// My checker. Run: node --import tsgrad/register trial35/check.mjs [--only name] [--time] [--json]
// For each function of specs.mjs at 3 points: value, gradient vs Richardson differences, vjp, jvp, hvp, hessian,
// jacobian (functions writing arrays), inputs not mutated. With --time: f vs f_grad / f_vjp, interleaved, median of ratios.
import ts from 'typescript';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { specs } from './specs.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const argv = process.argv.slice(2);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1].split(',') : null;
const doTime = argv.includes('--time');
// --selftest: the checker against a function whose gradient I break on purpose (f gets + 1e-3 x0^2): must say WRONG
const selfTest = argv.includes('--selftest');
const POINTS = 3;

// ---- parameter names from the source, by the TypeScript parser
const paramNames = {};
for (const mod of new Set(Object.values(specs).map((s) => s.module))) {
  const sf = ts.createSourceFile(mod, readFileSync(`${here}src/${mod}.ts`, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (ts.isFunctionDeclaration(node) && node.name) paramNames[node.name.text] = node.parameters.map((p) => p.name.getText());
    if (ts.isFunctionExpression(node) && node.name && !paramNames[node.name.text]) paramNames[node.name.text] = node.parameters.map((p) => p.name.getText());
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const isArr = (v) => ArrayBuffer.isView(v) || Array.isArray(v);
const clone = (v) => (ArrayBuffer.isView(v) ? v.slice() : Array.isArray(v) ? v.map(clone) : v && typeof v === 'object' ? { ...v } : v);
const cloneArgs = (args) => args.map(clone);
const same = (a, b) => {
  if (isArr(a)) return isArr(b) && a.length === b.length && Array.from(a).every((x, i) => same(x, b[i]));
  if (a && typeof a === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return Object.is(a, b);
};
const relErr = (a, b, scale) => Math.abs(a - b) / Math.max(1, scale);

async function load(mod) {
  const src = await import(`./src/${mod}.js`);
  const gen = await import(`./gen/${mod}.grad.js`);
  return { src, gen };
}

// inputs: list of {key, param index, element index or -1}
function inputsOf(names, gradObj, args) {
  const list = [];
  for (const key of Object.keys(gradObj)) {
    const p = names.indexOf(key);
    if (p < 0) throw new Error(`grad key ${key} is not a parameter`);
    if (isArr(gradObj[key])) {
      const n = args[p] === undefined ? 0 : args[p].length;
      if (gradObj[key].length !== n) throw new Error(`grad.${key} has length ${gradObj[key].length}, argument ${n}`);
      for (let i = 0; i < n; i++) list.push({ key, p, i });
    } else list.push({ key, p, i: -1 });
  }
  return list;
}
const getIn = (args, inp) => (inp.i < 0 ? args[inp.p] : args[inp.p][inp.i]);
function setIn(args, inp, v) {
  if (inp.i < 0) args[inp.p] = v;
  else args[inp.p][inp.i] = v;
}
const gradAt = (g, inp) => (inp.i < 0 ? g[inp.key] : g[inp.key][inp.i]);

// outputs of f for differences: the value, then every array f writes (by parameter order)
function outputs(f, args, written) {
  const a = cloneArgs(args);
  const v = f(...a);
  const out = [];
  if (typeof v === 'number') out.push(v);
  for (const p of written) out.push(...Array.from(a[p]));
  return out;
}
function richardson(fn, x, h) {
  const D = (hh) => {
    const a = fn(x + hh), b = fn(x - hh);
    return a.map((va, k) => (va - b[k]) / (2 * hh));
  };
  const d1 = D(h), d2 = D(h / 2);
  return d1.map((v, k) => (4 * d2[k] - v) / 3);
}
// derivative of every output along one input, best of three steps against `want`
function fdColumn(f, args, written, inp, want, scale) {
  const x0 = getIn(args, inp);
  let best = null, bestErr = Infinity;
  for (const hf of [1, 0.1, 0.01]) {
    const h = hf * scale * Math.max(1e-2, Math.abs(x0));
    const col = richardson((x) => { const a = cloneArgs(args); setIn(a, inp, x); return outputs(f, a, written); }, x0, h);
    const err = Math.max(...col.map((c, k) => Math.abs(c - want[k])));
    if (!(err >= bestErr)) { best = col; bestErr = err; }
  }
  return best;
}

function randomDir(r, inputs, gradObj) {
  const v = {};
  for (const k of Object.keys(gradObj)) v[k] = isArr(gradObj[k]) ? new Float64Array(gradObj[k].length) : 0;
  for (const inp of inputs) {
    const d = r() * 2 - 1;
    if (inp.i < 0) v[inp.key] = d; else v[inp.key][inp.i] = d;
  }
  return v;
}
const dotG = (g, v, inputs) => inputs.reduce((s, inp) => s + gradAt(g, inp) * gradAt(v, inp), 0);

function checkOne(name, spec, src, gen) {
  const f = selfTest ? (...a) => src[name](...a) + 1e-3 * (typeof a[0] === 'number' ? a[0] * a[0] : 0) : src[name];
  const names = paramNames[name];
  const res = { name, module: spec.module, status: 'ok', notes: [], maxGradErr: 0 };
  const fail = (msg) => { if (res.status === 'ok') res.status = 'WRONG'; if (res.notes.length < 6) res.notes.push(msg); };
  const fg = gen[`${name}_grad`], fv = gen[`${name}_vjp`], fj = gen[`${name}_jvp`], fh = gen[`${name}_hvp`], fH = gen[`${name}_hessian`], fJ = gen[`${name}_jacobian`];
  if (!fv) { res.status = 'refused'; res.notes.push('no _vjp generated'); return res; }
  const missing = ['grad', 'jvp', 'hvp', 'hessian'].filter((s) => !gen[`${name}_${s}`]);
  if (missing.length) res.notes.push(`no ${missing.join(', ')}`);
  const discrete = new Set(spec.discrete ?? []);
  const r = rng(1234 + name.length * 7);
  for (let pt = 0; pt < POINTS; pt++) {
    const args = spec.gen(r);
    const orig = cloneArgs(args);
    // what f does to its arguments
    const afterF = cloneArgs(args);
    const value = f(...afterF);
    const written = [];
    args.forEach((a, p) => { if (ArrayBuffer.isView(a) && !same(a, afterF[p])) written.push(p); });
    if (typeof value !== 'number' || !Number.isFinite(value)) { fail(`f is ${value} at point ${pt}`); continue; }
    // f_grad
    const aG = cloneArgs(args);
    const G = fg(...aG);
    if (!Object.is(G.value, value)) fail(`f_grad value ${G.value} != f ${value}`);
    if (!same(aG, args)) fail('f_grad changed its arguments');
    const leftOut = inputsOf(names, G.grad, args).filter((inp) => getIn(args, inp) === undefined);
    for (const inp of leftOut) if (gradAt(G.grad, inp) !== 0) fail(`grad.${inp.key} of a parameter left out is ${gradAt(G.grad, inp)}, documented 0`);
    const inputs = inputsOf(names, G.grad, args).filter((inp) => !discrete.has(inp.key) && getIn(args, inp) !== undefined);
    const gscale = Math.max(1, ...inputs.map((inp) => Math.abs(gradAt(G.grad, inp))));
    // gradient vs differences (the value row only; written arrays are checked through the jacobian)
    let worst = 0, worstAt = '';
    for (const inp of inputs) {
      const g = gradAt(G.grad, inp);
      const col = fdColumn((...a) => f(...a), args, [], inp, [g], spec.fdScale ?? 1e-3);
      const e = Math.abs(col[0] - g) / gscale;
      if (!(e <= worst)) { worst = e; worstAt = `${inp.key}${inp.i >= 0 ? `[${inp.i}]` : ''}: grad ${g}, fd ${col[0]}`; }
    }
    res.maxGradErr = Math.max(res.maxGradErr, worst);
    if (!(worst <= 1e-6)) fail(`gradient vs differences ${worst.toExponential(2)} at ${worstAt} (point ${pt})`);
    // f_vjp: seed 2 into an adj pre-filled with 0.5
    const adj = {};
    for (const k of Object.keys(G.grad)) adj[k] = isArr(G.grad[k]) ? new Float64Array(G.grad[k].length).fill(0.5) : 0.5;
    const aV = cloneArgs(args);
    const vv = fv(...aV, adj, 2);
    if (!Object.is(vv, value)) fail(`f_vjp value ${vv} != f ${value}`);
    if (!same(aV, args)) fail('f_vjp changed its arguments');
    for (const k of Object.keys(G.grad)) {
      const g = G.grad[k], a = adj[k];
      const bad = isArr(g) ? Array.from(g).some((x, i) => relErr(a[i], 0.5 + 2 * x, Math.abs(x)) > 1e-12) : relErr(a, 0.5 + 2 * g, Math.abs(g)) > 1e-12;
      if (bad) fail(`f_vjp adj.${k} != 0.5 + 2 grad`);
    }
    // f_jvp vs grad . v
    // every input of grad (a number parameter left out keeps its key and its column; its derivative is 0)
    const allInputs = inputsOf(names, G.grad, args);
    const dir = randomDir(r, allInputs, G.grad);
    if (fj) {
      const tangent = clone(dir);
      for (const k in tangent) tangent[k] = clone(dir[k]);
      const aJ = cloneArgs(args);
      const J = fj(...aJ, tangent);
      if (!Object.is(J.value, value)) fail(`f_jvp value ${J.value} != f ${value}`);
      if (!same(aJ, afterF)) fail('f_jvp did not leave its arguments as f does');
      const want = dotG(G.grad, dir, allInputs);
      const sc = allInputs.reduce((s, inp) => s + Math.abs(gradAt(G.grad, inp) * gradAt(dir, inp)), 0);
      if (relErr(J.tangent, want, sc) > 1e-9) fail(`f_jvp tangent ${J.tangent} vs grad.v ${want}`);
    }
    // f_hvp vs differences of f_grad along v (only over non-discrete inputs)
    if (fh) {
      const v = randomDir(r, inputs, G.grad);
      for (const inp of inputs) { const s = Math.max(1e-2, Math.abs(getIn(args, inp))); if (inp.i < 0) v[inp.key] *= s; else v[inp.key][inp.i] *= s; }
      const aH = cloneArgs(args);
      const H = fh(...aH, clone(Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clone(x)]))));
      if (!Object.is(H.value, value)) fail(`f_hvp value ${H.value} != f ${value}`);
      if (!same(aH, args)) fail('f_hvp changed its arguments');
      const gEq = Object.keys(G.grad).every((k) => same(H.grad[k], G.grad[k]));
      if (!gEq) fail('f_hvp grad not bit-equal to f_grad');
      const along = (t) => { const a = cloneArgs(args); for (const inp of inputs) setIn(a, inp, getIn(args, inp) + t * gradAt(v, inp)); const g = fg(...a).grad; return inputs.map((inp) => gradAt(g, inp)); };
      const want = inputs.map((inp) => gradAt(H.hvp, inp));
      let bestE = Infinity, bestCol = null;
      for (const h of [1e-3, 1e-4, 1e-5]) {
        const col = richardson(along, 0, h);
        const e = Math.max(0, ...col.map((c, k) => Math.abs(c - want[k]))) / Math.max(1, ...want.map(Math.abs));
        if (e < bestE || bestCol === null) { bestE = e; bestCol = col; }
      }
      if (!(bestE <= 1e-5)) { const k = bestCol.findIndex((c, k) => Math.abs(c - want[k]) / Math.max(1, ...want.map(Math.abs)) === bestE); fail(`f_hvp vs differences of f_grad ${bestE.toExponential(2)} (${inputs[k]?.key}: hvp ${want[k]}, fd ${bestCol[k]})`); }
      // hessian . v vs hvp
      if (fH && allInputs.length <= 60) {
        const HH = fH(...cloneArgs(args));
        const n = allInputs.length;
        if (HH.hessian.length !== n * n) fail(`f_hessian is ${HH.hessian.length} for ${n} inputs`);
        else {
          const vfull = allInputs.map((inp) => (discrete.has(inp.key) ? 0 : gradAt(v, inp)));
          const hv = allInputs.map((_, j) => vfull.reduce((s, x, k) => s + HH.hessian[j * n + k] * x, 0));
          const full = allInputs.map((inp) => gradAt(H.hvp, inp));
          const e = Math.max(...hv.map((x, j) => Math.abs(x - full[j]))) / Math.max(1, ...full.map(Math.abs));
          if (e > 1e-8) fail(`f_hessian.v vs f_hvp ${e.toExponential(2)}`);
        }
      }
    }
    // f_jacobian for functions writing arrays
    if (fJ) {
      for (const mode of ['reverse', 'forward']) {
        const aJ = cloneArgs(args);
        const J = fJ(...aJ, mode);
        if (!same(aJ, args)) fail(`f_jacobian(${mode}) changed its arguments`);
        const rowsWant = 1 + written.reduce((s, p) => s + args[p].length, 0);
        if (J.rows !== rowsWant || J.columns !== allInputs.length) { fail(`f_jacobian(${mode}) is ${J.rows}x${J.columns}, expected ${rowsWant}x${allInputs.length}`); continue; }
        let worstJ = 0, where = '';
        const jscale = Math.max(1, ...Array.from(J.jacobian, Math.abs));
        allInputs.forEach((inp, c) => {
          if (discrete.has(inp.key)) return;
          if (getIn(args, inp) === undefined) {
            for (let rr = 0; rr < J.rows; rr++) if (J.jacobian[rr * J.columns + c] !== 0) { worstJ = Infinity; where = `column of ${inp.key} (left out) not zero`; }
            return;
          }
          const want = Array.from({ length: J.rows }, (_, rr) => J.jacobian[rr * J.columns + c]);
          const col = fdColumn(f, args, written, inp, want, spec.fdScale ?? 1e-3);
          col.forEach((x, rr) => { const e = Math.abs(x - want[rr]) / jscale; if (e > worstJ) { worstJ = e; where = `row ${rr} col ${inp.key}[${inp.i}]: J ${want[rr]} fd ${x}`; } });
        });
        if (worstJ > 1e-6) fail(`f_jacobian(${mode}) vs differences ${worstJ.toExponential(2)} at ${where}`);
      }
      // f_jvp's output tangents vs J . v
      if (fj && written.length) {
        const J = fJ(...cloneArgs(args), 'reverse');
        const tangent = {};
        for (const k in dir) tangent[k] = clone(dir[k]);
        fj(...cloneArgs(args), tangent);
        const vcol = allInputs.map((inp) => gradAt(dir, inp));
        let row = 1;
        for (const p of written) {
          const t = tangent[names[p]];
          for (let i = 0; i < args[p].length; i++, row++) {
            const want = vcol.reduce((s, x, c) => s + J.jacobian[row * J.columns + c] * x, 0);
            if (relErr(t[i], want, Math.abs(want)) > 1e-9) { fail(`f_jvp tangent ${names[p]}[${i}] ${t[i]} vs J.v ${want}`); break; }
          }
        }
      }
    }
    if (!same(args, orig)) fail('the checker changed its own arguments');
  }
  return res;
}

// ---------- timing: interleaved rounds, median of ratios
function timeOne(name, spec, src, gen) {
  const f = src[name], fv = gen[`${name}_vjp`], fg = gen[`${name}_grad`];
  const args = spec.gen(rng(99));
  const G = fg(...cloneArgs(args));
  const adj = {};
  for (const k of Object.keys(G.grad)) adj[k] = isArr(G.grad[k]) ? new Float64Array(G.grad[k].length) : 0;
  const a1 = cloneArgs(args), a2 = cloneArgs(args), a3 = cloneArgs(args);
  // the same call path for every form (apply over a prepared list): a spread followed by more arguments, fv(...a, adj),
  // costs V8 an array per call and made tiny functions look 10x slower in my first harness
  const l1 = a1, l2 = [...a2, adj, 1], l3 = a3;
  const runs = { f: () => f.apply(null, l1), vjp: () => fv.apply(null, l2), grad: () => fg.apply(null, l3) };
  let sink = 0;
  const batch = (fn, n) => { const t0 = process.hrtime.bigint(); for (let i = 0; i < n; i++) sink += +fn() || 0; return Number(process.hrtime.bigint() - t0) / n; };
  const sizes = {};
  for (const [k, fn] of Object.entries(runs)) {
    const end = Date.now() + 100;
    while (Date.now() < end) batch(fn, 10);
    let n = 1;
    while (batch(fn, n) * n < 2e6) n *= 2;
    sizes[k] = n;
  }
  const ratios = { vjp: [], grad: [] }, per = { f: [], vjp: [], grad: [] };
  for (let round = 0; round < 11; round++) {
    const tf = batch(runs.f, sizes.f), tv = batch(runs.vjp, sizes.vjp), tg = batch(runs.grad, sizes.grad);
    per.f.push(tf); per.vjp.push(tv); per.grad.push(tg);
    ratios.vjp.push(tv / tf); ratios.grad.push(tg / tf);
  }
  const med = (xs) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
  if (sink === 0.123) console.error('');
  return { name, fNs: med(per.f), vjpNs: med(per.vjp), gradNs: med(per.grad), vjpRatio: med(ratios.vjp), gradRatio: med(ratios.grad) };
}

const mods = {};
for (const [name, spec] of Object.entries(specs)) {
  if (only && !only.includes(name)) continue;
  mods[spec.module] ??= await load(spec.module);
  const { src, gen } = mods[spec.module];
  let res;
  if (doTime) {
    try { res = timeOne(name, spec, src, gen); } catch (e) { res = { name, error: String(e) }; }
    console.log(JSON.stringify({ time: res }));
    continue;
  }
  try { res = checkOne(name, spec, src, gen); } catch (e) { res = { name, module: spec.module, status: 'crash', notes: [String(e && e.stack ? e.stack.split('\n').slice(0, 3).join(' | ') : e)] }; }
  console.log(JSON.stringify({ check: res }));
}
