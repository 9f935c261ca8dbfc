/**
 * `throw` statements, and the messages they (and console calls) carry: text and numbers.
 */
import ts from '../typescript.cjs';
import { type Atom, type ErrorConstructor, errorConstructors } from '../../ir/types.js';
import { atomType, isArrayType } from '../builder.js';
import { lowerExpr } from '../expressions.js';
import { skipParens } from '../facts.js';
import type { Exits, LoweringState } from './state.js';

/**
 * `throw new RangeError(message)` (or another of JavaScript's error constructors, with or
 * without `new`), or `throw message`: the vjp throws the same error at the same point.
 */
export function throwStmt(cx: LoweringState, s: ts.ThrowStatement): Exits {
  const { b } = cx;
  const e = skipParens(s.expression);
  const hint = 'throw new Error(message), RangeError or TypeError, or a string, whose message is text, numbers and template literals';
  let error: ErrorConstructor | undefined;
  let message: (string | Atom)[] | undefined;
  if ((ts.isNewExpression(e) || ts.isCallExpression(e)) && ts.isIdentifier(e.expression)) {
    const ctor = e.expression.text;
    const decl = cx.checker.getSymbolAtLocation(e.expression)?.declarations?.[0];
    if (!(errorConstructors as readonly string[]).includes(ctor) || (decl && !decl.getSourceFile().isDeclarationFile)) {
      return b.fail(e, 'TSG1001', `throwing '${ctor}' is not supported: tsgrad copies a throw into the derivative only for JavaScript's own errors`, hint);
    }
    const args = e.arguments ?? [];
    if (args.length > 1) return b.fail(args[1]!, 'TSG1001', 'an error with options is not supported in a differentiated function', hint);
    error = ctor as ErrorConstructor;
    if (args[0]) message = messageParts(cx, args[0], hint);
  } else if (isString(cx, e)) {
    message = messageParts(cx, e, hint);
  } else {
    return b.fail(e, 'TSG1001', `throwing '${e.getText(b.sf)}' is not supported`, hint);
  }
  b.emit({ kind: 'throw', ...(error ? { error } : {}), ...(message ? { message } : {}), loc: b.loc });
  return { always: true, flags: new Set() };
}

export function isString(cx: LoweringState, e: ts.Expression): boolean {
  return (cx.checker.getTypeAtLocation(e).flags & ts.TypeFlags.StringLike) !== 0;
}

/** An error message: string literals, template literals, and `+` of strings with numbers or `String(x)`. */
export function messageParts(cx: LoweringState, e: ts.Expression, hint: string): (string | Atom)[] {
  const { b } = cx;
  e = skipParens(e);
  const piece = (x: ts.Expression): (string | Atom)[] => {
    if (isString(cx, x)) return messageParts(cx, x, hint);
    const a = lowerExpr(cx, x);
    if (isArrayType(atomType(a))) return b.fail(x, 'TSG1006', 'an array in an error message is not supported', hint);
    return [a];
  };
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return [e.text];
  if (ts.isTemplateExpression(e)) {
    const out: (string | Atom)[] = [e.head.text];
    for (const span of e.templateSpans) out.push(...piece(span.expression), span.literal.text);
    return out.filter((p) => p !== '');
  }
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) return [...piece(e.left), ...piece(e.right)];
  if (ts.isCallExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'String' && e.arguments.length === 1) {
    return piece(e.arguments[0]!);
  }
  if (!isString(cx, e)) return piece(e);
  // a string variable or parameter (`units + " units is invalid"`)
  if (ts.isIdentifier(e) || ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) {
    const a = lowerExpr(cx, e);
    if (atomType(a) === 'str') return [a];
  }
  return b.fail(e, 'TSG1006', `'${e.getText(b.sf)}' is a string operation tsgrad does not support in an error message`, hint);
}
