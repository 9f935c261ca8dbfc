/**
 * Common subexpressions (ir/common.ts): what an inlined helper computes once per number it
 * returns, and what helpers side by side compute of the same argument, is computed once.
 */
import { generated } from './support/compile.js';
import { commonSubexpressions } from '../compiler/ir/common.js';
import { Names } from '../compiler/ir/names.js';
import type { Func, Stmt, Var } from '../compiler/ir/types.js';

/** The forward sweep of `name`'s vjp: its statements before the first reversed one. */
function forwardSweep(code: string, name: string): string {
  const vjp = code.slice(code.indexOf(`export function ${name}_vjp(`));
  return vjp.slice(0, vjp.indexOf('// grad of'));
}

const count = (text: string, part: string) => text.split(part).length - 1;

test("a helper returning an object of numbers computes what its numbers share once", () => {
  const code = generated(`
    function polar(t: number) {
      const c = Math.cos(t);
      const s = Math.sin(t);
      return { x: c * s, y: c + 2 * s };
    }
    export function f(t: number, w: number): number {
      const p = polar(t);
      return p.x * w + p.y;
    }`);
  const forward = forwardSweep(code, 'f');
  expect(count(forward, 'Math.cos(t)')).toBe(1);
  expect(count(forward, 'Math.sin(t)')).toBe(1);
});

test('the same function of the same value in two helpers is computed once; not across a branch', () => {
  const code = generated(`
    function a(x: number, y: number): number { return Math.exp(x) * y; }
    function b(x: number, y: number): number { return Math.exp(x) + y; }
    export function f(x: number, y: number): number {
      let s = a(x, y) + b(x, y);
      if (y > 0) s += Math.log(x * x + 1);
      else s -= Math.log(x * x + 1);
      return s + Math.log(x * x + 1);
    }`);
  const forward = forwardSweep(code, 'f');
  expect(count(forward, 'Math.exp(x)')).toBe(1);
  // (computed in each branch, then again after the if, where neither branch's value is known to have run)
  expect(count(forward, 'Math.log(')).toBe(3);
});

test("a partial that is a sibling primitive's value computed before (cos for sin) reads it", () => {
  const code = generated(`
    export function f(t: number, r: number): number {
      const c = Math.cos(t);
      return r * c + Math.sin(t) * r * r;
    }`);
  const vjp = code.slice(code.indexOf('export function f_vjp('));
  // (the code, not the comments quoting the source)
  const reverse = vjp.slice(vjp.indexOf('// grad of'), vjp.indexOf('\n}\n')).replace(/\/\/.*$/gm, '');
  // (one of the two reads the other: each needs the one computed before it)
  expect(count(reverse, 'Math.sin(t)') + count(reverse, 'Math.cos(t)')).toBe(1);
});

test('operands are compared by variable: two variables of one name are two operands', () => {
  // (unreachable from source, where a function's variables have names of their own (Var.name):
  // the pass must not depend on it; keyed by name, exp(b) became a read of exp(a)'s value)
  const loc = { line: 1, column: 0, text: '' };
  const a: Var = { name: 'x', type: 'f64', kind: 'param', mutable: false };
  const b: Var = { name: 'x', type: 'f64', kind: 'temp', mutable: false };
  const ea: Var = { name: 't1', type: 'f64', kind: 'temp', mutable: false };
  const eb: Var = { name: 't2', type: 'f64', kind: 'temp', mutable: false };
  const s: Var = { name: 't3', type: 'f64', kind: 'temp', mutable: false };
  const body: Stmt[] = [
    { kind: 'eq', out: b, prim: 'neg', args: [{ kind: 'var', v: a }], loc },
    { kind: 'eq', out: ea, prim: 'exp', args: [{ kind: 'var', v: a }], loc },
    { kind: 'eq', out: eb, prim: 'exp', args: [{ kind: 'var', v: b }], loc },
    { kind: 'eq', out: s, prim: 'add', args: [{ kind: 'var', v: ea }, { kind: 'var', v: eb }], loc },
  ];
  const fn: Func = {
    name: 'f', params: [{ v: a, key: 'x', tsType: 'number', differentiable: true, typeText: 'number' }], body, result: { kind: 'var', v: s },
    vars: [a, b, ea, eb, s], names: new Names(), exported: true, inlinable: true, returnsNumber: true, writes: [], pureOutputs: [], loc,
  };
  const out = commonSubexpressions(fn);
  expect(out.body).toEqual(body);
  // (and of one variable, the second exp reads the first's value)
  const again: Stmt[] = [...body.slice(0, 2), { ...body[2] as Stmt & { kind: 'eq' }, args: [{ kind: 'var', v: a }] }, body[3]!];
  expect(commonSubexpressions({ ...fn, body: again }).body.filter((t) => t.kind === 'eq' && t.prim === 'exp')).toHaveLength(1);
});
