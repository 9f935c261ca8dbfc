// Finding 1 (refusal that contradicts README): a generic helper passing its generic array and function on to another
// generic helper. README ("Helpers that take a function") shows `function sumBy<T>(xs: readonly T[], f: …)` and "a
// helper may pass its function on to another helper of the module (meanBy(xs, f) returning sumBy(xs, f) / xs.length)".
// Expected: compiled (T instantiated as number through both calls), as it is when meanBy is not generic.
// Actual: TSG1003 "variables of type 'readonly T[]' are not supported" at sumBy's parameter (line 7), hint "local
// variables hold numbers, booleans, arrays of numbers and objects of numbers"; meanByPlain (not generic) compiles.
function sumBy<T>(xs: readonly T[], f: (x: T, i: number) => number): number {
  let s = 0;
  xs.forEach((x, i) => (s += f(x, i)));
  return s;
}
function meanBy<T>(xs: readonly T[], f: (x: T, i: number) => number): number {
  return sumBy(xs, f) / xs.length;
}
export function meanTanh(xs: number[], k: number): number {
  return meanBy(xs, (x) => Math.tanh(k * x));
}
