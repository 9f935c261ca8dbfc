// trial32's checker, run under tsgrad/register:  node --import tsgrad/register trial32/check.ts [--no-time] [--only name]
// One JSON line per spec: { file, name, status, notes, worst, ratios }.
import { specs, rng, type Spec, type Val } from './specs.ts';

type Fn = (...a: unknown[]) => any;
const argv = process.argv.slice(2);
const noTime = argv.includes('--no-time');
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
const POINTS = 3;
const TOL = 2e-6;

const isF = (v: unknown): v is Float64Array | number[] => v instanceof Float64Array || (Array.isArray(v) && typeof v[0] === 'number');
const cl = (v: Val): Val => (ArrayBuffer.isView(v) ? (v as Float64Array).slice() : Array.isArray(v) ? v.slice() : v);
const clAll = (a: Val[]) => a.map(cl);
const eq = (a: unknown, b: unknown): boolean => {
  if (ArrayBuffer.isView(a) || Array.isArray(a)) {
    const x = a as ArrayLike<number>, y = b as ArrayLike<number>;
    if (!y || x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return false;
    return true;
  }
  return Object.is(a, b);
};
const mutated = (a: Val[], ref: Val[], spec: Spec, skipOuts: boolean) =>
  spec.params.filter((p, i) => !(skipOuts && spec.outs?.includes(p)) && !eq(a[i], ref[i]));

interface Col { p: string; i: number; k: number } // param name, param index, element (-1: number)
function colsOf(spec: Spec, a: Val[], keys?: string[]): Col[] {
  const cols: Col[] = [];
  spec.params.forEach((p, i) => {
    if (keys ? !keys.includes(p) : spec.enums?.includes(p)) return;
    const v = a[i];
    if (typeof v === 'number') cols.push({ p, i, k: -1 });
    else if (isF(v)) for (let k = 0; k < v.length; k++) cols.push({ p, i, k });
  });
  return cols;
}
const getC = (a: Val[], c: Col) => (c.k < 0 ? (a[c.i] as number) : (a[c.i] as Float64Array)[c.k]);
const setC = (a: Val[], c: Col, x: number) => { if (c.k < 0) a[c.i] = x; else (a[c.i] as Float64Array)[c.k] = x; };
const readKey = (o: any, c: Col) => (c.k < 0 ? (o?.[c.p] ?? 0) : (o?.[c.p]?.[c.k] ?? 0));

// outputs of a call: [value?] + written arrays as left
function outputs(f: Fn, spec: Spec, a: Val[]): number[] {
  const b = clAll(a);
  const v = f(...b);
  const res: number[] = typeof v === 'number' ? [v] : [];
  for (const o of spec.outs ?? []) res.push(...(b[spec.params.indexOf(o)] as Float64Array));
  return res;
}
// Richardson-extrapolated central difference of a vector function along direction dir (per column)
function fdDir(g: (a: Val[]) => number[], a: Val[], cols: Col[], dir: number[], scale: number, rel = 1e-3): number[] {
  const D = (h: number) => {
    const p = clAll(a), m = clAll(a);
    cols.forEach((c, j) => { setC(p, c, getC(a, c) + h * dir[j]); setC(m, c, getC(a, c) - h * dir[j]); });
    const fp = g(p), fm = g(m);
    return fp.map((x, r) => (x - fm[r]) / (2 * h));
  };
  const h = rel * scale;
  const d1 = D(h), d2 = D(h / 2);
  return d1.map((x, r) => (4 * d2[r] - x) / 3);
}
const unit = (n: number, j: number) => Array.from({ length: n }, (_, i) => (i === j ? 1 : 0));
const err = (ad: number[], fd: number[]) => {
  const scale = Math.max(1, ...fd.map(Math.abs), ...ad.map(Math.abs));
  let w = 0;
  for (let i = 0; i < fd.length; i++) w = Math.max(w, Math.abs(ad[i] - fd[i]) / scale);
  return Number.isNaN(w) || ad.some(Number.isNaN) ? Infinity : w;
};
const median = (xs: number[]) => xs.slice().sort((p, q) => p - q)[xs.length >> 1];

async function checkOne(spec: Spec) {
  const notes: string[] = [];
  let status = 'ok';
  const fail = (s: string, n: string) => { if (status === 'ok' || s === 'WRONG' || s === 'crash') status = s; notes.push(n); };
  const src = await import(`./src/${spec.file}.ts`);
  let gen: any;
  try { gen = await import(`./src/${spec.file}.grad.ts`); } catch (e) { return { status: 'crash', notes: [`import: ${e}`] }; }
  const f: Fn = src[spec.name];
  const isVoid = !!spec.outs;
  const hasAny = [`${spec.name}_grad`, `${spec.name}_vjp`, `${spec.name}_jvp`].some((k) => typeof gen[k] === 'function');
  if (!hasAny) return { status: spec.refused ? 'refused' : 'refused', notes: spec.refused ? [`expected ${spec.refused}`] : ['not expected'] };
  if (spec.refused) notes.push(`expected ${spec.refused} but it compiled`);
  let worst = 0;
  const note = (what: string, e: number) => { worst = Math.max(worst, e); if (!(e <= TOL)) fail('WRONG', `${what}: err ${e.toExponential(2)}`); };
  for (let pt = 0; pt < POINTS; pt++) {
    const r = rng(1000 * pt + spec.name.length * 7 + spec.name.charCodeAt(0));
    const a = spec.args(r);
    const ref = clAll(a);
    const keys: string[] | undefined = isVoid ? undefined : Object.keys(gen[`${spec.name}_grad`](...clAll(a)).grad);
    const cols = colsOf(spec, a, keys);
    const fd = cols.map((c) => spec.fixed?.includes(c.p));
    const scale = (c: Col) => Math.max(1e-3, Math.abs(getC(a, c)));
    const primal = outputs(f, spec, a);
    try {
      if (!isVoid) {
        // f_grad: value, gradient vs FD, no mutation
        const b = clAll(a);
        const g = gen[`${spec.name}_grad`](...b);
        if (!Object.is(g.value, primal[0])) fail('WRONG', `f_grad value ${g.value} != f ${primal[0]}`);
        if (mutated(b, ref, spec, false).length) fail('WRONG', `f_grad mutated ${mutated(b, ref, spec, false)}`);
        const ad = cols.map((c) => readKey(g.grad, c));
        const fdv = cols.map((c, j) => (fd[j] ? ad[j] : fdDir((x) => [f(...x)], a, [c], [1], scale(c), spec.h)[0]));
        note(`grad vs FD at pt ${pt}`, err(ad, fdv));
        // f_vjp: adds seed*grad into a pre-filled adj
        const adj: any = {};
        for (const k of keys!) { const v = a[spec.params.indexOf(k)]; adj[k] = typeof v === 'number' ? 0.5 : new Float64Array((v as Float64Array).length).fill(0.5); }
        const b2 = clAll(a);
        const val = gen[`${spec.name}_vjp`](...b2, adj, 2);
        if (!Object.is(val, primal[0])) fail('WRONG', `f_vjp value ${val} != f ${primal[0]}`);
        if (mutated(b2, ref, spec, false).length) fail('WRONG', `f_vjp mutated ${mutated(b2, ref, spec, false)}`);
        note(`vjp(seed 2, adj 0.5) at pt ${pt}`, err(cols.map((c) => readKey(adj, c)), ad.map((x) => 0.5 + 2 * x)));
        // f_jvp
        const v = cols.map(() => 2 * r() - 1);
        const tan: any = {};
        cols.forEach((c, j) => { if (c.k < 0) tan[c.p] = v[j]; else (tan[c.p] ??= new Float64Array((a[c.i] as Float64Array).length))[c.k] = v[j]; });
        if (typeof gen[`${spec.name}_jvp`] !== 'function') fail('contract', 'no f_jvp');
        else {
          const b3 = clAll(a);
          const j = gen[`${spec.name}_jvp`](...b3, tan);
          if (!Object.is(j.value, primal[0])) fail('WRONG', `f_jvp value ${j.value} != f ${primal[0]}`);
          if (mutated(b3, ref, spec, false).length) fail('WRONG', `f_jvp mutated ${mutated(b3, ref, spec, false)}`);
          note(`jvp vs grad.v at pt ${pt}`, err([j.tangent], [ad.reduce((s, x, i) => s + x * v[i], 0)]));
        }
        // f_hvp vs differences of f_grad along v (the fixed columns not moved)
        if (typeof gen[`${spec.name}_hvp`] !== 'function') fail('contract', 'no f_hvp');
        else {
          const vm = v.map((x, j) => (fd[j] ? 0 : x * scale(cols[j]))); // a direction scaled per column
          const tv: any = {};
          cols.forEach((c, j) => { if (c.k < 0) tv[c.p] = vm[j]; else (tv[c.p] ??= new Float64Array((a[c.i] as Float64Array).length))[c.k] = vm[j]; });
          const b4 = clAll(a);
          const H = gen[`${spec.name}_hvp`](...b4, tv);
          if (!Object.is(H.value, primal[0])) fail('WRONG', `f_hvp value ${H.value} != f`);
          if (!cols.every((c) => Object.is(readKey(H.grad, c), readKey(g.grad, c)))) notes.push(`f_hvp grad not bit-equal to f_grad's (pt ${pt})`);
          if (mutated(b4, ref, spec, false).length) fail('WRONG', `f_hvp mutated ${mutated(b4, ref, spec, false)}`);
          const gr = (x: Val[]) => { const gg = gen[`${spec.name}_grad`](...x).grad; return cols.map((c) => readKey(gg, c)); };
          const fdH = fdDir(gr, a, cols, vm, 1, spec.h);
          const hv = cols.map((c) => readKey(H.hvp, c));
          note(`hvp vs FD of f_grad at pt ${pt}`, err(hv.filter((_, j) => !fd[j]), fdH.filter((_, j) => !fd[j])));
          if (pt === 0 && cols.length <= 12 && typeof gen[`${spec.name}_hessian`] === 'function') {
            const hs = gen[`${spec.name}_hessian`](...clAll(a)).hessian as Float64Array;
            const n = cols.length;
            const Hv = cols.map((_, i) => { let s = 0; for (let k = 0; k < n; k++) s += hs[i * n + k] * vm[k]; return s; });
            note('f_hessian.v vs f_hvp', err(Hv, hv));
          }
        }
      } else {
        // functions writing arrays: f_jacobian vs FD Jacobian; f_jvp outs vs J.v; void f_vjp vs J^T u
        const b = clAll(a);
        const J = gen[`${spec.name}_jacobian`](...b);
        if (mutated(b, ref, spec, false).length) fail('WRONG', `f_jacobian mutated ${mutated(b, ref, spec, false)}`);
        const nr = J.rows, nc = J.columns;
        if (nr !== primal.length || nc !== cols.length) fail('WRONG', `jacobian ${nr}x${nc}, expected ${primal.length}x${cols.length}`);
        const jac: number[][] = Array.from({ length: nr }, (_, i) => Array.from({ length: nc }, (_, k) => J.jacobian[i * nc + k]));
        const fdJ = cols.map((c, j) => (fd[j] ? jac.map((row) => row[j]) : fdDir((x) => outputs(f, spec, x), a, [c], [1], scale(c), spec.h)));
        note(`jacobian vs FD at pt ${pt}`, err(jac.flat(), jac.map((_, i) => fdJ.map((col) => col[i])).flat()));
        const v = cols.map(() => 2 * r() - 1);
        const tan: any = {};
        cols.forEach((c, j) => { if (c.k < 0) tan[c.p] = v[j]; else (tan[c.p] ??= new Float64Array((a[c.i] as Float64Array).length))[c.k] = v[j]; });
        for (const o of spec.outs!) tan[o] ??= new Float64Array((a[spec.params.indexOf(o)] as Float64Array).length);
        const b3 = clAll(a);
        gen[`${spec.name}_jvp`](...b3, tan);
        const after = outputs(f, spec, a);
        const got: number[] = [];
        for (const o of spec.outs!) got.push(...(b3[spec.params.indexOf(o)] as Float64Array));
        if (!eq(got, after)) fail('WRONG', 'f_jvp did not write the arrays as f does');
        if (mutated(b3, ref, spec, true).length) fail('WRONG', `f_jvp mutated ${mutated(b3, ref, spec, true)}`);
        const tOut: number[] = [];
        for (const o of spec.outs!) tOut.push(...tan[o]);
        note(`f_jvp output tangents vs J.v at pt ${pt}`, err(tOut, jac.map((row) => row.reduce((s, x, k) => s + x * v[k], 0))));
        // void f_vjp: adj holds output adjoints u, gets input adjoints J^T u
        const u = Array.from({ length: nr }, () => 2 * r() - 1);
        const adj: any = {};
        for (const c of cols) if (!(c.p in adj)) adj[c.p] = c.k < 0 ? 0 : new Float64Array((a[c.i] as Float64Array).length);
        let off = 0;
        for (const o of spec.outs!) { const n = (a[spec.params.indexOf(o)] as Float64Array).length; for (let i = 0; i < n; i++) adj[o][i] = u[off + i]; off += n; }
        gen[`${spec.name}_vjp`](...clAll(a), adj);
        const JTu = cols.map((_, k) => jac.reduce((s, row, i) => s + row[k] * u[i], 0));
        note(`void f_vjp vs J^T u at pt ${pt}`, err(cols.map((c) => readKey(adj, c)), JTu));
      }
    } catch (e) {
      fail('crash', `pt ${pt}: ${String((e as Error)?.stack ?? e).split('\n').slice(0, 3).join(' | ')}`);
    }
  }
  // timing: interleaved batches, median of per-round ratios
  let ratios: Record<string, number> | undefined;
  if (!noTime && status === 'ok' && !isVoid) {
    const a = spec.args(rng(7));
    const keys = Object.keys(gen[`${spec.name}_grad`](...clAll(a)).grad);
    const adj: any = {};
    for (const k of keys) { const v = a[spec.params.indexOf(k)]; adj[k] = typeof v === 'number' ? 0 : new Float64Array((v as Float64Array).length); }
    const fg = gen[`${spec.name}_grad`], fv = gen[`${spec.name}_vjp`];
    const time = (g: () => void, n: number) => { const t = process.hrtime.bigint(); for (let i = 0; i < n; i++) g(); return Number(process.hrtime.bigint() - t); };
    // direct positional calls: a spread call with a trailing argument (fv(...a, adj)) costs ~100 ns in V8 and made
    // every small function look slow in a first version of this checker
    const direct = (fn: Fn, extra: unknown[]) => new Function('fn', 'a', 'x', `return () => fn(${a.map((_, i) => `a[${i}]`).concat(extra.map((_, i) => `x[${i}]`)).join(', ')});`)(fn, a, extra) as () => void;
    const callF = direct(f, []), callG = direct(fg, []), callV = direct(fv, [adj]);
    let n = 1;
    while (time(callF, n) < 2e6 && n < 1e6) n *= 2;
    const rg: number[] = [], rv: number[] = [], fns: number[] = [];
    for (let round = 0; round < 15; round++) {
      const t1 = time(callF, n), t2 = time(callG, n), t3 = time(callV, n), t4 = time(callF, n);
      rg.push(t2 / ((t1 + t4) / 2)); rv.push(t3 / ((t1 + t4) / 2)); fns.push((t1 + t4) / 2 / n);
    }
    ratios = { grad: median(rg), vjp: median(rv), fNs: median(fns) };
    // slow = f_vjp (the training-loop form, adj allocated once) over 3x f. f_grad also allocates its result (an object
    // and one pooled Float64Array per array parameter, ~20-45 ns), which dominates for functions of ~10-20 ns: reported, not flagged.
    if (ratios.vjp > 3) fail('slow', `f_vjp ${ratios.vjp.toFixed(2)}x, f_grad ${ratios.grad.toFixed(2)}x of f`);
  }
  return { status, notes, worst, ratios };
}

for (const spec of specs) {
  if (only && spec.name !== only) continue;
  let res: any;
  try { res = await checkOne(spec); } catch (e) { res = { status: 'crash', notes: [String(e)] }; }
  console.log(JSON.stringify({ file: spec.file, name: spec.name, ...res }));
}
