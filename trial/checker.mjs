// My own checker: loads trial/src/*.ts and their generated *.grad.ts (run under `node --import tsx`),
// compares every generated form against central differences with Richardson extrapolation,
// and times f against f_grad / f_vjp. Prints one JSON object per function on stdout.
import ts from 'typescript';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { cases, rng } from './cases.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const noTiming = process.argv.includes('--no-timing');
const timingOnly = process.argv.includes('--timing-only'); // re-time only (run.mjs confirms slow ratios in a fresh process)
const POINTS = 3;

// ---------- source metadata (exported functions, parameter names) ----------
function exportedFunctions(file) {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out = new Map();
  const isExported = (n) => n.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const line = (pos) => sf.getLineAndCharacterOfPosition(pos).line + 1;
  const params = (fn) => fn.parameters.map((p) => ({ name: p.name.getText(sf), optional: !!(p.initializer || p.questionToken) }));
  for (const st of sf.statements) {
    if (ts.isFunctionDeclaration(st) && st.name && isExported(st))
      out.set(st.name.text, { params: params(st), from: line(st.getStart(sf)), to: line(st.end) });
    if (ts.isVariableStatement(st) && isExported(st))
      for (const d of st.declarationList.declarations)
        if (d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer)))
          out.set(d.name.getText(sf), { params: params(d.initializer), from: line(st.getStart(sf)), to: line(st.end) });
        else if (d.initializer) out.set(d.name.getText(sf), { params: [], from: line(st.getStart(sf)), to: line(st.end), computed: true });
  }
  return out;
}

// ---------- values ----------
const isFloatArray = (v) => v instanceof Float64Array || v instanceof Float32Array || (Array.isArray(v) && v.every((e) => typeof e === 'number'));
const clone = (v) => (ArrayBuffer.isView(v) ? v.slice() : Array.isArray(v) ? v.map(clone) : v && typeof v === 'object' ? { ...v } : v);
const cloneArgs = (a) => a.map(clone);
const relErr = (a, b) => Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b));
const fmt = (x) => (typeof x === 'number' ? (Number.isInteger(x) ? String(x) : x.toPrecision(10)) : ArrayBuffer.isView(x) || Array.isArray(x) ? `[${Array.from(x, fmt).join(', ')}]` : JSON.stringify(x));
const fmtArgs = (names, args) => names.map((n, i) => `${n} = ${fmt(args[i])}`).join(', ');

// slots: the differentiable inputs, element by element
function slotsOf(meta, args, spec) {
  const slots = [];
  meta.params.forEach((p, i) => {
    const v = args[i];
    if ((spec.enums ?? []).includes(p.name)) return;
    const int = (spec.ints ?? []).includes(p.name);
    if (typeof v === 'number') slots.push({ key: p.name, i, e: -1, int });
    else if (isFloatArray(v)) for (let e = 0; e < v.length; e++) slots.push({ key: p.name, i, e, int: false });
  });
  return slots;
}
const getSlot = (args, s) => (s.e < 0 ? args[s.i] : args[s.i][s.e]);
const setSlot = (args, s, x) => { if (s.e < 0) args[s.i] = x; else args[s.i][s.e] = x; };
const getAdj = (obj, s) => (s.e < 0 ? obj[s.key] : obj[s.key]?.[s.e]);

// outputs of a call: the value (when a number), then each written array
function outputs(f, args, spec) {
  const a = cloneArgs(args);
  const v = f(...a);
  const out = [];
  if (typeof v === 'number') out.push(v);
  for (const o of spec.outs ?? []) {
    const i = spec._names.indexOf(o);
    out.push(...a[i]);
  }
  return out;
}

