// ml-array-sum@2.0.0, src/index.ts (MIT, see LICENSE), as published: the authors' TypeScript.
// `is-any-array` stays an import of the npm package.
import { isAnyArray } from 'is-any-array';

/**
 * Computes the sum of the given values.
 */
export default function sum(input: ArrayLike<number>) {
  if (!isAnyArray(input)) {
    throw new TypeError('input must be an array');
  }

  if (input.length === 0) {
    throw new TypeError('input must not be empty');
  }

  let sumValue = 0;
  for (const value of input) {
    sumValue += value;
  }
  return sumValue;
}
