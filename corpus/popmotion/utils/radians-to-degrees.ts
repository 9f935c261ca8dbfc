// popmotion@11.0.5, lib/utils/radians-to-degrees.js (MIT, see ../LICENSE.md). Types added from the .d.ts beside it.
export const radiansToDegrees = (radians: number) => (radians * 180) / Math.PI;
