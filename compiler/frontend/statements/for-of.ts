/**
 * `for (const v of a)`, `for (const [i, v] of a.entries())`, `for (const i of a.keys())` and
 * `for (const v of a.values())`: a loop over `a`'s indices; `for (const j of [i - 1, i + 1])`:
 * a loop over the positions of a list of numbers; `for (const k in W)`: over the keys of a
 * module-level constant object.
 */
import ts from '../typescript.cjs';
import type { Atom, Loc, Stmt, Var } from '../../ir/types.js';
import { atomType, constAtom, varAtom } from '../builder.js';
import { lowerExpr } from '../expressions.js';
import { generatorCalled, moduleObject, resizedArrays, skipParens } from '../facts.js';
import { type Exits, none, type LoopFrame, type LoweringState } from './state.js';
import { arraySource } from './arrays.js';
import { tupleArray, tupleText } from '../tuple-arrays.js';
import { type TupleShape, shapeOffset } from '../nested-arrays.js';
import { lowerList, statementsOf, leavesLoop } from './jumps.js';
import { generalLoop } from './loops.js';
import { type RowsBinding, rowAt, rowCount, rowsBinding } from '../row-arrays.js';
import { type RecordTable, fieldName, recordColumn, recordNames, recordTable } from '../record-tables.js';

