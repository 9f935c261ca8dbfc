// My own checker: central differences with Richardson extrapolation against every generated form.
// Usage: node --import tsx trial26/check.ts [--time] [--only name,name]
import { cases, type Case } from './cases.js';

type Arr = Float64Array | Float32Array | number[];
const isFloatArr = (v: unknown): v is Arr => v instanceof Float64Array || v instanceof Float32Array || Array.isArray(v);

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function clone(v: unknown): unknown {
  if (v instanceof Float64Array) return v.slice();
  if (v instanceof Float32Array) return v.slice();
  if (v instanceof Int32Array || v instanceof Uint8Array) return v.slice();
  if (Array.isArray(v)) return v.slice();
  return v;
}
const cloneAll = (vals: unknown[]) => vals.map(clone);
const err = (a: number, b: number) => (Object.is(a, b) ? 0 : Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b)));

/** One scalar input of the function: a number parameter or an array element. */
interface Slot { param: number; name: string; index: number; f32: boolean }

function slotsOf(names: string[], vals: unknown[], skip: Set<string>): Slot[] {
  const out: Slot[] = [];
  names.forEach((name, p) => {
    const v = vals[p];
    if (skip.has(name)) return;
    if (typeof v === 'number') out.push({ param: p, name, index: -1, f32: false });
    else if (isFloatArr(v)) for (let i = 0; i < v.length; i++) out.push({ param: p, name, index: i, f32: v instanceof Float32Array });
  });
  return out;
}

function moved(vals: unknown[], s: Slot, h: number): unknown[] {
  const c = cloneAll(vals);
  if (s.index < 0) c[s.param] = (c[s.param] as number) + h;
  else (c[s.param] as Arr)[s.index] += h;
  return c;
}
function movedAlong(vals: unknown[], slots: Slot[], dir: number[], h: number): unknown[] {
  const c = cloneAll(vals);
  slots.forEach((s, k) => {
    if (s.index < 0) c[s.param] = (c[s.param] as number) + h * dir[k];
    else (c[s.param] as Arr)[s.index] += h * dir[k];
  });
  return c;
}
function slotValue(vals: unknown[], s: Slot): number {
  return s.index < 0 ? (vals[s.param] as number) : (vals[s.param] as Arr)[s.index];
}

/** Richardson-extrapolated central difference of a vector function along a move. */
function richardson(g: (h: number) => number[], h: number): number[] {
  const d = (hh: number) => {
    const a = g(hh), b = g(-hh);
    return a.map((v, i) => (v - b[i]) / (2 * hh));
  };
  const d1 = d(h), d2 = d(h / 2);
  return d1.map((v, i) => (4 * d2[i] - v) / 3);
}

/** Compares got with differences at h, then at smaller steps where they disagree (kinks near the point). */
function compareFD(got: number[], g: (h: number) => number[], h0: number, f32: boolean, tol: number): { worst: number; at: number; fd: number[] } {
  let best: number[] | null = null;
  let bestErr = Infinity;
  const steps = f32 ? [h0, h0 / 4, h0 / 16] : [h0, h0 / 10, h0 / 100, h0 / 1000];
  for (const h of steps) {
    const fd = richardson(g, h);
    const e = Math.max(...fd.map((v, i) => err(v, got[i])));
    if (e < bestErr) { bestErr = e; best = fd; }
    if (e <= tol) break;
  }
  const fd = best!;
  let at = 0;
  fd.forEach((v, i) => { if (err(v, got[i]) > err(fd[at], got[at])) at = i; });
  return { worst: bestErr, at, fd };
}

function paramNames(f: Function): string[] {
  const src = f.toString();
  const open = src.indexOf('(');
  let depth = 0, i = open;
  for (; i < src.length; i++) {
    if (src[i] === '(') depth++;
    else if (src[i] === ')' && --depth === 0) break;
  }
  return src.slice(open + 1, i).split(',').map((p) => p.trim().split(/[=:\s]/)[0]).filter((p) => p.length > 0);
}

const flat = (vals: unknown[], slots: Slot[], byKey: Record<string, unknown>) =>
  slots.map((s) => (s.index < 0 ? (byKey[s.name] as number) : (byKey[s.name] as Arr)[s.index]));

export interface Row { fn: string; status: 'ok' | 'WRONG' | 'refused' | 'crash' | 'unexpected-refusal' | 'unexpected-compile'; detail: string; checks: string[] }

