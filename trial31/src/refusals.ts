// Code I expect tsgrad to refuse, each with a precise diagnostic.

/** Map of named parameters. */
export function mapWeights(x: number, names: string[]): number {
  const w = new Map<string, number>();
  names.forEach((n, i) => w.set(n, i + 1));
  let s = 0;
  for (const n of names) s += (w.get(n) ?? 0) * x;
  return s;
}

/** Dynamic property access by a computed string key into a mutable object. */
export function dynamicKey(x: number, key: string): number {
  const coeffs: Record<string, number> = {};
  coeffs['a' + key] = x * 2;
  return coeffs['a' + key] * x;
}

class Spring {
  constructor(public k: number, public rest: number) {}
  energy(x: number): number {
    return 0.5 * this.k * (x - this.rest) ** 2;
  }
}

/** A class instance with a method. */
export function springEnergy(x: number, k: number): number {
  const s = new Spring(k, 1);
  return s.energy(x);
}

/** every/some as guards. */
export function allPositiveSum(xs: Float64Array): number {
  if (!xs.every((v) => v > 0)) return 0;
  return xs.reduce((a, v) => a + Math.log(v), 0);
}

/** A matrix as number[][]. */
export function frobenius(A: number[][]): number {
  let s = 0;
  for (const row of A) for (const v of row) s += v * v;
  return s;
}

/** Monte Carlo with Math.random. */
export function noisy(x: number): number {
  return x * x + 0.01 * Math.random();
}

/** try/catch around a computation. */
export function guarded(x: number): number {
  try {
    return Math.log(x);
  } catch {
    return 0;
  }
}

/** A closure stored and passed on as a value. */
function applyTwice(f: (v: number) => number, v: number): number {
  return f(f(v));
}
export function closureValue(x: number, a: number): number {
  const g = (v: number) => Math.sin(a * v);
  return applyTwice(g, x);
}

/** Reading a property of an exported function's object parameter. */
export function objectParam(p: { x: number; y: number }, s: number): number {
  return s * (p.x * p.x + p.y * p.y);
}

let calls = 0;
/** Mutable module state. */
export function counted(x: number): number {
  calls++;
  return x * calls;
}

/** A generator consumed in a loop. */
function* range(n: number): Generator<number> {
  for (let i = 0; i < n; i++) yield i;
}
export function generatorSum(x: number, n: number): number {
  let s = 0;
  for (const i of range(n)) s += x ** i;
  return s;
}