/** `for (const v of a) body`: a counted loop over a's indices, reading `v = a[i]` first. */
export function forOf(cx: LoweringState, s: ts.ForOfStatement, label: string | undefined): Exits {
  const { b, checker } = cx;
  b.loc = b.locOf(s, `for (${s.initializer.getText(b.sf)} of ${s.expression.getText(b.sf)})`);
  const loc = b.loc;
  const init = s.initializer;
  const indexed = 'loop over the indices instead: for (let i = 0; i < a.length; i++), reading a[i]';
  if (!ts.isVariableDeclarationList(init)) {
    return b.fail(init, 'TSG1009', "'for … of' must declare its own variable", `write for (const ${init.getText(b.sf)} of …) with a new name`);
  }
  // (`for (const [a, b] of pts)` of a local array of tuples: tuple-arrays.ts)
  const tuples = tupleArray(cx, s.expression);
  if (tuples && init.declarations.length === 1) return forOfTuples(cx, s, label, loc, tuples, init.declarations[0]!.name);
  // (`for (const { gain, pole } of STAGES)` of a module-level table of records: record-tables.ts)
  const records = init.declarations.length === 1 ? recordTable(cx, s.expression) : undefined;
  if (records) return forOfRecords(cx, s, label, loc, records, init.declarations[0]!.name);
  // `for (const [i, v] of a.entries())`, `a.keys()`, `a.values()`: the index, the element, or both
  const pair = iteratorPattern(s);
  if (init.declarations.length !== 1 || (!ts.isIdentifier(init.declarations[0]!.name) && !pair)) {
    return b.fail(init, 'TSG1009', "'for … of' with a destructuring pattern is supported over a local array of tuples ([number, number][]) and as for (const [i, v] of a.entries())", columnsHint(cx, s) ?? indexed);
  }
  if (pair?.index && cx.assigned.has(checker.getSymbolAtLocation(pair.index)!)) {
    return b.fail(pair.index, 'TSG1009', `the index '${pair.index.text}' of 'for … of' over ${pair.method}() may not be assigned`, indexed);
  }
  const whole = !pair && entriesCall(s.expression);
  if (whole) {
    return b.fail(init, 'TSG1009', `'for … of' over '${s.expression.getText(b.sf)}' takes each entry as a pair [index, element], which tsgrad reads only destructured`,
      `name the index and the element: for (const [i, v] of ${s.expression.getText(b.sf)})`);
  }
  // (`x.subarray(a, b)` is evaluated once, before the loop)
  const iterated = pair ? pair.array : s.expression;
  const literal = skipParens(iterated);
  if (!pair && ts.isArrayLiteralExpression(literal)) return forOfLiteral(cx, s, literal, label, indexed);
  // (`for (const row of A)` of an array of rows: each row a window of its flat array)
  const rows = rowsBinding(cx, iterated);
  if (rows) return forOfRows(cx, s, label, loc, rows, pair ?? { value: init.declarations[0]!.name as ts.Identifier });
  // (a new array or a copy, `xs.slice(1)`, `xs.map(…)`, is made once, before the loop, as a local)
  const arr = arraySource(cx, iterated);
  if (!arr) {
    const generator = generatorCalled(checker, iterated);
    if (generator) return b.fail(iterated, 'TSG1009', `'${generator}' is a generator function (function*), which tsgrad does not differentiate: 'for … of' goes over an array of numbers`, `compute the values in the loop itself (the generator's loop with its yield's value used in place), or have a function fill and return an array`);
    return b.fail(iterated, 'TSG1009', `'for … of' over '${s.expression.getText(b.sf)}' is not supported: only over an array of numbers`,
      `name the array (a Float64Array or number[] variable or parameter, or a window x.subarray(a, b)), or ${indexed}`);
  }
  const name = pair ? pair.value : init.declarations[0]!.name as ts.Identifier;
  const symbol = name && checker.getSymbolAtLocation(name)!;
  let base = arr.kind === 'view' ? arr.base : arr.v;
  const to = arr.kind === 'view' ? arr.length : b.eq('length', [varAtom(arr.v)]);
  if (base.mutable) {
    // the loop goes over the array the variable holds when it starts, whatever the body rebinds
    const items = b.generatedVar('items', 'f64[]', false);
    b.eq('copy', [varAtom(base)], items);
    base = items;
  }
  // a loop that a jump may leave early is a general loop over the indices; so is one over an
  // array its body pushes onto, which visits the elements pushed too (the length is read at every step)
  const iteratedSymbol = ts.isIdentifier(skipParens(iterated)) ? checker.getSymbolAtLocation(skipParens(iterated)) : undefined;
  const grows = arr.kind !== 'view' && iteratedSymbol !== undefined && resizedArrays(s.statement, checker).has(iteratedSymbol);
  const jumps = leavesLoop(s.statement, label) || grows;
  const index = b.generatedVar('i', 'int', jumps);
  const element = () => {
    if (pair?.index) {
      const indexSymbol = checker.getSymbolAtLocation(pair.index)!;
      const hoisted = cx.varPlans.get(indexSymbol) === 'hoisted' ? cx.scope.get(indexSymbol) : undefined;
      // (`for (var i of a.keys())` with i read after the loop: the function's i takes each index)
      if (hoisted?.kind === 'var') b.assign(hoisted.v, varAtom(index));
      else {
        const i = b.newVar(pair.index.text, 'int', 'local', false);
        b.eq('copy', [varAtom(index)], i);
        cx.scope.set(indexSymbol, { kind: 'var', v: i });
      }
    }
    if (!name || !symbol) return;
    const at = arr.kind === 'view' && !(arr.offset.kind === 'const' && arr.offset.value === 0) ? b.eq('add', [varAtom(index), arr.offset]) : varAtom(index);
    const hoisted = cx.varPlans.get(symbol) === 'hoisted' ? cx.scope.get(symbol) : undefined;
    if (hoisted?.kind === 'var') {
      // `for (var v of a)` with v read after the loop: the function's v takes each element
      b.assign(hoisted.v, b.eq('load', [varAtom(base), at]));
      return;
    }
    const mutable = cx.assigned.has(symbol);
    const v = b.newVar(name.text, 'f64', 'local', mutable);
    if (mutable) b.assign(v, b.eq('load', [varAtom(base), at]), true);
    else b.eq('load', [varAtom(base), at], v);
    cx.scope.set(symbol, { kind: 'var', v });
  };
  return loopOverIndices(cx, s, label, loc, { index, to: () => (grows ? b.eq('length', [varAtom(base)]) : to), element, jumps });
}

/**
 * `for (const { gain, pole } of T)`, `for (const s of T)` over a module-level table of records:
 * a loop over its record indices, each field named (or each of s's) read from its column.
 */
