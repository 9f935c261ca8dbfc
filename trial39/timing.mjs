// Timing of one case: f, f_grad and f_vjp (adj allocated once and never zeroed: it only accumulates, and zeroing it
// would time my loop over its keys) in loops of their own, interleaved over rounds; the per-round ratios' medians.
// Results go into a sink so that no call is dead code.
export function timeRatios(f, grad, vjp, args, freshAdj) {
  let sink = 0;
  const adj = freshAdj();
  const loops = {
    f: (n) => { for (let i = 0; i < n; i++) sink += f(...args); },
    grad: (n) => { for (let i = 0; i < n; i++) sink += grad(...args).value; },
    vjp: (n) => { for (let i = 0; i < n; i++) sink += vjp(...args, adj, 1); },
  };
  // calibrate: iterations for ~4 ms of f
  let n = 1;
  for (;;) { const t = performance.now(); loops.f(n); if (performance.now() - t > 4 || n > 1 << 22) break; n *= 2; }
  const per = { f: [], grad: [], vjp: [] };
  for (let round = 0; round < 23; round++) {
    for (const k of ['f', 'grad', 'vjp']) { const t = performance.now(); loops[k](n); if (round >= 2) per[k].push((performance.now() - t) / n); }
  }
  const med = (xs) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
  const ratio = (k) => med(per[k].map((x, i) => x / per.f[i]));
  return { grad: ratio('grad'), vjp: ratio('vjp'), fNs: Math.round(med(per.f) * 1e6), sink: Number.isFinite(sink) };
}
