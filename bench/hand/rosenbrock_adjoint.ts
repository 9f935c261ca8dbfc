// Rosenbrock's gradient written by hand, the way a careful engineer would: one pass, each term's
// partials added where they belong. Same contract as a generated f_vjp: returns the value and
// adds the gradient into x_b.
export function rosenbrock_adjoint(x: Float64Array, x_b: Float64Array): number {
  let s = 0;
  const n = x.length;
  for (let i = 0; i + 1 < n; i++) {
    const xi = x[i];
    const a = x[i + 1] - xi * xi;
    const b = 1 - xi;
    s += 100 * a * a + b * b;
    const a_b = 200 * a;
    x_b[i + 1] += a_b;
    x_b[i] -= 2 * xi * a_b + 2 * b;
  }
  return s;
}
