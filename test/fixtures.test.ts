/**
 * Every fixture: the compiler's output equals the golden `input.grad.ts` (UPDATE=1 rewrites
 * it), and the golden file's gradients agree with central finite differences of the source
 * function at random points of each parameter's domain, `f_vjp` accumulates `seed · grad`
 * into `adj` (prefilled with a different value in each element), `f_grad` and `f_vjp` leave
 * their array arguments as they found them and the tape balanced, and recorded known values
 * match. Forward mode: `f_jvp` returns exactly f's value and, as its tangent, grad · v along a
 * random direction v, and writes the tangents of the arrays f writes (checked against central
 * differences of their contents); a function without `f_jvp` must have a TSG2004 note saying why.
 * Second order (support/second.ts): f_hvp's value and grad are f_grad's, its hvp agrees with
 * extrapolated central differences of f_grad along v, f_hessian is symmetric and its rows are
 * hvps; a function without `f_hvp` must have a TSG2005 note saying why.
 */
import { readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { compileFiles } from '../compiler/index.js';
import { loadProgram, lowerModule } from '../compiler/frontend/index.js';
import type { Func } from '../compiler/ir/types.js';
import { addAt, copyArg, fixtureCases, flatOf, rng, rowsArgument, sampleParam, shaped, type FixtureCase } from './support/fixtures.js';
import { tape } from '../runtime/index.js';
import { type HessianFn, type HvpFn, checkHvp } from './support/second.js';

const cases = fixtureCases((g) => g !== 'diagnostics');
const update = process.env.UPDATE === '1';

type Fn = (...args: unknown[]) => number;
type GradFn = (...args: unknown[]) => { value: number | undefined | null; grad: Record<string, number | Float64Array> };
type VjpFn = (...args: unknown[]) => number;
type JvpFn = (...args: unknown[]) => { value: number | undefined | null; tangent: number };

const results = new Map<string, ReturnType<typeof compileFiles>[number]>();
/** Generated modules of the modules fixtures import (helpers beside an input.ts). */
const dependencies: ReturnType<typeof compileFiles> = [];
const traces = new Map<string, readonly Func[]>();
/** Exported functions that return nothing and write array parameters (out-parameters): f_jvp's outputs are checked. */
const writers = new Map<string, readonly Func[]>();

beforeAll(() => {
  const files = cases.filter((c) => !c.spec.wrt).map((c) => c.input);
  const inputs = new Set(files);
  for (const r of compileFiles(files)) {
    if (inputs.has(r.sourceFile)) results.set(r.sourceFile, r);
    else dependencies.push(r);
  }
  // (a case compiled with --wrt is compiled on its own, with it)
  for (const c of cases.filter((c) => c.spec.wrt)) {
    for (const r of compileFiles([c.input], { wrt: c.spec.wrt })) if (r.sourceFile === c.input) results.set(r.sourceFile, r);
  }
  for (const r of dependencies) {
    if (r.code && (update || !existsSync(r.outputFile))) writeFileSync(r.outputFile, r.code);
    // a helper module inlined everywhere owes no vjp: it gets no file
    if (!r.code && update && existsSync(r.outputFile)) rmSync(r.outputFile);
  }
  const program = loadProgram(cases.map((c) => c.input));
  for (const c of cases) {
    // (an array of rows is one parameter, as the generated signatures take it: its starts are the trace's own)
    const lowered = lowerModule(program, c.input).funcs.map((fn) => ({ ...fn, params: fn.params.filter((p) => p.startsOf === undefined) }));
    writers.set(c.input, lowered.filter((fn) => fn.exported && !fn.returnsNumber && fn.writes.some((v) => fn.params.some((p) => p.v === v && p.differentiable))));
    const funcs = lowered.filter((fn) => fn.exported && fn.returnsNumber);
    traces.set(c.input, c.spec.wrt ? funcs.map((fn) => restricted(fn, c.spec.wrt!)) : funcs);
  }
});

test('there are fixtures', () => {
  expect(cases.length).toBeGreaterThanOrEqual(25);
});

test('imported helper modules compile to their golden files', () => {
  for (const r of dependencies) {
    expect(r.diagnostics).toEqual([]);
    if (r.code === undefined) expect(existsSync(r.outputFile) ? r.outputFile : undefined).toBeUndefined();
    else expect(r.code).toBe(readFileSync(r.outputFile, 'utf8'));
  }
});

describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c: FixtureCase) => {
  test('compiles to the golden file', () => {
    const r = results.get(c.input)!;
    expect(r.diagnostics).toEqual([]);
    expect(r.code).toBeDefined();
    if (update || !existsSync(c.expected)) writeFileSync(c.expected, r.code!);
    expect(r.code).toBe(readFileSync(c.expected, 'utf8'));
  });

  test('gradients match finite differences; vjp accumulates; known values hold', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const source = require(c.input) as Record<string, Fn>;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const generated = require(c.expected) as Record<string, GradFn | VjpFn | JvpFn>;
    const funcs = traces.get(c.input)!;
    expect(funcs.length).toBeGreaterThan(0);
    for (const fn of funcs) {
      const f = source[fn.name]!;
      const grad = generated[`${fn.name}_grad`] as GradFn;
      const vjp = generated[`${fn.name}_vjp`] as VjpFn;
      expect(typeof grad).toBe('function');
      checkRandomPoints(c, fn, f, grad, vjp);
      const jvp = generated[`${fn.name}_jvp`] as JvpFn | undefined;
      if (jvp === undefined) {
        // no jvp only with a note that says why
        const notes = results.get(c.input)!.notes.filter((d) => d.code === 'TSG2004' && d.message.startsWith(`'${fn.name}' gets no jvp`));
        expect(notes.map((d) => d.code)).toEqual(['TSG2004']);
      } else {
        checkJvp(c, fn, f, grad, jvp);
      }
      const hvp = generated[`${fn.name}_hvp`] as unknown as HvpFn | undefined;
      if (hvp === undefined) {
        // no hvp only with a note that says why
        const notes = results.get(c.input)!.notes.filter((d) => d.code === 'TSG2005' && d.message.startsWith(`'${fn.name}' gets no hvp`));
        expect(notes.map((d) => d.code)).toEqual(['TSG2005']);
      } else {
        checkHvp(c, fn, f, grad, hvp, generated[`${fn.name}_hessian`] as unknown as HessianFn | undefined);
      }
      for (const check of c.spec.checks ?? []) {
        if (check.fn !== fn.name) continue;
        const r = grad(...fn.params.map((p, i) => {
          const a = check.args[i];
          return p.rows ? rowsArgument(p, a as number[][]) : Array.isArray(a) && p.tsType === 'Float64Array' ? Float64Array.from(a as number[]) : a;
        }));
        if (check.value !== undefined) expect(r.value).toBe(check.value);
        for (const [k, v] of Object.entries(check.grad ?? {})) {
          const got = r.grad[k];
          const want = flatOf(v);
          const have = got === undefined ? [] : flatOf(got);
          expect(have.length).toBe(want.length);
          want.forEach((w, i) => expect(close(have[i]!, w, 1e-9)).toBe(true));
        }
        // f_jvp at the recorded point: the recorded value, and the recorded gradient · v along a direction v
        if (jvp && check.grad) {
          const args = fn.params.map((p, i) => {
            const a = check.args[i];
            return p.rows ? rowsArgument(p, a as number[][]) : Array.isArray(a) && p.tsType === 'Float64Array' ? Float64Array.from(a as number[]) : Array.isArray(a) ? a.slice() : a;
          });
          let want = 0;
          const tangent: Record<string, unknown> = {};
          Object.entries(check.grad).forEach(([k, g], j) => {
            const gs = flatOf(g);
            const v = gs.map((_, i) => ((i + j) % 3) - 0.75);
            tangent[k] = Array.isArray(g) ? shaped(g, (i) => v[i]!) : v[0]!;
            gs.forEach((gi, i) => { want += gi * v[i]!; });
          });
          const j = jvp(...args, tangent);
          if (check.value !== undefined) expect(j.value).toBe(check.value);
          expect(close(j.tangent, want, 1e-9)).toBe(true);
        }
      }
    }
    // a function that returns nothing: f_jvp writes what f writes, and the tangents of its outputs
    for (const fn of writers.get(c.input)!) {
      const jvp = generated[`${fn.name}_jvp`] as JvpFn | undefined;
      if (jvp === undefined) {
        const notes = results.get(c.input)!.notes.filter((d) => d.code === 'TSG2004' && d.message.startsWith(`'${fn.name}' gets no jvp`));
        expect(notes.map((d) => d.code)).toEqual(['TSG2004']);
      } else {
        checkJvp(c, fn, source[fn.name]!, undefined, jvp);
      }
    }
  });
});

