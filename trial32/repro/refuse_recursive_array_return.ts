// A recursive helper that returns a new array (2x2 matrix power by squaring, as orbit.ts markovNStepConst) is refused.
// Expected: compiles (recursion works for helpers returning numbers, e.g. tree.ts, and for void helpers writing an
//           out array, e.g. Karatsuba in tree.ts); the caller's gradient d/dp of (M^n)[0].
// Actual: TSG2002 "'matPow' returns an array, and tsgrad can only inline such a function, which it cannot here
//         (it is recursive, tagged @noinline, or longer than tsgrad inlines)". Workaround: an out-parameter.
function matPow(m: Float64Array, n: number): Float64Array {
  if (n === 1) {
    const c = Float64Array.from(m);
    return c;
  }
  const h = matPow(m, n - 1);
  const r = Float64Array.of(h[0] * m[0] + h[1] * m[2], h[0] * m[1] + h[1] * m[3], h[2] * m[0] + h[3] * m[2], h[2] * m[1] + h[3] * m[3]);
  return r;
}
export function stay(p: number, n: number): number {
  const P = matPow(Float64Array.of(1 - p, p, p, 1 - p), n);
  return P[0];
}
