// Finding 2 (refusal, message and hint do not fit): a helper taking a tuple by an array pattern, ([x, y]: V2).
// Expected: compiled (as `(p: V2) => { const [x, y] = p; … }` is), or a message naming the pattern with the hint
// "take the tuple as a parameter and destructure it in the body: (p: V2) => { const [x, y] = p; … }".
// Actual: TSG2002 "'norm2' has a parameter tsgrad cannot pass ([x, y]: V2)", hint "callees take numbers, arrays of
// numbers, strings and booleans (…)": V2 is an array of numbers; what is refused is the pattern.
type V2 = readonly [number, number];
const norm2 = ([x, y]: V2): number => Math.hypot(x, y);
export function tupleNorm(x: number, y: number): number {
  return norm2([x, y * 2]);
}
