// trial42 checker, run under `node --import tsgrad/register trial42/check.mjs [--selftest f|forms] [--only label] [--time]`.
// Prints one JSON line per case: {"case": {label, m, status, failed: [...], notes: [...], time?}}.
// Scalar cases: f_grad's value is f's (Object.is); each moved input's derivative against Richardson
// central differences; f_vjp with seed 1.7 into a pre-filled adj; f_jvp against grad·v; f_hvp's grad bit-equal to
// f_grad's and its hvp against Richardson differences of f_grad along v; f_hessian·v against f_hvp (≤ 40 inputs);
// the caller's arrays unchanged by every form. Writers: f_jacobian (auto, forward, reverse) against differences of
// every output, f_jvp writing f's outputs and J·v, the void f_vjp adding Jᵀw. --selftest f changes the f the
// differences see, --selftest forms nudges what f_vjp, f_jvp and f_hvp return: each check must then fail.
import { specs } from './specs.mjs';

const argv = process.argv.slice(2);
const SELF = argv.includes('--selftest') ? argv[argv.indexOf('--selftest') + 1] : null;
const ONLY = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : null;
const TIME = argv.includes('--time');

// a small deterministic generator per case and point
const rng = (seed) => () => ((seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
const isFloatArr = (v) => v instanceof Float64Array || v instanceof Float32Array || (Array.isArray(v) && v.every((x) => typeof x === 'number'));
const copy = (v) => (ArrayBuffer.isView(v) ? v.slice() : Array.isArray(v) ? v.slice() : v);
const copyArgs = (a) => Object.fromEntries(Object.entries(a).map(([k, v]) => [k, copy(v)]));
const sameArr = (a, b) => a.length === b.length && Array.from(a).every((x, i) => Object.is(x, b[i]));
const close = (a, b, rel, abs = 0) => Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b)) + abs;

// the differentiable coordinates of a case: [key, index | -1]
function coords(spec, a) {
  const out = [];
  for (const [k, v] of Object.entries(a)) {
    if (spec.fixed?.includes(k) || spec.nokey?.includes(k) || spec.left?.includes(k) || spec.outs?.includes(k)) continue;
    if (typeof v === 'number') out.push([k, -1]);
    else if (isFloatArr(v)) for (let i = 0; i < v.length; i++) out.push([k, i]);
  }
  return out;
}
const getC = (a, [k, i]) => (i < 0 ? a[k] : a[k][i]);
const setC = (a, [k, i], x) => (i < 0 ? (a[k] = x) : (a[k][i] = x));
const gradAt = (g, [k, i]) => (i < 0 ? g[k] : g[k][i]);

// Richardson-extrapolated central difference of fn(args) along coordinate c with step h
function richardson(fn, a, c, h) {
  const d = (s) => {
    const p = copyArgs(a), m = copyArgs(a);
    setC(p, c, getC(a, c) + s);
    setC(m, c, getC(a, c) - s);
    return (fn(p) - fn(m)) / (2 * s);
  };
  return (4 * d(h / 2) - d(h)) / 3;
}
// the same along a direction v (a map of coordinates to components), for a vector-valued fn
function richardsonDir(fn, a, cs, v, h) {
  const at = (s) => {
    const p = copyArgs(a);
    cs.forEach((c, j) => setC(p, c, getC(a, c) + s * v[j]));
    return fn(p);
  };
  const d = (s) => {
    const P = at(s), M = at(-s);
    return P.map((x, i) => (x - M[i]) / (2 * s));
  };
  const D1 = d(h), D2 = d(h / 2);
  return D2.map((x, i) => (4 * x - D1[i]) / 3);
}
// a tangent/adj object from per-coordinate components
function keyed(a, cs, comp, fill = () => 0) {
  const o = {};
  for (const [k, v] of Object.entries(a)) {
    if (!cs.some(([ck]) => ck === k)) continue;
    o[k] = typeof v === 'number' ? fill() : Float64Array.from(v, () => fill());
  }
  cs.forEach((c, j) => {
    if (c[1] < 0) o[c[0]] = comp(j, o[c[0]]);
    else o[c[0]][c[1]] = comp(j, o[c[0]][c[1]]);
  });
  return o;
}

