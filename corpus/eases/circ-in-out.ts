// eases@1.0.8, circ-in-out.js (MIT, see LICENSE.md). Types added; CommonJS module.exports/require written as ES export/import.
export function circInOut(t: number): number {
  if ((t *= 2) < 1) return -0.5 * (Math.sqrt(1 - t * t) - 1)
  return 0.5 * (Math.sqrt(1 - (t -= 2) * t) + 1)
}

