// eases@1.0.8, elastic-out.js (MIT, see LICENSE.md). Types added; CommonJS module.exports/require written as ES export/import.
export function elasticOut(t: number): number {
  return Math.sin(-13.0 * (t + 1.0) * Math.PI/2) * Math.pow(2.0, -10.0 * t) + 1.0
}

