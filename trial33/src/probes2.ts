// More probes: sorting by element swaps, recursive quickselect, closures over reassigned locals, compound ops.

/** Trimmed mean: insertion sort of a copy with destructuring element swaps, drop k from each end. */
export function trimmedMean(xs: Float64Array, k: number): number {
  const a = xs.slice();
  for (let i = 1; i < a.length; i++) {
    for (let j = i; j > 0 && a[j - 1] > a[j]; j--) [a[j - 1], a[j]] = [a[j], a[j - 1]];
  }
  let s = 0;
  for (let i = k; i < a.length - k; i++) s += a[i];
  return s / (a.length - 2 * k);
}

/** The same with Array.prototype.sort and a comparator (I expect a refusal). */
export function trimmedMeanSort(xs: readonly number[], k: number): number {
  const a = xs.slice().sort((p, q) => p - q);
  let s = 0;
  for (let i = k; i < a.length - k; i++) s += a[i];
  return s / (a.length - 2 * k);
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

function select(a: Float64Array, lo: number, hi: number, k: number): number {
  if (lo === hi) return a[lo];
  // Lomuto partition around the last element
  const pivot = a[hi];
  let store = lo;
  for (let i = lo; i < hi; i++) {
    if (a[i] < pivot) {
      swap(a, i, store);
      store++;
    }
  }
  swap(a, store, hi);
  if (k === store) return a[k];
  return k < store ? select(a, lo, store - 1, k) : select(a, store + 1, hi, k);
}

/** Median by recursive quickselect on a scratch copy (recursion + in-place swaps). */
export function quickMedian(xs: Float64Array): number {
  const a = Float64Array.from(xs);
  return select(a, 0, a.length - 1, a.length >> 1);
}

/** Closures reading a local that is reassigned between calls; compound **=, ||=, %. */
export function closureState(x: number, y: number): number {
  let scale = x;
  const f = (v: number) => v * scale;
  const first = f(y);
  scale = scale * 2 + y;
  const second = f(y);
  let p = x;
  p **= 2;
  let q = 0;
  q ||= y * 3;
  const r = (x * 7.5) % 2.5;
  return first + second + p + q + r;
}

/** Default that reads an earlier parameter (total derivative), and Number constants. */
export function totalDefault(x: number, y = x * x + 1): number {
  return Math.log(y) * x + Number.EPSILON * 0 + Math.sign(x) * Math.abs(x) ** 1.5;
}

/** Optional chaining on an options object, a throw in a helper with a template message. */
function checkPositive(v: number): void {
  if (!(v > 0)) throw new RangeError(`expected a positive number, got ${v}`);
}
export function logistic4(x: number, a: number, b: number, opts?: { lower?: number; upper?: number }): number {
  checkPositive(b);
  const lo = opts?.lower ?? 0;
  const hi = opts?.upper ?? 1;
  return lo + (hi - lo) / (1 + Math.exp(-b * (x - a)));
}
