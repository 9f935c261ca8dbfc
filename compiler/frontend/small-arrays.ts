/**
 * Short local arrays of numbers that are tuples in all but name (trial35: a Leslie projection's
 * state, `let x = [n0[0], n0[1], n0[2]]` rebound each step to `x = [fec[0] * x[0] + …, surv[0] *
 * x[0], surv[1] * x[1]]`): one number local per element (x_0, x_1, x_2), as a user would write
 * three scalars. Taped as numbers, where an array rebound in a loop would put the old array and
 * its adjoint on the tape and allocate an adjoint array at every step. Only when every use of the
 * variable, in the function that declares it (not in a closure), is one of: `x[c]` with a
 * constant c below its length (read, `=`, `op=`, `++`, `--`), `x.length`, and `x = [k values]`
 * as a statement. Anything else (passed on, returned, spread, iterated, aliased) keeps the array.
 */
import ts from './typescript.cjs';
import type { Atom, Var } from '../ir/types.js';
import { constAtom } from './builder.js';
import type { Binding, ExprContext } from './expressions.js';
import { skipParens } from './facts.js';

/** Arrays longer than this stay arrays (the locals would not pay off). */
const maxLength = 8;

/** The symbols of the local arrays bound as numbers, with their lengths. */
const lengths = new WeakMap<ts.Symbol, number>();

const isNumber = (checker: ts.TypeChecker, e: ts.Expression): boolean =>
  (checker.getTypeAtLocation(e).flags & ts.TypeFlags.NumberLike) !== 0;

const literalOf = (e: ts.Expression | undefined, k?: number): ts.ArrayLiteralExpression | undefined => {
  const x = e && skipParens(e);
  if (!x || !ts.isArrayLiteralExpression(x) || x.elements.some((el) => ts.isSpreadElement(el) || ts.isOmittedExpression(el))) return undefined;
  return k === undefined || x.elements.length === k ? x : undefined;
};

const isAssignment = (n: ts.Node): n is ts.BinaryExpression =>
  ts.isBinaryExpression(n) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment;

function enclosingFunction(n: ts.Node): ts.Node | undefined {
  for (let p = n.parent; p; p = p.parent) if (ts.isFunctionLike(p)) return p;
  return undefined;
}

/** Of `let x = [a, b, c]` (a number[] or a tuple of numbers): its length and whether its numbers are ever written, when every use is one tsgrad keeps as numbers. */
export function smallArray(checker: ts.TypeChecker, d: ts.VariableDeclaration & { name: ts.Identifier }): { k: number; written: boolean } | undefined {
  const init = literalOf(d.initializer);
  const k = init?.elements.length ?? 0;
  if (!init || k === 0 || k > maxLength || !init.elements.every((el) => isNumber(checker, el as ts.Expression))) return undefined;
  const list = d.parent;
  if (!ts.isVariableDeclarationList(list) || !(list.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const)) || !ts.isVariableStatement(list.parent)) return undefined;
  const type = checker.getTypeAtLocation(d.name);
  if (!checker.isArrayType(type) && !checker.isTupleType(type)) return undefined;
  const element = checker.getIndexTypeOfType(type, ts.IndexKind.Number);
  if (!element || !(element.flags & ts.TypeFlags.Number)) return undefined;
  const symbol = checker.getSymbolAtLocation(d.name);
  const fn = enclosingFunction(d);
  if (!symbol || !fn) return undefined;
  let ok = true;
  let written = false;
  const use = (id: ts.Identifier): boolean => {
    if (enclosingFunction(id) !== fn) return false;
    const p = id.parent;
    if (ts.isElementAccessExpression(p) && p.expression === id) {
      const j = skipParens(p.argumentExpression);
      if (!ts.isNumericLiteral(j) || !Number.isInteger(Number(j.text)) || Number(j.text) >= k) return false;
      let a: ts.Node = p;
      while (ts.isParenthesizedExpression(a.parent)) a = a.parent;
      const user = a.parent;
      if ((isAssignment(user) && user.left === a) ||
          ((ts.isPrefixUnaryExpression(user) || ts.isPostfixUnaryExpression(user)) && (user.operator === ts.SyntaxKind.PlusPlusToken || user.operator === ts.SyntaxKind.MinusMinusToken))) {
        written = true;
        return true;
      }
      return !ts.isDeleteExpression(user);
    }
    if (ts.isPropertyAccessExpression(p) && p.expression === id) return p.name.text === 'length' && !(isAssignment(p.parent) && p.parent.left === p);
    // (`const [u, v] = x`: plain names, at most k; trial48's tupleLetRebuilt kept the array for it)
    if (ts.isVariableDeclaration(p) && p.initializer === id && ts.isArrayBindingPattern(p.name)) {
      return p.name.elements.length <= k && p.name.elements.every((el) => ts.isOmittedExpression(el) || (ts.isBindingElement(el) && ts.isIdentifier(el.name) && !el.dotDotDotToken && !el.initializer));
    }
    if (isAssignment(p) && p.left === id) {
      written = true;
      return p.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isExpressionStatement(p.parent) && literalOf(p.right, k) !== undefined &&
        literalOf(p.right, k)!.elements.every((el) => isNumber(checker, el as ts.Expression));
    }
    return false;
  };
  const visit = (n: ts.Node): void => {
    if (!ok) return;
    if (ts.isIdentifier(n) && n !== d.name && checker.getSymbolAtLocation(n) === symbol && !use(n)) ok = false;
    ts.forEachChild(n, visit);
  };
  visit(fn);
  return ok ? { k, written } : undefined;
}

