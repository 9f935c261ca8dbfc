// Runs the hint of object_alias_hint.ts: the copy it suggests compiles, and gives another value than the alias.
import { grad } from 'tsgrad';

function aliasedJs(x: number, y: number): number {
  const o = { p: x, q: y };
  const r = o;
  r.p = r.p * o.q;
  o.q += r.p;
  return o.p * r.q;
}

export function hinted(x: number, y: number): number {
  const o = { p: x, q: y };
  const r = { p: o.p, q: o.q }; // the hint: declare it with its value, an object literal
  r.p = r.p * o.q;
  o.q += r.p;
  return o.p * r.q;
}

const a = aliasedJs(0.7, 1.3), h = grad(hinted)(0.7, 1.3).value;
console.log(a === h ? 'GONE: the hinted copy gives the alias value' : `REPRODUCES: the alias gives ${a}, the hinted copy ${h} (a different function)`);
