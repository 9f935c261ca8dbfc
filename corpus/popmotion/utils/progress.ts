// popmotion@11.0.5, lib/utils/progress.js (MIT, see ../LICENSE.md). Types added from the .d.ts beside it.
export const progress = (from: number, to: number, value: number) => {
    const toFromDifference = to - from;
    return toFromDifference === 0 ? 1 : (value - from) / toFromDifference;
};
