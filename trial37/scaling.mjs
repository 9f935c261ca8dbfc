// The slow cases timed at a small and a large size, to tell a fixed per-call cost from a per-element one.
// Run under node --import tsgrad/register trial37/scaling.mjs; prints one JSON line per case.
import { timeIt, sink } from './timing.mjs';
const mods = {};
const load = async (m) => (mods[m] ??= { src: await import(`./src/${m}.ts`), gen: await import(`./gen/${m}.grad.ts`) });
const lin = (n, a, b) => Float64Array.from({ length: n }, (_, i) => a + ((b - a) * i) / Math.max(1, n - 1));
const ring = (n) => { const p = new Float64Array(2 * n); for (let i = 0; i < n; i++) { const t = (2 * Math.PI * i) / n; p[2 * i] = Math.cos(t) * (1 + 0.1 * Math.sin(5 * t)); p[2 * i + 1] = Math.sin(t); } return p; };
const cases = [
  ['util', 'dot', (n) => [lin(n, -1, 1), lin(n, 1, -1), n], [5, 10000]],
  ['arm', 'tipXLoop', (n) => [lin(n, -0.3, 0.3), lin(n, 1, 0.5)], [5, 2000]],
  ['arm', 'ikLoss', (n) => [lin(n, -0.3, 0.3), lin(n, 1, 0.5), 1, 0.5], [4, 2000]],
  ['geom', 'distToPolyline', (n) => [0.3, 0.2, ring(n)], [4, 2000]],
  ['geom', 'signedDistPolygon', (n) => [0.3, 0.2, ring(n)], [5, 2000]],
  ['geom', 'bezierRec', (n) => [Array.from(lin(n, -1, 1)), 0.37], [5, 60]],
  ['geom', 'bezierLoop', (n) => [Array.from(lin(n, -1, 1)), 0.37], [5, 60]],
  ['physics', 'chainVerlet', (n) => [Float64Array.from({ length: n }, (_, i) => -i), 1, 100, 60], [6, 200]],
  ['physics', 'timeToImpact', (n) => [n, 0.5, 0.05], [2, 40]],
  ['refused', 'counterClosure', () => [0.7], [1]],
  ['gp', 'gpPredictMean', (n) => [lin(n, -2, 2), lin(n, -1, 1), 0.3, 0.1, -0.2, -1.5], [5, 60]],
];
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
for (const [m, f, gen, sizes] of cases) {
  if (only && only !== f) continue;
  const { src, gen: g } = await load(m);
  const rows = [];
  for (const n of sizes) {
    const args = gen(n);
    const probe = g[`${f}_grad`](...args);
    const keys = Object.keys(probe.grad);
    const t = timeIt(src[f], g[`${f}_grad`], g[`${f}_vjp`], args, () => Object.fromEntries(keys.map((k) => [k, typeof probe.grad[k] === 'number' ? 0 : new Float64Array(probe.grad[k].length)])));
    rows.push({ n, grad: +t.grad.toFixed(2), vjp: +t.vjp.toFixed(2), fNs: +t.fNs.toFixed(0) });
  }
  console.log(JSON.stringify({ scaling: { name: f, rows } }));
}
if (Number.isNaN(sink)) console.log('sink NaN');
