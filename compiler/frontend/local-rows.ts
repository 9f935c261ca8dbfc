/**
 * A local array of rows (`const R: number[][] = [[c, -s], [s, c]]`, `Array.from({ length: r },
 * () => new Array(c).fill(0))`, or `[]` filled by `L.push(new Array(n).fill(0))`), held as a
 * parameter of such a type is (row-arrays.ts): one flat array of its elements, row after row,
 * and an integer array of where each row starts, so that every read a parameter's rows have
 * (`M[i][j]`, `M[i].length`, `M.length`, `for (const row of M)`, a row bound to a name or passed
 * to a helper) is the same code. Row starts rather than one row length: a literal's rows and
 * pushed rows may differ in length, and the reads are the parameters' own. Unlike a parameter's,
 * its elements are the function's to write (`M[i][j] = v`, through a row, or by a helper given a
 * row), and it grows by whole rows pushed. It is passed whole to a helper of the module taking
 * `number[][]` as it is held, its flat array and starts (calls.ts, expressions.ts lowerCall), the
 * helper inlined. What would move a row out of the flat array or put another in (`M[i] = row`,
 * `M = other`, a row stored elsewhere, the array used whole: `M.map`, `M.slice`, returned, passed
 * to a function that takes no array of rows) is refused where the array is declared, naming the use.
 * `let M: number[][];` (or var) assigned once in its block before any read is made at that assignment.
 */
import ts from './typescript.cjs';
import type { Atom, Var } from '../ir/types.js';
import { constAtom, varAtom } from './builder.js';
import { lowerExpr, numeric } from './expressions.js';
import { skipParens, valueUnused } from './facts.js';
import { isNestedNumberArray, nestingDepth, tupleWidth } from './nested-arrays.js';
import type { LoweringState } from './statements/state.js';
import { arraySource } from './statements/arrays.js';
import { functionDeclaration } from './calls.js';

/**
 * A row as written: its numbers (`[a, b, c]`), a length and the number every element holds
 * (`new Array(n).fill(x)`, `new Float64Array(n)`), an array variable (`row`, pushed: checkUses
 * sees no other name holds it), or a copy of an array (`Array.from(r)`, `r.slice()`, `[...r]`).
 */
type RowForm = { elements: readonly ts.Expression[] } | { length: ts.Expression; fill?: ts.Expression } | { named: ts.Identifier } | { copied: ts.Expression };

/**
 * A local of an array-of-rows type (not of tuples: tuple-arrays.ts), or of `any[][]`, the
 * type tsc gives `Array.from({ length: r }, () => new Array(c).fill(0))`.
 */
export function isLocalRows(type: ts.Type, checker: ts.TypeChecker): boolean {
  if (isNestedNumberArray(type, checker)) return tupleWidth(type, checker) === undefined;
  const row = checker.isArrayType(type) ? checker.getTypeArguments(type as ts.TypeReference)[0] : undefined;
  const element = row && checker.isArrayType(row) ? checker.getTypeArguments(row as ts.TypeReference)[0] : undefined;
  return element !== undefined && (element.flags & ts.TypeFlags.Any) !== 0;
}

/** `e` names a local array of rows (of the function being lowered). */
export function isLocalRowsName(e: ts.Expression, checker: ts.TypeChecker): boolean {
  const declaration = ts.isIdentifier(e) ? checker.getSymbolAtLocation(e)?.valueDeclaration : undefined;
  return !!declaration && ts.isVariableDeclaration(declaration) && isLocalRows(checker.getTypeAtLocation(declaration.name), checker);
}

/**
 * `const M: number[][] = …` of a form this file lowers: its flat array and row starts bound
 * in scope, after every use of it was checked; false when `d` declares no array of rows.
 */
