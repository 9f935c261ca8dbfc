/**
 * Array methods with a callback written in place (fixtures/arrays/callbacks, lowered to loops in
 * frontend/statements/array-callbacks.ts): `reduce` and `reduceRight` without an initial value
 * throw JavaScript's own TypeError on an empty array, from every generated form, with the tape
 * left where it was; on one element they return it, with a gradient of one.
 */
import { join } from 'node:path';
import { tape } from '../runtime/index.js';
import { fixturesDir } from './support/fixtures.js';

type Fn = (...args: unknown[]) => unknown;
const dir = join(fixturesDir, 'arrays', 'callbacks');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const source = require(join(dir, 'input.ts')) as Record<string, Fn>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const generated = require(join(dir, 'input.grad.ts')) as Record<string, Fn>;

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected an exception');
}

const empty = () => new Float64Array(0);
const forms: [string, (name: string, args: unknown[]) => unknown][] = [
  ['grad', (name, args) => generated[`${name}_grad`]!(...args)],
  ['vjp', (name, args) => generated[`${name}_vjp`]!(...args, { x: new Float64Array(0), c: new Float64Array(0), t: 0 })],
  ['jvp', (name, args) => generated[`${name}_jvp`]!(...args, {})],
  ['hvp', (name, args) => generated[`${name}_hvp`]!(...args, {})],
];

test.each([['foldFirst', [empty()]], ['horner', [empty(), 0.5]]] as const)('%s of an empty array throws as the source does', (name, args) => {
  const want = thrown(() => source[name]!(...args)) as Error;
  expect(want).toBeInstanceOf(TypeError);
  for (const [, call] of forms) {
    const before = tape.top;
    const got = thrown(() => call(name, [...args]));
    expect(got).toBeInstanceOf(TypeError);
    expect((got as Error).message).toBe(want.message);
    expect(tape.top).toBe(before);
  }
});

test('reduce without an initial value, of one element, is that element', () => {
  const r = generated.foldFirst_grad!(Float64Array.of(0.75)) as { value: number; grad: { x: Float64Array } };
  expect(r.value).toBe(source.foldFirst!(Float64Array.of(0.75)));
  expect([...r.grad.x]).toEqual([1]);
});
