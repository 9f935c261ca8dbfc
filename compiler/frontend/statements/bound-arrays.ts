/**
 * Array variables bound to a parameter: bound to a copy of it, so that every array an array
 * variable holds is the function's own.
 */
import ts from '../typescript.cjs';
import type { Atom, Type, Var } from '../../ir/types.js';
import { constAtom, isArrayType, varAtom } from '../builder.js';
import { writtenArrays } from '../calls.js';
import { classifyType } from '../facts.js';
import type { LoweringState } from './state.js';

/**
 * The array an array variable is bound to (`a = ps`, `a = c ? ps : qs`, a parameter the
 * function rebinds): a parameter is copied first, so that every array an array variable holds
 * is the function's own (its adjoint follows the array object; a parameter's comes from adj).
 * The copy reads as the parameter would while nothing writes into the parameter or into an
 * array variable the function rebinds: a write after the binding (or in a loop around it) is
 * refused. `into`: the mutable variable the copy declares.
 */
export function boundArray(cx: LoweringState, value: Atom, node: ts.Node, target: ts.Symbol | undefined, into?: Var): Atom {
  const { b } = cx;
  if (value.kind !== 'var' || value.v.kind !== 'param' || !isArrayType(value.v.type)) return value;
  const p = value.v;
  const written = cx.written ??= writtenArrays(cx.checker, cx.fn);
  // a write the copy may see: after the binding, or in a loop around it
  const loops: ts.Node[] = [];
  for (let n: ts.Node = node; n !== cx.fn; n = n.parent) if (ts.isIterationStatement(n, false)) loops.push(n);
  const later = (s: ts.Symbol) => (written.get(s) ?? []).some((w) => w.getStart() > node.getEnd() || loops.some((l) => w.getStart() >= l.getStart() && w.getEnd() <= l.getEnd()));
  const writesRebound = [...cx.assigned].some((s) => later(s) && typeOfQuiet(cx, s) === 'f64[]');
  const paramSymbol = [...cx.scope].find(([, binding]) => binding.kind === 'var' && binding.v === p)?.[0] ??
    cx.reboundParams.find((r) => r.v === p)?.symbol;
  if ((paramSymbol && later(paramSymbol)) || (target && later(target)) || writesRebound) {
    const who = target?.name === p.name ? `the array parameter '${p.name}' is rebound`
      : `${target ? `'${target.name}'` : 'an array variable'} is bound to the parameter '${p.name}'`;
    return b.fail(node, 'TSG1008', `${who}, and the function writes into an array it may hold (the parameter, or an array variable it rebinds)`,
      `tsgrad binds array variables to a copy of the parameter; write into a local array instead (const a = Float64Array.from(${p.name})), or do not rebind the array variables you write into`);
  }
  // (of an array nothing writes into, here or in the rebound variables, the variable holds the
  // parameter itself: its adjoint is the parameter's, rebound with it, `src = c ? a : b` → `src_b = c ? a_b : b_b`)
  const anywhere = (s: ts.Symbol) => (written.get(s) ?? []).length > 0;
  if (!(paramSymbol && anywhere(paramSymbol)) && !(target && anywhere(target)) && ![...cx.assigned].some((s) => anywhere(s) && typeOfQuiet(cx, s) === 'f64[]') && !into) {
    return value;
  }
  const length = b.eq('length', [value]);
  // (`into`: the mutable variable the copy declares, so that it is declared by its allocation)
  const copy = into ?? b.newVar(p.name, p.type, 'local', false);
  const loc = b.loc;
  b.emit({ kind: 'alloc', target: copy, ctor: cx.paramCtors.get(p) ?? 'Float64Array', length, loc });
  const j = b.generatedVar('j', 'int', false);
  const body = b.block(() => {
    b.emit({ kind: 'store', array: copy, index: varAtom(j), value: b.eq('load', [value, varAtom(j)]), loc });
  }, true);
  b.emit({ kind: 'for', index: j, from: constAtom(0), to: length, step: 1, inclusive: false, body, loc });
  return varAtom(copy);
}

/** A variable's type as tsgrad reads it, or undefined when it is none tsgrad reads. */
function typeOfQuiet(cx: LoweringState, s: ts.Symbol): Type | undefined {
  const c = classifyType(cx.checker.getTypeOfSymbol(s), cx.checker);
  return c === 'Float64Array' || c === 'number[]' ? 'f64[]' : c === 'intArray' ? 'int[]' : undefined;
}