export function localRowsDeclaration(cx: LoweringState, d: ts.VariableDeclaration, symbol: ts.Symbol): boolean {
  const { b, checker } = cx;
  if (!ts.isIdentifier(d.name)) return false;
  const type = checker.getTypeAtLocation(d.name);
  const name = d.name.text;
  if (nestingDepth(type, checker) > 2 && !isNestedNumberArray(type, checker) && tupleWidth(type, checker) === undefined) {
    return b.fail(d, 'TSG1003', `'${name}' has type '${checker.typeToString(type)}', arrays nested ${nestingDepth(type, checker)} deep, which tsgrad does not read: it holds a local array of rows of numbers (number[][]) and no deeper`,
      `flatten the outer levels into rows (${name}[k][i] as row k * rows + i of one number[][]), or keep one array of rows per outer element`);
  }
  if (!isLocalRows(type, checker)) return false;
  // (`let M: number[][];` or `var M: number[][];`, then `M = [[a, b], [c, d]];` once: made there, as a const would be)
  if (!d.initializer) {
    const later = assignedOnce(cx, d as ts.VariableDeclaration & { name: ts.Identifier }, symbol);
    if (typeof later === 'string') {
      const keyword = d.parent.flags & ts.NodeFlags.Let ? 'let' : 'var';
      return b.fail(d, 'TSG1008', `'${name}' is an array of rows declared without a value (${keyword} ${d.getText(b.sf)}) and ${later}: tsgrad holds a local array of rows made once, where it is declared or by one assignment in the same block before any read, as const would`,
        `declare it where it is made: const ${name}: ${d.type ? d.type.getText(b.sf) : 'number[][]'} = [[…], […]]; (for a choice of values, make the rows once and write the numbers in each branch: if (c) { ${name}[0][0] = …; } else { ${name}[0][0] = …; })`);
    }
    pending.set(later.assignment, { d: d as ts.VariableDeclaration & { name: ts.Identifier }, symbol });
    return true;
  }
  const init = d.initializer && skipParens(d.initializer);
  const shape = init ? initialRows(init) : undefined;
  // (`const R = rows` of an array of rows in scope: a second name of the same rows)
  const other = init && ts.isIdentifier(init) ? cx.scope.get(checker.getSymbolAtLocation(init)!) : undefined;
  if (!shape && other?.kind === 'rows' && init) {
    return b.fail(d, 'TSG1008', `'${name}' would be a second name of the array of rows '${init.getText(b.sf)}': tsgrad holds an array of rows once, as one flat array of its rows, by the name that makes or takes it`,
      `read and write '${init.getText(b.sf)}' itself (${init.getText(b.sf)}[i][j]), or copy its rows: const ${name}: number[][] = []; for (const r of ${init.getText(b.sf)}) ${name}.push(Array.from(r));`);
  }
  // (`const N: number[][] = give(M)`: an array of rows a helper returns)
  if (!shape && init && ts.isCallExpression(init) && functionDeclaration(checker, checker.getSymbolAtLocation(skipParens(init.expression)))) {
    const callee = init.expression.getText(b.sf);
    return b.fail(d, 'TSG1003', `'${name}' is the array of rows '${callee}' returns: tsgrad passes an array of rows to a helper of this module, which reads and writes it, but takes none back from a call`,
      `declare the rows here and let '${callee}' write into them: const ${name}: number[][] = Array.from({ length: r }, () => new Array(c).fill(0)); ${callee}(…, ${name}); with '${callee}' taking (…, out: number[][]) and returning nothing`);
  }
  if (!shape) {
    return b.fail(d, 'TSG1003', `'${name}' is an array of rows made by '${init?.getText(b.sf).replace(/\s+/g, ' ') ?? 'no value'}', which tsgrad does not read: it holds a local array of rows made from rows written out ([[a, b], [c, d]]), Array.from({ length: r }, () => new Array(c).fill(0)), or [] filled by push`,
      `declare it with one of those forms: const ${name}: number[][] = []; ${name}.push(new Array(n).fill(0))`);
  }
  bindRows(cx, d as ts.VariableDeclaration & { name: ts.Identifier }, symbol, shape, cx.assigned.has(symbol));
  return true;
}

/** The rows `shape` makes, bound to `d`'s name, after every use of it was checked (`made`: the one assignment that makes them, not a rebinding). */
function bindRows(cx: LoweringState, d: ts.VariableDeclaration & { name: ts.Identifier }, symbol: ts.Symbol, shape: Initial, rebound: boolean, made?: ts.BinaryExpression): void {
  const uses = checkUses(cx, d, symbol, made);
  // (one that grows, is rebound or given to another is a number[] of its own and its starts: each holds any other's)
  const rows = allocate(cx, d.name.text, shape, uses.grows || uses.moved || rebound, rebound);
  cx.scope.set(symbol, { kind: 'rows', flat: rows.flat, starts: rows.starts, typeText: cx.checker.typeToString(cx.checker.getTypeAtLocation(d.name)) });
}

/** The assignment that makes a local array of rows declared without a value (`let M: number[][];`), with its declaration. */
const pending = new WeakMap<ts.Node, { d: ts.VariableDeclaration & { name: ts.Identifier }; symbol: ts.Symbol }>();

/**
 * The one assignment `M = rows` that makes the array of rows `d` declares without a value: a
 * statement of the block of the declaration, after it, of a form this file lowers, and the only
 * assignment of M; else what is wrong, said for the message.
 */
