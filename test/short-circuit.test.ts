/**
 * `j + 1 < n && t[j + 1] === v`: the right side of && and || reads an element only where the
 * left side lets JavaScript evaluate it (trial40 finding 4), in every generated function, and the
 * bounds test that decides it costs the reverse sweep nothing more than a test does.
 */
import { compileSource } from './support/compile.js';
import { scratchDirectory } from './support/scratch.js';

const scratch = scratchDirectory('tsgrad-short-circuit-');

const source = `
  export function runs(t: number[], k: number): number {
    const n = t.length;
    let j = 0;
    let s = 0;
    while (j + 1 < n && t[j + 1] === t[0]) {
      s += k * t[j];
      j++;
    }
    return s + k;
  }
  export function sortedWeights(xs: number[], w: number): number {
    const c = xs.map((v) => v * w);
    for (let i = 1; i < c.length; i++) {
      let j = i;
      while (j > 0 && c[j - 1] > c[j]) {
        const tmp = c[j]; c[j] = c[j - 1]; c[j - 1] = tmp;
        j--;
      }
    }
    let s = 0;
    for (let i = 0; i < c.length; i++) s += (i + 1) * c[i];
    return s;
  }
  export function tail(xs: number[], x: number): number {
    let s = 0;
    for (let i = 0; i < 6; i++) if (i >= xs.length || xs[i] > x) s += x * i;
    return s;
  }`;

type Fn = (...args: unknown[]) => unknown;

/** `xs` behind a Proxy that records each index read at or past its end. */
function watched(xs: number[], past: number[]): number[] {
  return new Proxy(xs, {
    get(a, key, r) {
      if (typeof key === 'string' && /^-?\d+$/.test(key) && (+key >= a.length || +key < 0)) past.push(+key);
      return Reflect.get(a, key, r) as unknown;
    },
  });
}

test('no generated function reads an element that a bounds test on the left of && or || keeps f from reading', () => {
  const r = compileSource(source);
  expect(r.diagnostics).toEqual([]);
  scratch.put('input.ts', source);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const g = require(scratch.put('input.grad.ts', r.code!)) as Record<string, Fn>;
  const cases: [string, () => unknown[], number, unknown][] = [
    ['runs', () => [[2, 2, 2, 2], 1.5], 1, { t: new Float64Array(4), k: 0 }],
    ['sortedWeights', () => [[3, 1, 2, 0.5], 0.7], 1, { xs: new Float64Array(4), w: 0 }],
    ['tail', () => [[0.1, 2, 3], 0.5], 1, { xs: new Float64Array(3), x: 0 }],
  ];
  for (const [fn, args, , adj] of cases) {
    const past: number[] = [];
    const wrap = (a: unknown[]) => a.map((v) => (Array.isArray(v) ? watched(v as number[], past) : v));
    g[`${fn}_vjp`]!(...wrap(args()), adj);
    g[`${fn}_grad`]!(...wrap(args()));
    g[`${fn}_jvp`]!(...wrap(args()), {});
    g[`${fn}_hvp`]!(...wrap(args()), {});
    expect({ fn, past }).toEqual({ fn, past: [] });
  }
  // (the gradients: runs adds k·t[j] over the run of equal elements and k; tail x·i where xs[i] > x or i ≥ 3)
  const runs = g.runs_grad!([2, 2, 2, 5], 1.5) as { value: number; grad: { t: Float64Array; k: number } };
  expect(runs.value).toBe(1.5 * (2 + 2) + 1.5);
  expect(runs.grad.k).toBe(2 + 2 + 1);
  expect([...runs.grad.t]).toEqual([1.5, 1.5, 0, 0]);
  const tail = g.tail_grad!([0.1, 2, 3], 0.5) as { value: number; grad: { x: number } };
  expect(tail.grad.x).toBe(1 + 2 + 3 + 4 + 5);
  // sorted ascending, weighted by rank: d/dw Σ (i + 1) · sorted(xs)[i] · w
  const sorted = g.sortedWeights_grad!([3, 1, 2, 0.5], 0.7) as { grad: { xs: Float64Array; w: number } };
  expect(sorted.grad.w).toBeCloseTo(1 * 0.5 + 2 * 1 + 3 * 2 + 4 * 3, 12);
  expect([...sorted.grad.xs].map((v) => +v.toFixed(12))).toEqual([2.8, 1.4, 2.1, 0.7]);
});

test("the bounds test's answer is a test of its own: nothing more on the tape than an if's answer", () => {
  const code = compileSource(source).code!;
  const vjp = code.slice(code.indexOf('export function tail_vjp('), code.indexOf('export function tail_grad('));
  // (the loop is fused: no tape at all)
  expect(vjp).not.toMatch(/stack\[top/);
  // (and a test that is not of an index stays one expression, both sides evaluated: no branch)
  const plain = compileSource('export function f(x: Float64Array, i: number): number { return (i % 2 === 0 || x[i] > 0) ? x[i] * x[i] : 0; }').code!;
  expect(plain.slice(plain.indexOf('export function f_vjp('))).toMatch(/const t\d+ = t\d+ \|\| t\d+;/);
});
