// trial50 checker (trial49/check.mjs, copied; only this line changed): node --import tsgrad/register trial50/check.mjs [--selftest f|forms|order] [--only label] [--time]
// tsgrad gives no f_jvp, TSG2004) (adapted from trial43's check.mjs: an hrel option for inputs in physical units): node --import tsgrad/register trial46/check.mjs [--selftest f|forms] [--only label] [--time]
// One JSON line per case: {"case": {label, m, status, failed, notes, time?}}.
// At 3 points per case: f_grad's value is f's (Object.is) and each moved input's derivative matches a
// Richardson-extrapolated central difference; f_vjp (seed 1.7) adds into a pre-filled adj; f_jvp's tangent is grad·v;
// f_hvp's grad is f_grad's bit for bit and its hvp matches differences of f_grad along v; the caller's arrays are
// left unchanged by every form. --selftest f perturbs the f the differences see; --selftest forms nudges what f_vjp,
// f_jvp and f_hvp return. Either must turn every case's checks into failures. (trial49) --selftest order makes f
// keep state between calls, which orderCase must catch.

const argv = process.argv.slice(2);
const opt = (k) => (argv.includes(k) ? argv[argv.indexOf(k) + 1] : null);
const SELF = opt('--selftest'), ONLY = opt('--only'), TIME = argv.includes('--time');
// --specs probes/specs.mjs: the probes' cases, whose modules live beside their generated files in probes/
const { specs } = await import(opt('--specs') ?? './specs.mjs');

// mulberry32: deterministic points per case
const rng = (a) => () => {
  a = (a + 0x6d2b79f5) | 0;
  let t = Math.imul(a ^ (a >>> 15), 1 | a);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const isNumArr = (v) => v instanceof Float64Array || v instanceof Float32Array || (Array.isArray(v) && v.every((x) => typeof x === 'number'));
const dup = (v) => (ArrayBuffer.isView(v) || Array.isArray(v) ? v.slice() : v);
const dupAll = (a) => Object.fromEntries(Object.entries(a).map(([k, v]) => [k, dup(v)]));
const bitSame = (a, b) => a.length === b.length && Array.from(a).every((x, i) => Object.is(x, b[i]));
const near = (a, b, rel, abs = 0) => Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b)) + abs;

// the moved coordinates: [name, index] (index -1 for a number)
function movable(spec, a) {
  const skip = new Set([...(spec.fixed ?? []), ...(spec.nokey ?? [])]);
  const cs = [];
  for (const [k, v] of Object.entries(a)) {
    if (skip.has(k)) continue;
    if (typeof v === 'number') cs.push([k, -1]);
    else if (isNumArr(v)) for (let i = 0; i < v.length; i++) cs.push([k, i]);
  }
  return cs;
}
const get = (o, [k, i]) => (i < 0 ? o[k] : o[k][i]);
const put = (o, [k, i], x) => (i < 0 ? (o[k] = x) : (o[k][i] = x));
// a point moved by s along direction dir over coordinates cs (Float32Array elements round when stored)
function moved(a, cs, dir, s) {
  const b = dupAll(a);
  cs.forEach((c, j) => put(b, c, get(a, c) + s * dir[j]));
  return b;
}
// Richardson: (4 D(h/2) - D(h)) / 3 of the central difference D; fn returns a number or an array
function rich(fn, a, cs, dir, h) {
  const D = (s) => {
    const p = fn(moved(a, cs, dir, s)), m = fn(moved(a, cs, dir, -s));
    return Array.isArray(p) ? p.map((x, i) => (x - m[i]) / (2 * s)) : (p - m) / (2 * s);
  };
  const d1 = D(h), d2 = D(h / 2);
  return Array.isArray(d1) ? d1.map((x, i) => (4 * d2[i] - x) / 3) : (4 * d2 - d1) / 3;
}
function keyedLike(grad, cs, comp) {
  const o = {};
  for (const [k, v] of Object.entries(grad)) o[k] = typeof v === 'number' ? 0 : new Float64Array(v.length);
  cs.forEach((c, j) => { if (c[0] in o) put(o, c, comp(j)); });
  return o;
}

