// trial34 checker: for every spec, at several points, compares the generated forms with finite differences
// (Richardson-extrapolated central differences) and with each other, then times f against f_grad and f_vjp.
// One JSON line per function. Run: node --import tsgrad/register trial34/check.ts [--no-time] [--only name]
import ts from 'typescript';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { specs, type Spec } from './specs.ts';

const here = dirname(fileURLToPath(import.meta.url));
const noTime = process.argv.includes('--no-time');
const onlyIdx = process.argv.indexOf('--only');
const only = onlyIdx > 0 ? process.argv[onlyIdx + 1] : undefined;
type Fn = (...a: any[]) => any;
type Arr = Float64Array | number[];

// ---- parameter names from the source (TypeScript parser only; never the compiler) ----
const paramCache = new Map<string, Map<string, string[]>>();
function paramsOf(mod: string, name: string): string[] {
  if (!paramCache.has(mod)) {
    const text = readFileSync(join(here, 'src', mod + '.ts'), 'utf8');
    const sf = ts.createSourceFile(mod + '.ts', text, ts.ScriptTarget.Latest, true);
    const m = new Map<string, string[]>();
    const names = (ps: ts.NodeArray<ts.ParameterDeclaration>) => ps.map((p) => p.name.getText(sf));
    const visit = (n: ts.Node) => {
      if (ts.isFunctionDeclaration(n) && n.name) m.set(n.name.text, names(n.parameters));
      if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer) {
        // an exported IIFE: the returned function expression named like the variable
        n.initializer.forEachChild(function find(c: ts.Node): void {
          if ((ts.isFunctionExpression(c) || ts.isFunctionDeclaration(c)) && c.name?.text === (n.name as ts.Identifier).text) m.set(c.name.text, names(c.parameters));
          c.forEachChild(find);
        });
      }
      n.forEachChild(visit);
    };
    visit(sf);
    paramCache.set(mod, m);
  }
  return paramCache.get(mod)!.get(name)!;
}

const clone = (v: any): any => (ArrayBuffer.isView(v) ? (v as any).slice() : Array.isArray(v) ? v.slice() : v);
const cloneAll = (a: any[]) => a.map(clone);
const same = (a: any, b: any): boolean => {
  if (ArrayBuffer.isView(a) || Array.isArray(a)) {
    const x = a as ArrayLike<number>, y = b as ArrayLike<number>;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return false;
    return true;
  }
  return Object.is(a, b);
};
const unchanged = (a: any[], b: any[]) => a.every((v, i) => same(v, b[i]));
const isFloatArr = (v: any) => v instanceof Float64Array || v instanceof Float32Array || (Array.isArray(v) && v.every((e) => typeof e === 'number'));

// components of the input: (param index, element or -1)
interface Comp { p: number; e: number; key: string }
function comps(names: string[], args: any[], keys: string[], skip: string[] = [], all = false, grad?: any): Comp[] {
  const out: Comp[] = [];
  names.forEach((nm, p) => {
    if (!keys.includes(nm) || skip.includes(nm)) return;
    const v = args[p];
    if (typeof v === 'number' || (all && v === undefined && typeof grad?.[nm] === 'number')) out.push({ p, e: -1, key: nm });
    else if (v != null && isFloatArr(v)) for (let e = 0; e < v.length; e++) out.push({ p, e, key: nm });
  });
  return out;
}
const getC = (a: any[], c: Comp) => (c.e < 0 ? a[c.p] : a[c.p][c.e]);
const setC = (a: any[], c: Comp, v: number) => { if (c.e < 0) a[c.p] = v; else a[c.p][c.e] = v; };
const gradC = (g: any, c: Comp) => (c.e < 0 ? g[c.key] : g[c.key][c.e]);

/** Richardson-extrapolated central difference of a vector-valued function along direction d. */
function fdDir(F: (a: any[]) => number[], a: any[], cs: Comp[], d: number[], h: number): number[] {
  const at = (t: number) => { const b = cloneAll(a); cs.forEach((c, i) => setC(b, c, getC(a, c) + t * d[i])); return F(b); };
  const D = (hh: number) => { const p = at(hh), m = at(-hh); return p.map((v, i) => (v - m[i]) / (2 * hh)); };
  const d1 = D(h), d2 = D(h / 2);
  return d1.map((v, i) => (4 * d2[i] - v) / 3);
}

