/**
 * Expression statements: assignments, `++`, compound assignments, `fill` and `push`, console calls.
 */
import ts from '../typescript.cjs';
import { atomType, constAtom, isArrayType, varAtom } from '../builder.js';
import { type Binding, arrayBinding, assignable, compoundPrims, hasEffects, isTable, logicalAssignment, logicalAssignments, lowerExpr, objectBindingOf, optionsFallback, storeElement, windowExpr } from '../expressions.js';
import { isAssignmentOperator, skipParens } from '../facts.js';
import type { LoweringState } from './state.js';
import type { Atom } from '../../ir/types.js';
import { conditional, numeric } from './conditions.js';
import { boundArray } from './bound-arrays.js';
import { arrayAssignment, objectAssignment } from './destructuring.js';
import { arraySource, copyArray, freshArgument, newArray } from './arrays.js';
import { isString, messageParts } from './throw.js';
import { tuplePush, tupleStore } from '../tuple-arrays.js';
import { rowsAssign, rowsPush } from '../local-rows.js';
import { sortCall } from '../sort-orders.js';
import { sortInPlace } from './sorting.js';
import { nestedAssign } from '../nested-objects.js';
import { namesSetter } from '../value-classes.js';

/** An expression statement: an assignment or `++` without a copy of its value. */
export function effect(cx: LoweringState, e: ts.Expression): void {
  // (`pts.push([a, b])` of a local array of tuples: tuple-arrays.ts)
  if (tuplePush(cx, skipParens(e), (x) => numeric(cx, lowerExpr(cx, x), x))) return;
  // (`M.push(new Array(n).fill(0))` of a local array of rows: local-rows.ts)
  if (rowsPush(cx, skipParens(e)) || rowsAssign(cx, skipParens(e))) return;
  const { b } = cx;
  e = skipParens(e);
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.CommaToken) {
    effect(cx, e.left);
    effect(cx, e.right);
    return;
  }
  // (`g.db = v`, `g.db += 1`, `g.db++` through a value class's setter: value-classes.ts setterWrite)
  const written = ts.isBinaryExpression(e) && isAssignmentOperator(e.operatorToken.kind) ? e.left
    : (ts.isPrefixUnaryExpression(e) || ts.isPostfixUnaryExpression(e)) ? e.operand : undefined;
  if (written && namesSetter(cx.checker, written)) {
    lowerExpr(cx, e);
    return;
  }
  if ((ts.isPrefixUnaryExpression(e) || ts.isPostfixUnaryExpression(e)) &&
      (e.operator === ts.SyntaxKind.PlusPlusToken || e.operator === ts.SyntaxKind.MinusMinusToken)) {
    if (ts.isElementAccessExpression(skipParens(e.operand))) {
      lowerExpr(cx, e);
      return;
    }
    const v = assignable(cx, e.operand);
    b.assign(v, b.eq(e.operator === ts.SyntaxKind.PlusPlusToken ? 'add' : 'sub', [varAtom(v), constAtom(1)]));
    // (`k++` of an optional number that was undefined makes NaN, a number: its flag is cleared)
    const flag = cx.undefinedFlags.get(v);
    if (flag) b.assign(flag, constAtom(false));
    return;
  }
  // (`options = options || {}` of an options object: nothing to do, see optionsFallback)
  if (ts.isBinaryExpression(e) && optionsFallback(cx, e)) return;
  const left = ts.isBinaryExpression(e) ? skipParens(e.left) : undefined;
  if (ts.isBinaryExpression(e) && left && ts.isElementAccessExpression(left) && isAssignmentOperator(e.operatorToken.kind)) {
    if (e.operatorToken.kind === ts.SyntaxKind.EqualsToken && tupleStore(cx, left, e.right, (x) => numeric(cx, lowerExpr(cx, x), x))) return;
    if (e.operatorToken.kind === ts.SyntaxKind.EqualsToken) storeElement(cx, left, undefined, undefined, e.right);
    else lowerExpr(cx, e);
    return;
  }
  if (ts.isBinaryExpression(e) && logicalAssignments.has(e.operatorToken.kind)) {
    logicalAssignment(cx, e, assignable(cx, e.left));
    return;
  }
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isArrayLiteralExpression(skipParens(e.left))) {
    arrayAssignment(cx, skipParens(e.left) as ts.ArrayLiteralExpression, e.right);
    return;
  }
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isObjectLiteralExpression(skipParens(e.left))) {
    objectAssignment(cx, skipParens(e.left) as ts.ObjectLiteralExpression, e.right);
    return;
  }
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    // (`b.vel = { x: …, y: … }`, an inner object assigned a new literal: nested-objects.ts)
    if (nestedAssign(cx, e.left, e.right)) return;
    // (`s = step(s, dt)`, an object of numbers assigned again: expressions.ts objectAssignment)
    if (objectBindingOf(cx, skipParens(e.left))) {
      lowerExpr(cx, e);
      return;
    }
    const v = assignable(cx, e.left);
    // (`k = 2`, `opts.eps = 0.25` of a number that may be undefined: its flag too, as the
    // expression's lowering sets it; it stayed set, and `k ?? 3` read 3)
    if (cx.undefinedFlags.has(v)) {
      lowerExpr(cx, e);
      return;
    }
    const right = skipParens(e.right);
    if (ts.isConditionalExpression(right) && v.mutable) {
      conditional(cx, right, v, false);
      return;
    }
    // (`a = Float64Array.from(a)`, `a = new Float64Array(n)`: rebound to a new array)
    const made = isArrayType(v.type) && v.mutable ? newArray(cx, right, v.name, v.type as 'f64[]' | 'int[]', false) : undefined;
    if (made) {
      b.assign(v, varAtom(made));
      return;
    }
    const value = lowerExpr(cx, e.right);
    const left = skipParens(e.left);
    b.assign(v, isArrayType(v.type) ? boundArray(cx, value, e, ts.isIdentifier(left) ? cx.checker.getSymbolAtLocation(left) : undefined) : value);
    return;
  }
  if (ts.isCallExpression(e) && consoleMethod(cx, e)) {
    // kept in the forward sweep as written: numbers, booleans and strings
    const args = e.arguments.map((a) => {
      if (ts.isSpreadElement(a)) return b.fail(a, 'TSG1002', 'a spread argument to console is not supported', 'pass the values one by one');
      const hint = 'log numbers, booleans and strings (text, template literals, + of text and numbers)';
      if (isString(cx, a) && !ts.isIdentifier(skipParens(a))) return messageParts(cx, a, hint);
      const v = lowerExpr(cx, a);
      if (isArrayType(atomType(v))) return b.fail(a, 'TSG1006', 'an array passed to console is not supported in a differentiated function', 'log its elements or its length: console.log(x[i], x.length)');
      return [v];
    });
    b.emit({ kind: 'log', method: consoleMethod(cx, e)!, args, loc: b.loc });
    return;
  }
  // `s.sort((a, b) => a - b);` of a local array: sorting.ts
  const sort = sortCall(e);
  if (sort && sortInPlace(cx, sort)) return;
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) &&
      (e.expression.name.text === 'fill' || e.expression.name.text === 'push')) {
    const arr = arrayBinding(cx, e.expression.expression) ?? windowExpr(cx, e.expression.expression);
    const method = e.expression.name.text;
    if (arr?.kind === 'var' && isTable(cx, arr.v)) {
      return b.fail(e, 'TSG1008', `'${e.expression.expression.getText(b.sf)}' is a module-level constant table; it cannot be written`, 'copy it into a local array first');
    }
    if (arr?.kind === 'var' && e.arguments.length === 1 && method === 'fill') {
      const value = numeric(cx, lowerExpr(cx, e.arguments[0]!), e.arguments[0]!);
      b.emit({ kind: method, array: arr.v, value, loc: b.loc });
      return;
    }
    const pushed = method === 'push' ? pushedValues(e.arguments) : undefined;
    // (a helper's `number[]` parameter, `out.push(v)`: the caller's array once the helper is
    // inlined into it, the only way it is differentiated: calls left as calls are refused, link/problems.ts)
    const growable = arr?.kind === 'var' && (arr.v.kind !== 'param' || (!cx.exported && b.ctors.get(arr.v) === 'Array'));
    if (arr?.kind === 'var' && growable && pushed) {
      // `feats.push(x, y, z)`, `out.push(...[a, b])`: every value first, as JavaScript evaluates
      // the arguments before it pushes, then one push each, in order
      const values = pushed.map((x) => numeric(cx, lowerExpr(cx, x), x));
      for (const value of values) b.emit({ kind: 'push', array: arr.v, value, loc: b.loc });
      return;
    }
    if (arr?.kind === 'view' && method === 'fill' && e.arguments.length === 1) {
      // a window's elements, one by one
      fillRange(cx, arr, e.arguments);
      return;
    }
    if (arr?.kind === 'var' && growable && method === 'push' && !pushed) {
      // `out.push(...xs.map(f), y)`: the arguments in order (a spread of any array tsgrad
      // follows, read where it stands: copied first when a later argument may write into it),
      // then each value pushed, a spread's elements in a loop over its length as it was then
      type Part = { value: Atom } | { source: Binding & { kind: 'var' | 'view' }; length: Atom };
      const parts = e.arguments.map((a, k): Part => {
        if (!ts.isSpreadElement(a)) return { value: numeric(cx, lowerExpr(cx, a), a) };
        const named = arrayBinding(cx, a.expression) ?? windowExpr(cx, a.expression);
        const source = named && e.arguments.slice(k + 1).some(hasEffects) ? { kind: 'var' as const, v: copyArray(cx, 'Float64Array', named) } : named ?? arraySource(cx, a.expression);
        if (!source) {
          return b.fail(a, 'TSG1008', `the spread '${a.getText(b.sf)}' is not of an array of numbers tsgrad follows`,
            'bind it to a local first (const w = …; out.push(...w)), or push the values in a loop: for (const v of xs) out.push(v)');
        }
        const length = source.kind === 'view' ? source.length : b.eq('length', [varAtom(source.v)]);
        return { source, length };
      });
      const loc = b.loc;
      for (const p of parts) {
        if ('value' in p) { b.emit({ kind: 'push', array: arr.v, value: p.value, loc }); continue; }
        const { source, length } = p;
        const base = source.kind === 'view' ? source.base : source.v;
        const j = b.generatedVar('j', 'int', false);
        const body = b.block(() => {
          const at = source.kind === 'view' && !(source.offset.kind === 'const' && source.offset.value === 0) ? b.eq('add', [varAtom(j), source.offset]) : varAtom(j);
          b.emit({ kind: 'push', array: arr.v, value: b.eq('load', [varAtom(base), at]), loc });
        }, true);
        b.emit({ kind: 'for', index: j, from: constAtom(0), to: length, step: 1, inclusive: false, body, loc });
      }
      return;
    }
    if (arr && method === 'push') {
      return b.fail(e, 'TSG1008', `'${e.expression.getText(b.sf)}' grows an array that is not a local array of this function: tsgrad differentiates 'push' on an array the function declares (const out: number[] = [])`,
        'build the array locally and return it, or write into a parameter array of the final length: out[k++] = v');
    }
    if (arr && (e.arguments.length === 2 || e.arguments.length === 3) && !e.arguments.some(ts.isSpreadElement)) {
      fillRange(cx, arr, e.arguments);
      return;
    }
    if (arr) return b.fail(e, 'TSG1008', `'fill' takes a value, a start and an end`, `fill part of the array in a loop: for (let i = start; i < end; i++) ${e.expression.expression.getText(b.sf)}[i] = v`);
  }
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'set' &&
      (e.arguments.length === 1 || e.arguments.length === 2) && setElements(cx, e as ts.CallExpression & { expression: ts.PropertyAccessExpression })) return;
  if (ts.isBinaryExpression(e) && compoundPrims.has(e.operatorToken.kind)) {
    const v = assignable(cx, e.left);
    // (`s += (s = y) * 2`: the s read first is the one before the right side runs)
    const mark = b.mark();
    const rhs = numeric(cx, lowerExpr(cx, e.right), e.right);
    b.assign(v, b.eq(compoundPrims.get(e.operatorToken.kind)!, [b.before(mark, varAtom(v)), rhs]));
    return;
  }
  lowerExpr(cx, e);
}