function forOfRecords(cx: LoweringState, s: ts.ForOfStatement, label: string | undefined, loc: Loc, t: RecordTable, name: ts.BindingName): Exits {
  const { b, checker } = cx;
  const names = recordNames(cx, t, name);
  const declared = ts.isIdentifier(name) ? [name] : (names ?? []).map((n) => n.name);
  for (const n of declared) {
    const symbol = checker.getSymbolAtLocation(n)!;
    if (cx.varPlans.get(symbol) === 'hoisted') return b.fail(n, 'TSG1009', `'${n.text}' of 'for … of' over '${t.name}' is declared with var and read after the loop`, 'declare it with const, and keep what you need after the loop in a variable of its own');
    if (ts.isIdentifier(name) && cx.assigned.has(symbol)) return b.fail(n, 'TSG1009', `'${n.text}' takes each record of '${t.name}' and may not be assigned`, `name its fields instead: for (const { ${t.keys.join(', ')} } of ${t.name})`);
  }
  const jumps = leavesLoop(s.statement, label);
  const index = b.generatedVar('i', 'int', jumps);
  const element = () => {
    if (names) {
      for (const { key, name: n } of names) {
        const symbol = checker.getSymbolAtLocation(n)!;
        const mutable = cx.assigned.has(symbol);
        const v = b.newVar(n.text, 'f64', 'local', mutable);
        const column = varAtom(recordColumn(cx, t, key));
        if (mutable) b.assign(v, b.eq('load', [column, varAtom(index)]), true);
        else b.eq('load', [column, varAtom(index)], v);
        cx.scope.set(symbol, { kind: 'var', v });
      }
      return;
    }
    // (s: an object of its fields, each read from its column; those the body does not read are dropped)
    const fields = new Map<string, Var>();
    for (const key of t.keys) {
      const v = b.newVar(`${(name as ts.Identifier).text}_${fieldName(key)}`, 'f64', 'local', false);
      b.eq('load', [varAtom(recordColumn(cx, t, key)), varAtom(index)], v);
      fields.set(key, v);
    }
    cx.scope.set(checker.getSymbolAtLocation(name as ts.Identifier)!, { kind: 'object', fields, typeText: `{ ${t.keys.map((k) => `${k}: number`).join('; ')} }` });
  };
  return loopOverIndices(cx, s, label, loc, { index, to: () => constAtom(t.rows), element, jumps });
}

/**
 * `for (const row of A)`, `for (const [i, row] of A.entries())` of an array of rows
 * (row-arrays.ts): a loop over the row indices, `row` the window of the flat array that holds
 * row i. The row may not be rebound (it names the caller's row, which the copy does not follow).
 */
function forOfRows(cx: LoweringState, s: ts.ForOfStatement, label: string | undefined, loc: Loc, rows: RowsBinding, pair: { index?: ts.Identifier; value?: ts.Identifier }): Exits {
  const { b, checker } = cx;
  const row = pair.value && checker.getSymbolAtLocation(pair.value);
  if (pair.value && row && (cx.assigned.has(row) || cx.varPlans.get(row) === 'hoisted')) {
    return b.fail(pair.value, 'TSG1008', `the row '${pair.value.text}' of the array of rows '${s.expression.getText(b.sf)}' may not be rebound: it names one of the caller's rows`,
      `declare it with const, and copy what you change into an array of your own (const ${pair.value.text}2 = Float64Array.from(${pair.value.text}))`);
  }
  const indexSymbol = pair.index && checker.getSymbolAtLocation(pair.index);
  if (pair.index && indexSymbol && cx.varPlans.get(indexSymbol) === 'hoisted') {
    return b.fail(pair.index, 'TSG1009', `the index '${pair.index.text}' of 'for … of' over an array of rows is declared with var and read after the loop`, 'declare it with const, and keep what you need after the loop in a variable of its own');
  }
  const jumps = leavesLoop(s.statement, label);
  const index = b.generatedVar('i', 'int', jumps);
  const element = () => {
    if (pair.index && indexSymbol) {
      const i = b.newVar(pair.index.text, 'int', 'local', false);
      b.eq('copy', [varAtom(index)], i);
      cx.scope.set(indexSymbol, { kind: 'var', v: i });
    }
    if (row) cx.scope.set(row, rowAt(cx, rows, varAtom(index)));
  };
  return loopOverIndices(cx, s, label, loc, { index, to: () => rowCount(cx, rows), element, jumps });
}

