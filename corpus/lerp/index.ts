// lerp@1.0.3, index.js (MIT, see LICENSE.md). Types added; `module.exports = lerp` written as `export`.
export function lerp(v0: number, v1: number, t: number): number {
    return v0*(1-t)+v1*t
}
