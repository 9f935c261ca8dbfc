/**
 * Calls into npm packages, followed into their JavaScript: @stdlib's erf, expm1, log1p and gamma
 * (compiled in fixtures/packages/) against their analytic derivatives, at points in every
 * interval where the implementations switch formulas, both signs, small and large
 * magnitudes; and the value bit-equal to the package's own.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import erf from '@stdlib/math-base-special-erf';
import expm1 from '@stdlib/math-base-special-expm1';
import log1p from '@stdlib/math-base-special-log1p';
import gamma from '@stdlib/math-base-special-gamma';
import digamma from '@stdlib/math-base-special-digamma';
import { f_grad as erfGrad } from '../fixtures/packages/stdlib_erf/input.grad.js';
import { f_grad as expm1Grad } from '../fixtures/packages/stdlib_expm1/input.grad.js';
import { f_grad as log1pGrad } from '../fixtures/packages/stdlib_log1p/input.grad.js';
import { f_grad as gammaGrad } from '../fixtures/packages/stdlib_gamma/input.grad.js';
import { compileFiles } from '../compiler/index.js';

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

describe('a package function tsgrad cannot follow', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tsgrad-packages-'));
  const pkg = (name: string, dts: string, js: string) => {
    mkdirSync(join(dir, 'node_modules', name), { recursive: true });
    writeFileSync(join(dir, 'node_modules', name, 'package.json'), JSON.stringify({ name, main: './index.js', types: './index.d.ts' }));
    writeFileSync(join(dir, 'node_modules', name, 'index.d.ts'), dts);
    writeFileSync(join(dir, 'node_modules', name, 'index.js'), js);
  };
  pkg('wobble', 'declare function wobble(x: number, k: number): number;\nexport = wobble;\n',
    "'use strict';\nvar wobble = new Function('x', 'k', 'return x * k');\nmodule.exports = wobble;\n");
  pkg('tricky', 'declare function tricky(x: number): number;\nexport = tricky;\n',
    "'use strict';\n/** @param {number} x\n * @returns {number} */\nfunction tricky(x) {\n  try { return x * x; } catch (e) { return 0; }\n}\nmodule.exports = tricky;\n");
  const compileSource = (source: string) => {
    const file = join(dir, `m${Math.random().toString(36).slice(2)}.ts`);
    writeFileSync(file, source);
    return compileFiles([file])[0]!;
  };

  test('is refused with a hint that shows how to register its derivative', () => {
    const r = compileSource("import wobble from 'wobble';\nexport function f(x: number): number {\n  return wobble(x, 2);\n}\n");
    expect(r.diagnostics).toHaveLength(1);
    const [d] = r.diagnostics;
    expect(d!.code).toBe('TSG2001');
    expect([d!.line, d!.column]).toEqual([3, 10]);
    // (its JavaScript has no declared parameters: they are named after the call's arguments)
    expect(d!.hint).toContain('export function wobble_vjp(x: number, x2: number, adj: { x: number; x2: number }, seed = 1): number {');
    expect(d!.hint).toContain('adj.x2 += seed * /* ∂wobble/∂x2 */;');
    expect(d!.hint).toContain('return wobble(x, x2);');
  });

  test('called with values that do not depend on the parameters, it is kept a default import (found/06)', () => {
    const r = compileSource("import wobble from 'wobble';\nexport function f(x: number): number {\n  return wobble(2, 3) * x;\n}\n");
    expect(r.diagnostics).toEqual([]);
    expect(r.code).toContain("import wobble from 'wobble';");
    expect(r.code).not.toContain('{ wobble }');
  });

  test('following its code to an unsupported statement says where, and how to register', () => {
    const r = compileSource("import tricky from 'tricky';\nexport function f(x: number): number {\n  return tricky(x) + x;\n}\n");
    expect(r.diagnostics).toHaveLength(1);
    const [d] = r.diagnostics;
    expect(d!.code).toBe('TSG1001');
    expect(d!.message).toContain("'tricky' of tricky/index.js cannot be differentiated");
    expect(d!.message).toContain('(at tricky/index.js:5:');
    expect(d!.hint).toContain('export function tricky_vjp(x: number, adj: { x: number }, seed = 1): number {');
  });

  test('with the derivative registered in the user module, it compiles and the vjp is called', () => {
    const r = compileSource([
      "import wobble from 'wobble';",
      'export function wobble_vjp(x: number, k: number, adj: { x: number; k: number }, seed = 1): number {',
      '  adj.x += seed * k;',
      '  adj.k += seed * x;',
      '  return wobble(x, k);',
      '}',
      'export function f(x: number): number {',
      '  return wobble(x, 2) * x;',
      '}',
      '',
    ].join('\n'));
    expect(r.diagnostics).toEqual([]);
    expect(r.code).toContain("import wobble from 'wobble';");
    expect(r.code).toContain('wobble_vjp(x, 2, wobble_adj, ');
  });
});

describe('@stdlib gamma', () => {
  // branches: x > 33 (Stirling, pow for x > 143), x < −33 (reflection, sin), the loops down
  // from x ≥ 3 and up from x < 2, 0 < |x| < 1e-9 (small approximation), overflow at 171.6
  // (not at the integers: see the README on branches `x === 2`)
  const points = [1e-10, 5e-10, 1e-5, 0.3, 0.9, 1.5, 1.99, 2.01, 2.5, 3.3, 7.7, 12.5, 32.9, 33.5, 50.5, 143.5, 150.25, 170.5,
    -1e-10, -0.3, -0.9, -1.5, -2.25, -7.7, -32.5, -33.5, -50.5, -150.25];
  test.each(points)('at %p: value is gamma\'s, derivative Γ(x)ψ(x)', (x) => {
    const { value, grad } = gammaGrad(x);
    expect(value).toBe(gamma(x));
    expectClose(grad.x, gamma(x) * digamma(x), 1e-11);
  });
});
