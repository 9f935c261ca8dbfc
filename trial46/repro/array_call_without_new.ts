// Finding 11 (hint does not fit): `Array(n)` called without `new` (the same array as `new Array(n)`).
// Expected: the hint tsgrad gives for `new Array<number>(n)` (TSG1008 "… is not an array initializer tsgrad
//   supports", hint "use new Float64Array(n) …, new Array(n).fill(0), …"), which fits.
// Actual: TSG2002 "'Array' is not a function tsgrad can follow", hint "call a function declared with `function` or
//   `const f = (…) => …` in this project, an alias of one, …": about user functions.
export function secondSlot(x: number): number {
  const a: number[] = Array(3);
  a[1] = x;
  return (a[0] ?? 5) + a[1];
}

// The same generic hint for `Math.max.apply(null, xs)` (TSG2002 "'Math.max.apply' is not a function tsgrad can
// follow", hint about functions of the project), where the fitting hint is `Math.max(...xs)`, which compiles.
export function maxApply(xs: number[]): number {
  return Math.max.apply(null, xs) * 2;
}