async function checkScalar(spec, f, G, r, failed, notes) {
  const a0 = spec.args(r);
  const vals = Object.values(a0);
  const cs = coords(spec, a0);
  const fRaw = (a) => f(...Object.values(a));
  const x0 = cs.map((c) => getC(a0, c));
  // self-test: differences of a changed f
  const fv0 = fRaw(a0);
  const hb = spec.hbase ?? 1;
  const fd = SELF === 'f' ? (a) => { const x = getC(a, cs[0]); return fRaw(a) + 1e-3 * Math.max(1, Math.abs(fv0)) * ((x - x0[0]) / hb + 1) ** 2; } : fRaw;
  const nudge = SELF === 'forms' ? 1 + 1e-5 : 1;
  const hnudge = SELF === 'forms' ? 1 + 1e-3 : 1;
  const keep = copyArgs(a0);
  const unchanged = (form) => { if (!Object.keys(a0).every((k) => (typeof a0[k] === 'number' || a0[k] === undefined ? true : sameArr(a0[k], keep[k])))) failed.add(`${form}-args`); };

  const g = G[`${spec.f}_grad`](...vals);
  unchanged('grad');
  if (!Object.is(g.value, fv0)) { failed.add('value'); notes.add(`value ${g.value} vs f ${fv0}`); }
  const tol = spec.tol ?? 1e-6;
  const scale = 1e-8 * Math.max(1, Math.abs(fv0));
  cs.forEach((c, j) => {
    const gj = gradAt(g.grad, c);
    const base = spec.hbase ?? Math.max(1, Math.abs(x0[j]));
    let best = Infinity, bestFd = NaN;
    for (const h of [1e-3, 1e-4, 1e-2, 1e-5]) {
      const d = richardson(fd, a0, c, h * base);
      const err = Math.abs(gj - d) / (tol * Math.max(Math.abs(gj), Math.abs(d)) + scale / (h * base) * 1e-3 + 1e-10);
      if (err < best) { best = err; bestFd = d; }
      if (err <= 1) break;
    }
    if (!(best <= 1)) { failed.add('grad'); if (notes.size < 4) notes.add(`∂/∂${c[0]}${c[1] >= 0 ? `[${c[1]}]` : ''}: grad ${gj} vs differences ${bestFd}`); }
  });

  // vjp with seed 1.7 into a pre-filled adj (every key of grad)
  const allKeys = Object.keys(g.grad);
  const pre = {};
  for (const k of allKeys) pre[k] = typeof g.grad[k] === 'number' ? r() - 0.5 : Float64Array.from(g.grad[k], () => r() - 0.5);
  const adj = Object.fromEntries(Object.entries(pre).map(([k, v]) => [k, copy(v)]));
  const vv = G[`${spec.f}_vjp`](...vals, adj, 1.7);
  unchanged('vjp');
  const vjpOk = Object.is(vv, fv0) && allKeys.every((k) => {
    const want = typeof pre[k] === 'number' ? [pre[k] + 1.7 * g.grad[k]] : Array.from(pre[k], (p, i) => p + 1.7 * g.grad[k][i]);
    const got = typeof adj[k] === 'number' ? [adj[k] * nudge] : Array.from(adj[k], (x) => x * nudge);
    return want.every((w, i) => close(got[i], w, 1e-12, 1e-14));
  });
  if (!vjpOk) failed.add('vjp');

  // jvp along a random direction over the moved coordinates
  const v = cs.map(() => r() - 0.5);
  const tangent = keyed(a0, cs, (j) => v[j]);
  const dot = cs.reduce((s, c, j) => s + gradAt(g.grad, c) * v[j], 0);
  const jv = G[`${spec.f}_jvp`](...vals, tangent);
  unchanged('jvp');
  const gabs = cs.reduce((s, c, j) => s + Math.abs(gradAt(g.grad, c) * v[j]), 0);
  if (!Object.is(jv.value, fv0) || !close(jv.tangent * nudge, dot, 1e-9, 1e-12 * gabs + 1e-15)) { failed.add('jvp'); notes.add(`jvp ${jv.tangent} vs grad·v ${dot}`); }

  // hvp against differences of f_grad along v
  if (!spec.nohvp && G[`${spec.f}_hvp`]) {
    const hv = G[`${spec.f}_hvp`](...vals, tangent);
    unchanged('hvp');
    const gradSame = Object.is(hv.value, fv0) && allKeys.every((k) => (typeof g.grad[k] === 'number' ? Object.is(hv.grad[k], g.grad[k]) : sameArr(hv.grad[k], g.grad[k])));
    if (!gradSame) { failed.add('hvp-grad'); failed.add('hvp'); }
    const gvec = (a) => cs.map((c) => gradAt(G[`${spec.f}_grad`](...Object.values(a)).grad, c));
    const got = cs.map((c) => (SELF === 'forms' ? gradAt(hv.hvp, c) * hnudge + 1e-6 : gradAt(hv.hvp, c)));
    const htol = spec.hvpTol ?? 1e-5;
    const hnorm = Math.max(1e-8, ...got.map(Math.abs));
    let ok = false, worst = '';
    for (const h of spec.kinks ? [1e-5, 1e-6, 1e-4] : [1e-3, 1e-4, 1e-2]) {
      const want = richardsonDir(gvec, a0, cs, v, h * (spec.hbase ?? Math.max(1, ...x0.map(Math.abs))));
      const errs = got.map((x, i) => Math.abs(x - want[i]) / (htol * Math.max(Math.abs(x), Math.abs(want[i]), 1e-3 * hnorm)));
      const e = Math.max(0, ...errs);
      if (e <= 1) { ok = true; break; }
      const i = errs.indexOf(e);
      worst = `hvp[${i}] ${got[i]} vs differences ${want[i]}`;
    }
    if (!ok) { failed.add('hvp'); notes.add(worst); }
    // dense Hessian times v (its inputs: every key of grad, in order), small cases only
    const hIdx = [];
    for (const k of allKeys) {
      if (typeof g.grad[k] === 'number') hIdx.push([k, -1]);
      else for (let i = 0; i < g.grad[k].length; i++) hIdx.push([k, i]);
    }
    if (G[`${spec.f}_hessian`] && hIdx.length <= 40) {
      const H = G[`${spec.f}_hessian`](...vals).hessian;
      const n = hIdx.length;
      const vFull = hIdx.map(([k, i]) => { const j = cs.findIndex((c) => c[0] === k && c[1] === i); return j < 0 ? 0 : v[j]; });
      const hvRow = hIdx.map((_, i) => vFull.reduce((s, x, j) => s + H[i * n + j] * x, 0));
      const hvRaw = hIdx.map((c) => gradAt(hv.hvp, c));
      if (!hvRow.every((x, i) => close(x, hvRaw[i], 1e-8, 1e-10 * hnorm))) { failed.add('hessian'); notes.add('hessian·v differs from hvp'); }
      unchanged('hessian');
    }
  }
}

