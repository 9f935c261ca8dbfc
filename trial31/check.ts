// trial31's checker. Run under tsgrad/register (it loads the .ts files):
//   node --import tsgrad/register trial31/check.ts [--no-time] [--only name] [--points N]
// Prints one JSON line per exported function of specs.ts: { file, name, status, notes, ratios }.
import { specs, rng, type Spec, type Val } from './specs.ts';

type Args = Record<string, Val>;
const argv = process.argv.slice(2);
const noTime = argv.includes('--no-time');
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
const POINTS = argv.includes('--points') ? Number(argv[argv.indexOf('--points') + 1]) : 3;

const isFloatArr = (v: Val): v is Float64Array | number[] => v instanceof Float64Array || Array.isArray(v);
const clone = (v: Val): Val => (ArrayBuffer.isView(v) ? (v as Float64Array).slice() : Array.isArray(v) ? v.slice() : v);
const cloneArgs = (o: Args): Args => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, clone(v)]));
const pos = (o: Args) => Object.values(o);
const same = (a: Val, b: Val): boolean => {
  if (ArrayBuffer.isView(a) || Array.isArray(a)) {
    const x = a as ArrayLike<number>, y = b as ArrayLike<number>;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return false;
    return true;
  }
  return Object.is(a, b);
};
const unchanged = (o: Args, ref: Args) => Object.keys(ref).filter((k) => !same(o[k], ref[k]));
const relErr = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b));

// the differentiable inputs (columns): numbers and float arrays, in parameter order
interface Col { key: string; idx: number }
function columns(o: Args, skip: string[] = []): Col[] {
  const cols: Col[] = [];
  for (const [k, v] of Object.entries(o)) {
    if (skip.includes(k)) continue;
    if (typeof v === 'number') cols.push({ key: k, idx: -1 });
    else if (isFloatArr(v)) for (let i = 0; i < v.length; i++) cols.push({ key: k, idx: i });
  }
  return cols;
}
const getIn = (o: Args, c: Col) => (c.idx < 0 ? (o[c.key] as number) : (o[c.key] as number[])[c.idx]);
function setIn(o: Args, c: Col, x: number): void {
  if (c.idx < 0) o[c.key] = x;
  else (o[c.key] as number[])[c.idx] = x;
}
const readGrad = (g: Record<string, unknown>, c: Col) => (c.idx < 0 ? (g[c.key] as number) : (g[c.key] as Float64Array)[c.idx]);

// Richardson-extrapolated central differences of a vector function along a direction, at several steps
function diffs(F: (o: Args) => number[], o: Args, move: (o: Args, t: number) => void, scale: number, steps: number[]): number[][] {
  return steps.map((h0) => {
    const h = h0 * scale;
    const at = (t: number) => { const c = cloneArgs(o); move(c, t); return F(c); };
    const p1 = at(h), m1 = at(-h), p2 = at(h / 2), m2 = at(-h / 2);
    return p1.map((_, r) => {
      const d1 = (p1[r] - m1[r]) / (2 * h);
      const d2 = (p2[r] - m2[r]) / h;
      return (4 * d2 - d1) / 3;
    });
  });
}

interface Result { file: string; name: string; status: string; notes: string[]; ratios?: Record<string, number>; worst?: number }

function timeRatio(fn0: () => void, fn1: () => void): number {
  // calibrate a batch to ~2 ms of f, then 15 interleaved rounds, median of per-round ratios
  let reps = 1;
  for (;;) {
    const t = performance.now();
    for (let i = 0; i < reps; i++) fn0();
    if (performance.now() - t > 2 || reps > 1 << 20) break;
    reps *= 2;
  }
  for (let i = 0; i < reps; i++) { fn0(); fn1(); }
  const ratios: number[] = [];
  for (let round = 0; round < 15; round++) {
    let t = performance.now();
    for (let i = 0; i < reps; i++) fn0();
    const a = performance.now() - t;
    t = performance.now();
    for (let i = 0; i < reps; i++) fn1();
    const b = performance.now() - t;
    ratios.push(b / a);
  }
  ratios.sort((x, y) => x - y);
  return ratios[7];
}
// a monomorphic call site per function (no spread)
const caller = (n: number, extra: string) =>
  new Function('f', 'a', `return () => f(${Array.from({ length: n }, (_, i) => `a[${i}]`).concat(extra ? [extra] : []).join(', ')});`) as
  (f: Function, a: unknown[]) => () => unknown;

