/** The bundled examples: their generated files are current, and their gradients are right. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileFiles } from '../compiler/index.js';
import { root } from './support/fixtures.js';

const dir = join(root, 'examples');
const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.grad.ts')).map((f) => join(dir, f));

test.each(compileFiles(sources).map((r) => [r.sourceFile, r] as const))('%s is compiled and current', (_file, r) => {
  expect(r.diagnostics).toEqual([]);
  expect(readFileSync(r.outputFile, 'utf8')).toBe(r.code);
});

test('projectile range: gradient against finite differences', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { range } = require('../examples/projectile.ts') as { range: (...a: number[]) => number };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { range_grad } = require('../examples/projectile.grad.ts') as {
    range_grad: (...a: number[]) => { value: number; grad: Record<string, number> };
  };
  const args = [20, 0.7, 1.5];
  const r = range_grad(...args);
  expect(r.value).toBe(range(...args));
  ['speed', 'angle', 'height'].forEach((k, i) => {
    const h = 1e-6;
    const plus = args.map((a, j) => (j === i ? a + h : a));
    const minus = args.map((a, j) => (j === i ? a - h : a));
    const fd = (range(...plus) - range(...minus)) / (2 * h);
    expect(Math.abs(r.grad[k]! - fd)).toBeLessThan(1e-6 * Math.max(1, Math.abs(fd)));
  });
});