/**
 * `for (const j of [i - 1, i + 1])`: the elements are evaluated once, in order, before the loop
 * (as JavaScript builds the array), and the loop runs over their positions, `j` taking the k-th
 * at the k-th step (a chain of tests of k; a short loop of known length, which the sweeps unroll).
 */
function forOfLiteral(cx: LoweringState, s: ts.ForOfStatement, literal: ts.ArrayLiteralExpression, label: string | undefined, indexed: string): Exits {
  const { b } = cx;
  const loc = b.loc;
  const values: Atom[] = [];
  for (const e of literal.elements) {
    if (ts.isSpreadElement(e) || ts.isOmittedExpression(e)) {
      return b.fail(e, 'TSG1009', `'for … of' over an array literal with ${ts.isSpreadElement(e) ? 'a spread' : 'a hole'} is not supported: only over a list of numbers`, `list the numbers, or ${indexed}`);
    }
    const value = lowerExpr(cx, e);
    const type = atomType(value);
    if (type !== 'f64' && type !== 'int') {
      return b.fail(e, 'TSG1009', `'for … of' over an array literal whose element '${e.getText(b.sf)}' is not a number is not supported`, `loop over a list of numbers, or ${indexed}`);
    }
    // (the array holds the value the element has now, whatever the body assigns later)
    values.push(value.kind === 'var' && value.v.mutable ? b.eq('copy', [value]) : value);
  }
  b.loc = loc;
  return listLoop(cx, s, label, loc, values, values.every((v) => atomType(v) === 'int') ? 'int' : 'f64');
}

/**
 * `for (const k in T)` over a module-level constant object (`const W = { a: 0.5, b: 1.5 }`, read
 * `W[k]` by the string): a loop over its keys, in the order `for … in` visits them (integer keys
 * ascending, then the others as written), as `for … of` over the list of them would be.
 */
export function forIn(cx: LoweringState, s: ts.ForInStatement, label: string | undefined): Exits {
  const { b, checker } = cx;
  const object = skipParens(s.expression);
  const table = ts.isIdentifier(object) || ts.isPropertyAccessExpression(object) ? moduleObject(object, checker) : undefined;
  const list = s.initializer;
  const named = ts.isVariableDeclarationList(list) && list.declarations.length === 1 && ts.isIdentifier(list.declarations[0]!.name);
  if (!table || 'error' in table || !named) {
    const what = table && 'error' in table ? `'${object.getText(b.sf)}' ${table.error}` : !named ? 'its variable is not declared in it (for (const k in …))' : `'${object.getText(b.sf)}' is not a module-level constant object of numbers`;
    return b.fail(s, 'TSG1009', `'for … in' is supported over a module-level constant object of numbers only: ${what}`,
      named ? 'loop over an array\'s indices, for (let i = 0; i < a.length; i++), or read each property by its name (o.a, o.b)' : `declare the key in the loop: for (const k in ${object.getText(b.sf)})`);
  }
  const index = (k: string) => /^(0|[1-9][0-9]*)$/.test(k) && Number(k) < 2 ** 32 - 1;
  // (a loop a break or return may leave is a general loop, whose reverse would take each step's key off the tape: strings are not taped)
  if (leavesLoop(s.statement, label)) {
    return b.fail(s, 'TSG1009', `a 'for … in' loop that a 'break' or 'return' leaves is not supported`, `loop over every key, the body guarded by an 'if' (a 'continue' is supported), or over an array of the values`);
  }
  const keys = [...table.keys.filter(index).sort((x, y) => Number(x) - Number(y)), ...table.keys.filter((k) => !index(k))];
  return listLoop(cx, s, label, b.loc, keys.map((k) => constAtom(k)), 'str');
}

