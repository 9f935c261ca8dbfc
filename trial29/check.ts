// My checker: run by run.mjs as `node --import tsgrad/register trial29/check.ts [--no-time] [--only name]`.
// For each function of specs.ts, at 4 points: value of f_grad == f (bit-equal); each gradient component
// against central differences with Richardson extrapolation (steps 2^-10·max(1,|x|), then /8, /64, /512,
// the best kept); f_vjp (seed 3 into an adj prefilled with 0.25); f_jvp against grad·v; f_hvp against
// Richardson differences of f_grad along v, its grad bit-equal to f_grad's; f_hessian·v against f_hvp;
// f_jacobian (auto/forward/reverse) against differences of the outputs; f_jvp's output tangents against J·v;
// a void f_vjp against Jᵀu; arguments not mutated. Then timing. One JSON line per function.
import { specs, rng, type Spec, type Val } from './specs.ts';

type Mod = Record<string, any>;
const argv = process.argv.slice(2);
const noTime = argv.includes('--no-time');
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
const POINTS = 4;

const mods = new Map<string, { src: Mod; gen: Mod | null }>();
async function load(file: string) {
  if (!mods.has(file)) {
    const src = await import(new URL(`./src/${file}.ts`, import.meta.url).href);
    let gen: Mod | null = null;
    try {
      gen = await import(new URL(`./src/${file}.grad.ts`, import.meta.url).href);
    } catch {}
    mods.set(file, { src, gen });
  }
  return mods.get(file)!;
}

function paramNames(f: Function): string[] {
  const s = f.toString();
  let depth = 0, cur = '';
  const out: string[] = [];
  for (let i = s.indexOf('(') + 1; i < s.length; i++) {
    const c = s[i];
    if ('([{'.includes(c)) depth++;
    if (')]}'.includes(c)) {
      if (depth === 0) break;
      depth--;
    }
    if (c === ',' && depth === 0) (out.push(cur), (cur = ''));
    else cur += c;
  }
  if (cur.trim()) out.push(cur);
  return out.map((p) => p.split('=')[0].trim());
}

const isF = (v: unknown): v is number[] | Float64Array => v instanceof Float64Array || Array.isArray(v);
const clone = (v: Val): Val => (typeof v === 'number' || typeof v === 'string' ? v : (v as any).slice());
const cloneAll = (a: Val[]) => a.map(clone);
const same = (a: Val, b: Val) =>
  typeof a !== 'object' ? Object.is(a, b) : Array.from(a as ArrayLike<number>).every((x, j) => Object.is(x, (b as any)[j])) && (a as any).length === (b as any).length;
const err = (a: number, b: number) =>
  Object.is(a, b) ? 0 : Number.isNaN(a) || Number.isNaN(b) ? Infinity : Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b));
const fmt = (x: number) => (Number.isFinite(x) ? +x.toPrecision(8) + '' : String(x));
const show = (v: Val) => (typeof v === 'object' ? `[${Array.from(v as ArrayLike<number>, fmt).join(',')}]` : typeof v === 'number' ? fmt(v) : JSON.stringify(v));

type Comp = { key: string; p: number; e: number };
function compsOf(args: Val[], names: string[], keys: string[]): Comp[] {
  const out: Comp[] = [];
  for (const key of keys) {
    const p = names.indexOf(key);
    const v = args[p];
    if (typeof v === 'number') out.push({ key, p, e: -1 });
    else if (isF(v)) for (let e = 0; e < v.length; e++) out.push({ key, p, e });
  }
  return out;
}
const getC = (a: Val[], c: Comp) => (c.e < 0 ? (a[c.p] as number) : (a[c.p] as number[])[c.e]);
const setC = (a: Val[], c: Comp, x: number) => (c.e < 0 ? (a[c.p] = x) : ((a[c.p] as number[])[c.e] = x));
const fromObj = (o: any, c: Comp) => (c.e < 0 ? o[c.key] : o[c.key][c.e]);

