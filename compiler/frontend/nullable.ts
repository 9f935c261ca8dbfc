/**
 * Numbers that may be absent: a local holding what a function typed `number | undefined` (or
 * `number | null`) returned (`const v = variance(xs)`, `a = dot(x, y)`), tested before it is
 * used. Such a local is a number variable and a flag saying it holds no number, as an optional
 * parameter is (ExprContext.undefinedFlags). Where the flag is set, the number is what
 * arithmetic makes of the missing value: NaN of undefined, 0 of null; so `v * 2`, `v ? … : …`
 * and `v > 0` need no test, and `v === undefined`, `v == null`, `v ?? d` and `typeof v` read
 * the flag. A call's two parts, whether it returns a number and the number, are two calls of
 * the callee's traces for them (facts.ts: absentPart, valuePart), each inlined.
 */
import ts from './typescript.cjs';
import type { Atom, Var } from '../ir/types.js';
import { constAtom, varAtom } from './builder.js';
import { type ExprContext, boolean, hasEffects, lowerCall, lowerExpr, numeric } from './expressions.js';
import { absentPart, classifyType, isNullish, nullableNumber, skipParens, valuePart } from './facts.js';
import { functionDeclaration, writtenParams } from './calls.js';
import { isFoundElement } from './found-elements.js';

/** A number that may be absent: the number (NaN or 0 where it is), and whether it is. */
export interface MaybeNumber {
  readonly value: Atom;
  readonly absent: Atom;
}

/**
 * `xs[i]` of an array of numbers, typed `number` (without noUncheckedIndexedAccess): past the
 * end (or before the start) JavaScript gives undefined whatever the type says, so where the
 * code tests it for that (`xs[i] ?? d`, `v === undefined` of `const v = xs[i]`), it is tested
 * at run time.
 */
export function isElementRead(checker: ts.TypeChecker, e: ts.Expression): e is ts.ElementAccessExpression {
  const inner = skipParens(e);
  if (!ts.isElementAccessExpression(inner)) return false;
  const kind = classifyType(checker.getTypeAtLocation(inner.expression), checker);
  return kind === 'number[]' || kind === 'Float64Array' || kind === 'intArray';
}

/** `e` may give undefined or null: a literal, a local with a flag, or a value typed so. */
export function mayBeAbsent(cx: ExprContext, e: ts.Expression): boolean {
  const inner = skipParens(e);
  if (isNullish(inner) || nullableNumber(cx.checker.getTypeAtLocation(inner))) return true;
  return ts.isIdentifier(inner) && flagOf(cx, inner) !== undefined;
}

function flagOf(cx: ExprContext, e: ts.Identifier): { v: Var; flag: Var } | undefined {
  const symbol = cx.checker.getSymbolAtLocation(e);
  const binding = symbol && cx.scope.get(symbol);
  const flag = binding?.kind === 'var' ? cx.undefinedFlags?.get(binding.v) : undefined;
  return flag && binding?.kind === 'var' ? { v: binding.v, flag } : undefined;
}

/**
 * Flags known for the whole of their scope: a method's optional number parameter left out or
 * passed a number, in a call that does not assign it (value-classes.ts), whose tests are decided.
 */
const knownFlags = new WeakMap<Var, boolean>();

export function knowFlag(flag: Var, value: boolean): void {
  knownFlags.set(flag, value);
}

/** A flag as its tests read it: a constant where it is known (knowFlag). */
export function flagAtom(flag: Var): Atom {
  const known = knownFlags.get(flag);
  return known === undefined ? varAtom(flag) : constAtom(known);
}

