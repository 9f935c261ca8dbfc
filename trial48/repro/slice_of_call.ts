// Finding 7 (refusal, the hint contradicts the message): .slice() of a helper's returned tuple.
// Expected: compiled (read as if bound to a local first, as README says of destructuring), or the hint "name the
// helper's result first: const c = cube(w); c.slice(0, 2)" (which compiles).
// Actual: TSG1008 "'slice' is not an array method tsgrad supports in an expression", hint "tsgrad supports …
// .slice(), .subarray() …".
type V3 = readonly [number, number, number];
const cube = (t: number): V3 => [t, t * t, t * t * t];
export function sliceOfCall(w: number): number {
  const s = cube(w).slice(0, 2);
  return s[0] + s[1];
}
