// Code I expect tsgrad to refuse (or that I want to see refused precisely), each with a real use.
import { sq } from './util.js';

/** atomic masses by element symbol, read by a dynamic key from a Record */
const MASS: Record<string, number> = { H: 1.008, C: 12.011, O: 15.999 };
export function reducedMass(elA: string, elB: string, scale: number): number {
  return scale * (MASS[elA] * MASS[elB]) / (MASS[elA] + MASS[elB]);
}

/** a cache of bond energies in a Map */
export function cachedBonds(r: Float64Array, k: number): number {
  const cache = new Map<number, number>();
  let e = 0;
  for (const x of r) {
    const key = Math.round(x * 100);
    const hit = cache.get(key);
    if (hit !== undefined) { e += hit; continue; }
    const v = 0.5 * k * sq(x - 1);
    cache.set(key, v);
    e += v;
  }
  return e;
}

/** samples along a ray from a generator */
function* samples(n: number, far: number): Generator<number> {
  for (let i = 0; i < n; i++) yield ((i + 0.5) * far) / n;
}
export function generatorRay(sigma: number, n = 8): number {
  let T = 1;
  for (const z of samples(n, 4)) T *= Math.exp(-sigma * z * 0.01);
  return T;
}

/** an abstract base class of potentials with subclasses */
abstract class Potential {
  abstract energy(r: number): number;
  total(rs: Float64Array): number { let e = 0; for (const r of rs) e += this.energy(r); return e; }
}
class Harmonic extends Potential {
  constructor(readonly k: number) { super(); }
  energy(r: number): number { return 0.5 * this.k * (r - 1) ** 2; }
}
export function abstractPotential(rs: Float64Array, k: number): number {
  return new Harmonic(k).total(rs);
}

/** a class with an ES #private field */
class Spring {
  #k: number;
  constructor(k: number) { this.#k = k; }
  get stiffness(): number { return this.#k; }
  energy(x: number): number { return 0.5 * this.#k * x * x; }
}
export function privateSpring(x: number, k: number): number {
  return new Spring(k).energy(x) + new Spring(k).stiffness;
}

/** options destructured with defaults: the most common idiom of a library */
export function morseDestructured(r: number, opts: { depth?: number; width?: number } = {}): number {
  const { depth = 1, width = 6 } = opts;
  const ex = Math.exp(-width * (r - 1));
  return depth * (ex * ex - 2 * ex);
}

/** array reset by length = 0 and reused as a scratch list */
export function resetByLength(score: readonly number[]): number {
  const rest: number[] = [];
  let s = 0;
  for (let k = 0; k < score.length; k++) {
    rest.length = 0;
    for (let j = k; j < score.length; j++) rest.push(score[j]);
    s += Math.max(...rest);
  }
  return s;
}

/** a generic reducer taking a callback, T = number */
function sumOf<T>(xs: readonly T[], f: (x: T) => number): number {
  let s = 0;
  for (const x of xs) s += f(x);
  return s;
}
export function genericSumBy(xs: readonly number[], k: number): number {
  return sumOf(xs, (x) => k * x * x);
}

/** a mixed as-const book of (strike, quantity, right) destructured in for...of */
const BOOK = [[90, 1], [100, -2], [110, 1]] as const;
export function bookValue(S: number): number {
  let v = 0;
  for (const [k, q] of BOOK) v += q * Math.max(S - k, 0);
  return v;
}

/** tuple destructuring with defaults */
export function affineDefaults(p: readonly number[], x: number): number {
  const [a, b = 0] = p;
  return a * x + b;
}

/** filter then reduce */
export function positiveSum(xs: readonly number[]): number {
  return xs.filter((x) => x > 0).reduce((s, x) => s + x * x, 0);
}

/** a string passed to a recursive helper */
function treeRec(S: number, K: number, u: number, i: number, n: number, right: 'call' | 'put'): number {
  if (i === n) return right === 'call' ? Math.max(S - K, 0) : Math.max(K - S, 0);
  return 0.5 * (treeRec(S * u, K, u, i + 1, n, right) + treeRec(S / u, K, u, i + 1, n, right));
}
export function stringRecursion(S: number, K: number, u: number): number {
  return treeRec(S, K, u, 0, 6, 'call');
}

/** a conditional of two string literals passed to an inlined helper */
const pay = (s: number, k: number, right: 'call' | 'put'): number => (right === 'call' ? Math.max(s - k, 0) : Math.max(k - s, 0));
export function conditionalString(S: number, K: number, isCall: boolean): number {
  return pay(S, K, isCall ? 'call' : 'put');
}
