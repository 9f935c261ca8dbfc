// Timing: f vs f_grad vs f_vjp (adj zeroed each call by code specialised to its keys), interleaved rounds of ~4 ms
// batches, median of per-round ratios. Each form runs in a loop of its own made by new Function (fixed arity, one call
// site per form: a shared `fn()` call site or a spread call f(...args) cost 20-90 ns and hid small functions' cost);
// every result is added into a sum that is returned and kept, so V8 cannot drop a call.
export let sink = 0;
export function timeIt(f, fg, fv, args, makeAdj) {
  const list = args.map((_, i) => `a[${i}]`).join(', ');
  const adj = makeAdj();
  const zero = new Function('adj', Object.keys(adj).map((k) => (typeof adj[k] === 'number' ? `adj[${JSON.stringify(k)}] = 0;` : `adj[${JSON.stringify(k)}].fill(0);`)).join('\n'));
  const loop = (body) => new Function('f', 'a', 'adj', 'zero', `return (n) => { let s = 0; for (let i = 0; i < n; i++) { ${body} } return s; };`);
  const runF = loop(`s += f(${list});`)(f, args, adj, zero);
  const runG = loop(`s += f(${list}).value;`)(fg, args, adj, zero);
  const runV = loop(`zero(adj); s += f(${list}, adj, 1);`)(fv, args, adj, zero);
  const calibrate = (run) => { let n = 1; for (;;) { const t0 = performance.now(); sink += run(n); if (performance.now() - t0 > 4) return n; n *= 2; } };
  for (let w = 0; w < 3; w++) { calibrate(runF); calibrate(runG); calibrate(runV); }
  const nF = calibrate(runF), nG = calibrate(runG), nV = calibrate(runV);
  const per = (run, n) => { const t0 = performance.now(); sink += run(n); return (performance.now() - t0) / n; };
  const rg = [], rv = [], tf = [];
  for (let r = 0; r < 21; r++) { const a = per(runF, nF), b = per(runG, nG), c = per(runV, nV); rg.push(b / a); rv.push(c / a); tf.push(a); }
  const med = (x) => x.slice().sort((p, q) => p - q)[x.length >> 1];
  return { grad: med(rg), vjp: med(rv), fNs: med(tf) * 1e6 };
}
