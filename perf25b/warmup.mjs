// How long a case's f_vjp takes to reach its optimised speed in a fresh process: calls it in
// 2 ms windows for RUN_MS (default 1500), and prints JSON { case, readyMs, calls, finalNs,
// slowWindows, deopts } where readyMs is the end of the last window slower than 1.5x the final
// speed (median of the last quarter). With --allow-natives-syntax, also when the vjp was last
// seen not optimised. Usage: node [--allow-natives-syntax] --import tsgrad/register perf25b/warmup.mjs <case> [grad|vjp|mixed]
const name = process.argv[2];
const form = process.argv[3] ?? 'vjp';
const RUN_MS = Number(process.env.RUN_MS ?? 1500);
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
const g = gen[`${name}_grad`], v = gen[`${name}_vjp`];
// vjp: f_vjp with the grad object of an f_grad result as adj; mixed: f_grad, then f_vjp with an
// adj object made key by key (as trial24's checker and bench/lib/check.js make theirs), alternately
const adj = form === 'mixed' ? {} : g(...args).grad;
if (form === 'mixed') for (const [k, x] of Object.entries(g(...args).grad)) adj[k] = typeof x === 'number' ? 0 : Array.isArray(x) ? x.map(() => 0) : new Float64Array(x.length);
for (const k of Object.keys(adj)) if (typeof adj[k] === 'number') adj[k] = 0; else adj[k].fill(0);
const vargs = [...args];
while (vargs.length < v.length - 1) vargs.push(undefined);
let flip = 0;
const fn = form === 'grad' ? () => g(...args).value : form === 'mixed' ? () => ((flip ^= 1) ? g(...args).value : v(...vargs, adj)) : () => v(...vargs, adj);
let status = () => 0;
try { status = new Function('fn', 'return %GetOptimizationStatus(fn)'); } catch {}
const windows = [];
let sink = 0, calls = 0, lastUnopt = -1;
const t0 = performance.now();
for (;;) {
  const w0 = performance.now();
  let n = 0;
  do { sink += fn(); n++; } while (performance.now() - w0 < 2);
  const w1 = performance.now();
  calls += n;
  windows.push({ end: w1 - t0, ns: ((w1 - w0) * 1e6) / n });
  if (!(status(v) & 64)) lastUnopt = w1 - t0;
  if (w1 - t0 > RUN_MS) break;
}
const tail = windows.slice(Math.floor(windows.length * 0.75)).map((w) => w.ns).sort((a, b) => a - b);
const finalNs = tail[tail.length >> 1];
const slow = windows.filter((w) => w.ns > 1.5 * finalNs);
const readyMs = slow.length ? slow[slow.length - 1].end : 0;
if (sink === 1.2345) console.log('');
console.log(JSON.stringify({ case: name, form, readyMs: Math.round(readyMs), lastUnoptMs: Math.round(lastUnopt), finalNs: Math.round(finalNs), slowWindows: slow.length, windows: windows.length }));
