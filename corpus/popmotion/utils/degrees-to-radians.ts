// popmotion@11.0.5, lib/utils/degrees-to-radians.js (MIT, see ../LICENSE.md). Types added from the .d.ts beside it.
export const degreesToRadians = (degrees: number) => (degrees * Math.PI) / 180;
