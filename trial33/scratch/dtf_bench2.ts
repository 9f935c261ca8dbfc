import { daysToFlower_vjp as gen } from './dtf_copy.ts';
import { daysToFlower } from '/work/wt/trial33/trial33/src/agro.ts';
const n = 40;
const tm = Float64Array.from({ length: n }, (_, i) => 10 + (i * 7919 % 15));
const dl = Float64Array.from({ length: n }, (_, i) => 10 + (i * 31 % 5));
const adj = { tmean: new Float64Array(n), daylen: new Float64Array(n), req: 0, critical: 0, sens: 0 };
let s = 0;
for (let rep = 0; rep < 4; rep++) {
  let t = performance.now();
  for (let i = 0; i < 100000; i++) s += daysToFlower(tm, dl, 200);
  const a = performance.now() - t;
  t = performance.now();
  for (let i = 0; i < 100000; i++) s += gen(tm, dl, 200, undefined, undefined, adj);
  const b = performance.now() - t;
  console.log((a * 10).toFixed(0), 'ns f;', (b * 10).toFixed(0), 'ns vjp copy');
}