function assignedOnce(cx: LoweringState, d: ts.VariableDeclaration & { name: ts.Identifier }, symbol: ts.Symbol): { assignment: ts.BinaryExpression } | string {
  const { checker } = cx;
  const assignments: ts.Expression[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n) && n !== d.name && checker.getSymbolAtLocation(n) === symbol) {
      const e = outer(n);
      if ((isAssignment(e.parent) && e.parent.left === e) || isIncrement(e.parent)) assignments.push(e.parent as ts.Expression);
    }
    ts.forEachChild(n, visit);
  };
  if (cx.fn.body) visit(cx.fn.body);
  const shown = (e: ts.Node): string => `'${e.getText().replace(/\s+/g, ' ')}'`;
  if (assignments.length === 0) return 'never assigned';
  if (assignments.length > 1) return `assigned ${assignments.length} times (${assignments.slice(0, 2).map(shown).join(', ')})`;
  const assignment = assignments[0]!;
  if (!ts.isBinaryExpression(assignment) || assignment.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return `changed by ${shown(assignment)}`;
  const statement = outer(assignment).parent;
  const declared = d.parent.parent;
  const block = declared.parent;
  if (!ts.isExpressionStatement(statement) || statement.parent !== block || !(ts.isBlock(block) || ts.isSourceFile(block))) {
    return `assigned in ${shown(statement)}, not by a statement of the block that declares it`;
  }
  if (block.statements.indexOf(statement) < block.statements.indexOf(declared as ts.Statement)) return `assigned by ${shown(statement)} before its declaration`;
  if (!initialRows(skipParens(assignment.right))) return `assigned ${shown(assignment.right)}, which is not a form of rows tsgrad makes (rows written out, Array.from({ length: r }, () => new Array(c).fill(0)), or [] filled by push)`;
  return { assignment };
}

/** `M = [[a, b], [c, d]]` that makes a local array of rows declared without a value: made here. */
function rowsMade(cx: LoweringState, e: ts.BinaryExpression): boolean {
  const made = pending.get(e);
  if (!made) return false;
  bindRows(cx, made.d, made.symbol, initialRows(skipParens(e.right))!, false, e);
  return true;
}

/** What a local array of rows starts as: rows written out (none for `[]`), or `count` rows of one form. */
type Initial = { rows: readonly RowForm[] } | { count: ts.Expression; row: RowForm };

function initialRows(init: ts.Expression): Initial | undefined {
  if (ts.isArrayLiteralExpression(init)) {
    const rows = init.elements.map(rowForm);
    return rows.every((r) => r !== undefined && !('named' in r)) ? { rows: rows as RowForm[] } : undefined;
  }
  // (`Array.from({ length: r }, () => new Array(c).fill(0))`: the callback's row, made once per row)
  if (!ts.isCallExpression(init) || !isMember(init.expression, 'Array', 'from') || init.arguments.length !== 2) return undefined;
  const [size, make] = init.arguments.map(skipParens) as [ts.Expression, ts.Expression];
  const property = ts.isObjectLiteralExpression(size) && size.properties.length === 1 ? size.properties[0] : undefined;
  const count = property && ts.isPropertyAssignment(property) && property.name.getText() === 'length' ? property.initializer
    : property && ts.isShorthandPropertyAssignment(property) && property.name.text === 'length' ? property.name : undefined;
  if (!count) return undefined;
  if (!(ts.isArrowFunction(make) || ts.isFunctionExpression(make)) || make.parameters.some((p) => !unusedParameter(p, make))) return undefined;
  const body = ts.isBlock(make.body) ? (make.body.statements.length === 1 && ts.isReturnStatement(make.body.statements[0]!) ? make.body.statements[0].expression : undefined) : make.body;
  const row = body && rowForm(body);
  return row && !('named' in row) ? { count, row } : undefined;
}

/** A callback's parameter the body does not read (`_`, or `(_, i)` with i unused). */
function unusedParameter(p: ts.ParameterDeclaration, fn: ts.ArrowFunction | ts.FunctionExpression): boolean {
  if (!ts.isIdentifier(p.name)) return false;
  const name = p.name.text;
  let used = false;
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n) && n.text === name && n !== p.name) used = true;
    ts.forEachChild(n, visit);
  };
  visit(fn.body);
  return !used;
}

const isMember = (e: ts.Expression, object: string, property: string): boolean =>
  ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === object && e.name.text === property;

