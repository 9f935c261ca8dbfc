// trial40 checker. Run under the loader: node --import tsgrad/register trial40/check.mjs [--only label] [--selftest f|forms] [--time]
// One JSON line per case: {"case": {label, m, status: ok|WRONG|crash, notes, failed, time?}}.
//   grad: f_grad's value Object.is f's, its keys, each component against Richardson central differences
//   vjp:  f_vjp into a pre-filled adj with seed 1.7 = pre + 1.7·grad
//   jvp:  f_jvp's tangent = grad·v along a random v
//   hvp:  f_hvp's hvp against Richardson differences of f_grad along v; its grad bit-equal to f_grad's;
//         f_hessian·v = f_hvp(v) where the input is small
//   writers (spec.outs): f_jacobian (auto, forward, reverse) against differences of every output, f_jvp's
//         written tangents = J·v, the void f_vjp = pre + Jᵀw; arrays left as found
// --selftest f: differences taken of f + 1e-3·max(1,|f|)·(x − x0 + 1)² (x the first varied input): grad must fail.
// --selftest forms: f_vjp's and f_jvp's results nudged by 1e-5 relative, f_hvp's by 1e-3 (its tolerance is 1e-5): each
// of those checks must fail.
import { specs } from './specs.mjs';

const argv = process.argv.slice(2);
const opt = (k) => (argv.includes(k) ? argv[argv.indexOf(k) + 1] : null);
const ONLY = opt('--only'), SELF = opt('--selftest'), TIME = argv.includes('--time');

function mulberry(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const seedOf = (s) => { let h = 7; for (const c of s) h = (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0; return h; };
const isView = (v) => ArrayBuffer.isView(v) || Array.isArray(v);
const isFloat = (v) => v instanceof Float64Array || v instanceof Float32Array || (Array.isArray(v) && v.every((x) => typeof x === 'number'));
const copy = (v) => (isView(v) ? v.slice() : v);
const bitSame = (a, b) => (isView(a) ? a.length === b.length && Array.from(a).every((x, i) => Object.is(x, b[i])) : Object.is(a, b));

/** The differentiable inputs of a call: [{key, idx (-1 for a number), moved}] in parameter order. */
function inputs(spec, named) {
  const fixed = new Set(spec.fixed ?? []), left = new Set(spec.left ?? []), nokey = new Set(spec.nokey ?? []);
  const out = [];
  for (const [k, v] of Object.entries(named)) {
    if (nokey.has(k)) continue; // a numeric enum: a mode, no key in grad
    if (typeof v === 'number' || (v === undefined && left.has(k))) out.push({ key: k, idx: -1, moved: !fixed.has(k) && v !== undefined });
    else if (isView(v) && isFloat(v)) for (let i = 0; i < v.length; i++) out.push({ key: k, idx: i, moved: !fixed.has(k) });
  }
  return out;
}
const read = (obj, c) => (c.idx < 0 ? obj[c.key] ?? 0 : obj[c.key]?.[c.idx] ?? 0);
function shifted(named, c, h) {
  const o = Object.fromEntries(Object.entries(named).map(([k, v]) => [k, copy(v)]));
  if (c.idx < 0) o[c.key] += h; else o[c.key][c.idx] += h;
  return o;
}
function along(named, ins, v, h) {
  const o = Object.fromEntries(Object.entries(named).map(([k, x]) => [k, copy(x)]));
  ins.forEach((c, j) => { if (!c.moved) return; if (c.idx < 0) o[c.key] += h * v[j]; else o[c.key][c.idx] += h * v[j]; });
  return o;
}
/** Richardson-extrapolated central difference of g (returning a number or an array) at step h. */
function richardson(g, h) {
  const cd = (s) => { const p = g(s), q = g(-s); return typeof p === 'number' ? (p - q) / (2 * s) : p.map((x, i) => (x - q[i]) / (2 * s)); };
  const a = cd(h), b = cd(h / 2);
  return typeof a === 'number' ? (4 * b - a) / 3 : a.map((x, i) => (4 * b[i] - x) / 3);
}
const agree = (a, b, rel, abs) => Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b)) + abs;
const STEPS = [1e-3, 1e-4, 1e-2, 1e-5];

const cache = new Map();
async function modules(m) {
  if (!cache.has(m)) cache.set(m, { src: await import(`./src/${m}.ts`), gen: await import(`./gen/${m}.grad.ts`) });
  return cache.get(m);
}

