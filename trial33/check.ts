// trial33's checker, run under tsgrad/register:
//   node --import tsgrad/register trial33/check.ts [--time] [--only name] [--diags /tmp/trial33/compile.txt]
// One JSON line per spec: { file, name, status, notes, worst, ratios }. Never reads the compiler: only the source
// (parameter names and line ranges, through the TypeScript parser), the generated module and the diagnostics.
import ts from 'typescript';
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { specs, rng, type Spec, type Val } from './specs.ts';

type Fn = (...a: any[]) => any;
const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const doTime = argv.includes('--time');
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
const diagFile = argv.includes('--diags') ? argv[argv.indexOf('--diags') + 1] : '/tmp/trial33/compile.txt';
const POINTS = 3;
const TOL = 1e-6;

// ---- source facts: parameter names and line ranges of exported functions
interface Facts { params: string[]; from: number; to: number }
const facts = new Map<string, Facts>();
for (const file of new Set(specs.map((s) => s.file))) {
  const text = readFileSync(join(here, 'src', file + '.ts'), 'utf8');
  const sf = ts.createSourceFile(file + '.ts', text, ts.ScriptTarget.ES2022, true);
  for (const st of sf.statements) {
    if (ts.isFunctionDeclaration(st) && st.name && st.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
      facts.set(`${file}:${st.name.text}`, {
        params: st.parameters.map((p) => p.name.getText(sf)),
        from: sf.getLineAndCharacterOfPosition(st.getStart(sf)).line + 1,
        to: sf.getLineAndCharacterOfPosition(st.end).line + 1,
      });
    }
  }
}
const diags = existsSync(diagFile)
  ? readFileSync(diagFile, 'utf8').split('\n').map((l) => /([\w/.]+)\/(\w+)\.ts:(\d+):(\d+) - (error|info) (TSG\d+): (.*)$/.exec(l)).filter((m) => m !== null)
      .map((m) => ({ file: m[2], line: +m[3], col: +m[4], kind: m[5], code: m[6], msg: m[7] }))
  : [];

// ---- values
const isNumArr = (v: unknown): v is Float64Array | number[] => v instanceof Float64Array || (Array.isArray(v) && v.every((x) => typeof x === 'number'));
const clone = (v: Val): Val => (ArrayBuffer.isView(v) ? (v as Float64Array).slice() : Array.isArray(v) ? v.slice() : v);
const cloneAll = (a: Val[]) => a.map(clone);
const same = (a: unknown, b: unknown): boolean => {
  if (ArrayBuffer.isView(a) || Array.isArray(a)) {
    const x = a as ArrayLike<number>, y = b as ArrayLike<number>;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return false;
    return true;
  }
  return Object.is(a, b);
};
const med = (xs: number[]) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];

interface Col { p: string; i: number; k: number }
const get = (a: Val[], c: Col) => (c.k < 0 ? (a[c.i] as number) : (a[c.i] as Float64Array)[c.k]);
const set = (a: Val[], c: Col, x: number) => { if (c.k < 0) a[c.i] = x; else (a[c.i] as Float64Array)[c.k] = x; };
const readKey = (o: any, c: Col): number => (c.k < 0 ? o?.[c.p] ?? 0 : o?.[c.p]?.[c.k] ?? 0);
function makeKeyed(cols: Col[], a: Val[], vals: (c: Col, j: number) => number): Record<string, any> {
  const o: Record<string, any> = {};
  cols.forEach((c, j) => {
    if (c.k < 0) o[c.p] = vals(c, j);
    else { o[c.p] ??= new Float64Array((a[c.i] as ArrayLike<number>).length); o[c.p][c.k] = vals(c, j); }
  });
  return o;
}

