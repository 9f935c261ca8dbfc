// Code I expect tsgrad to refuse, each with a precise TSG code (and probes that should work beside them).

const ELEMENT_MASS = new Map<string, number>([
  ['H', 1.008],
  ['C', 12.011],
  ['O', 15.999],
]);
/** Molar mass of a formula weighted by uncertain atom counts: a Map lookup. */
export function molarMass(counts: Float64Array, symbols: string[]): number {
  let m = 0;
  for (let i = 0; i < counts.length; i++) m += counts[i] * (ELEMENT_MASS.get(symbols[i]) ?? 0);
  return m;
}

/** Dynamic property access on an object parameter keyed by strings. */
export function weightedScore(weights: Record<string, number>, keys: string[], x: number): number {
  let s = 0;
  for (const k of keys) s += weights[k] * x;
  return s;
}

/** filter with a callback. */
export function positiveMean(xs: Float64Array): number {
  const pos = Array.from(xs).filter((v) => v > 0);
  return pos.reduce((a, b) => a + b, 0) / pos.length;
}

/** every: convergence test of a Jacobi iteration. */
export function jacobiSolve(diag: Float64Array, rhs: Float64Array, off: number): number {
  let x = new Float64Array(diag.length);
  for (let it = 0; it < 100; it++) {
    const nx = new Float64Array(diag.length);
    for (let i = 0; i < diag.length; i++) {
      const l = i > 0 ? x[i - 1] : 0;
      const r = i + 1 < diag.length ? x[i + 1] : 0;
      nx[i] = (rhs[i] - off * (l + r)) / diag[i];
    }
    const done = Array.from(nx).every((v, i) => Math.abs(v - x[i]) < 1e-12);
    x = nx;
    if (done) break;
  }
  return x.reduce((a, b) => a + b, 0);
}

/** A class with a mutating method. */
class Accumulator {
  total = 0;
  add(v: number): void {
    this.total += v;
  }
}
export function accumulate(xs: Float64Array): number {
  const acc = new Accumulator();
  for (const v of xs) acc.add(v * v);
  return acc.total;
}

/** Mutable module state: a call counter. */
let evaluations = 0;
export function countedSquare(x: number): number {
  evaluations++;
  return x * x + evaluations * 0;
}

/** try/catch around a computation. */
export function safeLog(x: number): number {
  try {
    if (x <= 0) throw new RangeError('x must be positive');
    return Math.log(x);
  } catch {
    return -1e9;
  }
}

// ---------- probes that I expect to work ----------

/** Generic clamp-and-square over a number subtype. */
function softClamp<T extends number>(v: T, lo: number, hi: number): number {
  const s = (w: number) => Math.log1p(Math.exp(w));
  return lo + s(v - lo) - s(v - hi);
}
export function clampedEnergy<T extends number>(x: T, lo = -1, hi = 1): number {
  return softClamp(x, lo, hi) ** 2;
}

/** number[][] matrix and an optional boolean: a quadratic form with an optional symmetrisation. */
export function quadForm(M: number[][], x: readonly number[], symmetric?: boolean): number {
  let s = 0;
  M.forEach((row, i) => {
    row.forEach((m, j) => {
      const mij = symmetric ? 0.5 * (m + M[j][i]) : m;
      s += x[i] * mij * x[j];
    });
  });
  return s;
}

/** `some` for an early test (refused by design, checking the wording). */
export function anyAbove(xs: Float64Array, limit: number): number {
  const hit = Array.from(xs).some((v) => v > limit);
  return hit ? limit : xs[0] * limit;
}
