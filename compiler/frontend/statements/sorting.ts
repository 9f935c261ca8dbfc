/**
 * Sorting arrays of numbers: `x.slice().sort((a, b) => a - b)`, `[...x].sort(…)`,
 * `Array.from(x).sort(…)`, `Float64Array.from(x).sort()`, `x.toSorted(…)`, and a local array
 * sorted in place (`s.sort((a, b) => b - a);`).
 *
 * A sort is a permutation of its array: the runtime computes it (the `argsort` row, as the
 * engine's own sort orders the elements, ties and NaN included), and the sorted array is the
 * elements read through it, `s[k] = x[p[k]]`. The permutation is integers, so the derivative is
 * that of the reads: the tangent is gathered, the adjoint scattered back to x[p[k]].
 */
import ts from '../typescript.cjs';
import { type ArrayCtor, type Atom, type Var, isIntArrayCtor } from '../../ir/types.js';
import { constAtom, varAtom } from '../builder.js';
import { type Binding, arrayBinding, rangeOf, windowExpr } from '../expressions.js';
import { classifyType, skipParens, typedArrayName } from '../facts.js';
import { orderOf, sortCall, sortRefusal, tupleComparator } from '../sort-orders.js';
import { tupleArray } from '../tuple-arrays.js';
import { type TupleShape, shapeOffset } from '../nested-arrays.js';
import type { LoweringState } from './state.js';
import { arraySource, newArray } from './arrays.js';

type Source = Binding & { kind: 'var' | 'view' };

/**
 * `s`'s elements, those of `from` read through the permutation p that sorts them (`s[k] =
 * from[p[k]]`): a new array of `ctor`, the local `name`.
 */
function sortedCopy(cx: LoweringState, from: Source, ctor: ArrayCtor, order: number, typed: boolean, name: string, type: 'f64[]' | 'int[]', rebound: boolean): Var {
  const { b } = cx;
  const base = from.kind === 'view' ? from.base : from.v;
  const offset = from.kind === 'view' ? from.offset : constAtom(0);
  const length = from.kind === 'view' ? from.length : b.eq('length', [varAtom(base)]);
  const p = b.eq('argsort', [varAtom(base), offset, length, constAtom(order), constAtom(typed), constAtom(1)]);
  const target = b.newVar(name, type, 'local', rebound);
  const loc = b.loc;
  b.emit({ kind: 'alloc', target, ctor, length, loc });
  const k = b.generatedVar('k', 'int', false);
  const body = b.block(() => {
    const i = b.eq('load', [p, varAtom(k)]);
    const at = offset.kind === 'const' && offset.value === 0 ? i : b.eq('add', [i, offset]);
    b.emit({ kind: 'store', array: target, index: varAtom(k), value: b.eq('load', [varAtom(base), at]), loc });
  }, true);
  b.emit({ kind: 'for', index: k, from: constAtom(0), to: length, step: 1, inclusive: false, body, loc });
  return target;
}

/**
 * The array a copy made to be sorted reads, and the copy's constructor: `x.slice(…)`,
 * `Array.from(x)`, `Float64Array.from(x)`, `[...x]`, `new Float64Array(x)` of an array variable or a
 * window; undefined for any other copy (made first, then sorted).
 */
