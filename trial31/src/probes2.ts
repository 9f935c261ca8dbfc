// More idioms: switch (true), countdown with truthiness, Number constants,
// spread of a mapped array, reduce to a max, a recursive in-place partition, const enum.

const enum Loss { L2, L1Smooth, LogCosh }

/** A piecewise penalty written with switch (true). */
export function piecewisePenalty(x: number, lo = -1, hi = 1): number {
  switch (true) {
    case x < lo:
      return (x - lo) ** 2;
    case x > hi:
      return 2 * (x - hi) ** 2;
    default:
      return 0.01 * x * x;
  }
}

/** Residual loss by a const enum, summed with a countdown loop `for (let i = n; i--; )`. */
export function residualLoss(pred: Float64Array, obs: Float64Array, kind: Loss = Loss.L1Smooth): number {
  let s = 0;
  for (let i = pred.length; i--; ) {
    const r = pred[i] - obs[i];
    if (kind === Loss.L2) s += r * r;
    else if (kind === Loss.L1Smooth) s += Math.sqrt(r * r + Number.EPSILON * 1e6);
    else s += Math.log(Math.cosh(r));
  }
  return s;
}

/** Softmax temperature-scaled max via spread of a mapped array and a reduce. */
export function scaledMax(xs: Float64Array, t: number): number {
  const m = Math.max(...xs.map((v) => v / t));
  const r = xs.reduce((best, v) => Math.max(best, v * t), -Infinity);
  return m + r;
}

/** Recursive in-place Hoare-ish partition sort of a copy, then a weighted sum by rank (a sorted-L-statistic). */
function qsort(a: Float64Array, lo: number, hi: number): void {
  if (hi - lo < 1) return;
  const p = a[(lo + hi) >> 1];
  let i = lo;
  let j = hi;
  while (i <= j) {
    while (a[i] < p) i++;
    while (a[j] > p) j--;
    if (i <= j) {
      const t = a[i];
      a[i] = a[j];
      a[j] = t;
      i++;
      j--;
    }
  }
  qsort(a, lo, j);
  qsort(a, i, hi);
}

export function lStatistic(xs: Float64Array): number {
  const a = Float64Array.from(xs);
  qsort(a, 0, a.length - 1);
  let s = 0;
  for (let k = 0; k < a.length; k++) s += ((k + 1) / a.length) ** 2 * a[k];
  return s;
}

/** Tuple accumulator with destructuring inside a for...of (mean and variance in one pass, Welford). */
export function welfordStd(xs: readonly number[]): number {
  let [n, mean, m2] = [0, 0, 0];
  for (const x of xs) {
    n++;
    const d = x - mean;
    mean += d / n;
    m2 += d * (x - mean);
  }
  return Math.sqrt(m2 / (n - 1));
}
