// a library module: tables, an enum, a recursive helper, a @noinline array helper, a factory-made function
export const GL5_X = [-0.9061798459386640, -0.5384693101056831, 0, 0.5384693101056831, 0.9061798459386640];
export const GL5_W = [0.2369268850561891, 0.4786286704993665, 0.5688888888888889, 0.4786286704993665, 0.2369268850561891];
export const enum Rule { Midpoint, Simpson, Gauss }
export function makeDecay(rate: number) { return (t: number) => Math.exp(-rate * t); }
export const decay2 = makeDecay(2);
/** recursive: adaptive-free binary subdivision to a fixed depth */
export function subdivide(f0: number, f1: number, a: number, b: number, depth: number): number {
  if (depth === 0) return 0.5 * (b - a) * (f0 + f1);
  const m = 0.5 * (a + b);
  const fm = Math.exp(-m * m) * (f0 + f1) * 0.5;
  return subdivide(f0, fm, a, m, depth - 1) + subdivide(fm, f1, m, b, depth - 1);
}
/** @noinline */
export function cumsum(x: ArrayLike<number>, out: Float64Array): void {
  let s = 0;
  for (let i = 0; i < out.length; i++) { s += x[i]; out[i] = s; }
}