/** `[a, b, c]`, `new Array(n).fill(x)`, `Array(n).fill(x)`, `new Float64Array(n)`: a row as written, else undefined. */
export function rowForm(e: ts.Expression): RowForm | undefined {
  const x = skipParens(e);
  if (ts.isIdentifier(x)) return { named: x };
  // (a copy of an array's numbers: `Array.from(r)`, `Float64Array.from(r)`, `r.slice()`, `[...r]`)
  if (ts.isCallExpression(x) && x.arguments.length === 1 && (isMember(x.expression, 'Array', 'from') || isMember(x.expression, 'Float64Array', 'from'))) return { copied: x.arguments[0]! };
  if (ts.isCallExpression(x) && x.arguments.length === 0 && ts.isPropertyAccessExpression(x.expression) && x.expression.name.text === 'slice') return { copied: x.expression.expression };
  if (ts.isArrayLiteralExpression(x) && x.elements.length === 1 && ts.isSpreadElement(x.elements[0]!)) return { copied: x.elements[0].expression };
  if (ts.isArrayLiteralExpression(x)) {
    return x.elements.every((el) => !ts.isSpreadElement(el) && !ts.isOmittedExpression(el)) ? { elements: x.elements } : undefined;
  }
  if (ts.isNewExpression(x) && ts.isIdentifier(x.expression) && x.expression.text === 'Float64Array' && x.arguments?.length === 1) {
    const arg = skipParens(x.arguments[0]!);
    if (ts.isArrayLiteralExpression(arg)) return rowForm(arg);
    return { length: arg };
  }
  // (`new Array(n).fill(x)`: a new Array alone has holes, not numbers)
  if (ts.isCallExpression(x) && ts.isPropertyAccessExpression(x.expression) && x.expression.name.text === 'fill' && x.arguments.length === 1) {
    const made = skipParens(x.expression.expression);
    if ((ts.isNewExpression(made) || ts.isCallExpression(made)) && ts.isIdentifier(made.expression) && made.expression.text === 'Array' && made.arguments?.length === 1) {
      return { length: made.arguments[0]!, fill: x.arguments[0]! };
    }
  }
  return undefined;
}

/** The flat array and row starts of the rows `shape` makes (growable when the function pushes rows). */
function allocate(cx: LoweringState, name: string, shape: Initial, grows: boolean, rebound: boolean): { flat: Var; starts: Var } {
  const { b } = cx;
  const flat = b.newVar(name, 'f64[]', 'local', rebound);
  const starts = b.newVar(`${name}_rows`, 'int[]', 'local', rebound);
  const loc = b.loc;
  const number = (e: ts.Expression): Atom => numeric(cx, lowerExpr(cx, e), e);
  if ('count' in shape && 'length' in shape.row) {
    const count = b.eq('trunc', [number(shape.count)]);
    const width = b.eq('trunc', [number(shape.row.length)]);
    // (a typed array starts as zeros; an Array, as holes)
    const fill = shape.row.fill ? number(shape.row.fill) : grows ? constAtom(0) : undefined;
    b.emit({ kind: 'alloc', target: flat, ctor: grows ? 'Array' : 'Float64Array', length: b.eq('mul', [count, width]), ...(fill ? { fill } : {}), loc });
    b.emit({ kind: 'alloc', target: starts, ctor: grows ? 'Array' : 'Int32Array', length: b.eq('add', [count, constAtom(1)]), ...(grows ? { fill: constAtom(0) } : {}), loc });
    // (row k starts at k · width: every row has the callback's length)
    const k = b.generatedVar('k', 'int', false);
    const body = b.block(() => {
      const next = b.eq('add', [varAtom(k), constAtom(1)]);
      b.emit({ kind: 'store', array: starts, index: next, value: b.eq('mul', [next, width]), loc });
    }, true);
    b.emit({ kind: 'for', index: k, from: constAtom(0), to: count, step: 1, inclusive: false, body, loc });
    return { flat, starts };
  }
  if ('count' in shape) {
    // (`Array.from({ length: r }, () => [a, b])`: the row's numbers pushed r times)
    b.emit({ kind: 'alloc', target: flat, ctor: 'Array', length: constAtom(0), elements: [], loc });
    b.emit({ kind: 'alloc', target: starts, ctor: 'Array', length: constAtom(1), elements: [constAtom(0)], loc });
    const count = b.eq('trunc', [number(shape.count)]);
    const k = b.generatedVar('k', 'int', false);
    const body = b.block(() => pushRow(cx, { flat, starts }, shape.row), true);
    b.emit({ kind: 'for', index: k, from: constAtom(0), to: count, step: 1, inclusive: false, body, loc });
    return { flat, starts };
  }
  const literal = shape.rows.every((r) => 'elements' in r);
  if (literal && !grows) {
    // (rows written out: their numbers, in order, and row starts known when compiling)
    const rows = shape.rows as readonly { elements: readonly ts.Expression[] }[];
    const elements = b.inOrder(rows.flatMap((r) => r.elements), number);
    let at = 0;
    const offsets = [0, ...rows.map((r) => (at += r.elements.length))];
    b.emit({ kind: 'alloc', target: flat, ctor: 'Array', length: constAtom(elements.length), elements, loc });
    b.emit({ kind: 'alloc', target: starts, ctor: 'Int32Array', length: constAtom(offsets.length), elements: offsets.map((o) => constAtom(o)), loc });
    return { flat, starts };
  }
  b.emit({ kind: 'alloc', target: flat, ctor: 'Array', length: constAtom(0), elements: [], loc });
  b.emit({ kind: 'alloc', target: starts, ctor: 'Array', length: constAtom(1), elements: [constAtom(0)], loc });
  for (const row of shape.rows) pushRow(cx, { flat, starts }, row);
  return { flat, starts };
}