async function checkCase(c: Case, seed: number): Promise<Row> {
  const src = await import(`./src/${c.file}.ts`);
  let gen: Record<string, any> = {};
  try { gen = await import(`./src/${c.file}.grad.ts`); } catch { /* no generated module */ }
  const f = src[c.fn] as Function;
  const has = (form: string) => typeof gen[`${c.fn}_${form}`] === 'function';
  if (c.refused) {
    if (!has('grad') && !has('vjp')) return { fn: c.fn, status: 'refused', detail: '', checks: [] };
    return { fn: c.fn, status: 'unexpected-compile', detail: 'expected a refusal but tsgrad generated code', checks: [] };
  }
  if (!has('vjp')) return { fn: c.fn, status: 'unexpected-refusal', detail: 'no generated vjp', checks: [] };
  const r = rng(seed);
  const spec = c.at(r);
  const names = Object.keys(spec);
  const real = paramNames(f);
  if (real.join(',') !== names.join(',')) throw new Error(`case parameters ${names} differ from ${real}`);
  const vals = Object.values(spec);
  const skip = new Set(c.ints ?? []);
  const slots = slotsOf(names, vals, skip);
  const tol = c.tol ?? 1e-6;
  const h0 = (s: Slot) => (s.f32 ? 2 ** -8 : 1e-3 * Math.max(1, Math.abs(slotValue(vals, s))));
  const problems: string[] = [];
  const checks: string[] = [];
  const anyF32 = slots.some((s) => s.f32);
  // with a Float32Array input, directions on a 1/16 grid keep x + h·v exact in float32
  const dir = slots.map(() => (anyF32 ? Math.round((r() * 2 - 1) * 16) / 16 : r() * 2 - 1));
  const dirObj = (): Record<string, unknown> => {
    const t: Record<string, unknown> = {};
    slots.forEach((s, k) => {
      if (s.index < 0) t[s.name] = dir[k];
      else {
        const a = (t[s.name] as Float64Array) ?? new Float64Array((vals[s.param] as Arr).length);
        a[s.index] = dir[k];
        t[s.name] = a;
      }
    });
    return t;
  };

  if (c.voidFn) {
    const outName = c.outName ?? (names.includes('out') ? 'out' : 'y');
    const op = names.indexOf(outName);
    const jac = gen[`${c.fn}_jacobian`](...cloneAll(vals));
    // rows: the value first when f returns one, then the array it writes
    const returns = 'value' in jac;
    const outputs = (v: unknown[]) => { const w = cloneAll(v); const y = f(...w); return [...(returns ? [y] : []), ...Array.from(w[op] as Arr)]; };
    if (returns && !Object.is(jac.value, f(...cloneAll(vals)))) problems.push(`f_jacobian value ${jac.value} differs from f's`);
    const jr = gen[`${c.fn}_jacobian`](...cloneAll(vals), 'reverse');
    const jf = gen[`${c.fn}_jacobian`](...cloneAll(vals), 'forward');
    // every float input is a column, the ints too (number params with a key)
    const colSlots = slotsOf(names, vals, new Set());
    if (jac.columns !== colSlots.length) problems.push(`jacobian has ${jac.columns} columns, I count ${colSlots.length}`);
    let worst = 0;
    for (let cI = 0; cI < colSlots.length && cI < jac.columns; cI++) {
      const s = colSlots[cI];
      if (skip.has(s.name)) continue;
      const col = Array.from({ length: jac.rows }, (_, rI) => jac.jacobian[rI * jac.columns + cI]);
      const res = compareFD(col, (h) => outputs(moved(vals, s, h)), h0(s), s.f32, tol);
      if (res.worst > tol) problems.push(`∂${outName}[${res.at}]/∂${s.name}${s.index >= 0 ? `[${s.index}]` : ''}: jacobian ${col[res.at]}, differences ${res.fd[res.at]}`);
      worst = Math.max(worst, res.worst);
    }
    checks.push(`jacobian/FD ${worst.toExponential(1)}`);
    const fr = Math.max(...Array.from(jf.jacobian as Float64Array, (v, i) => err(v, jr.jacobian[i])));
    if (fr > tol) problems.push(`jacobian forward vs reverse differ by ${fr}`);
    checks.push(`fwd/rev ${fr.toExponential(1)}`);
    // f_jvp writes output tangents into tangent[out]
    // the tangent of the written array holds, on entry, the tangent of what it held (the direction's part)
    const t = dirObj();
    const jv = gen[`${c.fn}_jvp`](...cloneAll(vals), t);
    const written = [...(returns ? [jv.tangent as number] : []), ...Array.from(t[outName] as Float64Array)];
    const expect = Array.from({ length: jac.rows }, (_, rI) => colSlots.reduce((acc, s, cI) => acc + (skip.has(s.name) ? 0 : jac.jacobian[rI * jac.columns + cI] * (dir[slots.indexOf(slots.find((q) => q.name === s.name && q.index === s.index)!)] ?? 0)), 0));
    const je = Math.max(...written.map((v, i) => err(v, expect[i])));
    if (je > tol) problems.push(`f_jvp output tangents differ from J·v by ${je}`);
    checks.push(`jvp ${je.toExponential(1)}`);
    if (returns) {
      // f_grad is row 0
      const g = gen[`${c.fn}_grad`](...cloneAll(vals));
      const ge = Math.max(...colSlots.map((s, cI) => (skip.has(s.name) ? 0 : err(s.index < 0 ? g.grad[s.name] : g.grad[s.name][s.index], jac.jacobian[cI]))));
      if (ge > 1e-12) problems.push(`f_grad differs from the jacobian's row 0 by ${ge}`);
      checks.push(`grad=row0 ${ge.toExponential(1)}`);
    } else {
      // a void f_vjp: adj[out] holds the output adjoint w on entry; afterwards every input's adj is wᵀJ
      const w = Array.from({ length: jac.rows }, () => r() * 2 - 1);
      const adj: Record<string, unknown> = {};
      names.forEach((name, p) => {
        const v = vals[p];
        if (skip.has(name) && typeof v !== 'number') return;
        if (typeof v === 'number') adj[name] = 0;
        else if (isFloatArr(v)) adj[name] = name === outName ? Float64Array.from(w) : new Float64Array(v.length);
      });
      gen[`${c.fn}_vjp`](...cloneAll(vals), adj);
      let ve = 0;
      colSlots.forEach((s, cI) => {
        if (skip.has(s.name)) return;
        const expect = w.reduce((a, wv, rI) => a + wv * jac.jacobian[rI * jac.columns + cI], 0);
        const got = s.index < 0 ? (adj[s.name] as number) : (adj[s.name] as Float64Array)[s.index];
        ve = Math.max(ve, err(got, expect));
      });
      if (ve > 1e-9) problems.push(`void f_vjp differs from wᵀJ by ${ve}`);
      checks.push(`vjp=wᵀJ ${ve.toExponential(1)}`);
    }
    return { fn: c.fn, status: problems.length ? 'WRONG' : 'ok', detail: problems.join('; '), checks };
  }

  const value = f(...cloneAll(vals));
  const g = gen[`${c.fn}_grad`](...cloneAll(vals));
  if (!Object.is(g.value, value)) problems.push(`f_grad value ${g.value} != f ${value}`);
  const got = flat(vals, slots, g.grad);
  // 1. gradient against differences, slot by slot
  let worst = 0;
  for (let k = 0; k < slots.length; k++) {
    const s = slots[k];
    const fd = c.twin ?? f;
    const res = compareFD([got[k]], (h) => [fd(...moved(vals, s, h))], c.twin ? 1e-3 : h0(s), c.twin ? false : s.f32, tol);
    worst = Math.max(worst, res.worst);
    if (res.worst > tol) problems.push(`∂/∂${s.name}${s.index >= 0 ? `[${s.index}]` : ''}: grad ${got[k]}, differences ${res.fd[0]}`);
  }
  checks.push(`grad/FD ${worst.toExponential(1)}`);
  // 2. f_vjp accumulates seed · grad into a pre-filled adj
  const adj: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(g.grad)) adj[k] = typeof v === 'number' ? 1 : new Float64Array((v as Float64Array).length).fill(1);
  const vv = gen[`${c.fn}_vjp`](...cloneAll(vals), adj, 2.5);
  if (!Object.is(vv, value)) problems.push(`f_vjp value ${vv} != f ${value}`);
  let ve = 0;
  for (const [k, v] of Object.entries(g.grad)) {
    if (typeof v === 'number') ve = Math.max(ve, err(adj[k] as number, 1 + 2.5 * v));
    else (v as Float64Array).forEach((x, i) => { ve = Math.max(ve, err((adj[k] as Float64Array)[i], 1 + 2.5 * x)); });
  }
  if (ve > 1e-12) problems.push(`f_vjp with seed 2.5 off by ${ve}`);
  checks.push(`vjp ${ve.toExponential(1)}`);
  // 3. f_jvp along a random direction
  if (has('jvp')) {
    const j = gen[`${c.fn}_jvp`](...cloneAll(vals), dirObj());
    const expect = got.reduce((a, v, k) => a + v * dir[k], 0);
    const je = err(j.tangent, expect);
    if (!Object.is(j.value, value)) problems.push(`f_jvp value ${j.value} != f ${value}`);
    if (je > tol) problems.push(`f_jvp tangent ${j.tangent}, grad·v ${expect}`);
    checks.push(`jvp ${je.toExponential(1)}`);
  } else checks.push('no jvp');
  // 4. f_hvp against differences of f_grad along the direction
  if (has('hvp')) {
    const hv = gen[`${c.fn}_hvp`](...cloneAll(vals), dirObj());
    const hgot = flat(vals, slots, hv.hvp);
    const ggot = flat(vals, slots, hv.grad);
    if (ggot.some((v, k) => !Object.is(v, got[k]))) problems.push('f_hvp grad differs from f_grad');
    // a Float32Array store makes f_grad a staircase too: its differences are compared loosely
    const htol = c.twin ? 1e-3 : Math.max(1e-5, tol);
    const hs = anyF32 ? 2 ** -6 : Math.min(...slots.map(h0));
    const res = compareFD(hgot, (h) => flat(vals, slots, gen[`${c.fn}_grad`](...movedAlong(vals, slots, dir, h)).grad), hs, slots.some((s) => s.f32), htol);
    if (res.worst > htol) problems.push(`f_hvp[${slots[res.at].name}${slots[res.at].index >= 0 ? `[${slots[res.at].index}]` : ''}] ${hgot[res.at]}, differences of f_grad ${res.fd[res.at]}`);
    checks.push(`hvp/FD ${res.worst.toExponential(1)}`);
    if (has('hessian') && slots.length <= 16) {
      const H = gen[`${c.fn}_hessian`](...cloneAll(vals));
      // my slots may skip ints: map each slot to its index among all keyed inputs
      // every keyed input, an optional number left out (undefined) included
      const all: Slot[] = [];
      names.forEach((name, p) => {
        if (!(name in g.grad)) return;
        const v = vals[p];
        if (isFloatArr(v)) for (let i = 0; i < v.length; i++) all.push({ param: p, name, index: i, f32: false });
        else all.push({ param: p, name, index: -1, f32: false });
      });
      const n = all.length;
      if (H.hessian.length !== n * n) problems.push(`hessian has ${H.hessian.length} entries, expected ${n}²`);
      else {
        const idx = slots.map((s) => all.findIndex((q) => q.name === s.name && q.index === s.index));
        const Hv = idx.map((i) => idx.reduce((a, j, k) => a + H.hessian[i * n + j] * dir[k], 0));
        const he = Math.max(...Hv.map((v, k) => err(v, hgot[k])));
        if (he > 1e-9) problems.push(`f_hessian·v differs from f_hvp by ${he}`);
        checks.push(`hessian ${he.toExponential(1)}`);
      }
    }
  } else checks.push('no hvp');
  return { fn: c.fn, status: problems.length ? 'WRONG' : 'ok', detail: problems.join('; '), checks };
}

