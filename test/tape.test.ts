/**
 * Tape traffic of key cases: what the forward sweep records is only what the reverse sweep
 * cannot do without. Counted by instrumenting the shared runtime tape while generated code runs.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tape } from '../runtime/index.js';
import { compileSource } from './support/compile.js';

type Counts = { push: number; pushInt: number; pushBool: number; pushRef: number; pushArray: number };

/** Compiles `code`, loads the generated module, and counts the tape calls of one f_grad call. */
function traffic(code: string, fn: string, args: unknown[]): { counts: Counts; text: string; value: number } {
  const r = compileSource(code);
  if (!r.code) throw new Error(JSON.stringify(r.diagnostics));
  const dir = mkdtempSync(join(tmpdir(), 'tsgrad-tape-'));
  const file = join(dir, 'gen.ts');
  writeFileSync(file, r.code);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(file) as Record<string, (...a: unknown[]) => { value: number }>;
  const counts: Counts = { push: 0, pushInt: 0, pushBool: 0, pushRef: 0, pushArray: 0 };
  const saved = { ...counts } as Record<string, unknown>;
  const t = tape as unknown as Record<string, (...a: unknown[]) => unknown>;
  for (const k of Object.keys(counts) as (keyof Counts)[]) {
    saved[k] = t[k];
    const original = t[k]!.bind(tape);
    t[k] = (...a: unknown[]) => { counts[k]++; return original(...a); };
  }
  try {
    const before = tape.depth;
    const { value } = mod[`${fn}_grad`]!(...args);
    expect(tape.depth).toEqual(before);
    return { counts, text: r.code, value };
  } finally {
    for (const k of Object.keys(counts)) t[k] = saved[k] as (...a: unknown[]) => unknown;
  }
}

test('a sum of squares pushes nothing', () => {
  const { counts, text } = traffic(`
    export function sumsq(x: Float64Array): number {
      let s = 0;
      for (let i = 0; i < x.length; i++) s += x[i] * x[i];
      return s;
    }`, 'sumsq', [Float64Array.from([1, 2, 3, 4])]);
  expect(counts).toEqual({ push: 0, pushInt: 0, pushBool: 0, pushRef: 0, pushArray: 0 });
  expect(text).not.toContain('tape');
});

test('a counted loop with invariant bounds is reversed by counting back: no trip count taped', () => {
  const { counts, text } = traffic(`
    export function f(x: number, n: number): number {
      let p = 1;
      for (let i = 0; i < n; i++) p = p * Math.sin(x + i);
      return p;
    }`, 'f', [0.3, 5]);
  expect(counts.pushInt).toBe(0);
  expect(text).toContain('for (let i = Math.ceil(n) - 1; i >= 0; i--)');
  // p's old value is read by the reverse of p * sin(…): one push per iteration
  expect(counts.push).toBe(5);
});

test('a data-dependent loop tapes its trip count once, and the values it overwrites', () => {
  const { counts, value } = traffic(`
    export function newton(a: number): number {
      let x = a;
      while (Math.abs(x * x - a) > 1e-12) x = 0.5 * (x + a / x);
      return x;
    }`, 'newton', [2]);
  expect(value).toBeCloseTo(Math.SQRT2, 12);
  // at the top level the count is a local: nothing on the int stack
  expect(counts.pushInt).toBe(0);
  expect(counts.push).toBeGreaterThan(3);
  expect(counts.push).toBeLessThan(10);
});

test('a loop nested in a loop tapes the inner trip count per outer iteration', () => {
  const { counts } = traffic(`
    export function f(x: number): number {
      let s = 0;
      for (let k = 0; k < 3; k++) {
        let y = x + k;
        while (y > 0.1) y = y * 0.5;
        s += y * y;
      }
      return s;
    }`, 'f', [2]);
  expect(counts.pushInt).toBe(3);
});

test('a branch whose condition can be recomputed tapes no decision', () => {
  const { counts } = traffic(`
    export function f(x: Float64Array): number {
      let s = 0;
      for (let i = 0; i < x.length; i++) {
        if (x[i] > 0) s += Math.exp(x[i]);
        else s -= x[i] * x[i];
      }
      return s;
    }`, 'f', [Float64Array.from([1, -2, 3])]);
  expect(counts).toEqual({ push: 0, pushInt: 0, pushBool: 0, pushRef: 0, pushArray: 0 });
});

test('an element overwritten nonlinearly is pushed once per overwrite; a copy into a new array is not', () => {
  const n = 6;
  const { counts } = traffic(`
    export function f(x: Float64Array): number {
      const n = x.length;
      const y = new Float64Array(n);
      for (let i = 0; i < n; i++) y[i] = x[i];
      for (let i = 0; i < n; i++) y[i] = Math.sin(y[i]) * y[(i + 1) % n];
      let s = 0;
      for (let i = 0; i < n; i++) s += y[i];
      return s;
    }`, 'f', [Float64Array.from({ length: n }, (_, i) => 0.1 * (i + 1))]);
  expect(counts.push).toBe(n);
});

test('straight-line reassignments keep old values in locals, not on the tape', () => {
  const { counts } = traffic(`
    export function f(x: number): number {
      let a = x;
      a = Math.sin(a) * a;
      a = a * a + x;
      return a;
    }`, 'f', [0.7]);
  expect(counts.push).toBe(0);
});
