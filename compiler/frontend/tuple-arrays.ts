/**
 * Local arrays of fixed-length tuples of numbers (`const pts: [number, number][] = []`): one flat
 * array of k numbers per tuple, row-major, as a user flattening it by hand would write. Read and
 * written as `pts.push([a, b])`, `pts[i][j]` (read, `=`, `op=`, `++`), `pts[i] = [a, b]`,
 * `pts.length` (the number of tuples), `for (const q of pts)`, `for (const [a, b] of pts)`, and
 * a tuple taken as a value (`const q = pts[i]`, `const [a, b] = pts[i]`, `prev = pts[i]`), which
 * is a copy of its k numbers: a variable holding one may be read, not written into (the tuple it
 * names is the array's; a write through it would change the array, which the copy does not
 * follow). Every use of such an array is checked where it is declared; what is not among these
 * is refused there, with the use named. A tuple may hold tuples of numbers (`[number, [number,
 * number]][]`): its numbers lie in a row all the same (`[k, [a, b]]` is k, a, b), read by
 * `pts[i][1][0]` and destructured, `for (const [k, [a, b]] of pts)`; such a tuple is not taken as a
 * value (that would be an array holding an array).
 */
import ts from './typescript.cjs';
import type { Atom, Var } from '../ir/types.js';
import { constAtom, varAtom } from './builder.js';
import type { ExprContext } from './expressions.js';
import { skipParens, valueUnused } from './facts.js';
import { type TupleShape, shapeOffset, shapeSize, tupleShape, tupleWidth } from './nested-arrays.js';
import { tupleComparator } from './sort-orders.js';

/** Refuses a use of a local array of tuples: TSG1003 unless said. */
type Fail = (at: ts.Node, message: string, hint: string, code?: 'TSG1008') => never;

/** The shape of a local tuple array's tuples, by its symbol (those declared so far whose uses were checked). */
const shapes = new WeakMap<ts.Symbol, TupleShape>();

/** Of a local variable of an array-of-tuples type: its tuples' length, once its uses are checked (else `fail` is called). */
export function localTupleArray(checker: ts.TypeChecker, symbol: ts.Symbol, type: ts.Type, node: ts.Node,
  fail: Fail): number | undefined {
  const width = tupleWidth(type, checker);
  if (width === undefined || !ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name)) return undefined;
  const fn = enclosingFunction(node);
  if (!fn) return undefined;
  // (a tuple of other things than numbers and tuples of numbers: its elements read as numbers, refused where one is not)
  const shape = tupleShape(type, checker) ?? Array<null>(width).fill(null);
  const k = shapeSize(shape);
  const name = node.name.text;
  const written = tupleText(shape);
  const hint = `tsgrad reads a local array of tuples by ${name}.push(${written}), ${name}[i][j], ${name}[i] = ${written}, ${name}.length, for (const ${written} of ${name})${nested(shape) ? '' : ` and const ${written} = ${name}[i]`}`;
  const init = node.initializer && skipParens(node.initializer);
  const tuples = nested(shape) ? `tuples ${written}` : `${k}-tuples`;
  // (`[]`, or tuples written out, `[[0, y0]]`: the flat array of their numbers, as [] and a push of each)
  if (!init || !ts.isArrayLiteralExpression(init) || !init.elements.every((e) => isTupleLiteral(e, shape))) {
    fail(node, `'${name}' is an array of ${tuples}, which tsgrad makes from [] or a list of ${tuples} written out ([${written}, …]) filled by push, not '${node.initializer?.getText() ?? 'no value'}'`, `declare it empty and push the tuples: const ${name}: ${node.type?.getText() ?? `${tupleTypeText(shape)}[]`} = []; ${name}.push(${written})`);
  }
  if (ts.isVariableDeclarationList(node.parent) && !(node.parent.flags & ts.NodeFlags.Const) && isReassigned(checker, fn, symbol)) {
    fail(node, `'${name}' is an array of tuples that the function assigns again`, 'declare it const and fill it with push');
  }
  const holders = tupleHolders(checker, fn, symbol);
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n) && n !== node.name && checker.getSymbolAtLocation(n) === symbol) checkUse(n, shape, name, hint, fail);
    if (ts.isIdentifier(n) && holders.has(checker.getSymbolAtLocation(n)!) && writesThrough(n)) {
      fail(n.parent, `'${n.text}' holds a tuple of '${name}', which tsgrad copies: writing into it would change '${name}' in JavaScript, and not the copy`, `write into the array itself: ${name}[i][j] = v`);
    }
    ts.forEachChild(n, visit);
  };
  visit(fn.body!);
  shapes.set(symbol, shape);
  return k;
}

function enclosingFunction(n: ts.Node): ts.FunctionLikeDeclaration | undefined {
  for (let p = n.parent; p; p = p.parent) if (ts.isFunctionLike(p) && (p as ts.FunctionLikeDeclaration).body) return p as ts.FunctionLikeDeclaration;
  return undefined;
}

