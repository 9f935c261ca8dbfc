// My own checker: central differences with Richardson extrapolation, jvp/vjp/hvp/hessian/jacobian
// consistency, and timing. Run with: node --import tsgrad/register trial25/check.ts [filter]
import { SPECS, type Spec, type Rng } from './specs.ts';

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

function mulberry(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clone = (v: unknown): unknown =>
  v instanceof Float64Array ? v.slice() : Array.isArray(v) ? v.map(clone) : v;
const cloneAll = (args: unknown[]) => args.map(clone);
// NaN on either side is a disagreement (a NaN gradient where differences are finite is WRONG)
const relErr = (a: number, b: number) =>
  Number.isNaN(a) || Number.isNaN(b) ? Infinity : a === b ? 0 : Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b));
const fmt = (x: number) => (Number.isFinite(x) ? x.toPrecision(10) : String(x));

/** Richardson-extrapolated central difference of g at 0 with step h: g may return a vector. */
function richardson(g: (t: number) => number[], h: number): number[] {
  const d = (s: number) => {
    const p = g(s), m = g(-s);
    return p.map((pi, i) => (pi - m[i]) / (2 * s));
  };
  const a = d(h), b = d(h / 2);
  return a.map((ai, i) => (4 * b[i] - ai) / 3);
}

/** Compare analytic vector `want` to differences of g, trying smaller steps. Returns worst error or null if ok. */
function agree(g: (t: number) => number[], want: number[], h0: number, tol: number): { err: number; fd: number[] } | null {
  let best: { err: number; fd: number[] } | null = null;
  for (const h of [h0, h0 / 10, h0 / 100, h0 / 1000]) {
    const fd = richardson(g, h);
    const err = Math.max(...fd.map((f, i) => relErr(f, want[i])));
    if (err <= tol) return null;
    if (!best || err < best.err) best = { err, fd };
  }
  return best;
}

type Result = { fn: string; status: string; detail: string; ratioGrad?: number; ratioVjp?: number; nsF?: number; checks: string[] };

function diffParams(spec: Spec, args: unknown[]): number[] {
  const names = Object.keys(spec.params);
  const out: number[] = [];
  names.forEach((n, i) => {
    if (spec.params[n].fixed) return;
    const v = args[i];
    if (typeof v === 'number' || v instanceof Float64Array || (Array.isArray(v) && typeof v[0] === 'number')) out.push(i);
  });
  return out;
}

/** Flatten the entries of a grad-like object in the order of the given params. */
function flatten(obj: Record<string, unknown>, names: string[]): number[] {
  const r: number[] = [];
  for (const n of names) {
    const v = obj[n];
    if (typeof v === 'number') r.push(v);
    else if (v) r.push(...Array.from(v as ArrayLike<number>));
  }
  return r;
}

/** args moved by t along direction dir (flat over the differentiable params). */
function moved(args: unknown[], idx: number[], dir: number[], t: number): unknown[] {
  const a = cloneAll(args);
  let k = 0;
  for (const i of idx) {
    const v = a[i];
    if (typeof v === 'number') a[i] = v + t * dir[k++];
    else {
      const arr = v as number[];
      for (let j = 0; j < arr.length; j++) arr[j] += t * dir[k++];
    }
  }
  return a;
}

function scaleOf(args: unknown[], idx: number[]): number {
  let m = 1;
  for (const i of idx) {
    const v = args[i];
    if (typeof v === 'number') m = Math.max(m, Math.abs(v));
    else for (const x of v as number[]) m = Math.max(m, Math.abs(x));
  }
  return m;
}

/** ns per call of each of fns: warm-up, calibrate to ~8 ms per batch, then 7 interleaved batches, median. */
function timeAll(fns: (() => void)[]): number[] {
  const ns = fns.map((fn) => {
    let n = 1;
    for (;;) {
      const t0 = performance.now();
      for (let i = 0; i < n; i++) fn();
      if (performance.now() - t0 > 8 || n > 1e7) return n;
      n *= 2;
    }
  });
  const res: number[][] = fns.map(() => []);
  for (let b = 0; b < 7; b++)
    fns.forEach((fn, k) => {
      const n = ns[k];
      const t0 = performance.now();
      for (let i = 0; i < n; i++) fn();
      res[k].push(((performance.now() - t0) * 1e6) / n);
    });
  return res.map((r) => r.sort((x, y) => x - y)[3]);
}

let sink = 0;

