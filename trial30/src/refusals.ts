// Code I expect tsgrad to refuse, written as I would write it anyway.

/** A price table keyed by product name in a Map. */
export function basketCost(qty: Float64Array, prices: Map<string, number>, names: string[]): number {
  let c = 0;
  for (let i = 0; i < qty.length; i++) c += qty[i] * (prices.get(names[i]) ?? 0);
  return c;
}

interface Params { [key: string]: number }

/** Dynamic property access on a parameter object. */
export function weightedByKey(x: number, params: Params, key: string): number {
  return params[key] * x * x;
}

/** A class holding the model parameters. */
class Spring {
  constructor(public k: number, public rest: number) {}
  energy(x: number): number {
    return 0.5 * this.k * (x - this.rest) ** 2;
  }
}
export function springEnergy(k: number, rest: number, x: number): number {
  const s = new Spring(k, rest);
  return s.energy(x);
}

/** Validation with every(), then a sum. */
export function positiveSum(x: Float64Array): number {
  if (!x.every((v) => v > 0)) throw new RangeError('all positive');
  let s = 0;
  for (const v of x) s += Math.log(v);
  return s;
}

/** Early out with some(). */
export function anyAboveSquares(x: Float64Array, limit: number): number {
  if (x.some((v) => v > limit)) return 0;
  return x.reduce((s, v) => s + v * v, 0);
}

/** Random dropout inside the loss (Math.random). */
export function dropoutSum(x: Float64Array, p: number): number {
  let s = 0;
  for (const v of x) if (Math.random() > p) s += v / (1 - p);
  return s;
}

let calls = 0;
/** Mutable module state (a call counter). */
export function countedSquare(x: number): number {
  calls++;
  return x * x + calls * 0;
}

/** A closure passed as a value to a higher-order integrator. */
function integrate(f: (t: number) => number, a: number, b: number, n: number): number {
  const h = (b - a) / n;
  let s = 0.5 * (f(a) + f(b));
  for (let i = 1; i < n; i++) s += f(a + i * h);
  return s * h;
}
export function gaussianMass(sigma: number): number {
  return integrate((t) => Math.exp(-0.5 * (t / sigma) ** 2), -3, 3, 64);
}

/** number[][] matrix parameter. */
export function frobenius(M: number[][]): number {
  let s = 0;
  for (const row of M) for (const v of row) s += v * v;
  return s;
}

/** try/catch around a computation. */
export function safeLog(x: number): number {
  try {
    if (x <= 0) throw new Error('neg');
    return Math.log(x);
  } catch {
    return -1e9;
  }
}
