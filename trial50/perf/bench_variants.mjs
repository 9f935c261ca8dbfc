// trial50 perf: node --import tsgrad/register trial50/perf/bench_variants.mjs: gammp's f_vjp as generated, without its
// capacity checks, with each check throwing instead of reassigning stack, and with one reserve where it starts.
const X = await import('./split.ts'), E = await import('./split_exp.ts');
const S = await import('../src/specfun.ts');
const adj = { a: 0, x: 0 };
const forms = { f: () => S.gammp(3.1, 1.2), vjp: () => X.gammp_vjp_copy(3.1, 1.2, adj, 1), noReserve: () => E.gammp_vjp_noreserve(3.1, 1.2, adj, 1), throwing: () => E.gammp_vjp_throw(3.1, 1.2, adj, 1), hoisted: () => E.gammp_vjp_hoisted(3.1, 1.2, adj, 1) };
for (let i = 0; i < 5000; i++) for (const fn of Object.values(forms)) fn();
const res = {};
for (let round = 0; round < 15; round++) for (const [k, fn] of Object.entries(forms)) { const n = 50000; const t = performance.now(); let s = 0; for (let i = 0; i < n; i++) s += fn(); (res[k] ??= []).push((performance.now() - t) / n * 1e6); globalThis.x = s; }
for (const [k, v] of Object.entries(res)) console.log(k, v.sort((a, b) => a - b)[7].toFixed(1), 'ns');
