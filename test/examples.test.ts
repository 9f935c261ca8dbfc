/** The bundled examples: their generated files are current, and their gradients are right. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileFiles } from '../compiler/index.js';
import { root } from './support/fixtures.js';

const dir = join(root, 'examples');
// (demo.ts differentiates nothing of its own: it calls grad(range), see the last test)
const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.grad.ts') && !f.endsWith('.d.ts') && f !== 'demo.ts').map((f) => join(dir, f));

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

test('the README training loop: loss_vjp with adj allocated once lowers the loss', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { loss } = require('../examples/logistic.ts') as { loss: (w: Float64Array, b: number, x: Float64Array, y: number) => number };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { loss_vjp } = require('../examples/logistic.grad.ts') as {
    loss_vjp: (w: Float64Array, b: number, x: Float64Array, y: number, adj: { w: Float64Array; b: number; x: Float64Array; y: number }, seed?: number) => number;
  };
  const dim = 3;
  const truth = [1.5, -2, 0.5];
  const data: [Float64Array, number][] = [];
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
  for (let k = 0; k < 60; k++) {
    const x = Float64Array.from({ length: dim }, random);
    data.push([x, truth.reduce((s, t, i) => s + t * x[i]!, 0.2) > 0 ? 1 : 0]);
  }
  const total = (w: Float64Array, b: number) => data.reduce((s, [x, y]) => s + loss(w, b, x, y), 0);
  const w = new Float64Array(dim);
  let b = 0;
  const rate = 0.5;
  const before = total(w, b);
  const adj = { w: new Float64Array(dim), b: 0, x: new Float64Array(dim), y: 0 };
  for (let epoch = 0; epoch < 30; epoch++) {
    for (const [x, y] of data) {
      adj.w.fill(0);
      adj.b = 0;
      const value = loss_vjp(w, b, x, y, adj);
      expect(value).toBe(loss(w, b, x, y));
      for (let i = 0; i < dim; i++) w[i]! -= rate * adj.w[i]!;
      b -= rate * adj.b;
    }
  }
  expect(total(w, b)).toBeLessThan(before * 0.5);
});

test('npm run demo: the gradient by grad(range) through tsgrad/register agrees with central differences, and the listing is the generated code', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { execFileSync } = require('node:child_process') as typeof import('node:child_process');
  const out = execFileSync(process.execPath, ['--import', 'tsgrad/register', join(dir, 'demo.ts')], { cwd: root, encoding: 'utf8' });
  const rows = out.split('\n').filter((l) => /^(speed|angle|height) /.test(l)).map((l) => l.trim().split(/\s+/));
  expect(rows.map((r) => r[0])).toEqual(['speed', 'angle', 'height']);
  for (const [, analytic, numeric] of rows) expect(Math.abs(Number(analytic) - Number(numeric))).toBeLessThan(1e-7 * Math.max(1, Math.abs(Number(numeric))));
  expect(out).toContain(readFileSync(join(dir, 'projectile.grad.ts'), 'utf8').split('\n').find((l) => l.startsWith('export function range_vjp'))!);
}, 60_000);

test("the README's gallery: examples/textbook.ts traced, and its f_jvp and f_grad", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { execFileSync } = require('node:child_process') as typeof import('node:child_process');
  const command = 'tsgrad trace examples/textbook.ts f --at x1=1.5,x2=0.5 --wrt x1';
  const out = execFileSync(process.execPath, [join(root, 'dist', 'cli', 'main.js'), ...command.split(' ').slice(1)], { cwd: root, encoding: 'utf8' });
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = readme.split(`$ npx ${command}\n`)[1]?.split('```')[0];
  expect(block).toBe(out);

  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { f } = require('../examples/textbook.ts') as { f: (x1: number, x2: number) => number };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { f_grad, f_jvp } = require('../examples/textbook.grad.ts') as {
    f_grad: (x1: number, x2: number) => { value: number; grad: { x1: number; x2: number } };
    f_jvp: (x1: number, x2: number, t: { x1?: number; x2?: number }) => { value: number; tangent: number };
  };
  const h = 1e-6;
  const fd = (d1: number, d2: number) => (f(1.5 + h * d1, 0.5 + h * d2) - f(1.5 - h * d1, 0.5 - h * d2)) / (2 * h);
  const { value, grad } = f_grad(1.5, 0.5);
  expect(value).toBe(f(1.5, 0.5));
  expect(grad.x1).toBeCloseTo(fd(1, 0), 7);
  expect(grad.x2).toBeCloseTo(fd(0, 1), 7);
  const along = f_jvp(1.5, 0.5, { x1: 1 });
  expect(along.value).toBe(value);
  expect(along.tangent).toBeCloseTo(grad.x1, 12);
  expect(f_jvp(1.5, 0.5, { x1: 1, x2: 1 }).tangent).toBeCloseTo(grad.x1 + grad.x2, 12);
  // the numbers the README prints
  expect([value, along.tangent, grad.x1, grad.x2, grad.x1 + grad.x2].map((v) => v.toFixed(4))).toEqual(['2.0166', '3.0118', '3.0118', '-13.7240', '-10.7121']);
  // and its Hessian: f_hvp's columns against differences of f_grad, and f_hessian
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { f_hvp, f_hessian } = require('../examples/textbook.grad.ts') as {
    f_hvp: (x1: number, x2: number, v: { x1?: number; x2?: number }) => { hvp: { x1: number; x2: number } };
    f_hessian: (x1: number, x2: number) => { hessian: Float64Array };
  };
  const column = (d1: number, d2: number) => {
    const [p, m] = [f_grad(1.5 + h * d1, 0.5 + h * d2).grad, f_grad(1.5 - h * d1, 0.5 - h * d2).grad];
    return [(p.x1 - m.x1) / (2 * h), (p.x2 - m.x2) / (2 * h)];
  };
  const { hvp } = f_hvp(1.5, 0.5, { x1: 1 });
  expect(hvp.x1).toBeCloseTo(column(1, 0)[0]!, 5);
  expect(hvp.x2).toBeCloseTo(column(1, 0)[1]!, 5);
  const { hessian } = f_hessian(1.5, 0.5);
  expect(hessian[3]).toBeCloseTo(column(0, 1)[1]!, 4);
  expect([hvp.x1, hvp.x2, ...hessian].map((v) => v.toFixed(4))).toEqual(['-0.6827', '-7.3060', '-0.6827', '-7.3060', '-7.3060', '50.7285']);
});