function copied(cx: LoweringState, e: ts.Expression): { from: Source; ctor: ArrayCtor } | undefined {
  const bare = skipParens(e);
  const ctorName = (c: ts.Expression) => (ts.isIdentifier(c) && (c.text === 'Array' || c.text === 'Float64Array') ? c.text : undefined);
  if (ts.isArrayLiteralExpression(bare) && bare.elements.length === 1 && ts.isSpreadElement(bare.elements[0]!)) {
    const from = arrayBinding(cx, bare.elements[0].expression) ?? windowExpr(cx, bare.elements[0].expression);
    return from && { from, ctor: 'Array' };
  }
  if (ts.isNewExpression(bare) && bare.arguments?.length === 1 && ctorName(bare.expression) === 'Float64Array') {
    const from = arrayBinding(cx, bare.arguments[0]!) ?? windowExpr(cx, bare.arguments[0]!);
    return from && { from, ctor: 'Float64Array' };
  }
  if (!ts.isCallExpression(bare) || !ts.isPropertyAccessExpression(bare.expression)) return undefined;
  const { expression: owner, name: method } = bare.expression;
  const ctor = ctorName(owner);
  if (method.text === 'from' && ctor && bare.arguments.length === 1) {
    const from = arrayBinding(cx, bare.arguments[0]!) ?? windowExpr(cx, bare.arguments[0]!);
    return from && { from, ctor };
  }
  const made = typedArrayName(cx.checker.getTypeAtLocation(owner)) ?? 'Array';
  if (method.text !== 'slice' || (made !== 'Array' && made !== 'Float64Array')) return undefined;
  if (bare.arguments.length <= 2 && arrayBinding(cx, owner)) {
    return { from: bare.arguments.length === 0 ? arrayBinding(cx, owner)! : rangeOf(cx, owner, bare.arguments)!, ctor: made };
  }
  // (`x.subarray(0, k).slice()`: a copy of the window)
  const window = bare.arguments.length === 0 ? windowExpr(cx, owner) : undefined;
  return window && { from: window, ctor: made };
  return undefined;
}

/**
 * A sorted new array, the local `name`: `copy.sort(cmp)` of a copy (`x.slice()`, `[...x]`,
 * `Array.from(x)`, `Float64Array.from(x)`, any new array newArray makes) or `x.toSorted(cmp)`;
 * undefined when `init` is neither.
 */
export function sortedArray(cx: LoweringState, init: ts.Expression, name: string, type: 'f64[]' | 'int[]', rebound: boolean): Var | undefined {
  const call = sortCall(init);
  if (!call) return undefined;
  const receiver = call.expression.expression;
  const typedName = (e: ts.Expression) => typedArrayName(cx.checker.getTypeAtLocation(e));
  if (call.expression.name.text === 'toSorted') {
    const ctor = typedName(receiver) ?? 'Array';
    const order = orderOf(cx, call, ctor !== 'Array');
    const from = arraySource(cx, receiver);
    if (!from) return undefined;
    return sortedCopy(cx, from, ctor, order, ctor !== 'Array', name, type, rebound);
  }
  const direct = copied(cx, receiver);
  if (direct) return sortedCopy(cx, direct.from, direct.ctor, orderOf(cx, call, direct.ctor !== 'Array'), direct.ctor !== 'Array', name, type, rebound);
  // (a copy of its own, `Float32Array.from(x)` rounding, `helper(x).slice()`: made first, then sorted)
  if (arrayBinding(cx, receiver) || windowExpr(cx, receiver, true)) return undefined;
  const ctor = typedName(receiver) ?? 'Array';
  const order = orderOf(cx, call, ctor !== 'Array');
  const made = newArray(cx, receiver, `${name}_unsorted`, type, false);
  if (!made) return undefined;
  return sortedCopy(cx, { kind: 'var', v: made }, ctor, order, ctor !== 'Array', name, type, rebound);
}

/** A sorted copy where an expression makes it (`x.slice().sort(…)[0]`, `.length`): a temporary local; undefined for any other call. */
export function sortedExpression(cx: LoweringState, e: ts.CallExpression): Atom | undefined {
  const type = classifyType(cx.checker.getTypeAtLocation(e), cx.checker) === 'intArray' ? 'int[]' : 'f64[]';
  const v = sortedArray(cx, e, 'sorted', type, false);
  return v && varAtom(v);
}

/**
 * `s.sort(cmp);` as a statement, of a local array or a window onto one: its elements sorted
 * into a new array, then copied back. Refused (TSG1008) for a parameter's array, which the caller
 * would see reordered. False when `e` sorts no array variable.
 */