// Richardson central difference of a vector function along dir, at step rel·scale
function fd(g: (a: Val[]) => number[], a: Val[], cols: Col[], dir: number[], h: number): number[] {
  const D = (s: number) => {
    const p = cloneAll(a), m = cloneAll(a);
    cols.forEach((c, j) => { set(p, c, get(a, c) + s * dir[j]); set(m, c, get(a, c) - s * dir[j]); });
    const fp = g(p), fm = g(m);
    return fp.map((x, r) => (x - fm[r]) / (2 * s));
  };
  const d1 = D(h), d2 = D(h / 2);
  return d1.map((x, r) => (4 * d2[r] - x) / 3);
}

async function checkOne(spec: Spec): Promise<any> {
  const key = `${spec.file}:${spec.name}`;
  const fx = facts.get(key);
  const notes: string[] = [];
  const res: any = { file: spec.file, name: spec.name, status: 'ok', notes };
  if (!fx) return { ...res, status: 'crash', notes: ['no such exported function in the source'] };
  const src = await import(join(here, 'src', spec.file + '.ts'));
  const genPath = join(here, 'src', spec.file + '.grad.ts');
  const gen = existsSync(genPath) ? await import(genPath) : {};
  const f: Fn = src[spec.name];
  const F = (s: string): Fn | undefined => gen[`${spec.name}_${s}`];
  const mine = diags.filter((d) => d.file === spec.file && d.line >= fx.from && d.line <= fx.to && d.kind === 'error');
  if (!F('vjp')) {
    res.status = 'refused';
    for (const d of mine) notes.push(`${d.code} at ${spec.file}.ts:${d.line}:${d.col}: ${d.msg}`);
    if (!mine.length) { res.status = 'crash'; notes.push('no derivative and no diagnostic inside the function'); }
    if (spec.refused && !mine.some((d) => d.code === spec.refused)) notes.push(`expected ${spec.refused}`);
    if (spec.refused === '') notes.push('I expected this to work');
    return res;
  }
  if (spec.refused) notes.push(`compiled although I expected a refusal (${spec.refused})`);
  const nP = fx.params.length;
  const pad = (a: Val[]) => [...a, ...Array(Math.max(0, nP - a.length)).fill(undefined)];
  let worst = 0;
  const bad = (what: string, err: number, extra = '') => {
    worst = Math.max(worst, err);
    if (err > TOL) { res.status = 'WRONG'; if (notes.length < 12) notes.push(`${what}: err ${err.toExponential(2)} ${extra}`); }
  };
  const r = rng(7);
  for (let pt = 0; pt < POINTS; pt++) {
    const a0 = spec.args(r);
    const orig = cloneAll(a0);
    // outputs: arrays f writes
    const probe = cloneAll(a0);
    const v0 = f(...probe);
    const outIdx = probe.map((v, i) => (isNumArr(v) && !same(v, a0[i]) ? i : -1)).filter((i) => i >= 0);
    const returnsNumber = typeof v0 === 'number';
    // columns: grad keys (or jacobian columns for void)
    let keys: string[];
    if (returnsNumber) keys = Object.keys(F('grad')!(...cloneAll(a0)).grad);
    else keys = fx.params.filter((p, i) => !spec.fixed?.includes(p) && (typeof a0[i] === 'number' || a0[i] instanceof Float64Array));
    const cols: Col[] = [];
    fx.params.forEach((p, i) => {
      if (!keys.includes(p) || spec.fixed?.includes(p)) return;
      const v = a0[i];
      if (typeof v === 'number') cols.push({ p, i, k: -1 });
      else if (isNumArr(v)) for (let k = 0; k < v.length; k++) cols.push({ p, i, k });
    });
    // every grad key's inputs in parameter order (fixed ones and defaults left out included): f_hessian / f_jacobian columns
    const hcols: Col[] = [];
    fx.params.forEach((p, i) => {
      if (!keys.includes(p)) return;
      const v = a0[i];
      if (typeof v === 'number' || v === undefined) hcols.push({ p, i, k: -1 });
      else for (let k = 0; k < (v as ArrayLike<number>).length; k++) hcols.push({ p, i, k });
    });
    const at = cols.map((c) => hcols.findIndex((h) => h.p === c.p && h.k === c.k));
    const scale = (c: Col) => Math.max(1e-3, Math.abs(get(a0, c)));
    const hRel = spec.h ?? 1e-3;
    const outputs = (a: Val[]): number[] => {
      const b = cloneAll(a);
      const v = f(...b);
      const o: number[] = returnsNumber ? [v] : [];
      for (const i of outIdx) o.push(...(b[i] as ArrayLike<number>));
      return o;
    };
    const mut = (a: Val[], what: string, skip: number[] = []) => {
      a.forEach((v, i) => { if (!skip.includes(i) && !same(v, orig[i])) { res.status = 'WRONG'; notes.push(`${what} mutated ${fx.params[i]}`); } });
    };
    if (returnsNumber) {
      // f_grad value and gradient against differences (retrying smaller steps at kinks)
      const ga = cloneAll(a0);
      const G = F('grad')!(...ga);
      mut(ga, 'f_grad');
      if (!Object.is(G.value, v0)) { res.status = 'WRONG'; notes.push(`f_grad value ${G.value} != f ${v0}`); }
      const g = cols.map((c) => readKey(G.grad, c));
      const gmax = Math.max(1, ...g.map(Math.abs));
      cols.forEach((c, j) => {
        const dir = cols.map((_, jj) => (jj === j ? 1 : 0));
        let err = Infinity;
        let d = NaN;
        for (const shrink of [1, 10, 100, 1000]) {
          d = fd((a) => [f(...cloneAll(a))], a0, cols, dir, (hRel * scale(c)) / shrink)[0];
          err = Math.min(err, Math.abs(d - g[j]) / Math.max(gmax, Math.abs(d)));
          if (err < TOL) break;
        }
        bad(`∂/∂${c.p}${c.k >= 0 ? `[${c.k}]` : ''} at point ${pt}`, err, `grad ${g[j]} fd ${d}`);
      });
      // f_vjp: adj prefilled 0.5, seed 2
      const adj = makeKeyed(cols, a0, () => 0.5);
      for (const k of keys) {
        const v = a0[fx.params.indexOf(k)];
        if (!(k in adj)) adj[k] = typeof v === 'number' || v === undefined ? 0.5 : new Float64Array((v as ArrayLike<number>).length).fill(0.5);
      }
      const va = cloneAll(a0);
      const vv = F('vjp')!(...pad(va), adj, 2);
      mut(va, 'f_vjp');
      if (!Object.is(vv, v0)) { res.status = 'WRONG'; notes.push(`f_vjp value ${vv} != f ${v0}`); }
      bad(`f_vjp at point ${pt}`, Math.max(0, ...cols.map((c, j) => Math.abs(readKey(adj, c) - 0.5 - 2 * g[j]) / gmax)));
      // f_jvp against grad·v
      const dir = cols.map(() => 2 * r() - 1);
      if (F('jvp')) {
        const ja = cloneAll(a0);
        const J = F('jvp')!(...pad(ja), makeKeyed(cols, a0, (_, j) => dir[j]));
        mut(ja, 'f_jvp', outIdx);
        if (!Object.is(J.value, v0)) { res.status = 'WRONG'; notes.push(`f_jvp value ${J.value} != f ${v0}`); }
        const gv = g.reduce((s, x, j) => s + x * dir[j], 0);
        bad(`f_jvp at point ${pt}`, Math.abs(J.tangent - gv) / Math.max(gmax, Math.abs(gv)), `jvp ${J.tangent} grad·v ${gv}`);
      } else notes.push('no f_jvp');
      // f_hvp against Richardson differences of f_grad along v (scaled per column)
      if (F('hvp')) {
        const sdir = cols.map((c, j) => dir[j] * scale(c));
        const ha = cloneAll(a0);
        const H = F('hvp')!(...pad(ha), makeKeyed(cols, a0, (_, j) => sdir[j]));
        mut(ha, 'f_hvp');
        const hg = cols.map((c) => readKey(H.grad, c));
        if (!hg.every((x, j) => Object.is(x, g[j]))) { res.status = 'WRONG'; notes.push(`f_hvp grad not bit-equal to f_grad's at point ${pt}`); }
        const hv = cols.map((c) => readKey(H.hvp, c));
        let err = Infinity, dh: number[] = [];
        for (const shrink of [1, 10, 100]) {
          dh = fd((a) => { const GG = F('grad')!(...a).grad; return cols.map((c) => readKey(GG, c)); }, a0, cols, sdir, (hRel * 10) / shrink);
          const hmax = Math.max(1, ...dh.map(Math.abs), ...hv.map(Math.abs));
          err = Math.min(err, Math.max(0, ...hv.map((x, j) => Math.abs(x - dh[j]) / hmax)));
          if (err < 1e-5) break;
        }
        if (err > 1e-5) { res.status = 'WRONG'; notes.push(`f_hvp at point ${pt}: err ${err.toExponential(2)} hvp ${hv.slice(0, 3).map((x) => x.toPrecision(6))} fd ${dh.slice(0, 3).map((x) => x.toPrecision(6))}`); }
        if (F('hessian') && cols.length <= 40) {
          const Hs = F('hessian')!(...pad(cloneAll(a0)));
          const n = hcols.length;
          if (Hs.hessian.length !== n * n) { res.status = 'WRONG'; notes.push(`f_hessian is ${Hs.hessian.length} long for ${n} inputs`); }
          else {
            const Hv = cols.map((_, i) => cols.reduce((s, __, k) => s + Hs.hessian[at[i] * n + at[k]] * sdir[k], 0));
            const hmax = Math.max(1, ...hv.map(Math.abs));
            const e = Math.max(0, ...Hv.map((x, i) => Math.abs(x - hv[i]) / hmax));
            if (e > 1e-9) { res.status = 'WRONG'; notes.push(`f_hessian·v differs from f_hvp: ${e.toExponential(2)}`); }
          }
        }
      } else notes.push('no f_hvp');
    }
    if (outIdx.length) {
      // f_jacobian against differences of all outputs, column by column; forward = reverse
      const Jf = F('jacobian');
      if (!Jf) { res.status = 'WRONG'; notes.push('writes arrays but has no f_jacobian'); continue; }
      const ja = cloneAll(a0);
      const Jr = Jf(...pad(ja), 'reverse');
      const Jw = Jf(...pad(cloneAll(a0)), 'forward');
      mut(ja, 'f_jacobian');
      const ref = outputs(a0);
      const nc = hcols.length;
      if (Jr.rows !== ref.length || Jr.columns !== nc) { res.status = 'WRONG'; notes.push(`jacobian ${Jr.rows}x${Jr.columns}, expected ${ref.length}x${nc}`); continue; }
      const jmax = Math.max(1, ...Array.from(Jr.jacobian as Float64Array, Math.abs));
      cols.forEach((c, j) => {
        const d = fd(outputs, a0, cols, cols.map((_, jj) => (jj === j ? 1 : 0)), hRel * scale(c));
        bad(`jacobian column ${c.p}${c.k >= 0 ? `[${c.k}]` : ''} at point ${pt}`, Math.max(0, ...d.map((x, rr) => Math.abs(x - Jr.jacobian[rr * nc + at[j]]) / jmax)));
      });
      bad(`jacobian forward vs reverse at point ${pt}`, Math.max(0, ...Array.from(Jr.jacobian as Float64Array, (x, i) => Math.abs(x - Jw.jacobian[i]) / jmax)));
      // f_jvp writes the output tangents into the tangent object's arrays
      if (F('jvp')) {
        const dir = cols.map(() => 2 * r() - 1);
        const t = makeKeyed(cols, a0, (_, j) => dir[j]);
        for (const i of outIdx) t[fx.params[i]] = new Float64Array((a0[i] as ArrayLike<number>).length);
        const jb = cloneAll(a0);
        const out = F('jvp')!(...pad(jb), t);
        const tang: number[] = returnsNumber ? [out.tangent] : [];
        for (const i of outIdx) tang.push(...(t[fx.params[i]] as Float64Array));
        const Jv = ref.map((_, rr) => cols.reduce((s, __, j) => s + Jr.jacobian[rr * nc + at[j]] * dir[j], 0));
        bad(`f_jvp output tangents at point ${pt}`, Math.max(0, ...Jv.map((x, rr) => Math.abs(x - tang[rr]) / jmax)));
        for (const i of outIdx) if (!same(jb[i], outputsArr(f, a0, i))) { res.status = 'WRONG'; notes.push(`f_jvp left ${fx.params[i]} other than f does`); }
      }
    }
  }
  res.worst = worst;
  if (doTime && res.status === 'ok') res.ratios = timeIt(f, F, spec, pad);
  if (doTime && spec.pair) {
    const src2 = src[spec.pair] as Fn;
    const gen2 = (s: string) => gen[`${spec.pair}_${s}`] as Fn | undefined;
    if (src2 && gen2('vjp')) {
      const a = timeIt(f, F, spec, pad), b = timeIt(src2, gen2, spec, pad);
      res.pair = { loop: spec.pair, fRecOverLoop: a.fns / b.fns, vjpRecOverLoop: a.vjpns / b.vjpns, recF: a.fns, loopF: b.fns, recVjp: a.vjpns, loopVjp: b.vjpns };
    }
  }
  return res;
}
const outputsArr = (f: Fn, a0: Val[], i: number) => { const b = cloneAll(a0); f(...b); return b[i]; };