/** Richardson central differences of a vector function along dir (over comps), best of 4 steps against `got`. */
function fdCheck(fn: (a: Val[]) => number[], args: Val[], comps: Comp[], dir: number[], got: number[], tol: number) {
  let scale = 1;
  comps.forEach((c, i) => dir[i] && (scale = Math.max(scale, Math.abs(getC(args, c)))));
  const h0 = 2 ** Math.round(Math.log2(1e-3 * scale));
  const at = (t: number) => {
    const a = cloneAll(args);
    comps.forEach((c, i) => dir[i] && setC(a, c, getC(a, c) + t * dir[i]));
    return fn(a);
  };
  const D = (h: number) => {
    const p = at(h), m = at(-h);
    return p.map((v, i) => (v - m[i]) / (2 * h));
  };
  let best = { e: Infinity, fd: [] as number[], k: 0 };
  for (const k of [1, 8, 64, 512]) {
    const h = h0 / k;
    const d1 = D(h), d2 = D(h / 2);
    const fd = d1.map((v, i) => (4 * d2[i] - v) / 3);
    const e = Math.max(0, ...fd.map((v, i) => err(v, got[i])));
    if (e < best.e || best.fd.length === 0) best = { e, fd, k };
    if (best.e <= tol) break;
  }
  return best;
}

let sink = 0;
const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
let loopId = 0;
function loopOf(fn: Function, all: any[], pre?: () => void): (k: number) => number {
  // a unique comment: V8 caches `new Function` by source text, and loops of one text would share (megamorphic) call sites
  const body = `// loop ${loopId++}\nreturn function loop(k) { let s = 0; for (let i = 0; i < k; i++) { ${pre ? 'pre();' : ''} const r = fn(${all.map((_, i) => `A[${i}]`).join(', ')}); s += typeof r === 'number' ? r : r === undefined ? 0 : typeof r.value === 'number' ? r.value : 1; } return s; }`;
  return new Function('fn', 'pre', 'A', body)(fn, pre, all);
}
function timeRatios(loops: ((k: number) => number)[]) {
  const reps = loops.map((loop) => {
    let k = 1;
    const t0 = performance.now();
    while (performance.now() - t0 < 25) (sink += loop(k)), (k *= 2);
    for (k = 1; ; k *= 2) {
      const s = performance.now();
      sink += loop(k);
      if (performance.now() - s > 2) return k;
    }
  });
  const per: number[][] = loops.map(() => []);
  for (let round = 0; round < 11; round++)
    loops.forEach((loop, j) => {
      const s = performance.now();
      sink += loop(reps[j]);
      per[j].push(((performance.now() - s) * 1e6) / reps[j]);
    });
  return { tF: median(per[0]), ratios: per.slice(1).map((ts) => median(ts.map((t, r) => t / per[0][r]))) };
}

interface Result { file: string; name: string; status: string; notes: string[]; forms: string[]; maxErr: number; ratioGrad?: number; ratioVjp?: number; ratioJvp?: number; tF?: number }

