// eases@1.0.8, bounce-in-out.js (MIT, see LICENSE.md). Types added; CommonJS module.exports/require written as ES export/import.
import { bounceOut } from './bounce-out.js'

export function bounceInOut(t: number): number {
  return t < 0.5
    ? 0.5 * (1.0 - bounceOut(1.0 - t * 2.0))
    : 0.5 * bounceOut(t * 2.0 - 1.0) + 0.5
}

