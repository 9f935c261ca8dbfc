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
