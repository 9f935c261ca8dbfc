/**
 * runtime/sorting.ts: the permutation sortPermutation gives reads the elements in the order
 * JavaScript's own sort puts them, bit for bit, for the comparators tsgrad differentiates: ties,
 * -0 and 0, ±Infinity and NaN (on which `a - b` is inconsistent, and an Array's sort and a typed
 * array's each give an order of their own) included; and tuples by one of their numbers.
 */
import { ASCENDING, DESCENDING, NUMERIC, sortPermutation } from '../runtime/sorting.js';

/** A deterministic stream (Park–Miller), so that a failure reproduces. */
function stream(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

/** An element that often ties another or is a special value. */
function element(r: () => number): number {
  const u = r();
  if (u < 0.08) return NaN;
  if (u < 0.14) return -0;
  if (u < 0.2) return 0;
  if (u < 0.24) return Infinity;
  if (u < 0.28) return -Infinity;
  if (u < 0.5) return Math.floor(r() * 4);
  return r() * 10 - 5;
}

const same = (a: ArrayLike<number>, b: ArrayLike<number>): boolean => a.length === b.length && Array.from(a).every((v, i) => Object.is(v, b[i]));
const up = (a: number, b: number): number => a - b;
const down = (a: number, b: number): number => b - a;

test('the sorted elements are those of the engine\'s sorts, for an Array and a typed array, ties, -0 and NaN included', () => {
  const r = stream(20261207);
  const wrong: string[] = [];
  for (let t = 0; t < 3000; t++) {
    const n = Math.floor(r() * (t % 10 === 0 ? 150 : 30));
    const list = Array.from({ length: n }, () => element(r));
    const typed = Float64Array.from(list);
    const cases: [string, ArrayLike<number>, number, boolean, ArrayLike<number>][] = [
      ['Array a - b', list.slice().sort(up), ASCENDING, false, list],
      ['Array b - a', list.slice().sort(down), DESCENDING, false, list],
      ['Array toSorted', list.toSorted(up), ASCENDING, false, list],
      ['Float64Array a - b', typed.slice().sort(up), ASCENDING, true, typed],
      ['Float64Array b - a', typed.slice().sort(down), DESCENDING, true, typed],
      ['Float64Array default', typed.slice().sort(), NUMERIC, true, typed],
    ];
    for (const [what, want, order, isTyped, from] of cases) {
      const p = sortPermutation(from, 0, n, order, isTyped);
      if (!same(Array.from(p, (i) => from[i]!), want)) wrong.push(`${what}: ${JSON.stringify(list.map(String))}`);
    }
  }
  expect(wrong.slice(0, 3)).toEqual([]);
});

test('a window is sorted from its offset, and tuples held flat by their number at a step', () => {
  const r = stream(7);
  const x = Float64Array.from({ length: 12 }, () => element(r));
  const p = sortPermutation(x, 3, 6, DESCENDING, true);
  expect(same(Array.from(p, (i) => x[3 + i]!), x.subarray(3, 9).slice().sort(down))).toBe(true);
  const pairs: [number, number][] = Array.from({ length: 40 }, () => [Math.floor(r() * 5), r()]);
  const flat = pairs.flat();
  const byFirst = sortPermutation(flat, 0, pairs.length, ASCENDING, false, 2);
  expect(Array.from(byFirst, (i) => [flat[2 * i], flat[2 * i + 1]])).toEqual(pairs.slice().sort((u, v) => u[0] - v[0]));
  const bySecond = sortPermutation(flat, 1, pairs.length, DESCENDING, false, 2);
  expect(Array.from(bySecond, (i) => [flat[2 * i], flat[2 * i + 1]])).toEqual(pairs.slice().sort((u, v) => v[1] - u[1]));
});
