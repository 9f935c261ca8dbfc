// Variants of one generated f_vjp, hand-edited (perf26/exp_<case>.ts exports <case>_vjp_<variant>),
// timed in one process against f, interleaved, after a warm-up.
//   node --import tsgrad/register perf26/exp.mjs <case> [warm ms] [rounds]
const name = process.argv[2];
const warmMs = Number(process.argv[3] ?? 1500);
const rounds = Number(process.argv[4] ?? 40);
const src = await import('../perf25b/cases.ts');
const cur = await import('../perf25b/cases.grad.ts');
const exp = await import(`./exp_${name}.ts`);
let seed = 1;
const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const arr = (n, lo = -1, hi = 1) => Float64Array.from({ length: n }, () => lo + (hi - lo) * rand());
const inputs = {
  clothVerlet: () => [Float64Array.from([0, -1, -2, -3, -4], (v) => v + 0.05), 10, 1],
  heatExplicit: () => [arr(8, 0, 1), 0.25],
  waveEnergy: () => [arr(8), 0.7],
  smoothPasses: () => [Array.from(arr(5)), 0.2],
};
const args = inputs[name]();
const f = src[name];
const g = cur[`${name}_grad`](...args);
const forms = { f: () => f(...args) };
for (const [k, v] of Object.entries(exp)) {
  if (!k.startsWith(`${name}_vjp`)) continue;
  const vargs = [...args];
  while (vargs.length < v.length - 1) vargs.push(undefined);
  const check = cur[`${name}_grad`](...args).grad;
  for (const key of Object.keys(check)) check[key] = typeof check[key] === 'number' ? 0 : check[key].map(() => 0);
  if (k.includes("_nc")) { const adj = cur[`${name}_grad`](...args).grad; forms[k.slice(name.length + 5)] = () => v(...vargs, adj); continue; }
  const val = v(...vargs, check);
  if (Math.abs(val - g.value) > 1e-12 * (1 + Math.abs(val))) throw new Error(`${k}: value`);
  for (const key of Object.keys(check)) {
    const a = typeof check[key] === 'number' ? [check[key]] : Array.from(check[key]);
    const b = typeof g.grad[key] === 'number' ? [g.grad[key]] : Array.from(g.grad[key]);
    a.forEach((x, i) => { if (Math.abs(x - b[i]) > 1e-9 * (1 + Math.abs(x))) throw new Error(`${k}: ${key}[${i}] ${x} want ${b[i]}`); });
  }
  const adj = cur[`${name}_grad`](...args).grad;
  forms[k.slice(name.length + 5) || 'gen'] = () => v(...vargs, adj);
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
const out = { case: name, fNs: +best.f.toFixed(1) };
for (const k of keys.slice(1)) out[k] = +(best[k] / best.f).toFixed(2);
console.log(JSON.stringify(out));