async function check(spec) {
  const label = spec.label ?? spec.f;
  const { src, gen } = await modules(spec.m);
  const notes = [], failed = new Set();
  const fail = (kind, msg) => { failed.add(kind); if (notes.length < 6) notes.push(`${kind}: ${msg}`); };
  const form = (sfx) => gen[`${spec.f}_${sfx}`];
  const f = src[spec.f];
  const r = mulberry(seedOf(label));
  const call = (fn, named, ...more) => fn(...Object.values(named).map(copy), ...more);
  const tol = spec.tol ?? 1e-6;
  const nudge = (x) => (SELF === 'forms' ? x * (1 + 1e-5) + 1e-7 : x);
  let time;
  for (let pt = 0; pt < (spec.points ?? 3); pt++) {
    const named = spec.args(r);
    for (const k of spec.left ?? []) named[k] = undefined;
    const before = Object.fromEntries(Object.entries(named).map(([k, v]) => [k, copy(v)]));
    const ins = inputs(spec, named);
    const moved = ins.map((c, j) => j).filter((j) => ins[j].moved);
    const f0 = call(f, named);
    const at = (x) => `${x} at point ${pt}`;
    let bump = () => 0;
    if (SELF === 'f') {
      const c = ins[moved[0]], x0 = read(named, c), k = 1e-3 * Math.max(1, Math.abs(f0 ?? 0));
      bump = (o) => k * (read(o, c) - x0 + 1) ** 2;
    }
    const fRef = (o) => call(f, o) + bump(o);
    const v = ins.map((c) => (c.moved ? 2 * r() - 1 : 0));
    const tangent = () => {
      const t = {};
      ins.forEach((c, j) => { if (!c.moved) return; if (c.idx < 0) t[c.key] = v[j]; else (t[c.key] ??= new Float64Array(named[c.key].length))[c.idx] = v[j]; });
      return t;
    };
    if (spec.outs) { checkWriter(spec, named, ins, v, f, form, fail, bump); continue; }

    // grad
    const G = call(form('grad'), named);
    if (!Object.is(G.value, f0)) fail('grad', at(`value ${G.value} ≠ f ${f0}`));
    const wantKeys = [...new Set([...ins.map((c) => c.key), ...(spec.optArrays ?? [])])].sort((a, b) => Object.keys(named).indexOf(a) - Object.keys(named).indexOf(b)).filter((k) => !(spec.nokey ?? []).includes(k)).join();
    if (Object.keys(G.grad).join() !== wantKeys) fail('grad', `keys ${Object.keys(G.grad).join()} ≠ ${wantKeys}`);
    const g = ins.map((c) => read(G.grad, c));
    const atol = 1e-8 * Math.max(1, Math.abs(f0));
    for (const j of moved) {
      const c = ins[j], scale = Math.max(1, Math.abs(read(named, c)));
      let best = Infinity, ok = false;
      for (const h of STEPS) {
        const d = richardson((s) => fRef(shifted(named, c, s)), h * scale);
        if (agree(g[j], d, tol, atol)) { ok = true; break; }
        if (Math.abs(g[j] - d) < Math.abs(g[j] - best)) best = d;
      }
      if (!ok) fail('grad', at(`∂/∂${c.key}${c.idx < 0 ? '' : `[${c.idx}]`}: f_grad ${g[j]}, differences ${best}`));
    }
    // vjp
    const adj = {};
    for (const k of Object.keys(G.grad)) adj[k] = typeof G.grad[k] === 'number' ? r() : Float64Array.from(G.grad[k], () => r());
    const pre = Object.fromEntries(Object.entries(adj).map(([k, x]) => [k, copy(x)]));
    const vv = form('vjp')(...Object.values(named).map(copy), adj, 1.7);
    if (!Object.is(vv, f0)) fail('vjp', at(`value ${vv} ≠ f ${f0}`));
    ins.forEach((c, j) => {
      if ((spec.nokey ?? []).includes(c.key)) return;
      const got = nudge(read(adj, c)), want = read(pre, c) + 1.7 * g[j];
      if (!agree(got, want, 1e-12, 1e-14)) fail('vjp', at(`adj ${c.key}[${c.idx}] ${got} ≠ pre + 1.7·grad ${want}`));
    });
    // jvp
    const gv = g.reduce((s, x, j) => s + x * v[j], 0);
    if (form('jvp')) {
      const J = call(form('jvp'), named, tangent());
      if (!Object.is(J.value, f0)) fail('jvp', at(`value ${J.value} ≠ f ${f0}`));
      const mag = g.reduce((s, x, j) => s + Math.abs(x * v[j]), 0);
      if (!agree(nudge(J.tangent), gv, 1e-9, 1e-12 * mag + 1e-15)) fail('jvp', at(`tangent ${J.tangent} ≠ grad·v ${gv}`));
    } else if (!spec.nojvp) fail('jvp', 'no f_jvp');
    // hvp
    if (!spec.nohvp) {
      if (!form('hvp')) fail('hvp', 'no f_hvp');
      else {
        const H = call(form('hvp'), named, tangent());
        if (!ins.every((c) => Object.is(read(H.grad, c), read(G.grad, c)))) fail('hvp', at('its grad is not bit-equal to f_grad'));
        const hv = ins.map((c) => (SELF === 'forms' ? read(H.hvp, c) * (1 + 1e-3) + 1e-4 : read(H.hvp, c)));
        const gradAt = (o) => { const x = call(form('grad'), o).grad; return ins.map((c) => read(x, c)); };
        const htol = spec.hvpTol ?? 1e-5, habs = 1e-6 * Math.max(1, ...g.map(Math.abs));
        let worst = null;
        const steps = spec.kinks ? [1e-5, 1e-6, 1e-4] : STEPS;
        const ok = steps.some((h) => {
          const d = richardson((s) => gradAt(along(named, ins, v, s)), h);
          const bad = moved.find((j) => !agree(hv[j], d[j], htol, habs));
          if (bad === undefined) return true;
          worst ??= `${ins[bad].key}[${ins[bad].idx}]: f_hvp ${hv[bad]}, differences of f_grad ${d[bad]}`;
          return false;
        });
        if (!ok) fail('hvp', at(worst));
        if (form('hessian') && ins.length <= 40 && SELF !== 'forms') {
          const { hessian } = call(form('hessian'), named);
          const n = ins.length;
          for (let a = 0; a < n; a++) {
            let s = 0;
            for (let b = 0; b < n; b++) s += hessian[a * n + b] * v[b];
            if (!agree(s, hv[a], 1e-8, 1e-10 * Math.max(1, ...hv.map(Math.abs)))) { fail('hessian', at(`row ${a}: H·v ${s} ≠ f_hvp ${hv[a]}`)); break; }
          }
        }
      }
    }
    for (const [k, x] of Object.entries(before)) if (!bitSame(x, named[k])) fail('args', `${k} changed by a form`);
    if (TIME && pt === 0) time = timeOne(f, form, named, Object.keys(G.grad));
  }
  const status = failed.size ? 'WRONG' : 'ok';
  return { label, m: spec.m, f: spec.f, status, failed: [...failed], notes, time };
}