// directional central differences of the outputs, Richardson-extrapolated: returns [R(h), D(h/64)]
// the step of slot k is h·dir[k]·max(1, |x_k|), so the derivative is rescaled per slot by the caller
// (directions are given in those scaled units: see scaledDir)
function fdDirectional(f, args, spec, dir /* array over slots */, slots) {
  const at = (h) => {
    const a = cloneArgs(args);
    slots.forEach((s, k) => { if (dir[k] !== 0) setSlot(a, s, getSlot(args, s) + h * dir[k]); });
    return outputs(f, a, spec);
  };
  const scale = 1;
  const D = (h) => { const p = at(h), m = at(-h); return p.map((x, r) => (x - m[r]) / (2 * h)); };
  const h = 1e-4 * scale;
  const d1 = D(h), d2 = D(h / 2), d3 = D(h / 4);
  const r1 = d1.map((x, r) => (4 * d2[r] - x) / 3);
  const r2 = d2.map((x, r) => (4 * d3[r] - x) / 3);
  const rr = r1.map((x, r) => (16 * r2[r] - x) / 15);
  const small = D(h / 64);
  return { est: rr, check: small };
}

const unit = (n, k) => { const d = new Array(n).fill(0); d[k] = 1; return d; };

function checkFunction(mod, gmod, name, meta, spec, diag) {
  const res = { name, status: 'ok', issues: [], forms: [], point: null };
  const f = mod[name];
  spec._names = meta.params.map((p) => p.name);
  const g = gmod?.[`${name}_grad`], vjp = gmod?.[`${name}_vjp`], jvp = gmod?.[`${name}_jvp`], hvp = gmod?.[`${name}_hvp`], hess = gmod?.[`${name}_hessian`], jac = gmod?.[`${name}_jacobian`];
  if (spec.skip) return { ...res, status: 'skipped' };
  if (!g && !vjp && typeof mod[`${name}_vjp`] === 'function') return { ...res, status: 'registered' }; // my own rule: tsgrad calls it
  if (!g && !vjp) {
    res.status = 'refused';
    res.diag = diag;
    res.expected = !!spec.expectRefused;
    return res;
  }
  res.forms = Object.entries({ grad: g, vjp, jvp, hvp, hessian: hess, jacobian: jac }).filter(([, v]) => v).map(([k]) => k);
  const tol = spec.tol ?? 1e-6;
  const r = rng(0x5eed ^ name.length * 7919 ^ name.charCodeAt(0));
  const issue = (form, msg) => { if (res.issues.length < 6) res.issues.push(`${form}: ${msg}`); };
  const argLists = [];
  if (timingOnly) return { ...res, timing: timeIt(f, g, vjp, spec.args(r), spec, meta) };
  for (let p = 0; p < POINTS; p++) argLists.push(spec.args(r));
  if (spec.alt) argLists.push(spec.alt(r));
  let kinks = 0;
  let checked = 0;
  let redraws = 0;
  for (let pi = 0; pi < argLists.length; pi++) {
    const args0 = argLists[pi];
    const names = spec._names;
    const nParams = names.length;
    const padded = (a) => { const b = cloneArgs(a); while (b.length < nParams) b.push(undefined); return b; };
    const slots = slotsOf(meta, args0, spec);
    const where = `(${fmtArgs(names.slice(0, args0.length), args0)})`;
    res.point ??= where;
    let value;
    try { value = f(...cloneArgs(args0)); } catch (e) { issue('f', `f itself threw ${e}`); continue; }
    const returnsNumber = typeof value === 'number';
    if (returnsNumber && !Number.isFinite(value)) { issue('domain', `f is ${value} at ${where} (my point is outside its domain)`); continue; }
    // FD Jacobian, column by column (skipping counts); detect kinks
    const fdCols = new Map();
    const fdSmall = new Map(); // differences at h/64, accepted too where a piecewise function's events are dense
    let kinked = false;
    let kinkedCols = 0;
    for (let k = 0; k < slots.length; k++) {
      if (slots[k].int) continue;
      const m = Math.max(1, Math.abs(getSlot(args0, slots[k])));
      const { est, check } = fdDirectional(f, args0, spec, unit(slots.length, k).map((x) => x * m), slots);
      if (est.some((x, rIdx) => relErr(x, check[rIdx]) > 1e-4)) { slots[k] = { ...slots[k], int: true, kink: true }; kinkedCols++; continue; }
      fdCols.set(k, est.map((x) => x / m));
      fdSmall.set(k, check.map((x) => x / m));
    }
    if (kinkedCols) res.kinkedColumns = (res.kinkedColumns ?? 0) + kinkedCols;
    if (kinkedCols && kinkedCols === slots.filter((x) => !x.int || x.kink).length) kinked = true;
    if (kinked) {
      // differences at h and h/64 disagree: a kink or a jump within the step; draw another point
      kinks++;
      res.kinks = kinks;
      if (redraws++ < 8) argLists.push(spec.args(r));
      continue;
    }
    checked++;
    const cmpTol = tol;
    const near = (ad, est, small) => relErr(ad, est) <= cmpTol || relErr(ad, small) <= Math.max(cmpTol, 1e-5);
    try {
      if (returnsNumber && g) {
        const out = g(...cloneArgs(args0));
        if (!Object.is(out.value, value)) issue('grad', `value ${out.value} ≠ f ${value} at ${where}`);
        for (let k = 0; k < slots.length; k++) {
          const s = slots[k];
          const ad = getAdj(out.grad, s);
          if (ad === undefined) { if (!s.int || s.kink) issue('grad', `no key for ${s.key}`); continue; }
          if (s.int) continue;
          const fd = fdCols.get(k)[0];
          if (!near(ad, fd, fdSmall.get(k)[0])) issue('grad', `∂/∂${s.key}${s.e >= 0 ? `[${s.e}]` : ''} at ${where}: AD ${ad}, differences ${fd}${kinked ? ' (near a kink)' : ''}`);
        }
        // parameters left out (defaults): gradient 0
        for (let i = args0.length; i < nParams; i++) if (out.grad[names[i]] !== undefined && out.grad[names[i]] !== 0) issue('grad', `left-out ${names[i]} has gradient ${out.grad[names[i]]}`);
        // vjp with seed 2 into a preallocated adj
        if (vjp) {
          const adj = {};
          for (const [k, v] of Object.entries(out.grad)) adj[k] = typeof v === 'number' ? 0 : new Float64Array(v.length);
          const vv = vjp(...padded(args0), adj, 2);
          if (!Object.is(vv, value)) issue('vjp', `value ${vv} ≠ ${value}`);
          for (const [k, v] of Object.entries(out.grad)) {
            if (typeof v === 'number') { if (relErr(adj[k], 2 * v) > 1e-12) issue('vjp', `${k}: ${adj[k]} ≠ 2·${v}`); }
            else for (let e = 0; e < v.length; e++) if (relErr(adj[k][e], 2 * v[e]) > 1e-12) { issue('vjp', `${k}[${e}]: ${adj[k][e]} ≠ 2·${v[e]}`); break; }
          }
        }
        // jvp along a random direction vs directional differences
        if (jvp) {
          const dir = slots.map((s) => (s.int ? 0 : r.U(-1, 1)));
          const t = {};
          slots.forEach((s, k) => { if (s.e < 0) t[s.key] = dir[k]; else (t[s.key] ??= new Float64Array(args0[s.i].length))[s.e] = dir[k]; });
          const jo = jvp(...padded(args0), t);
          if (!Object.is(jo.value, value)) issue('jvp', `value ${jo.value} ≠ ${value}`);
          const fdd = fdDirectional(f, args0, spec, dir, slots);
          const fd = fdd.est[0];
          if (!near(jo.tangent, fd, fdd.check[0])) issue('jvp', `along a random direction at ${where}: jvp ${jo.tangent}, differences ${fd}`);
        }
        // hvp vs differences of f_grad along v
        if (hvp) {
          const v = slots.map((s) => (s.int ? 0 : r.U(-1, 1)));
          const vo = {};
          slots.forEach((s, k) => { if (s.e < 0) vo[s.key] = v[k]; else (vo[s.key] ??= new Float64Array(args0[s.i].length))[s.e] = v[k]; });
          const ho = hvp(...padded(args0), vo);
          if (!Object.is(ho.value, value)) issue('hvp', `value ${ho.value} ≠ ${value}`);
          const gflat = (gr) => slots.map((s) => getAdj(gr, s) ?? 0);
          const g0 = gflat(out.grad), gh = gflat(ho.grad);
          if (g0.some((x, k) => !Object.is(x, gh[k]))) issue('hvp', `grad differs from f_grad's`);
          const gradF = (...a) => g(...a).grad;
          const fdH = fdGradDirectional(gradF, args0, slots, v, gflat);
          if (fdH.kinked) { res.hvpKinks = (res.hvpKinks ?? 0) + 1; } else slots.forEach((s, k) => {
            if (s.int) return;
            const ad = getAdj(ho.hvp, s) ?? 0;
            if (!near(ad, fdH.est[k], fdH.small[k])) issue('hvp', `(Hv)[${s.key}${s.e >= 0 ? `[${s.e}]` : ''}] at ${where}: hvp ${ad}, differences of f_grad ${fdH.est[k]}`);
          });
          if (hess && !spec.noHess) {
            const hs = hess(...padded(args0));
            // the Hessian's inputs: grad's keys in parameter order (a left-out default included)
            const hIndex = new Map();
            let n = 0;
            for (const nm of names) {
              const gv = out.grad[nm];
              if (gv === undefined) continue;
              if (typeof gv === 'number') hIndex.set(`${nm}`, n++);
              else for (let e = 0; e < gv.length; e++) hIndex.set(`${nm}[${e}]`, n++);
            }
            const hi = (s) => hIndex.get(s.e < 0 ? s.key : `${s.key}[${s.e}]`);
            if (hs.hessian.length !== n * n) issue('hessian', `length ${hs.hessian.length}, expected ${n}×${n}`);
            else {
              const m = slots.length;
              const rows = m <= 16 ? [...Array(m).keys()] : [0, 1, m >> 1, m - 1];
              for (const j of rows) {
                if (slots[j].int) continue;
                const mj = Math.max(1, Math.abs(getSlot(args0, slots[j])));
                const fdc = fdGradDirectional(gradF, args0, slots, unit(m, j).map((x) => x * mj), gflat);
                if (fdc.kinked) { res.hvpKinks = (res.hvpKinks ?? 0) + 1; continue; }
                const col = fdc.est.map((x) => x / mj);
                const colS = fdc.small.map((x) => x / mj);
                for (let k = 0; k < m; k++) {
                  if (slots[k].int) continue;
                  const h = hs.hessian[hi(slots[j]) * n + hi(slots[k])];
                  if (!near(h, col[k], colS[k])) { issue('hessian', `H[${slots[j].key}${slots[j].e >= 0 ? `[${slots[j].e}]` : ''}][${slots[k].key}${slots[k].e >= 0 ? `[${slots[k].e}]` : ''}] at ${where}: ${h}, differences ${col[k]}`); break; }
                }
              }
            }
          }
        }
      }
      // functions that write arrays: Jacobian, and the void vjp/jvp
      if ((spec.outs ?? []).length) {
        const nrows = fdCols.values().next().value?.length ?? 0;
        if (jac) {
          for (const mode of ['forward', 'reverse']) {
            const J = jac(...padded(args0), mode);
            if (J.columns !== slots.length || J.rows !== nrows) { issue('jacobian', `${mode}: shape ${J.rows}×${J.columns}, expected ${nrows}×${slots.length}`); continue; }
            for (let k = 0; k < slots.length; k++) {
              if (slots[k].int) continue;
              const col = fdCols.get(k);
              const colS = fdSmall.get(k);
              for (let rr = 0; rr < nrows; rr++) if (!near(J.jacobian[rr * J.columns + k], col[rr], colS[rr])) { issue('jacobian', `${mode}: J[${rr}][${k}] (∂out/∂${slots[k].key}${slots[k].e >= 0 ? `[${slots[k].e}]` : ''}) at ${where}: ${J.jacobian[rr * J.columns + k]}, differences ${col[rr]}`); break; }
            }
          }
        } else issue('jacobian', 'no f_jacobian generated');
        if (!returnsNumber && vjp) {
          // adj of outputs = u; expect Jᵀu in every input key
          const u = Array.from({ length: nrows }, () => r.U(-1, 1));
          const adj = {};
          for (const s of slots) if (s.e < 0) adj[s.key] = 0; else adj[s.key] ??= new Float64Array(args0[s.i].length);
          let ofs = 0;
          for (const o of spec.outs) { const a = adj[o]; for (let e = 0; e < a.length; e++) a[e] = u[ofs + e]; ofs += a.length; }
          vjp(...padded(args0), adj);
          slots.forEach((s, k) => {
            if (s.int) return;
            const col = fdCols.get(k);
            const exp = col.reduce((acc, x, rr) => acc + x * u[rr], 0);
            const got = getAdj(adj, s);
            if (!(relErr(got, exp) <= cmpTol)) issue('vjp', `(Jᵀu)[${s.key}${s.e >= 0 ? `[${s.e}]` : ''}] at ${where}: ${got}, differences ${exp}`);
          });
        }
        if (!returnsNumber && jvp) {
          const dir = slots.map((s) => (s.int || (spec.outs.includes(s.key)) ? 0 : r.U(-1, 1)));
          const t = {};
          slots.forEach((s, k) => { if (s.e < 0) t[s.key] = dir[k]; else (t[s.key] ??= new Float64Array(args0[s.i].length))[s.e] = dir[k]; });
          const a = cloneArgs(args0);
          while (a.length < nParams) a.push(undefined);
          jvp(...a, t);
          const fd = fdDirectional(f, args0, spec, dir, slots).est;
          let ofs = 0;
          for (const o of spec.outs) {
            const tt = t[o];
            for (let e = 0; e < tt.length; e++) if (!(relErr(tt[e], fd[ofs + e]) <= cmpTol)) { issue('jvp', `tangent of ${o}[${e}] at ${where}: ${tt[e]}, differences ${fd[ofs + e]}`); break; }
            ofs += tt.length;
          }
          const plain = outputs(f, args0, spec);
          const ai = names.indexOf(spec.outs[0]);
          if (a[ai].some((x, e) => !Object.is(x, plain[e]))) issue('jvp', `did not write ${spec.outs[0]} as f does`);
        }
      }
    } catch (e) {
      issue('crash', `${e?.stack?.split('\n').slice(0, 3).join(' | ') ?? e} at ${where}`);
      res.crash = true;
    }
  }
  res.checkedPoints = checked;
  if (res.issues.length) res.status = 'WRONG';
  else if (checked === 0) res.status = 'unchecked';
  if (!noTiming) res.timing = timeIt(f, g, vjp, argLists[0], spec, meta);
  return res;
}

