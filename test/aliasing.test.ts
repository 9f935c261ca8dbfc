/**
 * The exported derivatives of a function that writes an array parameter refuse to be passed
 * that array as another parameter too (fixtures/arrays/same_array_twice): the function then
 * reads what it has already overwritten, and derivatives built for different arrays would be
 * wrong (trial21: smoothInto_grad(x, x) gave the gradient of the non-aliased function). With
 * different arrays they run; a function that writes no array accepts the same one twice, and
 * its gradient is then the sum of the two keys, checked against differences of v ↦ f(v, v).
 */
import { join } from 'node:path';
import { fixturesDir } from './support/fixtures.js';

type Gen = Record<string, (...args: unknown[]) => any>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const source: Gen = require(join(fixturesDir, 'arrays', 'same_array_twice', 'input.ts'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const generated: Gen = require(join(fixturesDir, 'arrays', 'same_array_twice', 'input.grad.ts'));

const x = () => new Float64Array([0.3, -1.2, 0.8, 1.5]);
const message = (form: string) => `${form}: 'a' and 'out' are the same array; smoothInto writes 'out', and its derivatives assume different arrays: pass a copy`;

describe('the same array passed as an array the function writes and as another parameter', () => {
  test.each([
    ['smoothInto_vjp', (a: Float64Array) => generated.smoothInto_vjp!(a, a, { a: new Float64Array(4), out: new Float64Array(4) })],
    ['smoothInto_vjp', (a: Float64Array) => generated.smoothInto_grad!(a, a)],
    ['smoothInto_jvp', (a: Float64Array) => generated.smoothInto_jvp!(a, a, { a: new Float64Array(4).fill(1) })],
    ['smoothInto_hvp', (a: Float64Array) => generated.smoothInto_hvp!(a, a, { a: new Float64Array(4).fill(1) })],
    ['smoothInto_hvp', (a: Float64Array) => generated.smoothInto_hessian!(a, a)],
  ])('%s throws, and leaves the array as it was', (form, call) => {
    const a = x();
    expect(() => call(a)).toThrow(message(form));
    expect(Array.from(a)).toEqual(Array.from(x()));
  });

  test('different arrays: the value is the function\'s', () => {
    const r = generated.smoothInto_grad!(x(), new Float64Array(4));
    expect(r.value).toBe(source.smoothInto!(x(), new Float64Array(4)));
  });

  test('a function that writes no array takes the same array twice: grad.a + grad.b is the derivative of v ↦ f(v, v)', () => {
    const a = x();
    const r = generated.dotSelf_grad!(a, a);
    const h = 1e-5;
    for (let i = 0; i < 4; i++) {
      const p = x(); p[i]! += h;
      const m = x(); m[i]! -= h;
      const fd = (source.dotSelf!(p, p) - source.dotSelf!(m, m)) / (2 * h);
      expect(Math.abs(r.grad.a[i] + r.grad.b[i] - fd)).toBeLessThan(1e-8);
    }
  });
});