export function sortInPlace(cx: LoweringState, e: ts.CallExpression & { expression: ts.PropertyAccessExpression }): boolean {
  const { b } = cx;
  const receiver = e.expression.expression;
  if (e.expression.name.text !== 'sort') return false;
  const tuples = tupleArray(cx, receiver);
  if (tuples) return sortTuples(cx, e, tuples), true;
  const arr = arrayBinding(cx, receiver) ?? windowExpr(cx, receiver);
  if (!arr) return false;
  const base = arr.kind === 'view' ? arr.base : arr.v;
  if (base.kind === 'param') return sortRefusal(cx, e, base, false);
  const typed = typedArrayName(cx.checker.getTypeAtLocation(receiver));
  const order = orderOf(cx, e, typed !== undefined);
  const type = base.type === 'int[]' ? 'int[]' : 'f64[]';
  const sorted = sortedCopy(cx, arr, typed && isIntArrayCtor(typed) ? typed : 'Float64Array', order, typed !== undefined, 'sorted', type, false);
  const offset: Atom = arr.kind === 'view' ? arr.offset : constAtom(0);
  const length = arr.kind === 'view' ? arr.length : b.eq('length', [varAtom(base)]);
  const loc = b.loc;
  const k = b.generatedVar('k', 'int', false);
  const body = b.block(() => {
    const at = offset.kind === 'const' && offset.value === 0 ? varAtom(k) : b.eq('add', [varAtom(k), offset]);
    b.emit({ kind: 'store', array: base, index: at, value: b.eq('load', [varAtom(sorted), varAtom(k)]), loc });
  }, true);
  b.emit({ kind: 'for', index: k, from: constAtom(0), to: length, step: 1, inclusive: false, body, loc });
  return true;
}

/**
 * `pts.sort((p, q) => p[j] - q[j]);` of a local array of k-tuples, held flat: the permutation of
 * the tuples by their number j (as an Array's sort of the tuples orders them), then each tuple's
 * k numbers moved to its place, through a sorted copy (tuple-arrays.ts checked the comparator).
 */
function sortTuples(cx: LoweringState, e: ts.CallExpression, { v, k, shape }: { v: Var; k: number; shape: TupleShape }): void {
  const { b } = cx;
  const { order, key } = tupleComparator(e.arguments[0]!)!;
  const length = b.eq('length', [varAtom(v)]);
  const count = b.eq('div', [length, constAtom(k)]);
  const p = b.eq('argsort', [varAtom(v), constAtom(shapeOffset(shape, key)), count, constAtom(order), constAtom(false), constAtom(k)]);
  const sorted = b.newVar('sorted', 'f64[]', 'local', false);
  const loc = b.loc;
  b.emit({ kind: 'alloc', target: sorted, ctor: 'Float64Array', length, loc });
  const r = b.generatedVar('r', 'int', false);
  const gather = b.block(() => {
    const from = b.eq('mul', [b.eq('load', [p, varAtom(r)]), constAtom(k)]);
    const to = b.eq('mul', [varAtom(r), constAtom(k)]);
    for (let c = 0; c < k; c++) {
      const at = (base: Atom) => (c === 0 ? base : b.eq('add', [base, constAtom(c)]));
      b.emit({ kind: 'store', array: sorted, index: at(to), value: b.eq('load', [varAtom(v), at(from)]), loc });
    }
  }, true);
  b.emit({ kind: 'for', index: r, from: constAtom(0), to: count, step: 1, inclusive: false, body: gather, loc });
  const i = b.generatedVar('k', 'int', false);
  const back = b.block(() => b.emit({ kind: 'store', array: v, index: varAtom(i), value: b.eq('load', [varAtom(sorted), varAtom(i)]), loc }), true);
  b.emit({ kind: 'for', index: i, from: constAtom(0), to: length, step: 1, inclusive: false, body: back, loc });
}
