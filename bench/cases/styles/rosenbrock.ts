// Rosenbrock, second hand: a helper for one term, `for … of` over the elements after the first,
// the previous element carried along in a local.

function valley(a: number, b: number): number {
  const d = b - a * a;
  const e = 1 - a;
  return 100 * d * d + e * e;
}

export function rosenbrockStyled(x: Float64Array): number {
  if (x.length < 2) return 0;
  let total = 0;
  let prev = x[0];
  for (const v of x.subarray(1)) {
    total += valley(prev, v);
    prev = v;
  }
  return total;
}
