// Times one function and its f_grad/f_vjp alone: node --import tsx trial26/bench-one.ts <fn> [ms]
import { cases } from './cases.js';
const [fn, msArg] = process.argv.slice(2);
const c = cases.find((k) => k.fn === fn)!;
const src = await import(`./src/${c.file}.ts`);
const gen = await import(`./src/${c.file}.grad.ts`);
let s = 1;
const r = () => ((s = (s * 16807) % 2147483647) / 2147483647);
const vals = Object.values(c.at(r));
const f = src[c.fn], fg = gen[`${c.fn}_grad`], fv = gen[`${c.fn}_vjp`];
const g0 = fg(...vals).grad;
const adj: Record<string, unknown> = {};
for (const [k, v] of Object.entries(g0)) adj[k] = typeof v === 'number' ? 0 : new Float64Array((v as Float64Array).length);
let sink = 0;
const ms = Number(msArg ?? 300);
// warm-up: 3000 calls of each form (a long vjp needs ~1000 before V8 optimises it)
for (const run of [() => f(...vals), () => fg(...vals).value, () => fv(...vals, adj)]) for (let i = 0; i < 3000; i++) sink += run();
for (const [name, run] of [['f', () => f(...vals)], ['grad', () => fg(...vals).value], ['vjp', () => fv(...vals, adj)], ['f', () => f(...vals)]] as const) {
  const times: number[] = [];
  const end = performance.now() + ms;
  while (performance.now() < end) {
    const t = performance.now();
    for (let i = 0; i < 200; i++) sink += run();
    times.push(((performance.now() - t) / 200) * 1e3);
  }
  times.sort((a, b) => a - b);
  console.log(name.padEnd(5), `median ${times[times.length >> 1].toFixed(3)} µs  min ${times[0].toFixed(3)} µs  (${times.length} batches)`);
}
if (sink === 0.123) console.log();
