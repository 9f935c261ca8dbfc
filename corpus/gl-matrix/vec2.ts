// gl-matrix@3.4.4, esm/vec2.js (MIT, see LICENSE.md). Parameter and return types added.

export function angle(a: readonly number[], b: readonly number[]): number {
  var ax = a[0],
    ay = a[1],
    bx = b[0],
    by = b[1];
  return Math.abs(Math.atan2(ay * bx - ax * by, ax * bx + ay * by));
}
