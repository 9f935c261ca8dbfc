// The cases timed slow with arrays, at their spec's size and at a large one, in one process each (run.mjs, not
// with --no-time): is the ratio a fixed cost of small calls or does it stay? One JSON line per case and size.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const U = (a, b) => a + (b - a) * Math.random();
const F = (n, g) => Float64Array.from({ length: n }, g);
const pentagonN = (n) => F(2 * n, (_, k) => { const a = (2 * Math.PI * (k >> 1)) / n; return k % 2 ? Math.sin(a) : Math.cos(a); });
export const cases = {
  switchInLoop: { m: 'edges', sizes: [8, 512], args: (n) => [F(n, () => U(-1, 1)), 1.3] },
  polygonArea: { m: 'sdf', sizes: [5, 500], args: (n) => [pentagonN(n)] },
  centroidLoss: { m: 'sdf', sizes: [5, 500], args: (n) => [Array.from(pentagonN(n)), 0.1, -0.2] },
  labelledSearch: { m: 'probes', sizes: [4, 40], args: (n) => [F(n * n, () => U(-0.2, 0.9)), n, 0.5] },
  karatsubaLoss: { m: 'recur', sizes: [4, 64], args: (n) => [Array.from({ length: n }, () => U(-1, 1)), Array.from({ length: n }, () => U(-1, 1)), Array.from({ length: 2 * n - 1 }, () => U(-1, 1))] },
  spotSize: { m: 'optics', sizes: [4, 256], args: (n) => [F(n, (_, i) => (0.5 * (i + 1)) / n), 3, 2.5, 0.5, 1.5, 3.5] },
  carriedEarly: { m: 'edges', sizes: [6, 200], args: (n) => [F(n, () => U(-1, 1)), 0.1] },
  sgnsLoss: { m: 'embed', sizes: [3, 64], args: (d) => [F(5 * d, () => U(-0.5, 0.5)), F(5 * d, () => U(-0.5, 0.5)), d, Int32Array.of(0, 1, 2), Int32Array.of(1, 2, 3), Int32Array.of(4, 2, 0, 3, 1, 4), 2] },
  tripletCosine: { m: 'embed', sizes: [3, 256], args: (d) => [F(4 * d, () => U(-1, 1)), d, 0, 1, 2, 2.2] },
  heatCheckpointed: { m: 'pde', sizes: [9, 200], args: (steps) => [F(20, () => U(0, 1)), 5, 4, 0.1, steps, 0.02] },
};

const [name, size] = process.argv.slice(2);
if (!name) {
  const me = fileURLToPath(import.meta.url);
  for (const [n, c] of Object.entries(cases)) for (const s of c.sizes) {
    const p = spawnSync(process.execPath, ['--import', 'tsgrad/register', me, n, String(s)], { encoding: 'utf8' });
    process.stdout.write(p.stdout || `${JSON.stringify({ scaling: { name: n, size: s, error: p.stderr.split('\n')[0] } })}\n`);
  }
} else {
  const c = cases[name];
  const src = await import(`./src/${c.m}.ts`), gen = await import(`./gen/${c.m}.grad.ts`);
  const args = c.args(+size);
  const f = src[name], g = gen[`${name}_grad`], v = gen[`${name}_vjp`];
  const G = g(...args);
  const adj = Object.fromEntries(Object.entries(G.grad).map(([k, x]) => [k, typeof x === 'number' ? 0 : new Float64Array(x.length)]));
  let sink = 0;
  const loop = (fn, n) => { const t0 = process.hrtime.bigint(); for (let i = 0; i < n; i++) { const x = fn(); sink += typeof x === 'number' ? x : x.value; } return Number(process.hrtime.bigint() - t0) / n; };
  const runF = () => f(...args), runG = () => g(...args), runV = () => v(...args, adj);
  let n = 1;
  while (loop(runF, n) * n < 3e6) n *= 2;
  for (let w = 0; w < 2; w++) { loop(runF, n); loop(runG, n); loop(runV, n); }
  const rg = [], rv = [], fs = [];
  for (let k = 0; k < 11; k++) { const a = loop(runF, n), b = loop(runG, n), d = loop(runV, n); fs.push(a); rg.push(b / a); rv.push(d / a); }
  const med = (a) => a.sort((x, y) => x - y)[5];
  console.log(JSON.stringify({ scaling: { name, size: +size, fNs: Math.round(med(fs)), grad: +med(rg).toFixed(2), vjp: +med(rv).toFixed(2), sink: sink === 1.5 } }));
}
