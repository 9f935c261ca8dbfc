// Finding (refusal of library-style code; message about the type, not the callback): a generic reducer
// `sumBy<T>(xs: readonly T[], f: (x: T, i: number) => number)`, called with T = number and an arrow, is refused at the
// call with TSG2002 "'sumBy' has a parameter tsgrad cannot pass (xs: readonly T[])"; with T replaced by number
// (sumByNum) the refusal moves to the callback: "'sumByNum' has a parameter tsgrad cannot pass (f: (x: number, i: number)
// => number)", hint "callees take numbers, arrays of numbers, strings and booleans …". Expected: the helper inlined at the call with T = number and
// the arrow bound to f (as `reduce`'s callback is), or one message saying that a helper taking a function parameter is
// not followed, with the loop as the hint.
function sumBy<T>(xs: readonly T[], f: (x: T, i: number) => number): number {
  let s = 0;
  for (const [i, x] of xs.entries()) s += f(x, i);
  return s;
}
export function bondEnergy(lengths: readonly number[], k: number, r0: number): number {
  return sumBy(lengths, (r) => 0.5 * k * (r - r0) ** 2);
}
function sumByNum(xs: readonly number[], f: (x: number, i: number) => number): number {
  let s = 0;
  for (const [i, x] of xs.entries()) s += f(x, i);
  return s;
}
export function bondEnergyNum(lengths: readonly number[], k: number, r0: number): number {
  return sumByNum(lengths, (r) => 0.5 * k * (r - r0) ** 2);
}
