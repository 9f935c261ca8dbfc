// REFUSED (a stack of intervals, as adaptive quadrature keeps it), with a hint that does not fit.
// Expected: pop() on a local number[] supported like push (the adjoint array popped with it), or a hint with the
//           form that works: a Float64Array stack and an index, `stack[--sp]` (edges.ts gaussAdaptiveSp).
// Actual:   10:15 error TSG1008: 'pop' is not an array method tsgrad supports in an expression; hint: "... .fill(v),
//           .push(v) as statements; write a loop".
export function sumHalvings(x: number): number {
  const stack: number[] = [x];
  let s = 0;
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (v > 1) stack.push(v / 2, v / 3);
    else s += v * v;
  }
  return s;
}
