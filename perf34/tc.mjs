// node perf34/tc.mjs <primal.mjs> <fn> <vjp.mjs>...: the least-squares cases (m = 200, n = 10),
// primal and each module's <fn>_vjp (adj zeroed before each call), interleaved in one process,
// 31 rounds of 150 calls each. Times are CPU time (process.cpuUsage), not wall time: on the
// shared 2-core machine at load 10-20 the bench's wall-clock ratios moved by 0.3x from run to
// run, CPU-time ratios by about 0.03x. Prints the median over rounds of time / primal time.
const [pf, fn, ...gfs] = process.argv.slice(2);
const abs = (f) => new URL(f, `file://${process.cwd()}/`).href;
const P = await import(abs(pf));
let seed = 1;
const rnd = () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
const m = 200, n = 10;
const A = Float64Array.from({ length: m * n }, () => 2 * rnd() - 1), y = Float64Array.from({ length: m }, () => 2 * rnd() - 1);
const adj = { A: new Float64Array(m * n), y: new Float64Array(m), m: 0, n: 0 };
const vs = { primal: () => P[fn](A, y, m, n) };
for (const gf of gfs) {
  const G = await import(abs(gf));
  const f = G[`${fn}_vjp`] ?? G[fn];
  vs[gf] = () => { adj.A.fill(0); adj.y.fill(0); return f(A, y, m, n, adj); };
}
const batch = (f, k) => { const t = process.cpuUsage(); let s = 0; for (let i = 0; i < k; i++) s += f(); const d = process.cpuUsage(t); return (d.user + d.system) / k; };
const keys = Object.keys(vs);
for (let r = 0; r < 5; r++) for (const k of keys) for (let i = 0; i < 200; i++) vs[k]();
const ratios = Object.fromEntries(keys.map((k) => [k, []]));
for (let r = 0; r < 31; r++) {
  const t = {};
  for (const k of r % 2 ? keys : keys.slice().reverse()) t[k] = batch(vs[k], 150);
  for (const k of keys) ratios[k].push(t[k] / t.primal);
}
const med = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1];
console.log(keys.map((k) => `${k} ${med(ratios[k]).toFixed(2)}x`).join('  '));
