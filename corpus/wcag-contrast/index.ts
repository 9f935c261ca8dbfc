// wcag-contrast@3.0.0, index.js (from dist/index.m.js.map's sourcesContent; BSD-2-Clause, see
// LICENSE). Types added. Only the number functions are copied (`hex` and `score` take and
// return strings). `relative-luminance` stays an import of the npm package.
import relativeLuminance from "relative-luminance";

// http://www.w3.org/TR/WCAG20/#contrast-ratiodef

/**
 * Get the contrast ratio between two relative luminance values
 * @param {number} a luminance value
 * @param {number} b luminance value
 * @returns {number} contrast ratio
 * @example
 * luminance(1, 1); // = 1
 */
export function luminance(a: number, b: number): number {
  const l1 = Math.max(a, b);
  const l2 = Math.min(a, b);
  return (l1 + 0.05) / (l2 + 0.05);
}

/**
 * Get a score for the contrast between two colors as rgb triplets
 * @param {array} a
 * @param {array} b
 * @returns {number} contrast ratio
 * @example
 * rgb([0, 0, 0], [255, 255, 255]); // = 21
 */
export function rgb(a: number[], b: number[]): number {
  return luminance(relativeLuminance(a), relativeLuminance(b));
}