/** The loop of `for … of` over a list of values (or of `for … in` over a list of keys): the variable takes values[k] at step k. */
function listLoop(cx: LoweringState, s: ts.ForOfStatement | ts.ForInStatement, label: string | undefined, loc: Loc, values: Atom[], type: 'int' | 'f64' | 'str'): Exits {
  const { b, checker } = cx;
  if (values.length === 0) return none;
  const name = (s.initializer as ts.VariableDeclarationList).declarations[0]!.name as ts.Identifier;
  const symbol = checker.getSymbolAtLocation(name)!;
  const jumps = leavesLoop(s.statement, label);
  const index = b.generatedVar('k', 'int', jumps);
  // the k-th element: values[k], by tests of k against 0, 1, … (the last one untested)
  const pick = (k: number, target?: Var): Atom => (k === values.length - 1 ? (target ? b.eq('copy', [values[k]!], target) : values[k]!)
    : cx.select(b.eq('eq', [varAtom(index), constAtom(k)]), () => values[k]!, () => pick(k + 1), type, target));
  const element = () => {
    const hoisted = cx.varPlans.get(symbol) === 'hoisted' ? cx.scope.get(symbol) : undefined;
    if (hoisted?.kind === 'var') {
      // `for (var v of [a, b])` with v read after the loop: the function's v takes each element
      b.assign(hoisted.v, pick(0));
      return;
    }
    const v = b.newVar(name.text, type, 'local', cx.assigned.has(symbol));
    if (v.mutable) b.assign(v, pick(0), true);
    else pick(0, v);
    cx.scope.set(symbol, { kind: 'var', v });
  };
  return loopOverIndices(cx, s, label, loc, { index, to: () => constAtom(values.length), element, jumps });
}

/**
 * The loop of a `for … of`: over `index` from 0 up to `to()` (read at every step of a general
 * loop), `element()` binding the loop's variable at the top of each step. A loop a jump may
 * leave early (`jumps`) is a general loop; otherwise a counted one.
 */
function loopOverIndices(cx: LoweringState, s: ts.ForOfStatement | ts.ForInStatement, label: string | undefined, loc: Loc,
  { index, to, element, jumps }: { index: Var; to: () => Atom; element: () => void; jumps: boolean }): Exits {
  const { b } = cx;
  if (jumps) {
    b.assign(index, constAtom(0), true);
    return generalLoop(cx, label, loc, statementsOf(s.statement), {
      test: () => b.eq('lt', [varAtom(index), to()]),
      head: element,
      advance: () => b.assign(index, b.eq('add', [varAtom(index), constAtom(1)])),
    });
  }
  const frame: LoopFrame = { label };
  cx.loops.push(frame);
  let body: Stmt[] = [...b.block(() => {
    b.loc = loc;
    element();
    lowerList(cx, statementsOf(s.statement), 0);
  }, true)];
  cx.loops.pop();
  if (frame.cnt) body = [{ kind: 'assign', target: frame.cnt, value: constAtom(false), decl: true, loc }, ...body];
  b.emit({ kind: 'for', index, from: constAtom(0), to: to(), step: 1, inclusive: false, body, loc });
  return none;
}

/**
 * `for (const q of pts)` over a local array of tuples (a copy of each tuple: tuple-arrays.ts), or
 * `for (const [a, b] of pts)`, `for (const [k, [a, b]] of pairs)` (each number read into its name).
 */
