// trial41 checker: node --import tsgrad/register trial41/check.mjs [--only label] [--selftest f|forms] [--time]
// Prints one JSON line per case: {"case": {label, m, status: ok|WRONG|crash, notes, failed, time?}}.
//   grad  f_grad's value is f's (Object.is), its keys are the float inputs', each moved component agrees with
//         Richardson central differences (4·D(h/2) − D(h))/3, h = 1e-3·max(1,|x|), retried at 1e-4, 1e-2, 1e-5
//   vjp   f_vjp with seed 1.7 into an adj pre-filled with random numbers = pre + 1.7·grad
//   jvp   f_jvp along a random v: its value is f's, its tangent = grad·v
//   hvp   f_hvp's grad bit-equal to f_grad's, its hvp against Richardson differences of f_grad along v
//   args  no form changes the caller's arguments (f_grad, f_vjp, f_jvp, f_hvp get them uncopied)
//   writers (spec.outs, spec.inout when the written arrays are read too): f_jacobian (auto, forward, reverse) against differences of the value and every written
//         element; f_jvp writes what f writes and J·v into the tangent's arrays; a void f_vjp adds Jᵀw into adj
// --selftest f: the differences are taken of f + 1e-3·max(1,|f|)·(x − x0 + 1)² along the first moved input,
//   so every case must turn WRONG; --selftest forms: f_vjp/f_jvp results nudged 1e-5 relative, f_hvp's 1e-3:
//   each of those checks must fail.
import { specs } from './specs.mjs';

const argv = process.argv.slice(2);
const opt = (k) => (argv.includes(k) ? argv[argv.indexOf(k) + 1] : null);
const ONLY = opt('--only'), SELF = opt('--selftest'), TIME = argv.includes('--time');

// a small seeded generator (xorshift32), so every run draws the same points
const rng = (seed) => { let s = seed >>> 0 || 1; return () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s / 4294967296; }; };
const hash = (str) => [...str].reduce((h, c) => (Math.imul(h, 131) + c.charCodeAt(0)) >>> 0, 17);
const isArr = (v) => Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));
const isFloatArr = (v) => v instanceof Float64Array || v instanceof Float32Array || (Array.isArray(v) && v.every((x) => typeof x === 'number'));
const clone = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, isArr(v) ? v.slice() : v]));
const same = (a, b) => (isArr(a) ? a.length === b.length && Array.from(a).every((x, i) => Object.is(x, b[i])) : Object.is(a, b));
const close = (a, b, rel, abs = 0) => Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b)) + abs;

/** The float inputs of a named argument object, in parameter order: {key, i (-1 for a number), moved}. */
function inputsOf(spec, named) {
  const fixed = new Set(spec.fixed ?? []), left = new Set(spec.left ?? []);
  const out = [];
  for (const [k, v] of Object.entries(named)) {
    if ((spec.nokey ?? []).includes(k)) continue;
    if (typeof v === 'number') out.push({ key: k, i: -1, moved: !fixed.has(k) });
    else if (v === undefined && left.has(k)) out.push({ key: k, i: -1, moved: false });
    else if (isArr(v) && isFloatArr(v)) for (let i = 0; i < v.length; i++) out.push({ key: k, i, moved: !fixed.has(k) && (spec.inout || !(spec.outs ?? []).includes(k)) });
  }
  return out;
}
const get = (o, c) => (c.i < 0 ? o[c.key] ?? 0 : o[c.key]?.[c.i] ?? 0);
function bumped(named, ins, dir, h) {
  const o = clone(named);
  ins.forEach((c, j) => { if (!c.moved || !dir[j]) return; if (c.i < 0) o[c.key] += h * dir[j]; else o[c.key][c.i] += h * dir[j]; });
  return o;
}
const unit = (n, j) => Array.from({ length: n }, (_, k) => (k === j ? 1 : 0));
/** Richardson-extrapolated central difference of g (number or array valued) at step h. */
function rich(g, h) {
  const cd = (s) => { const a = g(s), b = g(-s); return typeof a === 'number' ? (a - b) / (2 * s) : Array.from(a, (x, i) => (x - b[i]) / (2 * s)); };
  const d1 = cd(h), d2 = cd(h / 2);
  return typeof d1 === 'number' ? (4 * d2 - d1) / 3 : d1.map((x, i) => (4 * d2[i] - x) / 3);
}
const STEPS = [1e-3, 1e-4, 1e-2, 1e-5];