async function checkOne(s: Spec): Promise<Result> {
  const res: Result = { file: s.file, name: s.name, status: 'ok', notes: [] };
  const src = await import(`./src/${s.file}.ts`);
  let gen: Record<string, Function> = {};
  try { gen = await import(`./src/${s.file}.grad.ts`); } catch (e) { res.notes.push(`no generated module: ${(e as Error).message.slice(0, 100)}`); }
  const f = src[s.name] as Function;
  const hasOut = !!s.outs?.length;
  if (!gen[`${s.name}_vjp`]) {
    res.status = 'refused';
    return res;
  }
  if (s.refused) res.notes.push(`expected a refusal (${s.refused}) but it compiled`);
  const fixed = new Set(s.fixed ?? []);
  const wrong = (msg: string) => { res.status = 'WRONG'; if (res.notes.length < 8) res.notes.push(msg); };
  const contract = (msg: string) => { if (res.status === 'ok') res.status = 'contract'; if (res.notes.length < 8) res.notes.push(msg); };
  let worst = 0;
  const r = rng(31 * 1000 + s.name.length * 7 + s.name.charCodeAt(0));
  let lastArgs: Args | undefined;
  for (let p = 0; p < POINTS; p++) {
    const o = s.args(r);
    lastArgs = o;
    const ref = cloneArgs(o);
    const cols = columns(o, s.enums);
    const outLen = (s.returns ? 1 : 0) + (hasOut ? s.outs!.reduce((n, k) => n + (o[k] as Float64Array).length, 0) : 0);
    // all outputs of f at a point: its value, then the arrays it writes
    const F = (a: Args): number[] => {
      const c = cloneArgs(a);
      const v = f(...pos(c));
      const outs: number[] = hasOut ? s.outs!.flatMap((k) => Array.from(c[k] as Float64Array)) : [];
      return hasOut ? (s.returns ? [v as number, ...outs] : outs) : [v as number];
    };
    const vdir: Record<string, number | Float64Array> = {};
    for (const [k, v] of Object.entries(o)) {
      if (fixed.has(k) || s.outs?.includes(k) || s.enums?.includes(k)) continue;
      if (typeof v === 'number') vdir[k] = 2 * r() - 1;
      else if (isFloatArr(v)) vdir[k] = Float64Array.from(v, () => 2 * r() - 1);
    }
    const vAt = (c: Col) => (vdir[c.key] === undefined ? 0 : c.idx < 0 ? (vdir[c.key] as number) : (vdir[c.key] as Float64Array)[c.idx]);
    const pointStr = () => Object.entries(o).filter(([, v]) => typeof v === 'number').map(([k, v]) => `${k}=${(v as number).toPrecision(4)}`).join(',');
    const fdCol = (c: Col): number[][] => diffs(F, o, (a, t) => setIn(a, c, getIn(a, c) + t), Math.max(1, Math.abs(getIn(o, c))), [1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7]);

    if (!hasOut) {
      const v0 = f(...pos(cloneArgs(o))) as number;
      const co = cloneArgs(o);
      const g = gen[`${s.name}_grad`](...pos(co)) as { value: number; grad: Record<string, unknown> };
      const moved = unchanged(co, ref);
      if (moved.length) wrong(`f_grad mutated ${moved}`);
      if (!Object.is(g.value, v0)) wrong(`f_grad value ${g.value} != f ${v0}`);
      const want = cols.map((c) => c.key).filter((k, i, a) => a.indexOf(k) === i);
      const keys = Object.keys(g.grad);
      if (want.join() !== keys.join()) contract(`grad keys ${keys} (expected ${want})`);
      // gradient vs differences
      for (const c of cols) {
        if (fixed.has(c.key)) continue;
        const ad = readGrad(g.grad, c);
        const fds = fdCol(c).map((d) => d[0]);
        const e = Math.min(...fds.filter(Number.isFinite).map((d) => relErr(ad, d)));
        worst = Math.max(worst, e);
        if (!(e < 1e-6)) wrong(`d/d${c.key}${c.idx >= 0 ? `[${c.idx}]` : ''} at (${pointStr()}): AD ${ad}, FD ${fds.map((d) => d.toPrecision(8)).join(' / ')}`);
      }
      // vjp into a prefilled adj with seed 3
      const adj: Record<string, number | Float64Array> = {};
      const pre: Record<string, number | Float64Array> = {};
      for (const k of keys) {
        const gv = g.grad[k];
        pre[k] = typeof gv === 'number' ? r() : Float64Array.from(gv as Float64Array, () => r());
        adj[k] = typeof pre[k] === 'number' ? pre[k] : (pre[k] as Float64Array).slice();
      }
      const cv = cloneArgs(o);
      const vv = gen[`${s.name}_vjp`](...pos(cv), adj, 3);
      if (unchanged(cv, ref).length) wrong(`f_vjp mutated ${unchanged(cv, ref)}`);
      if (!Object.is(vv, v0)) wrong(`f_vjp value ${vv} != ${v0}`);
      for (const c of cols) {
        const want = (c.idx < 0 ? (pre[c.key] as number) : (pre[c.key] as Float64Array)[c.idx]) + 3 * readGrad(g.grad, c);
        const got = c.idx < 0 ? (adj[c.key] as number) : (adj[c.key] as Float64Array)[c.idx];
        if (!(relErr(got, want) < 1e-12)) wrong(`f_vjp ${c.key}[${c.idx}] ${got} != pre + 3 grad ${want}`);
      }
      // jvp against grad . v
      if (gen[`${s.name}_jvp`]) {
        const cj = cloneArgs(o);
        const j = gen[`${s.name}_jvp`](...pos(cj), vdir) as { value: number; tangent: number };
        if (unchanged(cj, ref).length) wrong(`f_jvp mutated ${unchanged(cj, ref)}`);
        let dot = 0, mag = 0;
        for (const c of cols) { dot += readGrad(g.grad, c) * vAt(c); mag += Math.abs(readGrad(g.grad, c) * vAt(c)); }
        if (!Object.is(j.value, v0)) wrong(`f_jvp value ${j.value} != ${v0}`);
        if (!(Math.abs(j.tangent - dot) <= 1e-9 * Math.max(1, mag))) wrong(`f_jvp tangent ${j.tangent} != grad.v ${dot}`);
      } else res.notes.push('no f_jvp');
      // hvp against differences of f_grad along v
      if (gen[`${s.name}_hvp`]) {
        const ch = cloneArgs(o);
        const h = gen[`${s.name}_hvp`](...pos(ch), vdir) as { value: number; grad: Record<string, unknown>; hvp: Record<string, unknown> };
        if (unchanged(ch, ref).length) wrong(`f_hvp mutated ${unchanged(ch, ref)}`);
        if (!Object.is(h.value, v0)) wrong(`f_hvp value ${h.value} != ${v0}`);
        let maxd = 0;
        for (const c of cols) maxd = Math.max(maxd, Math.abs(readGrad(h.grad, c) - readGrad(g.grad, c)));
        if (maxd !== 0) contract(`f_hvp grad differs from f_grad by ${maxd.toExponential(2)} (README: bit-equal)`);
        const G = (a: Args) => { const gg = gen[`${s.name}_grad`](...pos(cloneArgs(a))).grad; return cols.map((c) => readGrad(gg, c)); };
        const move = (a: Args, t: number) => { for (const c of cols) if (vAt(c) !== 0) setIn(a, c, getIn(a, c) + t * vAt(c)); };
        const fd = diffs(G, o, move, 1, [1e-2, 1e-3, 1e-4, 1e-5]);
        cols.forEach((c, i) => {
          const ad = readGrad(h.hvp, c);
          const e = Math.min(...fd.filter((d) => Number.isFinite(d[i])).map((d) => relErr(ad, d[i])));
          if (!(e < 1e-5)) wrong(`hvp ${c.key}[${c.idx}] at (${pointStr()}): ${ad}, differences of f_grad ${fd.map((d) => d[i].toPrecision(8)).join(' / ')}`);
        });
        if (gen[`${s.name}_hessian`] && cols.length <= 40) {
          const H = gen[`${s.name}_hessian`](...pos(cloneArgs(o))).hessian as Float64Array;
          const n = cols.length;
          cols.forEach((c, i) => {
            let hv = 0;
            for (let k = 0; k < n; k++) hv += H[i * n + k] * vAt(cols[k]);
            if (!(relErr(hv, readGrad(h.hvp, c)) < 1e-8)) wrong(`f_hessian row ${i} . v ${hv} != hvp ${readGrad(h.hvp, c)}`);
          });
        }
      } else res.notes.push('no f_hvp');
    } else {
      // a void function writing arrays: f_jacobian against differences of every output
      const J0 = gen[`${s.name}_jacobian`];
      if (!J0) { wrong('no f_jacobian'); continue; }
      const modes = ['auto', 'forward', 'reverse'].map((m) => {
        const c = cloneArgs(o);
        const j = J0(...pos(c), m) as { jacobian: Float64Array; rows: number; columns: number };
        if (unchanged(c, ref).length) wrong(`f_jacobian(${m}) left ${unchanged(c, ref)} changed`);
        return j;
      });
      const J = modes[0];
      if (J.rows !== outLen || J.columns !== cols.length) { wrong(`jacobian ${J.rows}x${J.columns}, expected ${outLen}x${cols.length}`); continue; }
      for (const m of modes.slice(1)) for (let i = 0; i < J.jacobian.length; i++) if (!(relErr(m.jacobian[i], J.jacobian[i]) < 1e-10)) { wrong(`jacobian modes disagree at ${i}`); break; }
      cols.forEach((c, ci) => {
        if (fixed.has(c.key)) return;
        const fd = fdCol(c);
        for (let rI = 0; rI < outLen; rI++) {
          const ad = J.jacobian[rI * cols.length + ci];
          const e = Math.min(...fd.filter((d) => Number.isFinite(d[rI])).map((d) => relErr(ad, d[rI])));
          worst = Math.max(worst, e);
          if (!(e < 1e-6)) wrong(`d out[${rI}] / d ${c.key}[${c.idx}]: AD ${ad}, FD ${fd.map((d) => d[rI].toPrecision(8)).join(' / ')}`);
        }
      });
      if (s.returns) {
        const c = cloneArgs(o);
        const g = gen[`${s.name}_grad`](...pos(c)) as { value: number; grad: Record<string, unknown> };
        if (unchanged(c, ref).length) wrong(`f_grad left ${unchanged(c, ref)} changed (README: as it found them)`);
        cols.forEach((col, ci) => { if (!(relErr(readGrad(g.grad, col), J.jacobian[ci]) < 1e-10)) wrong(`f_grad ${col.key}[${col.idx}] != jacobian row 0`); });
        if (!Object.is(g.value, F(o)[0])) wrong('f_grad value != f');
        continue;
      }
      // void f_vjp: adj of outputs u, prefilled input adjoints p
      const u = Float64Array.from({ length: outLen }, () => 2 * r() - 1);
      const adj: Record<string, number | Float64Array> = {};
      const pre: Record<string, number | Float64Array> = {};
      let off = 0;
      const outOff: Record<string, number> = {};
      for (const k of s.outs!) { outOff[k] = off; off += (o[k] as Float64Array).length; }
      for (const c of cols) {
        if (adj[c.key] !== undefined) continue;
        if (s.outs!.includes(c.key)) { const n = (o[c.key] as Float64Array).length; adj[c.key] = u.slice(outOff[c.key], outOff[c.key] + n); continue; }
        const v = o[c.key];
        pre[c.key] = typeof v === 'number' ? r() : Float64Array.from(v as Float64Array, () => r());
        adj[c.key] = typeof pre[c.key] === 'number' ? pre[c.key] : (pre[c.key] as Float64Array).slice();
      }
      gen[`${s.name}_vjp`](...pos(cloneArgs(o)), adj);
      cols.forEach((c, ci) => {
        let jtu = 0;
        for (let rI = 0; rI < outLen; rI++) jtu += J.jacobian[rI * cols.length + ci] * u[rI];
        const base = pre[c.key] === undefined ? 0 : c.idx < 0 ? (pre[c.key] as number) : (pre[c.key] as Float64Array)[c.idx];
        const got = c.idx < 0 ? (adj[c.key] as number) : (adj[c.key] as Float64Array)[c.idx];
        if (!(relErr(got, base + jtu) < 1e-9)) wrong(`void f_vjp ${c.key}[${c.idx}] ${got} != ${base + jtu}`);
      });
      // void f_jvp: tangents of outputs = J v
      if (gen[`${s.name}_jvp`]) {
        const t: Record<string, number | Float64Array> = { ...vdir };
        for (const k of s.outs!) t[k] = new Float64Array((o[k] as Float64Array).length);
        const cj = cloneArgs(o);
        gen[`${s.name}_jvp`](...pos(cj), t);
        const outsF = F(o);
        const written = s.outs!.flatMap((k) => Array.from(cj[k] as Float64Array));
        if (written.some((x, i) => !Object.is(x, outsF[i]))) wrong('f_jvp did not write what f writes');
        const tan = s.outs!.flatMap((k) => Array.from(t[k] as Float64Array));
        for (let rI = 0; rI < outLen; rI++) {
          let jv = 0;
          cols.forEach((c, ci) => { jv += J.jacobian[rI * cols.length + ci] * vAt(c); });
          if (!(relErr(tan[rI], jv) < 1e-9)) { wrong(`f_jvp out tangent ${rI}: ${tan[rI]} != J v ${jv}`); break; }
        }
      } else res.notes.push('no f_jvp');
    }
  }
  res.worst = worst;
  // timing
  if (!noTime && lastArgs) {
    const a = pos(cloneArgs(lastArgs));
    const n = a.length;
    const call0 = caller(n, '')(f, a);
    res.ratios = {};
    const calls: Record<string, () => unknown> = {};
    if (!hasOut) {
      const adj = gen[`${s.name}_grad`](...a).grad as Record<string, unknown>;
      calls.grad = caller(n, '')(gen[`${s.name}_grad`], a);
      calls.vjp = caller(n, 'a[' + n + ']')(gen[`${s.name}_vjp`], [...a, adj]);
    } else {
      const adj: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(lastArgs)) if (typeof v === 'number' || isFloatArr(v)) adj[k] = typeof v === 'number' ? 0 : new Float64Array((v as Float64Array).length);
      calls.vjp = caller(n, 'a[' + n + ']')(gen[`${s.name}_vjp`], [...a, adj]);
    }
    for (const [k, c] of Object.entries(calls)) res.ratios[k] = timeRatio(call0, c);
    const over = Object.entries(res.ratios).filter(([, x]) => x > 3);
    if (over.length) {
      // measure again once, keep the lower
      for (const [k] of over) res.ratios[k] = Math.min(res.ratios[k], timeRatio(call0, calls[k]));
      if (res.status === 'ok' && Object.values(res.ratios).some((x) => x > 3)) res.status = 'slow';
    }
  }
  return res;
}

for (const s of specs) {
  if (only && s.name !== only) continue;
  let out: Result;
  try {
    out = await checkOne(s);
  } catch (e) {
    out = { file: s.file, name: s.name, status: 'crash', notes: [String((e as Error).stack ?? e).split('\n').slice(0, 3).join(' | ')] };
  }
  console.log(JSON.stringify(out));
}
