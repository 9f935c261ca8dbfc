import { daysToFlower } from '../src/agro.ts';
const n = 40;
const tm = Float64Array.from({ length: n }, (_, i) => 10 + (i * 7919 % 15));
const dl = Float64Array.from({ length: n }, (_, i) => 10 + (i * 31 % 5));
const adj = { tmean: new Float64Array(n), daylen: new Float64Array(n), req: 0, critical: 0, sens: 0 };
const variants: Record<string, any> = {};
for (const v of process.argv.slice(2)) variants[v] = (await import(`./dtf_${v}.ts`)).daysToFlower_vjp;
const best: Record<string, number> = { f: Infinity };
let s = 0;
for (let rep = 0; rep < 15; rep++) {
  let t = performance.now();
  for (let i = 0; i < 50000; i++) s += daysToFlower(tm, dl, 200);
  best.f = Math.min(best.f, (performance.now() - t) * 20);
  for (const [k, g] of Object.entries(variants)) {
    t = performance.now();
    for (let i = 0; i < 50000; i++) s += g(tm, dl, 200, undefined, undefined, adj);
    best[k] = Math.min(best[k] ?? Infinity, (performance.now() - t) * 20);
  }
}
console.log(Object.entries(best).map(([k, v]) => `${k} ${v.toFixed(0)}ns`).join('  '));
