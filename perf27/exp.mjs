// Hand-edited variants of one generated f_vjp of trial27 (perf27/exp_<name>.ts exports <name>_vjp_<variant>),
// timed in one process against f, interleaved after a warm-up; each checked against the first variant.
//   node --import tsgrad/register perf27/exp.mjs <name> [warm ms] [rounds]
import { SPECS } from '../trial27/specs.ts';
const name = process.argv[2];
const warmMs = Number(process.argv[3] ?? 1500);
const rounds = Number(process.argv[4] ?? 40);
const spec = SPECS.find((s) => s.name === name);
const src = await import(`../trial27/src/${spec.mod}.ts`);
const exp = await import(`./exp_${name}.ts`);
const args = spec.args().map(([, v]) => v);
const adjOf = () => Object.fromEntries(spec.args().filter(([n, v]) => typeof v !== 'number' || !spec.skip?.includes(n)).map(([n, v]) => [n, typeof v === 'number' ? 0 : new Float64Array(v.length)]));
const fixed = (fn, extra) => new Function('fn', 'a', 'x', `return () => fn(${[...args.map((_, i) => `a[${i}]`), ...extra.map((_, i) => `x[${i}]`)].join(', ')});`)(fn, args, extra);
const forms = { f: fixed(src[name], []) };
let ref;
for (const [k, v] of Object.entries(exp)) {
  const adj = adjOf();
  const val = v(...args, adj, 1);
  const flat = [val, ...Object.values(adj).flatMap((x) => (typeof x === 'number' ? [x] : Array.from(x)))];
  if (!ref) ref = flat;
  else flat.forEach((x, i) => { if (Math.abs(x - ref[i]) > 1e-9 * (1 + Math.abs(x))) throw new Error(`${k}: [${i}] ${x} want ${ref[i]}`); });
  forms[k.slice(name.length + 5)] = fixed(v, [adjOf(), 1]);
}
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
console.log(JSON.stringify({ case: name, fNs: +best.f.toFixed(1), ...Object.fromEntries(keys.slice(1).map((k) => [k, +(best[k] / best.f).toFixed(2)])) }));
