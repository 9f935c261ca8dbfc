// popmotion@11.0.5, lib/utils/velocity-per-second.js (MIT, see ../LICENSE.md). Types added from the .d.ts beside it.
export function velocityPerSecond(velocity: number, frameDuration: number) {
    return frameDuration ? velocity * (1000 / frameDuration) : 0;
}