/** A row appended: its numbers pushed onto the flat array, then where the next row starts. */
function pushRow(cx: LoweringState, rows: { flat: Var; starts: Var }, row: RowForm): void {
  const { b } = cx;
  const loc = b.loc;
  const number = (e: ts.Expression): Atom => numeric(cx, lowerExpr(cx, e), e);
  if ('named' in row || 'copied' in row) {
    // (`L.push(row)` of a new row no other name holds and nothing reads after, or a copy: its numbers, copied)
    const e = 'named' in row ? row.named : row.copied;
    const from = arraySource(cx, e);
    if (!from) return b.fail(e, 'TSG1008', `'${e.getText(b.sf)}' is not an array of numbers tsgrad follows`, 'push a new row (new Array(n).fill(0), [a, b]) and fill it');
    const base = from.kind === 'view' ? from.base : from.v;
    const length = from.kind === 'view' ? from.length : b.eq('length', [varAtom(from.v)]);
    const j = b.generatedVar('j', 'int', false);
    const body = b.block(() => {
      const at = from.kind === 'view' ? b.eq('add', [varAtom(j), from.offset]) : varAtom(j);
      b.emit({ kind: 'push', array: rows.flat, value: b.eq('load', [varAtom(base), at]), loc });
    }, true);
    b.emit({ kind: 'for', index: j, from: constAtom(0), to: length, step: 1, inclusive: false, body, loc });
  } else if ('elements' in row) {
    for (const value of b.inOrder(row.elements, number)) b.emit({ kind: 'push', array: rows.flat, value, loc });
  } else {
    const length = number(row.length);
    const fill = row.fill ? number(row.fill) : constAtom(0);
    const j = b.generatedVar('j', 'int', false);
    const body = b.block(() => b.emit({ kind: 'push', array: rows.flat, value: fill, loc }), true);
    b.emit({ kind: 'for', index: j, from: constAtom(0), to: b.eq('trunc', [length]), step: 1, inclusive: false, body, loc });
  }
  b.emit({ kind: 'push', array: rows.starts, value: b.eq('length', [varAtom(rows.flat)]), loc });
}

/** `M.push(row, …)` of a local array of rows, as a statement: each row appended (checkUses saw their forms). */
export function rowsPush(cx: LoweringState, e: ts.Expression): boolean {
  if (!ts.isCallExpression(e) || !ts.isPropertyAccessExpression(e.expression) || e.expression.name.text !== 'push') return false;
  const target = skipParens(e.expression.expression);
  const symbol = ts.isIdentifier(target) ? cx.checker.getSymbolAtLocation(target) : undefined;
  const binding = symbol && cx.scope.get(symbol);
  if (binding?.kind !== 'rows' || binding.flat.kind === 'param') return false;
  for (const a of e.arguments) pushRow(cx, binding, rowForm(a)!);
  return true;
}

/** `(e)`, `e!`, `e as T`: the same value. */
const wraps = (n: ts.Node): boolean => ts.isParenthesizedExpression(n) || ts.isNonNullExpression(n) || ts.isAsExpression(n) || ts.isSatisfiesExpression(n) || ts.isTypeAssertionExpression(n);

const outer = (n: ts.Node): ts.Node => {
  let e = n;
  while (wraps(e.parent)) e = e.parent;
  return e;
};

const isAssignment = (n: ts.Node): n is ts.BinaryExpression =>
  ts.isBinaryExpression(n) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment;

const isIncrement = (n: ts.Node): boolean => (ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) &&
  (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken);

