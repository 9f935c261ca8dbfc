// culori@4.0.2, src/interpolate/lerp.js (MIT, see LICENSE). Types added; `export` moved onto
// the declarations (`export { lerp, blerp, trilerp, unlerp }` removed).
export const lerp = (a: number, b: number, t: number): number => a + t * (b - a);
export const unlerp = (a: number, b: number, v: number): number => (v - a) / (b - a);

export const blerp = (a00: number, a01: number, a10: number, a11: number, tx: number, ty: number): number => {
	return lerp(lerp(a00, a01, tx), lerp(a10, a11, tx), ty);
};

export const trilerp = (
	a000: number,
	a010: number,
	a100: number,
	a110: number,
	a001: number,
	a011: number,
	a101: number,
	a111: number,
	tx: number,
	ty: number,
	tz: number
): number => {
	return lerp(
		blerp(a000, a010, a100, a110, tx, ty),
		blerp(a001, a011, a101, a111, tx, ty),
		tz
	);
};
