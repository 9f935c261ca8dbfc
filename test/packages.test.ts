/**
 * Calls into npm packages, followed into their JavaScript: @stdlib's erf, expm1 and log1p
 * (compiled in fixtures/packages/) against their analytic derivatives, at points in every
 * interval where the implementations switch formulas, both signs, small and large
 * magnitudes; and the value bit-equal to the package's own.
 */
import erf from '@stdlib/math-base-special-erf';
import expm1 from '@stdlib/math-base-special-expm1';
import log1p from '@stdlib/math-base-special-log1p';
import { f_grad as erfGrad } from '../fixtures/packages/stdlib_erf/input.grad.js';
import { f_grad as expm1Grad } from '../fixtures/packages/stdlib_expm1/input.grad.js';
import { f_grad as log1pGrad } from '../fixtures/packages/stdlib_log1p/input.grad.js';

/** ± each point. */
const signed = (xs: number[]) => xs.flatMap((x) => [x, -x]);

/** Relative error at most `rel`, or absolute 1e-16 (where the code returns a constant: erf beyond 6). */
function expectClose(actual: number, expected: number, rel: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.max(rel * Math.abs(expected), 1e-16));
}

describe('@stdlib erf', () => {
  // thresholds: 2.8e-306 (very tiny), 3.7e-9 (small), 0.84375, 1.25, 1/0.35 ≈ 2.857, 6
  const points = signed([1e-310, 1e-300, 1e-12, 2e-9, 1e-5, 0.1, 0.5, 0.84, 0.85, 1, 1.24, 1.26, 2, 2.85, 2.86, 4, 5.9, 6.1, 30]);
  test.each(points)('at %p: value is erf\'s, derivative 2/√π·e^(−x²)', (x) => {
    const { value, grad } = erfGrad(x);
    expect(value).toBe(erf(x));
    expectClose(grad.x, (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x), 1e-13);
  });
});

describe('@stdlib expm1', () => {
  // thresholds: 2^-54 (returns x), 0.5·ln2, 1.5·ln2, k = ±1, k < 20, k ≥ 20, k > 56, 56·ln2 (saturates), 709.78 (overflow)
  const points = [...signed([1e-300, 1e-17, 1e-8, 0.01, 0.3, 0.34, 0.35, 0.7, 1, 1.03, 1.04, 2, 5, 13, 14, 20, 38.8]), 38.9, 100, 600, 709];
  test.each(points)('at %p: value is expm1\'s, derivative eˣ', (x) => {
    const { value, grad } = expm1Grad(x);
    expect(value).toBe(expm1(x));
    expectClose(grad.x, Math.exp(x), 1e-13);
  });
});

describe('@stdlib log1p', () => {
  // thresholds: 2^-54, 2^-29, √2−1 ≈ 0.414, √2/2−1 ≈ −0.293, 2^53 (u = x), the high word's 0x6a09e
  // (not where 1 + x is a power of two: see the README on branches `f === 0`)
  const points = [...signed([1e-300, 1e-17, 1e-10, 1e-5, 0.2, 0.29]), 0.3, 0.41, 0.42, 0.5, 1.01, 1.4, 1.5, 2.9, 10, 1e3, 1e10, 1e15, 1e16, 1e300, -0.51, -0.9, -0.999999];
  test.each(points)('at %p: value is log1p\'s, derivative 1/(1+x)', (x) => {
    const { value, grad } = log1pGrad(x);
    expect(value).toBe(log1p(x));
    expectClose(grad.x, 1 / (1 + x), 1e-13);
  });
});
