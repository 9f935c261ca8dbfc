// Times f and its f_vjp (adj allocated once, as in a training loop) in one process: median of 7 batches.
import { SPECS } from './specs.js';

type Any = any;
let sink = 0;
function perCall(fn: () => unknown): number {
  // calibrate a batch to ~4 ms
  let n = 1;
  for (;;) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) { const v = fn(); if (typeof v === 'number') sink += v; }
    const dt = Number(process.hrtime.bigint() - t0);
    if (dt > 4e6 || n > 1 << 22) break;
    n *= 2;
  }
  const times: number[] = [];
  for (let b = 0; b < 7; b++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) { const v = fn(); if (typeof v === 'number') sink += v; }
    times.push(Number(process.hrtime.bigint() - t0) / n);
  }
  times.sort((a, b) => a - b);
  return times[3];
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
    const tf = perCall(() => f(...args));
    const tv = perCall(() => vjp(...args, adj, 1));
    console.log(JSON.stringify({ name: spec.name, f_ns: +tf.toFixed(1), vjp_ns: +tv.toFixed(1), ratio: +(tv / tf).toFixed(2) }));
  } catch (e) {
    console.log(JSON.stringify({ name: spec.name, error: String(e) }));
  }
}
if (sink === 42) console.log('');
