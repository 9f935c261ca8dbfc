// ml-distance@5.0.0, src/similarities/cosine.ts (MIT, see LICENSE): the authors' TypeScript, unchanged.
import type { NumberArray } from 'cheminfo-types';
/**
 * Returns the cosine similarity between vectors a and b
 * @param a - first vector
 * @param b - second vector
 */
export function cosine(a: NumberArray, b: NumberArray): number {
  let p = 0;
  let p2 = 0;
  let q2 = 0;
  for (let i = 0; i < a.length; i++) {
    p += a[i] * b[i];
    p2 += a[i] * a[i];
    q2 += b[i] * b[i];
  }
  return p / Math.sqrt(p2 * q2);
}