async function checkOne(spec: Spec): Promise<Result> {
  const r: Result = { fn: `${spec.file}:${spec.fn}${spec.tag ? ` (${spec.tag})` : ''}`, status: 'ok', detail: '', checks: [] };
  const src = await import(`./${spec.file}.ts`);
  let gen: Any;
  try {
    gen = await import(`./${spec.file}.grad.ts`);
  } catch (e) {
    return { ...r, status: 'refused', detail: `no generated module (${String(e).slice(0, 80)})` };
  }
  const f = src[spec.fn] as (...a: unknown[]) => number;
  const names = Object.keys(spec.params);
  const G = gen[`${spec.fn}_grad`], V = gen[`${spec.fn}_vjp`], J = gen[`${spec.fn}_jvp`];
  const H = gen[`${spec.fn}_hvp`], HS = gen[`${spec.fn}_hessian`], JAC = gen[`${spec.fn}_jacobian`];
  if (!G && !V) return { ...r, status: 'refused', detail: 'no _grad/_vjp generated' };
  const fail = (msg: string) => {
    if (r.status === 'ok') {
      r.status = 'WRONG';
      r.detail = msg;
    }
  };
  const rng = mulberry(12345 + spec.fn.length * 7919);
  for (let pt = 0; pt < 3; pt++) {
    const args = names.map((n) => spec.params[n].gen(rng));
    const idx = diffParams(spec, args);
    const dnames = idx.map((i) => names[i]);
    const where = () => names.map((n, i) => `${n}=${JSON.stringify(args[i] instanceof Float64Array ? Array.from(args[i] as Float64Array) : args[i])}`).join(' ');
    const h0 = 1e-3 * scaleOf(args, idx);
    const outIdx = (spec.outs ?? []).map((o) => names.indexOf(o));
    // evaluate f and its outputs on copies
    const evalAll = (a: unknown[]): number[] => {
      const v = f(...a);
      const outs = outIdx.flatMap((i) => Array.from(a[i] as Float64Array));
      return typeof v === 'number' ? [v, ...outs] : outs;
    };
    const dim = flatten(Object.fromEntries(idx.map((i) => [names[i], args[i]])), dnames).length;
    const dir = Array.from({ length: dim }, () => 2 * rng() - 1);
    if (spec.outs) {
      // Jacobian against differences, by columns
      if (!JAC) { fail('no _jacobian for an out-param function'); break; }
      r.checks.push('jacobian');
      const jr = JAC(...cloneAll(args));
      const jf = JAC(...cloneAll(args), 'forward'), jrv = JAC(...cloneAll(args), 'reverse');
      for (let c = 0; c < dim; c++) {
        const e = Array.from({ length: dim }, (_, k) => (k === c ? 1 : 0));
        const col = Array.from({ length: jr.rows }, (_, row) => jr.jacobian[row * jr.columns + c]);
        const bad = agree((t) => evalAll(moved(args, idx, e, t)), col, h0, 1e-6);
        if (bad) { fail(`jacobian column ${c} at ${where()}: got ${col.map(fmt)} expected ${bad.fd.map(fmt)}`); break; }
      }
      for (let k = 0; k < jr.jacobian.length; k++)
        if (relErr(jf.jacobian[k], jrv.jacobian[k]) > 1e-9) { fail(`jacobian forward vs reverse differ at ${k}`); break; }
      continue;
    }
    // gradient against differences
    const gres = G(...cloneAll(args));
    const fval = f(...cloneAll(args));
    if (!Number.isFinite(fval)) { fail(`f itself is ${fval} at ${where()} (outside its domain: fix the spec)`); break; }
    if (!Object.is(gres.value, fval)) fail(`value ${gres.value} != f ${fval} at ${where()}`);
    const gk = Object.keys(gres.grad);
    if (gk.join() !== dnames.filter((n) => gk.includes(n)).join() || gk.length !== dnames.length) {
      // keys beyond the ones I consider differentiable (fixed params) are fine; missing ones are not
      for (const n of dnames) if (!gk.includes(n)) fail(`grad lacks key ${n}`);
    }
    const g = flatten(gres.grad, dnames);
    r.checks.push('grad');
    for (let c = 0; c < dim; c++) {
      const e = Array.from({ length: dim }, (_, k) => (k === c ? 1 : 0));
      const bad = agree((t) => [f(...moved(args, idx, e, t))], [g[c]], h0, 1e-6);
      if (bad) { fail(`d/d(input ${c}) at ${where()}: got ${fmt(g[c])} expected ${fmt(bad.fd[0])}`); break; }
    }
    // vjp adds seed * grad
    if (V) {
      r.checks.push('vjp');
      const adj: Record<string, unknown> = {};
      for (const i of idx) adj[names[i]] = typeof args[i] === 'number' ? 1 : new Float64Array((args[i] as number[]).length).fill(1);
      for (const k of gk) if (!(k in adj)) adj[k] = typeof gres.grad[k] === 'number' ? 1 : new Float64Array(gres.grad[k].length).fill(1);
      const v = V(...cloneAll(args), adj, 0.5);
      if (!Object.is(v, fval)) fail(`vjp value ${v} != ${fval}`);
      const a = flatten(adj, dnames);
      for (let k = 0; k < dim; k++) if (relErr(a[k], 1 + 0.5 * g[k]) > 1e-12) { fail(`vjp adj[${k}] ${a[k]} != 1 + 0.5*${g[k]}`); break; }
    }
    // jvp = grad . dir
    const tangent: Record<string, unknown> = {};
    {
      let k = 0;
      for (const i of idx) {
        if (typeof args[i] === 'number') tangent[names[i]] = dir[k++];
        else { const n = (args[i] as number[]).length; tangent[names[i]] = Float64Array.from(dir.slice(k, k + n)); k += n; }
      }
    }
    const gdot = g.reduce((s, gi, k) => s + gi * dir[k], 0);
    if (J) {
      r.checks.push('jvp');
      const jv = J(...cloneAll(args), tangent);
      if (!Object.is(jv.value, fval)) fail(`jvp value ${jv.value} != ${fval}`);
      if (relErr(jv.tangent, gdot) > 1e-9) fail(`jvp tangent ${jv.tangent} != grad.dir ${gdot} at ${where()}`);
    }
    if (H) {
      r.checks.push('hvp');
      const hv = H(...cloneAll(args), tangent);
      const hvf = flatten(hv.hvp, dnames);
      const gg = flatten(hv.grad, dnames);
      for (let k = 0; k < dim; k++) if (!Object.is(gg[k], g[k])) { fail(`hvp's grad[${k}] ${gg[k]} != f_grad's ${g[k]}`); break; }
      const bad = agree((t) => flatten(G(...moved(args, idx, dir, t)).grad, dnames), hvf, h0, 1e-5);
      if (bad) {
        const k = hvf.findIndex((x, i) => relErr(x, bad.fd[i]) > 1e-5);
        fail(`hvp[${k}] along dir at ${where()}: got ${fmt(hvf[k])} expected ${fmt(bad.fd[k])}`);
      }
      if (HS && dim <= 40) {
        r.checks.push('hessian');
        const hs = HS(...cloneAll(args)).hessian as Float64Array;
        // the Hessian's inputs are all of grad's keys in parameter order; map mine into them
        const allKeys = names.filter((n) => gk.includes(n));
        const pos: number[] = [];
        let off = 0;
        for (const n of allKeys) {
          const len = typeof gres.grad[n] === 'number' ? 1 : gres.grad[n].length;
          if (dnames.includes(n)) for (let j = 0; j < len; j++) pos.push(off + j);
          off += len;
        }
        const N = off;
        if (hs.length !== N * N) fail(`hessian has ${hs.length} entries, expected ${N}²`);
        for (let row = 0; row < dim; row++) {
          let s = 0;
          for (let c = 0; c < dim; c++) s += hs[pos[row] * N + pos[c]] * dir[c];
          if (relErr(s, hvf[row]) > 1e-8) { fail(`hessian·dir[${row}] ${s} != hvp ${hvf[row]}`); break; }
        }
      }
    }
    // timing on the first point
    if (pt === 0 && process.env.NOTIME !== '1') {
      const a1 = cloneAll(args);
      const adj: Record<string, unknown> = {};
      for (const k of gk) adj[k] = typeof gres.grad[k] === 'number' ? 0 : new Float64Array(gres.grad[k].length);
      const fns = [() => { sink += f(...a1); }, () => { sink += G(...a1).value; }];
      if (V) fns.push(() => { sink += V(...a1, adj, 1); });
      const [tf, tg, tv] = timeAll(fns);
      r.nsF = tf;
      r.ratioGrad = tg / tf;
      r.ratioVjp = tv === undefined ? NaN : tv / tf;
    }
  }
  return r;
}

const filter = process.argv[2];
const results: Result[] = [];
for (const spec of SPECS) {
  if (filter && !`${spec.file}:${spec.fn}:${spec.tag ?? ''}`.includes(filter)) continue;
  let res: Result;
  try {
    res = await checkOne(spec);
  } catch (e) {
    res = { fn: `${spec.file}:${spec.fn}${spec.tag ? ` (${spec.tag})` : ''}`, status: 'crash', detail: String((e as Error).stack ?? e).split('\n').slice(0, 3).join(' | '), checks: [] };
  }
  if (res.status === 'ok' && res.ratioVjp !== undefined && Math.min(res.ratioGrad ?? Infinity, res.ratioVjp) > 3) res.status = 'slow';
  results.push(res);
  console.log(JSON.stringify(res));
}
if (sink === 42.4242) console.log('');
