// ml-distance@5.0.0, src/distances/soergel.ts (MIT, see LICENSE): the authors' TypeScript, unchanged.
import type { NumberArray } from 'cheminfo-types';

/**
 * Returns the Soergel distance between vectors a and b
 * @link [Soergel algorithm](https://www.orgchm.bas.bg/)
 * @param a - first vector
 * @param b - second vector
 */
export function soergel(a: NumberArray, b: NumberArray): number {
  let up = 0;
  let down = 0;
  for (let i = 0; i < a.length; i++) {
    up += Math.abs(a[i] - b[i]);
    down += Math.max(a[i], b[i]);
  }
  return up / down;
}
