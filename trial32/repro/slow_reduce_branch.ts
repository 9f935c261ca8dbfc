// SCS runoff: a reduce with a ternary branch over a number[] (trial32/src/hydro.ts scsRunoff, reduced).
// Expected: f_vjp within 3x of f (a hand-written adjoint, one loop, is ~2.1x of f).
// Actual: ~4.1-4.3x (n = 1000, ~5.3 us vs f ~1.3 us), the same for the for...of + if form (scsLoop) as for reduce.
// What I see in the generated code: a forward loop that tapes (P - Ia) ** 2 (although the reverse sweep recomputes
// P - Ia beside it), then a reverse loop re-reading storms[i], re-testing P > Ia and popping; the hand-written one
// needs neither the tape nor the second loop because no adjoint depends on acc.
export function scs(storms: number[], cn: number, lambda: number): number {
  const S = 25400 / cn - 254;
  const Ia = lambda * S;
  return storms.reduce((acc, P) => (P > Ia ? acc + (P - Ia) ** 2 / (P - Ia + S) : acc), 0);
}

export function scsLoop(storms: number[], cn: number, lambda: number): number {
  const S = 25400 / cn - 254;
  const Ia = lambda * S;
  let acc = 0;
  for (const P of storms) if (P > Ia) acc += (P - Ia) ** 2 / (P - Ia + S);
  return acc;
}