/** The number and the flag of an expression that may give undefined or null (or a number). */
export function lowerMaybeNumber(cx: ExprContext, e: ts.Expression): MaybeNumber {
  const { b, checker } = cx;
  const inner = skipParens(e);
  if (isNullish(inner)) return { value: constAtom(inner.kind === ts.SyntaxKind.NullKeyword ? 0 : NaN), absent: constAtom(true) };
  const local = ts.isIdentifier(inner) ? flagOf(cx, inner) : undefined;
  if (local) return { value: varAtom(local.v), absent: flagAtom(local.flag) };
  if (ts.isConditionalExpression(inner)) {
    // `v ? Math.sqrt(v) : v`: each branch lowered where it is chosen
    const cond = boolean(cx, lowerExpr(cx, inner.condition), inner.condition);
    if (cond.kind === 'const') return lowerMaybeNumber(cx, cond.value ? inner.whenTrue : inner.whenFalse);
    const value = b.newVar('t', 'f64', 'temp', true);
    const absent = b.newVar('t', 'bool', 'temp', true);
    const loc = b.loc;
    const branch = (x: ts.Expression) => b.block(() => {
      const r = lowerMaybeNumber(cx, x);
      b.assign(value, r.value, true);
      b.assign(absent, r.absent, true);
    });
    b.emit({ kind: 'if', cond, then: branch(inner.whenTrue), else: branch(inner.whenFalse), loc });
    return { value: varAtom(value), absent: varAtom(absent) };
  }
  if (isFoundElement(inner)) {
    // (`xs.at(i)`, `xs.find(…)`: a number with its flag, found-elements.ts)
    const value = lowerExpr(cx, inner);
    const flag = value.kind === 'var' ? cx.undefinedFlags?.get(value.v) : undefined;
    return { value, absent: flag ? flagAtom(flag) : constAtom(false) };
  }
  const type = checker.getTypeAtLocation(inner);
  if (ts.isCallExpression(inner) && nullableNumber(type)) {
    // (the callee runs twice, once for each part: only a call that does the same both times)
    const callee = functionDeclaration(checker, checker.getSymbolAtLocation(skipParens(inner.expression)));
    if (callee && writtenParams(checker, callee.node, new Set()).length > 0) {
      return b.fail(inner, 'TSG2002', `'${inner.expression.getText(b.sf)}' returns ${checker.typeToString(type)} and writes into an array it is passed: tsgrad reads such a result only of a function without effects`,
        'write the array in one function and compute the result in another');
    }
    if (inner.arguments.some(hasEffects)) {
      return b.fail(inner, 'TSG2002', `an argument of '${inner.expression.getText(b.sf)}' assigns or calls, and tsgrad evaluates the arguments of a call that may return ${nullableNumber(type)} twice`,
        'compute the argument into a const first');
    }
    const absent = lowerCall(cx, inner, undefined, absentPart);
    const value = lowerCall(cx, inner, undefined, valuePart);
    return { value, absent };
  }
  if (classifyType(type, checker) === 'number' && isElementRead(checker, inner)) {
    // (an element past the end is undefined: a number with a flag, as a call's result)
    const value = numeric(cx, lowerExpr(cx, inner), inner);
    return { value, absent: b.eq('not', [b.eq('isnumber', [value])]) };
  }
  if (classifyType(type, checker) === 'number') return { value: numeric(cx, lowerExpr(cx, inner), inner), absent: constAtom(false) };
  return b.fail(inner, 'TSG1003', `'${inner.getText(b.sf)}' has type '${checker.typeToString(type)}', where tsgrad reads a number that may be ${nullableNumber(type) ?? 'undefined'}`,
    'give it a value typed number | undefined (or number | null): a call of such a function, a local holding one, or a number');
}

/**
 * A call of a function of the project or of a package returning `number | undefined` (or `|
 * null`) used in an expression (`f(x) ?? 0`, `f(x) || 1`, `f(x) === undefined`, `f(x) * 2`):
 * its number, with its flag (undefined for any other call).
 */
export function maybeNumberCall(cx: ExprContext, e: ts.CallExpression, target?: Var): Atom | undefined {
  const { checker } = cx;
  const missing = nullableNumber(checker.getTypeAtLocation(e));
  if (!missing || !functionDeclaration(checker, checker.getSymbolAtLocation(skipParens(e.expression)))) return undefined;
  const r = lowerMaybeNumber(cx, e);
  const value = cx.b.eq('copy', [r.value], target);
  if (r.absent.kind === 'const' && !r.absent.value) return value;
  const flag = r.absent.kind === 'var' ? r.absent.v : (cx.b.eq('copy', [r.absent]) as Atom & { kind: 'var' }).v;
  if (value.kind === 'var') {
    // (the maps are the function lowering's own, read-only to expressions)
    (cx.undefinedFlags as Map<Var, Var>).set(value.v, flag);
    if (missing === 'null') (cx.nullValued as Set<Var>).add(value.v);
  }
  return value;
}

