/**
 * The sorts tsgrad differentiates, told from the source (statements/sorting.ts lowers them): a
 * sort of numbers by `(a, b) => a - b` or `(a, b) => b - a`, or a typed array's default sort; and
 * why another is refused.
 */
import ts from './typescript.cjs';
import type { ExprContext } from './expressions.js';
import type { Var } from '../ir/types.js';
import { classifyType, skipParens, typedArrayName } from './facts.js';

/** runtime/sorting.ts's orders: the comparators tsgrad differentiates, and a typed array's default sort. */
const ASCENDING = 1;
const DESCENDING = -1;
const NUMERIC = 0;

/** The two comparators that sort numbers, as a hint names them. */
const comparators = '(a, b) => a - b (ascending) or (a, b) => b - a (descending)';

/**
 * A comparator whose body is one difference, `(a, b) => x - y` (an arrow or a function
 * expression, the body an expression or `{ return x - y; }`), of two plain parameters: their
 * names and the difference; undefined for any other.
 */
function difference(cmp: ts.Expression): { a: string; b: string; d: ts.BinaryExpression } | undefined {
  const f = skipParens(cmp);
  if (!ts.isArrowFunction(f) && !ts.isFunctionExpression(f)) return undefined;
  const names = f.parameters.map((p) => (ts.isIdentifier(p.name) && !p.dotDotDotToken && !p.initializer ? p.name.text : undefined));
  const [a, b] = names;
  if (names.length !== 2 || !a || !b || a === b) return undefined;
  let body: ts.Node = f.body;
  if (ts.isBlock(body)) {
    const only = body.statements.length === 1 ? body.statements[0] : undefined;
    if (!only || !ts.isReturnStatement(only) || !only.expression) return undefined;
    body = only.expression;
  }
  const d = skipParens(body as ts.Expression);
  return ts.isBinaryExpression(d) && d.operatorToken.kind === ts.SyntaxKind.MinusToken ? { a, b, d } : undefined;
}

/**
 * Of a comparator `(a, b) => K[a] - K[b]` (or `K[b] - K[a]`, an arrow with that body or its
 * return): the array K it keys the indices by, and whether it sorts descending; else undefined.
 */
function keyedBy(cmp: ts.Expression): { key: string; descending: boolean } | undefined {
  const diff = difference(cmp);
  if (!diff) return undefined;
  const { a, b, d: e } = diff;
  const indexOf = (x: ts.Expression) => {
    const el = skipParens(x);
    return ts.isElementAccessExpression(el) && ts.isIdentifier(skipParens(el.argumentExpression)) ? { key: el.expression.getText(), index: (skipParens(el.argumentExpression) as ts.Identifier).text } : undefined;
  };
  const l = indexOf(e.left), r = indexOf(e.right);
  if (!l || !r || l.key !== r.key) return undefined;
  if (l.index === a && r.index === b) return { key: l.key, descending: false };
  if (l.index === b && r.index === a) return { key: l.key, descending: true };
  return undefined;
}

/** `e`'s callee, when `e` calls `sort` or `toSorted` on something. */
export function sortCall(e: ts.Expression): (ts.CallExpression & { expression: ts.PropertyAccessExpression }) | undefined {
  const call = skipParens(e);
  if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) return undefined;
  const method = call.expression.name.text;
  return method === 'sort' || method === 'toSorted' ? call as ts.CallExpression & { expression: ts.PropertyAccessExpression } : undefined;
}

/**
 * The order of `(a, b) => a - b` (ASCENDING) or `(a, b) => b - a` (DESCENDING), an arrow or a
 * function expression, its body the difference or a block returning it; undefined for any other.
 */
function comparatorOrder(cmp: ts.Expression): number | undefined {
  const c = comparator(cmp);
  return c && c.key === undefined ? c.order : undefined;
}

/**
 * The order and key of a comparator of tuples, `(p, q) => p[j] - q[j]` (ASCENDING) or
 * `(p, q) => q[j] - p[j]` (DESCENDING), j a number literal; undefined for any other.
 */
export function tupleComparator(cmp: ts.Expression): { order: number; key: number } | undefined {
  const c = comparator(cmp);
  return c && c.key !== undefined ? { order: c.order, key: c.key } : undefined;
}

/** `(a, b) => a - b` or `b - a`, of the parameters themselves or of their elements at one constant index (`key`). */
function comparator(cmp: ts.Expression): { order: number; key?: number } | undefined {
  const diff = difference(cmp);
  if (!diff) return undefined;
  const { a, b, d } = diff;
  let [l, r] = [skipParens(d.left), skipParens(d.right)];
  let key: number | undefined;
  if (ts.isElementAccessExpression(l) && ts.isElementAccessExpression(r)) {
    const [i, j] = [skipParens(l.argumentExpression), skipParens(r.argumentExpression)];
    if (!ts.isNumericLiteral(i) || !ts.isNumericLiteral(j) || i.text !== j.text) return undefined;
    key = Number(i.text);
    [l, r] = [skipParens(l.expression), skipParens(r.expression)];
  }
  if (!ts.isIdentifier(l) || !ts.isIdentifier(r)) return undefined;
  const order = l.text === a && r.text === b ? ASCENDING : l.text === b && r.text === a ? DESCENDING : undefined;
  return order === undefined ? undefined : { order, key };
}