function fdGradDirectional(gradF, args, slots, dir, gflat) {
  const scale = 1;
  const at = (h) => {
    const a = cloneArgs(args);
    slots.forEach((s, k) => { if (dir[k] !== 0) setSlot(a, s, getSlot(args, s) + h * dir[k]); });
    return gflat(gradF(...a));
  };
  const D = (h) => { const p = at(h), m = at(-h); return p.map((x, r) => (x - m[r]) / (2 * h)); };
  const h = 1e-4 * scale;
  const d1 = D(h), d2 = D(h / 2), d3 = D(h / 4);
  const r1 = d1.map((x, r) => (4 * d2[r] - x) / 3);
  const r2 = d2.map((x, r) => (4 * d3[r] - x) / 3);
  const est = r1.map((x, r) => (16 * r2[r] - x) / 15);
  const small = D(h / 64);
  return { est, small, kinked: est.some((x, r) => relErr(x, small[r]) > 1e-4) };
}

// ---------- timing: many calls per batch, batches interleaved, medians ----------
let sink = 0;
// CPU time of this process (user + system), not wall time: on this shared machine (load ~20 on
// 2 cores) wall time is mostly waiting for a core
const cpuNs = () => { const u = process.cpuUsage(); return (u.user + u.system) * 1000; };
// Each runner is compiled with new Function so that its call sites are its own (monomorphic, as in
// a user's program), with the arguments passed one by one, not spread.
function makeRunner(body, names) {
  return new Function(...names, `return function run(n) { let s = 0; for (let i = 0; i < n; i++) { ${body} } return s; };`);
}
function timeIt(f, g, vjp, args0, spec, meta) {
  const nParams = meta.params.length;
  const args = cloneArgs(args0);
  while (args.length < nParams) args.push(undefined);
  // a number argument is passed as (a + s * 0): it then depends on the previous call's result, so
  // that V8 cannot hoist a pure call out of the loop (s * 0 is not folded for doubles)
  // (not for counts and indexes, which would become doubles and slow f's indexing)
  const intNames = new Set([...(spec.ints ?? []), ...(spec.enums ?? [])]);
  const use = (i) => (typeof args[i] === 'number' && !intNames.has(meta.params[i].name) ? `(a${i} + s * 0)` : `a${i}`);
  const argList = args.map((_, i) => use(i)).join(', ');
  const argNames = args.map((_, i) => `a${i}`);
  const returnsNumber = typeof f(...cloneArgs(args0)) === 'number';
  const fArgs = cloneArgs(args0).map((_, i) => use(i)).join(', '); // f as the user calls it (defaults left out)
  const runners = {
    f: makeRunner(`const v = f(${fArgs}); s += typeof v === 'number' ? v : 0;`, ['f', ...argNames])(f, ...args),
  };
  if (g && returnsNumber) runners.grad = makeRunner(`s += g(${fArgs}).value;`, ['g', ...argNames])(g, ...args);
  if (vjp) {
    const adj = {};
    if (returnsNumber && g) for (const [k, v] of Object.entries(g(...cloneArgs(args0)).grad)) adj[k] = typeof v === 'number' ? 0 : new Float64Array(v.length);
    else meta.params.forEach((p, i) => { const v = args0[i]; if (typeof v === 'number') adj[p.name] = 0; else if (isFloatArray(v)) adj[p.name] = new Float64Array(v.length); });
    const zero = Object.entries(adj).map(([k, v]) => (typeof v === 'number' ? `adj[${JSON.stringify(k)}] = 0;` : `adj[${JSON.stringify(k)}].fill(0);`)).join(' ');
    runners.vjp = makeRunner(`${zero} const v = vjp(${argList ? `${argList}, ` : ""}adj); s += typeof v === 'number' ? v : 0;`, ['vjp', 'adj', ...argNames])(vjp, adj, ...args);
  }
  const iters = {};
  for (const [k, run] of Object.entries(runners)) {
    let n = 1;
    for (;;) {
      const t0 = cpuNs();
      sink += run(n);
      const dt = (cpuNs() - t0) / 1e6;
      if (dt > 3 || n > 1e7) { iters[k] = Math.max(1, Math.ceil((6 * n) / dt)); break; }
      n *= 4;
    }
  }
  const rounds = [];
  for (let round = 0; round < 3; round++) rounds.push(timeRound(runners, iters));
  const mid = (a) => a.filter((x) => x != null).sort((x, y) => x - y)[1] ?? a[0];
  const ns = Object.fromEntries(Object.keys(runners).map((k) => [k, mid(rounds.map((r) => r[k]))]));
  return { ns, grad: runners.grad ? mid(rounds.map((r) => r.grad / r.f)) : null, vjp: runners.vjp ? mid(rounds.map((r) => r.vjp / r.f)) : null };
}

