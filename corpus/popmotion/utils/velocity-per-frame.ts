// popmotion@11.0.5, lib/utils/velocity-per-frame.js (MIT, see ../LICENSE.md). Types added from the .d.ts beside it.
export function velocityPerFrame(xps: number, frameDuration: number) {
    return xps / (1000 / frameDuration);
}
