// popmotion@11.0.5, lib/animations/utils/find-spring.js (MIT, see ../../LICENSE.md). Types added from the .d.ts
// beside it. Only calcAngularFreq is copied (findSpring takes an options object and solves
// for the frequency with closures).
export function calcAngularFreq(undampedFreq: number, dampingRatio: number) {
    return undampedFreq * Math.sqrt(1 - dampingRatio * dampingRatio);
}
