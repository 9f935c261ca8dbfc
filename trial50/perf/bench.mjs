// trial50 perf bench: node --import tsgrad/register trial50/perf/bench.mjs
// Interleaved rounds (as check.mjs --time does): the primal f, the generated f_vjp, and hand-edited copies of the
// generated f_vjp (perf/*.ts, each saying what it changes); medians of 15 rounds, ns per call and ratio to f.
const S = await import('../src/specfun.ts'), GS = await import('../gen/specfun.grad.ts');
const P = await import('../src/probes.ts'), GP = await import('../gen/probes.grad.ts');
const H1 = await import('./gammp_scalars.ts');
const H2 = await import('./horner_hand.ts');
const C = await import('../src/crowd.ts'), GC = await import('../gen/crowd.grad.ts');
const H3 = await import('./tiny_overhead.ts'), G3 = await import('./tiny_overhead.grad.ts');

function bench(name, forms) {
  for (let i = 0; i < 2000; i++) for (const fn of Object.values(forms)) fn();
  let n = 64;
  for (;;) { const t = performance.now(); for (let i = 0; i < n; i++) forms.f(); if (performance.now() - t > 3) break; n *= 2; }
  const res = Object.fromEntries(Object.keys(forms).map((k) => [k, []]));
  for (let round = 0; round < 17; round++) {
    for (const [k, fn] of Object.entries(forms)) {
      let sink = 0;
      const t = performance.now();
      for (let i = 0; i < n; i++) sink += fn();
      const dt = (performance.now() - t) / n;
      globalThis.__sink = sink;
      if (round >= 2) res[k].push(dt * 1e6);
    }
  }
  const med = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  const f = med(res.f);
  console.log(`${name}: ` + Object.keys(res).map((k) => `${k} ${med(res[k]).toFixed(0)} ns${k === 'f' ? '' : ` (${(med(res[k]) / f).toFixed(2)}x)`}`).join(', '));
}

{
  const a = 3.1, x = 1.2;
  const adj = { a: 0, x: 0 };
  bench('gammpSeries (a 3.1, x 1.2)', { f: () => S.gammp(a, x), vjp: () => GS.gammp_vjp(a, x, adj, 1), vjpScalars: () => H1.gammp_vjp_scalars(a, x, adj, 1) });
}
{
  const xs = Float64Array.from([0.3, -0.2, 0.5, 0.1, -0.7, 0.4, 0.2]), a = 0.8;
  const adj = { xs: new Float64Array(7), a: 0 };
  bench('whilePostDecrement (n 7)', { f: () => P.whilePostDecrement(xs, a), vjp: () => GP.whilePostDecrement_vjp(xs, a, adj, 1), hand: () => H2.horner_hand_vjp(xs, a, adj, 1), noTape: () => H2.horner_module_scratch_vjp(xs, a, adj, 1) });
}
{
  const args = [0.1, -0.1, 1, 0.05, 3.5, 0.1, -1, 0.02, 0.25, 1.5];
  const adj = Object.fromEntries(['px', 'py', 'vx', 'vy', 'qx', 'qy', 'ux', 'uy', 'radius', 'k'].map((k) => [k, 0]));
  const vargs = [...args, adj, 1];
  bench('ttcApproach (f_vjp called as g(...args, adj, 1), as trial49/check.mjs did, and as g(...vargs))', { f: () => C.ttcEnergy(...args), vjpSpreadThenArgs: () => GC.ttcEnergy_vjp(...args, adj, 1), vjpSpreadLast: () => GC.ttcEnergy_vjp(...vargs), grad: () => GC.ttcEnergy_grad(...args).value });
}
{
  const adj = { x: 0 };
  bench('tiny x*x (overhead of a call with an adj object)', { f: () => H3.sq(1.3), vjp: () => G3.sq_vjp(1.3, adj, 1), grad: () => G3.sq_grad(1.3).value });
}
