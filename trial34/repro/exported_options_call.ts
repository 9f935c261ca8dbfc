// FINDING: an exported function that takes an options object cannot be called by another function of the module,
// even when the call leaves the options out. Expected: `outer` differentiated (the README: options are constants of
// the call, and a non-exported helper with the same options object is inlined). Actual: TSG2002 at both calls,
// "'solve' has a parameter tsgrad cannot pass (opts: …)"; its hint speaks of objects of numbers, not of options.
// Workaround found: move the body into a non-exported `solveCore(a, opts)` and export a wrapper; but the wrapper may
// not pass `opts` on whole (TSG2002: its number `tol` may be undefined), so it must repeat every default:
// `solveCore(a, { tol: opts.tol ?? 1e-12, method: opts.method })`.
export function solve(a: number, opts: { tol?: number; method?: 'newton' | 'halley' } = {}): number {
  const tol = opts.tol ?? 1e-12;
  let x = 1;
  for (let k = 0; k < 50; k++) {
    const step = (x * x - a) / (2 * x);
    x -= opts.method === 'halley' ? step / (1 - step / (2 * x)) : step;
    if (Math.abs(step) < tol) break;
  }
  return x;
}

export function outer(a: number): number {
  return 3 * solve(a, { method: 'halley' });
}

export function outerDefault(a: number): number {
  return 3 * solve(a);
}
