// Finding 8 (refusal, the hint does not fit): an arrow called where it is written, ((t) => t * t)(x).
// Expected: compiled (a local helper called once), or the hint "name it first: const sq = (t) => t * t; sq(x)".
// Actual: TSG2002 "'(t: number) => t * t' is not a function tsgrad can follow", hint "call a function declared with
// `function` or `const f = (…) => …` in this project, an alias of one, the function an IIFE returns, or …".
export function arrowIife(x: number): number {
  return ((t: number) => t * t)(x);
}
