// The cases timed slow (> 3x) in results.txt, each at a small and a large size, in one process:
// node --import tsgrad/register trial39/scaling.mjs → one JSON line per size {"scaling": {name, size, fNs, grad, vjp}}.
import { timeRatios } from './timing.mjs';

const S = (seed) => () => { seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0; return seed / 4294967296; };
const r = S(7);
const F = (n, lo, hi) => Float64Array.from({ length: n }, () => lo + (hi - lo) * r());
const adjOf = (keys, args) => () => Object.fromEntries(keys.map(([k, i]) => [k, args[i] === undefined || typeof args[i] === 'number' ? 0 : new Float64Array(args[i].length)]));
const cases = [
  ['probes', 'earlyHelper', [['xs', 0], ['ts', 1]], (n) => [F(n, -1, 1), F(n / 4, -0.5, 0.5)], [8, 512]],
  ['recursive', 'bezierDist', [['cx', 0], ['cy', 1], ['t', 2], ['px', 3], ['py', 4]], (n) => [F(n, 0, 3), F(n, -1, 1), 0.37, 1, 0.2], [4, 24]],
  ['attention', 'scratchReuse', [['w', 0], ['x', 1], ['reps', 2]], (n) => [F(n, -1, 1), F(n, -1, 1), 8], [4, 256]],
  ['robot', 'arm3dLoss', [['q', 0], ['link', 1], ['tx', 2], ['ty', 3], ['tz', 4]], (n) => [F(n, -1, 1), F(n - 1, 0.5, 1), 0.5, 0.5, 0.5], [4, 40]],
  ['dsp', 'biquadLoss', [['x', 0], ['ref', 1], ['fc', 2], ['Q', 3], ['fs', 4]], (n) => [F(n, -1, 1), F(n, -1, 1), 3000, 0.9, undefined], [24, 4096]],
  ['cloth', 'dropLoss', [['pos0', 0], ['k', 1], ['rest', 2], ['tx', 3], ['ty', 4], ['steps', 5]], (n) => [Float64Array.from({ length: 2 * n }, (_, k) => (k % 2 ? 5 : k / 2)), 30, 1, 2, 4, 30], [4, 64]],
  ['losses', 'kmeansObjective', [['X', 0], ['C', 1], ['d', 2]], (n) => [F(2 * n, -1, 1), F(8, -1, 1), 2], [6, 1000]],
  ['probes', 'labelledScan', [['M', 0], ['rows', 1], ['cols', 2], ['limit', 3]], (n) => [F(n * n, -1.5, 1.5), n, n, 1.2], [4, 64]],
];
for (const [m, f, keys, mk, sizes] of cases) {
  const src = await import(`./src/${m}.ts`), gen = await import(`./gen/${m}.grad.ts`);
  for (const n of sizes) {
    const args = mk(n);
    const t = timeRatios(src[f], gen[`${f}_grad`], gen[`${f}_vjp`], args, adjOf(keys, args));
    console.log(JSON.stringify({ scaling: { name: `${m}.${f}`, size: `n=${n}`, fNs: t.fNs, grad: +t.grad.toFixed(2), vjp: +t.vjp.toFixed(2) } }));
  }
}
