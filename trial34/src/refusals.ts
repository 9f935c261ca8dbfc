// Code I expect tsgrad to refuse, each with a precise diagnostic at my code.

/** Material lookup by name in a Map. */
const DENSITY = new Map<string, number>([
  ['steel', 7850],
  ['oak', 700],
]);
export function massFromMap(volume: number, material: string): number {
  return volume * (DENSITY.get(material) ?? 1000);
}

/** Coefficients in an object indexed by a string parameter (dynamic property access on a parameter). */
export function weightedByKey(x: number, coeffs: { [name: string]: number }, key: string): number {
  return x * coeffs[key];
}

/** `some` with a callback to detect saturation. */
export function saturatedPenalty(x: Float64Array, limit: number): number {
  const anyOver = Array.from(x).some((v) => v > limit);
  let s = 0;
  for (const v of x) s += v * v;
  return anyOver ? 2 * s : s;
}

/** A generator of partial sums. */
function* partialSums(x: Float64Array) {
  let s = 0;
  for (const v of x) yield (s += v);
}
export function lastPartialSum(x: Float64Array): number {
  let last = 0;
  for (const s of partialSums(x)) last = s;
  return last;
}

/** for...in over an object of numbers. */
export function sumOfFields(a: number, b: number): number {
  const o: Record<string, number> = { a, b };
  let s = 0;
  for (const k in o) s += o[k];
  return s;
}

/** A closure that keeps a running total across calls (mutable captured state). */
let calls = 0;
export function countedSquare(x: number): number {
  calls += 1;
  return x * x * calls;
}
