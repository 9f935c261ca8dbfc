// Finding 4 (refused, hint about arrays for an object): `for…in` over a constant object of numbers
// (lang.forInWeights).
// Expected: either the loop unrolled over the constant object's keys (tsgrad already reads WEIGHTS[k] by a string
// key, README "Constant objects of numbers"), or a hint for objects: "read each property by name (WEIGHTS.a, …)".
// Actual (`npx tsgrad compile trial43/repro/for_in_object_hint.ts`):
//   error TSG1009: 'for … in' is not supported in a differentiated function
//   hint: loop over the indices: for (let i = 0; i < a.length; i++), or over the values: for (const v of a)
// WEIGHTS has no length and is not iterable: neither rewrite type-checks.
const WEIGHTS = { a: 0.5, b: 1.5, c: -0.25 };

export function weighted(x: number): number {
  let s = 0;
  for (const k in WEIGHTS) s += WEIGHTS[k as keyof typeof WEIGHTS] * Math.cos(x * s + 1);
  return s;
}
