// trial49 finding 6: a Float32Array (or Int32Array, Uint8ClampedArray) module scratch buffer is refused with the
// message for constant tables, and the hint would change the function's values.
// Expected: compiled as a Float64Array scratch is (README names `new Float64Array(n)`, `new Array(n).fill(0)` and
// `[0, 0, 0]`), allocating a local of the same type (stores round as in f), or a message saying the element type is
// the cause, with a hint that keeps the rounding (const F3 = new Float32Array(3) inside the function).
// Actual: TSG1008 "'F3' is an array kept at module level: tsgrad reads such an array only as a constant table,
// which no function writes", hint "allocate the buffer inside the function (const F3 = new Float64Array(n)), or
// take it as a parameter": a Float64Array stores x / 3 unrounded, so the hint's rewrite returns other values than f
// (likewise U2, a Uint8ClampedArray whose stores clamp and round: 300 is stored as 255).
const F3 = new Float32Array(3);
const U2 = new Uint8ClampedArray(2);

export function float32Scratch(x: number, y: number): number {
  F3[0] = x / 3; F3[1] = y / 7; F3[2] = x * y;
  return F3[0] * F3[1] + F3[2] * F3[2];
}

export function clampedScratch(x: number, g: number): number {
  U2[0] = g * 100; U2[1] = 300;
  return (x * U2[0]) / U2[1];
}
