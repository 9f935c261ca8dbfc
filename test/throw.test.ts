/**
 * `throw` in differentiated code: the generated f_grad and f_vjp throw what the function
 * throws (same constructor, same message, or the same string), wherever it throws (before
 * the loop, in a loop after values went on the tape, in an inlined helper, in a helper that
 * stays a call); the tape's top is back where it was before the call; and the next gradient,
 * computed by the caller that caught the error, is the one computed before any error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tape } from '../runtime/index.js';
import { fixtureCases, fixturesDir } from './support/fixtures.js';

type Fn = (...args: unknown[]) => number;
type GradFn = (...args: unknown[]) => { value: number; grad: Record<string, number | Float64Array> };

function load(group: string): { source: Record<string, Fn>; generated: Record<string, Fn | GradFn> } {
  const dir = join(fixturesDir, 'throw', group);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return { source: require(join(dir, 'input.ts')), generated: require(join(dir, 'input.grad.ts')) };
}

/** What `f()` throws (it must throw). */
function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected an exception');
}

/** The same exception: a string equal to it, or an error of the same class with the same message. */
function expectSame(got: unknown, want: unknown): void {
  if (typeof want === 'string') {
    expect(got).toBe(want);
    return;
  }
  expect(got).toBeInstanceOf(Error);
  expect((got as Error).constructor).toBe((want as Error).constructor);
  expect((got as Error).message).toBe((want as Error).message);
}

const copy = (args: unknown[]) => args.map((a) => (a instanceof Float64Array ? a.slice() : a));

/** Zeroed adj with the keys of a gradient, for f_vjp. */
function zeros(grad: Record<string, number | Float64Array>): Record<string, number | Float64Array> {
  return Object.fromEntries(Object.entries(grad).map(([k, g]) => [k, typeof g === 'number' ? 0 : new Float64Array(g.length)]));
}

interface Case { group: string; fn: string; good: unknown[]; bad: unknown[]; what: string }

const f64 = (...v: number[]) => Float64Array.from(v);
const cases: Case[] = [
  { group: 'validate_inputs', fn: 'logLoss', good: [f64(0.2, 0.7, 0.4), f64(0, 1, 1)], bad: [f64(0.2, 0.7, 0.4), f64(0, 1)], what: 'RangeError before any work' },
  { group: 'validate_inputs', fn: 'logLoss', good: [f64(0.2, 0.7, 0.4), f64(0, 1, 1)], bad: [f64(), f64()], what: 'new Error() without a message' },
  { group: 'validate_inputs', fn: 'logLoss', good: [f64(0.2, 0.7, 0.4), f64(0, 1, 1)], bad: [f64(0.2, 0.7, 0.4, 1.5, 0.3), f64(0, 1, 1, 0, 1)], what: 'RangeError in the loop, message built from i and p[i]' },
  { group: 'validate_inputs', fn: 'nestedRoot', good: [2.5, 3], bad: [-1, 2], what: 'a thrown string' },
  { group: 'validate_inputs', fn: 'nestedRoot', good: [2.5, 3], bad: [Infinity, 2], what: 'TypeError(...) called without new' },
  { group: 'validate_inputs', fn: 'nestedRoot', good: [2.5, 3], bad: [2.5, 1.5], what: 'TypeError with a template message' },
  { group: 'loop_after_push', fn: 'recurrence', good: [f64(0.5, -0.3, 0.9, 0.2), 0.3, 2], bad: [f64(0.5, -0.3, 0.9, 0.2, 0.7), 0.3, 0.6], what: 'Error in a loop after taped iterations' },
  { group: 'loop_after_push', fn: 'untilSmall', good: [1.2, 1e-3], bad: [1.2, 1e-30], what: 'RangeError in a while loop whose trip count is taped' },
  { group: 'helpers', fn: 'chain', good: [f64(0.5, 1.5, 2.5)], bad: [f64(0.5, 1.5, -2.5, 3)], what: 'RangeError in a @noinline helper, after the caller wrote its top back' },
  { group: 'helpers', fn: 'chain', good: [f64(0.5, 1.5, 2.5)], bad: [f64(0.5, 1.5, 0, 3)], what: 'RangeError in an inlined helper, inside a loop' },
  { group: 'helpers', fn: 'gap', good: [2, 0.5], bad: [0.2, 0.5], what: 'RangeError in a helper of a function without a tape' },
  { group: 'void_checks', fn: 'logLikelihood', good: [f64(0.2, 0.7), f64(0, 1)], bad: [f64(0.2, 0.7), f64(0, 1, 1)], what: 'an exported void check, inlined' },
  { group: 'void_checks', fn: 'logLikelihood', good: [f64(0.2, 0.7), f64(0, 1)], bad: [f64(0.2, 0.7, 1.5), f64(0, 1, 1)], what: 'a void check inlined in a loop after taped iterations' },
  { group: 'void_checks', fn: 'logLikelihood', good: [f64(0.2, 0.7), f64(0, 1)], bad: [f64(0.2, 0.7, 0.5), f64(0, 1, NaN)], what: 'a @noinline void check, called in a loop' },
  { group: 'split_calls', fn: 'checked', good: [1.2, 4], bad: [2, 4], what: 'RangeError after a recursive call in split mode, in a function that pushes nothing itself' },
  { group: 'split_throwing', fn: 'checkedDet', good: [f64(2, -1, 3, 0, 4, 1, 5, 2, -2), 3], bad: [f64(2, -1, 3, 0, 4, 1, NaN, 2, -2), 3], what: 'RangeError deep in a recursion in split mode, after the levels above recorded values and arrays' },
  { group: 'split_throwing', fn: 'entropyLike', good: [f64(0.5, 1.5, 2.5)], bad: [f64(0.5, 1.5, -1, 2)], what: 'RangeError in a @noinline helper called in a loop in split mode' },
  { group: 'split_calls', fn: 'sweep', good: [f64(0.5, -0.3, 0.9), 10], bad: [f64(1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5), 10], what: 'RangeError in a loop after calls in split mode' },
];

