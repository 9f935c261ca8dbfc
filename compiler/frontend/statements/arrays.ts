/**
 * Declarations of local arrays: new ones, copies, and windows onto another array.
 */
import ts from '../typescript.cjs';
import { type ArrayCtor, type Atom, type Var, isArrayCtor } from '../../ir/types.js';
import { constAtom, isArrayType, varAtom } from '../builder.js';
import { type Binding, arrayBinding, hasEffects, lowerExpr, rangeOf, scratchRefused, windowExpr } from '../expressions.js';
import { rowsBinding } from '../row-arrays.js';
import { classifyType, skipParens, typedArrayName } from '../facts.js';
import type { LoweringState } from './state.js';
import { conditional, numeric } from './conditions.js';
import { boundArray } from './bound-arrays.js';
import { arrayCallback, fromWithMap, isArrayCallback } from './array-callbacks.js';
import { tupleArray, tupleLiteralNumbers, tupleValue } from '../tuple-arrays.js';
import { sortedArray } from './sorting.js';

/**
 * A local array: a new one (`new Float64Array(n)` or any typed array, `new Array(n).fill(c)`,
 * `[]`, `[a, b]`, `new Float64Array([a, b])`, `Float64Array.of(a, b)`), a copy (`new Float64Array(xs)`,
 * `Float64Array.from(xs)`, `Array.from(xs)`, `xs.slice()`, `[...xs]`), or a window onto another
 * (`x.subarray(a, b)`, or `x` itself).
 */
export function arrayDeclaration(cx: LoweringState, d: ts.VariableDeclaration, symbol: ts.Symbol, rebound: boolean, type: 'f64[]' | 'int[]'): void {
  const { b } = cx;
  const init = d.initializer ? skipParens(d.initializer) : undefined;
  const name = (d.name as ts.Identifier).text;
  if (!init && !rebound) return b.fail(d, 'TSG1008', `the array '${name}' is declared without a value and never assigned one`, 'initialize it in its declaration: let a = new Float64Array(n)');
  const declared = typedArrayName(cx.checker.getTypeAtLocation(d.name));
  if (rebound && declared !== undefined && declared !== 'Float64Array') {
    return b.fail(d, 'TSG1008', `the ${declared} '${name}' may not be rebound to another array`,
      `copy into it element by element, or make it a Float64Array`);
  }
  if (!init) {
    // `let w: Float64Array;` assigned later (in both branches of an if): a rebindable variable,
    // declared by an empty allocation as `const src = c ? a : b` is (no path reads it before an
    // assignment: checkAssignedBeforeRead), then bound by the assignments
    const v = b.newVar(name, type, 'local', true);
    const ctor = classifyType(cx.checker.getTypeAtLocation(d.name), cx.checker) === 'number[]' ? 'Array' : 'Float64Array';
    b.emit({ kind: 'alloc', target: v, ctor, length: constAtom(0), loc: b.loc });
    cx.scope.set(symbol, { kind: 'var', v });
    return;
  }
  const made = newArray(cx, init, name, type, rebound);
  if (made) {
    cx.scope.set(symbol, { kind: 'var', v: made });
    return;
  }
  boundDeclaration(cx, d, init, symbol, rebound, type);
}

/**
 * A fresh array written as a temporary (`helper(p, new Float64Array(p.length))`): lowered as if
 * the user had declared it first (`const tmp = new Float64Array(p.length); helper(p, tmp)`);
 * undefined when `e` is not one of newArray's forms.
 */
export function freshArgument(cx: LoweringState, e: ts.Expression): Var | undefined {
  const type = classifyType(cx.checker.getTypeAtLocation(e), cx.checker) === 'intArray' ? 'int[]' : 'f64[]';
  return newArray(cx, skipParens(e), 'tmp', type, false);
}

/**
 * A new array or a copy (the forms arrayDeclaration lists but a window, an alias, a
 * conditional, and a helper's result): the local `name` that holds it, or undefined when
 * `init` is none of them.
 */
