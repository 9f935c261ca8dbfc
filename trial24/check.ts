// My own checker: gradients against Richardson-extrapolated central differences, the
// other generated forms against the gradient, and timing. One line per function.
// Run by run.mjs as: node --import tsgrad/register trial24/check.ts <files…>
import { Rng } from './rng.ts';
import { specs, type Spec } from './specs.ts';
import { tape } from 'tsgrad/runtime';

type Fn = (...a: any[]) => any;
type Arr = Float64Array | number[];
const FD_TOL = 1e-6, EXACT_TOL = 1e-9, HVP_TOL = 1e-5;
const POINTS = Number(process.env.POINTS ?? 3);
const TIME = process.env.NOTIME ? false : true;
// TIMEONLY=1: no checks, only the timings at one point (run.mjs times each file in a fresh
// process, apart from the checks, so that what the checks ran does not shape the engine's code)
const TIMEONLY = !!process.env.TIMEONLY;

const isFloatArr = (v: unknown): v is Arr => v instanceof Float64Array || v instanceof Float32Array || Array.isArray(v);
const err = (a: number, b: number) => (Object.is(a, b) ? 0 : Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b)));
const clone = (args: unknown[]) => args.map((a) => (a instanceof Float64Array ? new Float64Array(a) : Array.isArray(a) ? [...a] : ArrayBuffer.isView(a) ? (a as any).slice() : a));
const fmt = (x: number) => (Number.isFinite(x) ? x.toPrecision(10) : String(x));

/** Parameter names, from the generated vjp's own parameter list (before 'adj'). */
function paramNames(vjp: Fn): string[] {
  const src = vjp.toString();
  const open = src.indexOf('(');
  let depth = 0, i = open, cur = '';
  const parts: string[] = [];
  for (; i < src.length; i++) {
    const c = src[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    if (c === ')' || c === ']' || c === '}') depth--;
    if (depth === 0) break;
    if (depth === 1 && c === ',') { parts.push(cur); cur = ''; } else if (i > open) cur += c;
  }
  parts.push(cur);
  const names = parts.map((p) => p.trim().split(/[\s=:]/)[0].replace(/_arg$/, ''));
  return names.slice(0, names.indexOf('adj'));
}

/** Richardson-extrapolated central difference of a scalar g at step h, tried at h, h/10, h/100 against `want`. */
function fdAgree(g: (h: number) => number, x: number, want: number, tol = FD_TOL): { ok: boolean; fd: number } {
  let best = NaN, bestErr = Infinity;
  for (const k of [1, 0.1, 0.01]) {
    const h = 1e-3 * Math.max(1, Math.abs(x)) * k;
    const d = (s: number) => (g(s) - g(-s)) / (2 * s);
    const fd = (4 * d(h / 2) - d(h)) / 3;
    const e = err(fd, want);
    if (e < bestErr || Number.isNaN(best)) { bestErr = e; best = fd; }
    if (e <= tol) return { ok: true, fd };
  }
  return { ok: false, fd: best };
}

/** Evaluate `f` with input `name` (element `j` for arrays) moved by s. */
function moved(args: unknown[], idx: number, j: number, s: number): unknown[] {
  const a = clone(args);
  if (j < 0) a[idx] = (a[idx] as number) + s;
  else (a[idx] as Arr)[j] += s;
  return a;
}

let sink = 0;
let lastBaseNs = 0;
function batch(fn: () => unknown, n: number): number {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) { const v = fn(); if (typeof v === 'number') sink += v; }
  return Number(process.hrtime.bigint() - t0) / n;
}
/**
 * Time several forms side by side: each calibrated to ~1 ms a batch, then rounds of one batch
 * each, interleaved, until no form's fastest batch has improved for 15 rounds (at least 25
 * rounds, at most 4 s): each form's time is its fastest batch. Two things made this necessary
 * on this machine: a batch's time swings 10x with the load (the minimum is what is stable),
 * and V8 optimises a large function (a vjp) only after many more calls than a small one (its
 * budget grows with the bytecode's size: mixtureLogLik_vjp ran at 8 µs for its first ~5,000
 * calls and at 0.8 µs after 200,000), so a fixed short warm-up measured unoptimised vjps.
 * Returns, for each form after the first, its time over the first's.
 */
