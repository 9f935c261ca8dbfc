// Finding 14 (refusal, the hint names what the code does): a helper returning a pair of arrays, destructured.
// Expected: compiled, or the hint "return one array per helper (two helpers), or write both into out-parameters".
// Actual: TSG1007 "array destructuring is supported from an array literal, an array of numbers or a call returning
// one", hint "destructure [x * 2, y], an array variable or parameter, or a helper's returned array".
const split = (x: ArrayLike<number>): [Float64Array, Float64Array] => [Float64Array.from(x, (v) => v * 2), Float64Array.from(x, (v) => v + 1)];
export function pairOfArrays(xs: Float64Array): number {
  const [s, d] = split(xs);
  return s[0] * d[0];
}