// interleaved batches of f, f_grad and f_vjp (adj allocated once), median of per-round ratios
function timeIt(f: Fn, F: (s: string) => Fn | undefined, spec: Spec, pad: (a: Val[]) => Val[]) {
  const a = spec.args(rng(11));
  const args = cloneAll(a);
  const grad = F('grad');
  const fx = facts.get(`${spec.file}:${spec.name}`)!;
  const keys = grad ? Object.keys(grad(...cloneAll(a)).grad) : fx.params.filter((p, i) => typeof a[i] === 'number' || a[i] instanceof Float64Array);
  const adj: Record<string, any> = {};
  for (const k of keys) { const v = a[fx.params.indexOf(k)]; adj[k] = typeof v === 'number' || v === undefined ? 0 : new Float64Array((v as ArrayLike<number>).length); }
  const vjpArgs = [...pad(cloneAll(a)), adj, 1];
  const vjp = F('vjp')!;
  let sink = 0;
  const batch = (g: () => unknown, n: number) => { const t = process.hrtime.bigint(); for (let i = 0; i < n; i++) { const v = g(); sink += typeof v === 'number' ? v : 1; } return Number(process.hrtime.bigint() - t) / n; };
  const callF = () => f(...args);
  const callG = grad ? () => grad(...args) : () => 0;
  const callV = () => vjp(...vjpArgs);
  let n = 1;
  while (batch(callV, n) * n < 2e6) n *= 2;
  for (let w = 0; w < 3; w++) { batch(callF, n); batch(callG, n); batch(callV, n); }
  const rg: number[] = [], rv: number[] = [], tf: number[] = [], tv: number[] = [];
  for (let k = 0; k < 15; k++) {
    const a1 = batch(callF, n), b1 = batch(callG, n), c1 = batch(callV, n);
    rg.push(b1 / a1); rv.push(c1 / a1); tf.push(a1); tv.push(c1);
  }
  if (sink === 42.4242) console.error('');
  return { grad: med(rg), vjp: med(rv), fns: med(tf), vjpns: med(tv) };
}

for (const spec of specs) {
  if (only && spec.name !== only) continue;
  let out;
  try { out = await checkOne(spec); }
  catch (e) { out = { file: spec.file, name: spec.name, status: 'crash', notes: [String((e as Error)?.stack ?? e).split('\n').slice(0, 3).join(' | ')] }; }
  console.log(JSON.stringify(out));
}