function timeRatios(fns: (() => unknown)[]): number[] {
  const ns = fns.map((fn) => {
    let n = 1;
    while (n < 1e7 && batch(fn, n) * n < 1e6) n *= 2;
    return n;
  });
  const best = fns.map(() => Infinity);
  const start = Date.now();
  let lastGain = 0;
  for (let round = 0; ; round++) {
    fns.forEach((fn, i) => {
      const t = batch(fn, ns[i]);
      if (t < best[i] * 0.98) lastGain = round;
      best[i] = Math.min(best[i], t);
    });
    if ((round >= 25 && round - lastGain >= 15) || Date.now() - start > 4000) break;
  }
  if (sink === 1.2345) console.log('');
  lastBaseNs = best[0];
  return best.slice(1).map((t) => t / best[0]);
}

let callers = 0;
function caller(fn: Fn, args: unknown[], extra: unknown[] = []): () => unknown {
  const A = [...args, ...extra];
  const ps = A.map((_, i) => `A[${i}]`);
  const i0 = args.findIndex((a) => typeof a === 'number' && !Number.isInteger(a));
  const x0 = i0 < 0 ? 0 : (A[i0] as number);
  const x1 = x0 + 1e-12 * Math.max(1, Math.abs(x0));
  const flip = i0 < 0 ? '' : `A[${i0}] = (k ^= 1) ? x0 : x1;`;
  // a unique comment: the engine shares one compiled function (and its type feedback) among
  // `new Function`s of the same text, which made every call site megamorphic
  return new Function('fn', 'A', 'x0', 'x1', `/* ${++callers} */ let k = 0; return () => { ${flip} return fn(${ps.join(', ')}); };`)(fn, A, x0, x1);
}

function zerosLike(v: unknown): unknown {
  return isFloatArr(v) ? new Float64Array(v.length) : 0;
}

interface Result { status: string; detail: string; ratio?: number; ratioVjp?: number; ns?: number }

