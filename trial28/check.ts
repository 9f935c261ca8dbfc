// My own checker: central differences with Richardson extrapolation against every generated form,
// then timing. Run by run.mjs as: node --import tsgrad/register trial28/check.ts [--no-time] [--only name]
// Prints one JSON object per function on stdout.

import { specs, mulberry32, type Spec, type Val } from './specs.ts';

type Mod = Record<string, any>;
type Comp = { p: number; e: number }; // parameter index, element (-1 for a number)

const argv = process.argv.slice(2);
const noTime = argv.includes('--no-time');
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
const POINTS = 3;

const here = new URL('.', import.meta.url);
const mods = new Map<string, { src: Mod; gen: Mod | null }>();
async function load(file: string) {
  let m = mods.get(file);
  if (!m) {
    const src = await import(new URL(`./src/${file}.ts`, here).href);
    let gen: Mod | null = null;
    try {
      gen = await import(new URL(`./src/${file}.grad.ts`, here).href);
    } catch {
      gen = null;
    }
    m = { src, gen };
    mods.set(file, m);
  }
  return m;
}

function paramNames(f: Function): string[] {
  const s = f.toString();
  const open = s.indexOf('(');
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = open + 1; i < s.length; i++) {
    const c = s[i];
    if ('([{'.includes(c)) depth++;
    if (')]}'.includes(c)) {
      if (depth === 0) break;
      depth--;
    }
    if (c === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur.trim()) out.push(cur);
  return out.map((p) => p.split('=')[0].trim());
}

const isFloatArray = (v: Val) => v instanceof Float64Array || v instanceof Float32Array || Array.isArray(v);
const clone = (v: Val): Val => (typeof v === 'number' ? v : Array.isArray(v) ? v.slice() : (v as Float64Array).slice());
const cloneArgs = (a: Val[]) => a.map(clone);
const get = (a: Val[], c: Comp) => (c.e < 0 ? (a[c.p] as number) : (a[c.p] as number[])[c.e]);
function set(a: Val[], c: Comp, x: number) {
  if (c.e < 0) a[c.p] = x;
  else (a[c.p] as number[])[c.e] = x;
}
const err = (a: number, b: number) =>
  Object.is(a, b) ? 0 : Number.isNaN(a) || Number.isNaN(b) ? Infinity : Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b));
const sameArgs = (a: Val[], b: Val[]) =>
  a.every((v, i) => (typeof v === 'number' ? Object.is(v, b[i]) : Array.from(v as ArrayLike<number>).every((x, j) => Object.is(x, (b[i] as number[])[j]))));
const fmt = (x: number) => (Number.isFinite(x) ? x.toPrecision(10) : String(x));

function comps(args: Val[], names: string[], keys: string[]): Comp[] {
  const out: Comp[] = [];
  names.forEach((n, p) => {
    if (!keys.includes(n)) return;
    const v = args[p];
    if (v === undefined) return; // an optional parameter left out
    if (typeof v === 'number') out.push({ p, e: -1 });
    else for (let e = 0; e < (v as ArrayLike<number>).length; e++) out.push({ p, e });
  });
  return out;
}

/** Richardson-extrapolated central difference of a vector function along a direction (on the listed components). */
function fd(fn: (a: Val[]) => number[], args: Val[], dir: Map<Comp, number>, h: number): number[] {
  const at = (t: number) => {
    const a = cloneArgs(args);
    for (const [c, d] of dir) set(a, c, get(a, c) + t * d);
    return fn(a);
  };
  const D = (s: number) => {
    const p = at(s), m = at(-s);
    return p.map((v, i) => (v - m[i]) / (2 * s));
  };
  const d1 = D(h), d2 = D(h / 2);
  return d1.map((v, i) => (4 * d2[i] - v) / 3);
}

