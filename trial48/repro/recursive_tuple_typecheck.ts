// Finding 0 (crash class: the generated module does not type-check): a recursive helper taking a readonly tuple.
// tsgrad lowers the recursive matPow (it returns a new array) to its out-parameter form, keeping the parameter's
// declared type `readonly [number, number, number, number]`, and the callers pass `number[]` locals to it.
// Expected: the generated file passes `tsc --strict` (as the other generated files do), e.g. the parameter typed
// ArrayLike<number> / number[] in the generated forms, or the locals typed as the tuple.
// Actual: tsc --strict on the generated file: TS2345 "Argument of type 'number[]' is not assignable to parameter of
// type 'readonly [number, number, number, number]'" at each call of matPow$into_fwd / its other forms (run.mjs
// compiles this file and runs tsc on the result). The values and gradients are right (recur.ts matrixPowerTrace is ok
// under the loader, which does not type-check).
type M2 = readonly [number, number, number, number];
const mul2 = (a: M2, b: M2): M2 => [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3], a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3]];
const matPow = (m: M2, n: number): M2 => {
  if (n === 0) return [1, 0, 0, 1];
  const half = matPow(m, Math.floor(n / 2));
  const sq = mul2(half, half);
  return n % 2 === 0 ? sq : mul2(sq, m);
};
export function powerTrace(c: number, s: number, n: number): number {
  const p = matPow([c, -s, s, c], n);
  return p[0] + p[3];
}
