/**
 * A parameter that is an array of rows of numbers (`A: number[][]`, `Float64Array[]`, `readonly
 * number[][]`, `ReadonlyArray<readonly number[]>`; rows of any lengths), read as one flat array
 * of its elements, row after row, and an Int32Array of where each row starts (CSR): two
 * parameters of the trace. `A[i]` is a window of the flat array (as `x.subarray(a, b)` is), so
 * `A[i][j]`, `A[i].length`, a row bound to a name, looped over or passed to a helper all read
 * the flat array; `A.length` is the number of starts less one. The generated module's exported
 * forms take the rows, copy them into the flat array and add its adjoint back (emit/rows.ts).
 * What the copy would not follow is refused: a write into the rows, the array used whole.
 */
import ts from './typescript.cjs';
import type { Atom, Param, Stmt, Var } from '../ir/types.js';
import { constAtom, varAtom } from './builder.js';
import { type Binding, type ExprContext, lowerExpr, numeric } from './expressions.js';
import { classifyType, skipParens } from './facts.js';
import { isNestedNumberArray, tupleWidth } from './nested-arrays.js';
import type { LoweringState } from './statements/state.js';

/** The scope's binding of an array of rows: its flat elements and its row starts. */
export type RowsBinding = { kind: 'rows'; flat: Var; starts: Var; typeText: string };

/** `A: number[][]`: the flat parameter (with the key `A` in grad) and the row starts (no key). */
export function rowsParam(cx: LoweringState, p: ts.ParameterDeclaration & { name: ts.Identifier }, symbol: ts.Symbol, type: ts.Type, typeText: string): Param[] {
  const { b, checker } = cx;
  const name = p.name.text;
  if (cx.assigned.has(symbol) && !cx.exported) {
    return b.fail(p, 'TSG1008', `the array of rows '${name}' may not be rebound: it is the caller's array of rows, which tsgrad passes to '${cx.own}' as it holds it (one flat array of its rows and their starts), the helper inlined`,
      `declare an array of rows of its own in '${cx.own}' (const next: number[][] = …), or write the numbers into '${name}' (${name}[i][j] = …)`);
  }
  if (cx.assigned.has(symbol)) {
    return b.fail(p, 'TSG1008', `the array of rows '${name}' may not be rebound: tsgrad reads it as one flat copy of its rows`, `bind the other array to a name of its own: const rows = …`);
  }
  const flat = b.newVar(name, 'f64[]', 'param', false);
  const starts = b.newVar(`${name}_rows`, 'int[]', 'param', false);
  b.ctors.set(flat, 'Float64Array');
  // (the gradient's rows: number[] where every row is one, else Float64Array, which holds any float row)
  const members = type.isUnion() ? type.types : [type];
  const lists = members.every((m) => {
    const element = checker.getIndexTypeOfType(m, ts.IndexKind.Number);
    return element !== undefined && classifyType(element, checker) === 'number[]';
  });
  cx.scope.set(symbol, { kind: 'rows', flat, starts, typeText });
  return [
    { v: flat, key: name, tsType: 'Float64Array', differentiable: true, typeText: 'Float64Array', rows: { typeText, rowType: lists ? 'number[]' : 'Float64Array', starts } },
    { v: starts, key: starts.name, tsType: 'intArray', differentiable: false, typeText: 'Int32Array', startsOf: name },
  ];
}

/** `e` names a parameter that is an array of rows (of the function being lowered or another). */
export function isRowsParam(e: ts.Expression, checker: ts.TypeChecker): boolean {
  const declaration = ts.isIdentifier(e) ? checker.getSymbolAtLocation(e)?.valueDeclaration : undefined;
  if (!declaration || !ts.isParameter(declaration)) return false;
  const type = checker.getTypeAtLocation(declaration);
  return isNestedNumberArray(type, checker) && tupleWidth(type, checker) === undefined;
}