/** Compare `got` (one column of numbers) against fd at h, h/10, h/100, h/1000; the best error. */
function against(fn: (a: Val[]) => number[], args: Val[], dir: Map<Comp, number>, got: number[], tol: number) {
  let scale = 1;
  for (const [c] of dir) scale = Math.max(scale, Math.abs(get(args, c)));
  let best = Infinity;
  let bestFd: number[] = [];
  // steps are powers of two (so that a step of a Float32Array element is exact): about 1e-3, then /8, /64, /512
  const h0 = 2 ** Math.round(Math.log2(1e-3 * scale));
  for (const k of [1, 1 / 8, 1 / 64, 1 / 512]) {
    const d = fd(fn, args, dir, h0 * k);
    const e = Math.max(...d.map((v, i) => err(v, got[i])));
    if (e < best || bestFd.length === 0) {
      best = e;
      bestFd = d;
    }
    if (best <= tol) break;
  }
  return { e: best, fd: bestFd };
}

interface Result {
  file: string;
  name: string;
  status: 'ok' | 'WRONG' | 'refused' | 'slow' | 'crash';
  notes: string[];
  forms: string[];
  maxErr: number;
  ratioGrad?: number;
  ratioVjp?: number;
  tF?: number;
}

let sink = 0;
function median(xs: number[]) {
  const s = xs.slice().sort((a, b) => a - b);
  return s[s.length >> 1];
}
/** A caller of fn with its own call site (so each function's timing loop is monomorphic). */
function caller(fn: Function, args: Val[], extra: any[] = [], pre?: Function): () => number {
  // the arguments are read from an array each call, so that nothing is constant-folded into the loop
  const all = [...args, ...extra];
  const names = all.map((_, i) => `A[${i}]`);
  const body = `return function loop(k) { let s = 0; for (let i = 0; i < k; i++) { ${pre ? 'pre();' : ''} const r = fn(${names.join(', ')}); s += typeof r === 'number' ? r : r === undefined ? 0 : r.value; } return s; }`;
  return new Function('fn', 'pre', 'A', body)(fn, pre, all);
}
/** Times the loops (each calls its function k times): warm-up, calibration to ~3 ms, then 11 rounds;
 * returns the median time of the first and the median over rounds of each other's ratio to it. */
function timeRatios(loops: ((k: number) => number)[]): { t0: number; ratios: number[] } {
  const reps = loops.map((loop) => {
    const t0 = performance.now();
    let k = 1;
    while (performance.now() - t0 < 30) {
      sink += loop(k);
      k *= 2;
    }
    k = 1;
    for (;;) {
      const s = performance.now();
      sink += loop(k);
      if (performance.now() - s > 3) return k;
      k *= 2;
    }
  });
  const per: number[][] = loops.map(() => []);
  for (let round = 0; round < 11; round++) {
    loops.forEach((loop, j) => {
      const s = performance.now();
      sink += loop(reps[j]);
      per[j].push(((performance.now() - s) * 1e6) / reps[j]);
    });
  }
  return { t0: median(per[0]), ratios: per.slice(1).map((ts) => median(ts.map((t, r) => t / per[0][r]))) };
}

