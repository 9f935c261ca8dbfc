/**
 * Stores past the end (analyze/in-range.ts): the reverse sweep reads an element's adjoint as
 * `a_b[i] ?? 0` where the store's index may be past the end (JavaScript drops such a store), and
 * as `a_b[i]` alone where it is surely in range: the usual loops pay nothing.
 */
import { generated } from './support/compile.js';

/** The reverse sweep's reads of `array`'s adjoint elements into a temporary adjoint, in f_vjp (or f_vjpInOut, which it calls). */
function adjointReads(code: string, fn: string, array: string): string[] {
  const start = code.indexOf(`export function ${fn}_`);
  const body = code.slice(start, code.indexOf(`export function ${fn}_grad`, start));
  return [...body.matchAll(new RegExp(`= ${array}_b\\[[^\\]]+\\]!(?: \\?\\? 0)?;`, 'g'))].map((m) => m[0]);
}

test('loops over the array\'s own length, or the length it was allocated with, read the adjoint alone', () => {
  const code = generated(`
export function own(x: Float64Array, out: Float64Array): number {
  for (let i = 0; i < out.length; i++) out[i] = x[i] * x[i];
  let s = 0;
  for (let i = 0; i < out.length; i++) s += out[i] * x[0];
  return s;
}
export function allocated(x: Float64Array): number {
  const w = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) w[i] = Math.sin(x[i]);
  let s = 0;
  for (let i = 0; i < w.length; i++) s += w[i] * w[i];
  return s;
}
export function down(x: Float64Array, out: Float64Array): number {
  for (let i = out.length - 1; i >= 0; i--) out[i] = x[i] * 2;
  return out[0] * x[1];
}
export function constant(x: number, y: number): number {
  const w = new Float64Array(3);
  w[2] = x * y;
  return w[2] * x;
}
`);
  for (const [fn, array] of [['own', 'out'], ['allocated', 'w'], ['down', 'out'], ['constant', 'w']] as const) {
    const reads = adjointReads(code, fn, array);
    expect(reads.length).toBeGreaterThan(0);
    for (const r of reads) expect(r).not.toContain('??');
  }
});

test('indices that may be past the end read the adjoint as 0 there', () => {
  const code = generated(`
export function otherLength(x: Float64Array, out: Float64Array): number {
  for (let i = 0; i < x.length; i++) out[i] = x[i] * x[i];
  return out[0];
}
export function literalBound(x: number, out: Float64Array): number {
  for (let i = 0; i < 3; i++) out[i] = x * i;
  return x * x;
}
export function shifted(x: Float64Array): number {
  const w = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) w[i + 1] = x[i] * x[i];
  return w[1];
}
export function pastConstant(x: number, y: number): number {
  const w = new Float64Array(2);
  w[2] = x * y;
  return w[0] + x * y;
}
`);
  for (const [fn, array] of [['otherLength', 'out'], ['literalBound', 'out'], ['shifted', 'w'], ['pastConstant', 'w']] as const) {
    const reads = adjointReads(code, fn, array);
    expect(reads.length).toBeGreaterThan(0);
    for (const r of reads) expect(r).toContain('?? 0');
  }
});