function timeRound(runners, iters) {
  const samples = Object.fromEntries(Object.keys(runners).map((k) => [k, []]));
  for (let b = 0; b < 9; b++) {
    for (const [k, run] of Object.entries(runners)) {
      const n = iters[k];
      const t0 = cpuNs();
      sink += run(n);
      samples[k].push((cpuNs() - t0) / n);
    }
  }
  // the lower quartile of the batches: on this shared machine (load ~20 on 2 cores) a batch is often
  // preempted; the lower quartile is the speed of the code, the median mostly the machine's load
  const q1 = (a) => a.sort((x, y) => x - y)[a.length >> 2];
  return Object.fromEntries(Object.entries(samples).map(([k, a]) => [k, q1(a)]));
}

// ---------- main ----------
const diags = existsSync(path.join(here, 'out', 'diagnostics.json')) ? JSON.parse(readFileSync(path.join(here, 'out', 'diagnostics.json'), 'utf8')) : [];
for (const modName of Object.keys(cases)) {
  if (only.length && !only.includes(modName) && !only.some((o) => o.startsWith(modName + ':'))) continue;
  const src = path.join(here, 'src', `${modName}.ts`);
  const gen = path.join(here, 'src', `${modName}.grad.ts`);
  const metas = exportedFunctions(src);
  const mod = await import(pathToFileURL(src).href);
  let gmod = null;
  if (existsSync(gen)) {
    try { gmod = await import(pathToFileURL(gen).href); } catch (e) { console.log(JSON.stringify({ module: modName, name: '*', status: 'crash', issues: [`importing ${modName}.grad.ts: ${e}`] })); }
  }
  for (const [name, meta] of metas) {
    if (only.length && only.some((o) => o.includes(':')) && !only.includes(`${modName}:${name}`) && !only.includes(modName)) continue;
    const spec = cases[modName][name];
    if (meta.computed && typeof mod[name] === 'function') {
      // an export computed by a call (a factory's closure): its parameters from the function itself
      const src = mod[name].toString();
      const m = /^\s*([A-Za-z_$][\w$]*)\s*=>/.exec(src) ?? /^[^(]*\(([^)]*)\)/.exec(src);
      meta.params = (m?.[1] ?? '').split(',').map((x) => x.trim()).filter(Boolean).map((x) => ({ name: x.split('=')[0].trim(), optional: x.includes('=') }));
    }
    if (typeof mod[name] !== 'function' || /^class\s/.test(mod[name].toString())) continue;
    if (!spec) { console.log(JSON.stringify({ module: modName, name, status: 'nocase', issues: [] })); continue; }
    const diag = diags.filter((d) => d.file.endsWith(`${modName}.ts`) && d.line >= meta.from && d.line <= meta.to && d.severity === 'error').map((d) => d.text);
    let res;
    try { res = checkFunction(mod, gmod, name, meta, spec, diag); } catch (e) { res = { name, status: 'crash', issues: [String(e?.stack ?? e)] }; }
    if (meta.computed && res.status === 'refused' && !res.diag.length) res.diag = ['(no diagnostic and no TSG1010 note: the export is skipped silently)'];
    if (spec.notNumber && res.status === 'refused') { res.status = 'no-gradient'; res.diag = diags.filter((d) => d.file.endsWith(`${modName}.ts`) && d.line >= meta.from && d.line <= meta.to).map((d) => d.text); }
    console.log(JSON.stringify({ module: modName, ...res }));
  }
}
if (sink === 42.4242) console.error('');
