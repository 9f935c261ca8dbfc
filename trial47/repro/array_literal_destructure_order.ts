// trial47 finding 10 (WRONG value and gradient): destructuring an array literal whose later element changes what an
// earlier one read. `let t = x; const [p, q] = [t, (t = t * 2)]` gives p = x in JavaScript (the literal's elements
// are evaluated left to right, then destructured), so f = 7p + q + t = 7x + 2x + 2x = 11x.
// Expected: swapLater(1) = 11, d/dx = 11. Actual: swapLater_grad(1) gives value 18 and grad 18: p is read as the new
// t (2x). The same with a plain field changed by a method (`[b.v, b.bump()]`), with a getter and a method assigning
// through its setter (`[k.g, k.twist(d)]`), with a local closure assigning t (`[t, bump()]`), and in a destructuring
// assignment (`[p, q] = [k.g, k.twist(d)]`): probes/compound.ts arrayLiteralLocal, arrayLiteralField, getterArgArray,
// arrayLiteralClosure, arrayAssignGetter. The element must be a bare read: `[t + 0, (t = t * 2)]` is right
// (arrayLiteralExpr), so is `[a, b] = [b, (a = a * 3)]` (swapWithSideEffect) and the literal kept as an array
// (`const arr = [t, (t = t * 2)]`, arrayLiteralKept). Right too: an array element
// changed by a helper (`[a[0], doubleFirst(a)]`, arrayLiteralElement), the same reads as a helper's arguments, as
// Math.max's, as a constructor's, or in a binary expression (getterArgHelper, getterArgMax, getterArgNew,
// getterBinary), and plain swaps (`[u, w] = [w, u]`, src/lang.ts jacobiSwap).
// Run: node --import tsgrad/register trial47/repro/array_literal_destructure_order.ts
import { grad } from 'tsgrad';

export function swapLater(x: number): number {
  let t = x;
  const [p, q] = [t, (t = t * 2)];
  return p * 7 + q + t;
}

{
  const f = swapLater(1);
  const g = grad(swapLater)(1);
  console.log(`f ${f}, grad(f) value ${g.value}, d/dx ${g.grad.x} (expected 11 and 11)`);
  console.log(Object.is(f, g.value) ? 'GONE' : 'REPRODUCES: value differs from f');
}
