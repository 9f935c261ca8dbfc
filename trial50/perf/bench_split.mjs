// trial50 perf: node --import tsgrad/register trial50/perf/bench_split.mjs
// The five slowest cases: f, the generated f_vjp (a copy in perf/split.ts), and its forward sweep alone (<f>_fwd,
// cut by perf/make_split.py); reverse = vjp - fwd; noReserve: f_vjp without its tape capacity checks. For gammp also perf/gammp_scalars.ts (out-parameter array and
// its adjoint array replaced by scalars). Interleaved rounds, medians of 15, ns per call and ratio to f.
const X = await import('./split.ts'), H1 = await import('./gammp_scalars.ts');
const S = await import('../src/specfun.ts'), P = await import('../src/probes.ts'), P2 = await import('../src/probes2.ts'), P3 = await import('../src/probes3.ts');

function bench(name, forms) {
  for (let i = 0; i < 3000; i++) for (const fn of Object.values(forms)) fn();
  let n = 64;
  for (;;) { const t = performance.now(); for (let i = 0; i < n; i++) forms.f(); if (performance.now() - t > 3) break; n *= 2; }
  const res = Object.fromEntries(Object.keys(forms).map((k) => [k, []]));
  for (let round = 0; round < 17; round++) {
    for (const [k, fn] of Object.entries(forms)) {
      let sink = 0;
      const t = performance.now();
      for (let i = 0; i < n; i++) sink += fn();
      globalThis.__sink = sink;
      if (round >= 2) res[k].push(((performance.now() - t) / n) * 1e6);
    }
  }
  const med = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  const f = med(res.f);
  console.log(`${name}: ` + Object.keys(res).map((k) => `${k} ${med(res[k]).toFixed(0)} ns${k === 'f' ? '' : ` (${(med(res[k]) / f).toFixed(2)}x)`}`).join(', '));
}

{ const adj = { a: 0, x: 0 }; bench('gammpSeries (a 3.1, x 1.2)', { f: () => S.gammp(3.1, 1.2), vjp: () => X.gammp_vjp_copy(3.1, 1.2, adj, 1), fwd: () => X.gammp_fwd(3.1, 1.2, adj, 1), noReserve: () => X.gammp_noreserve(3.1, 1.2, adj, 1), vjpScalars: () => H1.gammp_vjp_scalars(3.1, 1.2, adj, 1) }); }
{ const adj = { chi2: 0, nu: 0 }; bench('chiSquareTail (chi2 4, nu 6)', { f: () => S.chiSquareTail(4, 6), vjp: () => X.chiSquareTail_vjp_copy(4, 6, adj, 1), fwd: () => X.chiSquareTail_fwd(4, 6, adj, 1), noReserve: () => X.chiSquareTail_noreserve(4, 6, adj, 1) }); }
{ const adj = { x0: 0, v0: 0, k: 0, dt: 0 }; bench('methodInCondition', { f: () => P3.methodInCondition(0.5, -0.3, 2, 0.08), vjp: () => X.methodInCondition_vjp_copy(0.5, -0.3, 2, 0.08, adj, 1), fwd: () => X.methodInCondition_fwd(0.5, -0.3, 2, 0.08, adj, 1), noReserve: () => X.methodInCondition_noreserve(0.5, -0.3, 2, 0.08, adj, 1) }); }
{
  const xs = Float64Array.from([0.6, 0.9, 1.1, 0.7, 1.3, 0.8]);
  const adj = { xs: new Float64Array(6), thr: 0 };
  bench('labelledFound (found at i 1, j 2)', { f: () => P.labelledSearch(xs, 0.95), vjp: () => X.labelledSearch_vjp_copy(xs, 0.95, adj, 1), fwd: () => X.labelledSearch_fwd(xs, 0.95, adj, 1), noReserve: () => X.labelledSearch_noreserve(xs, 0.95, adj, 1) });
}
{
  const xs = Float64Array.from([0.3, 0.5, 0.2, 0.9, 0.4, 0.7]);
  const adj = { xs: new Float64Array(6), thr: 0, k: 0 };
  bench('earlyReturnTwice', { f: () => P2.earlyReturnTwice(xs, 1.5, 1.5), vjp: () => X.earlyReturnTwice_vjp_copy(xs, 1.5, 1.5, adj, 1), fwd: () => X.earlyReturnTwice_fwd(xs, 1.5, 1.5, adj, 1), noReserve: () => X.earlyReturnTwice_noreserve(xs, 1.5, 1.5, adj, 1) });
}
{
  const P4 = await import('../src/probes4.ts');
  const xs = Float64Array.from({ length: 12 }, (_, i) => Math.sin(i * 0.9));
  const adj = { xs: new Float64Array(12), gain: 0 };
  bench('stateMachine', { f: () => P4.stateMachine(xs, 1.2), vjp: () => X.stateMachine_vjp_copy(xs, 1.2, adj, 1), fwd: () => X.stateMachine_fwd(xs, 1.2, adj, 1), noReserve: () => X.stateMachine_noreserve(xs, 1.2, adj, 1) });
}
