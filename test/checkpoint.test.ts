/**
 * Checkpointed loops (`@checkpoint`, reverse/checkpoint.ts): the tape holds one iteration
 * whatever the number of iterations, where a plain loop's tape grows with it; gradients equal
 * the plain loop's; the tape budget chooses the number of snapshots.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tape } from '../runtime/index.js';
import { compileSource } from './support/compile.js';
import { parseTapeBudget } from '../compiler/index.js';

type Grad = (...a: unknown[]) => { value: number; grad: Record<string, number | Float64Array> };

function load(code: string): Record<string, Grad> {
  const dir = mkdtempSync(join(tmpdir(), 'tsgrad-checkpoint-'));
  const file = join(dir, 'gen.ts');
  writeFileSync(file, code);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(file) as Record<string, Grad>;
}

const MARK = -1.2345678901234567e-300;

/** The deepest the tape's stack goes in one call (its unused part filled with a mark first). */
function peakDepth(f: Grad, args: unknown[]): { depth: number; result: ReturnType<Grad> } {
  const before = tape.depth;
  tape.reserve(before.values, 1 << 16);
  tape.values.fill(MARK, before.values);
  const result = f(...args);
  expect(tape.depth).toEqual(before);
  let top = tape.values.length;
  while (top > before.values && tape.values[top - 1] === MARK) top--;
  return { depth: top - before.values, result };
}

const source = (directive: string) => `
  export function orbit(p: Float64Array, x0: number, h: number, n: number): number {
    const y = new Float64Array(2);
    y[0] = x0;
    y[1] = 0;
    ${directive}
    for (let k = 0; k < n; k++) {
      const a = -p[0] * Math.sin(y[0]) - p[1] * y[1];
      y[1] += h * a;
      y[0] += h * y[1];
    }
    return y[0] * y[0] + y[1];
  }`;

describe('a checkpointed loop', () => {
  const plain = load(compileSource(source('')).code!).orbit_grad!;
  const checkpointed = load(compileSource(source('/** @checkpoint snapshots=4 */')).code!).orbit_grad!;
  const p = Float64Array.from([1.3, 0.2]);

  test('keeps the tape to one block of iterations, however many there are; a plain loop tapes every one', () => {
    // (the body is a few flops: the schedule takes blocks of iterations as its steps, the last argument of start)
    const block = Number(/\.start\([^;]*, (\d+)\);/.exec(compileSource(source('/** @checkpoint snapshots=4 */')).code!)![1]);
    expect(block).toBeGreaterThan(8);
    const perIteration = peakDepth(plain, [p, 0.4, 0.01, 10]).depth / 10;
    const depths = [10 * block, 100 * block, 300 * block + 7].map((n) => ({
      n, plain: peakDepth(plain, [p, 0.4, 0.01, n]).depth, checkpointed: peakDepth(checkpointed, [p, 0.4, 0.01, n]).depth,
    }));
    for (const d of depths) {
      // the plain loop's tape grows linearly: at least one value per iteration
      expect(d.plain).toBeGreaterThanOrEqual(d.n);
      expect(d.checkpointed).toBeGreaterThan(0);
      expect(d.checkpointed).toBeLessThanOrEqual(block * perIteration + 8);
    }
    expect(new Set(depths.map((d) => d.checkpointed)).size).toBe(1);
  });

  test('takes blocks of one iteration where the body\'s cost is known only at run time (a loop to n inside)', () => {
    expect(compileSource(heat('/** @checkpoint */')).code!).toMatch(/\.start\(tripCount\(0, 200, 1, false\), u\.length, 0, 0\);/);
  });

  test('gives the plain loop\'s value and gradient, bit for bit', () => {
    for (const n of [0, 1, 2, 5, 17, 400, 1000]) {
      const a = plain(p, 0.4, 0.01, n);
      const b = checkpointed(p, 0.4, 0.01, n);
      expect(b.value).toBe(a.value);
      expect(b.grad.x0).toBe(a.grad.x0);
      expect(b.grad.h).toBe(a.grad.h);
      expect([...(b.grad.p as Float64Array)]).toEqual([...(a.grad.p as Float64Array)]);
    }
  });

  test('without a snapshot count, takes it from the tape budget', () => {
    const withBudget = compileSource(source('// @checkpoint'), { tapeBudget: 1 << 20 }).code!;
    expect(withBudget).toMatch(/\.start\(tripCount\(0, n, 1, false\), 0? ?\+? ?y\.length, 0, 1048576, 0, \d+\)/);
    const withCount = compileSource(source('// @checkpoint snapshots=7'), { tapeBudget: 1 << 20 }).code!;
    expect(withCount).toMatch(/, 7, 0, 0, \d+\)/);
    const f = load(withBudget).orbit_grad!;
    expect(f(p, 0.4, 0.01, 300).value).toBe(plain(p, 0.4, 0.01, 300).value);
  });
});