/** The array of rows `e` names, if it names one. */
export function rowsBinding(cx: ExprContext, e: ts.Expression): RowsBinding | undefined {
  const inner = skipParens(e);
  if (!ts.isIdentifier(inner)) return undefined;
  const symbol = cx.checker.getSymbolAtLocation(inner);
  const binding = symbol && cx.scope.get(symbol);
  return binding?.kind === 'rows' ? binding : undefined;
}

/** `A[i]` of an array of rows: the window of the flat array that holds row i. */
export function rowOf(cx: ExprContext, e: ts.Expression): Binding & { kind: 'view' } | undefined {
  const inner = skipParens(e);
  if (!ts.isElementAccessExpression(inner)) return undefined;
  const rows = rowsBinding(cx, inner.expression);
  if (!rows) return undefined;
  return rowAt(cx, rows, numeric(cx, lowerExpr(cx, inner.argumentExpression), inner.argumentExpression));
}

/** Row `i` of an array of rows, a window of its flat array. */
export function rowAt(cx: ExprContext, rows: RowsBinding, i: ReturnType<typeof lowerExpr>): Binding & { kind: 'view' } {
  const { b } = cx;
  const offset = b.eq('load', [varAtom(rows.starts), i]);
  const end = b.eq('load', [varAtom(rows.starts), b.eq('add', [i, constAtom(1)])]);
  // (a local array of rows rebound later, `P = next`: the row is of the array it holds now, as a window is)
  const base = rows.flat.mutable ? b.eq('copy', [varAtom(rows.flat)], b.newVar(rows.flat.name, 'f64[]', 'local', false)) : varAtom(rows.flat);
  return { kind: 'view', base: (base as Atom & { kind: 'var' }).v, offset, length: b.eq('sub', [end, offset]) };
}

/** `A.length` of an array of rows: its number of rows. */
export function rowCount(cx: ExprContext, rows: RowsBinding): ReturnType<typeof lowerExpr> {
  return cx.b.eq('sub', [cx.b.eq('length', [varAtom(rows.starts)]), constAtom(1)]);
}

/**
 * What to say of `id`, an array of rows used otherwise than by a row (`A[i]`), its length or
 * a loop over it: changed, or used whole, which the flat copy does not follow.
 */
export function rowsFail(cx: ExprContext, id: ts.Identifier): never {
  const { b } = cx;
  const name = id.text;
  let at: ts.Node = id;
  while (ts.isParenthesizedExpression(at.parent)) at = at.parent;
  const parent = at.parent;
  const reads = `read its rows (${name}[i], ${name}[i][j], ${name}[i].length), its length, or loop over it (for (const row of ${name}))`;
  if (ts.isPropertyAccessExpression(parent) && parent.expression === at) {
    const method = parent.name.text;
    const call = ts.isCallExpression(parent.parent) && parent.parent.expression === parent ? parent.parent : undefined;
    const changes = ['push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin'].includes(method);
    return b.fail(call ?? parent, changes ? 'TSG1008' : 'TSG1003',
      `'${(call ?? parent).getText(b.sf)}' ${changes ? 'changes' : 'uses'} the array of rows '${name}' as a whole, which tsgrad reads as one flat copy of its rows`,
      changes ? `build the rows you need in a flat array of your own (const out = new Float64Array(n)), and ${reads}` : reads);
  }
  if (ts.isElementAccessExpression(parent) && parent.expression === at && isAssigned(parent)) {
    return b.fail(parent.parent, 'TSG1008', `'${parent.parent.getText(b.sf)}' replaces a row of the array of rows '${name}', which tsgrad reads as one flat copy of its rows`,
      `copy the numbers into a flat array of your own instead (const out = new Float64Array(n); out.set(row, offset))`);
  }
  // (a row returned, `return rows[rows.length - 1]`: front55's finding, it was 'used whole')
  let row: ts.Node = parent;
  while (ts.isParenthesizedExpression(row.parent) || ts.isAsExpression(row.parent) || ts.isNonNullExpression(row.parent)) row = row.parent;
  if (ts.isElementAccessExpression(parent) && parent.expression === at && ts.isReturnStatement(row.parent)) {
    return b.fail(parent, 'TSG1003', `'${parent.getText(b.sf)}' returns a row of the array of rows '${name}', and a function tsgrad differentiates returns numbers, new arrays or objects of numbers, not a row of its argument`,
      `return the row's index and read the row where it is used (const r = ${name}[i]), or return a copy of it (return ${parent.getText(b.sf)}.slice())`);
  }
  if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) {
    return b.fail(at, 'TSG1003', `the array of rows '${name}' is passed whole to '${parent.expression.getText(b.sf)}', which tsgrad does not follow: it reads an array of rows only in the function that takes it`,
      `pass its rows one at a time (${parent.expression.getText(b.sf)}(${name}[i])), or read it here: ${reads}`);
  }
  return b.fail(at, 'TSG1003', `the array of rows '${name}' is used whole in '${parent.getText(b.sf)}', which tsgrad does not follow: it reads an array of rows as one flat copy of its rows`, reads);
}