/** Calls that copy or read a row they are given, not keep it: `Float64Array.from(M[i])`, `Math.max(...M[i])`. */
const readingCallee = (callee: ts.Expression): boolean => ts.isIdentifier(callee) ||
  (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && ['Math', 'Array', 'Float64Array'].includes(callee.expression.text) && callee.name.text !== 'of');

/**
 * Every use of the local array of rows `d` declares is one this file lowers, else refused
 * there; returns whether the function pushes rows onto it, and whether it hands the array to
 * another (`P = M`, M then unused).
 */
function checkUses(cx: LoweringState, d: ts.VariableDeclaration & { name: ts.Identifier }, symbol: ts.Symbol, made?: ts.BinaryExpression): { grows: boolean; moved: boolean } {
  const { b, checker } = cx;
  const name = d.name.text;
  const reads = `tsgrad holds a local array of rows as one flat array of its elements: it reads and writes ${name}[i][j], ${name}[i].length, ${name}.length, a row named (const row = ${name}[i]) or passed to a helper, for (const row of ${name}), and grows by ${name}.push(new Array(n).fill(0)) or ${name}.push([a, b])`;
  let grows = false;
  let moved = false;
  const check = (id: ts.Identifier): void => {
    const e = outer(id);
    const p = e.parent;
    if (p === made) return;
    if (isAssignment(p) && p.left === e) {
      // (`P = next`, next a new array of rows nothing reads after: P holds it from then on)
      const other = skipParens(p.right);
      const problem = p.operatorToken.kind !== ts.SyntaxKind.EqualsToken || !ts.isIdentifier(other) ? 'not an array of rows'
        : !isLocalRows(checker.getTypeAtLocation(other), checker) || !ts.isVariableDeclaration(checker.getSymbolAtLocation(other)?.valueDeclaration ?? p) ? 'not a local array of rows'
        : handedOver(checker, other, p, () => true);
      if (problem === undefined) return;
      return b.fail(p, 'TSG1008', `'${p.getText(b.sf).replace(/\s+/g, ' ')}' assigns the array of rows '${name}' again, and '${p.right.getText(b.sf)}' is ${problem}: tsgrad holds '${name}' as one flat array of its rows, and rebinds it only to a new array of rows declared with const in the block of the assignment and not used after it`,
        `declare the new rows in the loop's body and assign them last (const next: number[][] = [[0, 0], [0, 0]]; …; ${name} = next;), or write the numbers into '${name}' (${name}[i][j] = other[i][j])`);
    }
    if (isAssignment(p) && p.right === e && p.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(skipParens(p.left)) &&
        isLocalRows(checker.getTypeAtLocation(p.left), checker) && handedOver(checker, id, p, () => true) === undefined) {
      moved = true;
      return;
    }
    if (ts.isPropertyAccessExpression(p) && p.expression === e) {
      const method = p.name.text;
      if (method === 'length' && !isAssignment(p.parent)) return;
      const call = ts.isCallExpression(p.parent) && p.parent.expression === p ? p.parent : undefined;
      if (method === 'push' && call && valueUnused(call)) {
        const fresh = (a: ts.Expression): boolean => {
          const row = rowForm(a);
          if (!row || !('named' in row)) return row !== undefined;
          const declared = checker.getSymbolAtLocation(row.named)?.valueDeclaration;
          const made = declared && ts.isVariableDeclaration(declared) && declared.initializer ? rowForm(declared.initializer) : undefined;
          return made !== undefined && !('named' in made) && handedOver(checker, row.named, call, rowRead) === undefined;
        };
        const bad = call.arguments.find((a) => !fresh(a));
        if (!bad) {
          grows = true;
          return;
        }
        // (a row filled by push, `const row: number[] = []; … row.push(v); m.push(row)`: trial46 finding 3)
        const declared = ts.isIdentifier(bad) ? checker.getSymbolAtLocation(bad)?.valueDeclaration : undefined;
        const init = declared && ts.isVariableDeclaration(declared) && declared.initializer ? skipParens(declared.initializer) : undefined;
        if (init && ts.isArrayLiteralExpression(init) && init.elements.length === 0) {
          return b.fail(bad, 'TSG1008', `'${name}.push' is given '${bad.getText(b.sf)}', a row filled by push, and tsgrad pushes into a local array of rows a row whose length is known where it is made`,
            `make the row with its length and write its elements: const ${bad.getText(b.sf)}: number[] = new Array(n).fill(0); ${bad.getText(b.sf)}[j] = …; ${name}.push(${bad.getText(b.sf)})`);
        }
        return b.fail(bad, 'TSG1008', `'${name}.push' is given '${bad.getText(b.sf)}', and tsgrad grows a local array of rows by new rows: one another name holds would be a copy there, which a write through that name would not reach`,
          `push a new row (${name}.push(new Array(n).fill(0)), ${name}.push([a, b])), a copy (${name}.push(Array.from(${bad.getText(b.sf)}))), or a row made in the block of the push and not used after it (const row: number[] = new Array(n).fill(0); row[j] = …; ${name}.push(row))`);
      }
      const what = (call ?? p).getText(b.sf).replace(/\s+/g, ' ');
      return b.fail(call ?? p, 'TSG1003', `'${what}' uses the local array of rows '${name}' as a whole, which tsgrad does not follow`, reads);
    }
    if (ts.isElementAccessExpression(p) && p.expression === e) {
      checkRow(outer(p), p, name, reads, cx);
      return;
    }
    if (ts.isForOfStatement(p) && p.expression === e) return;
    if ((ts.isCallExpression(p) || ts.isNewExpression(p)) && p.arguments?.some((a) => a === e)) {
      // (`solve(A, b)` of a helper of this module taking `A: number[][]`: its flat array and row
      // starts, the helper inlined here; what the helper may not do with them it is refused for itself)
      const taken = ts.isCallExpression(p) ? rowsParameterOf(checker, p, p.arguments.indexOf(e as ts.Expression)) : undefined;
      if (taken) return;
      const callee = p.expression.getText(b.sf);
      return b.fail(e, 'TSG1003', `the local array of rows '${name}' is passed whole to '${callee}', which ${ts.isNewExpression(p) ? 'makes an object of it' : 'is not a function of this module taking an array of rows (number[][]) there'}: tsgrad passes an array of rows whole only to a helper declared in this module with a parameter of type number[][], which it inlines here`,
        `declare the parameter as an array of rows (function ${callee}(rows: number[][], …)) in this module, pass its rows one at a time (${callee}(${name}[i])), or read it here`);
    }
    return b.fail(e, 'TSG1003', `the local array of rows '${name}' is used whole in '${p.getText(b.sf).replace(/\s+/g, ' ')}', which tsgrad does not follow`, reads);
  };
  const fn = cx.fn;
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n) && n !== d.name && checker.getSymbolAtLocation(n) === symbol) check(n);
    ts.forEachChild(n, visit);
  };
  if (fn.body) visit(fn.body);
  return { grows, moved };
}

