/**
 * `return`: the value a function returns (a number, a boolean, an array, a property of an object of
 * numbers), and the flags of an early return or of a missing value (`number | undefined`).
 */
import ts from '../typescript.cjs';
import { mutationOfKey } from '../object-mutation.js';
import { type ArrayCtor, type Atom, type Var, isFloatArrayCtor } from '../../ir/types.js';
import { atomType, constAtom, isArrayType, varAtom } from '../builder.js';
import { lowerMaybeNumber, mayBeAbsent } from '../nullable.js';
import { lowerExpr, numberFields, objectArgument, projectCall } from '../expressions.js';
import { nestedObject } from '../nested-objects.js';
import { valueInstance } from '../value-classes.js';
import { classifyType, isNullish, skipParens } from '../facts.js';
import type { Exits, LoweringState } from './state.js';
import { numeric, bool, select } from './conditions.js';
import { boundArray } from './bound-arrays.js';
import { arrayArgument, newArray } from './arrays.js';
import { jumpFlag } from './jumps.js';

/** The end of a function returning `number | undefined` is reached: it returns undefined there. */
export function fallsThrough(cx: LoweringState, flag: Var): void {
  const { b, fn } = cx;
  b.loc = b.locOf(fn.body!, `end of ${cx.name}`);
  const ret = cx.returned?.ret;
  if (!ret) return b.assign(flag, constAtom(true));
  const then = b.block(() => b.assign(flag, constAtom(true)));
  b.emit({ kind: 'if', cond: b.eq('not', [varAtom(ret)]), then, else: [], loc: b.loc });
}

/**
 * What a return statement returns: its value, or of a helper returning an object of numbers,
 * the property this trace computes (`return { ra: …, dec: … }`, or an object read from
 * another such helper).
 */
function projectedValue(cx: LoweringState, e: ts.Expression, field = cx.projection): Atom {
  const { b } = cx;
  if (field === undefined) return lowerExpr(cx, e);
  const inner = skipParens(e);
  // (`return new Vec3(…)`, `return a.sub(b)`: an instance of a value class, value-classes.ts)
  const instance = valueInstance(cx, inner);
  const v = instance?.get(field);
  if (v) return varAtom(v);
  if (ts.isObjectLiteralExpression(inner)) {
    for (const p of inner.properties) {
      if (!ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p)) {
        return b.fail(p, 'TSG1002', `'${cx.own}' returns an object literal with '${p.getText(b.sf)}', which tsgrad cannot split into numbers`,
          'write the object as { name: number, … } with one number per property');
      }
    }
    // (every property is evaluated, in order, as JavaScript does: one may throw)
    let found: Atom | undefined;
    // (of an object inside the object, `{ zc: { re, im }, gamma: cx(g) }`, the path: zc.re,
    // nested-objects.ts; its property's value read at the rest of the path)
    const head = field.split('.')[0]!;
    const rest = field.slice(head.length + 1);
    for (const p of inner.properties) {
      const name = p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined;
      const written = ts.isPropertyAssignment(p) ? p.initializer : (p as ts.ShorthandPropertyAssignment).name;
      const type = cx.checker.getTypeAtLocation(written);
      const inside = type.flags & ts.TypeFlags.NumberLike ? undefined : numberFields(cx.checker, type);
      if (inside && name === head && rest !== '') {
        if (ts.isPropertyAssignment(p)) found = projectedValue(cx, p.initializer, rest);
        else {
          // (`{ pos }`: the object the local `pos` holds)
          const symbol = cx.checker.getShorthandAssignmentValueSymbol(p);
          const binding = symbol && cx.scope.get(symbol);
          const v = binding?.kind === 'object' ? binding.fields.get(rest) : undefined;
          if (v) found = varAtom(v);
        }
        continue;
      }
      if (inside && ts.isPropertyAssignment(p)) {
        objectArgument(cx, p.initializer, inside, cx.own);
        continue;
      }
      if (inside) continue;
      if (ts.isPropertyAssignment(p)) {
        const value = lowerExpr(cx, p.initializer);
        if (name === field) found = value;
        continue;
      }
      // `{ r, theta }`: the variable `r`
      const symbol = cx.checker.getShorthandAssignmentValueSymbol(p);
      const binding = symbol && cx.scope.get(symbol);
      const value = binding?.kind === 'var' ? varAtom(binding.v) : lowerExpr(cx, (p as ts.ShorthandPropertyAssignment).name);
      if (name === field) found = value;
    }
    if (found) return found;
  }
  if (ts.isIdentifier(inner)) {
    const symbol = cx.checker.getSymbolAtLocation(inner);
    const binding = symbol && cx.scope.get(symbol);
    const v = binding?.kind === 'object' ? binding.fields.get(field) : undefined;
    if (v) return varAtom(v);
  }
  if (ts.isCallExpression(inner)) return projectCall(cx, inner, field);
  // (`return m.zc`, `return f(x).pos`: an object inside an object of numbers, nested-objects.ts)
  const part = ts.isPropertyAccessExpression(inner) ? nestedObject(cx, inner, [field]) : undefined;
  if (part) return part[0]!;
  return b.fail(e, 'TSG1002', `'${cx.own}' returns '${e.getText(b.sf)}', which tsgrad cannot read '${field}' of`,
    `return an object literal of numbers: return { ${field}: …, … }`);
}