/** `fn` with only the parameters `wrt` asks for differentiable (as CompileOptions.wrt reads it). */
function restricted(fn: Func, wrt: readonly string[]): Func {
  const own = wrt.find((w) => w.startsWith(`${fn.name}:`));
  const asked = new Set(own ? own.slice(fn.name.length + 1).split(',') : wrt.filter((w) => !w.includes(':')));
  if (!fn.params.some((p) => asked.has(p.key))) return fn;
  return { ...fn, params: fn.params.map((p) => ({ ...p, differentiable: p.differentiable && asked.has(p.key) })) };
}

function close(a: number, b: number, tol: number): boolean {
  // (an infinity or a NaN is close to itself only: 1.6 is not Infinity)
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b || (Number.isNaN(a) && Number.isNaN(b));
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));
}

function checkRandomPoints(c: FixtureCase, fn: Func, f: Fn, grad: GradFn, vjp: VjpFn): void {
  const random = rng(0x5eed ^ fn.name.length);
  const domains = c.spec.domains?.[fn.name] ?? {};
  const tol = c.spec.tolerance ?? 1e-6;
  // (a case that left the tape unbalanced fails there, not in the cases after it)
  tape.top = 0;
  const empty = tape.depth;
  for (let point = 0; point < 5; point++) {
    const args = fn.params.map((p) => sampleParam(p, domains[p.key], random));
    const copy = () => args.map(copyArg);
    const gradArgs = copy();
    // (a tape of one slot: every capacity check must grow it, so a push its check does not
    // cover, dropped silently past the end of a typed array, shows as a wrong gradient)
    tape.values = new Float64Array(1);
    const r = grad(...gradArgs);
    // the arrays passed in are left as they were found, and the tape as it was
    expectUnchanged(fn, 'f_grad', gradArgs, args);
    expect(tape.depth).toEqual(empty);
    // the value is exactly the function's
    expect(r.value).toBe(f(...copy()));
    // one key per differentiable parameter, no others
    expect(Object.keys(r.grad).sort()).toEqual(fn.params.filter((p) => p.differentiable).map((p) => p.key).sort());
    fn.params.forEach((p, i) => {
      if (!p.differentiable) return;
      const g = r.grad[p.key]!;
      const x = args[i];
      const domain = domains[p.key];
      if (domain && typeof domain === 'object' && 'int' in domain) {
        // an integer used as an index or a count: piecewise constant, so exactly zero
        expect(g).toBe(0);
        return;
      }
      // (an optional array left out: its grad entry is an empty Float64Array, README)
      if (x === undefined && p.tsType !== 'number') expect([g instanceof Float64Array, (g as Float64Array).length]).toEqual([true, 0]);
      if (x === undefined || typeof r.value !== 'number') {
        // an optional number left out, or a point where f returns undefined or null: no derivative flows
        const zeros = typeof g === 'number' ? [g] : Array.from(g as Float64Array);
        if (zeros.some((z) => z !== 0)) throw new Error(`${fn.name}: d/d${p.key} is ${JSON.stringify(zeros)} where ${x === undefined ? `${p.key} is undefined` : `the value is ${String(r.value)}`}; expected 0`);
        return;
      }
      const entries = typeof x === 'number' ? [undefined] : [...flatOf(x).keys()];
      const xs = flatOf(x);
      const gs = flatOf(g);
      for (const j of entries) {
        const at = (delta: number) => {
          const a = copy();
          if (j === undefined) a[i] = (a[i] as number) + delta;
          else addAt(a[i], j, delta);
          return f(...a);
        };
        const base = j === undefined ? (x as number) : xs[j]!;
        const h = 1e-6 * Math.max(1, Math.abs(base));
        const fd = (at(h) - at(-h)) / (2 * h);
        const have = j === undefined ? (g as number) : gs[j]!;
        if (!close(have, fd, tol)) {
          throw new Error(`${fn.name}: d/d${p.key}${j === undefined ? '' : `[${j}]`} at ${JSON.stringify(args.map((a) => (a instanceof Float64Array ? Array.from(a) : a)))}: gradient ${have}, finite difference ${fd}`);
        }
      }
    });
    // f_vjp adds seed · grad into a pre-filled adj (a different value in each element, so that
    // an adjoint moved from one element to another shows) and returns the value
    const seed = 0.5 + random();
    const adj: Record<string, number | Float64Array> = {};
    const prefill = new Map<string, number | Float64Array>();
    fn.params.filter((q) => q.differentiable).forEach((p, k) => {
      const g = r.grad[p.key]!;
      prefill.set(p.key, typeof g === 'number' ? 0.25 + 0.1 * k : shaped(g, (j) => 0.25 + 0.1 * j));
      adj[p.key] = typeof g === 'number' ? 0.25 + 0.1 * k : shaped(g, (j) => 0.25 + 0.1 * j);
    });
    const vjpArgs = copy();
    const value = vjp(...vjpArgs, adj, seed);
    expect(value).toBe(r.value);
    expectUnchanged(fn, 'f_vjp', vjpArgs, args);
    expect(tape.depth).toEqual(empty);
    for (const [k, g] of Object.entries(r.grad)) {
      const got = adj[k]!;
      const before = prefill.get(k)!;
      if (typeof g === 'number') {
        if (!close(got as number, (before as number) + seed * g, 1e-12)) {
          throw new Error(`${fn.name}_vjp: adj.${k} is ${got}, expected ${before as number} + ${seed} * ${g}`);
        }
      } else {
        const [gots, befores] = [flatOf(got), flatOf(before)];
        flatOf(g).forEach((gj, j) => {
          const want = befores[j]! + seed * gj;
          if (!close(gots[j]!, want, 1e-12)) {
            throw new Error(`${fn.name}_vjp: adj.${k}[${j}] is ${gots[j]}, expected ${want} (prefill ${befores[j]}, seed ${seed}, grad ${gj})`);
          }
        });
      }
    }
  }
}