async function runCase(spec) {
  const label = spec.label ?? spec.f;
  const src = await import(`./src/${spec.m}.ts`);
  const gen = await import(`./gen/${spec.m}.grad.ts`);
  const f = src[spec.f], G = gen[`${spec.f}_grad`], V = gen[`${spec.f}_vjp`], J = gen[`${spec.f}_jvp`], H = gen[`${spec.f}_hvp`], HS = gen[`${spec.f}_hessian`], JAC = gen[`${spec.f}_jacobian`];
  const notes = [], failed = new Set();
  const fail = (k, msg) => { failed.add(k); if (notes.length < 6) notes.push(msg); };
  const r = rng(hash(label));
  const tol = spec.tol ?? 1e-6, hvpTol = spec.hvpTol ?? 1e-5;
  const call = (o) => f(...Object.values(o));
  const nudge = (x, rel) => x * (1 + rel) + rel; // a selftest perturbation of a form's result
  let timeRes;
  for (let pt = 0; pt < (spec.points ?? 3); pt++) {
    const named = spec.args(r);
    const ins = inputsOf(spec, named), n = ins.length, movedIdx = ins.map((c, j) => (c.moved ? j : -1)).filter((j) => j >= 0);
    const before = clone(named);
    const first = movedIdx[0];
    // selftest f: what the differences see is f plus a bump along the first moved input
    const fref = (o) => {
      const y = call(o);
      if (SELF !== 'f') return y;
      const x = get(o, ins[first]), x0 = get(before, ins[first]);
      return y + 1e-3 * Math.max(1, Math.abs(call(before))) * (x - x0 + 1) ** 2;
    };
    if (spec.outs) { await writerCase(spec, named, ins, { f, V, J, JAC, fail, r, SELF, nudge, tol, before }); continue; }
    const y = call(clone(named));
    const g = G(...Object.values(named)); // the caller's own arrays: checked unchanged below
    if (!Object.is(g.value, y)) fail('grad', `value ${g.value} ≠ f ${y}`);
    const keys = [...new Set(ins.map((c) => c.key))];
    if (Object.keys(g.grad).join() !== keys.join()) fail('grad', `keys ${Object.keys(g.grad)} ≠ ${keys}`);
    const gv = ins.map((c) => get(g.grad, c));
    // gradient against differences
    for (const j of movedIdx) {
      let ok = false, fd;
      for (const h0 of STEPS) {
        const h = h0 * Math.max(1, Math.abs(get(named, ins[j])));
        fd = rich((s) => fref(bumped(named, ins, unit(n, j), s)), h);
        if (close(gv[j], fd, tol, 1e-8 * Math.max(1, Math.abs(y)))) { ok = true; break; }
      }
      if (!ok) fail('grad', `∂/∂${ins[j].key}${ins[j].i >= 0 ? `[${ins[j].i}]` : ''} = ${gv[j]} vs differences ${fd} at point ${pt}`);
    }
    // vjp into a pre-filled adj
    const adj = {}, pre = {};
    for (const k of keys) { const v = g.grad[k]; adj[k] = typeof v === 'number' ? r() : Float64Array.from(v, () => r()); pre[k] = typeof v === 'number' ? adj[k] : adj[k].slice(); }
    let yv = V(...Object.values(named), adj, 1.7);
    if (SELF === 'forms') for (const k of keys) { if (typeof adj[k] === 'number') adj[k] = nudge(adj[k], 1e-5); else adj[k] = adj[k].map((x) => nudge(x, 1e-5)); }
    if (!Object.is(yv, y)) fail('vjp', `vjp value ${yv} ≠ ${y}`);
    ins.forEach((c, j) => { const want = get(pre, c) + 1.7 * gv[j]; if (!close(get(adj, c), want, 1e-12, 1e-13)) fail('vjp', `vjp ${c.key}${c.i >= 0 ? `[${c.i}]` : ''} ${get(adj, c)} ≠ pre + 1.7·grad ${want}`); });
    // jvp along a random v (only moved inputs)
    const v = ins.map((c) => (c.moved ? 2 * r() - 1 : 0));
    const tan = {};
    ins.forEach((c, j) => { if (!c.moved) return; if (c.i < 0) tan[c.key] = v[j]; else (tan[c.key] ??= new Float64Array(named[c.key].length))[c.i] = v[j]; });
    if (J) {
      const jr = J(...Object.values(named), tan);
      const t = SELF === 'forms' ? nudge(jr.tangent, 1e-5) : jr.tangent;
      const want = gv.reduce((s, x, j) => s + x * v[j], 0);
      if (!Object.is(jr.value, y)) fail('jvp', `jvp value ${jr.value} ≠ ${y}`);
      if (!close(t, want, 1e-9, 1e-12 * Math.max(1, Math.abs(y)))) fail('jvp', `jvp ${t} ≠ grad·v ${want}`);
    } else notes.push('no f_jvp');
    // hvp against differences of the gradient along v
    if (H && !spec.nohvp) {
      const hr = H(...Object.values(named), tan);
      for (const k of keys) if (!same(hr.grad[k], g.grad[k])) fail('hvp', `hvp's grad.${k} not bit-equal to f_grad's`);
      let hv = ins.map((c) => get(hr.hvp, c));
      if (SELF === 'forms') hv = hv.map((x) => nudge(x, 1e-3));
      const gradAt = (s) => { const o = bumped(named, ins, v, s); const gg = G(...Object.values(o)).grad; return ins.map((c) => get(gg, c)); };
      let ok = false, fd, worst = '';
      for (const h0 of spec.kinks ? [1e-5, 1e-4, 1e-6] : [1e-3, 1e-4, 1e-2]) {
        fd = rich(gradAt, h0);
        const scale = Math.max(1, ...fd.map(Math.abs));
        const bad = ins.map((c, j) => j).filter((j) => !close(hv[j], fd[j], hvpTol, hvpTol * scale * 1e-3));
        if (!bad.length) { ok = true; break; }
        worst = `hvp ${ins[bad[0]].key}${ins[bad[0]].i >= 0 ? `[${ins[bad[0]].i}]` : ''} ${hv[bad[0]]} vs differences ${fd[bad[0]]}`;
      }
      if (!ok) fail('hvp', worst + ` at point ${pt}`);
      if (HS && n <= 40 && SELF !== 'forms') {
        const hs = HS(...Object.values(clone(named))).hessian;
        const hsv = ins.map((_, a) => ins.reduce((s, _c, b) => s + hs[a * n + b] * v[b], 0));
        ins.forEach((c, j) => { if (!close(hsv[j], hr.hvp ? get(hr.hvp, c) : 0, 1e-9, 1e-10 * Math.max(1, Math.abs(hsv[j])))) fail('hvp', `hessian·v ${hsv[j]} ≠ hvp ${get(hr.hvp, c)}`); });
      }
    } else if (!spec.nohvp) notes.push('no f_hvp');
    // no argument changed by any form
    for (const [k, x] of Object.entries(before)) if (!same(named[k], x)) fail('grad', `argument ${k} changed`);
    if (TIME && pt === 0) timeRes = time(f, G, V, named, keys, g);
  }
  const status = failed.size ? 'WRONG' : 'ok';
  return { label, m: spec.m, status, notes, failed: [...failed], ...(timeRes ? { time: timeRes } : {}) };
}

