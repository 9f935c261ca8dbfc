/**
 * Element reads that may find no element: `xs.at(i)` (i counted from the end where it is
 * negative), and the element `xs.find(test)` / `xs.findLast(test)` stops at
 * (statements/array-callbacks.ts). Each is a number and a flag saying there was none, as a
 * call returning `number | undefined` is (nullable.ts): `xs.at(-1) ?? 0` and `xs.find(…) ?? d`
 * read the flag, and the derivative flows to the element read, or to the default. Where the
 * flag is set the number is NaN, what arithmetic makes of undefined (`xs.at(9)! * 2`).
 */
import ts from './typescript.cjs';
import type { Atom, Var } from '../ir/types.js';
import { atomType, constAtom, varAtom } from './builder.js';
import { type Binding, type ExprContext, lowerExpr, numeric } from './expressions.js';
import { skipParens } from './facts.js';

/** Whether `e` is `xs.at(…)`, `xs.find(…)` or `xs.findLast(…)`, whose value may be undefined (it may still be refused). */
export function isFoundElement(e: ts.Expression): boolean {
  const inner = skipParens(e);
  return ts.isCallExpression(inner) && ts.isPropertyAccessExpression(inner.expression) && ['at', 'find', 'findLast'].includes(inner.expression.name.text);
}

/** `xs.at(i)` of the array or window `arr`: the element at i, or undefined out of range, as JavaScript reads it. */
export function elementAt(cx: ExprContext, e: ts.CallExpression, arr: Binding & { kind: 'var' | 'view' }, target?: Var): Atom {
  const { b } = cx;
  const owner = (e.expression as ts.PropertyAccessExpression).expression.getText(b.sf);
  const [arg] = e.arguments;
  if (e.arguments.length !== 1 || ts.isSpreadElement(arg!)) {
    return b.fail(e, 'TSG1008', `'${owner}.at' is given ${e.arguments.length === 1 ? 'a spread' : `${e.arguments.length} arguments`}, where it takes one index`, `pass the index: ${owner}.at(i), counted from the end where i < 0 (${owner}.at(-1) is the last element)`);
  }
  const i = numeric(cx, lowerExpr(cx, arg!), arg!);
  const base = arr.kind === 'view' ? arr.base : arr.v;
  const length = arr.kind === 'view' ? arr.length : b.eq('length', [varAtom(arr.v)]);
  // (the index as JavaScript takes it: truncated, NaN read as 0)
  let k = i;
  if (atomType(i) === 'f64') {
    const t = b.eq('trunc', [i]);
    k = cx.select(b.eq('isnan', [t]), () => constAtom(0), () => t, 'int');
  }
  let at: Atom;
  let absent: Atom;
  if (k.kind === 'const' && typeof k.value === 'number') {
    at = k.value >= 0 ? k : b.eq('add', [length, k]);
    absent = k.value >= 0 ? b.eq('ge', [k, length]) : b.eq('lt', [at, constAtom(0)]);
  } else {
    const counted = k;
    at = cx.select(b.eq('lt', [counted, constAtom(0)]), () => b.eq('add', [length, counted]), () => counted, 'int');
    absent = b.eq('or', [b.eq('lt', [at, constAtom(0)]), b.eq('ge', [at, length])]);
  }
  const offset = arr.kind === 'view' && !(arr.offset.kind === 'const' && arr.offset.value === 0) ? b.eq('add', [at, arr.offset]) : at;
  return maybeElement(cx, absent, () => b.eq('load', [varAtom(base), offset]), target);
}

/**
 * An element read only where `absent` is false (no read past the end, whose adjoint would land
 * outside the array), NaN where it is true: a variable with `absent` as its flag. Stored into
 * `target` (a name the source gives it, `xs.find(…)!`), it has no flag: `!` says it is there.
 */
export function maybeElement(cx: ExprContext, absent: Atom, read: () => Atom, target?: Var): Atom {
  const { b } = cx;
  const value = cx.select(absent, () => constAtom(NaN), read, 'f64');
  if (target) return b.eq('copy', [value], target);
  if (absent.kind === 'const' && !absent.value) return value;
  const held = value.kind === 'var' ? value : b.eq('copy', [value]) as Atom & { kind: 'var' };
  const flag = absent.kind === 'var' ? absent.v : (b.eq('copy', [absent]) as Atom & { kind: 'var' }).v;
  // (the maps are the function lowering's own, read-only to expressions)
  (cx.undefinedFlags as Map<Var, Var> | undefined)?.set(held.v, flag);
  return held;
}
