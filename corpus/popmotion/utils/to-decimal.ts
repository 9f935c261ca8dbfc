// popmotion@11.0.5, lib/utils/to-decimal.js (MIT, see ../LICENSE.md). Types added from the .d.ts beside it.
export const toDecimal = (num: number, precision = 2) => {
    precision = Math.pow(10, precision);
    return Math.round(num * precision) / precision;
};