/**
 * The parameter of the helper `call` reaches, of this module and with a body, that takes the
 * array of rows passed at `index` (`A: number[][]`), if it is one: the call passes the rows whole.
 */
export function rowsParameterOf(checker: ts.TypeChecker, call: ts.CallExpression, index: number): ts.ParameterDeclaration | undefined {
  const found = functionDeclaration(checker, checker.getSymbolAtLocation(skipParens(call.expression)));
  const p = found?.node.parameters[index];
  if (!found || !p || !found.node.body || found.node.getSourceFile() !== call.getSourceFile() || p.dotDotDotToken) return undefined;
  const type = checker.getTypeAtLocation(p);
  return isNestedNumberArray(type, checker) && tupleWidth(type, checker) === undefined ? p : undefined;
}

/** A use of a row variable before it is pushed: read or written into, its length, filled, passed to a helper or looped over. */
function rowRead(u: ts.Identifier): boolean {
  const e = outer(u);
  const p = e.parent;
  if (ts.isElementAccessExpression(p) && p.expression === e) return true;
  if (ts.isPropertyAccessExpression(p) && p.expression === e) return p.name.text === 'length' ? !isAssignment(p.parent) : p.name.text === 'fill';
  if (ts.isCallExpression(p) && p.arguments.some((a) => a === e)) return ts.isIdentifier(p.expression);
  return ts.isForOfStatement(p) && p.expression === e;
}

/**
 * Why the array `id` names may not be handed over to an array of rows at `at` (`L.push(row)`,
 * `P = next`), or undefined when it may: a const declared in the block whose statement `at` is,
 * used before it only as `use` allows, and not after it, so that no other name holds it.
 */
