// trial31 repro (refusal of working code, misleading message): Math.max(...xs.map(fn)) is TSG1002
// "the spread '...xs.map((v) => v / t)' is not of an array of numbers tsgrad follows", though xs.map(fn)
// is an array tsgrad follows everywhere else (README: chains xs.map(…).reduce(…), destructuring of
// xs.map(…)), and Math.max(...q) of the same array bound to a const compiles (spreadViaLocal below).
// Expected: spreadMapped compiles as spreadViaLocal does.
export function spreadMapped(xs: Float64Array, t: number): number {
  return Math.max(...xs.map((v) => v / t));
}

export function spreadViaLocal(xs: Float64Array, t: number): number {
  const q = xs.map((v) => v / t);
  return Math.max(...q);
}
