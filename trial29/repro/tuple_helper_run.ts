// node --import tsgrad/register trial29/repro/tuple_helper_run.ts  (after compiling trial29/repro)
import { eulerTuple, eulerObject } from './tuple_helper.ts';
import { eulerTuple_vjp, eulerObject_vjp } from './tuple_helper.grad.ts';
import { readFileSync } from 'node:fs';
function time(fn: () => number) {
  let s = 0;
  for (let i = 0; i < 20000; i++) s += fn();
  const ts: number[] = [];
  for (let r = 0; r < 9; r++) {
    const t0 = performance.now();
    for (let i = 0; i < 20000; i++) s += fn();
    ts.push(performance.now() - t0);
  }
  return ts.sort((a, b) => a - b)[4] + 0 * s;
}
const adj = { th: 0, om: 0, k: 0 };
const out: Record<string, number> = {};
for (const [name, f, v] of [['tuple', eulerTuple, eulerTuple_vjp], ['object', eulerObject, eulerObject_vjp]] as const) {
  const tf = time(() => f(0.3, 0.1, 9.81));
  const tv = time(() => ((adj.th = adj.om = adj.k = 0), v(0.3, 0.1, 9.81, adj)));
  out[name] = tv / tf;
}
const gen = readFileSync(new URL('./tuple_helper.grad.ts', import.meta.url), 'utf8');
const body = gen.slice(gen.indexOf('export function eulerTuple_vjp'), gen.indexOf('export function eulerTuple_grad'));
console.log(JSON.stringify({ tupleRatio: +out.tuple.toFixed(2), objectRatio: +out.object.toFixed(2), tupleAllocs: (body.match(/f64Zeros\(2\)|: number\[\] = \[/g) ?? []).length, tuplePushRef: (body.match(/pushRef/g) ?? []).length }));
