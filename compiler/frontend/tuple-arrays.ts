/**
 * Local arrays of fixed-length tuples of numbers (`const pts: [number, number][] = []`): one flat
 * array of k numbers per tuple, row-major, as a user flattening it by hand would write. Read and
 * written as `pts.push([a, b])`, `pts[i][j]` (read, `=`, `op=`, `++`), `pts[i] = [a, b]`,
 * `pts.length` (the number of tuples), `for (const q of pts)`, `for (const [a, b] of pts)`, and
 * a tuple taken as a value (`const q = pts[i]`, `const [a, b] = pts[i]`, `prev = pts[i]`), which
 * is a copy of its k numbers: a variable holding one may be read, not written into (the tuple it
 * names is the array's; a write through it would change the array, which the copy does not
 * follow). Every use of such an array is checked where it is declared; what is not among these
 * is refused there, with the use named.
 */
import ts from './typescript.cjs';
import type { Atom, Var } from '../ir/types.js';
import { constAtom, varAtom } from './builder.js';
import type { ExprContext } from './expressions.js';
import { skipParens, valueUnused } from './facts.js';
import { tupleWidth } from './nested-arrays.js';

/** The width of a local tuple array's tuples, by its symbol (those declared so far whose uses were checked). */
const widths = new WeakMap<ts.Symbol, number>();

/** Of a local variable of an array-of-tuples type: its tuples' length, once its uses are checked (else `fail` is called). */
export function localTupleArray(checker: ts.TypeChecker, symbol: ts.Symbol, type: ts.Type, node: ts.Node,
  fail: (at: ts.Node, message: string, hint: string) => never): number | undefined {
  const k = tupleWidth(type, checker);
  if (k === undefined || !ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name)) return undefined;
  const fn = enclosingFunction(node);
  if (!fn) return undefined;
  const name = node.name.text;
  const hint = `tsgrad reads a local array of tuples by ${name}.push([…]), ${name}[i][j], ${name}[i] = […], ${name}.length, for (const [a, b] of ${name}) and const [a, b] = ${name}[i]`;
  const init = node.initializer && skipParens(node.initializer);
  // (`[]`, or tuples written out, `[[0, y0]]`: the flat array of their numbers, as [] and a push of each)
  if (!init || !ts.isArrayLiteralExpression(init) || !init.elements.every((e) => isTupleLiteral(e, k))) {
    fail(node, `'${name}' is an array of ${k}-tuples, which tsgrad makes from [] or a list of ${k}-tuples written out ([[a, b], …]) filled by push, not '${node.initializer?.getText() ?? 'no value'}'`, `declare it empty and push the tuples: const ${name}: ${node.type?.getText() ?? '[number, number][]'} = []; ${name}.push([a, b])`);
  }
  if (ts.isVariableDeclarationList(node.parent) && !(node.parent.flags & ts.NodeFlags.Const) && isReassigned(checker, fn, symbol)) {
    fail(node, `'${name}' is an array of tuples that the function assigns again`, 'declare it const and fill it with push');
  }
  const holders = tupleHolders(checker, fn, symbol);
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n) && n !== node.name && checker.getSymbolAtLocation(n) === symbol) checkUse(n, k, name, hint, fail);
    if (ts.isIdentifier(n) && holders.has(checker.getSymbolAtLocation(n)!) && writesThrough(n)) {
      fail(n.parent, `'${n.text}' holds a tuple of '${name}', which tsgrad copies: writing into it would change '${name}' in JavaScript, and not the copy`, `write into the array itself: ${name}[i][j] = v`);
    }
    ts.forEachChild(n, visit);
  };
  visit(fn.body!);
  widths.set(symbol, k);
  return k;
}

function enclosingFunction(n: ts.Node): ts.FunctionLikeDeclaration | undefined {
  for (let p = n.parent; p; p = p.parent) if (ts.isFunctionLike(p) && (p as ts.FunctionLikeDeclaration).body) return p as ts.FunctionLikeDeclaration;
  return undefined;
}