function checkScalar(name: string, f: Fn, G: Record<string, Fn>, spec: Spec, rng: Rng): Result {
  const grad = G[`${name}_grad`], vjp = G[`${name}_vjp`], jvp = G[`${name}_jvp`], hvp = G[`${name}_hvp`], hess = G[`${name}_hessian`];
  const names = paramNames(vjp);
  const problems: string[] = [];
  const forms = ['grad', 'vjp'];
  if (jvp) forms.push('jvp');
  if (hvp) forms.push('hvp');
  if (hess) forms.push('hessian');
  let last: unknown[] = [];
  for (let p = 0; p < POINTS; p++) {
    const args = spec.gen(rng);
    last = args;
    if (TIMEONLY) break;
    const full = names.map((_, i) => args[i]); // padded with undefined for vjp/jvp/hvp
    const v0 = f(...clone(args));
    const top0 = tape.top;
    const g = grad(...clone(args));
    if (tape.top !== top0) problems.push(`f_grad left tape.top at ${tape.top} (was ${top0})`);
    if (!Object.is(g.value, v0)) problems.push(`value ${g.value} != f ${v0}`);
    const at = names.slice(0, args.length).map((n, i) => `${n}=${isFloatArr(args[i]) ? `[${Array.from(args[i] as Arr, fmt).join(',')}]` : typeof args[i] === 'number' ? fmt(args[i] as number) : String(args[i])}`).join(' ');
    // 1. every component against differences
    for (const key of Object.keys(g.grad)) {
      const idx = names.indexOf(key);
      const gv = g.grad[key];
      if (idx >= args.length) {
        if (gv !== 0) problems.push(`∂/∂${key} (left out) = ${gv}, expected 0`);
        continue;
      }
      if (spec.ints?.includes(key)) continue;
      if (typeof gv === 'number') {
        const r = fdAgree((s) => f(...moved(args, idx, -1, s)), args[idx] as number, gv);
        if (!r.ok) problems.push(`∂/∂${key}: got ${fmt(gv)}, differences ${fmt(r.fd)} at ${at}`);
      } else {
        for (let j = 0; j < gv.length; j++) {
          const r = fdAgree((s) => f(...moved(args, idx, j, s)), (args[idx] as Arr)[j], gv[j]);
          if (!r.ok) problems.push(`∂/∂${key}[${j}]: got ${fmt(gv[j])}, differences ${fmt(r.fd)} at ${at}`);
        }
      }
    }
    // 2. vjp with seed 2 adds 2·grad into adj
    const adj: Record<string, any> = {};
    for (const key of Object.keys(g.grad)) adj[key] = zerosLike(g.grad[key]);
    const vv = vjp(...clone(full), adj, 2);
    if (tape.top !== top0) problems.push(`f_vjp left tape.top at ${tape.top} (was ${top0})`);
    if (!Object.is(vv, v0)) problems.push(`vjp value ${vv} != ${v0}`);
    for (const key of Object.keys(g.grad)) {
      const a = adj[key], b = g.grad[key];
      if (typeof b === 'number') { if (err(a, 2 * b) > EXACT_TOL) problems.push(`vjp ${key}: ${a} vs 2·grad ${2 * b}`); }
      else for (let j = 0; j < b.length; j++) if (err(a[j], 2 * b[j]) > EXACT_TOL) { problems.push(`vjp ${key}[${j}]: ${a[j]} vs 2·grad ${2 * b[j]}`); break; }
    }
    // a random direction over the grad keys (inputs that were passed)
    const dir: Record<string, any> = {};
    let dot = 0;
    for (const key of Object.keys(g.grad)) {
      const idx = names.indexOf(key);
      if (idx >= args.length || spec.ints?.includes(key)) continue;
      const b = g.grad[key];
      if (typeof b === 'number') { dir[key] = rng.u(); dot += dir[key] * b; }
      else { dir[key] = rng.arr(b.length); for (let j = 0; j < b.length; j++) dot += dir[key][j] * b[j]; }
    }
    // 3. jvp tangent = grad · dir
    if (jvp) {
      const t = jvp(...clone(full), dir);
      if (!Object.is(t.value, v0)) problems.push(`jvp value ${t.value} != ${v0}`);
      if (err(t.tangent, dot) > EXACT_TOL) problems.push(`jvp tangent ${t.tangent} vs grad·v ${dot}`);
    }
    // 4. hvp against differences of the gradient along dir; hessian·dir against hvp
    if (hvp) {
      const h = hvp(...clone(full), dir);
      if (tape.top !== top0) problems.push(`f_hvp left tape.top at ${tape.top} (was ${top0})`);
      const shift = (s: number) => {
        const a = clone(args);
        for (const key of Object.keys(dir)) {
          const idx = names.indexOf(key);
          if (typeof dir[key] === 'number') a[idx] = (a[idx] as number) + s * dir[key];
          else for (let j = 0; j < dir[key].length; j++) (a[idx] as Arr)[j] += s * dir[key][j];
        }
        return grad(...a).grad;
      };
      for (const key of Object.keys(dir)) {
        const hv = h.hvp[key];
        const comp = (s: number, j: number) => (j < 0 ? shift(s)[key] : shift(s)[key][j]);
        const list = typeof hv === 'number' ? [-1] : Array.from({ length: hv.length }, (_, j) => j);
        for (const j of list) {
          const want = j < 0 ? hv : hv[j];
          const r = fdAgree((s) => comp(s, j), 1, want, HVP_TOL);
          if (!r.ok) { problems.push(`hvp ${key}${j < 0 ? '' : `[${j}]`}: got ${fmt(want)}, differences of grad ${fmt(r.fd)} at ${at}`); }
        }
      }
      if (hess) {
        const H = hess(...clone(args));
        // flatten dir and hvp in parameter order over the hessian's inputs (grad keys)
        const keys = Object.keys(H.grad);
        const vflat: number[] = [], hflat: number[] = [];
        for (const key of keys) {
          const d = dir[key] ?? (typeof H.grad[key] === 'number' ? 0 : new Float64Array(H.grad[key].length));
          const hv = h.hvp[key];
          if (typeof d === 'number') { vflat.push(d); hflat.push(hv); } else { vflat.push(...d); hflat.push(...hv); }
        }
        const n = vflat.length;
        if (H.hessian.length !== n * n) problems.push(`hessian has ${H.hessian.length} entries, expected ${n}²`);
        else for (let i = 0; i < n; i++) {
          let s = 0;
          for (let j = 0; j < n; j++) s += H.hessian[i * n + j] * vflat[j];
          // keys left out (defaults) or ints carry no direction, so only compare rows that have one
          if (err(s, hflat[i]) > 1e-8) { problems.push(`hessian·v row ${i}: ${s} vs hvp ${hflat[i]}`); break; }
        }
      }
    }
  }
  const res: Result = { status: problems.length ? 'WRONG' : 'ok', detail: problems.length ? `${problems.length} problems; first: ${problems[0]}` : forms.join(',') };
  if (TIME) {
    const args = last;
    const full = names.map((_, i) => args[i]);
    const adj: Record<string, any> = {};
    const g = grad(...clone(args));
    for (const key of Object.keys(g.grad)) adj[key] = zerosLike(g.grad[key]);
    // functions that write their arguments get fresh copies each call in all three timings alike
    [res.ratio, res.ratioVjp] = timeRatios([caller(f, args), caller(grad, args), caller(vjp, full, [adj, 1])]);
    res.ns = lastBaseNs;
  }
  return res;
}