/** The values `push(…)` pushes, in order: its arguments, an array literal spread into them flattened (`...[a, b]`); undefined for another spread. */
function pushedValues(args: readonly ts.Expression[]): ts.Expression[] | undefined {
  const out: ts.Expression[] = [];
  for (const a of args) {
    if (!ts.isSpreadElement(a)) { out.push(a); continue; }
    const inner = skipParens(a.expression);
    if (!ts.isArrayLiteralExpression(inner)) return undefined;
    const flat = pushedValues(inner.elements.filter((x) => !ts.isOmittedExpression(x)));
    if (!flat || inner.elements.some(ts.isOmittedExpression)) return undefined;
    out.push(...flat);
  }
  return out;
}

/** `console.log(…)` (`warn`, `error`, `info`, `debug`) of the global console: the method. */
function consoleMethod(cx: LoweringState, e: ts.CallExpression): string | undefined {
  const callee = skipParens(e.expression);
  if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.expression) || callee.expression.text !== 'console') return undefined;
  const decl = cx.checker.getSymbolAtLocation(callee.expression)?.declarations?.[0];
  if (decl && !decl.getSourceFile().isDeclarationFile) return undefined;
  return ['log', 'warn', 'error', 'info', 'debug'].includes(callee.name.text) ? callee.name.text : undefined;
}

