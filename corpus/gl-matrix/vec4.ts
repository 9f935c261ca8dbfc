// gl-matrix@3.4.4, esm/vec4.js (MIT, see LICENSE.md). Parameter and return types added.

export function dot(a: readonly number[], b: readonly number[]): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2] + a[3] * b[3];
}
