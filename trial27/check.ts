// My own gradient checker: Richardson-extrapolated central differences against every generated form.
// Run under `node --import tsgrad/register check.ts [names...]`; prints one JSON line per function.
import { SPECS, resetRng, rng, type Spec, type Arg } from './specs.js';

type Any = any;
// float arrays: Float64Array, Float32Array, number[] (and number tuples); integer typed arrays are data
const isArr = (v: unknown): v is Float64Array =>
  v instanceof Float64Array || v instanceof Float32Array || (Array.isArray(v) && v.every((e) => typeof e === 'number'));
const clone = (args: Arg[]): unknown[] => args.map(([, v]) => (ArrayBuffer.isView(v) || Array.isArray(v) ? (v as Float64Array).slice() : v));

function richardson(g: (h: number) => number, h: number): number {
  const d = (s: number) => (g(s) - g(-s)) / (2 * s);
  const d1 = d(h), d2 = d(h / 2), d3 = d(h / 4);
  const r1 = (4 * d2 - d1) / 3, r2 = (4 * d3 - d2) / 3;
  return (16 * r2 - r1) / 15;
}

// Differentiable inputs: number params and Float64Array params not in skip; a flat list of (param index, element or -1).
function columns(spec: Spec, args: Arg[]): { name: string; pi: number; el: number }[] {
  const cols: { name: string; pi: number; el: number }[] = [];
  args.forEach(([name, v], pi) => {
    if (spec.skip?.includes(name) || spec.outs?.includes(name)) return;
    if (typeof v === 'number') cols.push({ name, pi, el: -1 });
    else if (isArr(v)) for (let e = 0; e < v.length; e++) cols.push({ name, pi, el: e });
  });
  return cols;
}

function perturbed(args: Arg[], c: { pi: number; el: number }, s: number): unknown[] {
  const a = clone(args);
  if (c.el < 0) a[c.pi] = (a[c.pi] as number) + s;
  else (a[c.pi] as Float64Array)[c.el] += s;
  return a;
}
const stepFor = (x: number) => 1e-3 * Math.max(1, Math.abs(x));
const valueAt = (args: Arg[], c: { pi: number; el: number }) => (c.el < 0 ? (args[c.pi][1] as number) : (args[c.pi][1] as Float64Array)[c.el]);
const gradAt = (g: Any, c: { name: string; el: number }) => (c.el < 0 ? g[c.name] : g[c.name][c.el]);

function close(a: number, b: number, tol: number, scale: number): boolean {
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b), scale) && Number.isFinite(a) === Number.isFinite(b);
}

function zeroAdj(args: Arg[], grad: Any): Any {
  const adj: Any = {};
  for (const k of Object.keys(grad)) adj[k] = isArr(grad[k]) ? new Float64Array(grad[k].length) : 0;
  return adj;
}

