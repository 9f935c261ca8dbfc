// popmotion@11.0.5, lib/utils/wrap.js (MIT, see ../LICENSE.md). Types added from the .d.ts beside it.
export const wrap = (min: number, max: number, v: number) => {
    const rangeSize = max - min;
    return ((((v - min) % rangeSize) + rangeSize) % rangeSize) + min;
};