function handedOver(checker: ts.TypeChecker, id: ts.Identifier, at: ts.Expression, use: (u: ts.Identifier) => boolean): string | undefined {
  const symbol = checker.getSymbolAtLocation(id);
  const d = symbol?.valueDeclaration;
  const statement = outer(at).parent;
  if (!d || !ts.isVariableDeclaration(d) || !ts.isVariableDeclarationList(d.parent) || !(d.parent.flags & ts.NodeFlags.Const)) return 'not declared with const';
  const block = statement.parent;
  if (!ts.isExpressionStatement(statement) || !(ts.isBlock(block) || ts.isSourceFile(block)) || d.parent.parent.parent !== block) return 'not declared in the block of the statement that takes it';
  const statements = (block as ts.Block).statements;
  const where = statements.indexOf(statement);
  let problem: string | undefined;
  statements.forEach((s, k) => {
    const visit = (n: ts.Node): void => {
      if (problem === undefined && ts.isIdentifier(n) && n !== d.name && checker.getSymbolAtLocation(n) === symbol) {
        if (k > where) problem = `used after it ('${s.getText().replace(/\s+/g, ' ')}')`;
        else if (k < where && !use(n)) problem = `held by another name before ('${n.parent.getText().replace(/\s+/g, ' ')}')`;
      }
      ts.forEachChild(n, visit);
    };
    if (k !== where) visit(s);
  });
  return problem;
}

/** A use of a row `M[i]` (`row` the access, `at` it with its wrappers): read into, written into, named, looped over, passed on. */
function checkRow(at: ts.Node, row: ts.ElementAccessExpression, name: string, reads: string, cx: LoweringState): void {
  const { b } = cx;
  const user = at.parent;
  if (ts.isElementAccessExpression(user) && user.expression === at) return;
  if (isAssignment(user) && user.left === at) {
    return b.fail(user, 'TSG1008', `'${user.getText(b.sf).replace(/\s+/g, ' ')}' replaces a row of the local array of rows '${name}', which tsgrad holds as one flat array of its rows`,
      `write the row's numbers into it instead (for (let j = 0; j < ${row.getText(b.sf)}.length; j++) ${row.getText(b.sf)}[j] = …)`);
  }
  if (isIncrement(user)) return b.fail(user, 'TSG1008', `'${user.getText(b.sf)}' changes a row of '${name}' as a number`, reads);
  if (ts.isPropertyAccessExpression(user) && user.expression === at) {
    const method = user.name.text;
    if (method === 'length' && !isAssignment(user.parent)) return;
    const call = ts.isCallExpression(user.parent) && user.parent.expression === user ? user.parent : undefined;
    if (['push', 'pop', 'shift', 'unshift', 'splice'].includes(method) || method === 'length') {
      return b.fail(call ?? user, 'TSG1008', `'${(call ?? user).getText(b.sf)}' changes the length of a row of '${name}', and tsgrad holds its rows side by side in one flat array`,
        `give the row its final length where it is made (${name}.push(new Array(n).fill(0)))`);
    }
    return;
  }
  // (`const row = M[i]`: a window of the flat array; `let row = M[i]` rebound later is refused where it is declared, arrays.ts)
  if (ts.isVariableDeclaration(user) && user.initializer === at) return;
  if (ts.isForOfStatement(user) && user.expression === at) return;
  if (ts.isSpreadElement(user)) return;
  if (ts.isCallExpression(user) && user.arguments.some((a) => a === at) && readingCallee(user.expression)) return;
  const copy = `Array.from(${row.getText(b.sf)})`;
  return b.fail(at, 'TSG1008', `'${row.getText(b.sf)}', a row of the local array of rows '${name}', is stored or used as a value in '${user.getText(b.sf).replace(/\s+/g, ' ')}': tsgrad holds the rows in one flat array, and the row would not be an array of its own`,
    ts.isCallExpression(user) ? `pass a copy where an array of its own is kept (${user.expression.getText(b.sf)}(${copy})), or read its numbers here` : `copy it where you need an array of its own (${copy}), or read its numbers here`);
}

/** `P = next` of two local arrays of rows (checkUses saw next is not read after): P holds next's flat array and starts. */
export function rowsAssign(cx: LoweringState, e: ts.Expression): boolean {
  if (!ts.isBinaryExpression(e) || e.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return false;
  if (rowsMade(cx, e)) return true;
  const left = skipParens(e.left);
  const right = skipParens(e.right);
  const binding = (x: ts.Expression) => {
    const symbol = ts.isIdentifier(x) ? cx.checker.getSymbolAtLocation(x) : undefined;
    const found = symbol && cx.scope.get(symbol);
    return found?.kind === 'rows' && found.flat.kind !== 'param' ? found : undefined;
  };
  const target = binding(left);
  const source = target && binding(right);
  if (!target || !source) return false;
  cx.b.assign(target.flat, varAtom(source.flat));
  cx.b.assign(target.starts, varAtom(source.starts));
  return true;
}
