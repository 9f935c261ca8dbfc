// Finding (tsgrad check, minor): a tolerance parameter (`eps = 1e-8`, used only in `|d| <= eps` to decide where an
// adaptive rule stops) makes f piecewise constant in eps with dense jumps; its derivative is 0 (what tsgrad gives),
// but `tsgrad check` differences it (a non-integer default "is moved like any number") with steps of 1e-3 down to
// 1e-7 (README: "none below 10⁻⁷·max(1, |x|)"), 10 to 10⁵ times eps itself, across jumps, and reports FAIL.
// Writing its domain does not help (`tagged`: @domain eps (0, 1e-6) still FAILs), and there is no tag that says
// "not compared" for a number that is not an integer.
// Expected: a way to mark such a parameter as not differenced (as `int` does for counts), or differences that
//   disagree with each other across steps (a jump) reported as a note, not a FAIL of a right derivative.
// Actual: FAIL "∂/∂eps at (…, eps = 1.00000e-8): reverse 0, differences -0.296…" for both functions.
function halve(a: number, b: number, eps: number, depth: number): number {
  const m = 0.5 * (a + b);
  const d = Math.sin(b) - Math.sin(a) - (b - a) * Math.cos(m);
  if (depth <= 0 || Math.abs(d) <= eps) return (b - a) * Math.cos(m);
  return halve(a, m, eps / 2, depth - 1) + halve(m, b, eps / 2, depth - 1);
}

/** ∫ cos from lo to hi by adaptive midpoint rule. */
export function integrateCos(lo: number, hi: number, eps = 1e-8): number {
  return halve(lo, hi, eps, 12);
}

/**
 * The same, with the tolerance's domain written.
 * @domain eps (0, 1e-6)
 */
export function tagged(lo: number, hi: number, eps = 1e-8): number {
  return halve(lo, hi, eps, 12);
}
