// FINDING (imprecise diagnostic): a helper returning an object whose properties are objects of numbers (complex
// impedance and wavenumber, each { re, im }). Refusing it is fair (not in the documented subset), but the message is
// "variables of type '{ zc: C; gamma: C; }' are not supported" with the hint "local variables hold numbers, booleans
// or arrays of numbers", which contradicts the documented support for objects of numbers (`const z = cmul(a, b)` two
// lines below is accepted). Expected: a message naming the nesting ("an object whose properties are objects") and the
// flat form that works ({ zcRe, zcIm, gRe, gIm }, or two helpers).
interface C {
  re: number;
  im: number;
}
const cmul = (a: C, b: C): C => ({ re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re });
function material(sigma: number) {
  return { zc: { re: 1 + 1 / sigma, im: -0.5 / sigma }, gamma: { re: 0.2 / sigma, im: 1 + 0.1 / sigma } };
}
export function impedanceNorm(sigma: number): number {
  const m = material(sigma);
  const z = cmul(m.zc, m.gamma);
  return z.re * z.re + z.im * z.im;
}
