// trial50 perf: node --import tsgrad/register trial50/perf/bench_series.mjs: the repro's series, its f_vjp, and its
// f_vjp without the per-iteration tape capacity check (medians of 15 interleaved rounds).
const S = await import('./series_src.ts'), V = await import('./series_check.ts');
const adj = { a: 0, x: 0 };
const forms = { f: () => S.series(3.1, 1.2), vjp: () => V.series_vjp(3.1, 1.2, adj, 1), vjpNoCheck: () => V.series_vjp_nocheck(3.1, 1.2, adj, 1) };
for (let i = 0; i < 5000; i++) for (const fn of Object.values(forms)) fn();
const res = {};
for (let round = 0; round < 15; round++) for (const [k, fn] of Object.entries(forms)) { const n = 100000; const t = performance.now(); let s = 0; for (let i = 0; i < n; i++) s += fn(); (res[k] ??= []).push(((performance.now() - t) / n) * 1e6); globalThis.__sink = s; }
const med = (v) => v.sort((a, b) => a - b)[7];
console.log(Object.entries(res).map(([k, v]) => `${k} ${med(v).toFixed(0)} ns (${(med(v) / med(res.f)).toFixed(2)}x)`).join(', '));
