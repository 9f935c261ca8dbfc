// Expected: differentiated: a `type` declaration is erased by TypeScript and has no run-time effect.
// Actual: TSG1001 "a declaration of a type or enum ('type P = { a: number; b: number }') is not supported in a
// differentiated function", hint "declare it at module level".
export function f(x: number): number {
  type P = { a: number; b: number };
  const p: P = { a: x, b: 2 * x };
  return p.a * p.b;
}
