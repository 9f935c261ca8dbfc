// My checker for trial30: for every spec, at 3 points, compare what the generated module computes with
// finite differences and with itself; then time f against f_grad and f_vjp. One JSON line per function.
// Run under tsgrad/register (it loads the .ts files): node --import tsgrad/register trial30/check.ts [--no-time] [--only name]
import { specs, rng, type Spec, type Val } from './specs.ts';

const POINTS = 3;
const noTime = process.argv.includes('--no-time');
const onlyIdx = process.argv.indexOf('--only');
const only = onlyIdx > 0 ? process.argv[onlyIdx + 1] : undefined;

type Fn = (...a: any[]) => any;

const clone = (v: Val): Val => (v instanceof Float64Array ? Float64Array.from(v) : v instanceof Int32Array ? Int32Array.from(v) : Array.isArray(v) ? v.slice() : v);
const cloneAll = (a: Val[]) => a.map(clone);
const isFloatArr = (v: unknown): v is Float64Array | number[] => v instanceof Float64Array || Array.isArray(v);
const err = (a: number, b: number) => (Object.is(a, b) ? 0 : Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b)));

function paramNames(f: Fn): string[] {
  const s = f.toString();
  const open = s.indexOf('(');
  let depth = 0, i = open, end = open;
  for (; i < s.length; i++) {
    if ('([{'.includes(s[i])) depth++;
    else if (')]}'.includes(s[i])) { depth--; if (depth === 0) { end = i; break; } }
  }
  const inner = s.slice(open + 1, end);
  const parts: string[] = [];
  let cur = '';
  depth = 0;
  for (const ch of inner) {
    if ('([{'.includes(ch)) depth++;
    if (')]}'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) { parts.push(cur); cur = ''; } else cur += ch;
  }
  if (cur.trim()) parts.push(cur);
  return parts.map((p) => /^\s*([A-Za-z_$][\w$]*)/.exec(p)![1]);
}

// An input component: parameter index and element (-1 for a number).
interface Comp { p: number; e: number; key: string }
function components(args: Val[], names: string[], keys: string[]): Comp[] {
  const out: Comp[] = [];
  for (const key of keys) {
    const p = names.indexOf(key);
    const v = args[p];
    if (typeof v === 'number') out.push({ p, e: -1, key });
    else if (isFloatArr(v)) for (let e = 0; e < v.length; e++) out.push({ p, e, key });
  }
  return out;
}
const getC = (a: Val[], c: Comp) => (c.e < 0 ? (a[c.p] as number) : (a[c.p] as Float64Array)[c.e]);
function moved(a: Val[], c: Comp, d: number): Val[] {
  const b = cloneAll(a);
  if (c.e < 0) (b[c.p] as number) += d;
  else (b[c.p] as Float64Array)[c.e] += d;
  return b;
}
const gradOf = (g: any, c: Comp) => (c.e < 0 ? g[c.key] : g[c.key][c.e]);

// Richardson-extrapolated central difference of a vector-valued function along one component, at 4 step sizes.
function diffs(F: (a: Val[]) => number[], a: Val[], c: Comp): number[][] {
  const x = getC(a, c);
  const h0 = 2 ** Math.round(Math.log2(1e-3 * Math.max(1, Math.abs(x))));
  const res: number[][] = [];
  for (const div of [1, 8, 64, 512]) {
    const h = h0 / div;
    const D = (hh: number) => {
      const p = F(moved(a, c, hh)), m = F(moved(a, c, -hh));
      return p.map((v, i) => (v - m[i]) / (2 * hh));
    };
    const d1 = D(h), d2 = D(h / 2);
    res.push(d1.map((v, i) => (4 * d2[i] - v) / 3));
  }
  return res;
}
// best agreement over the steps, per output
function bestErr(exact: number[], fds: number[][]): { e: number; fd: number[] } {
  let best = Infinity, bestFd = fds[0];
  for (const fd of fds) {
    const e = Math.max(...exact.map((v, i) => err(v, fd[i])));
    if (e < best) { best = e; bestFd = fd; }
  }
  return { e: best, fd: bestFd };
}

function sameArgs(a: Val[], b: Val[], skip: Set<number>): string | undefined {
  for (let i = 0; i < a.length; i++) {
    if (skip.has(i)) continue;
    const x = a[i], y = b[i];
    if (typeof x === 'number' || x === undefined) continue;
    for (let k = 0; k < (x as any).length; k++) if (!Object.is((x as any)[k], (y as any)[k])) return `argument ${i} element ${k} changed: ${(y as any)[k]} -> ${(x as any)[k]}`;
  }
  return undefined;
}

