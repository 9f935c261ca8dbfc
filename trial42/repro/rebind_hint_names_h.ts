// Finding: a refusal's hint names a variable 'h' that the program does not have.
// `let m: Mat2 = IDENT;` (IDENT a module-level `as const` tuple, m rebound to helpers' new tuples after) is
// TSG1008 "'m' may not be rebound: it names the array 'IDENT' holds".
// Expected: the hint in the program's words, `copy the array (Float64Array.from(IDENT)) …` (or `[...IDENT]`).
// Actual: "hint: copy the array (Float64Array.from(h)) instead of naming it twice". (trial42 optics.abcdSpot)
// Run: npx tsgrad compile trial42/repro/rebind_hint_names_h.ts
type Mat2 = readonly [number, number, number, number];
const IDENT = [1, 0, 0, 1] as const;

function mul2(p: Mat2, q: Mat2): [number, number, number, number] {
  return [p[0] * q[0] + p[1] * q[2], p[0] * q[1] + p[1] * q[3], p[2] * q[0] + p[3] * q[2], p[2] * q[1] + p[3] * q[3]];
}

export function twoLenses(f1: number, f2: number, y0: number): number {
  let m: Mat2 = IDENT;
  m = mul2([1, 0, -1 / f1, 1], m);
  m = mul2([1, 0, -1 / f2, 1], m);
  return m[0] * y0;
}
