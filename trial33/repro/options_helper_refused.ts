// Finding: a helper that takes an options object (`opts: { tol?: number } = {}`) cannot be called from a
// differentiated function at all: not with the options left out, not with a literal, not when the helper is a
// non-exported one, not with `opts?:`. (Exported functions with the same parameter are differentiated fine.)
// Expected: `useDefault` compiles (the options are constants of the call: left out, every property is undefined),
//   like `solve` itself does; or, if refused, a message that names the reason (the optional properties).
// Actual: TSG2002 "'solve' has a parameter tsgrad cannot pass (opts: { tol?: number } = {})", whose hint says
//   "callees take ... (and a helper of this module that is not exported, objects of numbers)" — which
//   `solveLocal` is, and it is refused the same way.
export function solve(x: number, opts: { tol?: number } = {}): number {
  const tol = opts.tol ?? 1e-12;
  return x * x + tol;
}
function solveLocal(x: number, opts: { tol?: number } = {}): number {
  const tol = opts.tol ?? 1e-12;
  return x * x + tol;
}
export function useDefault(x: number): number { return solve(2 * x); }
export function useLiteral(x: number): number { return solve(2 * x, { tol: 1e-9 }); }
export function useLocalDefault(x: number): number { return solveLocal(2 * x); }
