/** A small builder of IR traces by hand, for the tests that drive an analysis on IR directly (tbr, choices). */
import type { Atom, Block, Eq, Func, Loc, Param, Stmt, Type, Var } from '../../compiler/ir/types.js';
import { Names } from '../../compiler/ir/names.js';
import type { Prim } from '../../compiler/rules/prims.js';

export const loc = (text: string): Loc => ({ line: 1, column: 1, text });
export const v = (name: string, type: Type = 'f64', kind: Var['kind'] = 'local', mutable = false): Var => ({ name, type, kind, mutable });
export const at = (x: Var): Atom => ({ kind: 'var', v: x });
export const k = (value: number): Atom => ({ kind: 'const', value });
export const eq = (out: Var, prim: Prim, ...args: Atom[]): Eq => ({ kind: 'eq', out, prim, args, loc: loc(`${out.name} = ${prim}(…)`) });
export const assign = (target: Var, value: Var, decl = false): Stmt => ({ kind: 'assign', target, value: at(value), decl, loc: loc(`${target.name} = ${value.name}`) });
export const store = (array: Var, index: Var, value: Var): Stmt => ({ kind: 'store', array, index: at(index), value: at(value), loc: loc(`${array.name}[${index.name}] = ${value.name}`) });
export const loop = (index: Var, to: Atom, body: Block): Stmt => ({ kind: 'for', index, from: k(0), to, step: 1, inclusive: false, body, loc: loc('for') });

/** An exported function `f` of `params` returning `result`, its other variables `locals`. */
export function func(params: readonly Var[], body: Block, result: Var, locals: readonly Var[]): Func {
  const ps: Param[] = params.map((p) => ({
    v: p, key: p.name, differentiable: p.type !== 'int', typeText: p.type === 'f64[]' ? 'Float64Array' : 'number',
    tsType: p.type === 'f64[]' ? 'Float64Array' : 'number',
  }));
  return {
    name: 'f', params: ps, body, result: at(result), vars: [...params, ...locals], names: new Names(new Set([...params, ...locals].map((x) => x.name))),
    exported: true, inlinable: true, returnsNumber: true, writes: [], pureOutputs: [], loc: loc('f'),
  };
}
