/**
 * The permutation a sort applies, for generated code: a sorted copy is its elements read through
 * it (`s[k] = x[p[k]]`), so its derivative is the same gather, and its adjoint a scatter.
 *
 * The order is the one the engine's own sort gives, bit for bit, ties and NaN included: the
 * indices are sorted by the engine with a comparator of the values they point at, so the engine
 * sees the same comparisons the user's sort would, in the same order. That is why an Array's
 * sort (TimSort in V8) and a typed array's (a merge sort) are taken apart: a comparator as
 * inconsistent as `a - b` is where a NaN is gives each its own order.
 */

/** The comparator of the user's sort: `(a, b) => a - b`. */
export const ASCENDING = 1;
/** `(a, b) => b - a`. */
export const DESCENDING = -1;
/** A typed array's sort without a comparator: numeric, -0 before 0, NaN last. */
export const NUMERIC = 0;

// (what the comparators read: set for one sort, then let go; module-level so that a sort
// allocates no closure)
let keys: ArrayLike<number> = [];
let base = 0;
let stride = 1;

const ascending = (i: number, j: number): number => keys[base + i * stride]! - keys[base + j * stride]!;
const descending = (i: number, j: number): number => keys[base + j * stride]! - keys[base + i * stride]!;
/** A total order of the typed array's default sort, ties by index (its values are equal, so the sort is stable). */
const numeric = (i: number, j: number): number => {
  const a = keys[base + i * stride]!;
  const b = keys[base + j * stride]!;
  if (a !== a) return b !== b ? i - j : 1;
  if (b !== b) return -1;
  if (a < b) return -1;
  if (a > b) return 1;
  if (a === 0 && b === 0) {
    const na = 1 / a < 0;
    const nb = 1 / b < 0;
    if (na !== nb) return na ? -1 : 1;
  }
  return i - j;
};

/** Indices the Array path sorts, reused from call to call (grown as needed). */
const work: number[] = [];

/**
 * The permutation p that sorts the `length` keys `a[offset + i·step]` as a sort with the
 * comparator `order` names would (ASCENDING, DESCENDING, NUMERIC): the sorted copy's k-th element
 * is `a[offset + p[k]·step]`. `typed`: the array sorted is a typed array (its engine's sort), else
 * an Array. `step`: 1 for an array of numbers; for an array of k-tuples held flat, k, the key
 * being the tuples' number at `offset` (`pairs.sort((p, q) => p[0] - q[0])`).
 */
export function sortPermutation(a: ArrayLike<number>, offset: number, length: number, order: number, typed: boolean, step = 1): Int32Array {
  const p = new Int32Array(length);
  keys = a;
  base = offset;
  stride = step;
  const compare = order === ASCENDING ? ascending : order === DESCENDING ? descending : numeric;
  if (typed || order === NUMERIC) {
    for (let i = 0; i < length; i++) p[i] = i;
    p.sort(compare);
  } else {
    for (let i = 0; i < length; i++) work.push(i);
    work.sort(compare);
    for (let i = 0; i < length; i++) p[i] = work[i]!;
    work.length = 0;
  }
  keys = [];
  return p;
}
