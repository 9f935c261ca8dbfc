// Code I expect to be refused, each with a precise diagnostic.

/** a Map from bin to weight */
export function mapWeights(x: Float64Array): number {
  const m = new Map<number, number>();
  for (let i = 0; i < x.length; i++) m.set(i % 3, (m.get(i % 3) ?? 0) + x[i]);
  let s = 0;
  for (const v of m.values()) s += v * v;
  return s;
}

/** a string-keyed record written with computed keys */
export function recordSum(x: Float64Array): number {
  const r: Record<string, number> = {};
  for (let i = 0; i < x.length; i++) r['k' + (i % 2)] = (r['k' + (i % 2)] ?? 0) + x[i];
  return r['k0'] * r['k1'];
}

/** dynamic property access with a key chosen by a string parameter */
export function pickCoef(x: number, which: string): number {
  const coefs = { a: 1.5, b: -2, c: 0.25 };
  return x * (coefs as Record<string, number>)[which];
}

function* powers(x: number, n: number): Generator<number> {
  let p = 1;
  for (let i = 0; i < n; i++) { yield p; p *= x; }
}

/** a generator consumed by for...of */
export function sumPowers(x: number, n: number): number {
  let s = 0;
  for (const p of powers(x, n)) s += p;
  return s;
}

/** a closure over mutable state */
export function counterClosure(x: number): number {
  let acc = 0;
  const add = (v: number) => { acc += v; };
  add(x); add(x * x);
  return acc;
}

/** filter then reduce */
export function positiveSum(x: Float64Array): number {
  return Array.from(x).filter((v) => v > 0).reduce((a, b) => a + b * b, 0);
}

/** try/catch for a fallback */
export function safeLog(x: number): number {
  try {
    if (x <= 0) throw new RangeError('x must be positive');
    return Math.log(x);
  } catch {
    return -1e3;
  }
}
