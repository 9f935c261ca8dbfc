// Finding (WRONG value and gradient): in an element assignment `ys[<index>] = <right side>` (and `+=`), tsgrad
// evaluates the right side before the index, so where either changes a variable the other reads, the store goes
// to another element or reads other elements than JavaScript's. JavaScript evaluates the left-hand reference first
// (ECMA-262 13.15.2: the member expression and its index, `i++` included, then the right side), and `ys[i] += e`
// reads ys[i] at that index before e.
//
// Expected (xs = [2, 3, 5], k = 0.5): f_grad's value is f's, for each of
//   shiftStore           ys[i++] = ys[i] * k + ys[i - 1], i = 0:  ys[0] = 3 * 0.5 + 2            -> 3.5
//   shiftStoreInRange    the same with i = 1:                       ys[1] = 5 * 0.5 + 3            -> 5.5
//   rhsReassignsIndex    ys[i] = (i = 2, xs[1] * k), i = 0:         ys[0] = 1.5; ys[0] + 10 ys[2]  -> 51.5
//   rhsIncrementsIndex   ys[i] = ys[i++] * k + ys[i]:               ys[0] = 1 + 3; ys[0] + 10 ys[1] -> 34
//   compoundRhsIncrements ys[i] += ys[++i] * k:                     ys[0] = 2 + 1.5; + 10 ys[1]    -> 33.5
//   plainArrayStore      ys[i++] = ys[i] * k of a number[]:         ys[0] = 3 * 0.5                -> 1.5
//   localLiteralStore    the same on [x, 2x, 3x], x = 2:            ys[0] = 4 * 0.5                -> 2
//   compoundRhsWrites    ys[0] += (ys[0] = 5x, x * x), x = 0.7:      old ys[0] + 0.49 = 0.7 + 0.49  -> 1.19
//   readerClosure        out[n] = take(), take = () => xs[n++] * k, twice, xs = [2, 3, 5]:
//                        out[0] = 1, out[1] = 1.5; out[0] + 10 out[1] + 100 out[2]              -> 16
//   tupleStore           pts[i++][0] = pts[i][0] * 2 over [[x, 1], [2x, 2], [3x, 3]], x = 0.7:
//                        pts[0][0] = 2.8; pts[0][0] + 10 pts[1][0]                              -> 16.8
// Actual: NaN (ys[-1] read), 3.5, 17, 42, 37, 1, 1, 3.99 (the new ys[0] read), 160 (stored at out[1], out[2]),
// 15.4: every variant is evaluated right side first, with gradients to
// match (shiftStore's grad is { xs: [0.5, 0, 0], k: 2 } where it should be { xs: [1, 0.5, 0], k: 3 }).
// `tsgrad trace` agrees with the generated code (shiftStoreInRange 3.5), so the order is lost in the lowering they
// share: the generated f_vjp reads `ys[i]`, `ys[i - 1]` before `const t11 = i; i = i + 1; ys[t11] = t10`.
// (A closure or helper that writes ys[0] called on the right side of `ys[0] += …` is right.)
// Where the right side does not touch the index (the usual `ys[i++] = v`), and `ys[j++] *= k + ys[j]`
// (probes/order.ts compoundElementSideEffect), the result is right.
// Run: node --import tsgrad/register trial45/repro/store_index_increment.ts
import { grad } from 'tsgrad';

export function shiftStore(xs: Float64Array, k: number): number {
  const ys = Float64Array.from(xs);
  let i = 0;
  ys[i++] = ys[i] * k + ys[i - 1];
  return ys[0];
}
export function shiftStoreInRange(xs: Float64Array, k: number): number {
  const ys = Float64Array.from(xs);
  let i = 1;
  ys[i++] = ys[i] * k + ys[i - 1];
  return ys[1];
}
export function rhsReassignsIndex(xs: Float64Array, k: number): number {
  const ys = Float64Array.from(xs);
  let i = 0;
  ys[i] = (i = 2, xs[1] * k);
  return ys[0] + 10 * ys[2];
}
export function rhsIncrementsIndex(xs: Float64Array, k: number): number {
  const ys = Float64Array.from(xs);
  let i = 0;
  ys[i] = ys[i++] * k + ys[i];
  return ys[0] + 10 * ys[1];
}
export function compoundRhsIncrements(xs: Float64Array, k: number): number {
  const ys = Float64Array.from(xs);
  let i = 0;
  ys[i] += ys[++i] * k;
  return ys[0] + 10 * ys[1];
}
export function plainArrayStore(xs: number[], k: number): number {
  const ys = xs.slice();
  let i = 0;
  ys[i++] = ys[i] * k;
  return ys[0];
}
export function localLiteralStore(x: number, k: number): number {
  const ys = [x, 2 * x, 3 * x];
  let i = 0;
  ys[i++] = ys[i] * k;
  return ys[0];
}
export function compoundRhsWrites(x: number): number {
  const ys = [x, 2 * x];
  ys[0] += (ys[0] = 5 * x, x * x);
  return ys[0];
}
export function readerClosure(xs: Float64Array, k: number): number {
  const out = new Float64Array(xs.length);
  let n = 0;
  const take = () => xs[n++] * k;
  out[n] = take();
  out[n] = take();
  return out[0] + 10 * out[1] + 100 * out[2];
}
export function tupleStore(x: number): number {
  const pts: [number, number][] = [[x, 1], [2 * x, 2], [3 * x, 3]];
  let i = 0;
  pts[i++]![0] = pts[i]![0] * 2;
  return pts[0]![0] + 10 * pts[1]![0];
}

const xs = Float64Array.of(2, 3, 5), ps = [2, 3, 5];
const rows: [string, number, number][] = [
  ['shiftStore', shiftStore(xs, 0.5), grad(shiftStore)(xs, 0.5).value],
  ['shiftStoreInRange', shiftStoreInRange(xs, 0.5), grad(shiftStoreInRange)(xs, 0.5).value],
  ['rhsReassignsIndex', rhsReassignsIndex(xs, 0.5), grad(rhsReassignsIndex)(xs, 0.5).value],
  ['rhsIncrementsIndex', rhsIncrementsIndex(xs, 0.5), grad(rhsIncrementsIndex)(xs, 0.5).value],
  ['compoundRhsIncrements', compoundRhsIncrements(xs, 0.5), grad(compoundRhsIncrements)(xs, 0.5).value],
  ['plainArrayStore', plainArrayStore(ps, 0.5), grad(plainArrayStore)(ps, 0.5).value],
  ['localLiteralStore', localLiteralStore(2, 0.5), grad(localLiteralStore)(2, 0.5).value],
  ['compoundRhsWrites', compoundRhsWrites(0.7), grad(compoundRhsWrites)(0.7).value],
  ['readerClosure', readerClosure(xs, 0.5), grad(readerClosure)(xs, 0.5).value],
  ['tupleStore', tupleStore(0.7), grad(tupleStore)(0.7).value],
];
for (const [name, f, g] of rows) console.log(`${name}: f ${f}, f_grad value ${g}`);
const g0 = grad(shiftStore)(xs, 0.5).grad;
console.log(`shiftStore grad xs [${Array.from(g0.xs)}] k ${g0.k} (expected [1, 0.5, 0], 3)`);
const wrong = rows.filter(([, f, g]) => !Object.is(f, g)).length;
console.log(wrong ? `REPRODUCES: ${wrong} of ${rows.length} element assignments evaluate the right side before the index` : 'GONE: element assignments evaluate their index first');