function checkVoid(name: string, f: Fn, G: Record<string, Fn>, spec: Spec, rng: Rng): Result {
  const jac = G[`${name}_jacobian`], vjp = G[`${name}_vjp`], jvp = G[`${name}_jvp`];
  if (!jac) return { status: 'WRONG', detail: 'no f_jacobian generated for a function that writes arrays' };
  const names = paramNames(vjp);
  const problems: string[] = [];
  const outIdx = spec.outs!.map((o) => names.indexOf(o));
  // columns: every number parameter (passed or left out) and float array, in parameter order
  const inputs = (args0: unknown[]) => names.filter((_, i) => args0[i] === undefined || typeof args0[i] === 'number' || isFloatArr(args0[i]));
  let last: unknown[] = [];
  for (let p = 0; p < POINTS; p++) {
    const args = spec.gen(rng);
    last = args;
    if (TIMEONLY) break;
    const full = names.map((_, i) => args[i]);
    const outputs = (a: unknown[]) => {
      const c = clone(a);
      const v = f(...c);
      const arrays = outIdx.flatMap((i) => Array.from(c[i] as Arr));
      return spec.value ? [v as number, ...arrays] : arrays;
    };
    const y0 = outputs(args);
    const cols: { idx: number; j: number }[] = [];
    for (const key of inputs(full)) {
      const idx = names.indexOf(key);
      if (isFloatArr(args[idx])) for (let j = 0; j < (args[idx] as Arr).length; j++) cols.push({ idx, j });
      else cols.push({ idx, j: -1 });
    }
    for (const mode of ['forward', 'reverse'] as const) {
      const J = jac(...clone(full), mode);
      if (J.rows !== y0.length || J.columns !== cols.length) { problems.push(`${mode} jacobian ${J.rows}×${J.columns}, expected ${y0.length}×${cols.length}`); continue; }
      cols.forEach((c, ci) => {
        if (c.idx >= args.length || spec.ints?.includes(names[c.idx])) {
          for (let r = 0; r < y0.length; r++) if (J.jacobian[r * J.columns + ci] !== 0) { problems.push(`${mode} ∂out[${r}]/∂${names[c.idx]} (left out or a count) = ${J.jacobian[r * J.columns + ci]}, expected 0`); break; }
          return;
        }
        const x = c.j < 0 ? (args[c.idx] as number) : (args[c.idx] as Arr)[c.j];
        for (let r = 0; r < y0.length; r++) {
          const want = J.jacobian[r * J.columns + ci];
          const res = fdAgree((s) => outputs(moved(args, c.idx, c.j, s))[r], x, want);
          if (!res.ok) problems.push(`${mode} ∂out[${r}]/∂${names[c.idx]}${c.j < 0 ? '' : `[${c.j}]`}: got ${fmt(want)}, differences ${fmt(res.fd)}`);
        }
      });
    }
    // jvp writes what f writes
    if (jvp) {
      const c = clone(full);
      const t: Record<string, any> = {};
      const r = jvp(...c, t);
      const fromJvp = [...(spec.value ? [r.value] : []), ...outIdx.flatMap((i) => Array.from(c[i] as Arr))];
      if (fromJvp.some((v, i) => !Object.is(v, y0[i]))) problems.push('jvp does not write what f writes');
    }
  }
  const res: Result = { status: problems.length ? 'WRONG' : 'ok', detail: problems.length ? `${problems.length} problems; first: ${problems[0]}` : 'jacobian fwd+rev' };
  if (TIME) {
    const args = last, full = names.map((_, i) => args[i]);
    const adj: Record<string, any> = {};
    for (let i = 0; i < names.length; i++) if (inputs(full).includes(names[i])) adj[names[i]] = zerosLike(args[i]);
    [res.ratioVjp] = timeRatios([caller(f, args), caller(vjp, full, [adj, 1])]);
    res.ratio = res.ratioVjp;
    res.ns = lastBaseNs;
  }
  return res;
}

