// trial31 repro (slow): a mean computed recursively over halves. The integer bounds lo/hi get adjoints
// (lo_b, hi_b, mid_b, n_b) and each level allocates an adj object for its two recursive calls.
// Expected: f_vjp within ~3x of f (as the loop version below). Actual: see slow_recursive_halves_run.ts.
function meanRange(xs: Float64Array, lo: number, hi: number): number {
  const n = hi - lo;
  if (n === 1) return xs[lo];
  const mid = lo + (n >> 1);
  return (meanRange(xs, lo, mid) * (mid - lo) + meanRange(xs, mid, hi) * (hi - mid)) / n;
}

export function halvesMeanSq(xs: Float64Array): number {
  const m = meanRange(xs, 0, xs.length);
  return m * m;
}

export function loopMeanSq(xs: Float64Array): number {
  let s = 0;
  for (const v of xs) s += v;
  const m = s / xs.length;
  return m * m;
}
