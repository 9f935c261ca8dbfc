// Finding (performance hazard, not a wrong value): the right operand of && is evaluated eagerly in the generated
// forward sweep. `while (j + 1 < n && time[j + 1] === time[i]) j++` (survival.coxEfron) reads time[n], one past the
// end, in coxEfron_vjp (`const t11 = time[t9]` before `const t14 = t10 && t13`), which the source never does.
// Reads past the end of a typed array are a known V8 slow path; whether it costs time here I could not show
// (coxEfron's timing is bimodal, 4x or 25x, but so is coxBreslow's, which has no &&).
// Expected: the generated code reads only the elements f reads (as a calls-with-side-effects operand already is:
//   `i < n && checked(xs[i])` keeps its short circuit).
// Actual: a Proxy around a number[] sees runs_grad read index 4 of a 4-element array; runs itself never does.
import { grad } from 'tsgrad';

export function runs(t: number[], k: number): number {
  const n = t.length;
  let j = 0;
  let s = 0;
  while (j + 1 < n && t[j + 1] === t[0]) {
    s += k * t[j];
    j++;
  }
  return s + k;
}

const seen: string[] = [];
const watch = (xs: number[]) => new Proxy(xs, { get(a, key, r) { if (typeof key === 'string' && /^\d+$/.test(key) && +key >= a.length) seen.push(key); return Reflect.get(a, key, r); } });
runs(watch([2, 2, 2, 2]), 1.5);
const fReads = seen.length;
grad(runs)(watch([2, 2, 2, 2]), 1.5);
const gReads = seen.length - fReads;
console.log(gReads > 0 && fReads === 0 ? `REPRODUCES: runs read past the end ${fReads} times, grad(runs) ${gReads} times (index ${seen[seen.length - 1]} of 4)` : `GONE: f ${fReads}, grad ${gReads} reads past the end`);
