// smoothstep@1.0.1, index.js (BSD, see LICENSE.md). Types added; `module.exports = function
// smoothstep (min, max, value)` written as `export function`.
export function smoothstep (min: number, max: number, value: number): number {
  var x = Math.max(0, Math.min(1, (value-min)/(max-min)));
  return x*x*(3 - 2*x);
};