function checkCase(spec, f, G, r, failed, notes) {
  const a = spec.args(r);
  const vals = () => Object.values(a);
  const cs = movable(spec, a);
  const call = (b) => f(...Object.values(b));
  const y0 = call(dupAll(a));
  const x0 = cs.map((c) => get(a, c));
  const hs = spec.hbase ?? (spec.hrel ? Math.abs(x0[0]) || 1 : 1);
  const fd = SELF === 'f' ? (b) => call(b) + 1e-3 * Math.max(1, Math.abs(y0)) * ((get(b, cs[0]) - x0[0]) / hs + 1) ** 2 : call;
  const bump = SELF === 'forms' ? 1 + 1e-5 : 1;
  const kept = dupAll(a);
  // what f leaves in the arrays it writes: f_jvp must leave the same (README), f_grad and f_vjp the arrays as found
  const after = dupAll(a);
  f(...Object.values(after));
  const untouched = (form, leaves = kept) => {
    for (const k of Object.keys(a)) if (typeof a[k] === 'object' && a[k] && !bitSame(a[k], leaves[k])) failed.add(`${form}-wrote-${k}`);
    // the next form starts from the arguments as given
    for (const k of Object.keys(a)) if (typeof a[k] === 'object' && a[k]) a[k] = dup(kept[k]);
  };
  const note = (s) => { if (notes.size < 4) notes.add(s); };
  const nameOf = ([k, i]) => (i < 0 ? k : `${k}[${i}]`);

  const g = G[`${spec.f}_grad`](...vals());
  untouched('grad');
  if (!Object.is(g.value, y0)) { failed.add('value'); note(`value ${g.value} vs f ${y0}`); }
  const tol = spec.tol ?? 1e-6;
  cs.forEach((c, j) => {
    const want = get(g.grad, c);
    if (want === undefined) { failed.add('grad-key'); note(`no grad for ${nameOf(c)}`); return; }
    const unit = cs.map((_, q) => (q === j ? 1 : 0));
    const base = spec.hbase ?? (spec.hrel ? Math.abs(x0[j]) || 1 : Math.max(1, Math.abs(x0[j])));
    let ok = false, last = NaN;
    for (const h of spec.kinks ? [1e-6, 1e-5, 1e-7, 1e-4] : [1e-3, 1e-4, 1e-2, 1e-5]) {
      last = rich(fd, a, cs, unit, h * base);
      if (Math.abs(want - last) <= tol * Math.max(Math.abs(want), Math.abs(last)) + 1e-9 * Math.max(1, Math.abs(y0))) { ok = true; break; }
    }
    if (!ok) { failed.add('grad'); note(`∂/∂${nameOf(c)}: grad ${want} vs differences ${last}`); }
  });

  // f_vjp adds seed·grad into a pre-filled adj, over every key
  const keys = Object.keys(g.grad);
  const pre = Object.fromEntries(keys.map((k) => [k, typeof g.grad[k] === 'number' ? r() - 0.5 : Float64Array.from(g.grad[k], () => r() - 0.5)]));
  const adj = Object.fromEntries(keys.map((k) => [k, dup(pre[k])]));
  const yv = G[`${spec.f}_vjp`](...vals(), adj, 1.7);
  untouched('vjp');
  const vjpOk = Object.is(yv, y0) && keys.every((k) => {
    const got = typeof adj[k] === 'number' ? [adj[k]] : Array.from(adj[k]);
    const p = typeof pre[k] === 'number' ? [pre[k]] : Array.from(pre[k]);
    const gg = typeof g.grad[k] === 'number' ? [g.grad[k]] : Array.from(g.grad[k]);
    // relative to |pre| + 1.7|g|: the sum may cancel, and seed·g is rounded differently inside the sweep
    // (trial50) vjpTol: where the function cancels (a central difference inside it, a key it does not depend on),
    // seed·g rounds differently inside the sweep: the tolerance is vjpTol of |pre| + 2.7|g| (per key)
    const vt = spec.vjpTol ?? 1e-12, gmax = spec.vjpTol ? Math.max(...gg.map(Math.abs)) : 0;
    return got.every((x, i) => Math.abs(x * bump - (p[i] + 1.7 * gg[i])) <= vt * (Math.abs(p[i]) + 1.7 * Math.abs(gg[i]) + gmax) + 1e-14);
  });
  if (!vjpOk) { failed.add('vjp'); note(`vjp value ${yv}`); }

  if (spec.nojvp) return;
  // f_jvp along a random direction over the moved coordinates
  // hrel: the direction scaled by each input's magnitude, so one step along it suits every coordinate
  const v = cs.map((_, j) => (r() - 0.5) * (spec.hrel ? Math.abs(x0[j]) || 1 : 1));
  const tan = keyedLike(g.grad, cs, (j) => v[j]);
  const gv = cs.reduce((s, c, j) => s + get(g.grad, c) * v[j], 0);
  const gabs = cs.reduce((s, c, j) => s + Math.abs(get(g.grad, c) * v[j]), 0);
  // a copy: f_jvp writes the tangents of the arrays f writes into the tangent's arrays (README)
  const jv = G[`${spec.f}_jvp`](...vals(), dupAll(tan));
  untouched('jvp', after);
  if (!Object.is(jv.value, y0) || !near(jv.tangent * bump + (SELF === 'forms' ? 1e-6 : 0), gv, 1e-9, 1e-13 * gabs + 1e-15)) { failed.add('jvp'); note(`jvp ${jv.tangent} vs grad·v ${gv}`); }

  // f_hvp: grad bit-equal, hvp against differences of f_grad along v
  if (spec.nohvp) return;
  if (!G[`${spec.f}_hvp`]) { failed.add('hvp-missing'); return; }
  const hv = G[`${spec.f}_hvp`](...vals(), tan);
  untouched('hvp');
  const same = Object.is(hv.value, y0) && keys.every((k) => (typeof g.grad[k] === 'number' ? Object.is(hv.grad[k], g.grad[k]) : bitSame(hv.grad[k], g.grad[k])));
  if (!same) { failed.add('hvp'); note('hvp grad not bit-equal to f_grad'); }
  const gradVec = (b) => { const gg = G[`${spec.f}_grad`](...Object.values(b)).grad; return cs.map((c) => get(gg, c)); };
  const htol = spec.hvpTol ?? 1e-5;
  // the forms self-test nudges hvp by ten times its tolerance, plus 1e-6 for an hvp of zero
  const got = cs.map((c) => get(hv.hvp, c) * (SELF === 'forms' ? 1 + 10 * htol : 1) + (SELF === 'forms' ? 1e-6 : 0));
  const scale = Math.max(1e-8, ...got.map(Math.abs));
  let hok = false, worst = '';
  // one step for every coordinate along v (a coordinate of large magnitude would otherwise set it for all)
  const hbase = spec.hbase ?? 1;
  for (const h of spec.kinks ? [1e-5, 1e-6, 1e-4] : [1e-3, 1e-4, 1e-2, 1e-5]) {
    const want = rich(gradVec, a, cs, v, h * hbase);
    const bad = got.findIndex((x, i) => !(Math.abs(x - want[i]) <= htol * Math.max(Math.abs(x), Math.abs(want[i]), 1e-3 * scale)));
    if (bad < 0) { hok = true; break; }
    worst = `hvp ${nameOf(cs[bad])} ${got[bad]} vs differences ${want[bad]}`;
  }
  if (!hok) { failed.add('hvp'); note(worst); }
}

