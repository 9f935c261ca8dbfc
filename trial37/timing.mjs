// Timing: f vs f_grad vs f_vjp (adj zeroed each call), interleaved rounds of ~4 ms batches, median of per-round ratios;
// every result goes into a sink that is printed, so V8 cannot drop a call.
export let sink = 0;
export function timeIt(f, fg, fv, args, makeAdj) {
  // interleaved rounds of batches; median of per-round ratios; every result consumed
  const batch = (fn) => { let n = 1, t; for (;;) { const t0 = performance.now(); for (let i = 0; i < n; i++) sink += fn(); t = performance.now() - t0; if (t > 4) break; n *= 2; } return { n, t }; };
  const runF = () => f(...args);
  const runG = () => fg(...args).value;
  const adj = makeAdj();
  const zero = () => { for (const k in adj) if (typeof adj[k] === 'number') adj[k] = 0; else adj[k].fill(0); };
  const runV = () => { zero(); return fv(...args, adj, 1); };
  for (let w = 0; w < 3; w++) { batch(runF); batch(runG); batch(runV); }
  const nF = batch(runF).n, nG = batch(runG).n, nV = batch(runV).n;
  const per = (fn, n) => { const t0 = performance.now(); for (let i = 0; i < n; i++) sink += fn(); return (performance.now() - t0) / n; };
  const rg = [], rv = [];
  let tf = [];
  for (let r = 0; r < 21; r++) { const a = per(runF, nF), b = per(runG, nG), c = per(runV, nV); rg.push(b / a); rv.push(c / a); tf.push(a); }
  const med = (x) => x.slice().sort((p, q) => p - q)[x.length >> 1];
  return { grad: med(rg), vjp: med(rv), fNs: med(tf) * 1e6 };
}