/**
 * `dst.set(src)`, `dst.set(src, offset)` of typed arrays (or windows of them): the elements
 * copied one by one, `dst[offset + j] = src[j]`, as a loop whose reverse moves their adjoints
 * back. Where `src` does not fit, `set` throws a RangeError before copying anything, and so does
 * the loop's guard. A source made in the call (a literal, `Float64Array.of(…)`, a copy) is
 * made first, as a declaration would. A copy within one array (`a.set(a.subarray(1))`, which `set` makes as if
 * through a temporary) is refused. False when `e` is not over arrays tsgrad knows (left to the
 * method's usual message).
 */
function setElements(cx: LoweringState, e: ts.CallExpression & { expression: ts.PropertyAccessExpression }): boolean {
  const { b } = cx;
  const dst = arrayBinding(cx, e.expression.expression) ?? windowExpr(cx, e.expression.expression);
  // (a source made in the call, `a.set(Float64Array.of(x, y), 1)`, `a.set([x, y])`: as if declared first, trial43)
  const made = (arg: ts.Expression): (Binding & { kind: 'var' }) | undefined => { const v = freshArgument(cx, arg); return v && { kind: 'var', v }; };
  const src = dst && (arrayBinding(cx, e.arguments[0]!) ?? windowExpr(cx, e.arguments[0]!) ?? made(e.arguments[0]!));
  if (!dst || !src) return false;
  if (dst.kind === 'var' && isTable(cx, dst.v)) {
    return b.fail(e, 'TSG1008', `'${e.expression.expression.getText(b.sf)}' is a module-level constant table; it cannot be written`, 'copy it into a local array first');
  }
  const dstBase = dst.kind === 'view' ? dst.base : dst.v;
  const srcBase = src.kind === 'view' ? src.base : src.v;
  if (dstBase === srcBase) {
    return b.fail(e, 'TSG1008', `'${e.getText(b.sf)}' copies an array into itself, which 'set' does as if through a copy`, 'copy into a new array first (const t = src.slice()), then set from it');
  }
  // (set reads its offset as a whole number: 1.5 is 1)
  const given = e.arguments[1] ? numeric(cx, lowerExpr(cx, e.arguments[1]), e.arguments[1]) : constAtom(0);
  const offset = atomType(given) === 'int' || given.kind === 'const' && Number.isInteger(given.value) ? given : b.eq('trunc', [given]);
  const length = src.kind === 'view' ? src.length : b.eq('length', [varAtom(src.v)]);
  const room = dst.kind === 'view' ? dst.length : b.eq('length', [varAtom(dst.v)]);
  const loc = b.loc;
  // (set's own check: a negative offset, or src past the end, is a RangeError)
  const end = b.eq('add', [offset, length]);
  const past = b.eq('or', [b.eq('gt', [end, room]), b.eq('lt', [offset, constAtom(0)])]);
  b.emit({ kind: 'if', cond: past, then: b.block(() => b.emit({ kind: 'throw', error: 'RangeError', message: ['offset is out of bounds'], loc })), else: [], loc });
  const j = b.generatedVar('j', 'int', false);
  const body = b.block(() => {
    const from = src.kind === 'view' && !(src.offset.kind === 'const' && src.offset.value === 0) ? b.eq('add', [varAtom(j), src.offset]) : varAtom(j);
    const shift = dst.kind === 'view' && !(dst.offset.kind === 'const' && dst.offset.value === 0) ? b.eq('add', [offset, dst.offset]) : offset;
    const to = shift.kind === 'const' && shift.value === 0 ? varAtom(j) : b.eq('add', [varAtom(j), shift]);
    b.emit({ kind: 'store', array: dstBase, index: to, value: b.eq('load', [varAtom(srcBase), from]), loc });
  }, true);
  b.emit({ kind: 'for', index: j, from: constAtom(0), to: length, step: 1, inclusive: false, body, loc });
  return true;
}

