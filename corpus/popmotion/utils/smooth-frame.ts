// popmotion@11.0.5, lib/utils/smooth-frame.js (MIT, see ../LICENSE.md). Types added from the .d.ts beside it.
import { toDecimal } from './to-decimal.js';
export const smoothFrame = (prevValue: number, nextValue: number, duration: number, smoothing = 0) => toDecimal(prevValue +
    (duration * (nextValue - prevValue)) / Math.max(smoothing, duration));
