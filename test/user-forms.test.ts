/**
 * Forms users wrote that tsgrad refused (trial28 and after): gradients of the fixtures' golden
 * modules against central differences at chosen points, so that each branch a form can take is
 * checked (the fixtures' random points may all fall on one side).
 */
import { join } from 'node:path';
import { fixturesDir } from './support/fixtures.js';
import { tape } from '../runtime/index.js';
import { compileSource } from './support/compile.js';

type Fn = (...args: number[]) => number;
type Grad = (...args: number[]) => { value: number; grad: Record<string, number> };
type Jvp = (...args: unknown[]) => { value: number; tangent: number };

function load(fixture: string): { source: Record<string, Fn>; generated: Record<string, unknown> } {
  const dir = join(fixturesDir, fixture);
  return {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    source: require(join(dir, 'input.ts')) as Record<string, Fn>,
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    generated: require(join(dir, 'input.grad.ts')) as Record<string, unknown>,
  };
}

/** f_grad and f_jvp of `name` at `args` against central differences of the source function. */
function checkAt(m: ReturnType<typeof load>, name: string, keys: readonly string[], args: readonly number[]): void {
  const f = m.source[name]!;
  const grad = m.generated[`${name}_grad`] as Grad;
  const jvp = m.generated[`${name}_jvp`] as Jvp;
  const r = grad(...args);
  expect(r.value).toBe(f(...args));
  expect(tape.top).toBe(0);
  const v: Record<string, number> = {};
  let along = 0;
  keys.forEach((k, i) => {
    const h = 1e-6 * Math.max(1, Math.abs(args[i]!));
    const up = args.slice(); up[i] = args[i]! + h;
    const down = args.slice(); down[i] = args[i]! - h;
    const fd = (f(...up) - f(...down)) / (2 * h);
    expect(Math.abs(r.grad[k]! - fd)).toBeLessThan(1e-6 * Math.max(1, Math.abs(fd)));
    v[k] = 0.5 - i;
    along += r.grad[k]! * v[k]!;
  });
  const j = jvp(...args, v);
  expect(j.value).toBe(r.value);
  expect(Math.abs(j.tangent - along)).toBeLessThan(1e-9 * Math.max(1, Math.abs(along)));
}

describe('a helper returning one of several tuple literals (fixtures/arrays/tuple_ternary)', () => {
  const m = load('arrays/tuple_ternary');
  test.each([
    ['a < b', [0.3, 1.2]],
    ['a >= b', [1.2, 0.3]],
  ])('minmax, a ternary: %s', (_side, args) => checkAt(m, 'f', ['x', 'k'], args));
  test.each([
    ['x < lo', [-1.7, -0.8, 1.1]],
    ['x > hi', [1.6, -0.8, 1.1]],
    ['lo <= x <= hi', [0.4, -0.8, 1.1]],
  ])('clamp3, nested ternaries: %s', (_side, args) => checkAt(m, 'g', ['x', 'lo', 'hi'], args));
  test.each([
    ['a < b', [0.7, 1.3]],
    ['a >= b', [1.3, 0.7]],
  ])('ordered, if (…) return […]; return […]: %s', (_side, args) => checkAt(m, 'h', ['a', 'b'], args));
});

describe('push with several arguments (fixtures/arrays/push_several)', () => {
  const m = load('arrays/push_several');
  test('features: push(x, y * y, Math.sin(z)) and push(...[x * y, z])', () => {
    checkAt(m, 'features', ['x', 'y', 'z'], [0.7, -1.2, 0.4]);
    checkAt(m, 'features', ['x', 'y', 'z'], [-1.5, 0.3, 2.1]);
  });

  test('an argument reads the array before the push (evaluated first, as JavaScript does)', () => {
    const xs = new Float64Array([0.5, -1.1, 0.8, 1.4]);
    const f = m.source.pairLoss! as unknown as (xs: Float64Array) => number;
    const grad = m.generated.pairLoss_grad as (xs: Float64Array) => { value: number; grad: { xs: Float64Array } };
    const r = grad(xs.slice());
    expect(r.value).toBe(f(xs.slice()));
    xs.forEach((x, i) => {
      const h = 1e-6;
      const up = xs.slice(); up[i] = x + h;
      const down = xs.slice(); down[i] = x - h;
      const fd = (f(up) - f(down)) / (2 * h);
      expect(Math.abs(r.grad.xs[i]! - fd)).toBeLessThan(1e-6 * Math.max(1, Math.abs(fd)));
    });
  });

  test('a spread into push of an array tsgrad does not follow is refused, with what works', () => {
    // (a spread of an array variable, a window, a new array or a helper's array is pushed element
    // by element: fixture arrays/spread_of_expressions)
    const r = compileSource('export function f(xs: Float64Array, ys: Float64Array, k: number): number {\n  const out: number[] = [];\n  out.push(...(k > 0 ? xs : ys));\n  return out[0];\n}\n');
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([['TSG1008', 3]]);
    expect(r.diagnostics[0]!.message).toBe("the spread '...(k > 0 ? xs : ys)' is not of an array of numbers tsgrad follows");
    expect(r.diagnostics[0]!.hint).toBe('bind it to a local first (const w = …; out.push(...w)), or push the values in a loop: for (const v of xs) out.push(v)');
  });
});
