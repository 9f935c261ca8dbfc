/**
 * `dst.set(src, offset)` lowered to an element loop (frontend/statements/expression-statements.ts
 * setElements): where src does not fit, f_vjp throws set's RangeError as f does, before copying;
 * a copy within one array is refused. (fixtures/arrays/typed_set checks the gradients.)
 */
import { compileSource } from './support/compile.js';
import { scratchDirectory } from './support/scratch.js';
import { tape } from '../runtime/index.js';

const scratch = scratchDirectory('tsgrad-typed-set-');

const source = `
  export function overflow(x: Float64Array, k: number): number {
    const buf = new Float64Array(3);
    buf.set(x, 1);
    return k * buf[0]! + buf[1]! * buf[2]!;
  }`;

test("a source that does not fit throws set's RangeError, as the function does; one that fits differentiates", () => {
  const r = compileSource(source);
  expect(r.diagnostics).toEqual([]);
  scratch.put('input.ts', source);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const g = require(scratch.put('input.grad.ts', r.code!)) as { overflow_grad: (x: Float64Array, k: number) => { value: number; grad: { x: Float64Array; k: number } } };
  const run = (x: Float64Array) => { const b = new Float64Array(3); b.set(x, 1); return b; };
  expect(() => run(new Float64Array(3))).toThrow(RangeError);
  expect(() => g.overflow_grad(new Float64Array(3), 2)).toThrow(new RangeError('offset is out of bounds'));
  expect(tape.top).toBe(0);
  const { value, grad } = g.overflow_grad(new Float64Array([3, 5]), 2);
  expect(value).toBe(15);
  expect([...grad.x]).toEqual([5, 3]);
  expect(grad.k).toBe(0);
});

test('a copy within one array is refused where it is written', () => {
  const r = compileSource(`
    export function self(x: Float64Array): number {
      const a = Float64Array.from(x);
      a.set(a.subarray(1));
      return a[0]! * a[1]!;
    }`);
  expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([['TSG1008', 4]]);
  expect(r.diagnostics[0]!.message).toContain('copies an array into itself');
});

test('the offset is read as set reads it: 1.5 is 1, a negative one throws', () => {
  const src = `
    export function at(x: Float64Array, o: number): number {
      const buf = new Float64Array(4);
      buf.set(x, o);
      return buf[0]! + 2 * buf[1]! + 3 * buf[2]! + 4 * buf[3]!;
    }`;
  const r = compileSource(src);
  expect(r.diagnostics).toEqual([]);
  scratch.put('at.ts', src);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const g = require(scratch.put('at.grad.ts', r.code!.replace(/from '\.\/input\.js'/g, "from './at.js'"))) as { at_grad: (x: Float64Array, o: number) => { value: number; grad: { x: Float64Array; o: number } } };
  const f = (x: Float64Array, o: number) => { const b = new Float64Array(4); b.set(x, o); return b[0]! + 2 * b[1]! + 3 * b[2]! + 4 * b[3]!; };
  const x = new Float64Array([1, 10]);
  expect(g.at_grad(x, 1.5).value).toBe(f(x, 1.5));
  expect([...g.at_grad(x, 1.5).grad.x]).toEqual([2, 3]);
  expect(() => f(x, -1)).toThrow(RangeError);
  expect(() => g.at_grad(x, -1)).toThrow(RangeError);
});
