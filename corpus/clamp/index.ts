// clamp@1.0.1, index.js (MIT, see LICENSE.md). Types added; `module.exports = clamp` written as `export`.

export function clamp(value: number, min: number, max: number): number {
  return min < max
    ? (value < min ? min : value > max ? max : value)
    : (value < max ? max : value > min ? min : value)
}
