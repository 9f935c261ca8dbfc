// Code I expect tsgrad to refuse, each with a precise TSG code naming it.

const PRICES = new Map<string, number>([['corn', 4.2], ['wheat', 5.9]]);

/** A Map lookup. */
export function mapRevenue(qty: number, crop: string): number {
  return qty * (PRICES.get(crop) ?? 0);
}

/** Dynamic property access on an object parameter by a string key. */
export function dynamicKey(coef: { [k: string]: number }, key: string, x: number): number {
  return coef[key] * x;
}

/** Arrays of arrays: a matrix as number[][]. */
export function frobenius(A: number[][]): number {
  let s = 0;
  for (const row of A) for (const v of row) s += v * v;
  return Math.sqrt(s);
}

/** filter then sum. */
export function positiveSum(xs: readonly number[]): number {
  return xs.filter((v) => v > 0).reduce((a, b) => a + b, 0);
}

/** try/catch around a computation. */
export function guardedLog(x: number): number {
  try {
    if (x <= 0) throw new RangeError('x must be positive');
    return Math.log(x);
  } catch {
    return 0;
  }
}

/** An object with a method, made in the function. */
export function methodObject(a: number, x: number): number {
  const poly = { a, at(t: number) { return this.a * t * t; } };
  return poly.at(x);
}