function forOfTuples(cx: LoweringState, s: ts.ForOfStatement, label: string | undefined, loc: Loc, { v, k, shape }: { v: Var; k: number; shape: TupleShape }, name: ts.BindingName): Exits {
  const { b, checker } = cx;
  const iterated = checker.getSymbolAtLocation(skipParens(s.expression));
  if (iterated && resizedArrays(s.statement, checker).has(iterated)) {
    return b.fail(s.expression, 'TSG1009', `'for … of' over '${s.expression.getText(b.sf)}', an array of tuples its body pushes onto`, 'loop over the indices of the tuples there before the loop: for (let i = 0; i < n; i++), n read first');
  }
  const jumps = leavesLoop(s.statement, label);
  const index = b.generatedVar('i', 'int', jumps);
  const count = b.eq('div', [b.eq('length', [varAtom(v)]), constAtom(k)]);
  const at = (j: number) => {
    const row = b.eq('mul', [varAtom(index), constAtom(k)]);
    return j === 0 ? row : b.eq('add', [row, constAtom(j)]);
  };
  // (each name of the pattern, and of the patterns within it, reads its number of the tuple)
  const bindNumbers = (pattern: ts.ArrayBindingPattern, within: TupleShape, start: number): void => pattern.elements.forEach((el, j) => {
    if (ts.isOmittedExpression(el)) return;
    const inner = within[j];
    const offset = j < within.length ? start + shapeOffset(within, j) : start;
    if (inner && ts.isArrayBindingPattern(el.name) && !el.dotDotDotToken && !el.initializer) return bindNumbers(el.name, inner, offset);
    if (inner) return b.fail(el, 'TSG1009', `'${el.getText(b.sf)}' names a tuple within the tuple (${tupleText(inner)}), which tsgrad reads number by number`, `name its numbers: for (const [${pattern.elements.map((x, m) => (m === j ? tupleText(inner) : x.getText(b.sf))).join(', ')}] of …)`);
    if (j >= within.length || el.dotDotDotToken || el.initializer || !ts.isIdentifier(el.name)) return b.fail(el, 'TSG1009', `'${el.getText(b.sf)}' is not one of the ${within.length} numbers of the tuple`, `name the tuple's numbers: for (const [a, b] of …)`);
    const symbol = checker.getSymbolAtLocation(el.name)!;
    const mutable = cx.assigned.has(symbol);
    const x = b.newVar(el.name.text, 'f64', 'local', mutable);
    if (mutable) b.assign(x, b.eq('load', [varAtom(v), at(offset)]), true);
    else b.eq('load', [varAtom(v), at(offset)], x);
    cx.scope.set(symbol, { kind: 'var', v: x });
  });
  const element = () => {
    if (ts.isIdentifier(name) && shape.some((x) => x !== null)) {
      return b.fail(name, 'TSG1009', `'${name.text}' takes each tuple of '${s.expression.getText(b.sf)}', which holds a tuple (${tupleText(shape)}), and tsgrad reads such a tuple number by number, not as a value`, `name its numbers: for (const ${tupleText(shape)} of ${s.expression.getText(b.sf)})`);
    }
    if (ts.isIdentifier(name)) {
      const symbol = checker.getSymbolAtLocation(name)!;
      const elements = Array.from({ length: k }, (_, j) => b.eq('load', [varAtom(v), at(j)]));
      const q = b.newVar(name.text, 'f64[]', 'local', cx.assigned.has(symbol));
      b.emit({ kind: 'alloc', target: q, ctor: 'Array', length: constAtom(k), elements, loc });
      cx.scope.set(symbol, { kind: 'var', v: q });
      return;
    }
    if (!ts.isArrayBindingPattern(name)) return b.fail(name, 'TSG1009', `'for … of' over an array of tuples declares one name, or the tuple's numbers: for (const [a, b] of …)`, 'write for (const q of …) or for (const [a, b] of …)');
    bindNumbers(name, shape, 0);
  };
  return loopOverIndices(cx, s, label, loc, { index, to: () => count, element, jumps });
}

/** `a.entries()`. */
function entriesCall(e: ts.Expression): boolean {
  const x = skipParens(e);
  return ts.isCallExpression(x) && x.arguments.length === 0 && ts.isPropertyAccessExpression(x.expression) && x.expression.name.text === 'entries';
}

/**
 * `for (const [i, v] of a.entries())` (either name may be left out), `for (const i of
 * a.keys())` or `for (const v of a.values())`: its names, the method and `a` (whether `a` is an
 * array of numbers is for the caller to see: a Map's keys() is refused there).
 */