export function newArray(cx: LoweringState, init: ts.Expression, name: string, type: 'f64[]' | 'int[]', rebound: boolean): Var | undefined {
  const { b } = cx;
  const alloc = (ctor: ArrayCtor, length: Atom, extra: { fill?: Atom; elements?: Atom[] } = {}): Var => {
    const target = b.newVar(name, type, 'local', rebound);
    b.emit({ kind: 'alloc', target, ctor, length, ...extra, loc: b.loc });
    return target;
  };
  const number = (e: ts.Expression) => numeric(cx, lowerExpr(cx, e), e);
  // (`const q = pts[i]` of a local array of tuples: a copy of the tuple, tuple-arrays.ts)
  const bare = skipParens(init);
  if (ts.isElementAccessExpression(bare) && tupleArray(cx, bare.expression)) {
    const target = b.newVar(name, type, 'local', rebound);
    tupleValue(cx, bare, number, target);
    return target;
  }
  // `x.slice().sort((a, b) => a - b)`, `x.toSorted(…)`: sorting.ts
  const sorted = sortedArray(cx, bare, name, type, rebound);
  if (sorted) return sorted;
  const ctorOf = (e: ts.Expression): ArrayCtor | undefined =>
    (ts.isIdentifier(e) && isArrayCtor(e.text) ? e.text : undefined);
  const elementsOf = (list: ts.ArrayLiteralExpression) => {
    if (list.elements.some((e) => ts.isSpreadElement(e) || ts.isOmittedExpression(e))) {
      return b.fail(list, 'TSG1008', 'holes in array literals are not supported', 'write the elements one by one');
    }
    return cx.b.inOrder(list.elements, number);
  };
  /**
   * `[...xs.map(f), 0, ...w]`, `new Float64Array([...a, ...b])`: a new array of `ctor` holding
   * the elements in order, a spread of any array tsgrad follows (arraySource) element by element.
   * As JavaScript does, the elements are evaluated left to right and a spread reads its array
   * where it stands: one of an array variable (or a window) followed by an element that may
   * write into it (a call, an assignment) is copied there first.
   */
  const concatenation = (ctor: ArrayCtor, list: ts.ArrayLiteralExpression): Var => {
    if (list.elements.some(ts.isOmittedExpression)) return b.fail(list, 'TSG1008', 'holes in array literals are not supported', 'write the elements one by one');
    return joined(ctor, list.elements.map((e) => (ts.isSpreadElement(e) ? { spread: e.expression, at: e } : { value: e })));
  };
  /** The items of a concatenation in order: a number each, or an array's elements (a spread, or an array passed to `concat`). */
  const joined = (ctor: ArrayCtor, items: readonly ({ value: ts.Expression } | { spread: ts.Expression; at: ts.Node })[]): Var => {
    type Part = { value: Atom } | { from: Binding & { kind: 'var' | 'view' } };
    const parts: Part[] = items.map((item, k) => {
      if ('value' in item) return { value: number(item.value) };
      const e = item.spread;
      const named = arrayBinding(cx, e) ?? windowExpr(cx, e);
      const later = items.slice(k + 1).some((x) => hasEffects('value' in x ? x.value : x.spread));
      const from = named && later ? { kind: 'var' as const, v: copy(ctor === 'Array' ? 'Float64Array' : ctor, named) } : named ?? arraySource(cx, e);
      if (!from) {
        return b.fail(item.at, 'TSG1008', `the ${ts.isSpreadElement(item.at) ? 'spread' : 'array'} '${item.at.getText(b.sf)}' is not of an array of numbers tsgrad follows`,
          `bind it to a local first (const w = …; ${ts.isSpreadElement(item.at) ? '[...w, 0]' : 'a.concat(w)'}), or fill the array in a loop`);
      }
      return { from };
    });
    const lengthOf = (from: Binding & { kind: 'var' | 'view' }): Atom => (from.kind === 'view' ? from.length : b.eq('length', [varAtom(from.v)]));
    const lengths = parts.map((p) => ('value' in p ? constAtom(1) : lengthOf(p.from)));
    const plus = (x: Atom, y: Atom): Atom => (x.kind === 'const' && y.kind === 'const' ? constAtom(Number(x.value) + Number(y.value))
      : x.kind === 'const' && x.value === 0 ? y : b.eq('add', [x, y]));
    const total = lengths.reduce(plus, constAtom(0));
    const target = alloc(ctor, total);
    let at: Atom = constAtom(0);
    const loc = b.loc;
    parts.forEach((p, k) => {
      if ('value' in p) b.emit({ kind: 'store', array: target, index: at, value: p.value, loc });
      else {
        const { from } = p;
        const base = from.kind === 'view' ? from.base : from.v;
        const start = at;
        const j = b.generatedVar('j', 'int', false);
        const body = b.block(() => {
          const read = from.kind === 'view' && !(from.offset.kind === 'const' && from.offset.value === 0) ? b.eq('add', [varAtom(j), from.offset]) : varAtom(j);
          const write = start.kind === 'const' && start.value === 0 ? varAtom(j) : b.eq('add', [varAtom(j), start]);
          b.emit({ kind: 'store', array: target, index: write, value: b.eq('load', [varAtom(base), read]), loc });
        }, true);
        b.emit({ kind: 'for', index: j, from: constAtom(0), to: lengths[k]!, step: 1, inclusive: false, body, loc });
      }
      const n = lengths[k]!;
      if (k < parts.length - 1) at = plus(at, n);
    });
    return target;
  };
  const copy = (ctor: ArrayCtor, from: Binding & { kind: 'var' | 'view' }): Var => copyArray(cx, ctor, from, name, type, rebound);
  /**
   * A new array of `ctor` with the elements of the array `e` gives (`Float64Array.from(e)`, `[...e]`,
   * `new Float64Array(e)`): a literal's elements; a copy of an array variable or a window; else of
   * the new array `e` makes (`Array.from(xs.slice(1))`, a helper's result), held by a temporary.
   */
  const copyOf = (ctor: ArrayCtor, e: ts.Expression): Var | undefined => {
    const arg = skipParens(e);
    if (ts.isArrayLiteralExpression(arg) && !(arg.elements.length === 1 && ts.isSpreadElement(arg.elements[0]!))) {
      if (arg.elements.some(ts.isSpreadElement)) return concatenation(ctor, arg);
      const elements = elementsOf(arg);
      return alloc(ctor, constAtom(elements.length), { elements });
    }
    const from = arrayBinding(cx, arg) ?? windowExpr(cx, arg);
    if (from) return copy(ctor, from);
    if (!arrayArgument(cx, arg)) return undefined;
    const made = freshArgument(cx, arg) ?? helperArray(cx, arg);
    return made ? copy(ctor, { kind: 'var', v: made }) : undefined;
  };
  const made = ts.isNewExpression(init) && init.arguments?.length === 1 ? ctorOf(init.expression) : undefined;
  if (ts.isNewExpression(init) && made && init.arguments?.length === 1) {
    const arg = skipParens(init.arguments[0]!);
    if (made !== 'Array' && !arrayArgument(cx, arg)) return alloc(made, number(arg));
    const copied = made !== 'Array' ? copyOf(made, arg) : undefined;
    if (copied) return copied;
  }
  // xs.map((v) => …), named as the declaration names it
  if (isArrayCallback(init) && init.expression.name.text === 'map' || fromWithMap(init)) {
    const mapped = arrayCallback(cx, init as ts.CallExpression, undefined, name, rebound);
    if (mapped?.kind === 'var') return mapped.v;
  }
  // Float64Array.from(xs), Array.from(xs), xs.slice()
  if (ts.isCallExpression(init) && ts.isPropertyAccessExpression(init.expression)) {
    const { expression: owner, name: method } = init.expression;
    const ctor = ctorOf(owner);
    if (method.text === 'from' && ctor && init.arguments.length === 1) {
      const copied = copyOf(ctor, init.arguments[0]!);
      if (copied) return copied;
    }
    if (method.text === 'of' && ctor) {
      // Float64Array.of(1, 0.5, 0.25): new Float64Array([1, 0.5, 0.25])
      if (init.arguments.some(ts.isSpreadElement)) return b.fail(init, 'TSG1008', `a spread argument to ${ctor}.of is not supported`, 'pass the elements one by one');
      const elements = cx.b.inOrder(init.arguments, number);
      return alloc(ctor, constAtom(elements.length), { elements });
    }
    const whole = method.text === 'slice' ? arrayBinding(cx, owner) : undefined;
    if (whole && init.arguments.length === 0) return copy(typedArrayName(cx.checker.getTypeAtLocation(owner)) ?? 'Array', whole);
    // xs.slice(a, b): a copy of the window xs.subarray(a, b)
    if (whole && init.arguments.length <= 2) {
      return copy(typedArrayName(cx.checker.getTypeAtLocation(owner)) ?? 'Array', rangeOf(cx, owner, init.arguments)!);
    }
  }
  if (ts.isCallExpression(init) && ts.isPropertyAccessExpression(init.expression) && init.expression.name.text === 'fill' &&
      init.arguments.length === 1) {
    const inner = skipParens(init.expression.expression);
    const ctor = ts.isNewExpression(inner) && ts.isIdentifier(inner.expression) ? ctorOf(inner.expression) : undefined;
    if (ctor && ts.isNewExpression(inner) && inner.arguments?.length === 1 && !arrayArgument(cx, inner.arguments[0]!)) {
      const length = number(inner.arguments[0]!);
      return alloc(ctor, length, { fill: number(init.arguments[0]!) });
    }
  }
  // `a.concat(b, x)` of a `number[]`: a new array of a's elements, then each argument's (an
  // array's elements, or a number), as [...a, ...b, x] makes it
  if (ts.isCallExpression(init) && ts.isPropertyAccessExpression(init.expression) && init.expression.name.text === 'concat') {
    const receiver = init.expression.expression;
    const isArray = (e: ts.Expression) => classifyType(cx.checker.getTypeAtLocation(e), cx.checker) !== 'number' &&
      classifyType(cx.checker.getTypeAtLocation(e), cx.checker) !== 'other';
    if (classifyType(cx.checker.getTypeAtLocation(receiver), cx.checker) === 'number[]') {
      const spread = init.arguments.find(ts.isSpreadElement);
      if (spread) return b.fail(spread, 'TSG1008', `a spread argument to concat is not supported`, 'pass the arrays one by one, or build the array with push in a loop');
      return joined('Array', [{ spread: receiver, at: receiver }, ...init.arguments.map((a) => (isArray(a) ? { spread: a, at: a } : { value: a }))]);
    }
  }
  // [...xs]: a copy, as Array.from(xs)
  if (ts.isArrayLiteralExpression(init) && init.elements.length === 1 && ts.isSpreadElement(init.elements[0]!)) {
    const copied = copyOf('Array', init.elements[0].expression);
    if (copied) return copied;
  }
  // (`[[0, y0]]` of a local array of tuples: its flat array, `[0, y0]`, tuple-arrays.ts)
  const tuples = tupleLiteralNumbers(cx, init);
  if (tuples) return alloc('Array', { kind: 'const', value: tuples.length }, { elements: tuples.map(number) });
  if (ts.isArrayLiteralExpression(init)) {
    if (init.elements.some(ts.isSpreadElement)) return concatenation('Array', init);
    const elements = elementsOf(init);
    return alloc('Array', { kind: 'const', value: elements.length }, { elements });
  }
  return undefined;
}