export async function checkOne(spec: Spec): Promise<{ name: string; status: string; detail: string }> {
  const src: Any = await import(`./src/${spec.mod}.ts`);
  const gen: Any = await import(`./src/${spec.mod}.grad.ts`);
  const f = src[spec.name];
  const name = spec.name;
  const out = (status: string, detail = '') => ({ name, status, detail });
  if (!gen[`${name}_vjp`]) return out('refused', 'no generated forms');
  resetRng(name.length * 7919 + name.charCodeAt(0));
  const args = spec.args();
  const tol = spec.tol ?? 1e-6;
  const problems: string[] = [];
  const cols = columns(spec, args);
  const used: string[] = [];
  if (spec.outs) {
    // functions writing arrays: f_jacobian (both modes) against differences of [value?, outs...]
    const outputs = (a: unknown[]): number[] => {
      const v = f(...a);
      const r: number[] = typeof v === 'number' ? [v] : [];
      for (const o of spec.outs!) r.push(...(a[args.findIndex(([n]) => n === o)] as Float64Array));
      return r;
    };
    const base = outputs(clone(args));
    for (const mode of ['forward', 'reverse'] as const) {
      const a = clone(args);
      const J: Any = gen[`${name}_jacobian`](...a, mode);
      used.push(`jacobian/${mode}`);
      if (J.rows !== base.length) { problems.push(`rows ${J.rows} != ${base.length}`); continue; }
      // map my columns onto theirs: their columns are every float input in parameter order (outs included)
      const all: { name: string; pi: number; el: number }[] = [];
      args.forEach(([n, v], pi) => { if (typeof v === 'number') all.push({ name: n, pi, el: -1 }); else if (isArr(v)) for (let e = 0; e < v.length; e++) all.push({ name: n, pi, el: e }); });
      if (J.columns !== all.length) { problems.push(`${mode}: columns ${J.columns} != ${all.length}`); continue; }
      all.forEach((c, ci) => {
        if (!cols.some((m) => m.pi === c.pi && m.el === c.el)) return;
        const h = stepFor(valueAt(args, c));
        for (let r = 0; r < base.length; r++) {
          const fd = richardson((s) => outputs(perturbed(args, c, s))[r], h);
          const got = J.jacobian[r * J.columns + ci];
          if (!close(got, fd, tol, 0)) problems.push(`${mode} J[${r},${c.name}${c.el >= 0 ? `[${c.el}]` : ''}] got ${got} fd ${fd}`);
        }
      });
    }
    // f_jvp on a random direction against J·v (forward)
    if (gen[`${name}_jvp`]) {
      const a = clone(args);
      const t: Any = {};
      for (const [n, v] of args) if (!spec.skip?.includes(n) && !spec.outs.includes(n)) t[n] = isArr(v) ? Float64Array.from(v, () => rng() - 0.5) : typeof v === 'number' ? rng() - 0.5 : undefined;
      for (const o of spec.outs) t[o] = new Float64Array((args.find(([n]) => n === o)![1] as Float64Array).length);
      for (const k of Object.keys(t)) if (t[k] === undefined) delete t[k];
      const r = gen[`${name}_jvp`](...a, t);
      used.push('jvp');
      const fdv = (s: number) => { const b = clone(args); for (const [n, v] of Object.entries(t)) { if (spec.outs!.includes(n)) continue; const pi = args.findIndex(([m]) => m === n); if (isArr(v)) for (let e = 0; e < (v as Float64Array).length; e++) (b[pi] as Float64Array)[e] += s * (v as Float64Array)[e]; else b[pi] = (b[pi] as number) + s * (v as number); } return b; };
      let row = 0;
      if (r && typeof r.tangent === 'number') { const fd = richardson((s) => outputs(fdv(s))[0], 1e-3); if (!close(r.tangent, fd, tol, 0)) problems.push(`jvp value tangent ${r.tangent} fd ${fd}`); row = 1; }
      for (const o of spec.outs) for (let e = 0; e < t[o].length; e++, row++) {
        const fd = richardson((s) => outputs(fdv(s))[row], 1e-3);
        if (!close(t[o][e], fd, tol, 0)) problems.push(`jvp ${o}[${e}] got ${t[o][e]} fd ${fd}`);
      }
    }
    // a function that returns a number and writes arrays: f_grad leaves them as it found them, and is row 0
    if (gen[`${name}_grad`]) {
      const a = clone(args);
      for (const o of spec.outs) (a[args.findIndex(([n]) => n === o)] as Float64Array).fill(7.5);
      const G = gen[`${name}_grad`](...a);
      used.push('grad');
      if (!Object.is(G.value, base[0])) problems.push(`f_grad value ${G.value} != ${base[0]}`);
      for (const o of spec.outs) if (!(a[args.findIndex(([n]) => n === o)] as Float64Array).every((v) => v === 7.5)) problems.push(`f_grad changed '${o}'`);
      const J: Any = gen[`${name}_jacobian`](...clone(args), 'reverse');
      let ci = 0;
      args.forEach(([n, v]) => {
        if (typeof v === 'number') { if (n in G.grad && !close(G.grad[n], J.jacobian[ci], 1e-12, 0)) problems.push(`f_grad ${n} != J row 0`); ci++; }
        else if (isArr(v)) { for (let e = 0; e < v.length; e++, ci++) if (n in G.grad && !close(G.grad[n][e], J.jacobian[ci], 1e-12, 0)) problems.push(`f_grad ${n}[${e}] != J row 0`); }
      });
    }
    return problems.length ? out('WRONG', problems.slice(0, 3).join('; ')) : out('ok', used.join(','));
  }

  const a0 = clone(args);
  const value = f(...a0);
  const G = gen[`${name}_grad`](...clone(args));
  used.push('grad');
  if (!Object.is(G.value, value)) problems.push(`value ${G.value} != f ${value}`);
  for (const c of cols) if (!(c.name in G.grad)) problems.push(`grad has no key '${c.name}'`);
  if (problems.length) return out('WRONG', problems.slice(0, 3).join('; '));
  let scale = 0;
  for (const c of cols) scale = Math.max(scale, Math.abs(gradAt(G.grad, c)));
  const fdGrad: number[] = [];
  for (const c of cols) {
    const fd = richardson((s) => f(...perturbed(args, c, s)), stepFor(valueAt(args, c)));
    fdGrad.push(fd);
    const got = gradAt(G.grad, c);
    if (!close(got, fd, tol, scale)) problems.push(`d/d${c.name}${c.el >= 0 ? `[${c.el}]` : ''} got ${got} fd ${fd}`);
  }
  // f_vjp accumulates seed * grad
  const adj = zeroAdj(args, G.grad);
  for (const k of Object.keys(adj)) if (!isArr(adj[k])) adj[k] = 1; // pre-existing content must be kept
  const vv = gen[`${name}_vjp`](...clone(args), adj, 2);
  used.push('vjp');
  if (!Object.is(vv, value)) problems.push(`vjp value ${vv}`);
  for (const c of cols) {
    const want = 2 * gradAt(G.grad, c) + (c.el < 0 ? 1 : 0);
    if (!close(gradAt(adj, c), want, 1e-12, scale)) problems.push(`vjp ${c.name} ${gradAt(adj, c)} != ${want}`);
  }
  // f_jvp along a random direction
  const dir: Any = {};
  for (const c of cols) { if (c.el < 0) dir[c.name] = rng() - 0.5; else (dir[c.name] ??= new Float64Array((args[c.pi][1] as Float64Array).length))[c.el] = rng() - 0.5; }
  const dirAt = (c: { name: string; el: number }) => (c.el < 0 ? dir[c.name] : dir[c.name][c.el]);
  if (gen[`${name}_jvp`]) {
    const J = gen[`${name}_jvp`](...clone(args), dir);
    used.push('jvp');
    let want = 0, mag = 0;
    cols.forEach((c, i) => { want += fdGrad[i] * dirAt(c); mag += Math.abs(fdGrad[i] * dirAt(c)); });
    if (!Object.is(J.value, value)) problems.push(`jvp value ${J.value}`);
    if (!close(J.tangent, want, tol, mag)) problems.push(`jvp tangent ${J.tangent} fd ${want}`);
  }
  // f_hvp against differences of f_grad along dir; f_hessian against hvp
  if (gen[`${name}_hvp`]) {
    const H = gen[`${name}_hvp`](...clone(args), dir);
    used.push('hvp');
    const along = (s: number) => { const b = clone(args); for (const c of cols) { if (c.el < 0) b[c.pi] = (b[c.pi] as number) + s * dirAt(c); else (b[c.pi] as Float64Array)[c.el] += s * dirAt(c); } return gen[`${name}_grad`](...b).grad; };
    let hs = 0;
    for (const c of cols) hs = Math.max(hs, Math.abs(gradAt(H.hvp, c)));
    for (const c of cols) {
      const fd = richardson((s) => gradAt(along(s), c), 1e-3);
      if (!close(gradAt(H.hvp, c), fd, Math.max(tol, 1e-5), hs)) problems.push(`hvp ${c.name}${c.el >= 0 ? `[${c.el}]` : ''} got ${gradAt(H.hvp, c)} fd ${fd}`);
    }
    if (gen[`${name}_hessian`] && cols.length <= 40) {
      const { hessian } = gen[`${name}_hessian`](...clone(args));
      used.push('hessian');
      // hessian over all grad keys, flattened in key order
      const keys = Object.keys(G.grad);
      const flatIdx: number[] = [];
      let off = 0;
      const offs: Record<string, number> = {};
      for (const k of keys) { offs[k] = off; off += isArr(G.grad[k]) ? G.grad[k].length : 1; }
      for (const c of cols) flatIdx.push(offs[c.name] + Math.max(0, c.el));
      if (hessian.length !== off * off) problems.push(`hessian length ${hessian.length} != ${off * off}`);
      else cols.forEach((c, i) => {
        let hv = 0;
        cols.forEach((c2, j) => { hv += hessian[flatIdx[i] * off + flatIdx[j]] * dirAt(c2); });
        if (!close(hv, gradAt(H.hvp, c), 1e-9, hs)) problems.push(`hessian·v ${c.name} ${hv} != hvp ${gradAt(H.hvp, c)}`);
      });
    }
  }
  return problems.length ? out('WRONG', problems.slice(0, 3).join('; ')) : out('ok', used.join(','));
}

const only = process.argv.slice(2);
for (const spec of SPECS) {
  if (only.length && !only.includes(spec.name)) continue;
  let r;
  try { r = await checkOne(spec); } catch (e) { r = { name: spec.name, status: 'crash', detail: String((e as Error)?.stack ?? e).split('\n').slice(0, 3).join(' | ') }; }
  console.log(JSON.stringify(r));
}