export function returnStmt(cx: LoweringState, s: ts.ReturnStatement): Exits {
  const { b } = cx;
  // (the trace of a property a helper changes in place, object-mutation.ts: what it returns is
  // evaluated, and the property is what the trace returns, read where the function ends)
  if (mutationOfKey(cx.projection)) {
    if (s.expression) lowerExpr(cx, s.expression);
    if (!cx.returned) return { always: true, flags: new Set() };
    cx.returned.ret ??= jumpFlag(cx, 'ret');
    b.assign(cx.returned.ret, constAtom(true));
    return { always: true, flags: new Set([cx.returned.ret]) };
  }
  if (cx.absent && (!s.expression || isNullish(s.expression))) {
    // `return null` / `return undefined` / `return;`: the result is a constant (no derivative flows), flagged
    const e = s.expression && skipParens(s.expression);
    if (e && (e.kind === ts.SyntaxKind.NullKeyword) !== (cx.absent.value === 'null')) {
      return b.fail(e, 'TSG1009', `'${cx.name}' returns both null and undefined`, `return ${cx.absent.value} here, as its other paths do`);
    }
    b.assign(cx.absent.flag, constAtom(true));
    if (!cx.returned) {
      cx.finalResult = constAtom(NaN);
      return { always: true, flags: new Set() };
    }
    if (cx.returned.result) b.assign(cx.returned.result, constAtom(NaN));
    cx.returned.ret ??= jumpFlag(cx, 'ret');
    b.assign(cx.returned.ret, constAtom(true));
    return { always: true, flags: new Set([cx.returned.ret]) };
  }
  if (cx.absent && s.expression && mayBeAbsent(cx, s.expression)) {
    // `return v`, `return v ? Math.sqrt(v) : v` of a local that may be absent: its flag is the result's
    const r = lowerMaybeNumber(cx, s.expression);
    b.assign(cx.absent.flag, r.absent);
    if (!cx.returned) {
      cx.finalResult = r.value;
      return { always: true, flags: new Set() };
    }
    if (cx.returned.result) b.assign(cx.returned.result, r.value);
    cx.returned.ret ??= jumpFlag(cx, 'ret');
    b.assign(cx.returned.ret, constAtom(true));
    return { always: true, flags: new Set([cx.returned.ret]) };
  }
  if (!s.expression && (cx.returnsNumber || cx.returnsBoolean || cx.returnsArray)) return b.fail(s, 'TSG1009', `a differentiated function must return a ${cx.returnsBoolean ? 'boolean' : cx.returnsArray ? 'array' : 'number'}`, 'return a value on every path');
  if (s.expression && !cx.returnsNumber && !cx.returnsBoolean && !cx.returnsArray) return b.fail(s, 'TSG1009', 'a void function returns no value', 'declare the function\'s return type as number, or drop the value');
  const value = (e: ts.Expression) => returnValue(cx, e);
  if (!cx.returned) {
    if (s.expression) cx.finalResult = value(s.expression);
    return { always: true, flags: new Set() };
  }
  const { result } = cx.returned;
  if (result && s.expression) b.assign(result, value(s.expression));
  cx.returned.ret ??= jumpFlag(cx, 'ret');
  b.assign(cx.returned.ret, constAtom(true));
  return { always: true, flags: new Set([cx.returned.ret]) };
}

/** The value a `return` gives: a number, a boolean (a predicate), or an array (a helper that makes one). */
export function returnValue(cx: LoweringState, e: ts.Expression): Atom {
  if (cx.projection !== undefined) return numeric(cx, projectedValue(cx, e), e);
  if (cx.returnsBoolean) return bool(cx, lowerExpr(cx, e), e);
  if (!cx.returnsArray) return numeric(cx, lowerExpr(cx, e), e);
  const inner = skipParens(e);
  if (ts.isConditionalExpression(inner)) return returnedConditional(cx, inner);
  const made = returnedAllocation(cx, e);
  if (made) return made;
  const a = lowerExpr(cx, e);
  if (!isArrayType(atomType(a))) return cx.b.fail(e, 'TSG1006', 'the result must be an array', 'return an array variable of the function');
  // (a parameter returned is a copy: the caller's array variable then holds an array of its own)
  return boundArray(cx, a, e, undefined, undefined, true);
}

/**
 * `return a < b ? [a, b] : [b, a]` (trial28's minmax), nested conditionals too: each branch is
 * what a `return` of it alone gives, bound to one result variable in an `if`, as
 * `if (a < b) return [a, b]; return [b, a]` binds it; only the branch taken is evaluated.
 */