async function checkOne(spec: Spec): Promise<Result> {
  const res: Result = { file: spec.file, name: spec.name, status: 'ok', notes: [], forms: [], maxErr: 0 };
  const nWrong = () => res.notes.filter((n) => n.startsWith('WRONG')).length;
  const wrong = (msg: string) => {
    res.status = 'WRONG';
    if (nWrong() < 4) res.notes.push('WRONG ' + msg);
  };
  const { src, gen } = await load(spec.file);
  const name = spec.name;
  const f = src[name] as Function;
  const G = (form: string) => gen?.[`${name}_${form}`] as Function | undefined;
  if (!G('vjp')) return { ...res, status: 'refused' };
  for (const form of ['grad', 'vjp', 'jvp', 'hvp', 'hessian', 'jacobian', 'vjpInOut']) if (G(form)) res.forms.push(form);
  const names = paramNames(f);
  const tol = spec.tol ?? 1e-6;
  const ints = spec.ints ?? [];
  const skip = [...ints, ...(spec.skip ?? [])];
  const outs = spec.outs ?? [];
  const outIdx = outs.map((o) => names.indexOf(o));
  const isVoid = !G('grad');
  const r = rng(2029 + name.length * 131 + name.charCodeAt(0));
  let lastArgs: Val[] = [];
  for (let point = 0; point < POINTS; point++) {
    const args = spec.args(r, point);
    lastArgs = args;
    const at = `(${names.map((n, i) => `${n}=${show(args[i])}`).join(', ')})`;
    // keys: from f_grad, or for a void function the number / float-array params (no enums among mine)
    let keys: string[];
    let value: number | undefined;
    let g: any;
    if (!isVoid) {
      value = f(...cloneAll(args));
      const a1 = cloneAll(args);
      g = G('grad')!(...a1);
      a1.forEach((v, i) => !same(v, args[i]) && wrong(`f_grad changed '${names[i]}' at ${at}`));
      if (!Object.is(g.value, value)) wrong(`f_grad value ${g.value} != f ${value} at ${at}`);
      keys = Object.keys(g.grad);
    } else keys = names.filter((n, i) => typeof args[i] === 'number' || isF(args[i]));
    const comps = compsOf(args, names, keys);
    const cmp = comps.map((c) => !skip.includes(c.key));
    const v = comps.map((c, i) => (cmp[i] ? r() * 2 - 1 : 0));
    const tangentObj = () => {
      const t: any = {};
      for (const key of keys) {
        const a = args[names.indexOf(key)];
        t[key] = typeof a === 'number' ? 0 : new Float64Array((a as any).length);
      }
      comps.forEach((c, i) => (c.e < 0 ? (t[c.key] = v[i]) : (t[c.key][c.e] = v[i])));
      return t;
    };
    if (!isVoid) {
      // gradient against differences, one component at a time
      const fv = (a: Val[]) => [f(...cloneAll(a)) as number];
      comps.forEach((c, i) => {
        if (!cmp[i]) return;
        const dir = comps.map((_, j) => (j === i ? 1 : 0));
        const gi = fromObj(g.grad, c);
        const b = fdCheck(fv, args, comps, dir, [gi], tol);
        res.maxErr = Math.max(res.maxErr, b.e);
        if (!(b.e <= tol)) wrong(`∂/∂${c.key}${c.e >= 0 ? `[${c.e}]` : ''}: grad ${gi}, differences ${b.fd[0]} (err ${b.e.toExponential(1)}) at ${at}`);
      });
      const dot = comps.reduce((s, c, i) => s + fromObj(g.grad, c) * v[i], 0);
      const dotScale = comps.reduce((s, c, i) => s + Math.abs(fromObj(g.grad, c) * v[i]), 0);
      // vjp: seed 3 into a prefilled adj
      const adj: any = {};
      for (const key of keys) adj[key] = typeof g.grad[key] === 'number' ? 0.25 : new Float64Array(g.grad[key].length).fill(0.25);
      const a2 = cloneAll(args);
      const vr = G('vjp')!(...a2, adj, 3);
      a2.forEach((x, i) => !same(x, args[i]) && wrong(`f_vjp changed '${names[i]}' at ${at}`));
      if (!Object.is(vr, value)) wrong(`f_vjp value ${vr} != f ${value}`);
      comps.forEach((c) => {
        const want = 0.25 + 3 * fromObj(g.grad, c);
        if (err(fromObj(adj, c), want) > 1e-9) wrong(`f_vjp adj.${c.key}${c.e >= 0 ? `[${c.e}]` : ''} ${fromObj(adj, c)}, want ${want} at ${at}`);
      });
      // vjp with seed 1 into a zeroed adj is f_grad (bit-equal)
      {
        const adj1: any = {};
        for (const key of keys) adj1[key] = typeof g.grad[key] === 'number' ? 0 : new Float64Array(g.grad[key].length);
        G('vjp')!(...cloneAll(args), adj1);
        const c = comps.find((c) => !Object.is(fromObj(adj1, c), fromObj(g.grad, c)));
        if (c) wrong(`f_vjp (seed 1, zeroed adj) ${c.key}${c.e >= 0 ? `[${c.e}]` : ''} ${fromObj(adj1, c)} differs from f_grad's ${fromObj(g.grad, c)}`);
      }
      // jvp
      if (G('jvp')) {
        const a3 = cloneAll(args);
        const t = tangentObj();
        const jr = G('jvp')!(...a3, t);
        a3.forEach((x, i) => !outIdx.includes(i) && !same(x, args[i]) && wrong(`f_jvp changed '${names[i]}' at ${at}`));
        if (!Object.is(jr.value, value)) wrong(`f_jvp value ${jr.value} != f ${value}`);
        if (Math.abs(jr.tangent - dot) > 1e-9 * Math.max(1, dotScale)) wrong(`f_jvp tangent ${jr.tangent}, grad·v ${dot} at ${at}`);
      }
      // hvp against differences of f_grad along v
      if (G('hvp')) {
        const a4 = cloneAll(args);
        const hr = G('hvp')!(...a4, tangentObj());
        a4.forEach((x, i) => !same(x, args[i]) && wrong(`f_hvp changed '${names[i]}' at ${at}`));
        if (!Object.is(hr.value, value)) wrong(`f_hvp value ${hr.value} != f ${value}`);
        {
          const c = comps.find((c) => !Object.is(fromObj(hr.grad, c), fromObj(g.grad, c)));
          if (c) wrong(`f_hvp grad.${c.key}${c.e >= 0 ? `[${c.e}]` : ''} ${fromObj(hr.grad, c)} differs from f_grad's ${fromObj(g.grad, c)} at ${at}`);
        }
        const hv = comps.map((c) => fromObj(hr.hvp, c));
        const gfn = (a: Val[]) => {
          const gg = G('grad')!(...cloneAll(a)).grad;
          return comps.map((c) => fromObj(gg, c));
        };
        const b = fdCheck(gfn, args, comps, v, hv, Math.max(tol, 1e-5));
        const bad = hv.map((x, i) => [x, b.fd[i], i] as const).filter(([x, y, i]) => cmp[i] && !(err(x, y) <= Math.max(tol, 1e-5)));
        if (bad.length) wrong(`f_hvp[${comps[bad[0][2]].key}${comps[bad[0][2]].e >= 0 ? `[${comps[bad[0][2]].e}]` : ''}] ${bad[0][0]}, differences of f_grad ${bad[0][1]} (${bad.length} comps) at ${at}`);
        if (G('hessian') && comps.length <= 60) {
          const H = G('hessian')!(...cloneAll(args)).hessian as Float64Array;
          const n = comps.length;
          if (H.length !== n * n) wrong(`f_hessian has ${H.length} entries, want ${n}²`);
          else {
            const Hv = comps.map((_, j) => v.reduce((s, vk, k) => s + H[j * n + k] * vk, 0));
            const i = Hv.findIndex((x, j) => err(x, hv[j]) > 1e-9);
            if (i >= 0) wrong(`f_hessian·v[${i}] ${Hv[i]}, f_hvp ${hv[i]} at ${at}`);
          }
        }
      }
    }
    // Jacobian of the outputs (value, then written arrays) for functions that write arrays
    if (outs.length) {
      const outputs = (a: Val[]) => {
        const c = cloneAll(a);
        const y = f(...c);
        const o: number[] = isVoid ? [] : [y];
        for (const p of outIdx) o.push(...Array.from(c[p] as ArrayLike<number>));
        return o;
      };
      const y0 = outputs(args);
      const J = G('jacobian');
      if (!J) wrong('no f_jacobian for a function that writes arrays');
      else {
        for (const mode of ['auto', 'forward', 'reverse']) {
          const aj = cloneAll(args);
          let jr: any;
          try {
            jr = J(...aj, mode);
          } catch (e) {
            wrong(`f_jacobian(${mode}) threw ${e}`);
            continue;
          }
          aj.forEach((x, i) => !same(x, args[i]) && wrong(`f_jacobian(${mode}) changed '${names[i]}' at ${at}`));
          if (jr.rows !== y0.length || jr.columns !== comps.length) {
            wrong(`f_jacobian(${mode}) is ${jr.rows}×${jr.columns}, want ${y0.length}×${comps.length}`);
            continue;
          }
          comps.forEach((c, i) => {
            if (!cmp[i] || mode !== 'auto') return;
            const col = y0.map((_, rr) => jr.jacobian[rr * comps.length + i]);
            const b = fdCheck(outputs, args, comps, comps.map((_, j) => (j === i ? 1 : 0)), col, tol);
            res.maxErr = Math.max(res.maxErr, b.e);
            if (!(b.e <= tol)) wrong(`jacobian column ${c.key}${c.e >= 0 ? `[${c.e}]` : ''} (${mode}) ${col.map(fmt)} vs differences ${b.fd.map(fmt)} at ${at}`);
          });
          if (mode !== 'auto') {
            const ja = J(...cloneAll(args), 'auto').jacobian;
            const k = jr.jacobian.findIndex((x: number, j: number) => err(x, ja[j]) > 1e-10);
            if (k >= 0) wrong(`f_jacobian(${mode})[${k}] ${jr.jacobian[k]} vs auto ${ja[k]}`);
          }
        }
        const Jm = J(...cloneAll(args), 'auto').jacobian as Float64Array;
        const ncol = comps.length;
        const rowOff = isVoid ? 0 : 1;
        // jvp: outputs' tangents = J·v (v on every column, the written arrays' incoming tangents included)
        if (G('jvp')) {
          const a3 = cloneAll(args);
          const t = tangentObj();
          const jr = G('jvp')!(...a3, t);
          const ref = cloneAll(args);
          f(...ref);
          outIdx.forEach((p) => !same(a3[p], ref[p]) && wrong(`f_jvp left '${names[p]}' unlike f at ${at}`));
          let row = rowOff;
          for (const p of outIdx) {
            const tv = t[names[p]];
            for (let e = 0; e < tv.length; e++, row++) {
              let want = 0;
              for (let c = 0; c < ncol; c++) want += Jm[row * ncol + c] * v[c];
              if (err(tv[e], want) > 1e-9) {
                wrong(`f_jvp tangent of ${names[p]}[${e}] ${tv[e]}, J·v ${want} at ${at}`);
                break;
              }
            }
          }
          if (!isVoid && err(jr.value, y0[0]) > 0) wrong('f_jvp value differs');
        }
        // a void function's vjp: adj.out = u in, adj of inputs += Jᵀu, adj.out = (Jᵀu) on its columns
        if (isVoid) {
          const adj: any = {};
          for (const key of keys) {
            const a = args[names.indexOf(key)];
            adj[key] = typeof a === 'number' ? 0.25 : new Float64Array((a as any).length).fill(0.25);
          }
          const u: number[] = [];
          for (const p of outIdx) {
            const arr = adj[names[p]] as Float64Array;
            for (let e = 0; e < arr.length; e++) (arr[e] = r() * 2 - 1), u.push(arr[e]);
          }
          const a2 = cloneAll(args);
          G('vjp')!(...a2, adj);
          comps.forEach((c, i) => {
            let jtu = 0;
            for (let rr = 0; rr < u.length; rr++) jtu += Jm[rr * ncol + i] * u[rr];
            const want = (outs.includes(c.key) ? 0 : 0.25) + jtu;
            if (err(fromObj(adj, c), want) > 1e-9) wrong(`void f_vjp adj.${c.key}${c.e >= 0 ? `[${c.e}]` : ''} ${fromObj(adj, c)}, want ${want} at ${at}`);
          });
        }
      }
    }
  }
  // timing
  if (!noTime && res.status === 'ok') {
    const args = lastArgs;
    const loops = [loopOf(f, cloneAll(args))];
    let adjKeys: any = {};
    if (!isVoid) {
      loops.push(loopOf(G('grad')!, cloneAll(args)));
      adjKeys = G('grad')!(...cloneAll(args)).grad;
    } else for (const n of names) { const a = args[names.indexOf(n)]; if (typeof a === 'number') adjKeys[n] = 0; else if (isF(a)) adjKeys[n] = new Float64Array(a.length); }
    const adj: any = {};
    for (const k of Object.keys(adjKeys)) adj[k] = typeof adjKeys[k] === 'number' ? 0 : new Float64Array(adjKeys[k].length);
    // zeroing adj between calls (as a training loop does), compiled for its keys
    const zero = new Function('adj', `// zero ${loopId++}\n` + Object.keys(adj).map((k) => (typeof adj[k] === 'number' ? `adj.${k} = 0;` : `adj.${k}.fill(0);`)).join('\n')).bind(null, adj) as () => void;
    loops.push(loopOf(G('vjp')!, [...cloneAll(args), adj], zero));
    const t: any = {};
    for (const k of Object.keys(adjKeys)) t[k] = typeof adjKeys[k] === 'number' ? 0.5 : new Float64Array(adjKeys[k].length).fill(0.5);
    if (G('jvp')) loops.push(loopOf(G('jvp')!, [...cloneAll(args), t]));
    let tr = timeRatios(loops);
    const best = (x: typeof tr) => Math.min(...(isVoid ? [x.ratios[0]] : x.ratios.slice(0, 2)));
    if (best(tr) > 3) {
      const again = timeRatios(loops);
      if (best(again) < best(tr)) tr = again;
    }
    res.tF = tr.tF;
    if (isVoid) {
      res.ratioVjp = tr.ratios[0];
      res.ratioJvp = tr.ratios[1];
    } else {
      [res.ratioGrad, res.ratioVjp, res.ratioJvp] = tr.ratios;
    }
    if (best(tr) > 3) {
      res.status = 'slow';
      res.notes.push(`best of f_grad/f_vjp ${best(tr).toFixed(2)}x f`);
    }
  }
  return res;
}

for (const spec of specs) {
  if (only && spec.name !== only) continue;
  let res: Result;
  try {
    res = await checkOne(spec);
  } catch (e: any) {
    res = { file: spec.file, name: spec.name, status: 'crash', notes: [String(e?.stack ?? e).split('\n').slice(0, 3).join(' | ')], forms: [], maxErr: NaN };
  }
  console.log(JSON.stringify(res));
}
if (sink === 12345) console.log('');