// a costly value the loop does not change (h / m, as RK4's dt / 6): computed once before the
// loop, checkpointed or not (reverse/invariants.ts), not taped per iteration in the block the
// reverse sweep reruns, its adjoint summed over the loop and passed on once
const invariant = (directive: string) => `
  export function damped(p: Float64Array, x0: number, h: number, m: number, n: number): number {
    const y = new Float64Array(2);
    y[0] = x0;
    y[1] = 0;
    ${directive}
    for (let k = 0; k < n; k++) {
      const a = -p[0] * Math.sin(y[0]) - p[1] * y[1];
      y[1] += (h / m) * a;
      y[0] += h * y[1];
    }
    return y[0] * y[0] + y[1];
  }`;

describe('a checkpointed loop with a costly invariant value', () => {
  const plain = load(compileSource(invariant('')).code!).damped_grad!;
  const code = compileSource(invariant('/** @checkpoint snapshots=4 */')).code!;
  const checkpointed = load(code).damped_grad!;
  const p = Float64Array.from([1.3, 0.2]);

  test('computes it once, before the schedule, and tapes no more per iteration than the plain loop', () => {
    const from = code.indexOf('export function damped_vjp');
    const vjp = code.slice(from, code.indexOf('\nexport function', from + 1));
    expect(vjp.indexOf('= h / m;')).toBeGreaterThan(0);
    expect(vjp.indexOf('= h / m;')).toBeLessThan(vjp.indexOf('.start('));
    expect(vjp.match(/= h \/ m;/g)).toHaveLength(1);
    const block = Number(/\.start\([^;]*, (\d+)\);/.exec(code)![1]);
    const perIteration = peakDepth(plain, [p, 0.4, 0.01, 2.5, 100]).depth / 100;
    expect(peakDepth(checkpointed, [p, 0.4, 0.01, 2.5, 100 * block]).depth).toBeLessThanOrEqual(block * perIteration);
  });

  test('gives the plain loop\'s value and gradient, bit for bit', () => {
    for (const n of [0, 1, 5, 400, 1000]) {
      const a = plain(p, 0.4, 0.01, 2.5, n);
      const b = checkpointed(p, 0.4, 0.01, 2.5, n);
      expect(b.value).toBe(a.value);
      expect([b.grad.x0, b.grad.h, b.grad.m]).toEqual([a.grad.x0, a.grad.h, a.grad.m]);
      expect([...(b.grad.p as Float64Array)]).toEqual([...(a.grad.p as Float64Array)]);
    }
  });
});

// an adjoint the code after the loop adds into first (p[0] in the result): the plain loop sums
// the loop's additions into p_b[0] in a local and adds it once (reverse/promote.ts); the
// schedule sums them over all its blocks as well, or its rounding would be its own
const later = (directive: string) => source(directive).replace('return y[0] * y[0] + y[1];', 'return y[0] * y[0] + y[1] + p[0] / 3;');