function returnedConditional(cx: LoweringState, e: ts.ConditionalExpression): Atom {
  const { b } = cx;
  const cond = bool(cx, lowerExpr(cx, e.condition), e.condition);
  if (cond.kind === 'const') return returnValue(cx, cond.value ? e.whenTrue : e.whenFalse);
  // (an array variable is declared with an array: an empty one, until a branch binds the result)
  const r = b.generatedVar('result', 'f64[]', true);
  const returns = classifyType(cx.checker.getReturnTypeOfSignature(cx.checker.getSignatureFromDeclaration(cx.fn)!), cx.checker);
  b.emit({ kind: 'alloc', target: r, ctor: returns === 'number[]' ? 'Array' : 'Float64Array', length: constAtom(0), loc: b.loc });
  return select(cx, cond, () => returnValue(cx, e.whenTrue), () => returnValue(cx, e.whenFalse), 'f64[]', r, false);
}

/**
 * `return new Float64Array([a, b])`, `return [a, b]`, `return new Float64Array(n)`: a new
 * array returned where it is made, as if bound to a local first (`const r = …; return r`).
 */
function returnedAllocation(cx: LoweringState, e: ts.Expression): Atom | undefined {
  const { b } = cx;
  const inner = skipParens(e);
  const literal = (items: readonly ts.Expression[], ctor: ArrayCtor): Atom | undefined => {
    if (items.some((x) => ts.isSpreadElement(x) || ts.isOmittedExpression(x))) return undefined;
    const elements = items.map((x) => numeric(cx, lowerExpr(cx, x), x));
    const target = b.generatedVar('made', 'f64[]', false);
    b.emit({ kind: 'alloc', target, ctor, length: constAtom(elements.length), elements, loc: b.loc });
    return varAtom(target);
  };
  // (`return [...a, x]`, `return a.concat(b, x)`: a concatenation, as a declaration makes it)
  const concat = ts.isCallExpression(inner) && ts.isPropertyAccessExpression(inner.expression) && inner.expression.name.text === 'concat' &&
    classifyType(cx.checker.getTypeAtLocation(inner.expression.expression), cx.checker) === 'number[]';
  if (concat || (ts.isArrayLiteralExpression(inner) && inner.elements.some(ts.isSpreadElement))) {
    const made = newArray(cx, inner, 'made', 'f64[]', false);
    if (made) return varAtom(made);
  }
  if (ts.isArrayLiteralExpression(inner)) return literal(inner.elements, 'Array');
  // `return Float64Array.of(a, b)`, `return Float64Array.from([a, b])` (trial32)
  if (ts.isCallExpression(inner) && ts.isPropertyAccessExpression(inner.expression) && ts.isIdentifier(inner.expression.expression) &&
      isFloatArrayCtor(inner.expression.expression.text) && !cx.scope.has(cx.checker.getSymbolAtLocation(inner.expression.expression)!)) {
    const ctor = inner.expression.expression.text as ArrayCtor;
    const method = inner.expression.name.text;
    const args = inner.arguments;
    if (method === 'of' && !args.some((x) => ts.isSpreadElement(x))) return literal(args, ctor);
    if (method === 'from' && args.length === 1 && ts.isArrayLiteralExpression(skipParens(args[0]!))) return literal((skipParens(args[0]!) as ts.ArrayLiteralExpression).elements, ctor);
    // (`return Float64Array.from(m)`: a copy, as `const c = Float64Array.from(m); return c` makes it)
    if (method === 'from' && args.length === 1) {
      const copy = newArray(cx, inner, 'made', 'f64[]', false);
      if (copy) return varAtom(copy);
    }
  }
  // (`return xs.slice()`: a copy, as a declaration makes it)
  if (ts.isCallExpression(inner) && ts.isPropertyAccessExpression(inner.expression) && inner.expression.name.text === 'slice' &&
      classifyType(cx.checker.getTypeAtLocation(inner.expression.expression), cx.checker) !== 'other') {
    const copy = newArray(cx, inner, 'made', 'f64[]', false);
    if (copy) return varAtom(copy);
  }
  if (!ts.isNewExpression(inner) || !ts.isIdentifier(inner.expression) || !isFloatArrayCtor(inner.expression.text) || inner.arguments?.length !== 1) return undefined;
  const ctor = inner.expression.text;
  const arg = skipParens(inner.arguments[0]!);
  if (ts.isArrayLiteralExpression(arg)) return literal(arg.elements, ctor);
  if (arrayArgument(cx, arg)) return undefined;
  const length = numeric(cx, lowerExpr(cx, arg), arg);
  const target = b.generatedVar('made', 'f64[]', false);
  b.emit({ kind: 'alloc', target, ctor, length, loc: b.loc });
  return varAtom(target);
}