function iteratorPattern(s: ts.ForOfStatement): { index?: ts.Identifier; value?: ts.Identifier; method: string; array: ts.Expression } | undefined {
  const init = s.initializer;
  const e = skipParens(s.expression);
  if (!ts.isVariableDeclarationList(init) || init.declarations.length !== 1) return undefined;
  if (!ts.isCallExpression(e) || e.arguments.length > 0 || !ts.isPropertyAccessExpression(e.expression)) return undefined;
  const method = e.expression.name.text;
  const array = e.expression.expression;
  const pattern = init.declarations[0]!.name;
  if ((method === 'keys' || method === 'values') && ts.isIdentifier(pattern)) return { [method === 'keys' ? 'index' : 'value']: pattern, method, array };
  if (method !== 'entries' || !ts.isArrayBindingPattern(pattern) || pattern.elements.length > 2) return undefined;
  const names: (ts.Identifier | undefined)[] = [];
  for (const el of pattern.elements) {
    if (ts.isOmittedExpression(el)) { names.push(undefined); continue; }
    if (el.dotDotDotToken || el.initializer || !ts.isIdentifier(el.name)) return undefined;
    names.push(el.name);
  }
  const [index, value] = names;
  return { ...(index ? { index } : {}), ...(value ? { value } : {}), method, array };
}

/**
 * `for (const [k, q] of BOOK)` over a module-level table of rows of numbers (`[[90, 1], …] as
 * const`): indexing it (BOOK[i][0]) is refused too (TSG1008), so the hint that compiles is a
 * table per column, looped over by index (trial38).
 */
function columnsHint(cx: LoweringState, s: ts.ForOfStatement): string | undefined {
  const init = s.initializer as ts.VariableDeclarationList;
  const pattern = init.declarations.length === 1 ? init.declarations[0]!.name : undefined;
  const iterated = skipParens(s.expression);
  if (!pattern || !ts.isArrayBindingPattern(pattern) || !ts.isIdentifier(iterated)) return undefined;
  const decl = cx.checker.getSymbolAtLocation(iterated)?.valueDeclaration;
  let table = decl && ts.isVariableDeclaration(decl) && decl.initializer ? skipParens(decl.initializer) : undefined;
  while (table && (ts.isAsExpression(table) || ts.isSatisfiesExpression(table))) table = skipParens(table.expression);
  if (!table || !ts.isArrayLiteralExpression(table) || table.elements.length === 0) return undefined;
  const rows = table.elements.map((r) => (ts.isArrayLiteralExpression(r) && r.elements.every((x) => !ts.isSpreadElement(x) && !ts.isOmittedExpression(x)) ? r.elements : undefined));
  const names = pattern.elements.map((e) => (ts.isBindingElement(e) && ts.isIdentifier(e.name) && !e.dotDotDotToken && !e.initializer ? e.name.text : undefined));
  if (rows.some((r) => !r || r.length < names.length) || names.some((n) => n === undefined)) return undefined;
  // (a local of the function, its rows reading the function's values (trial46 finding 4): typed as
  // tuples, it is an array of tuples tsgrad reads, where a module-level table could not see x)
  const local = ts.findAncestor(decl, (n) => ts.isFunctionLike(n)) !== undefined;
  const width = rows[0]!.length;
  if (local && rows.every((r) => r!.length === width)) {
    const tuple = `[${Array.from({ length: width }, () => 'number').join(', ')}][]`;
    return `type it as an array of tuples, which tsgrad reads as a local: const ${iterated.text}: ${tuple} = ${table.getText(cx.b.sf).replace(/\s+/g, ' ')}`;
  }
  const columns = names.map((n, j) => `${n}s = [${rows.map((r) => r![j]!.getText(cx.b.sf)).join(', ')}] as const`);
  const reads = names.map((n) => `${n} = ${n}s[i]`).join(', ');
  return `keep a module-level table per column, const ${columns.join(', ')}, and loop over the indices: for (let i = 0; i < ${names[0]}s.length; i++) { const ${reads}; … }`;
}