/**
 * `a.fill(v, start, end)` (start 0 and end the length when left out: a window's `w.fill(v)`): the elements from start up to end,
 * each counted from the end when negative (and clamped to the array), as JavaScript does.
 */
function fillRange(cx: LoweringState, arr: Binding & { kind: 'var' | 'view' }, args: readonly ts.Expression[]): void {
  const { b } = cx;
  const [value, start, end] = b.inOrder(args, (a) => numeric(cx, lowerExpr(cx, a), a));
  const length = arr.kind === 'view' ? arr.length : b.eq('length', [varAtom(arr.v)]);
  // (a test known here, `fill(v, 0, 2)`: its branch alone)
  const pick = (test: Atom, yes: () => Atom, no: () => Atom, type: 'int' | 'f64'): Atom =>
    test.kind === 'const' ? (test.value ? yes() : no()) : cx.select(test, yes, no, type);
  // (a relative index: truncated, NaN taken as 0, from the end when negative, within [0, length])
  const position = (a: Atom): Atom => {
    if (a.kind === 'const' && typeof a.value === 'number') a = constAtom(Math.trunc(a.value) || 0);
    if (a.kind === 'const' && a.value === 0) return a;
    const int = atomType(a) === 'int';
    const k = int || a.kind === 'const' ? a : b.eq('trunc', [a]);
    const whole = int ? k : pick(b.eq('ne', [k, k]), () => constAtom(0), () => k, 'f64');
    return pick(b.eq('lt', [whole, constAtom(0)]), () => b.eq('max', [b.eq('add', [length, whole]), constAtom(0)]), () => b.eq('min', [whole, length]), int ? 'int' : 'f64');
  };
  const from = start ? position(start) : constAtom(0);
  const to = end ? position(end) : length;
  const j = b.generatedVar('j', 'int', false);
  const loc = b.loc;
  const base = arr.kind === 'view' ? arr.base : arr.v;
  const body = b.block(() => {
    const at = arr.kind === 'var' || (arr.offset.kind === 'const' && arr.offset.value === 0) ? varAtom(j) : b.eq('add', [varAtom(j), arr.offset]);
    b.emit({ kind: 'store', array: base, index: at, value: value!, loc });
  }, true);
  b.emit({ kind: 'for', index: j, from, to, step: 1, inclusive: false, body, loc });
}