/** A new array of `ctor` (the local `name`) with the elements of `from` (an array variable or a window), copied in a loop. */
export function copyArray(cx: LoweringState, ctor: ArrayCtor, from: Binding & { kind: 'var' | 'view' }, name = 'tmp', type: 'f64[]' | 'int[]' = 'f64[]', rebound = false): Var {
  const { b } = cx;
  const base = from.kind === 'view' ? from.base : from.v;
  const length = from.kind === 'view' ? from.length : b.eq('length', [varAtom(from.v)]);
  const target = b.newVar(name, type, 'local', rebound);
  b.emit({ kind: 'alloc', target, ctor, length, loc: b.loc });
  const j = b.generatedVar('j', 'int', false);
  const loc = b.loc;
  const body = b.block(() => {
    const at = from.kind === 'view' && !(from.offset.kind === 'const' && from.offset.value === 0) ? b.eq('add', [varAtom(j), from.offset]) : varAtom(j);
    b.emit({ kind: 'store', array: target, index: varAtom(j), value: b.eq('load', [varAtom(base), at]), loc });
  }, true);
  b.emit({ kind: 'for', index: j, from: constAtom(0), to: length, step: 1, inclusive: false, body, loc });
  return target;
}

/** A declaration binding an array another expression holds: a conditional, a helper's result, a window or an alias. */
function boundDeclaration(cx: LoweringState, d: ts.VariableDeclaration, init: ts.Expression, symbol: ts.Symbol, rebound: boolean, type: 'f64[]' | 'int[]'): void {
  const { b } = cx;
  const name = (d.name as ts.Identifier).text;
  if (ts.isConditionalExpression(init) && rebound) {
    // `const src = flag > 0 ? a : b`: a rebindable variable (conditionalArrays), declared by an
    // allocation as every rebindable array variable is, then bound as `src = flag > 0 ? a : b` binds it
    const v = b.newVar(name, type, 'local', true);
    const ctor = classifyType(cx.checker.getTypeAtLocation(d.name), cx.checker) === 'number[]' ? 'Array' : 'Float64Array';
    b.emit({ kind: 'alloc', target: v, ctor, length: constAtom(0), loc: b.loc });
    conditional(cx, init, v, false);
    cx.scope.set(symbol, { kind: 'var', v });
    return;
  }
  const view = windowExpr(cx, init);
  if (view) {
    cx.scope.set(symbol, view);
    return;
  }
  if (ts.isCallExpression(init)) {
    // the new array a helper returns (`var diffs = valuesMinusMeanSquared(vals)`)
    const made = lowerExpr(cx, init);
    if (made.kind === 'var' && isArrayType(made.v.type)) {
      const v = b.newVar(name, type, 'local', rebound);
      if (rebound) {
        // (declared by an allocation, as every rebindable array variable is, then bound)
        const ctor = classifyType(cx.checker.getTypeAtLocation(d.name), cx.checker) === 'number[]' ? 'Array' : 'Float64Array';
        b.emit({ kind: 'alloc', target: v, ctor, length: constAtom(0), loc: b.loc });
        b.assign(v, made);
      } else b.eq('copy', [made], v);
      cx.scope.set(symbol, { kind: 'var', v });
      return;
    }
  }
  // (`let row = A[i]`, rebound later: a name of one of the caller's rows, which the flat copy does not follow)
  if (rebound && ts.isElementAccessExpression(init) && rowsBinding(cx, init.expression)) {
    return b.fail(d, 'TSG1008', `'${name}' may not be rebound: it names a row of the array of rows '${init.expression.getText(b.sf)}'`,
      `declare it with const (one name per row), or copy the row into an array of your own: let ${name} = Float64Array.from(${init.getText(b.sf)})`);
  }
  const alias = arrayBinding(cx, init);
  if (alias?.kind === 'var' && (alias.v.mutable || rebound)) {
    // another name for the array a rebindable variable holds now (`const tmp = h`)
    if (alias.v.kind === 'param') {
      const v = b.newVar(name, type, 'local', true);
      boundArray(cx, varAtom(alias.v), d, symbol, v);
      cx.scope.set(symbol, { kind: 'var', v });
      return;
    }
    if (rebound) {
      const source = init.getText(b.sf);
      const copy = classifyType(cx.checker.getTypeAtLocation(d.name), cx.checker) === 'Float64Array' ? `Float64Array.from(${source})` : `[...${source}]`;
      return b.fail(d, 'TSG1008', `'${name}' may not be rebound: it names the array '${alias.v.name}' holds`, `copy the array instead of naming it twice: ${d.name.getText(b.sf)} = ${copy}`);
    }
    const v = b.newVar(name, type, 'local', false);
    b.eq('copy', [varAtom(alias.v)], v);
    cx.scope.set(symbol, { kind: 'var', v });
    return;
  }
  if (alias) {
    cx.scope.set(symbol, alias.kind === 'view' ? alias : {
      kind: 'view', base: alias.v, offset: { kind: 'const', value: 0 }, length: b.eq('length', [varAtom(alias.v)]),
    });
    return;
  }
  scratchRefused(cx, init, init);
  return b.fail(init, 'TSG1008', `'${init.getText(b.sf)}' is not an array initializer tsgrad supports`,
    'use new Float64Array(n) (or another typed array), new Array(n).fill(0), [] or an array literal, new Float64Array([a, b]) or Float64Array.of(a, b), a copy (Float64Array.from(xs), xs.slice()), or x.subarray(a, b)');
}