// A monomorphic call site per function: f(a[0], a[1], ...) without spread, so that the harness costs
// the same few nanoseconds for f, f_grad and f_vjp.
function callSite(fn: Fn, args: Val[], extra: any[] = []): () => any {
  const all = [...args, ...extra];
  const list = all.map((_, i) => `a[${i}]`).join(', ');
  return new Function('fn', 'a', `return function site() { return fn(${list}); };`)(fn, all);
}

function timeIt(f: Fn, g: Fn, v: Fn, args: Val[], adj: any): { rg: number; rv: number; tF: number } {
  // f_vjp accumulates into one adj across calls (not zeroed: the training-loop pattern minus the zeroing)
  const cf = callSite(f, cloneAll(args)), cg = callSite(g, cloneAll(args)), cv = callSite(v, cloneAll(args), [adj]);
  let n = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) cf();
    if (performance.now() - t0 > 2 || n > 1 << 22) break;
    n *= 2;
  }
  const rg: number[] = [], rv: number[] = [];
  let tf = Infinity;
  let sink = 0;
  for (let round = 0; round < 15; round++) {
    let t0 = performance.now();
    for (let i = 0; i < n; i++) sink += cf();
    const a = performance.now() - t0;
    t0 = performance.now();
    for (let i = 0; i < n; i++) sink += cg().value;
    const b = performance.now() - t0;
    t0 = performance.now();
    for (let i = 0; i < n; i++) sink += cv();
    const c = performance.now() - t0;
    rg.push(b / a);
    rv.push(c / a);
    tf = Math.min(tf, (a / n) * 1e6);
  }
  if (sink === 12345.678) console.error('');
  const med = (xs: number[]) => xs.sort((p, q) => p - q)[xs.length >> 1];
  return { rg: med(rg), rv: med(rv), tF: tf };
}

const optionalIdx = (a: Val[]) => a.findIndex((v) => v === undefined);