/** `e` is the target of an assignment, a compound assignment or an increment. */
function isAssigned(e: ts.Expression): boolean {
  const parent = e.parent;
  if (ts.isBinaryExpression(parent) && parent.left === e) return parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
  return (ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent)) &&
    (parent.operator === ts.SyntaxKind.PlusPlusToken || parent.operator === ts.SyntaxKind.MinusMinusToken);
}

/**
 * A write into an array of rows (`A[i][j] = v`, `row[j] += v` of a row of it, a helper writing
 * into a row), found in the lowered body: refused at the write, since the flat copy is the
 * function's own and the caller's rows would not change (and `f_grad` leaves its arguments as
 * it found them: an out-parameter is a flat array).
 */
export function rowsWritten(cx: LoweringState, params: readonly Param[], body: readonly Stmt[]): void {
  const { b } = cx;
  const flats = new Map(params.filter((p) => p.rows).map((p) => [p.v, p.key] as const));
  if (flats.size === 0) return;
  const visit = (block: readonly Stmt[]): void => {
    for (const s of block) {
      const written = s.kind === 'store' || s.kind === 'fill' || s.kind === 'push' ? [s.array]
        : s.kind === 'call' ? s.writes.map((i) => s.args[i]).flatMap((a) => (a?.kind === 'var' ? [a.v] : [])) : [];
      const key = written.map((v) => flats.get(v)).find((k) => k !== undefined);
      // (the whole array of rows passed to a helper that writes into it: its flat array and its starts after it)
      const whole = s.kind === 'call' && s.writes.some((i) => { const a = s.args[i]; const next = s.args[i + 1]; return a?.kind === 'var' && flats.has(a.v) && next?.kind === 'var' && next.v.kind === 'param' && next.v.type === 'int[]'; });
      if (key !== undefined && whole && s.kind === 'call') {
        return b.fail(cx.fn, 'TSG1008', `'${s.callee.name}' writes into the array of rows '${key}' passed to it ('${s.loc.text}'), which tsgrad reads as one flat copy of its rows, not as an output`,
          `copy the rows into a local array of rows first and pass that (const rows: number[][] = []; for (const r of ${key}) rows.push(Array.from(r)); ${s.callee.name}(rows, …))`,
          b.spanOfLoc(s.loc));
      }
      if (key !== undefined) {
        const what = s.kind === 'call' ? `'${s.callee.name}' writes into a row of the array of rows '${key}' ('${s.loc.text}')` : `'${s.loc.text}' writes into the array of rows '${key}'`;
        return b.fail(cx.fn, 'TSG1008', `${what}, which tsgrad reads as one flat copy of its rows, not as an output`,
          `write the results into a flat array parameter instead (out: Float64Array, out[i * columns + j] = …), or copy the row first (const row = Float64Array.from(${key}[i]))`,
          b.spanOfLoc(s.loc));
      }
      if (s.kind === 'if') { visit(s.then); visit(s.else); }
      if (s.kind === 'for') visit(s.body);
      if (s.kind === 'while') { visit(s.pre); visit(s.body); }
    }
  };
  visit(body);
}