/**
 * The array any expression tsgrad follows gives, read as if bound to a local first (`... e`
 * reads as `const w = e; ... w`): an array variable or parameter, a window (`c.subarray(1, 3)`),
 * a new array or a copy (`Float64Array.from(xs)`, `[...xs]`, `[...a, 0]`, `xs.slice(1)`,
 * `xs.map(…)`: a temporary local), or the array a helper returns; undefined for anything else.
 * Used by destructuring and by spreads (`Math.max(...xs.map(f))`, `[...xs.map(f), 0]`, `push(...w)`).
 */
export function arraySource(cx: LoweringState, e: ts.Expression): (Binding & { kind: 'var' | 'view' }) | undefined {
  const bound = arrayBinding(cx, e) ?? windowExpr(cx, e);
  if (bound) return bound;
  const made = freshArgument(cx, e) ?? helperArray(cx, skipParens(e));
  return made ? { kind: 'var', v: made } : undefined;
}

/** The new array a helper returns (`Array.from(pairs(x))`), or undefined when `e` is no call of one. */
function helperArray(cx: LoweringState, e: ts.Expression): Var | undefined {
  if (!ts.isCallExpression(e) || !['Float64Array', 'number[]'].includes(classifyType(cx.checker.getTypeAtLocation(e), cx.checker))) return undefined;
  const made = lowerExpr(cx, e);
  return made.kind === 'var' && isArrayType(made.v.type) ? made.v : undefined;
}

export function arrayArgument(cx: LoweringState, e: ts.Expression): boolean {
  return classifyType(cx.checker.getTypeAtLocation(e), cx.checker) !== 'number';
}
