/**
 * The second-order checks every fixture gets (test/fixtures.test.ts) and the fuzzer reuses the
 * idea of: f_hvp's value bit-equal to f's, its grad equal to f_grad's (bit-equal: the same
 * operations in the same order), its hvp against central differences of f_grad along v with one
 * Richardson extrapolation, and f_hessian symmetric to rounding and equal to stacked hvps.
 */
import { readFileSync } from 'node:fs';
import type { Func } from '../../compiler/ir/types.js';
import { type FixtureCase, addAt, copyArg, flatOf, rng, sampleParam, shaped } from './fixtures.js';
import { tape } from '../../runtime/index.js';

type Value = number | undefined | null;
type G = Record<string, number | Float64Array>;
export type GradFn = (...args: unknown[]) => { value: Value; grad: G };
export type HvpFn = (...args: unknown[]) => { value: Value; grad: G; hvp: G };
export type HessianFn = (...args: unknown[]) => { value: Value; grad: G; hessian: Float64Array };

const flat = (g: G, keys: readonly string[]): number[] => keys.flatMap((k) => flatOf(g[k]));

/**
 * Central differences of f_grad along v (steps h and h/2, extrapolated: error O(h⁴)), against
 * hvp, relative to the larger of 1 and the entries' size.
 */
export function checkHvp(c: FixtureCase, fn: Func, f: (...a: unknown[]) => unknown, grad: GradFn, hvp: HvpFn, hessian: HessianFn | undefined): void {
  const random = rng(0x4e55 ^ fn.name.length);
  const domains = c.spec.domains?.[fn.name] ?? {};
  const tol = Math.max(c.spec.tolerance ?? 1e-6, 1e-6) * 10;
  tape.top = 0;
  const keys = fn.params.filter((p) => p.differentiable).map((p) => p.key);
  for (let point = 0; point < 3; point++) {
    const args = fn.params.map((p) => sampleParam(p, domains[p.key], random));
    const copy = () => args.map(copyArg);
    const v: Record<string, number | Float64Array> = {};
    fn.params.forEach((p, i) => {
      if (!p.differentiable) return;
      const x = args[i];
      const fixed = domains[p.key] && typeof domains[p.key] === 'object' && 'int' in (domains[p.key] as object);
      // (an optional array left out: an empty array, as its grad entry is)
      v[p.key] = x !== undefined && typeof x === 'object' ? shaped(x as Float64Array, () => (fixed ? 0 : random() * 2 - 1))
        : x === undefined && p.tsType !== 'number' ? new Float64Array(0) : fixed || x === undefined ? 0 : random() * 2 - 1;
    });
    const direction = () => Object.fromEntries(Object.entries(v).map(([k, t]) => [k, copyArg(t)]));
    const hvpArgs = copy();
    const r = hvp(...hvpArgs, direction());
    expect(tape.top).toBe(0);
    const g = grad(...copy());
    expect(r.value).toBe(f(...copy()));
    expect(r.value).toBe(g.value);
    // (bit-equal: f_hvp runs f_vjp's operations, in its order, on the same values)
    expect(flat(r.grad, keys)).toEqual(flat(g.grad, keys));
    // the arrays passed in are left as f_vjp leaves them
    fn.params.forEach((p, i) => {
      if (args[i] instanceof Float64Array || Array.isArray(args[i])) expect(Array.from(hvpArgs[i] as ArrayLike<number>)).toEqual(Array.from(copy()[i] as ArrayLike<number>).map((x, j) => (fn.writes.includes(p.v) ? (hvpArgs[i] as ArrayLike<number>)[j]! : x)));
    });
    if (typeof r.value !== 'number') continue;
    const along = (delta: number) => {
      const a = copy();
      fn.params.forEach((q, k) => {
        const t = v[q.key];
        if (t === undefined || a[k] === undefined) return;
        if (typeof t === 'number') a[k] = (a[k] as number) + delta * t;
        else flatOf(t).forEach((tj, j) => addAt(a[k], j, delta * tj));
      });
      return flat(grad(...a).grad, keys);
    };
    // (a small step: a larger one crosses the kinks of piecewise functions, floor and branches)
    const h = 1e-4;
    const d = (step: number) => { const p = along(step); const m = along(-step); return p.map((pj, j) => (pj - m[j]!) / (2 * step)); };
    const d1 = d(h);
    const d2 = d(h / 2);
    const fd = d2.map((x, j) => (4 * x - d1[j]!) / 3);
    const have = flat(r.hvp, keys);
    const size = Math.max(1, ...fd.map(Math.abs), ...have.map(Math.abs));
    have.forEach((x, j) => {
      if (!(Math.abs(x - fd[j]!) <= tol * size)) {
        throw new Error(`${fn.name}_hvp at ${JSON.stringify(args.map((a) => (a instanceof Float64Array ? Array.from(a) : a)))} along ${JSON.stringify(Object.fromEntries(Object.entries(v).map(([k, t]) => [k, typeof t === 'number' ? t : Array.from(t)])))}: hvp[${j}] ${x}, differences of f_grad ${fd[j]} (${have.length} entries)`);
      }
    });
    if (!hessian || have.length > 40) continue;
    // the dense Hessian: its rows are the hvps along the unit vectors, and it is symmetric to rounding
    const H = hessian(...copy());
    const n = have.length;
    expect(H.value).toBe(r.value);
    expect(H.hessian.length).toBe(n * n);
    const unit = (j: number) => {
      const e: Record<string, number | Float64Array> = {};
      let at = 0;
      for (const k of keys) {
        const t = v[k]!;
        if (typeof t === 'number') e[k] = at++ === j ? 1 : 0;
        else e[k] = shaped(t, () => (at++ === j ? 1 : 0));
      }
      return e;
    };
    for (let j = 0; j < n; j++) expect(Array.from(H.hessian.subarray(j * n, j * n + n))).toEqual(flat(hvp(...copy(), unit(j)).hvp, keys));
    const big = Math.max(1, ...Array.from(H.hessian, Math.abs));
    // (symmetric to rounding: single precision's where the function rounds to it)
    const rounding = /Float32Array|Math\.fround/.test(readFileSync(c.input, 'utf8')) ? 1e-6 : 1e-10;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < i; j++) {
        const a = H.hessian[i * n + j]!;
        const b = H.hessian[j * n + i]!;
        if (!(Math.abs(a - b) <= rounding * big) && !(Number.isNaN(a) && Number.isNaN(b))) throw new Error(`${fn.name}_hessian is not symmetric: H[${i}][${j}] = ${a}, H[${j}][${i}] = ${b}`);
      }
    }
  }
}