const isTupleLiteral = (e: ts.Expression, k: number): boolean => {
  const x = skipParens(e);
  return ts.isArrayLiteralExpression(x) && x.elements.length === k && !x.elements.some((el) => ts.isSpreadElement(el) || ts.isOmittedExpression(el));
};

/** `(e)`, `e!`, `e as T`: the same value. */
const wraps = (n: ts.Node): boolean => ts.isParenthesizedExpression(n) || ts.isNonNullExpression(n) || ts.isAsExpression(n) || ts.isSatisfiesExpression(n) || ts.isTypeAssertionExpression(n);

const isAssignment = (n: ts.Node): n is ts.BinaryExpression =>
  ts.isBinaryExpression(n) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment;

function isReassigned(checker: ts.TypeChecker, fn: ts.FunctionLikeDeclaration, symbol: ts.Symbol): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (isAssignment(n) && ts.isIdentifier(skipParens(n.left)) && checker.getSymbolAtLocation(skipParens(n.left)) === symbol) found = true;
    ts.forEachChild(n, visit);
  };
  visit(fn.body!);
  return found;
}

/** Whether the identifier is written through: `q[j] = v`, `q[j] += v`, `q[j]++`. */
function writesThrough(id: ts.Identifier): boolean {
  let e: ts.Node = id;
  while (wraps(e.parent)) e = e.parent;
  const access = e.parent;
  if (!ts.isElementAccessExpression(access) || access.expression !== e) return false;
  const user = access.parent;
  return (isAssignment(user) && skipParens(user.left) === access) ||
    ((ts.isPrefixUnaryExpression(user) || ts.isPostfixUnaryExpression(user)) && (user.operator === ts.SyntaxKind.PlusPlusToken || user.operator === ts.SyntaxKind.MinusMinusToken));
}

/** The variables that hold a tuple of the array (`const q = pts[i]`, `for (const q of pts)`, `prev = q`), found to a fixed point. */
function tupleHolders(checker: ts.TypeChecker, fn: ts.FunctionLikeDeclaration, symbol: ts.Symbol): Set<ts.Symbol> {
  const holders = new Set<ts.Symbol>();
  const holds = (e: ts.Expression | undefined): boolean => {
    if (!e) return false;
    const x = skipParens(e);
    if (ts.isElementAccessExpression(x) && ts.isIdentifier(skipParens(x.expression))) return checker.getSymbolAtLocation(skipParens(x.expression)) === symbol;
    if (ts.isIdentifier(x)) return holders.has(checker.getSymbolAtLocation(x)!);
    if (ts.isConditionalExpression(x)) return holds(x.whenTrue) || holds(x.whenFalse);
    return false;
  };
  for (let size = -1; size !== holders.size;) {
    size = holders.size;
    const visit = (n: ts.Node): void => {
      if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && holds(n.initializer)) holders.add(checker.getSymbolAtLocation(n.name)!);
      if (isAssignment(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(skipParens(n.left)) && holds(n.right)) holders.add(checker.getSymbolAtLocation(skipParens(n.left))!);
      if (ts.isForOfStatement(n) && ts.isVariableDeclarationList(n.initializer) && ts.isIdentifier(skipParens(n.expression)) && checker.getSymbolAtLocation(skipParens(n.expression)) === symbol) {
        const d = n.initializer.declarations[0];
        if (d && ts.isIdentifier(d.name)) holders.add(checker.getSymbolAtLocation(d.name)!);
      }
      ts.forEachChild(n, visit);
    };
    visit(fn.body!);
  }
  return holders;
}