/** Writers: outputs are the value (if any) then each array of spec.outs as f leaves it. */
function checkWriter(spec, named, ins, v, f, form, fail, bump) {
  const outs = spec.outs;
  // o is a copy already: f writes into it, and the written arrays are read back from it
  const outputs = (o) => {
    const val = f(...Object.values(o));
    const ys = [...(typeof val === 'number' ? [val] : []), ...outs.flatMap((k) => Array.from(o[k]))];
    ys[0] += bump(o); // the self-test's change: to the value, or to the first written element
    return ys;
  };
  const y0 = outputs(Object.fromEntries(Object.entries(named).map(([k, x]) => [k, copy(x)])));
  const cols = ins.length;
  const ref = new Float64Array(y0.length * cols); // differences, row-major
  ins.forEach((c, j) => {
    if (!c.moved) return;
    const scale = Math.max(1, Math.abs(read(named, c)));
    const d = richardson((s) => outputs(shifted(named, c, s)), 1e-3 * scale);
    d.forEach((x, i) => { ref[i * cols + j] = x; });
  });
  const before = Object.fromEntries(Object.entries(named).map(([k, x]) => [k, copy(x)]));
  for (const mode of ['auto', 'forward', 'reverse']) {
    const J = form('jacobian')(...Object.values(named), mode);
    if (J.rows !== y0.length || J.columns !== cols) { fail('jacobian', `${mode}: ${J.rows}×${J.columns}, expected ${y0.length}×${cols}`); continue; }
    let bad = null;
    ins.forEach((c, j) => {
      if (!c.moved || bad) return;
      for (let i = 0; i < y0.length; i++) {
        const a = J.jacobian[i * cols + j], b = ref[i * cols + j];
        if (!agree(a, b, 1e-6, 1e-8 * Math.max(1, Math.abs(y0[i])))) {
          // retry this column at smaller steps before calling it wrong
          const scale = Math.max(1, Math.abs(read(named, c)));
          const again = [1e-4, 1e-5].some((h) => agree(a, richardson((s) => outputs(shifted(named, c, s)), h * scale)[i], 1e-6, 1e-8 * Math.max(1, Math.abs(y0[i]))));
          if (!again) { bad = `${mode}: ∂out${i}/∂${c.key}[${c.idx}] ${a}, differences ${b}`; return; }
        }
      }
    });
    if (bad) fail('jacobian', bad);
    for (const [k, x] of Object.entries(before)) if (!bitSame(x, named[k])) fail('args', `${k} changed by f_jacobian ${mode}`);
  }
  // jvp: writes what f writes, and J·v into the tangent's arrays for the outputs
  const Jv = Array.from({ length: y0.length }, (_, i) => ins.reduce((s, c, j) => s + (c.moved ? ref[i * cols + j] * v[j] : 0), 0));
  if (form('jvp')) {
    const t = {};
    ins.forEach((c, j) => { if (!c.moved) return; if (c.idx < 0) t[c.key] = v[j]; else (t[c.key] ??= new Float64Array(named[c.key].length))[c.idx] = v[j]; });
    const args = Object.fromEntries(Object.entries(named).map(([k, x]) => [k, copy(x)]));
    const res = form('jvp')(...Object.values(args), t);
    const got = [...(res && typeof res.tangent === 'number' ? [res.tangent] : []), ...outs.flatMap((k) => Array.from(t[k]))];
    const fArgs = Object.fromEntries(Object.entries(named).map(([k, x]) => [k, copy(x)]));
    f(...Object.values(fArgs));
    if (!outs.every((k) => bitSame(args[k], fArgs[k]))) fail('jvp', 'does not write what f writes');
    const bad = got.findIndex((x, i) => !agree(SELF === 'forms' ? x * (1 + 1e-5) + 1e-7 : x, Jv[i], 1e-6, 1e-8));
    if (bad >= 0) fail('jvp', `output ${bad}: tangent ${got[bad]}, J·v ${Jv[bad]}`);
  }
  // the void f_vjp: adj of inputs += Jᵀw, adj of written arrays = Jᵀw over their columns
  if (typeof y0.length === 'number' && f.length && form('vjp') && !spec.returns) {
    const r = mulberry(99);
    const adj = {};
    for (const c of ins) if (!(c.key in adj)) adj[c.key] = c.idx < 0 ? r() : Float64Array.from(named[c.key], () => r());
    const w = outs.flatMap((k) => Array.from(named[k], () => r()));
    let o = 0;
    for (const k of outs) { adj[k] = Float64Array.from(w.slice(o, o + named[k].length)); o += named[k].length; }
    const pre = Object.fromEntries(Object.entries(adj).map(([k, x]) => [k, copy(x)]));
    form('vjp')(...Object.values(named).map(copy), adj);
    ins.forEach((c, j) => {
      if (!c.moved) return;
      let jt = 0;
      for (let i = 0; i < w.length; i++) jt += ref[i * cols + j] * w[i];
      const want = (outs.includes(c.key) ? 0 : read(pre, c)) + jt;
      const got = read(adj, c);
      if (!agree(SELF === 'forms' ? got * (1 + 1e-5) + 1e-7 : got, want, 1e-6, 1e-8)) fail('vjp', `adj ${c.key}[${c.idx}] ${got}, pre + Jᵀw ${want}`);
    });
  }
}

