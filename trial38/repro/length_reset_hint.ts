// Finding (minor): `rest.length = 0`, JavaScript's way to empty a scratch list reused across iterations, is refused
//   length_reset_hint.ts:11:5 - error TSG1002: assignment to 'rest.length' is not supported
//   hint: assign to a local variable, a parameter or an element of an array of numbers
// The hint does not say how to empty the list; what works is a new list per iteration (fresh, below, compiles).
// Expected: a hint such as "declare the array inside the loop (const rest: number[] = [])", or support for
// `length = 0` on a local number[].
export function resetByLength(score: readonly number[]): number {
  const rest: number[] = [];
  let s = 0;
  for (let k = 0; k < score.length; k++) {
    rest.length = 0;
    for (let j = k; j < score.length; j++) rest.push(score[j]);
    s += Math.log(rest.reduce((a, x) => a + Math.exp(x), 0));
  }
  return s;
}
export function fresh(score: readonly number[]): number {
  let s = 0;
  for (let k = 0; k < score.length; k++) {
    const rest: number[] = [];
    for (let j = k; j < score.length; j++) rest.push(score[j]);
    s += Math.log(rest.reduce((a, x) => a + Math.exp(x), 0));
  }
  return s;
}