/** A use of the array (the identifier `id`): one of those tsgrad lowers, else refused. */
function checkUse(id: ts.Identifier, k: number, name: string, hint: string, fail: (at: ts.Node, message: string, hint: string) => never): void {
  let e: ts.Node = id;
  while (wraps(e.parent)) e = e.parent;
  const p = e.parent;
  if (ts.isPropertyAccessExpression(p) && p.expression === e) {
    if (p.name.text === 'length' && !(isAssignment(p.parent) && skipParens(p.parent.left) === p)) return;
    if (p.name.text === 'push' && ts.isCallExpression(p.parent) && p.parent.expression === p && valueUnused(p.parent)) {
      const bad = p.parent.arguments.find((a) => !isTupleLiteral(a, k));
      if (!bad) return;
      return fail(bad, `'${name}.push' takes tuples of ${k} numbers written out here ([a, b]), not '${bad.getText()}'`, hint);
    }
    return fail(p, `'${p.getText()}' is not a use of an array of tuples tsgrad reads`, hint);
  }
  if (ts.isElementAccessExpression(p) && p.expression === e) {
    let a: ts.Node = p;
    while (wraps(a.parent)) a = a.parent;
    const user = a.parent;
    if (ts.isElementAccessExpression(user) && user.expression === a) {
      const j = skipParens(user.argumentExpression);
      if (ts.isNumericLiteral(j) && Number(j.text) < k) return;
      return fail(user, `'${user.getText()}' reads a tuple of '${name}' at an index that is not a constant below ${k}`, `index the tuple with a constant: ${name}[i][0] … ${name}[i][${k - 1}]`);
    }
    if (isAssignment(user) && user.left === a) {
      if (user.operatorToken.kind === ts.SyntaxKind.EqualsToken && isTupleLiteral(user.right, k)) return;
      return fail(user, `'${user.getText()}' stores into '${name}' something other than a tuple of ${k} numbers written out`, `store a tuple written out: ${p.getText()} = [${Array.from({ length: k }, (_, j) => `v${j}`).join(', ')}]`);
    }
    // (a tuple taken as a value: a copy, where a variable is declared or assigned with it)
    if (ts.isVariableDeclaration(user) && user.initializer === a) return;
    if (isAssignment(user) && user.operatorToken.kind === ts.SyntaxKind.EqualsToken && user.right === a && ts.isIdentifier(skipParens(user.left))) return;
    // (an argument of a helper: a copy of its k numbers, which the helper may read, not write: lowerCall)
    if (ts.isCallExpression(user) && user.arguments.some((x) => x === a)) return;
    return fail(p, `'${p.getText()}', a tuple of '${name}', is used as a value here: tsgrad reads a tuple of an array of tuples element by element, or copies it into a variable`, `read its numbers (${p.getText()}[0]), or name it first: const [${Array.from({ length: k }, (_, j) => ['a', 'b', 'c'][j] ?? `v${j}`).join(', ')}] = ${p.getText()}`);
  }
  if (ts.isForOfStatement(p) && p.expression === e) return;
  return fail(id, `'${name}', an array of tuples, is used as a value here ('${p.getText()}')`, hint);
}

/**
 * The numbers of the tuples a local array of tuples is declared with (`const p: [number,
 * number][] = [[0, y0]]`: `0, y0`, row-major, as its flat array holds them); undefined for
 * any other initializer.
 */
export function tupleLiteralNumbers(cx: ExprContext, init: ts.Expression): ts.Expression[] | undefined {
  const d = init.parent;
  if (!ts.isVariableDeclaration(d) || !ts.isIdentifier(d.name) || skipParens(d.initializer!) !== init || !ts.isArrayLiteralExpression(init)) return undefined;
  const symbol = cx.checker.getSymbolAtLocation(d.name);
  const k = symbol && widths.get(symbol);
  if (k === undefined || !init.elements.every((e) => isTupleLiteral(e, k))) return undefined;
  return init.elements.flatMap((e) => [...(skipParens(e) as ts.ArrayLiteralExpression).elements]);
}

/** The flat array and tuple width of an expression naming a local array of tuples. */
export function tupleArray(cx: ExprContext, e: ts.Expression): { v: Var; k: number } | undefined {
  const x = skipParens(e);
  if (!ts.isIdentifier(x)) return undefined;
  const symbol = cx.checker.getSymbolAtLocation(x);
  const k = symbol && widths.get(symbol);
  const binding = symbol && cx.scope.get(symbol);
  return k !== undefined && binding?.kind === 'var' ? { v: binding.v, k } : undefined;
}

