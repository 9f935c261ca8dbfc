// Timing of f against f_grad and f_vjp: each in a loop of its own made by new Function with the arity of the call
// (no spread through one shared call site), results summed into a sink; 21 interleaved rounds of ~4 ms;
// the median of the per-round ratios.
export function timeCase(f, fGrad, fVjp, argv, nGiven, makeAdj, rounds = 21) {
  const n = argv.length;
  const ps = Array.from({ length: n }, (_, i) => `a${i}`);
  const loop = (call) => new Function('fn', 'args', 'adj', 'reps', `const [${ps.join(',')}] = args; let s = 0; for (let r = 0; r < reps; r++) { ${call} } return s;`);
  const lf = loop(`s += fn(${ps.slice(0, nGiven).join(',')});`);
  const lg = loop(`s += fn(${ps.join(',')}).value;`);
  const lv = loop(`s += fn(${ps.join(',')}, adj, 1);`);
  const adj = makeAdj();
  // calibrate: reps for ~4 ms of f
  let reps = 1;
  for (;;) { const t = performance.now(); lf(f, argv, adj, reps); if (performance.now() - t > 4 || reps > 1e7) break; reps *= 2; }
  let sink = 0;
  const rg = [], rv = [], fns = [];
  for (let k = 0; k < rounds + 2; k++) {
    const t0 = performance.now(); sink += lf(f, argv, adj, reps);
    const t1 = performance.now(); sink += lg(fGrad, argv, adj, reps);
    const t2 = performance.now(); sink += lv(fVjp, argv, adj, reps);
    const t3 = performance.now();
    if (k < 2) continue; // warm-up
    rg.push((t2 - t1) / (t1 - t0)); rv.push((t3 - t2) / (t1 - t0)); fns.push(((t1 - t0) * 1e6) / reps);
  }
  const med = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1];
  if (sink === 0.5) console.error('');
  return { grad: +med(rg).toFixed(2), vjp: +med(rv).toFixed(2), fNs: +med(fns).toFixed(0) };
}
