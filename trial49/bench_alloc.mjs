// trial49 timing note: node --import tsgrad/register trial49/bench_alloc.mjs. How much of allpassEnergy_vjp over f is the
// per-call allocation of the ring that gen/ makes of the module buffer (f with my own per-call ring beside it), and
// pendulumEkf_vjp over f (finding 7). Three rounds; the numbers are noisy on 2 shared cores.
const A = await import('./src/audio.ts');
const G = await import('./gen/audio.grad.ts');
const I = await import('./src/imu.ts');
const IG = await import('./gen/imu.grad.ts');
// the same allpass with the ring allocated per call (what gen/ does), written by me
function allpassLocal(x, g, M) {
  const ring = new Float64Array(64);
  ring.fill(0);
  let w = 0, e = 0;
  for (let n = 0; n < x.length; n++) {
    const r = (w - M + 64) & 63;
    const d = ring[r];
    const yv = -g * x[n] + d;
    ring[w] = x[n] + g * yv;
    w = (w + 1) & 63;
    e += yv * yv * (n + 1);
  }
  return e;
}
const x = Float64Array.from({ length: 20 }, (_, i) => Math.sin(i));
const adj = { x: new Float64Array(20), g: 0, M: 0 };
const obs = Float64Array.from({ length: 15 }, (_, i) => 0.3 * Math.sin(i / 2)), x0 = Float64Array.of(0.1, 0.1, 0.3);
const adjE = { obs: new Float64Array(15), x0: new Float64Array(3), q: 0, r: 0, dt: 0 };
const t = (fn, n = 200000) => { for (let i = 0; i < n; i++) fn(); const s = performance.now(); for (let i = 0; i < n; i++) fn(); return ((performance.now() - s) / n) * 1e6; };
for (let rep = 0; rep < 3; rep++) {
  const f = t(() => A.allpassEnergy(x, 0.5, 3)), fl = t(() => allpassLocal(x, 0.5, 3)), v = t(() => G.allpassEnergy_vjp(x, 0.5, 3, adj, 1));
  const ef = t(() => I.pendulumEkf(obs, x0, 0.005, 0.05, 0.05), 20000), ev = t(() => IG.pendulumEkf_vjp(obs, x0, 0.005, 0.05, 0.05, adjE, 1), 20000);
  console.log(`allpass: f (module ring) ${f.toFixed(0)} ns, f with a local ring ${fl.toFixed(0)} ns, vjp ${v.toFixed(0)} ns (${(v / f).toFixed(2)}x f, ${(v / fl).toFixed(2)}x the local-ring f); pendulumEkf: f ${ef.toFixed(0)} ns, vjp ${ev.toFixed(0)} ns (${(ev / ef).toFixed(2)}x)`);
}