/** f, f_grad and f_vjp in loops of their own, interleaved over 15 rounds; median per-round ratios. */
function timeOne(f, form, named, keys) {
  const args = Object.values(named);
  const adj = {};
  const G = form('grad')(...args);
  for (const k of keys) adj[k] = typeof G.grad[k] === 'number' ? 0 : new Float64Array(G.grad[k].length);
  let sink = 0;
  const loop = (fn, n) => { const t0 = process.hrtime.bigint(); for (let i = 0; i < n; i++) { const x = fn(); sink += typeof x === 'number' ? x : x.value; } return Number(process.hrtime.bigint() - t0) / n; };
  const runF = () => f(...args), runG = () => form('grad')(...args), runV = () => form('vjp')(...args, adj);
  let n = 1;
  while (loop(runF, n) * n < 3e6) n *= 2; // ~3 ms of f per loop
  for (let w = 0; w < 2; w++) { loop(runF, n); loop(runG, n); loop(runV, n); }
  const rg = [], rv = [], fs = [];
  for (let round = 0; round < 15; round++) {
    const tf = loop(runF, n), tg = loop(runG, n), tv = loop(runV, n);
    fs.push(tf); rg.push(tg / tf); rv.push(tv / tf);
  }
  const med = (a) => a.sort((x, y) => x - y)[a.length >> 1];
  if (sink === 0.123456789) console.log('');
  return { grad: med(rg), vjp: med(rv), fNs: Math.round(med(fs)) };
}

for (const spec of specs) {
  const label = spec.label ?? spec.f;
  if (ONLY && label !== ONLY) continue;
  let res;
  try {
    res = await check(spec);
  } catch (e) {
    res = { label, m: spec.m, f: spec.f, status: 'crash', failed: ['crash'], notes: [String(e?.stack ?? e).split('\n').slice(0, 3).join(' | ')] };
  }
  console.log(JSON.stringify({ case: res }));
}
