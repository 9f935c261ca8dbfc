// FINDING (imprecise diagnostic): `some` on an array. Refusal documented (README: filter/some/every are TSG1008 with a
// loop as the hint). But the message says "tsgrad does not follow the callbacks of array methods", which is untrue
// of map/reduce/forEach (followed; used elsewhere in trial34), and for `Array.from(x).some(…)` the hint is about
// naming the array rather than about `some`. Expected: "'some' is not supported (map, reduce, reduceRight, forEach
// are): write a loop with a break". (The hints, "write a loop: for (const v of x) { … }", are right.)
export function anyOverA(x: Float64Array, limit: number): number {
  const over = Array.from(x).some((v) => v > limit);
  return over ? 2 * x[0] : x[0];
}
export function anyOverB(x: Float64Array, limit: number): number {
  const over = x.some((v) => v > limit);
  return over ? 2 * x[0] : x[0];
}
