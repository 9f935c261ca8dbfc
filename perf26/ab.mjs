// Same-process A/B: f, the baseline f_vjp (perf26/base.grad.ts: `sh perf26/make-base.sh`, tsgrad before perf26), the
// current f_vjp (perf25b/cases.grad.ts, regenerate with `node dist/cli/main.js compile
// perf25b/cases.ts`) and, where there is one, a hand-written adjoint (perf26/hand.ts), timed
// as perf25b/time.mjs does (batches of ~1 ms, fastest batch), interleaved after a warm-up.
//   node --import tsgrad/register perf26/ab.mjs <case> [warm ms, default 1500] [rounds, default 60]
const name = process.argv[2];
const warmMs = Number(process.argv[3] ?? 1500);
const rounds = Number(process.argv[4] ?? 60);
const src = await import('../perf25b/cases.ts');
const base = await import('./base.grad.ts');
const cur = await import('../perf25b/cases.grad.ts');
const hand = await import('./hand.ts');

let seed = 1;
const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const arr = (n, lo = -1, hi = 1) => Float64Array.from({ length: n }, () => lo + (hi - lo) * rand());
const inputs = {
  clothVerlet: () => [Float64Array.from([0, -1, -2, -3, -4], (v) => v + 0.05), 10, 1],
  heatExplicit: () => [arr(8, 0, 1), 0.25],
  waveEnergy: () => [arr(8), 0.7],
  bezierX: () => [arr(6), 0.3],
  gruVec: () => [arr(20), arr(6, -0.5, 0.5)],
  smoothPasses: () => [Array.from(arr(5)), 0.2],
  elmanRebind: () => [arr(32 * 8, -0.3, 0.3), arr(32 * 32, -0.2, 0.2), arr(32, -0.1, 0.1), arr(4 * 32, -0.3, 0.3), arr(50 * 8), arr(4)],
};
const args = inputs[name]();
const f = src[name];
const vjpOf = (mod) => {
  const g = mod[`${name}_grad`], v = mod[`${name}_vjp`];
  const adj = g(...args).grad;
  const vargs = [...args];
  while (vargs.length < v.length - 1) vargs.push(undefined);
  return { v, vargs, adj, g };
};
const A = vjpOf(base), B = vjpOf(cur);
// the two agree on the gradient
const ga = A.g(...args), gb = B.g(...args);
for (const k of Object.keys(ga.grad)) {
  const x = ga.grad[k], y = gb.grad[k];
  const xs = typeof x === 'number' ? [x] : Array.from(x), ys = typeof y === 'number' ? [y] : Array.from(y);
  xs.forEach((xi, i) => { if (Math.abs(xi - ys[i]) > 1e-9 * (1 + Math.abs(xi))) throw new Error(`${name}: grad ${k}[${i}] base ${xi} new ${ys[i]}`); });
}
const forms = { f: () => f(...args), base: () => A.v(...A.vargs, A.adj), new: () => B.v(...B.vargs, B.adj) };
if (hand[`${name}_vjp`]) {
  const h = hand[`${name}_vjp`], hadj = A.g(...args).grad;
  forms.hand = () => h(...args, hadj);
  const hg = Object.fromEntries(Object.entries(ga.grad).map(([k, x]) => [k, typeof x === 'number' ? 0 : new Float64Array(x.length)]));
  const hv = h(...args, hg);
  for (const k of Object.keys(ga.grad)) {
    const x = ga.grad[k], y = hg[k];
    const xs = typeof x === 'number' ? [x] : Array.from(x), ys = typeof y === 'number' ? [y] : Array.from(y);
    xs.forEach((xi, i) => { if (Math.abs(xi - ys[i]) > 1e-9 * (1 + Math.abs(xi))) throw new Error(`${name}: hand grad ${k}[${i}] ${ys[i]} want ${xi}`); });
  }
  if (Math.abs(hv - ga.value) > 1e-12 * (1 + Math.abs(hv))) throw new Error(`${name}: hand value ${hv} want ${ga.value}`);
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
