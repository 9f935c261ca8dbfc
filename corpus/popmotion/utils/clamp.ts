// popmotion@11.0.5, lib/utils/clamp.js (MIT, see ../LICENSE.md). Types added from the .d.ts beside it.
export const clamp = (min: number, max: number, v: number) => Math.min(Math.max(v, min), max);