// Module-level scratch buffers: the value must not depend on what earlier calls left in them. The case's 3 points
// are evaluated by f in order 0 1 2 (the reference), then in three other orders, each call preceded by calls of
// every other case of the same module (f and f_grad, at their own points, which fill the shared buffers with other
// values); at each point f, f_grad's value, f_vjp's value and f_jvp's value must all equal the reference (Object.is).
function orderCase(spec, label, M, G, failed, notes) {
  const pts = [0, 1, 2].map((p) => spec.args(rng(977 * (p + 1) + label.length)));
  const others = specs.filter((o) => o.m === spec.m && o !== spec);
  const noise = (k) => {
    for (const o of others) {
      const a = Object.values(o.args(rng(31 * k + 7)));
      try { M[o.f](...a.map(dup)); G[`${o.f}_grad`](...a.map(dup)); } catch { /* a crash of another case is its own */ }
    }
  };
  const at = (i) => Object.values(dupAll(pts[i]));
  // --selftest order: f made to keep state between calls (a call counter, each value moved by 1e-9 per earlier
  // call), which the order check must catch at every case
  let calls = 0;
  // (trial50) the move is relative to the value, so that large values (maxwellBridge, ~1e9) see it too
  const f = SELF === 'order' ? (...a) => { const y = M[spec.f](...a); return y + 1e-9 * Math.max(1, Math.abs(y)) * calls++; } : M[spec.f];
  const ref = pts.map((_, i) => f(...at(i)));
  for (const order of [[2, 1, 0], [1, 2, 0], [0, 2, 1]]) {
    for (const i of order) {
      noise(i + order[0]);
      const y = f(...at(i));
      noise(i + 1);
      const g = G[`${spec.f}_grad`](...at(i)).value;
      const keys = Object.keys(G[`${spec.f}_grad`](...at(i)).grad);
      const adj = Object.fromEntries(keys.map((k) => [k, typeof pts[i][k] === 'number' ? 0 : new Float64Array(pts[i][k].length)]));
      noise(i + 2);
      const v = G[`${spec.f}_vjp`](...at(i), adj, 1);
      const j = spec.nojvp ? ref[i] : G[`${spec.f}_jvp`](...at(i), {}).value;
      for (const [form, got] of [['f', y], ['grad', g], ['vjp', v], ['jvp', j]])
        if (!Object.is(got, ref[i])) { failed.add(`order-${form}`); if (notes.size < 4) notes.add(`order ${order.join('')} point ${i}: ${form} ${got} vs first f ${ref[i]}`); }
    }
  }
}

