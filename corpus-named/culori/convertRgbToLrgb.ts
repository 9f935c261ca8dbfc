// culori@4.0.2, src/lrgb/convertRgbToLrgb.js (MIT, see LICENSE). Types added; `export` added to
// the module's `fn` (the sRGB transfer function), which convertRgbToLrgb applies per channel.
export const fn = (c: number = 0): number => {
	const abs = Math.abs(c);
	if (abs <= 0.04045) {
		return c / 12.92;
	}
	return (Math.sign(c) || 1) * Math.pow((abs + 0.055) / 1.055, 2.4);
};

const convertRgbToLrgb = ({ r, g, b, alpha }: { r: number; g: number; b: number; alpha?: number }) => {
	let res: { mode: string; r: number; g: number; b: number; alpha?: number } = {
		mode: 'lrgb',
		r: fn(r),
		g: fn(g),
		b: fn(b)
	};
	if (alpha !== undefined) res.alpha = alpha;
	return res;
};

export default convertRgbToLrgb;
