// One process: time one case's f, f_grad and f_vjp (interleaved batches, fastest batch of each),
// print JSON { case, f, grad, vjp } in ns. Usage: node --import tsgrad/register perf25b/time.mjs <case> [order]
// order: "fgv" (default) or e.g. "vgf" — which form is warmed up first.
const name = process.argv[2];
const order = process.argv[3] ?? 'fgv';
const src = await import('./cases.ts');
const gen = await import('./cases.grad.ts');

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
const f = src[name], g = gen[`${name}_grad`], v = gen[`${name}_vjp`];
const zeros = (o) => Object.fromEntries(Object.entries(o).map(([k, x]) => [k, typeof x === 'number' ? 0 : Array.isArray(x) ? x.map(() => 0) : new Float64Array(x.length)]));
// ADJ=grad: f_vjp's adj is an f_grad result's grad object (the same literal), else a fresh object of the same keys
const adj = process.env.ADJ === 'grad' ? g(...args).grad : zeros(g(...args).grad);
// the vjp's optional parameters left out are passed as undefined, as a user writing f_vjp(x0, k, rest, undefined, undefined, adj) would
const nv = v.length - 1; // adj is the last parameter before seed (which has a default)
const vargs = [...args];
while (vargs.length < nv) vargs.push(undefined);
const forms = {
  f: () => f(...args),
  g: () => g(...args).value,
  v: () => v(...vargs, adj),
};
let sink = 0;
function batch(fn, n) {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) sink += fn();
  return Number(process.hrtime.bigint() - t0) / n;
}
const fns = [...order].map((c) => forms[c]);
// WARM_MS=t: first call the forms in turn for t ms (trial24's checker, which this copies, has no
// warm-up: its rounds can end before V8 has optimised a large f_vjp)
const warmUntil = performance.now() + Number(process.env.WARM_MS ?? 0);
while (performance.now() < warmUntil) for (const fn of fns) batch(fn, 4);
const ns = fns.map((fn) => { let n = 1; while (n < 1e7 && batch(fn, n) * n < 1e6) n *= 2; return n; });
const best = fns.map(() => Infinity);
const start = Date.now();
let lastGain = 0;
for (let round = 0; ; round++) {
  fns.forEach((fn, i) => { const t = batch(fn, ns[i]); if (t < best[i] * 0.98) lastGain = round; best[i] = Math.min(best[i], t); if (process.env.ROUNDS) console.log(`round ${round} ${order[i]} ${t.toFixed(0)} ns (batch ${ns[i]})`); });
  if ((round >= 25 && round - lastGain >= 15) || Date.now() - start > 3000) break;
}
const out = { case: name };
[...order].forEach((c, i) => (out[c] = best[i]));
if (sink === 1.2345) console.log('');
console.log(JSON.stringify(out));
if (process.env.STATUS) {
  // %GetOptimizationStatus bits (V8 11): 1 function, 2 never, 4 always, 8 maybe deopted, 16 optimized,
  // 32 maglev, 64 turbofan, 128 interpreted, 256 marked for opt, 512 marked concurrent, 1024 concurrently optimizing,
  // 2048 is executing, 4096 topmost frame turbofanned, 8192 lite mode, 16384 marked for deopt, 32768 baseline, ...
  const status = new Function('fn', 'return %GetOptimizationStatus(fn)');
  const bits = (s) => [[16, 'optimized'], [64, 'turbofan'], [128, 'interpreted'], [32768, 'baseline'], [256, 'marked'], [1024, 'optimizing'], [8, 'maybe-deopted']].filter(([b]) => s & b).map(([, n]) => n).join(',');
  console.error(`status f ${bits(status(f))} grad ${bits(status(g))} vjp ${bits(status(v))}`);
}