/** A function that writes arrays (spec.outs): Jacobian, jvp, and the void vjp. */
async function writerCase(spec, named, ins, { f, V, J, JAC, fail, r, SELF, nudge, tol, before }) {
  const outs = spec.outs;
  const outputs = (o) => { const c = clone(o); const y = f(...Object.values(c)); return [...(spec.returns ? [y] : []), ...outs.flatMap((k) => Array.from(c[k]))]; };
  const bump = SELF === 'f' ? (o, j) => { const v = outputs(o); const x = get(o, ins[j]), x0 = get(before, ins[j]); v[0] += 1e-3 * (x - x0 + 1) ** 2; return v; } : (o) => outputs(o);
  const n = ins.length, rows = outputs(named).length;
  const movedIdx = ins.map((c, j) => (c.moved ? j : -1)).filter((j) => j >= 0);
  const firstMoved = movedIdx[0];
  const Jfd = movedIdx.map((j) => {
    let best;
    for (const h0 of STEPS) { best = rich((s) => bump(bumped(named, ins, unit(n, j), s), firstMoved), h0 * Math.max(1, Math.abs(get(named, ins[j])))); break; }
    return best;
  });
  for (const mode of ['auto', 'forward', 'reverse']) {
    const res = JAC(...Object.values(clone(named)), mode);
    if (res.rows !== rows || res.columns !== n) { fail('jacobian', `${mode}: ${res.rows}×${res.columns} ≠ ${rows}×${n}`); continue; }
    movedIdx.forEach((j, q) => {
      for (let row = 0; row < rows; row++) {
        const a = res.jacobian[row * n + j];
        if (close(a, Jfd[q][row], tol, 1e-8)) continue;
        // retry this column at smaller steps before calling it wrong
        const again = [1e-4, 1e-5].some((h0) => close(a, rich((s) => bump(bumped(named, ins, unit(n, j), s), firstMoved), h0 * Math.max(1, Math.abs(get(named, ins[j]))))[row], tol, 1e-8));
        if (!again) { fail('jacobian', `${mode} J[${row}, ${ins[j].key}${ins[j].i >= 0 ? `[${ins[j].i}]` : ''}] ${a} vs differences ${Jfd[q][row]}`); return; }
      }
    });
  }
  const Jm = JAC(...Object.values(clone(named)), 'auto').jacobian;
  // jvp: writes what f writes, and J·v into the tangent arrays of the outputs
  const v = ins.map((c) => (c.moved ? 2 * r() - 1 : 0));
  const tan = {};
  ins.forEach((c, j) => { if (c.i < 0) { if (c.moved) tan[c.key] = v[j]; } else (tan[c.key] ??= new Float64Array(named[c.key].length))[c.i] = v[j]; });
  const argsJ = clone(named), argsF = clone(named);
  const yr = J(...Object.values(argsJ), tan);
  const yf = f(...Object.values(argsF));
  for (const k of outs) if (!same(argsJ[k], argsF[k])) fail('jvp', `jvp wrote ${k} differently from f`);
  const Jv = Array.from({ length: rows }, (_, row) => ins.reduce((s, _c, j) => s + Jm[row * n + j] * v[j], 0));
  let got = [...(spec.returns ? [yr.tangent] : []), ...outs.flatMap((k) => Array.from(tan[k]))];
  if (SELF === 'forms') got = got.map((x) => nudge(x, 1e-5));
  got.forEach((x, row) => { if (!close(x, Jv[row], 1e-9, 1e-12)) fail('jvp', `jvp row ${row} ${x} ≠ J·v ${Jv[row]}`); });
  if (spec.returns && !Object.is(yr.value, yf)) fail('jvp', `jvp value ${yr.value} ≠ ${yf}`);
  // void vjp: adj of outputs holds w; inputs' adj = pre + Jᵀw, outputs' adj = Jᵀw restricted to them
  if (!spec.returns) {
    const w = Array.from({ length: rows }, () => 2 * r() - 1);
    const adj = {}, pre = {};
    const keys = [...new Set(ins.map((c) => c.key))];
    for (const k of keys) { const x = named[k]; adj[k] = typeof x === 'number' ? r() : Float64Array.from(x, () => r()); pre[k] = isArr(adj[k]) ? adj[k].slice() : adj[k]; }
    let row = 0;
    for (const k of outs) for (let i = 0; i < named[k].length; i++) adj[k][i] = w[row++];
    V(...Object.values(clone(named)), adj);
    if (SELF === 'forms') for (const k of keys) if (!outs.includes(k)) adj[k] = typeof adj[k] === 'number' ? nudge(adj[k], 1e-5) : adj[k].map((x) => nudge(x, 1e-5));
    ins.forEach((c, j) => {
      const jt = w.reduce((s, wr, rr) => s + wr * Jm[rr * n + j], 0);
      const want = (outs.includes(c.key) ? 0 : get(pre, c)) + jt;
      if (!close(get(adj, c), want, 1e-9, 1e-12)) fail('vjp', `void vjp ${c.key}${c.i >= 0 ? `[${c.i}]` : ''} ${get(adj, c)} ≠ ${want}`);
    });
  }
}

