/**
 * Infinite sentinels (fixtures/control/infinity_sentinels, trial42's soft-DTW): where a value is
 * Infinity by design and meets a zero, every mode gives the derivative of that zero. At the
 * fixture's recorded points, along each parameter alone (the others' tangents zero, where ∞ · 0
 * made f_jvp NaN): f_jvp's tangent is that component of f_grad, and f_hvp's grad is f_grad's and
 * its hvp the central difference of f_grad (finite, where it was NaN).
 */
import * as source from '../fixtures/control/infinity_sentinels/input.js';
import * as generated from '../fixtures/control/infinity_sentinels/input.grad.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir } from './support/fixtures.js';

const spec = JSON.parse(readFileSync(join(fixturesDir, 'control', 'infinity_sentinels', 'case.json'), 'utf8')) as { checks: { fn: string; args: unknown[] }[] };

type G = Record<string, number | Float64Array>;
type Modes = {
  grad: (...a: unknown[]) => { value: number; grad: G };
  jvp: (...a: unknown[]) => { value: number; tangent: number };
  hvp: (...a: unknown[]) => { value: number; grad: G; hvp: G };
};
const modes = (fn: string): Modes => {
  const g = generated as unknown as Record<string, Modes[keyof Modes]>;
  return { grad: g[`${fn}_grad`], jvp: g[`${fn}_jvp`], hvp: g[`${fn}_hvp`] } as Modes;
};
const flat = (g: G): number[] => Object.values(g).flatMap((v) => (typeof v === 'number' ? [v] : Array.from(v)));
const toArgs = (args: unknown[]): unknown[] => args.map((a) => (Array.isArray(a) ? Float64Array.from(a as number[]) : a));

for (const check of spec.checks) {
  test(`${check.fn}: f_jvp and f_hvp along each parameter alone agree with f_grad`, () => {
    const f = (source as unknown as Record<string, (...a: unknown[]) => number>)[check.fn]!;
    const { grad, jvp, hvp } = modes(check.fn);
    const args = toArgs(check.args);
    const g = grad(...args);
    expect(g.value).toBe(f(...args));
    const keys = Object.keys(g.grad);
    keys.forEach((k, i) => {
      const entries = flat({ [k]: g.grad[k]! });
      entries.forEach((want, j) => {
        // the direction: element j of parameter k, nothing else
        const arg = args[i];
        const unit = typeof arg === 'number' ? 1 : Float64Array.from(arg as Float64Array, (_, m) => (m === j ? 1 : 0));
        const t = jvp(...args, { [k]: unit });
        expect(t.value).toBe(g.value);
        expect(Math.abs(t.tangent - want)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want)));
        const h = hvp(...args, { [k]: unit });
        expect(flat(h.grad)).toEqual(flat(g.grad));
        // (differences from below: entropy's p[1] = 0 is where its branch starts to be taken)
        const eps = 1e-6;
        const below = args.map((a, m) => (m !== i ? a : typeof a === 'number' ? a - eps : Float64Array.from(a as Float64Array, (x, n) => (n === j ? x - eps : x))));
        const before = flat(grad(...below).grad);
        flat(h.hvp).forEach((x, n) => {
          expect(Number.isFinite(x)).toBe(true);
          expect(Math.abs(x - (flat(g.grad)[n]! - before[n]!) / eps)).toBeLessThanOrEqual(1e-4 * Math.max(1, Math.abs(x)));
        });
      });
    });
  });
}
