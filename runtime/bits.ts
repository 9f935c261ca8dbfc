/**
 * A number's bit representation, for the code of packages that works on it (@stdlib's
 * `getHighWord`, `setLowWord`, `ldexp`, …): tsgrad treats those functions as the operations
 * they are (see the README, "Calls into npm packages") and generated code computes them here,
 * with the same results as the packages' own (IEEE 754 binary64, either byte order).
 */
// (`@__PURE__`: a bundle that calls none of these functions leaves these buffers out)
const f64 = /* @__PURE__ */ new Float64Array(1);
const u32 = /* @__PURE__ */ (() => new Uint32Array(f64.buffer))();
/** Index of the high word (sign, exponent, top 20 bits of the significand) in `u32`. */
const HIGH = /* @__PURE__ */ (() => (new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0))();
const LOW = /* @__PURE__ */ (() => 1 - HIGH)();

/** The high 32 bits of `x`, as an unsigned integer. */
export function f64HighWord(x: number): number {
  f64[0] = x;
  return u32[HIGH]!;
}

/** The low 32 bits of `x`, as an unsigned integer. */
export function f64LowWord(x: number): number {
  f64[0] = x;
  return u32[LOW]!;
}

/** `x` with its high word replaced by `high`. */
export function f64WithHighWord(x: number, high: number): number {
  f64[0] = x;
  u32[HIGH] = high >>> 0;
  return f64[0]!;
}

/** `x` with its low word replaced by `low`. */
export function f64WithLowWord(x: number, low: number): number {
  f64[0] = x;
  u32[LOW] = low >>> 0;
  return f64[0]!;
}

/** The number of words `high` and `low`. */
export function f64FromWords(high: number, low: number): number {
  u32[HIGH] = high >>> 0;
  u32[LOW] = low >>> 0;
  return f64[0]!;
}

/**
 * ∂ f64WithHighWord(x, high) / ∂x at `x`, whose value is `r`: only x's low word reaches r, so
 * r moves by one of its own units in the last place when x moves by one of x's:
 * ±2^(E(r) − E(x)), negative when the sign bit changed. (E: the biased exponent, 1 for
 * subnormals.)
 */
export function f64WithHighWordScale(x: number, r: number): number {
  const hx = f64HighWord(x);
  const hr = f64HighWord(r);
  const ex = Math.max((hx >>> 20) & 0x7ff, 1);
  const er = Math.max((hr >>> 20) & 0x7ff, 1);
  const scale = 2 ** (er - ex);
  return (hx >>> 31) === (hr >>> 31) ? scale : -scale;
}

/** frac · 2^exp, exactly as @stdlib/math-base-special-ldexp computes it (one rounding, to a subnormal). */
export function f64Ldexp(frac: number, exp: number): number {
  if (exp === 0 || frac === 0 || Number.isNaN(frac) || frac === Infinity || frac === -Infinity) return frac;
  // normalize a subnormal fraction
  if (Math.abs(frac) < 2.2250738585072014e-308) {
    frac *= 4503599627370496; // 2^52
    exp -= 52;
  }
  exp += ((f64HighWord(frac) >>> 20) & 0x7ff) - 1023;
  if (exp < -1074) return frac < 0 || Object.is(frac, -0) ? -0 : 0;
  if (exp > 1023) return frac < 0 ? -Infinity : Infinity;
  let m = 1;
  if (exp <= -1023) {
    exp += 52;
    m = 2.220446049250313e-16; // 2^-52
  }
  const high = (f64HighWord(frac) & 0x800fffff) | ((exp + 1023) << 20);
  return m * f64FromWords(high, f64LowWord(frac));
}

/** |x| with the sign bit of y, as @stdlib/math-base-special-copysign (NaN keeps its payload's sign rules: the sign bit of y). */
export function f64CopySign(x: number, y: number): number {
  return f64FromWords(((f64HighWord(x) & 0x7fffffff) | (f64HighWord(y) & 0x80000000)) >>> 0, f64LowWord(x));
}
