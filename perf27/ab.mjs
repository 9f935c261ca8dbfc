// Same-process A/B of trial27 functions: f, base f_vjp (perf27/out/base_<mod>.grad.ts) and new
// f_vjp (perf27/out/new_<mod>.grad.ts), both made by `sh perf27/make.sh <mod>`; arguments from
// trial27/specs.ts; called with fixed arity (no spread); batches of ~1 ms, fastest batch of each
// form, forms interleaved after a warm-up; checks that base and new agree.
//   node --import tsgrad/register perf27/ab.mjs <name> [warm ms, default 1500] [rounds, default 40]
import { SPECS } from '../trial27/specs.ts';
const name = process.argv[2];
const warmMs = Number(process.argv[3] ?? 1500);
const rounds = Number(process.argv[4] ?? 40);
const spec = SPECS.find((s) => s.name === name);
const src = await import(`../trial27/src/${spec.mod}.ts`);
const base = await import(`./out/base_${spec.mod}.grad.ts`);
const cur = await import(`./out/new_${spec.mod}.grad.ts`);
const args = spec.args().map(([, v]) => v);
const adjOf = () => {
  const adj = {};
  spec.args().forEach(([n, v]) => {
    if (v instanceof Float64Array || v instanceof Float32Array || (Array.isArray(v) && v.every((e) => typeof e === 'number'))) adj[n] = new Float64Array(v.length);
    else if (typeof v === 'number' && !spec.skip?.includes(n)) adj[n] = 0;
  });
  return adj;
};
const fixed = (fn, extra) => new Function('fn', 'a', 'x', `return () => fn(${[...args.map((_, i) => `a[${i}]`), ...extra.map((_, i) => `x[${i}]`)].join(', ')});`)(fn, args, extra);
const A = adjOf(), B = adjOf();
const va = base[`${name}_vjp`](...args, A, 1), vb = cur[`${name}_vjp`](...args, B, 1);
if (va !== vb && !(Number.isNaN(va) && Number.isNaN(vb))) throw new Error(`value base ${va} new ${vb}`);
for (const k of Object.keys(A)) {
  const xs = typeof A[k] === 'number' ? [A[k]] : Array.from(A[k]), ys = typeof B[k] === 'number' ? [B[k]] : Array.from(B[k]);
  xs.forEach((x, i) => { if (Math.abs(x - ys[i]) > 1e-9 * (1 + Math.abs(x))) throw new Error(`${name}: grad ${k}[${i}] base ${x} new ${ys[i]}`); });
}
const forms = { f: fixed(src[name], []), base: fixed(base[`${name}_vjp`], [A, 1]), new: fixed(cur[`${name}_vjp`], [B, 1]) };
const keys = Object.keys(forms);
let sink = 0;
function batch(fn, n) {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) sink += fn();
  return Number(process.hrtime.bigint() - t0) / n;
}
const until = performance.now() + warmMs;
while (performance.now() < until) for (const k of keys) batch(forms[k], 4);
const ns = Object.fromEntries(keys.map((k) => { let n = 1; while (n < 1e7 && batch(forms[k], n) * n < 1e6) n *= 2; return [k, n]; }));
const best = Object.fromEntries(keys.map((k) => [k, Infinity]));
for (let r = 0; r < rounds; r++) for (const k of keys) best[k] = Math.min(best[k], batch(forms[k], ns[k]));
if (sink === 1.2345) console.log('');
console.log(JSON.stringify({ case: name, fNs: +best.f.toFixed(1), base: +(best.base / best.f).toFixed(2), new: +(best.new / best.f).toFixed(2) }));