/** A tuple of this shape written out: `[a, b]`, `[k, [a, b]]`. */
const isTupleLiteral = (e: ts.Expression, shape: TupleShape): boolean => {
  const x = skipParens(e);
  return ts.isArrayLiteralExpression(x) && x.elements.length === shape.length &&
    x.elements.every((el, j) => !ts.isSpreadElement(el) && !ts.isOmittedExpression(el) && (shape[j] === null || isTupleLiteral(el, shape[j]!)));
};

/** The numbers of a tuple written out, in their row (`[k, [a, b]]`: k, a, b). */
const literalNumbers = (e: ts.Expression, shape: TupleShape): ts.Expression[] =>
  (skipParens(e) as ts.ArrayLiteralExpression).elements.flatMap((el, j) => (shape[j] ? literalNumbers(el, shape[j]!) : [el]));

const nested = (shape: TupleShape): boolean => shape.some((s) => s !== null);

/** A tuple of this shape written with names, for messages: `[a, b]`, `[a, [b, c]]`. */
export function tupleText(shape: TupleShape): string {
  let next = 0;
  const write = (s: TupleShape): string => `[${s.map((x) => (x ? write(x) : numberName(next++))).join(', ')}]`;
  return write(shape);
}

/** The type of a tuple of this shape, for hints: `[number, number]`, `[number, [number, number]]`. */
function tupleTypeText(shape: TupleShape): string {
  return `[${shape.map((x) => (x ? tupleTypeText(x) : 'number')).join(', ')}]`;
}