// ---------- timing ----------
function median(xs: number[]) { const s = xs.slice().sort((a, b) => a - b); return s[s.length >> 1]; }
let sinkValue = 0;
/** Each form warmed up, then timed in 15 interleaved batches of ~2 ms; the median batch per form, in µs per call. */
function timeForms(forms: (() => number)[]): number[] {
  // warm-up: each form runs 3000 times and at least 40 ms (at most 1.5 s) first, so that all three are
  // optimised before any batch counts (pendulumChain_vjp needed ~1000 calls before V8 ran it optimised)
  for (const run of forms) {
    const start = performance.now();
    for (let calls = 0; ; calls += 20) {
      const t = performance.now() - start;
      if ((calls >= 3000 && t >= 40) || t >= 1500) break;
      for (let i = 0; i < 20; i++) sinkValue += run();
    }
  }
  const reps = forms.map((run) => {
    let n = 1;
    for (;;) { const t = performance.now(); for (let i = 0; i < n; i++) sinkValue += run(); const dt = performance.now() - t; if (dt > 2 || n > 1e7) return n; n *= 2; }
  });
  const samples: number[][] = forms.map(() => []);
  for (let round = 0; round < 15; round++) {
    forms.forEach((run, k) => {
      const t = performance.now();
      for (let i = 0; i < reps[k]; i++) sinkValue += run();
      samples[k].push(((performance.now() - t) / reps[k]) * 1e3);
    });
  }
  return [...samples.map(median), ...samples.map((xs) => Math.min(...xs))];
}
async function timeCase(c: Case): Promise<{ fn: string; f: number; grad: number; vjp: number; fMin: number; gradMin: number; vjpMin: number } | null> {
  if (c.refused || c.voidFn) return null;
  const src = await import(`./src/${c.file}.ts`);
  const gen = await import(`./src/${c.file}.grad.ts`);
  const vals = Object.values(c.at(rng(7)));
  const f = src[c.fn], fg = gen[`${c.fn}_grad`], fv = gen[`${c.fn}_vjp`];
  const g0 = fg(...vals).grad;
  const adj: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(g0)) adj[k] = typeof v === 'number' ? 0 : new Float64Array((v as Float64Array).length);
  const [tf, tg, tv, mf, mg, mv] = timeForms([() => f(...vals), () => fg(...vals).value, () => fv(...vals, adj)]);
  return { fn: c.fn, f: tf, grad: tg, vjp: tv, fMin: mf, gradMin: mg, vjpMin: mv };
}