async function checkOne(spec: Spec): Promise<Result> {
  const res: Result = { file: spec.file, name: spec.name, status: 'ok', notes: [], forms: [], maxErr: 0 };
  const wrong = (msg: string) => {
    res.status = 'WRONG';
    if (res.notes.filter((n) => n.startsWith('WRONG')).length < 3) res.notes.push('WRONG ' + msg);
  };
  const { src, gen } = await load(spec.file);
  const f = src[spec.name] as Function;
  const name = spec.name;
  const writes = !!spec.outs;
  const isVoid = writes && !gen?.[`${spec.name}_grad`];
  if (!gen || !(gen[`${name}_vjp`])) {
    res.status = 'refused';
    return res;
  }
  for (const form of ['grad', 'vjp', 'jvp', 'hvp', 'hessian', 'jacobian']) if (gen[`${name}_${form}`]) res.forms.push(form);
  const names = paramNames(f);
  const tol = spec.tol ?? 1e-6;
  const rng = mulberry32(28 + name.length * 7919);
  const fixed = spec.fixed ?? [];
  const outIdx = (spec.outs ?? []).map((o) => names.indexOf(o));
  for (let point = 0; point < POINTS; point++) {
    const args = spec.args(rng, point);
    const at = `${name}(${names.map((n, i) => `${n}=${args[i] === undefined ? 'undefined' : typeof args[i] === 'number' ? fmt(args[i] as number) : '[' + Array.from(args[i] as ArrayLike<number>, fmt).join(',') + ']'}`).join(', ')})`;
    if (!isVoid) {
      // value and gradient
      const value = f(...cloneArgs(args));
      const a1 = cloneArgs(args);
      const g = gen[`${name}_grad`](...a1);
      if (!sameArgs(a1, args)) wrong(`f_grad changed its arguments at ${at}`);
      if (!Object.is(g.value, value)) wrong(`f_grad value ${g.value} != f ${value} at ${at}`);
      const keys = Object.keys(g.grad);
      const cs = comps(args, names, keys);
      const gvec = cs.map((c) => (c.e < 0 ? g.grad[names[c.p]] : g.grad[names[c.p]][c.e]));
      const fval = (a: Val[]) => [f(...a)];
      for (let k = 0; k < cs.length; k++) {
        const c = cs[k];
        const pname = names[c.p];
        if (fixed.includes(pname)) {
          if (gvec[k] !== 0) wrong(`d/d${pname} (an integer) is ${gvec[k]}, expected 0`);
          continue;
        }
        const r = against(fval, args, new Map([[c, 1]]), [gvec[k]], tol);
        res.maxErr = Math.max(res.maxErr, r.e);
        if (r.e > tol) wrong(`d/d${pname}${c.e >= 0 ? `[${c.e}]` : ''} at ${at}: grad ${gvec[k]}, differences ${r.fd[0]}`);
      }
      // vjp accumulates seed * grad into a prefilled adj
      const adj: Record<string, any> = {};
      for (const key of keys) {
        const v = args[names.indexOf(key)];
        adj[key] = v === undefined || typeof v === 'number' ? 0.5 : new Float64Array((v as ArrayLike<number>).length).fill(0.5);
      }
      const a2 = cloneArgs(args);
      const pad = (a: Val[]) => [...a, ...Array(Math.max(0, names.length - a.length)).fill(undefined)];
      const full = [...a2, ...Array(Math.max(0, names.length - a2.length)).fill(undefined)];
      const vv = gen[`${name}_vjp`](...full, adj, 3);
      if (!Object.is(vv, value)) wrong(`f_vjp value ${vv} != ${value}`);
      if (!sameArgs(a2, args)) wrong(`f_vjp changed its arguments at ${at}`);
      cs.forEach((c, k) => {
        const got = c.e < 0 ? adj[names[c.p]] : adj[names[c.p]][c.e];
        if (err(got - 0.5, 3 * gvec[k]) > 1e-10) wrong(`f_vjp adds ${got - 0.5}, 3*grad = ${3 * gvec[k]} (${names[c.p]}) at ${at}`);
      });
      names.forEach((n, p) => {
        if (args[p] === undefined && keys.includes(n)) {
          if (g.grad[n] !== 0) wrong(`grad.${n} of a left-out optional parameter is ${g.grad[n]}, expected 0`);
          if (adj[n] !== 0.5) wrong(`f_vjp added ${adj[n] - 0.5} to adj.${n} of a left-out optional parameter`);
        }
      });
      // a random direction over the moved components
      const dirs = cs.filter((c) => !fixed.includes(names[c.p]));
      // a Float32Array element moves by +-0.5 times a power of two: exactly representable steps
      const v = new Map<Comp, number>(dirs.map((c) => [c, args[c.p] instanceof Float32Array ? (rng() < 0.5 ? -0.5 : 0.5) : rng() * 2 - 1]));
      const tangent: Record<string, any> = {};
      for (const [c, d] of v) {
        const key = names[c.p];
        if (c.e < 0) tangent[key] = d;
        else (tangent[key] ??= new Float64Array((args[c.p] as ArrayLike<number>).length))[c.e] = d;
      }
      const gdotv = cs.reduce((s, c, k) => s + (v.get(c) ?? 0) * gvec[k], 0);
      // (f_jvp writes the tangents of the arrays f writes into the tangent object's arrays, as the
      // README says: each call gets its own copy of the direction)
      const copyOf = (t: Record<string, any>) => Object.fromEntries(Object.entries(t).map(([k, x]) => [k, typeof x === 'number' ? x : Float64Array.from(x)]));
      if (gen[`${name}_jvp`]) {
        const j = gen[`${name}_jvp`](...pad(cloneArgs(args)), copyOf(tangent));
        if (!Object.is(j.value, value)) wrong(`f_jvp value ${j.value} != ${value}`);
        if (err(j.tangent, gdotv) > 1e-9) wrong(`f_jvp tangent ${j.tangent} vs grad.v ${gdotv} at ${at}`);
      } else res.notes.push('no f_jvp');
      if (gen[`${name}_hvp`]) {
        const hv = gen[`${name}_hvp`](...pad(cloneArgs(args)), copyOf(tangent));
        if (!Object.is(hv.value, value)) wrong(`f_hvp value ${hv.value} != ${value}`);
        const hvec = cs.map((c) => (c.e < 0 ? hv.hvp[names[c.p]] : hv.hvp[names[c.p]][c.e]));
        cs.forEach((c, k) => {
          const gg = c.e < 0 ? hv.grad[names[c.p]] : hv.grad[names[c.p]][c.e];
          if (err(gg, gvec[k]) > 1e-12) wrong(`f_hvp grad ${gg} != f_grad ${gvec[k]}`);
        });
        const gradAt = (a: Val[]) => {
          const gg = gen[`${name}_grad`](...a).grad;
          return cs.map((c) => (c.e < 0 ? gg[names[c.p]] : gg[names[c.p]][c.e]));
        };
        const r = against(gradAt, args, v, hvec, spec.tol ? spec.tol * 10 : 1e-5);
        if (r.e > (spec.tol ? spec.tol * 10 : 1e-5)) {
          const k = hvec.findIndex((h, i) => err(h, r.fd[i]) === r.e);
          wrong(`f_hvp component ${k} at ${at}: ${hvec[k]}, differences of f_grad ${r.fd[k]}`);
        }
        if (gen[`${name}_hessian`] && cs.length <= 40) {
          const H = gen[`${name}_hessian`](...cloneArgs(args)).hessian as Float64Array;
          // its inputs: every key of grad in parameter order, a left-out optional number included (a zero row)
          const idx: number[] = [];
          let n = 0;
          names.forEach((nm, p) => {
            if (!keys.includes(nm)) return;
            const a = args[p];
            if (a === undefined || typeof a === 'number') {
              if (a !== undefined) idx.push(n);
              n += 1;
            } else {
              for (let e = 0; e < (a as ArrayLike<number>).length; e++) idx.push(n + e);
              n += (a as ArrayLike<number>).length;
            }
          });
          if (H.length !== n * n) wrong(`f_hessian has ${H.length} entries, expected ${n}^2`);
          else {
            for (let i = 0; i < cs.length; i++) {
              let s = 0;
              for (let k = 0; k < cs.length; k++) s += H[idx[i] * n + idx[k]] * (v.get(cs[k]) ?? 0);
              let t = 0;
              for (let k = 0; k < cs.length; k++) t += H[idx[k] * n + idx[i]] * (v.get(cs[k]) ?? 0);
              if (err(s, hvec[i]) > 1e-8 && err(t, hvec[i]) > 1e-8) {
                wrong(`f_hessian row ${i} . v = ${s}, f_hvp ${hvec[i]}`);
                break;
              }
            }
          }
        }
      } else res.notes.push('no f_hvp');
    }
    if (writes) {
      // a function writing spec.outs: f_jacobian against differences of its outputs (the value first, if any)
      const outsOf = (a: Val[]) => {
        const value = f(...a);
        const outs = outIdx.flatMap((i) => Array.from(a[i] as ArrayLike<number>));
        return isVoid ? outs : [value, ...outs];
      };
      const ref = cloneArgs(args);
      const y = outsOf(ref);
      const keys = names.filter((n, i) => isFloatArray(args[i]) || typeof args[i] === 'number');
      const cs = comps(args, names, keys.filter((k) => !fixed.includes(k)));
      const J = gen[`${name}_jacobian`](...cloneArgs(args));
      if (J.rows !== y.length || J.columns !== cs.length) {
        wrong(`f_jacobian is ${J.rows}x${J.columns}, expected ${y.length}x${cs.length}`);
        continue;
      }
      const Jr = gen[`${name}_jacobian`](...cloneArgs(args), 'reverse');
      const Jf = gen[`${name}_jacobian`](...cloneArgs(args), 'forward');
      for (let i = 0; i < J.jacobian.length; i++) {
        if (err(Jr.jacobian[i], Jf.jacobian[i]) > 1e-12) {
          wrong(`f_jacobian forward ${Jf.jacobian[i]} vs reverse ${Jr.jacobian[i]} at entry ${i}`);
          break;
        }
      }
      cs.forEach((c, k) => {
        const col = y.map((_, r) => J.jacobian[r * J.columns + k]);
        const r = against(outsOf, args, new Map([[c, 1]]), col, tol);
        res.maxErr = Math.max(res.maxErr, r.e);
        if (r.e > tol) wrong(`column ${names[c.p]}[${c.e}] of f_jacobian at ${at}: ${col.join(',')} vs differences ${r.fd.join(',')}`);
      });
      // f_jvp: the outputs' tangents along v
      const v = cs.map(() => rng() * 2 - 1);
      const tangent: Record<string, any> = {};
      cs.forEach((c, k) => {
        const key = names[c.p];
        if (c.e < 0) tangent[key] = v[k];
        else (tangent[key] ??= new Float64Array((args[c.p] as ArrayLike<number>).length))[c.e] = v[k];
      });
      for (const i of outIdx) tangent[names[i]] ??= new Float64Array((args[i] as ArrayLike<number>).length);
      const a3 = cloneArgs(args);
      const jr = gen[`${name}_jvp`](...a3, tangent);
      const tOut = [...(isVoid ? [] : [jr.tangent]), ...outIdx.flatMap((i) => Array.from(tangent[names[i]] as Float64Array))];
      const Jv = y.map((_, r) => v.reduce((s, vk, k) => s + J.jacobian[r * J.columns + k] * vk, 0));
      tOut.forEach((t, r) => {
        if (err(t, Jv[r]) > 1e-9) wrong(`f_jvp output tangent ${r}: ${t}, J v ${Jv[r]}`);
      });
      if (!outIdx.every((i) => Array.from(a3[i] as ArrayLike<number>).every((x, j) => Object.is(x, (ref[i] as number[])[j]))))
        wrong('f_jvp does not write what f writes');
      if (!isVoid) continue; // the f_vjp of a function returning a number was checked above
      // f_vjp: adj of the outputs in, J^T u out
      const u = y.map(() => rng() * 2 - 1);
      const adj: Record<string, any> = {};
      for (const key of keys) {
        const vv = args[names.indexOf(key)];
        adj[key] = typeof vv === 'number' ? 0 : new Float64Array((vv as ArrayLike<number>).length);
      }
      let off = 0;
      for (const i of outIdx) {
        const arr = adj[names[i]] as Float64Array;
        for (let j = 0; j < arr.length; j++) arr[j] = u[off++];
      }
      gen[`${name}_vjp`](...cloneArgs(args), adj);
      cs.forEach((c, k) => {
        const jtu = u.reduce((s, uk, r) => s + J.jacobian[r * J.columns + k] * uk, 0);
        const got = c.e < 0 ? adj[names[c.p]] : adj[names[c.p]][c.e];
        if (err(got, jtu) > 1e-9) wrong(`f_vjp ${names[c.p]}[${c.e}] = ${got}, J^T u = ${jtu}`);
      });
    }
  }
  // timing, at one point
  // a second measurement where the first is over 3x (the machine is shared): each ratio's lower one is kept
  for (let attempt = 0; attempt < 2 && !noTime; attempt++) {
    const keep = { g: res.ratioGrad ?? Infinity, v: res.ratioVjp ?? Infinity };
    const args = spec.args(mulberry32(99), 0);
    if (!isVoid) {
      const g = gen[`${name}_grad`](...cloneArgs(args));
      const keys = Object.keys(g.grad);
      const adj: Record<string, any> = {};
      for (const key of keys) {
        const v = args[names.indexOf(key)];
        adj[key] = typeof v === 'number' ? 0 : new Float64Array((v as ArrayLike<number>).length);
      }
      const zero = new Function('adj', keys.map((k) => (typeof adj[k] === 'number' ? `adj.${k} = 0;` : `adj.${k}.fill(0);`)).join('\n')).bind(null, adj);
      const { t0, ratios } = timeRatios([caller(f, args), caller(gen[`${name}_grad`], args), caller(gen[`${name}_vjp`], args, [adj], zero)]);
      res.tF = t0;
      res.ratioGrad = ratios[0];
      res.ratioVjp = ratios[1];
    } else {
      const adj: Record<string, any> = {};
      for (let i = 0; i < names.length; i++) {
        const v = args[i];
        if (fixed.includes(names[i])) continue;
        adj[names[i]] = typeof v === 'number' ? 0 : new Float64Array((v as ArrayLike<number>).length);
      }
      const keys = Object.keys(adj);
      const fill = new Function('adj', keys.map((k) => (typeof adj[k] === 'number' ? `adj.${k} = 0;` : `adj.${k}.fill(1);`)).join('\n')).bind(null, adj);
      const { t0, ratios } = timeRatios([caller(f, args), caller(gen[`${name}_vjp`], args, [adj], fill)]);
      res.tF = t0;
      res.ratioVjp = ratios[0];
    }
    if (res.ratioGrad !== undefined) res.ratioGrad = Math.min(res.ratioGrad, keep.g);
    res.ratioVjp = Math.min(res.ratioVjp!, keep.v);
    const best = Math.min(res.ratioGrad ?? Infinity, res.ratioVjp ?? Infinity);
    if (best <= 3) break;
    if (attempt === 1 && res.status === 'ok') res.status = 'slow';
  }
  return res;
}