/** `v = e` (or `let v = e`) of a local that may hold undefined or null: its number and its flag. */
export function assignMaybeNumber(cx: ExprContext, v: Var, e: ts.Expression, decl = false): void {
  const flag = cx.undefinedFlags?.get(v)!;
  const r = lowerMaybeNumber(cx, e);
  cx.b.assign(v, r.value, decl);
  cx.b.assign(flag, r.absent, decl);
}

/**
 * A local tsgrad reads as a number that may be absent: typed `number | undefined` or `number |
 * null`, or declared without a type (`var a;`) and given numbers and such values. Which of
 * undefined and null it may hold, or undefined for any other local.
 */
export function maybeNumberLocal(cx: ExprContext, symbol: ts.Symbol, decl: ts.VariableDeclaration, fn: ts.Node): 'undefined' | 'null' | undefined {
  const { checker } = cx;
  const type = checker.getTypeAtLocation(decl.name);
  const declared = nullableNumber(type);
  // `const v = xs[i]` typed number, then tested for undefined or null: v may be past the end
  if (!declared && decl.initializer && isElementRead(checker, decl.initializer) && nullishTested(checker, symbol, fn)) return 'undefined';
  if (declared || decl.type || !(type.flags & ts.TypeFlags.Any)) return declared;
  const values: ts.Expression[] = decl.initializer ? [decl.initializer] : [];
  const visit = (n: ts.Node): void => {
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(skipParens(n.left)) &&
        checker.getSymbolAtLocation(skipParens(n.left)) === symbol) values.push(n.right);
    ts.forEachChild(n, visit);
  };
  visit(fn);
  const kinds = new Set<string>();
  for (const value of values) {
    const inner = skipParens(value);
    const t = checker.getTypeAtLocation(inner);
    const kind = isNullish(inner) ? (inner.kind === ts.SyntaxKind.NullKeyword ? 'null' : 'undefined') : nullableNumber(t);
    if (kind) kinds.add(kind);
    else if (classifyType(t, checker) !== 'number') return undefined;
  }
  return kinds.size === 1 ? [...kinds][0] as 'undefined' | 'null' : undefined;
}

/** The local is compared with undefined or null, given a default by `??`, or its type tested, somewhere in `fn`. */
function nullishTested(checker: ts.TypeChecker, symbol: ts.Symbol, fn: ts.Node): boolean {
  const isLocal = (e: ts.Expression) => ts.isIdentifier(skipParens(e)) && checker.getSymbolAtLocation(skipParens(e)) === symbol;
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isBinaryExpression(n)) {
      const op = n.operatorToken.kind;
      if (op === ts.SyntaxKind.QuestionQuestionToken && isLocal(n.left)) found = true;
      const equality = op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken ||
        op === ts.SyntaxKind.ExclamationEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken;
      if (equality && ((isLocal(n.left) && isNullish(n.right)) || (isLocal(n.right) && isNullish(n.left)))) found = true;
    }
    if (ts.isTypeOfExpression(n) && isLocal(n.expression)) found = true;
    ts.forEachChild(n, visit);
  };
  visit(fn);
  return found;
}

/**
 * The variable of an optional number parameter of one call (`scale?: number` of a method or a
 * local helper lowered in place), and its flag saying it is undefined: constants of the call,
 * whose tests fold, where the callee does not assign it (`reassigned` false).
 */
export function optionalNumberVar(cx: ExprContext, name: string, value: Atom, absent: Atom, reassigned: boolean): Var {
  const { b } = cx;
  const v = b.newVar(name, 'f64', 'local', reassigned);
  const flag = b.generatedVar(`${name}_undefined`, 'bool', reassigned);
  if (reassigned) {
    b.assign(v, value, true);
    b.assign(flag, absent, true);
  } else {
    b.eq('copy', [value], v);
    b.eq('copy', [absent], flag);
    if (absent.kind === 'const') knowFlag(flag, absent.value === true);
  }
  (cx.undefinedFlags as Map<Var, Var>).set(v, flag);
  return v;
}