function timeCase(spec, f, G, r) {
  const args = Object.values(spec.args(r));
  const g = G[`${spec.f}_grad`](...args);
  const adj = Object.fromEntries(Object.entries(g.grad).map(([k, x]) => [k, typeof x === 'number' ? 0 : new Float64Array(x.length)]));
  // (trial50) f_vjp's arguments built once, spread last: V8 runs a call `g(...args, adj, 1)` (a spread followed by
  // more arguments) on a slow path that cost ~170 ns per call here (perf/README.md), which trial49's harness timed
  const vargs = [...args, adj, 1];
  const forms = [() => f(...args), () => G[`${spec.f}_grad`](...args), () => G[`${spec.f}_vjp`](...vargs)];
  for (let i = 0; i < 400; i++) forms.forEach((fn) => fn()); // warm all three before calibrating
  let n = 64;
  for (;;) { const t = performance.now(); for (let i = 0; i < n; i++) forms[0](); if (performance.now() - t > 3) break; n *= 2; }
  const loop = (fn) => { let sink = 0; const t = performance.now(); for (let i = 0; i < n; i++) { const y = fn(); sink += typeof y === 'number' ? y : y.value; } globalThis.__sink = sink; return (performance.now() - t) / n; };
  const rg = [], rv = [], tf = [];
  for (let round = 0; round < 17; round++) {
    const a = loop(forms[0]), b = loop(forms[1]), c = loop(forms[2]);
    if (round < 2) continue;
    rg.push(b / a); rv.push(c / a); tf.push(a);
  }
  const med = (xs) => xs.sort((p, q) => p - q)[xs.length >> 1];
  return { grad: med(rg), vjp: med(rv), fNs: Math.round(med(tf) * 1e6) };
}

for (const spec of specs) {
  const label = spec.label ?? spec.f;
  if (ONLY && label !== ONLY) continue;
  const failed = new Set(), notes = new Set();
  let status = 'ok', time;
  try {
    const M = await import(spec.dir ? `./${spec.dir}/${spec.m}.ts` : `./src/${spec.m}.ts`);
    const G = await import(spec.dir ? `./${spec.dir}/${spec.m}.grad.ts` : `./gen/${spec.m}.grad.ts`);
    if (TIME) time = timeCase(spec, M[spec.f], G, rng(7));
    else if (SELF !== 'order') for (let p = 0; p < 3; p++) checkCase(spec, M[spec.f], G, rng(977 * (p + 1) + label.length), failed, notes);
    if (!TIME && (!SELF || SELF === 'order')) orderCase(spec, label, M, G, failed, notes);
    if (failed.size) status = 'WRONG';
  } catch (e) {
    status = 'crash';
    notes.add(String(e?.stack ?? e).split('\n').slice(0, 2).join(' | '));
  }
  console.log(JSON.stringify({ case: { label, m: spec.m, status, failed: [...failed], notes: [...notes], ...(time ? { time } : {}) } }));
}
