// Times f and its f_vjp (adj allocated once, as in a training loop) in one process: median of 7 batches.
import { SPECS } from './specs.js';

type Any = any;
let sink = 0;
function calibrate(fn: () => unknown): number {
  // calls per batch so that one batch takes ~4 ms
  let n = 1;
  for (;;) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) { const v = fn(); if (typeof v === 'number') sink += v; }
    if (Number(process.hrtime.bigint() - t0) > 4e6 || n > 1 << 22) return n;
    n *= 2;
  }
}
function batch(fn: () => unknown, n: number): number {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) { const v = fn(); if (typeof v === 'number') sink += v; }
  return Number(process.hrtime.bigint() - t0) / n;
}
// f and f_vjp batches alternate, so that a change of the machine's load hits both: medians of 7 each
function timePair(f: () => unknown, g: () => unknown): [number, number] {
  const nf = calibrate(f), ng = calibrate(g);
  const tf: number[] = [], tg: number[] = [];
  for (let b = 0; b < 7; b++) { tf.push(batch(f, nf)); tg.push(batch(g, ng)); }
  tf.sort((a, b) => a - b); tg.sort((a, b) => a - b);
  return [tf[3], tg[3]];
}

const only = process.argv.slice(2);
for (const spec of SPECS) {
  if (only.length && !only.includes(spec.name)) continue;
  const src: Any = await import(`./src/${spec.mod}.ts`);
  const gen: Any = await import(`./src/${spec.mod}.grad.ts`);
  const f = src[spec.name], vjp = gen[`${spec.name}_vjp`];
  if (!vjp) continue;
  const args = spec.args().map(([, v]) => v);
  const adj: Any = {};
  // adj with the keys of grad: number params and float arrays (Float64Array, Float32Array, number[]), not enums or integer arrays
  spec.args().forEach(([n, v]) => {
    if (v instanceof Float64Array || v instanceof Float32Array || (Array.isArray(v) && v.every((e) => typeof e === 'number'))) adj[n] = new Float64Array((v as ArrayLike<number>).length);
    else if (typeof v === 'number' && !(spec.skip?.includes(n) && n === 'kind')) adj[n] = 0;
  });
  try {
    for (let i = 0; i < 200; i++) { f(...args); vjp(...args, adj, 1); }
    const [tf, tv] = timePair(() => f(...args), () => vjp(...args, adj, 1));
    console.log(JSON.stringify({ name: spec.name, f_ns: +tf.toFixed(1), vjp_ns: +tv.toFixed(1), ratio: +(tv / tf).toFixed(2) }));
  } catch (e) {
    console.log(JSON.stringify({ name: spec.name, error: String(e) }));
  }
}
if (sink === 42) console.log('');
