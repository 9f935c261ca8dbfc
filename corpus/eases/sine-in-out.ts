// eases@1.0.8, sine-in-out.js (MIT, see LICENSE.md). Types added; CommonJS module.exports/require written as ES export/import.
export function sineInOut(t: number): number {
  return -0.5 * (Math.cos(Math.PI*t) - 1)
}