/** --wrt: the functions compiled into wrt/ with some parameters only, against the full gradients. */
async function checkWrt(): Promise<Row[]> {
  const plan: [string, string, string[]][] = [['objectives', 'ackley', ['x']], ['physics', 'nbodyShoot', ['vel', 'dt']], ['losses', 'convLayerLoss', ['w', 'kernel']]];
  const rows: Row[] = [];
  for (const [file, fn, keys] of plan) {
    const c = cases.find((k) => k.fn === fn)!;
    const vals = Object.values(c.at(rng(5)));
    try {
      const full = (await import(`./src/${file}.grad.ts`))[`${fn}_grad`](...cloneAll(vals));
      const mod = await import(`./wrt/${file}.grad.ts`);
      const part = mod[`${fn}_grad`](...cloneAll(vals));
      const problems: string[] = [];
      if (Object.keys(part.grad).join() !== keys.join()) problems.push(`keys ${Object.keys(part.grad)} (asked ${keys})`);
      if (!Object.is(part.value, full.value)) problems.push('value differs');
      for (const k of keys) {
        const a = part.grad[k], b = full.grad[k];
        const e = typeof a === 'number' ? err(a, b) : Math.max(...Array.from(a as Float64Array, (v, i) => err(v, b[i])));
        if (e > 1e-12) problems.push(`${k} differs from the full gradient by ${e}`);
      }
      // its vjp takes an adj of those keys only
      const adj: Record<string, unknown> = {};
      for (const k of keys) adj[k] = typeof part.grad[k] === 'number' ? 0 : new Float64Array(part.grad[k].length);
      mod[`${fn}_vjp`](...cloneAll(vals), adj);
      for (const k of keys) {
        const a = adj[k], b = part.grad[k];
        const e = typeof a === 'number' ? err(a, b) : Math.max(...Array.from(a as Float64Array, (v, i) => err(v, b[i])));
        if (e > 1e-12) problems.push(`vjp ${k} differs by ${e}`);
      }
      rows.push({ fn: `--wrt ${fn}:${keys}`, status: problems.length ? 'WRONG' : 'ok', detail: problems.join('; '), checks: [] });
    } catch (e) {
      rows.push({ fn: `--wrt ${fn}:${keys}`, status: 'crash', detail: String(e), checks: [] });
    }
  }
  return rows;
}

const argv = process.argv.slice(2);
const only = argv.includes('--only') ? new Set(argv[argv.indexOf('--only') + 1].split(',')) : null;
const chosen = cases.filter((c) => !only || only.has(c.fn));
if (argv.includes('--time')) {
  const out = [];
  for (const c of chosen) { try { const t = await timeCase(c); if (t) out.push(t); } catch (e) { out.push({ fn: c.fn, error: String(e) }); } }
  console.log(JSON.stringify(out));
  if (sinkValue === 42.4242) console.log('');
} else if (argv.includes('--wrt')) {
  console.log(JSON.stringify(await checkWrt()));
} else {
  const rows: Row[] = [];
  for (const c of chosen) {
    const seeds = [11, 23, 37];
    let row: Row | null = null;
    for (const seed of c.refused ? [1] : seeds) {
      try { row = await checkCase(c, seed); } catch (e) { row = { fn: c.fn, status: 'crash', detail: String((e as Error).stack ?? e).split('\n').slice(0, 3).join(' | '), checks: [] }; }
      if (row.status !== 'ok') { row.detail = `seed ${seed}: ${row.detail}`; break; }
    }
    rows.push(row!);
  }
  console.log(JSON.stringify(rows));
}
