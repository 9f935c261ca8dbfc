/**
 * The IR interpreter of `tsgrad trace` against every fixture's golden gradient: at a point of
 * the case's domains, its value is f's, its adjoints (reverse sweep) are f_grad's, and its
 * tangent along a random direction is ⟨f_grad, direction⟩. Two independent routes to one
 * derivative (the interpreter never runs the reverse phase or the emitted code).
 */
import { existsSync } from 'node:fs';
import { traceFiles } from '../compiler/index.js';
import { interpret, reverseSweep, type External } from '../compiler/interpret/interpret.js';
import type { Callee } from '../compiler/ir/types.js';
import { copyArg, fixtureCases, flatOf, rng, rowsArgument, sample } from './support/fixtures.js';
import { flatRows, rowStarts } from '../runtime/index.js';

type Fn = (...args: unknown[]) => unknown;

const cases = fixtureCases((group) => group !== 'diagnostics').filter((c) => existsSync(c.expected));
const program = traceFiles(cases.map((c) => c.input));

/** A registered derivative's function and vjp, from the modules jest loads. */
function external(callee: Callee): External | undefined {
  const own = callee.specifier === 'tsgrad/runtime' ? require('../runtime/index.js') as Record<string, Fn> : require(callee.file.replace(/\.d\.(m|c)?ts$/, '.$1js')) as Record<string, Fn>;
  // (a CommonJS module whose exports are the function itself)
  const whole = typeof own === 'function' ? own as unknown as Fn : undefined;
  const value = (callee.importDefault ? own.default as Fn | undefined : own[callee.name] as Fn | undefined) ?? whole;
  const vjps = callee.vjpRuntime ? require('../runtime/index.js') as Record<string, Fn> : callee.vjpFile ? require(callee.vjpFile) as Record<string, Fn> : own;
  return value ? { value, ...(vjps[`${callee.name}_vjp`] ? { vjp: vjps[`${callee.name}_vjp`] } : {}) } : undefined;
}

/** A `number[]` parameter gets an array, as the fixture test passes it. */
const fromSample = (tsType: string, v: unknown) => (tsType === 'number[]' && v instanceof Float64Array ? Array.from(v) : v);

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
  const generated = require(c.expected) as Record<string, Fn>;
  const source = require(c.input) as Record<string, Fn>;
  const names = Object.keys(generated).filter((k) => k.endsWith('_grad')).map((k) => k.slice(0, -5)).filter((n) => program.func(c.input, n));
  test.each(names)('%s', (name) => {
    const fn = program.func(c.input, name)!;
    const random = rng(20261203);
    // (an array of rows: the generated and source functions take its rows, the trace their flat copy and starts)
    const drawn = fn.params.map((p) => (p.startsOf !== undefined ? undefined : p.rows ? rowsArgument(p, sample(c.spec.domains?.[name]?.[p.key], 'array', random) as number[][])
      : fromSample(p.tsType, sample(c.spec.domains?.[name]?.[p.key], p.v.type === 'f64[]' || p.v.type === 'int[]' ? 'array' : p.tsType === 'number' ? 'number' : 'other', random))));
    const rowsOf = (key: string) => drawn[fn.params.findIndex((q) => q.key === key)] as number[][];
    const args = fn.params.map((p, i) => (p.rows ? flatRows(drawn[i] as number[][], rowStarts(drawn[i] as number[][])) : p.startsOf !== undefined ? rowStarts(rowsOf(p.startsOf)) : drawn[i]));
    const given = drawn.filter((_, i) => fn.params[i]!.startsOf === undefined);
    const copies = () => args.map((a) => (a instanceof Float64Array ? a.slice() : Array.isArray(a) ? [...a] : a));
    const givenCopies = () => given.map(copyArg);
    const direction = new Map(fn.params.map((p, i) => [p.key, typeof args[i] === 'number' ? random() - 0.5
      : Array.isArray(args[i]) || args[i] instanceof Float64Array ? Float64Array.from(args[i] as ArrayLike<number>, () => random() - 0.5) : 0]));
    let result: { value: number; grad: Record<string, number | Float64Array> } | undefined;
    try { result = generated[`${name}_grad`]!(...givenCopies()) as typeof result; } catch { result = undefined; }
    let evaluation;
    try {
      evaluation = interpret(fn, copies(), {
        // (along the parameters that have a gradient: compiled with --wrt, the others have none)
        seed: (key, element) => { const d = direction.get(key)!; return !result || !(key in result.grad) ? 0 : element === undefined ? d as number : (d as Float64Array)[element]!; },
        func: (callee) => program.func(callee.file, callee.name),
        external,
      });
    } catch (error) {
      // a point where the function throws: the generated code throws there too
      if (result) throw error;
      return;
    }
    if (!result) throw new Error(`f_grad throws where the interpreter does not`);
    const { value, grad } = result;
    expect(source[name]!(...givenCopies())).toBe(value);
    if (!Number.isFinite(value)) return;
    expect(evaluation.result?.value).toBe(value);
    reverseSweep(evaluation);
    let expected = 0;
    for (const x of evaluation.inputs) {
      const g = grad[x.key];
      if (g === undefined) continue;
      const want = x.element === undefined ? g as number : flatOf(g)[x.element]!;
      if (!close(x.node.adjoint, want)) throw new Error(`adjoint of ${x.name}: interpreter ${x.node.adjoint}, f_grad ${want}`);
      const d = direction.get(x.key)!;
      expected += want * (x.element === undefined ? d as number : (d as Float64Array)[x.element]!);
    }
    if (!close(evaluation.result!.tangent, expected)) throw new Error(`tangent: interpreter ${evaluation.result!.tangent}, ⟨f_grad, direction⟩ ${expected}`);
  });
});