const numberName = (j: number): string => ['a', 'b', 'c', 'd', 'e', 'f'][j] ?? `v${j}`;

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
function checkUse(id: ts.Identifier, shape: TupleShape, name: string, hint: string, fail: Fail): void {
  const k = shapeSize(shape);
  const written = tupleText(shape);
  let e: ts.Node = id;
  while (wraps(e.parent)) e = e.parent;
  const p = e.parent;
  if (ts.isPropertyAccessExpression(p) && p.expression === e) {
    if (p.name.text === 'length' && !(isAssignment(p.parent) && skipParens(p.parent.left) === p)) return;
    if (p.name.text === 'push' && ts.isCallExpression(p.parent) && p.parent.expression === p && valueUnused(p.parent)) {
      const bad = p.parent.arguments.find((a) => !isTupleLiteral(a, shape));
      if (!bad) return;
      return fail(bad, `'${name}.push' takes tuples ${nested(shape) ? '' : `of ${k} numbers `}written out here (${written}), not '${bad.getText()}'`, hint);
    }
    // (`pts.sort((p, q) => p[0] - q[0]);`, by one of the tuples' numbers: statements/sorting.ts)
    if (p.name.text === 'sort' && ts.isCallExpression(p.parent) && p.parent.expression === p) {
      const by = p.parent.arguments.length === 1 ? tupleComparator(p.parent.arguments[0]!) : undefined;
      const number = shape.findIndex((x) => x === null);
      const example = `${name}.sort((p, q) => p[${number}] - q[${number}])`;
      if (!valueUnused(p.parent)) return fail(p.parent, `'${p.parent.getText()}' sorts '${name}' in place and gives it back, and tsgrad sorts an array of tuples as a statement`, `sort it as a statement, then read ${name}: ${example};`, 'TSG1008');
      if (by && by.key < shape.length && shape[by.key] === null) return;
      return fail(p.parent, `'${p.parent.getText()}' is not a sort of an array of tuples tsgrad differentiates: tsgrad sorts tuples by one of their numbers, (p, q) => p[j] - q[j] (ascending) or (p, q) => q[j] - p[j] (descending)`, `sort by the number you mean, as in ${example}`, 'TSG1008');
    }
    return fail(p, `'${p.getText()}' is not a use of an array of tuples tsgrad reads`, hint);
  }
  if (ts.isElementAccessExpression(p) && p.expression === e) {
    let a: ts.Node = p;
    while (wraps(a.parent)) a = a.parent;
    const user = a.parent;
    if (ts.isElementAccessExpression(user) && user.expression === a) return checkNumberRead(user, shape, name, fail);
    if (isAssignment(user) && user.left === a) {
      if (user.operatorToken.kind === ts.SyntaxKind.EqualsToken && isTupleLiteral(user.right, shape)) return;
      return fail(user, `'${user.getText()}' stores into '${name}' something other than a tuple ${nested(shape) ? '' : `of ${k} numbers `}written out`, `store a tuple written out: ${p.getText()} = ${nested(shape) ? written : `[${Array.from({ length: k }, (_, j) => `v${j}`).join(', ')}]`}`);
    }
    if (nested(shape)) {
      return fail(p, `'${p.getText()}' is a tuple of '${name}' that holds a tuple (${written}), and tsgrad reads such a tuple number by number, not as a value`, `destructure it where the loop reads it, for (const ${written} of ${name}), or read its numbers: ${name}[i][${shape.findIndex((x) => x !== null)}][0]`);
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

/** `pts[i][j]` (`read` is the access): j a constant below the tuple's length, and a tuple within read on to a number (`pts[i][1][0]`). */
function checkNumberRead(read: ts.ElementAccessExpression, shape: TupleShape, name: string, fail: Fail): void {
  const j = skipParens(read.argumentExpression);
  if (!ts.isNumericLiteral(j) || Number(j.text) >= shape.length) {
    return fail(read, `'${read.getText()}' reads a tuple of '${name}' at an index that is not a constant below ${shape.length}`, `index the tuple with a constant: ${read.expression.getText()}[0] … ${read.expression.getText()}[${shape.length - 1}]`);
  }
  const inner = shape[Number(j.text)];
  if (!inner) return;
  let a: ts.Node = read;
  while (wraps(a.parent)) a = a.parent;
  const user = a.parent;
  if (ts.isElementAccessExpression(user) && user.expression === a) return checkNumberRead(user, inner, name, fail);
  return fail(read, `'${read.getText()}' is a tuple within a tuple of '${name}' (${tupleText(inner)}), which tsgrad reads number by number, not as a value`, `read its numbers: ${read.getText()}[0] … ${read.getText()}[${inner.length - 1}]`);
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
  const shape = symbol && shapes.get(symbol);
  if (!shape || !init.elements.every((e) => isTupleLiteral(e, shape))) return undefined;
  return init.elements.flatMap((e) => literalNumbers(e, shape));
}

/** The flat array, the tuples' width (how many numbers each holds) and shape of an expression naming a local array of tuples. */
export function tupleArray(cx: ExprContext, e: ts.Expression): { v: Var; k: number; shape: TupleShape } | undefined {
  const x = skipParens(e);
  if (!ts.isIdentifier(x)) return undefined;
  const symbol = cx.checker.getSymbolAtLocation(x);
  const shape = symbol && shapes.get(symbol);
  const binding = symbol && cx.scope.get(symbol);
  return shape && binding?.kind === 'var' ? { v: binding.v, k: shapeSize(shape), shape } : undefined;
}

/** The flat index of element `j` of tuple `i`: k·i + j. */
function flatIndex(cx: ExprContext, k: number, i: Atom, j: number): Atom {
  const row = cx.b.eq('mul', [i, constAtom(k)]);
  return j === 0 ? row : cx.b.eq('add', [row, constAtom(j)]);
}

/** `pts[i][j]` or `pts[i][j][m]` (read or written): the flat array and its index, k·i plus where the number lies in the tuple. */
export function tupleElement(cx: ExprContext, e: ts.ElementAccessExpression, lowerIndex: (e: ts.Expression) => Atom): { array: Var; index: Atom } | undefined {
  // (the constant indices below pts[i], outermost last; checkUse saw they are constants that end at a number)
  const path: number[] = [];
  let at: ts.ElementAccessExpression = e;
  for (;;) {
    const inner = skipParens(at.expression);
    if (!ts.isElementAccessExpression(inner)) return undefined;
    const constant = skipParens(at.argumentExpression);
    if (!ts.isNumericLiteral(constant)) return undefined;
    path.unshift(Number(constant.text));
    const t = tupleArray(cx, inner.expression);
    if (t) {
      let offset = 0;
      let shape: TupleShape | null = t.shape;
      for (const j of path) {
        offset += shapeOffset(shape!, j);
        shape = shape![j]!;
      }
      return { array: t.v, index: flatIndex(cx, t.k, lowerIndex(inner.argumentExpression), offset) };
    }
    at = inner;
  }
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
  // (the index first, as it was before the values: they may assign what it reads)
  const i = lower(left.argumentExpression);
  const at = b.mark();
  const values = cx.b.inOrder(literalNumbers(right, t.shape), (x) => lower(x));
  const row = b.before(at, i);
  values.forEach((value, j) => b.emit({ kind: 'store', array: t.v, index: flatIndex(cx, t.k, row, j), value, loc: b.loc }));
  return true;
}

/** `pts.push([a, b], [c, d])`: every number in order, each pushed. */
export function tuplePush(cx: ExprContext, e: ts.Expression, lower: (e: ts.Expression) => Atom): boolean {
  if (!ts.isCallExpression(e) || !ts.isPropertyAccessExpression(e.expression) || e.expression.name.text !== 'push') return false;
  const t = tupleArray(cx, e.expression.expression);
  if (!t) return false;
  const values = e.arguments.flatMap((a) => literalNumbers(a, t.shape).map((x) => lower(x)));
  for (const value of values) cx.b.emit({ kind: 'push', array: t.v, value, loc: cx.b.loc });
  return true;
}