async function checkOne(s: Spec): Promise<any> {
  const res: any = { file: s.file, name: s.name, status: 'ok', notes: [] as string[] };
  const note = (m: string) => { if (res.notes.length < 6) res.notes.push(m); };
  const wrong = (m: string) => { res.status = 'WRONG'; note(m); };
  const src = await import(`./src/${s.file}.ts`);
  let gen: any;
  try { gen = await import(`./src/${s.file}.grad.ts`); } catch { gen = {}; }
  const f: Fn = src[s.name];
  const G: Fn | undefined = gen[`${s.name}_grad`], V: Fn | undefined = gen[`${s.name}_vjp`];
  const J: Fn | undefined = gen[`${s.name}_jvp`], HV: Fn | undefined = gen[`${s.name}_hvp`], H: Fn | undefined = gen[`${s.name}_hessian`];
  const JAC: Fn | undefined = gen[`${s.name}_jacobian`];
  if (!V) { res.status = 'refused'; if (!s.refused) note('unexpected refusal'); return res; }
  if (s.refused) note('compiled although I expected a refusal');
  const names = paramNames(f);
  const tol = s.tol ?? 1e-6;
  const fixed = new Set(s.fixed ?? []), nofd = new Set(s.nofd ?? []);
  const outIdx = (s.outs ?? []).map((o) => names.indexOf(o));
  const isVoid = !G;
  const missing = [!J && 'jvp', !isVoid && !HV && 'hvp', !isVoid && !H && 'hessian', outIdx.length && !JAC && 'jacobian'].filter(Boolean);
  if (missing.length) note(`no ${missing.join(', ')}`);
  let timingArgs: Val[] | undefined;
  let keys: string[] = [];
  let contract = false;

  for (let point = 0; point < POINTS; point++) {
    const r = rng(1000 * point + s.name.length * 7 + s.name.charCodeAt(0));
    const args = s.args(r, point);
    const orig = cloneAll(args);
    // the function's outputs: value (if any) then written arrays
    const outputs = (a: Val[]): number[] => {
      const b = cloneAll(a);
      const v = f(...b);
      const o: number[] = isVoid ? [] : [v];
      for (const i of outIdx) o.push(...(b[i] as Float64Array));
      return o;
    };
    if (!isVoid) {
      const value = f(...cloneAll(args));
      const gr = G!(...args);
      if (!Object.is(gr.value, value)) wrong(`f_grad value ${gr.value} != f ${value}`);
      const m1 = sameArgs(args, orig, new Set()); if (m1) wrong(`f_grad mutated: ${m1}`);
      keys = Object.keys(gr.grad);
      const comps = components(args, names, keys);
      // gradient vs differences (value only; written arrays are checked via the jacobian)
      for (const c of comps) {
        const name = names[c.p] + (c.e >= 0 ? `[${c.e}]` : '');
        const gv = gradOf(gr.grad, c);
        if (fixed.has(names[c.p])) { if (gv !== 0) wrong(`grad of integer '${name}' is ${gv}, not 0`); continue; }
        if (nofd.has(names[c.p]) || outIdx.includes(c.p)) continue;
        const { e, fd } = bestErr([gv], diffs((a) => [f(...cloneAll(a))], args, c));
        if (!(e <= tol)) wrong(`point ${point}: d/d${name}: grad ${gv}, differences ${fd[0]}`);
      }
      // vjp, seed 3, into a prefilled adj
      const adj: any = {}, pre: any = {};
      for (const k of keys) {
        const g0 = gr.grad[k];
        if (typeof g0 === 'number') { adj[k] = pre[k] = 0.25; } else { adj[k] = Float64Array.from(g0, (_: number, i: number) => 0.1 * i - 0.2); pre[k] = Float64Array.from(adj[k]); }
      }
      const vArgs = cloneAll(args);
      const vv = V(...vArgs, adj, 3);
      if (!Object.is(vv, value)) wrong(`f_vjp value ${vv} != f ${value}`);
      const m2 = sameArgs(vArgs, orig, new Set()); if (m2) wrong(`f_vjp mutated: ${m2}`);
      for (const k of keys) {
        const g0 = gr.grad[k];
        if (typeof g0 === 'number') { if (err(adj[k] - pre[k], 3 * g0) > 1e-10) wrong(`f_vjp adj.${k} ${adj[k] - pre[k]} != 3*grad ${3 * g0}`); }
        else for (let i = 0; i < g0.length; i++) if (err(adj[k][i] - pre[k][i], 3 * g0[i]) > 1e-12) { wrong(`f_vjp adj.${k}[${i}] ${adj[k][i] - pre[k][i]} != 3*grad ${3 * g0[i]}`); break; }
      }
      // a random direction over the keys
      const dir: any = {};
      let dot = 0;
      for (const k of keys) {
        const g0 = gr.grad[k];
        const p = names.indexOf(k);
        const frozen = fixed.has(k) || nofd.has(k);
        if (typeof g0 === 'number') { dir[k] = frozen ? 0 : r() - 0.5; dot += dir[k] * g0; }
        else { dir[k] = Float64Array.from(g0, () => (frozen ? 0 : r() - 0.5)); for (let i = 0; i < g0.length; i++) dot += dir[k][i] * g0[i]; }
        void p;
      }
      if (J) {
        const jArgs = cloneAll(args);
        const t: any = {};
        for (const k of keys) t[k] = typeof dir[k] === 'number' ? dir[k] : Float64Array.from(dir[k]);
        const jr = J(...jArgs, t);
        if (!Object.is(jr.value, value)) wrong(`f_jvp value ${jr.value} != f ${value}`);
        const scale = Math.max(1, ...keys.map((k) => (typeof gr.grad[k] === 'number' ? Math.abs(gr.grad[k] * dir[k]) : Math.max(0, ...Array.from(gr.grad[k] as Float64Array, (g, i) => Math.abs(g * dir[k][i]))))));
        if (Math.abs(jr.tangent - dot) / scale > 1e-10) wrong(`point ${point}: f_jvp tangent ${jr.tangent} != grad.v ${dot}`);
      }
      if (HV) {
        const hr = HV(...cloneAll(args), dir);
        if (!Object.is(hr.value, value)) wrong(`f_hvp value ${hr.value} != f ${value}`);
        for (const k of keys) {
          const a = hr.grad[k], b = gr.grad[k];
          const same = typeof a === 'number' ? Object.is(a, b) : a.every((x: number, i: number) => Object.is(x, b[i]));
          if (!same) {
            const d = typeof a === 'number' ? Math.abs(a - b) : Math.max(...Array.from(a as Float64Array, (x, i) => Math.abs(x - b[i])));
            if (d > 1e-12 * Math.max(1, ...(typeof b === 'number' ? [Math.abs(b)] : Array.from(b as Float64Array, Math.abs)))) wrong(`f_hvp grad.${k} differs from f_grad's by ${d}`);
            else { contract = true; note(`point ${point}: f_hvp grad.${k} not bit-equal to f_grad's (README: bit-equal), max difference ${d.toExponential(2)}`); }
            break;
          }
        }
        // differences of f_grad along dir
        const flatGrad = (a: Val[]) => { const g = G!(...cloneAll(a)).grad; return keys.flatMap((k) => (typeof g[k] === 'number' ? [g[k]] : Array.from(g[k] as Float64Array))); };
        const hvFlat = keys.flatMap((k) => (typeof hr.hvp[k] === 'number' ? [hr.hvp[k]] : Array.from(hr.hvp[k] as Float64Array)));
        const along = (a: Val[], t: number): Val[] => {
          const b = cloneAll(a);
          for (const k of keys) { const p = names.indexOf(k); if (b[p] === undefined) continue; if (typeof b[p] === 'number') (b[p] as number) += t * dir[k]; else for (let i = 0; i < (b[p] as Float64Array).length; i++) (b[p] as Float64Array)[i] += t * dir[k][i]; }
          return b;
        };
        let best = Infinity, bestFd: number[] = [];
        for (const h of [2 ** -10, 2 ** -13, 2 ** -16, 2 ** -19, 2 ** -22]) {
          const D = (hh: number) => { const p = flatGrad(along(args, hh)), m = flatGrad(along(args, -hh)); return p.map((v, i) => (v - m[i]) / (2 * hh)); };
          const d1 = D(h), d2 = D(h / 2);
          const fd = d1.map((v, i) => (4 * d2[i] - v) / 3);
          const e = Math.max(0, ...hvFlat.map((v, i) => err(v, fd[i])));
          if (e < best) { best = e; bestFd = fd; }
        }
        if (!(best <= Math.max(tol, 1e-5))) {
          const i = hvFlat.findIndex((v, j) => !(err(v, bestFd[j]) <= Math.max(tol, 1e-5)));
          wrong(`point ${point}: f_hvp component ${i}: ${hvFlat[i]}, differences of f_grad ${bestFd[i]}`);
        }
        if (H && hvFlat.length <= 60) {
          const hs = H(...cloneAll(args));
          const n = hvFlat.length;
          const dflat = keys.flatMap((k) => (typeof dir[k] === 'number' ? [dir[k]] : Array.from(dir[k] as Float64Array)));
          for (let j = 0; j < n; j++) {
            let s2 = 0;
            for (let k2 = 0; k2 < n; k2++) s2 += hs.hessian[j * n + k2] * dflat[k2];
            if (err(s2, hvFlat[j]) > 1e-9) { wrong(`f_hessian row ${j}·v ${s2} != f_hvp ${hvFlat[j]}`); break; }
          }
        }
      }
      if (!timingArgs) timingArgs = args;
    }
    // functions writing arrays: jacobian, vjp (void), jvp output tangents
    if (outIdx.length) {
      const value0 = outputs(args);
      let colKeys = keys;
      if (isVoid) {
        // the differentiable parameters: numbers and float arrays not fixed
        colKeys = names.filter((nm, i) => !fixed.has(nm) && (typeof args[i] === 'number' || isFloatArr(args[i])));
      }
      const comps = components(args, names, colKeys);
      const rows = value0.length, cols = comps.length;
      const fdJ = new Float64Array(rows * cols);
      const fdAll: number[][][] = [];
      comps.forEach((c, j) => {
        const ds = diffs(outputs, args, c);
        fdAll.push(ds);
        for (let i = 0; i < rows; i++) fdJ[i * cols + j] = ds[0][i];
      });
      if (JAC) {
        for (const mode of ['auto', 'forward', 'reverse']) {
          if (mode === 'forward' && !J) continue;
          const jArgs = cloneAll(args);
          let jr: any;
          try { jr = JAC(...jArgs, mode); } catch (e) { wrong(`f_jacobian(${mode}) threw ${e}`); continue; }
          const m3 = sameArgs(jArgs, orig, new Set()); if (m3) wrong(`f_jacobian(${mode}) mutated: ${m3}`);
          if (jr.rows !== rows || jr.columns !== cols) { wrong(`f_jacobian(${mode}) is ${jr.rows}x${jr.columns}, expected ${rows}x${cols}`); continue; }
          for (let j = 0; j < cols; j++) {
            const col = Array.from({ length: rows }, (_, i) => jr.jacobian[i * cols + j]);
            const { e, fd } = bestErr(col, fdAll[j]);
            if (!(e <= tol)) { const i = col.findIndex((v, k) => !(err(v, fd[k]) <= tol)); wrong(`point ${point}: f_jacobian(${mode}) d out${i}/d ${names[comps[j].p]}[${comps[j].e}]: ${col[i]}, differences ${fd[i]}`); break; }
          }
        }
      }
      if (isVoid) {
        // f_vjp: adj of outputs u, inputs zero -> J^T u into inputs, outputs' adj cleared
        const u = Array.from({ length: rows }, (_, i) => Math.sin(i + 1));
        const adj: any = {};
        for (const nm of colKeys) { const v = args[names.indexOf(nm)]; adj[nm] = typeof v === 'number' ? 0 : new Float64Array((v as any).length); }
        let off = 0;
        for (const i of outIdx) { const nm = names[i]; const len = (args[i] as Float64Array).length; adj[nm] = Float64Array.from(u.slice(off, off + len)); off += len; }
        const vArgs = cloneAll(args);
        V(...vArgs, adj);
        // expected J^T u from best differences: use exact jacobian if there, else fd
        const Jm = JAC ? JAC(...cloneAll(args), 'auto').jacobian : fdJ;
        comps.forEach((c, j) => {
          if (outIdx.includes(c.p)) return; // outputs' adjoints are cleared (only written)
          let e = 0;
          for (let i = 0; i < rows; i++) e += Jm[i * cols + j] * u[i];
          const got = gradOf(adj, c);
          if (err(got, e) > 1e-9) wrong(`void f_vjp adj.${names[c.p]}[${c.e}] ${got} != (J^T u) ${e}`);
        });
        for (const i of outIdx) if (!(adj[names[i]] as Float64Array).every((x) => x === 0)) wrong(`void f_vjp left adj.${names[i]} non-zero`);
        const written = vArgs.map((v, i) => i);
        void written;
        if (J) {
          const t: any = {};
          const dv: number[] = [];
          for (const c of comps) {
            if (outIdx.includes(c.p)) { dv.push(0); continue; }
            dv.push(Math.cos(dv.length + 0.5));
          }
          comps.forEach((c, j) => {
            const nm = names[c.p];
            if (c.e < 0) t[nm] = dv[j];
            else { t[nm] ??= new Float64Array((args[c.p] as any).length); t[nm][c.e] = dv[j]; }
          });
          J(...cloneAll(args), t);
          let off2 = 0;
          for (const i of outIdx) {
            const len = (args[i] as Float64Array).length;
            for (let k = 0; k < len; k++) {
              let e = 0;
              for (let j = 0; j < cols; j++) e += Jm[(off2 + k) * cols + j] * dv[j];
              if (err(t[names[i]][k], e) > 1e-9) { wrong(`void f_jvp tangent ${names[i]}[${k}] ${t[names[i]][k]} != J v ${e}`); break; }
            }
            off2 += len;
          }
        }
        if (!timingArgs) timingArgs = args;
      }
    }
  }
  if (contract && res.status === 'ok') res.status = 'contract';
  if (!noTime && timingArgs && !isVoid) {
    const mk = () => { const g = G!(...cloneAll(timingArgs!)).grad; const a: any = {}; for (const k in g) a[k] = typeof g[k] === 'number' ? 0 : new Float64Array(g[k].length); return a; };
    const opt = optionalIdx(timingArgs);
    void opt;
    let t = timeIt(f, G!, V, timingArgs, mk());
    if (Math.max(t.rg, t.rv) > 3) { const t2 = timeIt(f, G!, V, timingArgs, mk()); if (Math.max(t2.rg, t2.rv) < Math.max(t.rg, t.rv)) t = t2; }
    res.ratioGrad = t.rg; res.ratioVjp = t.rv; res.tF = t.tF;
    if (res.status === 'ok' && Math.max(t.rg, t.rv) > 3) res.status = 'slow';
  }
  return res;
}

for (const s of specs) {
  if (only && s.name !== only) continue;
  let res: any;
  try { res = await checkOne(s); } catch (e: any) { res = { file: s.file, name: s.name, status: 'crash', notes: [String(e?.stack ?? e).split('\n').slice(0, 3).join(' | ')] }; }
  console.log(JSON.stringify(res));
}
