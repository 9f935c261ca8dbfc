// Finding: indexOf and includes are refused even on an integer table (inactive data), and the hint omits the
// methods tsgrad does support for the job.
//
// Expected: either indexOf/includes of an Int32Array (or of a constant, or a value read as data) read as the
// integer/boolean they are (they decide an index or a branch, nothing to differentiate), or a hint naming the
// supported forms the README lists under "Tests that stop early": ids.findIndex((v) => v === 3) and
// ids.some((v) => v === 7) (both compile and are right: trial44/probes/edges.ts findIndexInts).
// Actual: TSG1008 "'indexOf' is not an array method tsgrad supports in an expression", hint "tsgrad supports .length,
// element reads and writes, and .fill(v), .push(v) as statements; write a loop" (and the same for includes): the hint
// lists fewer methods than the README supports in an expression (no .slice(), .subarray(), .some, .every,
// .findIndex, .map, .reduce), so a user writes a loop where a one-word change would do.
// Run: npx tsgrad compile trial44/repro/indexof_includes_hint.ts

export function pickById(x: Float64Array, ids: Int32Array): number {
  const k = ids.indexOf(3);
  return k >= 0 ? x[k] * x[k] : 0;
}

export function bonusIfPresent(x: Float64Array, ids: Int32Array): number {
  return ids.includes(7) ? 2 * x[0] : x[1];
}
