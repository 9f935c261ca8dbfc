// popmotion@11.0.5, lib/utils/mix.js (MIT, see ../LICENSE.md). Types added from the .d.ts beside it.
export const mix = (from: number, to: number, progress: number) => -progress * from + progress * to + from;
