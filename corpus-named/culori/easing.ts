// culori@4.0.2, src/easing/smoothstep.js, src/easing/smootherstep.js and src/easing/inOutSine.js
// (MIT, see LICENSE), one module. Types added; `export` moved onto the declarations.

/*
	Smoothstep easing function and its inverse
	Reference: https://en.wikipedia.org/wiki/Smoothstep
 */
export const easingSmoothstep = (t: number): number => t * t * (3 - 2 * t);
export const easingSmoothstepInverse = (t: number): number => 0.5 - Math.sin(Math.asin(1 - 2 * t) / 3);

/*
	Smootherstep easing function proposed by K. Perlin
	Reference: https://en.wikipedia.org/wiki/Smoothstep
 */
export const smootherstep = (t: number): number => t * t * t * (t * (t * 6 - 15) + 10);

/* 
	Sinusoidal (cosine) in-out easing
*/
export const inOutSine = (t: number): number => (1 - Math.cos(t * Math.PI)) / 2;
