// ml-array-mean@2.0.0, src/index.ts (MIT, see LICENSE), as published: the authors' TypeScript.
// `ml-array-sum` stays an import of the npm package.
import sum from 'ml-array-sum';

/**
 * Computes the mean of the given values.
 */
export default function mean(array: ArrayLike<number>): number {
  return sum(array) / array.length;
}