/**
 * At random points and along random directions v: f_jvp's value is exactly f's and its tangent
 * is grad · v (relative to Σ|gᵢvᵢ|, 1e-9); the arrays f writes get their tangents in v's arrays
 * for them (against central differences of their contents along v, the case's tolerance).
 */
function checkJvp(c: FixtureCase, fn: Func, f: Fn, grad: GradFn | undefined, jvp: JvpFn): void {
  const random = rng(0x1f0d ^ fn.name.length);
  const domains = c.spec.domains?.[fn.name] ?? {};
  const tol = c.spec.tolerance ?? 1e-6;
  tape.top = 0;
  const empty = tape.depth;
  const written = fn.params.flatMap((p, i) => (p.differentiable && fn.writes.includes(p.v) ? [i] : []));
  // (also the arrays left out by --wrt that f writes: f_jvp writes them as f does)
  const writes = fn.params.flatMap((p, i) => (fn.writes.includes(p.v) ? [i] : []));
  for (let point = 0; point < 4; point++) {
    const args = fn.params.map((p) => sampleParam(p, domains[p.key], random));
    const copy = () => args.map(copyArg);
    const g = grad?.(...copy());
    // a direction: one number or array per key of grad (an integer's key too: its derivative is zero)
    const v: Record<string, number | Float64Array> = {};
    fn.params.forEach((p, i) => {
      if (!p.differentiable) return;
      const x = args[i];
      const fixed = domains[p.key] && typeof domains[p.key] === 'object' && 'int' in (domains[p.key] as object);
      // (an optional array left out: its key is an empty array, as its grad entry is)
      v[p.key] = x !== undefined && typeof x === 'object' ? shaped(x as Float64Array, () => random() * 2 - 1)
        : x === undefined && p.tsType !== 'number' ? new Float64Array(0) : fixed ? 0 : random() * 2 - 1;
    });
    const tangent = Object.fromEntries(Object.entries(v).map(([k, t]) => [k, copyArg(t)]));
    const jvpArgs = copy();
    const r = jvp(...jvpArgs, tangent);
    expect(tape.depth).toEqual(empty);
    const primalArgs = copy();
    const primal = f(...primalArgs);
    // f_jvp writes into f's arrays exactly what f writes
    for (const i of writes) expect(Array.from(jvpArgs[i] as ArrayLike<number>)).toEqual(Array.from(primalArgs[i] as ArrayLike<number>));
    if (g) {
      expect(r.value).toBe(primal);
      expect(r.value).toBe(g.value);
    } else {
      expect(r).toBeUndefined();
    }
    if (g && typeof r.value === 'number') {
      let want = 0;
      let scale = 0;
      for (const [k, t] of Object.entries(v)) {
        const gk = g.grad[k]!;
        if (typeof t === 'number') { want += (gk as number) * t; scale += Math.abs((gk as number) * t); continue; }
        const gks = flatOf(gk);
        flatOf(t).forEach((tj, j) => { want += gks[j]! * tj; scale += Math.abs(gks[j]! * tj); });
      }
      if (!(Math.abs(r.tangent - want) <= 1e-9 * Math.max(1, scale)) && !(Number.isNaN(r.tangent) && Number.isNaN(want))) {
        throw new Error(`${fn.name}_jvp at ${JSON.stringify(args.map((a) => (a instanceof Float64Array ? Array.from(a) : a)))} along ${JSON.stringify(Object.fromEntries(Object.entries(v).map(([k, t]) => [k, typeof t === 'number' ? t : Array.from(t)])))}: tangent ${r.tangent}, grad · v ${want}`);
      }
    }
    // f's array arguments that it does not write are left as they were
    fn.params.forEach((p, i) => {
      if (writes.includes(i)) return;
      const a = jvpArgs[i];
      if (!(a instanceof Float64Array) && !Array.isArray(a)) return;
      expect(Array.from(a as ArrayLike<number>)).toEqual(Array.from(args[i] as ArrayLike<number>));
    });
    for (const i of written) {
      const p = fn.params[i]!;
      const at = (delta: number) => {
        const a = copy();
        fn.params.forEach((q, k) => {
          const t = v[q.key];
          if (t === undefined || a[k] === undefined) return;
          if (typeof t === 'number') a[k] = (a[k] as number) + delta * t;
          else flatOf(t).forEach((tj, j) => addAt(a[k], j, delta * tj));
        });
        f(...a);
        return Array.from(a[i] as ArrayLike<number>);
      };
      const h = 1e-6;
      const plus = at(h);
      const minus = at(-h);
      const have = tangent[p.key] as Float64Array;
      plus.forEach((pj, j) => {
        const fd = (pj - minus[j]!) / (2 * h);
        if (!close(have[j]!, fd, tol * 10)) throw new Error(`${fn.name}_jvp: tangent of ${p.key}[${j}] is ${have[j]}, central difference ${fd}`);
      });
    }
  }
}

/** Every array argument after a call holds exactly what it held before. */
function expectUnchanged(fn: Func, what: string, after: unknown[], before: unknown[]): void {
  fn.params.forEach((p, i) => {
    const a = after[i];
    if (!(a instanceof Float64Array) && !Array.isArray(a)) return;
    const had = flatOf(before[i]);
    const has = flatOf(a);
    if (has.length !== had.length || has.some((x, j) => !Object.is(x, had[j]))) {
      throw new Error(`${fn.name}: ${what} left ${p.key} as ${JSON.stringify(has)}, it was ${JSON.stringify(had)}`);
    }
  });
}