test('a checkpointed loop whose adjoints were added into after it: the plain loop\'s gradient, bit for bit', () => {
  const plain = load(compileSource(later('')).code!).orbit_grad!;
  const code = compileSource(later('/** @checkpoint snapshots=4 */')).code!;
  const checkpointed = load(code).orbit_grad!;
  const p = Float64Array.from([1.3, 0.2]);
  for (const n of [1, 5, 400, 1000]) {
    const a = plain(p, 0.4, 0.01, n);
    const b = checkpointed(p, 0.4, 0.01, n);
    expect(b.value).toBe(a.value);
    expect([...(b.grad.p as Float64Array)]).toEqual([...(a.grad.p as Float64Array)]);
  }
});

test('tape budgets as the command line takes them', () => {
  expect(parseTapeBudget('64MiB')).toBe(64 * 2 ** 20);
  expect(parseTapeBudget('512 KiB')).toBe(512 * 1024);
  expect(parseTapeBudget('1GB')).toBe(1e9);
  expect(parseTapeBudget('4096')).toBe(4096);
  expect(parseTapeBudget('lots')).toBeUndefined();
  expect(parseTapeBudget('0MiB')).toBeUndefined();
});

// issue 14: a user's heat-diffusion step (200 steps, a small state); the schedule's storage is
// reused from call to call (released schedules), so calls of other widths must not disturb it
const heat = (directive: string) => `
  export function heatDiffusion(u0: Float64Array, alpha: number): number {
    const n = u0.length;
    const u = Float64Array.from(u0);
    const v = new Float64Array(n);
    ${directive}
    for (let step = 0; step < 200; step++) {
      for (let i = 0; i < n; i++) {
        const l = i > 0 ? u[i - 1] : 0;
        const r = i < n - 1 ? u[i + 1] : 0;
        v[i] = u[i] + alpha * (l - 2 * u[i] + r);
      }
      for (let i = 0; i < n; i++) u[i] = v[i];
    }
    let s = 0;
    for (let i = 0; i < n; i++) s += u[i] * u[i];
    return s;
  }`;

test('a heat-diffusion loop: the plain loop\'s gradient, bit for bit, call after call, whatever the width', () => {
  const plain = load(compileSource(heat('')).code!).heatDiffusion_grad!;
  const forms = [
    load(compileSource(heat('/** @checkpoint */')).code!).heatDiffusion_grad!,
    load(compileSource(heat('/** @checkpoint snapshots=3 */')).code!).heatDiffusion_grad!,
    load(compileSource(heat('/** @checkpoint */'), { tapeBudget: 64 * 2 ** 20 }).code!).heatDiffusion_grad!,
  ];
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
  for (const n of [6, 40, 1, 6, 13, 6]) {
    const u0 = Float64Array.from({ length: n }, random);
    const a = plain(u0, 0.2);
    for (const f of forms) {
      const b = f(u0, 0.2);
      expect(b.value).toBe(a.value);
      expect(b.grad.alpha).toBe(a.grad.alpha);
      expect([...(b.grad.u0 as Float64Array)]).toEqual([...(a.grad.u0 as Float64Array)]);
    }
  }
});

