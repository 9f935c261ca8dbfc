// eases@1.0.8, back-in-out.js (MIT, see LICENSE.md). Types added; CommonJS module.exports/require written as ES export/import.
export function backInOut(t: number): number {
  var s = 1.70158 * 1.525
  if ((t *= 2) < 1)
    return 0.5 * (t * t * ((s + 1) * t - s))
  return 0.5 * ((t -= 2) * t * ((s + 1) * t + s) + 2)
}

