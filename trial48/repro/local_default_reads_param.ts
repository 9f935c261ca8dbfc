// Finding 4 (refusal, the message is false and the two hints lead in a circle): a local helper whose default reads
// an earlier parameter, (u, v = u * 2). The same helper at module level compiles (gMod).
// Expected: compiled, the default computed from u where v is left out, as at module level.
// Actual: TSG1002 "'u' is not a local variable, parameter or numeric constant" (u is a parameter), hint "pass the
// value in as a parameter, or declare it as a module-level const". Made optional, (u, v?: number) with v ?? u * 2,
// it is TSG1007 "'g' is a local function called without its parameter 'v'", hint "… or give 'v' a default value",
// which is the first form.
const gMod = (u: number, v = u * 2): number => u + v;
export function moduleDefault(x: number, y: number): number {
  return gMod(x) + gMod(x, y);
}
export function localDefault(x: number, y: number): number {
  const g = (u: number, v = u * 2): number => u + v;
  return g(x) + g(x, y);
}
export function localOptional(x: number, y: number): number {
  const g = (u: number, v?: number): number => u + (v ?? u * 2);
  return g(x) + g(x, y);
}