// issue 13/14: a snapshot keeps what an iteration reads before it writes it (and what the code
// before the loop reads), not everything the body writes (fixtures/checkpoint/live_state)
describe('the state a snapshot keeps', () => {
  const source = readFileSync(join(__dirname, '..', 'fixtures', 'checkpoint', 'live_state', 'input.ts'), 'utf8');
  const checkpointed = compileSource(source).code!;
  const plain = load(compileSource(source.replace(/\/\*\* @checkpoint[^*]*\*\/|\/\/ @checkpoint.*/g, '')).code!);
  const forms = [load(checkpointed), load(compileSource(source, { tapeBudget: 1 << 20 }).code!)];

  /** The state size each checkpointed loop starts its schedule with, by function. */
  const stateSizes = (code: string) => Object.fromEntries([...code.matchAll(/export function (\w+)_vjp\([^]*?\.start\(tripCount\([^)]*\), ([^,]+),/g)].map((m) => [m[1], m[2]]));

  test('leaves out what every iteration writes before reading, and keeps the rest', () => {
    expect(stateSizes(checkpointed)).toEqual({
      // w[2] is read before it is written (w[0], w[1] are not): all of w
      partlyOverwritten: '1 + w.length',
      // buf is read, then overwritten whole
      readBeforeWritten: '1 + buf.length',
      // k is overwritten before it is read, but the loop before the checkpointed one reads it
      readBeforeTheLoop: '1 + k.length',
      // a, b (both branches) and scratch (fill) are written first: x alone
      scratchOnly: '1',
      lastValue: '1',
    });
    // RK4: y, not the stage arrays k1…k4 and tmp (written by the inlined lotkaVolterra and whole-length loops)
    const rk4 = compileSource(readFileSync(join(__dirname, '..', 'fixtures', 'checkpoint', 'rk4', 'input.ts'), 'utf8')).code!;
    expect(rk4).toMatch(/\.start\(tripCount\(0, steps, 1, false\), y\.length, 3, 0, 0, \d+\)/);
    // heat: u, not v (a loop over its length n) nor l and r (set in both branches)
    expect(compileSource(heat('/** @checkpoint */')).code!).toMatch(/\.start\(tripCount\(0, 200, 1, false\), u\.length, 0, 0\)/);
  });

  test('gives the plain loop\'s value and gradient, bit for bit', () => {
    for (const f of ['partlyOverwritten', 'readBeforeWritten', 'readBeforeTheLoop', 'scratchOnly', 'lastValue']) {
      // (blocks of 34 to 170 iterations: 300 and 1001 run several, the last one short)
      for (const n of [0, 1, 2, 3, 7, 40, 300, 1001]) {
        for (const x0 of [-0.7, 0.3, 0.9]) {
          const a = plain[`${f}_grad`]!(x0, 0.6, n);
          for (const form of forms) {
            const b = form[`${f}_grad`]!(x0, 0.6, n);
            expect([f, n, x0, b.value, b.grad.x0, b.grad.c]).toEqual([f, n, x0, a.value, a.grad.x0, a.grad.c]);
          }
        }
      }
    }
  });
});

// (not a fixture: f_jvp of a plain array stored past its end gives NaN, the loop or not, a bug of
// forward mode: its tangent array keeps the length the array was made with)
test('a plain array stored past the length it was made with stays in the state: stores at 0 and 1 do not cover it', () => {
  const grown = (directive: string) => `
    export function grownArray(x0: number, c: number, n: number): number {
      const a: number[] = [0, 0];
      a[2] = x0;
      let x = x0;
      ${directive}
      for (let k = 0; k < n; k++) {
        a[0] = Math.sin(x);
        a[1] = c * x;
        x = x + 0.1 * (a[0] + a[1] * a[2]);
        a[2] = 0.5 * x;
      }
      return x + a[2];
    }`;
  const code = compileSource(grown('/** @checkpoint snapshots=2 */')).code!;
  expect(code).toMatch(/\.start\(tripCount\(0, n, 1, false\), 1 \+ a\.length, 2, 0, 0, \d+\)/);
  const plain = load(compileSource(grown('')).code!).grownArray_grad!;
  const checkpointed = load(code).grownArray_grad!;
  for (const n of [0, 1, 2, 5, 9, 300, 1001]) {
    const a = plain(0.3, 0.6, n);
    const b = checkpointed(0.3, 0.6, n);
    expect([n, b.value, b.grad.x0, b.grad.c]).toEqual([n, a.value, a.grad.x0, a.grad.c]);
  }
});
