// eases@1.0.8, expo-in-out.js (MIT, see LICENSE.md). Types added; CommonJS module.exports/require written as ES export/import.
export function expoInOut(t: number): number {
  return (t === 0.0 || t === 1.0)
    ? t
    : t < 0.5
      ? +0.5 * Math.pow(2.0, (20.0 * t) - 10.0)
      : -0.5 * Math.pow(2.0, 10.0 - (t * 20.0)) + 1.0
}

