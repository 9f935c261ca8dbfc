/**
 * Array variables bound to a parameter: bound to the parameter itself, or to a copy of it where
 * the function writes into the variables before (so that those writes stay its own).
 */
import ts from '../typescript.cjs';
import type { Atom, Type, Var } from '../../ir/types.js';
import { constAtom, isArrayType, varAtom } from '../builder.js';
import { writtenArrays } from '../calls.js';
import { writesThroughBinding } from '../param-bindings.js';
import { classifyType } from '../facts.js';
import type { LoweringState } from './state.js';

/**
 * The array an array variable is bound to (`a = ps`, `a = c ? ps : qs`, a parameter the
 * function rebinds). Where the function may write into the parameter, or into an array the
 * variable may hold, after the binding (or in a loop around it: param-bindings.ts), the
 * variable holds the parameter itself: the function writes into the parameter through it (it
 * is one of the parameters the function writes, calls.ts writtenArrays), and its adjoint is
 * the parameter's, rebound with it. Else, where the function writes into it or into array
 * variables it rebinds before, a copy, which reads as the parameter would, so that those writes
 * stay the function's own; else the parameter itself. `into`: the mutable variable the binding
 * declares. `result`: the value a function returns (a parameter returned is a copy: the
 * caller's array variable then holds an array of its own), refused where it would be written.
 */
export function boundArray(cx: LoweringState, value: Atom, node: ts.Node, target: ts.Symbol | undefined, into?: Var, result = false): Atom {
  const { b } = cx;
  if (value.kind !== 'var' || value.v.kind !== 'param' || !isArrayType(value.v.type)) return value;
  const p = value.v;
  const written = cx.written ??= writtenArrays(cx.checker, cx.fn);
  const paramSymbol = [...cx.scope].find(([, binding]) => binding.kind === 'var' && binding.v === p)?.[0] ??
    cx.reboundParams.find((r) => r.v === p)?.symbol;
  const rebound = [...cx.assigned].filter((s) => typeOfQuiet(cx, s) === 'f64[]');
  const through = writesThroughBinding(written, cx.fn, node, paramSymbol, target, rebound);
  if (through.length > 0) {
    // (a push would grow the parameter: its derivatives take the arrays a function writes as they are long)
    const push = through.find((w) => ts.isPropertyAccessExpression(w.parent) && w.parent.expression === w && w.parent.name.text === 'push');
    if (push) {
      return b.fail(node, 'TSG1008', `${target ? `'${target.name}'` : 'an array variable'} is bound to the parameter '${p.name}', and the function pushes onto an array it may hold ('${push.getText()}.push'): tsgrad does not grow a parameter`,
        `push onto a local array instead (let a = Array.from(${p.name}))`);
    }
    if (result) {
      return b.fail(node, 'TSG1008', `'${cx.name}' returns the parameter '${p.name}', and writes into an array it may hold (the parameter, or an array variable it rebinds) after that: its caller would hold the parameter`,
        `return a copy (Float64Array.from(${p.name})), or write into a local array instead`);
    }
    // (the variable holds the parameter itself, declared as every rebindable array variable is)
    if (!into) return value;
    b.emit({ kind: 'alloc', target: into, ctor: b.ctors.get(p) ?? 'Float64Array', length: constAtom(0), loc: b.loc });
    b.assign(into, value);
    return varAtom(into);
  }
  // (of an array nothing writes into, here or in the rebound variables, the variable holds the
  // parameter itself: its adjoint is the parameter's, rebound with it, `src = c ? a : b` → `src_b = c ? a_b : b_b`)
  const anywhere = (s: ts.Symbol) => (written.get(s) ?? []).length > 0;
  if (!(paramSymbol && anywhere(paramSymbol)) && !(target && anywhere(target)) && !rebound.some(anywhere) && !into) {
    return value;
  }
  const length = b.eq('length', [value]);
  // (`into`: the mutable variable the copy declares, so that it is declared by its allocation)
  const copy = into ?? b.newVar(p.name, p.type, 'local', false);
  const loc = b.loc;
  b.emit({ kind: 'alloc', target: copy, ctor: b.ctors.get(p) ?? 'Float64Array', length, loc });
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