describe.each(cases.map((c) => [`${c.group}/${c.fn}: ${c.what}`, c] as const))('%s', (_name, c) => {
  test('f_grad and f_vjp throw what f throws, leave the tape where it was, and the next gradient is right', () => {
    const { source, generated } = load(c.group);
    const f = source[c.fn]!;
    const grad = generated[`${c.fn}_grad`] as GradFn;
    const vjp = generated[`${c.fn}_vjp`] as Fn;
    const reference = grad(...copy(c.good));
    const want = thrown(() => f(...copy(c.bad)));
    // a caller with values of its own on the tape (an enclosing gradient) finds them as they were
    for (const below of [0, 7]) {
      tape.reserve(0, below);
      tape.top = below;
      expectSame(thrown(() => grad(...copy(c.bad))), want);
      expect(tape.top).toBe(below);
      expectSame(thrown(() => vjp(...copy(c.bad), zeros(reference.grad), 0.5)), want);
      expect(tape.top).toBe(below);
      const again = grad(...copy(c.good));
      expect(tape.top).toBe(below);
      expect(again.value).toBe(reference.value);
      expect(again.grad).toEqual(reference.grad);
      tape.top = 0;
    }
    expect(tape.depth).toEqual({ values: 0, refs: 0 });
  });
});

test('the top is given back before a throw, and around a call that may throw: no try around hot loops', () => {
  const { generated } = load('helpers');
  // a call to a helper that may throw (in split mode: its g_fwd), after top was written back for it
  expect(String(generated.chain_vjp)).toMatch(/try \{\s*t4 = checkedSqrt_fwd\(t3\);\s*\} catch \(error\) \{\s*[\w.]*tape\.top = entryTop;\s*throw error;/);
  // own throws (the loop's, and the inlined helper's): the top is given back first
  const recurrence = String(load('loop_after_push').generated.recurrence_vjp);
  expect(recurrence).toMatch(/tape\.top = entryTop;\s*throw new Error/);
  expect(recurrence).not.toMatch(/\btry\b|catch/);
  // a function that does not use the tape has nothing to give back
  expect(String(generated.gap_vjp)).not.toMatch(/\btry\b|catch|entryTop/);
  // (and no golden file of code that cannot throw has one)
  const withTry = fixtureCases((g) => g !== 'throw' && g !== 'diagnostics').filter((c) => /\btry \{/.test(readFileSync(c.expected, 'utf8')));
  expect(withTry.map((c) => c.name)).toEqual([]);
});

test('a function that writes an array parameter: after an error, f_vjp gives adj back as the caller had it', () => {
  const { source, generated } = load('writes_output');
  const vjp = generated.saturate_vjp as Fn;
  const x = f64(0.1, 0.3, 1.5, 0.2);
  const want = thrown(() => source.saturate!(x.slice(), new Float64Array(4), 1.1));
  const adj = { x: f64(1, 2, 3, 4), out: f64(5, 6, 7, 8), k: 9 };
  tape.top = 3;
  expectSame(thrown(() => vjp(x.slice(), new Float64Array(4), 1.1, adj, 0.5)), want);
  expect(tape.top).toBe(3);
  expect(adj).toEqual({ x: f64(1, 2, 3, 4), out: f64(5, 6, 7, 8), k: 9 });
  tape.top = 0;
  // and the next call accumulates as usual
  const good = f64(0.1, 0.3, 0.2, 0.4);
  const r = (generated.saturate_grad as GradFn)(good.slice(), new Float64Array(4), 1.1);
  vjp(good.slice(), new Float64Array(4), 1.1, adj, 0.5);
  expect(tape.top).toBe(0);
  (r.grad.x as Float64Array).forEach((g, i) => expect(adj.x[i]).toBeCloseTo(i + 1 + 0.5 * g, 12));
  expect(adj.k).toBeCloseTo(9 + 0.5 * (r.grad.k as number), 12);
});
