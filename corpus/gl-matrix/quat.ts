// gl-matrix@3.4.4, esm/quat.js (MIT, see LICENSE.md). Parameter and return types added.
import * as vec4 from "./vec4.js";

export function getAngle(a: readonly number[], b: readonly number[]): number {
  var dotproduct = dot(a, b);
  return Math.acos(2 * dotproduct * dotproduct - 1);
}

export var dot = vec4.dot;