/** f, f_grad and f_vjp each warmed up for 30 ms, then each in its own calibrated loop, 15 interleaved rounds, median
 *  of per-round ratios. */
function time(f, G, V, named, keys, g) {
  const args = Object.values(clone(named));
  const adj = {};
  for (const k of keys) adj[k] = typeof g.grad[k] === 'number' ? 0 : new Float64Array(g.grad[k].length);
  const loop = (fn, reps) => { let sink = 0; const t = performance.now(); for (let i = 0; i < reps; i++) sink += fn(); return [performance.now() - t, sink]; };
  const F = () => f(...args), GG = () => G(...args).value, VV = () => V(...args, adj, 1);
  // warm-up first: calibrated on cold code, reps stays small and a large generated function may still be running
  // unoptimised when the rounds are timed (that gave f_vjp 55-60x f in 1 process of 4-6 for closestOnQuad)
  for (const fn of [F, GG, VV]) { const t = performance.now(); while (performance.now() - t < 30) loop(fn, 100); }
  let reps = 1;
  while (loop(F, reps)[0] < 3) reps *= 2;
  const rg = [], rv = [];
  let fms = 0;
  for (let round = 0; round < 17; round++) {
    const a = loop(F, reps)[0], b = loop(GG, reps)[0], c = loop(VV, reps)[0];
    if (round < 2) continue;
    rg.push(b / a); rv.push(c / a); fms += a;
  }
  const med = (xs) => xs.sort((p, q) => p - q)[xs.length >> 1];
  return { grad: +med(rg).toFixed(2), vjp: +med(rv).toFixed(2), fNs: Math.round((fms / 15 / reps) * 1e6) };
}

for (const spec of specs) {
  const label = spec.label ?? spec.f;
  if (ONLY && label !== ONLY) continue;
  let res;
  try { res = await runCase(spec); } catch (e) { res = { label, m: spec.m, status: 'crash', notes: [String(e?.stack ?? e).split('\n').slice(0, 3).join(' | ')], failed: ['crash'] }; }
  console.log(JSON.stringify({ case: res }));
}
