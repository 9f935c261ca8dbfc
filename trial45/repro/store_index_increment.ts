// Finding (WRONG value and gradient): in `ys[i++] = <right side reading i>`, tsgrad evaluates the right side before
// the left side's index expression, so the right side sees i before the increment. JavaScript evaluates the
// left-hand reference first (ECMA-262 13.15.2: the LeftHandSideExpression, its index `i++` included, then the
// AssignmentExpression), so the right side sees i + 1.
//
// Expected: at xs = [2, 3, 5], k = 0.5, shiftStore (i from 0) is xs[1] * k + xs[0] = 3.5 with grad
// { xs: [1, 0.5, 0], k: 3 }, and shiftStoreInRange (i from 1) is xs[2] * k + xs[1] = 5.5 with grad
// { xs: [0, 1, 0.5], k: 5 }: f_grad's value is f's.
// Actual: shiftStore's f_grad value is NaN (the right side reads ys[i] and ys[i - 1] with i = 0: ys[-1] is
// undefined) with grad { xs: [0.5, 0, 0], k: 2 }; shiftStoreInRange's is 3.5 (xs[1] * k + xs[0]), silently another
// number, with grad { xs: [1, 0.5, 0], k: 3 }. `tsgrad trace` agrees with the generated code (3.5), so the order
// is lost in the lowering both share.
// The generated f_vjp reads `const t6 = ys[i]` and `ys[i - 1]` before `const t11 = i; i = i + 1; ys[t11] = t10`.
// `ys[j++] *= k + ys[j]` (compound) is right (probes/order.ts compoundElementSideEffect); only `=` is wrong.
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

const xs = Float64Array.of(2, 3, 5);
const g = grad(shiftStore)(xs, 0.5), h = grad(shiftStoreInRange)(xs, 0.5);
console.log(`shiftStore: f ${shiftStore(xs, 0.5)}, f_grad value ${g.value}, grad xs [${Array.from(g.grad.xs)}] k ${g.grad.k}`);
console.log(`shiftStoreInRange: f ${shiftStoreInRange(xs, 0.5)}, f_grad value ${h.value}, grad xs [${Array.from(h.grad.xs)}] k ${h.grad.k}`);
const wrong = !Object.is(g.value, shiftStore(xs, 0.5)) || !Object.is(h.value, shiftStoreInRange(xs, 0.5));
console.log(wrong ? 'REPRODUCES: the right side of ys[i++] = … is evaluated before the index' : 'GONE: ys[i++] = … evaluates its index first');
