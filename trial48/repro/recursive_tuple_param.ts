// Finding 15 (refusal, the message is not exact): a recursive arrow returning its readonly-tuple parameter.
// Expected: compiled (the state's length is 2 by its type V2, as the other path's literal), or the message "tsgrad
// cannot tell the length of 'state'", with the hint "return a literal: [state[0], state[1]]" (which compiles:
// recur.ts leakyIntegrator).
// Actual: TSG2002 "'integrate' returns an array and cannot be inlined (it is recursive) … its paths return arrays of
// different lengths, one of them through a call of itself": both paths return two numbers.
type V2 = readonly [number, number];
const integrate = (xs: Float64Array, i: number, state: V2, k: number): V2 =>
  i === xs.length ? state : integrate(xs, i + 1, [state[0] * k + xs[i], state[1] + state[0] * xs[i]], k);
export function leaky(xs: Float64Array, k: number): number {
  const [a, b] = integrate(xs, 0, [0, 0], k);
  return a * a + b;
}
