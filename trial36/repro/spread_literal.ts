// SLOW (identifiable): Math.max of a spread array literal is lowered as a heap array, a loop over it with a tape push
// per element, and a Float64Array of adjoints, where Math.max(a, b, c) is three compares and no tape.
// Expected: maxSpread_vjp as cheap as maxDirect_vjp (a spread of a literal is an argument list of known length).
// Actual:   maxSpread_vjp has `const tmp: number[] = [a, b, c]`, `stack[top++] = mx` per element, and
//           `const tmp_b = f64Zeros(tmp.length)`; in run.mjs's timing edges.ts's maxOfSpread is 3.6-5x its primal
//           (f ≈ 15 ns), maxDirect-like code 1.3-2x.
export function maxSpread(a: number, b: number, c: number): number {
  return Math.max(...[a, b, c]);
}
export function maxDirect(a: number, b: number, c: number): number {
  return Math.max(a, b, c);
}