/**
 * The order `call` sorts its array in, or a refusal (TSG1008) naming what is wrong: a `number[]`
 * sorted without a comparator (JavaScript compares the numbers' text), another comparator, an
 * array of something else than numbers. `typed`: the array sorted is a typed array.
 */
export function orderOf(cx: ExprContext, call: ts.CallExpression & { expression: ts.PropertyAccessExpression }, typed: boolean): number {
  const { b } = cx;
  const receiver = call.expression.expression;
  const method = call.expression.name.text;
  const kind = classifyType(cx.checker.getTypeAtLocation(receiver), cx.checker);
  if (kind !== 'Float64Array' && kind !== 'number[]' && kind !== 'intArray') {
    return b.fail(call, 'TSG1008', `'${method}' of '${receiver.getText(b.sf)}', which is not an array of numbers: tsgrad sorts arrays of numbers`,
      'keep the key you sort by in an array of numbers of its own and sort a copy of it, or find what you need in a loop (the least key and its index)');
  }
  const cmp = call.arguments[0];
  if (!cmp || (cmp.kind === ts.SyntaxKind.Identifier && (cmp as ts.Identifier).text === 'undefined')) {
    if (typed) return NUMERIC;
    return b.fail(call, 'TSG1008', `'${call.getText(b.sf)}' sorts the numbers of a number[] as strings: without a comparator, JavaScript compares their text (10 before 9, -1 after -2)`,
      `pass the comparator: ${receiver.getText(b.sf)}.${method}((a, b) => a - b)`);
  }
  const order = call.arguments.length === 1 ? comparatorOrder(cmp) : undefined;
  if (order === undefined) {
    // (an argsort, `order.sort((a, b) => scores[b] - scores[a])`: the comparators above would sort the indices themselves; trial46 finding 5)
    const keyed = keyedBy(cmp);
    if (keyed) {
      return b.fail(call, 'TSG1008', `'${method}' with the comparator '${cmp.getText(b.sf)}' sorts indices by the numbers of '${keyed.key}' (an argsort), which tsgrad does not differentiate`,
        `sort pairs of a number and its index by the number: const pairs: [number, number][] = []; for (let i = 0; i < ${keyed.key}.length; i++) pairs.push([${keyed.key}[i], i]); pairs.sort((p, q) => ${keyed.descending ? 'q[0] - p[0]' : 'p[0] - q[0]'}); then pairs[k][1] is the index of rank k and pairs[k][0] its number`);
    }
    return b.fail(call, 'TSG1008', `'${method}' with the comparator '${cmp.getText(b.sf)}' is not a sort tsgrad differentiates`, `sort with ${comparators}`);
  }
  return order;
}


/**
 * Why the sort `e` (`sort` or `toSorted`) is refused where it stands (TSG1008): the parameter
 * it would reorder, its comparator or its array, else the place: tsgrad follows a sorted copy
 * declared, passed or spread, and a local array sorted as a statement.
 */
export function sortRefusal(cx: ExprContext, e: ts.CallExpression & { expression: ts.PropertyAccessExpression }, param: Var | undefined, statement: boolean): never {
  const { b } = cx;
  const receiver = e.expression.expression;
  const method = e.expression.name.text;
  const args = e.arguments.map((a) => a.getText(b.sf)).join(', ');
  const paramArray = param !== undefined;
  if (param && method === 'sort') {
    const named = receiver.getText(b.sf) === param.name ? `the parameter '${param.name}'` : `'${receiver.getText(b.sf)}', the array of the parameter '${param.name}',`;
    return b.fail(e, 'TSG1008', `'${e.getText(b.sf)}' sorts ${named} in place, which reorders the caller's array`,
      `sort a copy: const sorted = ${receiver.getText(b.sf)}.slice().sort(${args})`);
  }
  orderOf(cx, e, typedArrayName(cx.checker.getTypeAtLocation(receiver)) !== undefined);
  if (statement) {
    return b.fail(e, 'TSG1008', `'${e.getText(b.sf)}' sorts a new array that nothing reads`, `name the sorted copy: const sorted = ${e.getText(b.sf)}`);
  }
  if (method === 'sort' && !paramArray && ts.isIdentifier(skipParens(receiver))) {
    return b.fail(e, 'TSG1008', `'${e.getText(b.sf)}' sorts '${receiver.getText(b.sf)}' in place and gives it back: tsgrad follows a sort of a local array as a statement, or a sorted copy`,
      `sort it as a statement, ${receiver.getText(b.sf)}.sort(${args}); then read ${receiver.getText(b.sf)}, or sort a copy: const sorted = ${receiver.getText(b.sf)}.slice().sort(${args})`);
  }
  return b.fail(e, 'TSG1008', `'${e.getText(b.sf)}' sorts a copy here, and tsgrad follows a sorted copy declared (const s = x.slice().sort(…)), passed to a function or spread`,
    `name the sorted copy first: const sorted = ${e.getText(b.sf)}`);
}
