// Finding 1 (refused, imprecise message and hint): `.map` on an array literal of numbers.
// Expected: compiled as `xs.map(…)` on a number[] is (README: "xs.map((v) => Math.exp(v)) … on arrays … of numbers"),
//   or, if literals are left out on purpose, a message saying so ("a map on an array literal: bind it to a const first").
// Actual: TSG1008 "'[0, 1, 2].map(…)' is not supported in this form: tsgrad follows map's callback written in place,
//   on an array of numbers, into a new array" — [0, 1, 2] is an array of numbers and the callback is written in place;
//   the hint repeats the literal mechanically: "const out = new Float64Array([0, 1, 2].length); for (let i = 0;
//   i < [0, 1, 2].length; i++) out[i] = … [0, 1, 2][i] …". (linalg.powerEig; binding the literal to a const works,
//   see bound() below.)
export function literal(A: Float64Array): number {
  const w = [0, 1, 2].map((i) => A[3 * i] + A[3 * i + 1]);
  return w[0] * w[1] + w[2];
}

export function bound(A: Float64Array): number {
  const rows = [0, 1, 2];
  const w = rows.map((i) => A[3 * i] + A[3 * i + 1]);
  return w[0] * w[1] + w[2];
}
