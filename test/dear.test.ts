/**
 * A power with a varying exponent in a branch is taped, not computed again in the reverse
 * sweep (compiler/reverse/availability.ts): V8 does not reuse the forward sweep's value
 * there, and a pow costs some 60 ns against the tape's 3. The shape of the code, and the
 * gradient against the analytic one on both sides of the branch.
 */
import { tape } from '../runtime/index.js';
import { compileSource } from './support/compile.js';
import { scratchDirectory } from './support/scratch.js';

const scratch = scratchDirectory('tsgrad-dear-');

const source = `
  export function f(t: number, k: number): number {
    if (t < 0) return k * t;
    return Math.sin(k * t) * Math.pow(2, -10 * t);
  }`;

test('a pow with a varying exponent in a branch is taped; its reverse reads it off the tape', () => {
  const r = compileSource(source);
  expect(r.diagnostics).toEqual([]);
  const code = r.code!;
  const vjp = code.slice(code.indexOf('export function f_vjp('), code.indexOf('export function f_grad('));
  expect(vjp.match(/\*\* t\d+/g)).toHaveLength(1);
  expect(vjp).toMatch(/stack\[top\+\+\]! = t\d+;/);

  scratch.put('input.ts', source);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const g = require(scratch.put('input.grad.ts', code)) as { f_grad: (t: number, k: number) => { value: number; grad: { t: number; k: number } } };
  for (const [t, k] of [[0.3, 1.7], [-0.4, 2.5]] as const) {
    const { value, grad } = g.f_grad(t, k);
    if (t < 0) {
      expect(value).toBe(k * t);
      expect(grad).toEqual({ t: k, k: t });
    } else {
      const p = 2 ** (-10 * t);
      expect(value).toBe(Math.sin(k * t) * p);
      expect(grad.t).toBeCloseTo(Math.cos(k * t) * k * p + Math.sin(k * t) * p * -10 * Math.LN2, 12);
      expect(grad.k).toBeCloseTo(Math.cos(k * t) * t * p, 12);
    }
    expect(tape.top).toBe(0);
  }
});