const files = process.argv.slice(2);
const totals: Record<string, number> = {};
const lines: string[] = [];
for (const file of files) {
  const base = file.replace(/\.ts$/, '');
  const mod = file.split('/').pop()!.replace(/\.ts$/, '');
  const M = await import(`./${mod}.ts`);
  let G: Record<string, Fn> = {};
  try { G = await import(`./${mod}.grad.ts`); } catch (e) { console.log(`${mod}: generated module failed to load: ${(e as Error).message}`); }
  for (const [name, f] of Object.entries(M)) {
    if (typeof f !== 'function' || /^class\b/.test(Function.prototype.toString.call(f))) continue;
    const key = `${mod}:${name}`;
    if (process.env.ONLY && key !== process.env.ONLY) continue;
    const spec = specs[key];
    let r: Result;
    if (!spec) r = { status: 'nospec', detail: '' };
    else if (!G[`${name}_vjp`]) r = { status: 'refused', detail: spec.refuse ? 'expected' : 'NOT expected' };
    else if (spec.refuse) r = { status: 'WRONG', detail: 'expected a refusal, got a gradient' };
    else {
      const rng = new Rng(0x5eed ^ key.length * 7919 ^ key.charCodeAt(key.length - 1));
      try {
        r = spec.outs ? checkVoid(name, f as Fn, G, spec, rng) : checkScalar(name, f as Fn, G, spec, rng);
      } catch (e) {
        r = { status: 'crash', detail: String((e as Error).stack ?? e).split('\n').slice(0, 3).join(' | ') };
      }
      if (r.status === 'ok' && r.ratio !== undefined && Math.max(r.ratio, r.ratioVjp ?? 0) > 3) r.status = 'slow';
    }
    totals[r.status] = (totals[r.status] ?? 0) + 1;
    const rat = r.ratio === undefined ? '' : ` f ${r.ns! < 100 ? r.ns!.toFixed(1) : r.ns!.toFixed(0)} ns, grad/f ${r.ratio.toFixed(2)}x vjp/f ${r.ratioVjp!.toFixed(2)}x`;
    const line = `${r.status.padEnd(7)} ${key.padEnd(34)}${rat}  ${r.detail}`;
    lines.push(line);
    console.log(line);
  }
  void base;
}
console.log(`TOTAL ${Object.entries(totals).map(([k, v]) => `${k} ${v}`).join(', ')}`);