/** The flat index of element `j` of tuple `i`: k·i + j. */
function flatIndex(cx: ExprContext, k: number, i: Atom, j: number): Atom {
  const row = cx.b.eq('mul', [i, constAtom(k)]);
  return j === 0 ? row : cx.b.eq('add', [row, constAtom(j)]);
}

/** `pts[i][j]` (read or written): the flat array and its index, k·i + j. */
export function tupleElement(cx: ExprContext, e: ts.ElementAccessExpression, lowerIndex: (e: ts.Expression) => Atom): { array: Var; index: Atom } | undefined {
  const inner = skipParens(e.expression);
  if (!ts.isElementAccessExpression(inner)) return undefined;
  const t = tupleArray(cx, inner.expression);
  if (!t) return undefined;
  const j = Number((skipParens(e.argumentExpression) as ts.NumericLiteral).text);
  return { array: t.v, index: flatIndex(cx, t.k, lowerIndex(inner.argumentExpression), j) };
}

/** Whether `e` is a tuple of a local array of tuples (`pts[i]`). */
export function tupleArgument(cx: ExprContext, e: ts.Expression): boolean {
  const x = skipParens(e);
  return ts.isElementAccessExpression(x) && tupleArray(cx, x.expression) !== undefined;
}

/** `pts[i]` as a value: a new array of its k numbers (a copy). */
export function tupleValue(cx: ExprContext, e: ts.ElementAccessExpression, lowerIndex: (e: ts.Expression) => Atom, target?: Var): Atom | undefined {
  const t = tupleArray(cx, e.expression);
  if (!t) return undefined;
  const { b } = cx;
  const i = lowerIndex(e.argumentExpression);
  const copy = target?.type === 'f64[]' ? target : b.newVar('t', 'f64[]', 'temp', false);
  const elements = Array.from({ length: t.k }, (_, j) => b.eq('load', [varAtom(t.v), flatIndex(cx, t.k, i, j)]));
  b.emit({ kind: 'alloc', target: copy, ctor: 'Array', length: constAtom(t.k), elements, loc: b.loc });
  return varAtom(copy);
}

/** `pts.length`: the number of tuples. */
export function tupleCount(cx: ExprContext, e: ts.Expression, target?: Var): Atom | undefined {
  const t = tupleArray(cx, e);
  if (!t) return undefined;
  return cx.b.eq('div', [cx.b.eq('length', [varAtom(t.v)]), constAtom(t.k)], target);
}

/** `pts[i] = [a, b]`: k stores (the values evaluated first, as the literal is). */
export function tupleStore(cx: ExprContext, left: ts.ElementAccessExpression, right: ts.Expression, lower: (e: ts.Expression) => Atom): boolean {
  const t = tupleArray(cx, left.expression);
  if (!t) return false;
  const { b } = cx;
  const i = lower(left.argumentExpression);
  const values = cx.b.inOrder((skipParens(right) as ts.ArrayLiteralExpression).elements, (x) => lower(x));
  values.forEach((value, j) => b.emit({ kind: 'store', array: t.v, index: flatIndex(cx, t.k, i, j), value, loc: b.loc }));
  return true;
}

/** `pts.push([a, b], [c, d])`: every number in order, each pushed. */
export function tuplePush(cx: ExprContext, e: ts.Expression, lower: (e: ts.Expression) => Atom): boolean {
  if (!ts.isCallExpression(e) || !ts.isPropertyAccessExpression(e.expression) || e.expression.name.text !== 'push') return false;
  const t = tupleArray(cx, e.expression.expression);
  if (!t) return false;
  const values = e.arguments.flatMap((a) => (skipParens(a) as ts.ArrayLiteralExpression).elements.map((x) => lower(x)));
  for (const value of values) cx.b.emit({ kind: 'push', array: t.v, value, loc: cx.b.loc });
  return true;
}
