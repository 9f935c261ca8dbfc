/** Finding fixture cases and reading their case.json. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const root = join(__dirname, '..', '..');
export const fixturesDir = join(root, 'fixtures');

/** A parameter's domain: an interval, booleans, integers, or an array of a length over an interval. */
export type Domain =
  | [number, number]
  | 'bool'
  | { int: [number, number] }
  /** An array of that length; `optional`: an optional array (`w?: Float64Array`), `undefined` at some points. */
  | { length: number; range?: [number, number]; optional?: boolean }
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
  if (kind === 'array' || (domain && !Array.isArray(domain) && 'length' in domain)) {
    const d = (domain ?? { length: 5 }) as { length: number; range?: [number, number]; optional?: boolean };
    const [lo, hi] = d.range ?? [-2, 2];
    if (d.optional && random() < 0.4) return undefined;
    return Float64Array.from({ length: d.length }, () => lo + random() * (hi - lo));
  }
  const [lo, hi] = (domain as [number, number] | undefined) ?? [-2, 2];
  return lo + random() * (hi - lo);
}