const relErr = (a: number[], b: number[]) => {
  let scale = 1, e = 0;
  for (let i = 0; i < a.length; i++) scale = Math.max(scale, Math.abs(a[i]), Math.abs(b[i]));
  for (let i = 0; i < a.length; i++) e = Math.max(e, Object.is(a[i], b[i]) ? 0 : Math.abs(a[i] - b[i]));
  return e / scale;
};

function fdComponent(F: (a: any[]) => number[], a: any[], cs: Comp[], k: number, hs: number[]): number[][] {
  const d = cs.map((_, i) => (i === k ? 1 : 0));
  return hs.map((h) => fdDir(F, a, cs, d, h));
}

function median(xs: number[]) { const s = xs.slice().sort((p, q) => p - q); return s[s.length >> 1]; }

function timeRatio(fs: (() => unknown)[], rounds = 11): number[] {
  // warm every form 100 ms (a batch size chosen on cold code is far too small), choose a batch size so that
  // f's batch takes >= 2 ms, then interleave
  for (const f of fs) { const t = performance.now(); while (performance.now() - t < 100) for (let i = 0; i < 32; i++) f(); }
  let n = 32;
  for (;;) { const t = performance.now(); for (let i = 0; i < n; i++) fs[0](); if (performance.now() - t > 2 || n > 1 << 22) break; n *= 2; }
  const ratios: number[][] = fs.slice(1).map(() => []);
  for (let r = 0; r < rounds; r++) {
    const ts: number[] = [];
    for (const f of fs) { const t = performance.now(); for (let i = 0; i < n; i++) f(); ts.push(performance.now() - t); }
    for (let j = 1; j < fs.length; j++) ratios[j - 1].push(ts[j] / ts[0]);
  }
  return ratios.map(median);
}
function timeAbs(f: () => unknown, rounds = 7): number {
  { const t = performance.now(); while (performance.now() - t < 50) for (let i = 0; i < 32; i++) f(); }
  let n = 32;
  for (;;) { const t = performance.now(); for (let i = 0; i < n; i++) f(); const dt = performance.now() - t; if (dt > 2 || n > 1 << 22) break; n *= 2; }
  const xs: number[] = [];
  for (let r = 0; r < rounds; r++) { const t = performance.now(); for (let i = 0; i < n; i++) f(); xs.push((performance.now() - t) / n); }
  return median(xs);
}

