/**
 * `f_jacobian` of every fixture function that writes array parameters (in the golden files,
 * inputs and the helper modules beside them): at random points of the case's domains, each
 * column agrees with central differences of f's outputs (its value, then the arrays it writes)
 * along that input; the forward (columns) and reverse (rows) strategies agree with each other
 * and with the automatic choice; the value is exactly f's; the arrays are left as found and the
 * tape balanced. A function that writes no array parameter gets no f_jacobian.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadProgram, lowerModule } from '../compiler/frontend/index.js';
import type { Func } from '../compiler/ir/types.js';
import { addAt, copyArg, fixtureCases, flatOf, rng, sampleParam, type FixtureCase } from './support/fixtures.js';
import { tape } from '../runtime/index.js';

type Jacobian = { value?: number; jacobian: Float64Array; rows: number; columns: number };
type JacobianFn = (...args: unknown[]) => Jacobian;

const cases = fixtureCases((g) => g !== 'diagnostics' && g !== 'wrt');

/** The source modules of a case with a generated module beside them: input.ts and its helpers. */
function modulesOf(c: FixtureCase): string[] {
  return readdirSync(c.dir).filter((f) => f.endsWith('.grad.ts')).map((f) => join(c.dir, f.replace(/\.grad\.ts$/, '.ts'))).filter(existsSync);
}

const writes = (fn: Func) => fn.params.filter((p) => p.differentiable && p.v.type === 'f64[]' && fn.writes.includes(p.v));

const withWriters = cases.flatMap((c) => modulesOf(c).map((m) => [c, m] as const));
const program = loadProgram(withWriters.map(([, m]) => m));
// (an array of rows is one parameter, as the generated signatures take it: its starts are the trace's own)
const table = withWriters.map(([c, m]) => ({ c, module: m, funcs: lowerModule(program, m).funcs.filter((f) => f.exported).map((fn) => ({ ...fn, params: fn.params.filter((p) => p.startsOf === undefined) })) }));

test('the fixtures have functions with array outputs, each with an f_jacobian, and no other function has one', () => {
  let writers = 0;
  for (const { module, funcs } of table) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const generated = require(module.replace(/\.ts$/, '.grad.ts')) as Record<string, unknown>;
    for (const fn of funcs) {
      if (!(`${fn.name}_vjp` in generated)) continue;
      const has = typeof generated[`${fn.name}_jacobian`] === 'function';
      expect([fn.name, has]).toEqual([fn.name, writes(fn).length > 0]);
      if (has) writers++;
    }
  }
  expect(writers).toBeGreaterThanOrEqual(20);
});

const writers = table.flatMap(({ c, module, funcs }) => funcs.filter((fn) => writes(fn).length > 0).map((fn) => [`${c.name} ${fn.name}`, c, module, fn] as const));

describe.each(writers)('%s', (_name, c, module, fn) => {
  test('f_jacobian matches central differences; forward and reverse agree', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const source = require(module) as Record<string, (...args: unknown[]) => number | undefined>;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const generated = require(module.replace(/\.ts$/, '.grad.ts')) as Record<string, JacobianFn | undefined>;
    const jac = generated[`${fn.name}_jacobian`]!;
    const f = source[fn.name]!;
    const hasJvp = typeof generated[`${fn.name}_jvp`] === 'function';
    const random = rng(0x7ac0b ^ fn.name.length);
    const domains = c.spec.domains?.[fn.name] ?? {};
    const tol = c.spec.tolerance ?? 1e-6;
    const outputs = writes(fn).map((p) => fn.params.indexOf(p));
    const inputs = fn.params.flatMap((p, i) => (p.differentiable ? [i] : []));
    tape.top = 0;
    for (let point = 0; point < 3; point++) {
      const args = fn.params.map((p) => sampleParam(p, domains[p.key], random));
      const copy = () => args.map(copyArg);
      /** f's outputs at the arguments: its value (if it returns one), then the arrays it writes. */
      const outputsAt = (a: unknown[]) => {
        const value = f(...a);
        return [...(fn.returnsNumber ? [value as number] : []), ...outputs.flatMap((i) => Array.from(a[i] as ArrayLike<number>))];
      };
      const primal = outputsAt(copy());
      const run = (mode?: 'forward' | 'reverse') => {
        const a = copy();
        const r = mode ? jac(...a, mode) : jac(...a);
        // the arrays as found, the tape as it was
        a.forEach((x, i) => { if (typeof x === 'object' && x !== null) expect([i, flatOf(x)]).toEqual([i, flatOf(args[i])]); });
        expect(tape.top).toBe(0);
        if (fn.returnsNumber) expect(r.value).toBe(primal[0]);
        else expect('value' in r).toBe(false);
        expect(r.rows).toBe(primal.length);
        expect(r.jacobian.length).toBe(r.rows * r.columns);
        return r;
      };
      const reverse = run('reverse');
      const auto = run();
      const n = reverse.columns;
      expect(n).toBe(inputs.reduce((s, i) => s + (typeof args[i] === 'object' ? flatOf(args[i]).length : 1), 0));
      if (hasJvp) {
        const forward = run('forward');
        forward.jacobian.forEach((x, k) => {
          const y = reverse.jacobian[k]!;
          if (!(Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y)))) throw new Error(`${fn.name}: J[${Math.floor(k / n)}][${k % n}] is ${x} by columns, ${y} by rows`);
        });
        // the automatic choice is the one the shape asks for
        expect(Array.from(auto.jacobian)).toEqual(Array.from((n <= reverse.rows ? forward : reverse).jacobian));
      } else {
        expect(Array.from(auto.jacobian)).toEqual(Array.from(reverse.jacobian));
      }
      // each column against central differences of the outputs along that input
      let column = 0;
      for (const i of inputs) {
        const p = fn.params[i]!;
        const x = args[i];
        const entries = typeof x === 'object' ? [...flatOf(x).keys()] : [undefined];
        const fixed = domains[p.key] && typeof domains[p.key] === 'object' && 'int' in (domains[p.key] as object);
        for (const j of entries) {
          const have = Array.from({ length: reverse.rows }, (_, r) => reverse.jacobian[r * n + column]!);
          if (fixed || x === undefined) {
            // an integer (an index, a count), or an optional number left out: no derivative
            expect(have.every((h) => h === 0)).toBe(true);
          } else {
            const base = j === undefined ? (x as number) : flatOf(x)[j]!;
            const h = 1e-6 * Math.max(1, Math.abs(base));
            const at = (delta: number) => {
              const a = copy();
              if (j === undefined) a[i] = (a[i] as number) + delta;
              else addAt(a[i], j, delta);
              return outputsAt(a);
            };
            const plus = at(h);
            const minus = at(-h);
            have.forEach((hv, r) => {
              const fd = (plus[r]! - minus[r]!) / (2 * h);
              if (!(Math.abs(hv - fd) <= tol * 10 * Math.max(1, Math.abs(hv), Math.abs(fd)))) {
                throw new Error(`${fn.name}: J[${r}][${column}] (d output ${r} / d ${p.key}${j === undefined ? '' : `[${j}]`}) is ${hv}, central difference ${fd}`);
              }
            });
          }
          column++;
        }
      }
      expect(column).toBe(n);
    }
  });
});
