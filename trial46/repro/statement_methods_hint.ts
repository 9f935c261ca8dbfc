// Finding 9 (hint incomplete): `reverse()` (and `splice`) as a statement on a local typed array.
// Expected: the hint's list of what works as a statement to include what tsgrad does compile as statements:
//   `.set(src)` (fluid.ts lbmShearEnergy: f.set(post)), `.fill(v, start, end)` and an in-place `.sort(…)` of a local.
// Actual: TSG1008 "'reverse' is not an array method tsgrad supports as a statement", hint "tsgrad supports .fill(v) and
//   .push(v) as statements, and .length, element reads and writes, .slice() and .subarray() in expressions; write a
//   loop". The advice (write a loop) works; the list misleads a user who reads it as complete.
export function reversedWeights(xs: Float64Array, v: number): number {
  const a = Float64Array.from(xs);
  a.reverse();
  const b = new Float64Array(a.length);
  b.set(a);
  b.fill(v, 1, 2);
  let s = 0;
  for (let i = 0; i < b.length; i++) s += b[i] * (i + 1);
  return s;
}