function rng(seed: number) {
  let s = seed >>> 0;
  return () => { s = (s + 0x6d2b79f5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

async function checkOne(spec: Spec) {
  const src = await import(`./src/${spec.mod}.ts`);
  let gen: any;
  try { gen = await import(`./src/${spec.mod}.grad.ts`); } catch { gen = {}; }
  const f: Fn = src[spec.name];
  const names = paramsOf(spec.mod, spec.name);
  const res: any = { name: spec.name, mod: spec.mod, status: 'ok', notes: [] as string[], maxErr: 0 };
  const fail = (what: string) => { res.status = 'WRONG'; res.notes.push(what); };
  const fgrad: Fn | undefined = gen[spec.name + '_grad'];
  const fvjp: Fn | undefined = gen[spec.name + '_vjp'];
  if (!fvjp) { res.status = spec.expectRefused ? 'refused' : 'missing'; return res; }
  if (spec.expectRefused) res.notes.push('expected a refusal but got a vjp');
  const fjvp: Fn | undefined = gen[spec.name + '_jvp'];
  const fhvp: Fn | undefined = gen[spec.name + '_hvp'];
  const fhess: Fn | undefined = gen[spec.name + '_hessian'];
  const fjac: Fn | undefined = gen[spec.name + '_jacobian'];
  res.forms = ['grad', 'vjp', 'jvp', 'hvp', 'hessian', 'jacobian'].filter((k) => gen[spec.name + '_' + k]);
  const tol = spec.tol ?? 1e-6;
  const R = rng(spec.seed ?? 1234);
  const pad = (a: any[]) => { const b = a.slice(); while (b.length < names.length) b.push(undefined); return b; };
  for (let pt = 0; pt < (spec.points ?? 3); pt++) {
    const args0 = spec.args(R);
    const a = pad(args0);
    const snap = cloneAll(a);
    if (fgrad) {
      // ---- function returning a number ----
      const val = f(...cloneAll(args0));
      const G = fgrad(...cloneAll(args0));
      if (!Object.is(G.value, val)) fail(`pt${pt}: f_grad value ${G.value} != f ${val}`);
      const keys = Object.keys(G.grad);
      const disc = spec.discrete ?? [];
      const cs = comps(names, a, keys, disc);
      const F = (b: any[]) => [f(...b.slice(0, Math.max(args0.length, 0)))];
      const g = cs.map((c) => gradC(G.grad, c));
      // FD per component, best of several step sizes
      const fd: number[] = [];
      cs.forEach((c, k) => {
        const x = getC(a, c);
        const h0 = (spec.h ?? 1e-3) * Math.max(1e-3, Math.abs(x));
        const cands = fdComponent(F, a, cs, k, [h0, h0 / 10, h0 / 100]).map((r) => r[0]);
        let best = cands[0];
        for (const cnd of cands) if (Math.abs(cnd - g[k]) < Math.abs(best - g[k])) best = cnd;
        fd.push(best);
      });
      const eg = relErr(g, fd);
      res.maxErr = Math.max(res.maxErr, eg);
      if (!(eg <= tol)) {
        const worst = cs.map((c, k) => ({ c, e: Math.abs(g[k] - fd[k]) })).sort((p, q) => q.e - p.e)[0];
        fail(`pt${pt}: grad vs FD err ${eg.toExponential(2)} (worst ${worst.c.key}${worst.c.e >= 0 ? '[' + worst.c.e + ']' : ''}: ad ${gradC(G.grad, worst.c)} fd ${fd[cs.indexOf(worst.c)]})`);
      }
      if (!unchanged(a, snap)) fail(`pt${pt}: f_grad mutated its inputs`);
      // vjp with seed 2 into adj prefilled with 0.5
      const adj: any = {};
      for (const k of keys) adj[k] = typeof G.grad[k] === 'number' ? 0.5 : new Float64Array(G.grad[k].length).fill(0.5);
      const vv = fvjp(...cloneAll(a), adj, 2);
      if (!Object.is(vv, val)) fail(`pt${pt}: f_vjp value ${vv} != f ${val}`);
      const ev = relErr(cs.map((c) => gradC(adj, c)), g.map((x) => 0.5 + 2 * x));
      if (!(ev <= 1e-12)) fail(`pt${pt}: f_vjp accumulation err ${ev}`);
      const a2 = cloneAll(a); fvjp(...a2, Object.fromEntries(keys.map((k) => [k, typeof G.grad[k] === 'number' ? 0 : new Float64Array(G.grad[k].length)])));
      if (!unchanged(a2, snap)) fail(`pt${pt}: f_vjp mutated its inputs`);
      // direction
      const dir = cs.map(() => R() * 2 - 1);
      const tan: any = {};
      for (const k of keys) tan[k] = typeof G.grad[k] === 'number' ? 0 : new Float64Array(G.grad[k].length);
      cs.forEach((c, i) => { if (c.e < 0) tan[c.key] = dir[i]; else tan[c.key][c.e] = dir[i]; });
      const gdotv = g.reduce((s, x, i) => s + x * dir[i], 0);
      if (fjvp) {
        const a3 = cloneAll(a);
        const J = fjvp(...a3, tan);
        if (!Object.is(J.value, val)) fail(`pt${pt}: f_jvp value ${J.value} != f ${val}`);
        const ej = Math.abs(J.tangent - gdotv) / Math.max(1, Math.abs(gdotv));
        if (!(ej <= 1e-9)) fail(`pt${pt}: f_jvp tangent ${J.tangent} vs grad.v ${gdotv}`);
        // f_jvp does to its arguments what f does (README): compare with what f leaves
        const fLeft = cloneAll(a);
        f(...fLeft);
        if (!unchanged(a3, fLeft)) fail(`pt${pt}: f_jvp left its arguments unlike f`);
      }
      if (fhvp) {
        const a4 = cloneAll(a);
        const H = fhvp(...a4, tan);
        if (!Object.is(H.value, val)) fail(`pt${pt}: f_hvp value differs`);
        if (!cs.every((c) => Object.is(gradC(H.grad, c), gradC(G.grad, c)))) fail(`pt${pt}: f_hvp grad not bit-equal to f_grad's`);
        if (!unchanged(a4, snap)) fail(`pt${pt}: f_hvp mutated its inputs`);
        // FD of f_grad along dir, scaled per component
        const scale = cs.map((c) => Math.max(1e-3, Math.abs(getC(a, c))));
        const d2 = dir.map((x, i) => x * scale[i]);
        const tan2: any = {};
        for (const k of keys) tan2[k] = typeof G.grad[k] === 'number' ? 0 : new Float64Array(G.grad[k].length);
        cs.forEach((c, i) => { if (c.e < 0) tan2[c.key] = d2[i]; else tan2[c.key][c.e] = d2[i]; });
        const H2 = fhvp(...cloneAll(a), tan2);
        const hv = cs.map((c) => gradC(H2.hvp, c));
        const GF = (b: any[]) => { const gg = fgrad(...b.slice(0, args0.length)).grad; return cs.map((c) => gradC(gg, c)); };
        let eh = Infinity;
        for (const h of [1e-3, 1e-4, 1e-5]) eh = Math.min(eh, relErr(hv, fdDir(GF, a, cs, d2, h)));
        res.maxHvpErr = Math.max(res.maxHvpErr ?? 0, eh);
        if (!(eh <= (spec.hvpTol ?? 1e-5))) fail(`pt${pt}: f_hvp vs FD of f_grad err ${eh.toExponential(2)}`);
        const hc = comps(names, a, keys, [], true, G.grad);
        if (fhess && hc.length <= 80) {
          const Hs = fhess(...cloneAll(a));
          const n = hc.length;
          const dh = hc.map((c) => { const i = cs.findIndex((x) => x.p === c.p && x.e === c.e); return i < 0 ? 0 : d2[i]; });
          if (Hs.hessian.length !== n * n) fail(`pt${pt}: hessian length ${Hs.hessian.length} != ${n}^2`);
          else {
            const hdAll = Array.from({ length: n }, (_, r) => { let s = 0; for (let c2 = 0; c2 < n; c2++) s += Hs.hessian[r * n + c2] * dh[c2]; return s; });
            const hd = cs.map((c) => hdAll[hc.findIndex((x) => x.p === c.p && x.e === c.e)]);
            const ehs = relErr(hd, hv);
            if (!(ehs <= 1e-9)) fail(`pt${pt}: hessian.v vs hvp err ${ehs}`);
          }
        }
      }
      if (fjac) {
        // rows: the value, then each array f writes (as f leaves it); columns: the grad keys in parameter order
        const b0 = cloneAll(a);
        f(...b0);
        const written = a.map((v, i) => (isFloatArr(v) && !same(v, b0[i]) ? i : -1)).filter((i) => i >= 0);
        const FJ = (b: any[]) => { const c = cloneAll(b); const v = f(...c); return [v, ...written.flatMap((i) => Array.from(c[i] as Arr))]; };
        const jc = comps(names, a, keys, disc);
        for (const mode of ['reverse', 'forward'] as const) {
          const a6 = cloneAll(a);
          const J = fjac(...a6, mode);
          if (!unchanged(a6, snap)) fail(`pt${pt}: f_jacobian(${mode}) changed its inputs`);
          if (!Object.is(J.value, val)) fail(`pt${pt}: f_jacobian value differs`);
          let e = 0;
          jc.forEach((c, k) => {
            const col = fdComponent(FJ, a, jc, k, [1e-4 * Math.max(1e-2, Math.abs(getC(a, c)))])[0];
            const got = Array.from({ length: J.rows }, (_, r) => J.jacobian[r * J.columns + k]);
            e = Math.max(e, relErr(got, col));
          });
          if (J.columns !== jc.length) fail(`pt${pt}: jacobian columns ${J.columns} != ${jc.length}`);
          else if (!(e <= tol)) fail(`pt${pt}: jacobian(${mode}) vs FD err ${e.toExponential(2)}`);
        }
        // f_jvp writes the output tangents into tangent's arrays: compare with J.v
        if (fjvp) {
          const J = fjac(...cloneAll(a), 'reverse');
          const t2: any = {};
          for (const k of keys) t2[k] = typeof G.grad[k] === 'number' ? 0 : new Float64Array(G.grad[k].length);
          jc.forEach((c, i) => { if (c.e < 0) t2[c.key] = dir[i] ?? 0; else t2[c.key][c.e] = dir[i] ?? 0; });
          for (const i of written) t2[names[i]] = new Float64Array(t2[names[i]]?.length ?? a[i].length).fill(0);
          const jv = Array.from({ length: J.rows }, (_, r) => jc.reduce((s2, c, k) => s2 + J.jacobian[r * J.columns + k] * (written.includes(c.p) ? 0 : dir[k]), 0));
          const a7 = cloneAll(a);
          const out = fjvp(...a7, t2);
          const got = [out.tangent, ...written.flatMap((i) => Array.from(t2[names[i]] as Float64Array))];
          const ej = relErr(got, jv);
          if (!(ej <= 1e-9)) fail(`pt${pt}: f_jvp output tangents vs J.v err ${ej.toExponential(2)}`);
        }
      }
    } else {
      // ---- void function writing arrays: Jacobian against FD of the written arrays ----
      const b0 = cloneAll(a);
      f(...b0);
      const written = a.map((v, i) => (isFloatArr(v) && !same(v, b0[i]) ? i : -1)).filter((i) => i >= 0);
      const F = (b: any[]) => { const c = cloneAll(b); f(...c); return written.flatMap((i) => Array.from(c[i] as Arr)); };
      if (!fjac) { fail('no f_jacobian for a void function'); continue; }
      const keys = names.filter((nm, i) => isFloatArr(a[i]) || typeof a[i] === 'number');
      const cs = comps(names, a, keys);
      for (const mode of ['reverse', 'forward'] as const) {
        const a5 = cloneAll(a);
        const Jr = fjac(...a5, mode);
        if (!unchanged(a5, snap)) fail(`pt${pt}: f_jacobian(${mode}) changed its inputs`);
        const rows = Jr.rows, cols = Jr.columns;
        if (cols !== cs.length) { fail(`columns ${cols} != ${cs.length}`); continue; }
        let e = 0;
        cs.forEach((c, k) => {
          const col = fdComponent(F, a, cs, k, [1e-4 * Math.max(1e-2, Math.abs(getC(a, c)))])[0];
          const got = Array.from({ length: rows }, (_, r) => Jr.jacobian[r * cols + k]);
          e = Math.max(e, relErr(got, col));
        });
        res.maxErr = Math.max(res.maxErr, e);
        if (!(e <= tol)) fail(`pt${pt}: jacobian(${mode}) vs FD err ${e.toExponential(2)}`);
      }
    }
  }
  if (!noTime && res.status === 'ok' && fgrad) {
    const args = spec.args(rng(99));
    const a = pad(args);
    const keysG = Object.keys(fgrad(...cloneAll(args)).grad);
    const adj: any = Object.fromEntries(keysG.map((k) => [k, 0]));
    const g0 = fgrad(...cloneAll(args)).grad;
    for (const k of keysG) if (typeof g0[k] !== 'number') adj[k] = new Float64Array(g0[k].length);
    const fresh = cloneAll(args);
    const freshA = cloneAll(a);
    const [rg, rv] = timeRatio([() => f(...fresh), () => fgrad(...fresh), () => fvjp(...freshA, adj)]);
    res.gradRatio = +rg.toFixed(2);
    res.vjpRatio = +rv.toFixed(2);
    if (rv > 3) { res.status = 'slow'; }
    res.fNs = +(timeAbs(() => f(...fresh)) * 1e6).toFixed(1);
  }
  return res;
}

for (const spec of specs) {
  if (only && spec.name !== only) continue;
  try {
    console.log(JSON.stringify(await checkOne(spec)));
  } catch (e: any) {
    console.log(JSON.stringify({ name: spec.name, mod: spec.mod, status: 'crash', notes: [String(e?.stack ?? e).slice(0, 400)] }));
  }
}
