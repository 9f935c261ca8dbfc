/**
 * Conditions and conditional values: `c ? a : b` lowered as an `if` (only the branch taken is
 * evaluated), a condition's truthiness, and the check that a value is a number.
 */
import ts from '../typescript.cjs';
import type { Atom, Type, Var } from '../../ir/types.js';
import { atomType, isArrayType, varAtom } from '../builder.js';
import { arrayGiven, boolean, lowerExpr } from '../expressions.js';
import { classifyType, skipParens } from '../facts.js';
import type { LoweringState } from './state.js';
import { boundArray } from './bound-arrays.js';
import { newArray } from './arrays.js';

/**
 * `c ? a : b` as an `if`: only the branch taken is evaluated, so the other cannot put a
 * NaN into the adjoint (`x > 0 ? Math.log(x) : 0`). `target` receives the value; `decl`
 * when this is its declaration (else it is an overwrite).
 */
export function conditional(cx: LoweringState, e: ts.ConditionalExpression, target?: Var, decl = true): Atom {
  const cond = bool(cx, lowerExpr(cx, e.condition), e.condition);
  if (cond.kind === 'const') {
    // (decided here, `cb ? … : …` of a callback left out: the other branch is never lowered)
    const chosen = cond.value ? e.whenTrue : e.whenFalse;
    if (!target) return lowerExpr(cx, chosen);
    if (!target.mutable) return lowerExpr(cx, chosen, target);
    // (an array variable bound to a parameter gets a copy of it, as in the branches below: without
    // it, `const src = 1 < 0 ? ps : qs` bound qs itself under a name declared by `new
    // Float64Array(0)`, and the generated module failed tsc, TS2322; found by the fuzzer, fuzz24)
    cx.b.assign(target, isArrayType(target.type) ? boundArray(cx, lowerExpr(cx, chosen), chosen, undefined) : lowerExpr(cx, chosen), decl);
    return varAtom(target);
  }
  // (a string-valued conditional: `pay(S, K, isCall ? 'call' : 'put')`, as a string local's
  // initializer is; typed f64 it was refused as an argument, TSG1006, trial38)
  const classified = target ? undefined : classifyType(cx.checker.getTypeAtLocation(e), cx.checker);
  const type = target?.type ?? (classified === 'boolean' ? 'bool' : classified === 'string' ? 'str' : 'f64');
  // (an array variable bound to a parameter gets a copy of it: see boundArray)
  // (`c ? new Float64Array(n) : xs`: a new array or a copy in its branch, as a declaration makes one)
  const branch = (x: ts.Expression) => () => {
    if (!target || !isArrayType(target.type)) return lowerExpr(cx, x);
    const fresh = newArray(cx, skipParens(x), target.name, target.type as 'f64[]' | 'int[]', false);
    return fresh ? varAtom(fresh) : boundArray(cx, lowerExpr(cx, x), x, undefined);
  };
  return select(cx, cond, branch(e.whenTrue), branch(e.whenFalse), type, target, decl);
}

export function select(cx: LoweringState, cond: Atom, whenTrue: () => Atom, whenFalse: () => Atom, type: Type, target?: Var, decl = true): Atom {
  const { b } = cx;
  const r = target?.mutable ? target : b.newVar('t', type, 'temp', true);
  const loc = b.loc;
  const fresh = r !== target || decl;
  const branch = (x: () => Atom) => b.block(() => { b.assign(r, x(), fresh); });
  b.emit({ kind: 'if', cond, then: branch(whenTrue), else: branch(whenFalse), loc });
  return target && !target.mutable ? b.eq('copy', [varAtom(r)], target) : varAtom(r);
}

export function numeric(cx: LoweringState, a: Atom, node: ts.Node): Atom {
  const t = atomType(a);
  if (t === 'f64' || t === 'int') return a;
  return cx.b.fail(node, 'TSG1006', 'the result must be a number', 'return a number: for a boolean, c ? 1 : 0');
}

/** A condition: a boolean, or a number's truthiness (`if (n)`, `while (k)`, `m ? a : b`). */
export function bool(cx: LoweringState, a: Atom, node: ts.Node): Atom {
  if (isArrayType(atomType(a))) return arrayGiven(cx, a) ?? cx.b.fail(node, 'TSG1006', 'a condition must be a boolean or a number', 'test the length: x.length > 0');
  return boolean(cx, a, node);
}