/** `let x = [a, b, c]`: one local per number (mutable when written), bound as an object of fields '0' … 'k-1'. */
export function smallArrayDeclaration(cx: ExprContext, d: ts.VariableDeclaration & { name: ts.Identifier }, symbol: ts.Symbol, lower: (e: ts.Expression) => Atom): boolean {
  const found = smallArray(cx.checker, d);
  if (!found) return false;
  const { b } = cx;
  const values = cx.b.inOrder(literalOf(d.initializer)!.elements, (el) => lower(el));
  const fields = new Map<string, Var>();
  values.forEach((value, j) => {
    const v = b.newVar(`${d.name.text}_${j}`, 'f64', 'local', found.written, found.written ? {} : { element: true });
    if (found.written) b.assign(v, value, true);
    else b.eq('copy', [value], v);
    fields.set(String(j), v);
  });
  lengths.set(symbol, found.k);
  cx.scope.set(symbol, { kind: 'object', fields, typeText: 'number[]' } as Binding);
  return true;
}

function bound(cx: ExprContext, e: ts.Expression): (Binding & { kind: 'object' }) | undefined {
  const x = skipParens(e);
  if (!ts.isIdentifier(x)) return undefined;
  const symbol = cx.checker.getSymbolAtLocation(x);
  const binding = symbol && lengths.has(symbol) ? cx.scope.get(symbol) : undefined;
  return binding?.kind === 'object' ? binding : undefined;
}

/** The local of `x[c]`, of a short array bound as numbers. */
export function smallElement(cx: ExprContext, e: ts.ElementAccessExpression): Var | undefined {
  const binding = bound(cx, e.expression);
  return binding?.fields.get(String(Number((skipParens(e.argumentExpression) as ts.NumericLiteral).text)));
}

/** `x.length`, of a short array bound as numbers: its constant length. */
export function smallLength(cx: ExprContext, e: ts.Expression): Atom | undefined {
  const binding = bound(cx, e);
  return binding ? constAtom(binding.fields.size) : undefined;
}

/** `x = [a, b, c]`: every value read first (they may read x), then each local assigned. */
export function smallAssignment(cx: ExprContext, left: ts.Expression, right: ts.Expression, lower: (e: ts.Expression) => Atom): boolean {
  const binding = bound(cx, left);
  if (!binding) return false;
  const { b } = cx;
  const values = cx.b.inOrder(literalOf(right)!.elements, (el) => lower(el));
  const kept = values.map((a) => (a.kind === 'var' && a.v.mutable ? b.eq('copy', [a]) : a));
  kept.forEach((value, j) => b.assign(binding.fields.get(String(j))!, value));
  return true;
}

/** The locals of a short array bound as numbers, in order (`const [u, v] = x` reads them), or undefined. */
export function smallFields(cx: ExprContext, e: ts.Expression): Var[] | undefined {
  const binding = bound(cx, e);
  return binding ? [...Array(binding.fields.size).keys()].map((j) => binding.fields.get(String(j))!) : undefined;
}
