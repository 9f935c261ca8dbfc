/** Finding fixture cases and reading their case.json. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Param } from '../../compiler/ir/types.js';

export const root = join(__dirname, '..', '..');
export const fixturesDir = join(root, 'fixtures');

/** A parameter's domain: an interval, booleans, integers, or an array of a length over an interval. */
export type Domain =
  | [number, number]
  | 'bool'
  | { int: [number, number] }
  /** An array of that length; `optional`: an optional array (`w?: Float64Array`), `undefined` at some points. */
  | { length: number; range?: [number, number]; optional?: boolean }
  /** An array of rows (`A: number[][]`) of these lengths, elements over an interval. */
  | { rows: readonly number[]; range?: [number, number] }
  /** One of these values (a string parameter's); `null` stands for `undefined` (left out). */
  | { oneOf: readonly (string | number | boolean | null)[] }
  /** An optional number: `undefined` at some points, else a number in the interval. */
  | { maybe: [number, number] };

export interface CaseSpec {
  domains?: Record<string, Record<string, Domain>>;
  checks?: { fn: string; args: unknown[]; value?: number; grad?: Record<string, number | number[]> }[];
  /** Finite-difference tolerance (relative), for functions with large curvature. */
  tolerance?: number;
  /** Compiled with `--wrt` (CompileOptions.wrt): only those parameters get gradients. */
  wrt?: string[];
}

export interface FixtureCase {
  name: string;
  dir: string;
  input: string;
  expected: string;
  spec: CaseSpec;
}

export function fixtureCases(filter: (group: string) => boolean): FixtureCase[] {
  const out: FixtureCase[] = [];
  for (const group of readdirSync(fixturesDir).sort()) {
    if (!filter(group) || !statSync(join(fixturesDir, group)).isDirectory()) continue;
    for (const c of readdirSync(join(fixturesDir, group)).sort()) {
      const dir = join(fixturesDir, group, c);
      const input = join(dir, 'input.ts');
      if (!existsSync(input)) continue;
      const specFile = join(dir, 'case.json');
      out.push({
        name: relative(fixturesDir, dir),
        dir,
        input,
        expected: join(dir, 'input.grad.ts'),
        spec: existsSync(specFile) ? JSON.parse(readFileSync(specFile, 'utf8')) as CaseSpec : {},
      });
    }
  }
  return out;
}

/** A small deterministic generator (mulberry32), so failures reproduce. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sample(domain: Domain | undefined, kind: 'number' | 'array' | 'other', random: () => number): unknown {
  if (domain === 'bool') return random() < 0.5;
  if (domain && !Array.isArray(domain) && 'oneOf' in domain) {
    const v = domain.oneOf[Math.floor(random() * domain.oneOf.length)];
    return v === null ? undefined : v;
  }
  if (domain && !Array.isArray(domain) && 'maybe' in domain) {
    const [lo, hi] = domain.maybe;
    const absent = random() < 0.4;
    const x = lo + random() * (hi - lo);
    return absent ? undefined : x;
  }
  if (domain && !Array.isArray(domain) && 'int' in domain) {
    const [lo, hi] = domain.int;
    return lo + Math.floor(random() * (hi - lo + 1));
  }
  if (domain && !Array.isArray(domain) && 'rows' in domain) {
    const [lo, hi] = domain.range ?? [-2, 2];
    return domain.rows.map((n) => Array.from({ length: n }, () => lo + random() * (hi - lo)));
  }
  if (kind === 'array' || (domain && !Array.isArray(domain) && 'length' in domain)) {
    const d = (domain ?? { length: 5 }) as { length: number; range?: [number, number]; optional?: boolean };
    const [lo, hi] = d.range ?? [-2, 2];
    if (d.optional && random() < 0.4) return undefined;
    return Float64Array.from({ length: d.length }, () => lo + random() * (hi - lo));
  }
  const [lo, hi] = (domain as [number, number] | undefined) ?? [-2, 2];
  return lo + random() * (hi - lo);
}

/** An argument for the parameter `p` from its domain, of the parameter's own array type. */
export function sampleParam(p: Param, domain: Domain | undefined, random: () => number): unknown {
  const a = sample(domain, p.tsType === 'number' ? 'number' : p.tsType === 'other' ? 'other' : 'array', random);
  // (an integer typed array parameter gets its own type: the values truncate as they would)
  if (p.tsType === 'intArray' && a instanceof Float64Array) return new (globalThis as unknown as Record<string, new (a: ArrayLike<number>) => unknown>)[p.typeText]!(a);
  if (p.rows) return rowsArgument(p, a as number[][]);
  return p.tsType === 'number[]' && a instanceof Float64Array ? Array.from(a) : a;
}

/** Rows given as number[][] (a domain's, a case's), as the parameter's type holds them: Float64Arrays where it says so. */
export function rowsArgument(p: Param, rows: readonly (readonly number[])[]): unknown {
  return /Float64Array/.test(p.rows!.typeText) ? rows.map((r) => Float64Array.from(r)) : rows.map((r) => r.slice());
}

/** An array of rows (`number[][]`, `Float64Array[]`), told from an array of numbers by its elements. */
const isRows = (x: unknown): x is ArrayLike<number>[] => Array.isArray(x) && x.some((r) => typeof r === 'object');

/** A copy of an argument: an array's elements, an array of rows' rows too. */
export function copyArg<T>(a: T): T {
  if (a instanceof Float64Array) return a.slice() as T;
  if (isRows(a)) return a.map((r) => (r as Float64Array | number[]).slice()) as T;
  return (Array.isArray(a) ? a.slice() : a) as T;
}

/** The numbers of a number, an array or an array of rows (row after row). */
export function flatOf(x: unknown): number[] {
  if (typeof x === 'number') return [x];
  if (isRows(x)) return x.flatMap((r) => Array.from(r));
  return Array.from(x as ArrayLike<number>);
}

/** Adds delta to the j-th number of an array or of an array of rows (counted row after row). */
export function addAt(x: unknown, j: number, delta: number): void {
  if (!isRows(x)) {
    (x as number[])[j]! += delta;
    return;
  }
  for (const r of x as number[][]) {
    if (j < r.length) {
      r[j]! += delta;
      return;
    }
    j -= r.length;
  }
}

/** A new array shaped as x (a Float64Array for an array, rows of x's kind for an array of rows), its j-th number value(j). */
export function shaped<T>(x: T, value: (j: number) => number): T {
  if (!isRows(x)) return Float64Array.from(x as ArrayLike<number>, (_, j) => value(j)) as T;
  let at = 0;
  return (x as ArrayLike<number>[]).map((r) => (r instanceof Float64Array ? Float64Array.from(r, () => value(at++)) : Array.from(r, () => value(at++)))) as T;
}