async function checkWriter(spec, f, G, r, failed, notes) {
  const a0 = spec.args(r);
  const cs = coords(spec, a0);
  const outs = spec.outs;
  // every output as f leaves it: the value (if it returns one), then each written array
  const outputsOf = (a) => {
    const b = copyArgs(a);
    const val = f(...Object.values(b));
    const rows = spec.returns ? [val] : [];
    for (const k of outs) rows.push(...b[k]);
    return rows;
  };
  const y0 = outputsOf(a0);
  const x0 = cs.map((c) => getC(a0, c));
  const fdOut = SELF === 'f' ? (a) => { const y = outputsOf(a); y[0] += 1e-3 * Math.max(1, Math.abs(y0[0])) * (getC(a, cs[0]) - x0[0] + 1) ** 2; return y; } : outputsOf;
  const nudge = SELF === 'forms' ? 1 + 1e-5 : 1;
  // reference Jacobian columns by Richardson differences
  const Jfd = cs.map((c, j) => richardsonDir(fdOut, a0, [c], [1], 1e-4 * Math.max(1, Math.abs(x0[j]))));
  // f_jacobian's columns: every key of grad in parameter order (fixed numbers and written arrays included);
  // the moved ones are compared with the differences, a written array f does not read must have zero columns
  const cols = [];
  for (const [k, x] of Object.entries(a0)) {
    if (spec.nokey?.includes(k)) continue;
    if (typeof x === 'number') cols.push([k, -1]);
    else if (isFloatArr(x)) for (let i = 0; i < x.length; i++) cols.push([k, i]);
  }
  const R = y0.length, C = cols.length;
  const jac = (mode) => { const b = copyArgs(a0); return G[`${spec.f}_jacobian`](...Object.values(b), mode); };
  for (const mode of ['auto', 'forward', 'reverse']) {
    const J = jac(mode);
    if (J.rows !== R || J.columns !== C) { failed.add(`jacobian-${mode}`); notes.add(`${mode}: ${J.rows}×${J.columns}, expected ${R}×${C}`); continue; }
    let bad = 0;
    cols.forEach(([k, i], col) => {
      const j = cs.findIndex((c) => c[0] === k && c[1] === i);
      if (j < 0 && !outs.includes(k)) return;
      for (let row = 0; row < R; row++) if (!close(J.jacobian[row * C + col], j < 0 ? 0 : Jfd[j][row], 1e-6, 1e-9)) bad++;
    });
    if (bad) { failed.add('jacobian'); notes.add(`${mode}: ${bad} entries differ`); }
  }
  // jvp: writes what f writes, and J·v into the tangent's output arrays
  const v = cs.map(() => r() - 0.5);
  const b = copyArgs(a0);
  const t = keyed(b, cs, (j) => v[j]);
  for (const k of outs) t[k] = new Float64Array(b[k].length);
  const ret = G[`${spec.f}_jvp`](...Object.values(b), t);
  const written = outs.flatMap((k) => Array.from(b[k]));
  const expectVals = spec.returns ? y0.slice(1) : y0;
  const Jv = y0.map((_, i) => cs.reduce((s, __, j) => s + Jfd[j][i] * v[j], 0));
  const gotT = [...(spec.returns ? [ret.tangent] : []), ...outs.flatMap((k) => Array.from(t[k]))].map((x) => x * nudge);
  if (!sameArr(written, expectVals) || !gotT.every((x, i) => close(x, Jv[i], 1e-6, 1e-9))) { failed.add('jvp'); notes.add('jvp outputs or tangents differ'); }
  // void f_vjp: inputs' adj = pre + Jᵀw, written arrays' adj = zero... for arrays it only writes
  if (!spec.returns) {
    const c2 = copyArgs(a0);
    const w = y0.map(() => r() - 0.5);
    const adj = keyed(c2, cs, () => 0, () => r() - 0.5);
    const pre = Object.fromEntries(Object.entries(adj).map(([k, x]) => [k, copy(x)]));
    let off = 0;
    for (const k of outs) { adj[k] = Float64Array.from(c2[k], (_, i) => w[off + i]); off += c2[k].length; }
    G[`${spec.f}_vjp`](...Object.values(c2), adj);
    const ok = cs.every((c, j) => {
      const want = getC(pre, c) + Jfd[j].reduce((s, x, i) => s + x * w[i], 0);
      return close(getC(adj, c) * nudge, want, 1e-6, 1e-9);
    });
    if (!ok) { failed.add('vjp'); notes.add('void vjp: adj of inputs ≠ pre + Jᵀw'); }
  }
}

