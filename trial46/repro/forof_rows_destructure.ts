// Finding 4 (message wrong about what is supported; hint would not compile): `for (const [a, b] of rows)` over a
// local array of rows whose type TypeScript infers as number[][].
// Expected: compiled as it is when the local is annotated `[number, number][]` (which tsgrad accepts, same loop), or
//   that annotation as the hint.
// Actual: TSG1009 "'for … of' with a destructuring pattern is supported only as for (const [i, v] of a.entries())"
//   (not so: over a `[number, number][]` it is supported), hint "keep a module-level table per column, const as =
//   [x, -x] as const, bs = [1, 2] as const, …": a module-level table holding the parameter x, which is not in scope
//   there. (game.ts boxDropEnergy was written this way first, with local constants hw, hh in the rows.)
export function cornerMoments(x: number): number {
  const corners = [[x, 1], [-x, 2], [0.5 * x, -1]];
  let s = 0;
  for (const [a, b] of corners) s += a * b * b;
  return s;
}