for (const spec of specs) {
  if (only && spec.name !== only) continue;
  let r: Result;
  try {
    r = await checkOne(spec);
  } catch (e) {
    r = { file: spec.file, name: spec.name, status: 'crash', notes: [String((e as Error)?.stack ?? e).split('\n').slice(0, 3).join(' | ')], forms: [], maxErr: NaN };
  }
  console.log(JSON.stringify(r));
}

// --wrt: the restricted gradients have only the keys asked for, with the same values
try {
  const wrt = await import(new URL('./wrt/stats.grad.ts', here).href);
  const full = (await load('stats')).gen!;
  const spec = specs.find((s) => s.name === 'logisticL2')!;
  const args = spec.args(mulberry32(5), 0);
  const a = wrt.logisticL2_grad(...cloneArgs(args));
  const b = full.logisticL2_grad(...cloneArgs(args));
  const notes: string[] = [];
  if (Object.keys(a.grad).join() !== 'w,b') notes.push(`WRONG keys ${Object.keys(a.grad)}`);
  if (a.grad.b !== b.grad.b || a.grad.w.some((x: number, i: number) => x !== b.grad.w[i])) notes.push('WRONG values differ from the full gradient');
  const k = wrt.kdeLogLik_grad(...specs.find((s) => s.name === 'kdeLogLik')!.args(mulberry32(5), 0));
  if (Object.keys(k.grad).join() !== 'bw') notes.push(`WRONG kdeLogLik keys ${Object.keys(k.grad)}`);
  console.log(JSON.stringify({ extra: '--wrt logisticL2:w,b, kdeLogLik:bw', status: notes.length ? 'WRONG' : 'ok', notes }));
} catch (e) {
  console.log(JSON.stringify({ extra: '--wrt', status: 'crash', notes: [String(e)] }));
}

// the build-time grad(f) and friends, through tsgrad/register
try {
  const bt = await import(new URL('./buildtime.ts', here).href);
  const notes: string[] = bt.compare(cloneArgs);
  console.log(JSON.stringify({ extra: 'build-time grad/jvp/hvp/jacobian (tsgrad/register)', status: notes.length ? 'WRONG' : 'ok', notes }));
} catch (e) {
  console.log(JSON.stringify({ extra: 'build-time grad', status: 'crash', notes: [String(e)] }));
}
if (sink === 12345.678) console.log('');