function timeCase(spec, f, G, r) {
  const a = spec.args(r);
  const vals = Object.values(a);
  const g = G[`${spec.f}_grad`](...vals);
  const adj = Object.fromEntries(Object.entries(g.grad).map(([k, x]) => [k, typeof x === 'number' ? 0 : new Float64Array(x.length)]));
  const fns = { f: () => f(...vals), grad: () => G[`${spec.f}_grad`](...vals), vjp: () => G[`${spec.f}_vjp`](...vals, adj, 1) };
  // warm every form first: calibrating on a cold f once gave 16 repetitions, too few for V8 to optimise a long
  // f_vjp, which then timed 100-500x f while warm it is 3x (orbits.verletKinetic)
  for (let i = 0; i < 300; i++) { fns.f(); fns.grad(); fns.vjp(); }
  let reps = 64;
  for (;;) { const t = performance.now(); for (let i = 0; i < reps; i++) fns.f(); if (performance.now() - t > 3) break; reps *= 2; }
  const loop = (fn) => { let sink = 0; const t = performance.now(); for (let i = 0; i < reps; i++) { const y = fn(); sink += typeof y === 'number' ? y : y.value; } return [(performance.now() - t) / reps, sink]; };
  const ratios = { grad: [], vjp: [] }, fts = [];
  for (let round = 0; round < 17; round++) {
    const [tf] = loop(fns.f), [tg] = loop(fns.grad), [tv] = loop(fns.vjp);
    if (round < 2) continue;
    ratios.grad.push(tg / tf);
    ratios.vjp.push(tv / tf);
    fts.push(tf);
  }
  const med = (xs) => xs.slice().sort((p, q) => p - q)[xs.length >> 1];
  return { grad: med(ratios.grad), vjp: med(ratios.vjp), fNs: Math.round(med(fts) * 1e6) };
}

for (const spec of specs) {
  const label = spec.label ?? spec.f;
  if (ONLY && label !== ONLY) continue;
  const failed = new Set(), notes = new Set();
  let status = 'ok', time;
  try {
    const M = await import(`./src/${spec.m}.ts`);
    const G = await import(`./gen/${spec.m}.grad.ts`);
    const f = M[spec.f];
    if (TIME) time = timeCase(spec, f, G, rng(7));
    else for (let p = 0; p < (spec.points ?? 3); p++) await (spec.outs ? checkWriter : checkScalar)(spec, f, G, rng(1000 * (p + 1) + label.length), failed, notes);
    if (failed.size) status = 'WRONG';
  } catch (e) {
    status = 'crash';
    notes.add(String(e?.stack ?? e).split('\n').slice(0, 2).join(' | '));
  }
  console.log(JSON.stringify({ case: { label, m: spec.m, status, failed: [...failed], notes: [...notes], ...(time ? { time } : {}) } }));
}
