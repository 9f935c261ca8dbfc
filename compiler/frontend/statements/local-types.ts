/**
 * The type tsgrad gives a local variable: as declared, or, for `let t;`, `var x: any` and tsc's
 * evolving `[]`, by what the function assigns it.
 */
import ts from '../typescript.cjs';
import { valueClassOf, valueClassProblem } from '../value-classes.js';
import type { Type } from '../../ir/types.js';
import { functionDeclaration, isJavaScript } from '../calls.js';
import { inPackage } from '../packages.js';
import { factoryProblem } from '../values.js';
import { classifyType, firstReadBeforeDeclaration, isAssignmentOperator, nullableNumber, skipParens, taggedUnion } from '../facts.js';
import { readBeforeDeclaration } from '../expressions.js';
import type { LoweringState } from './state.js';
import { isNestedNumberArray, nestedArrayDiagnostic } from '../nested-arrays.js';
import { localTupleArray } from '../tuple-arrays.js';
import { objectProblem } from '../nested-objects.js';
import { numberFields } from '../object-numbers.js';
import { recordTable } from '../record-tables.js';

export function typeOf(cx: LoweringState, symbol: ts.Symbol, type: ts.Type, node: ts.Node): Type {
  // (`const y2 = y * 2; let y = y2 + 1;`: tsc types y2 'any' (TS7022) because of the read of the
  // later y, which is the mistake to name; trial39 finding 3)
  const early = type.flags & ts.TypeFlags.Any && ts.isVariableDeclaration(node) && node.initializer
    ? firstReadBeforeDeclaration(node.initializer, cx.checker) : undefined;
  if (early) readBeforeDeclaration(cx.b, early.id, early.declaration);
  // `let t;` (no type, no value): the type of what the function assigns it
  // (and `var q = g(x)`, g a package's JavaScript whose JSDoc type tsgrad cannot read: likewise)
  const c = type.flags & ts.TypeFlags.Any && ts.isVariableDeclaration(node) && !node.type &&
    (!node.initializer || fromJavaScript(cx, node.initializer))
    ? assignedType(cx, symbol, node)
    : type.flags & ts.TypeFlags.Any && ts.isVariableDeclaration(node) && node.type?.kind === ts.SyntaxKind.AnyKeyword ? anyType(cx, symbol, node)
    : ts.isVariableDeclaration(node) && !node.type && node.initializer && isEmptyArray(node.initializer) ? evolvedType(cx, symbol, type)
    : classifyType(type, cx.checker);
  if (c === 'boolean') return 'bool';
  if (c === 'string') return 'str';
  if (c === 'Float64Array' || c === 'number[]') return 'f64[]';
  if (c === 'intArray') return 'int[]';
  if (c === 'number') return cx.integers.has(symbol) ? 'int' : 'f64';
  if (nullableNumber(type)) {
    return cx.b.fail(node, 'TSG1003', `variables of type '${cx.checker.typeToString(type)}' are not supported: tsgrad does not follow a number that may be ${nullableNumber(type)} through a function`,
      'test for the missing value where it is computed and use a number here (a parameter may be optional: s?: number)');
  }
  const cls = classOf(type);
  if (cls) {
    const name = ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) ? `'${node.name.text}' holds` : 'this variable holds';
    // (a class that is not a value class: why, value-classes.ts)
    const why = valueClassProblem(cx.checker, type);
    if (why) return cx.b.fail(node, 'TSG1003', `${name} an instance of the class '${cls}', which tsgrad cannot read as an object of numbers: ${why.problem}`, why.hint);
    if (valueClassOf(cx.checker, type)) {
      return cx.b.fail(node, 'TSG1003', `${name} an instance of the value class '${cls}' without being given one where it is declared: tsgrad holds an instance as the numbers it is made of`,
        `declare it with its value (let s = new ${cls}(…)) and assign new instances after (s = s.step(…))`);
    }
    return cx.b.fail(node, 'TSG1003', `${name} an instance of the class '${cls}': class instances are not supported`,
      `write plain functions instead of its methods, over the arrays and numbers a '${cls}' would hold (e.g. function area(pts: Float64Array): number), and pass those; local variables hold numbers, booleans or arrays`);
  }
  // (`const s = mk(x)`: a function a factory makes, kept in a local)
  const made = ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && ts.isCallExpression(skipParens(node.initializer)) && type.getCallSignatures().length > 0
    ? skipParens(node.initializer) as ts.CallExpression : undefined;
  if (made) {
    const problem = factoryProblem(cx.checker, made);
    return cx.b.fail(node, 'TSG1003', `the local '${(node as ts.VariableDeclaration & { name: ts.Identifier }).name.text}' holds the function '${made.expression.getText()}' makes: tsgrad follows a function a factory makes when a module-level constant holds it${problem ? `, and ${problem.problem}` : ''}`,
      problem ? problem.hint : `declare it at module level (const ${(node as ts.VariableDeclaration & { name: ts.Identifier }).name.text} = ${made.getText()}) and call it here`);
  }
  // (`const vs: Vec3[] = […]`: instances of a value class stored in an array)
  const element = cx.checker.isArrayType(type) ? cx.checker.getTypeArguments(type as ts.TypeReference)[0] : undefined;
  const stored = element && valueClassOf(cx.checker, element);
  if (stored) {
    const name = ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) ? node.name.text : symbol.name;
    return cx.b.fail(node, 'TSG1003', `'${name}' stores instances of the class '${stored.name}' in an array, and tsgrad holds an instance as separate numbers, not as an element of an array`,
      `keep one array per field (const ${stored.fields.map((f) => `${f}s = new Float64Array(n)`).join(', ')}) and make an instance where you compute with it: new ${stored.name}(${stored.fields.map((f) => `${f}s[i]`).join(', ')})`);
  }
  // (`const pts: [number, number][] = []`: one flat array, k numbers per tuple (tuple-arrays.ts))
  if (localTupleArray(cx.checker, symbol, type, node, (at, message, hint, code) => cx.b.fail(at, code ?? 'TSG1003', message, hint)) !== undefined) return 'f64[]';
  if (isNestedNumberArray(type, cx.checker)) {
    const name = ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) ? node.name.text : symbol.name;
    const { message, hint } = nestedArrayDiagnostic(name, cx.checker.typeToString(type), type, cx.checker, true);
    return cx.b.fail(node, 'TSG1003', message, hint);
  }
  // (an object one of whose properties is neither a number nor an object of numbers: trial34's
  // finding 3 was of objects inside objects, which nested-objects.ts now reads; what stays out, named)
  // (`const m = new Map<number, number>()`: the collection is what tsgrad does not hold, not its method 'clear'; trial37 repro/map_message.ts)
  const collection = type.getSymbol()?.getName();
  if (collection && ['Map', 'ReadonlyMap', 'WeakMap', 'Set', 'ReadonlySet', 'WeakSet'].includes(collection)) {
    const name = ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) ? node.name.text : symbol.name;
    return cx.b.fail(node, 'TSG1003', `'${name}' is a ${collection} ('${cx.checker.typeToString(type)}'), which tsgrad does not hold: it holds numbers, booleans, arrays of numbers and objects of numbers`,
      collection.endsWith('Set') ? `keep the members in an array (a number[] filled by push, tested by a loop) or flags in a Float64Array indexed by the key`
        : `keep the values in a Float64Array indexed by the key (keys 0 … n − 1: const ${name} = new Float64Array(n); ${name}[k] += v), or an object with a property per key`);
  }
  const problem = objectProblem(cx.checker, type);
  if (problem) {
    const name = ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) ? `'${node.name.text}'` : 'this variable';
    return cx.b.fail(node, 'TSG1003', `${name} holds an object whose property '${problem.path}' is ${problem.what} ('${cx.checker.typeToString(type)}'): tsgrad holds an object as the numbers it is made of, objects of numbers inside it included, and nothing else`,
      problem.what === 'optional' ? `declare '${problem.path}' required (every object gives it a number), or keep it out of the object and pass it as a value of its own`
        : `keep '${problem.path}' out of the object: pass it to and return it from helpers as a value of its own, beside an object of numbers`);
  }
  // (an object of numbers, nested ones included, given by what tsgrad does not read as one:
  // `const s = c ? a : b`, `let s: State;`)
  const fields = numberFields(cx.checker, type);
  if (fields && ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) {
    const name = node.name.text;
    const given = node.initializer ? `is given '${node.initializer.getText(cx.b.sf).replace(/\s+/g, ' ')}', which tsgrad does not read as one` : 'is declared without one';
    const example = `{ ${[...new Set(fields.map((f) => f.split('.')[0]!))].map((f) => `${f}: …`).join(', ')} }`;
    const choice = node.initializer && ts.isConditionalExpression(skipParens(node.initializer)) ? skipParens(node.initializer) as ts.ConditionalExpression : undefined;
    if (choice) {
      // (trial35 finding 4: the message said what the variable holds, not that a choice between two objects is what is refused)
      const [c, yes, no] = [choice.condition, choice.whenTrue, choice.whenFalse].map((x) => x.getText(cx.b.sf).replace(/\s+/g, ' '));
      const calls = ts.isCallExpression(skipParens(choice.whenTrue)) && ts.isCallExpression(skipParens(choice.whenFalse));
      const flat = fields.every((f) => !f.includes('.'));
      const tops = [...new Set(fields.map((f) => f.split('.')[0]!))];
      const literalOf = (o: string) => `{ ${tops.slice(0, 3).map((f) => `${f}: ${o}.${f}`).join(', ')}${tops.length > 3 ? ', …' : ''} }`;
      return cx.b.fail(node, 'TSG1003', `'${name}' is given a conditional of two objects of numbers, '${node.initializer!.getText(cx.b.sf).replace(/\s+/g, ' ')}': tsgrad holds an object as the numbers it is made of, and does not choose between two objects`,
        calls ? `assign the other in an if: let ${name} = ${no}; if (${c}) ${name} = ${yes};`
          : flat ? `choose each number: const ${name} = { ${fields.slice(0, 3).map((f) => `${f}: ${c} ? ${yes}.${f} : ${no}.${f}`).join(', ')}${fields.length > 3 ? ', …' : ''} }`
          : `assign the other in an if, each as an object literal of its parts: let ${name} = ${literalOf(no)}; if (${c}) ${name} = ${literalOf(yes)};`);
    }
    return cx.b.fail(node, 'TSG1003', `'${name}' holds an object of numbers ('${cx.checker.typeToString(type)}') and ${given}`,
      `declare it with its value: an object literal (${example}), a helper's call that returns one, or a part of another (m.zc)`);
  }
  // (`const row = new Array(n).fill(0)`, typed any[] by TypeScript: trial47 finding 2)
  const decl = ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) ? node as ts.VariableDeclaration & { name: ts.Identifier } : undefined;
  const init = decl?.initializer ? skipParens(decl.initializer) : undefined;
  const filled = init && ts.isCallExpression(init) && ts.isPropertyAccessExpression(init.expression) && init.expression.name.text === 'fill' &&
    ts.isNewExpression(skipParens(init.expression.expression)) && (skipParens(init.expression.expression) as ts.NewExpression).expression.getText() === 'Array';
  if (decl && init && filled && cx.checker.typeToString(type) === 'any[]') {
    return cx.b.fail(node, 'TSG1003', `'${decl.name.text}' is 'any[]': TypeScript types 'new Array(n).fill(…)' so, and tsgrad holds arrays of numbers`,
      `give its type: const ${decl.name.text}: number[] = ${init.getText(cx.b.sf)}`);
  }
  // (`const s = STAGES[i]`, a record of a module-level table of records: read by field, record-tables.ts)
  const row = init && ts.isElementAccessExpression(init) ? recordTable(cx, init.expression) : undefined;
  if (decl && init && row) {
    return cx.b.fail(node, 'TSG1003', `'${decl.name.text}' would hold a record of '${row.name}', a module-level table of records ({ ${row.keys.join(', ')} }), which tsgrad reads by field, not as records`,
      `read each field where it is used: ${(init as ts.ElementAccessExpression).getText(cx.b.sf)}.${row.keys[0]}, or loop over the records: for (const { ${row.keys.join(', ')} } of ${row.name})`);
  }
  // (a union of objects told apart by a tag: said so; trial48 finding 3)
  const union = taggedUnion(cx.checker, type);
  if (union) {
    return cx.b.fail(node, 'TSG1003', `variables of type '${cx.checker.typeToString(type)}' are not supported: a union of object types told apart by '${union.tag}', and tsgrad holds an object as the numbers it is made of, of one type`,
      `hold the tag in a string (${union.values}) and the numbers in variables of their own, switching on the tag`);
  }
  return cx.b.fail(node, 'TSG1003', `variables of type '${cx.checker.typeToString(type)}' are not supported`,
    'local variables hold numbers, booleans, arrays of numbers and objects of numbers');
}

/** The class whose instance a value of `type` is (`new Poly(pts)`: 'Poly'), if it is one. */
function classOf(type: ts.Type): string | undefined {
  const symbol = type.isUnion() ? undefined : type.getSymbol();
  return symbol && symbol.flags & ts.SymbolFlags.Class ? symbol.getName() : undefined;
}

/**
 * Of `var nums = []` (tsc's evolving array, `any[]` where it is declared): the type the pushes
 * give it, as tsc reads it where the variable is used after them (`return nums`: number[]).
 */
function evolvedType(cx: LoweringState, symbol: ts.Symbol, declared: ts.Type): ReturnType<typeof classifyType> {
  const { checker } = cx;
  const kinds = new Set<ReturnType<typeof classifyType>>();
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n) && !(ts.isVariableDeclaration(n.parent) && n.parent.name === n) && checker.getSymbolAtLocation(n) === symbol) {
      const t = checker.getTypeAtLocation(n);
      const element = checker.isArrayType(t) ? checker.getTypeArguments(t as ts.TypeReference)[0] : undefined;
      if (!(element && element.flags & ts.TypeFlags.Any)) kinds.add(classifyType(t, checker));
    }
    ts.forEachChild(n, visit);
  };
  visit(cx.fn);
  return kinds.size === 1 && kinds.has('number[]') ? 'number[]' : classifyType(declared, checker);
}

/**
 * Of a local declared `any` (`var fact: any = false`): by what it is given. Booleans only: a
 * boolean; numbers only: a number; numbers and the literals `true`/`false`: a number (false
 * is 0, true is 1) when every read of it is one where JavaScript makes the same of both
 * (arithmetic, an order comparison, a condition). Else 'other' (refused, naming the type).
 */
function anyType(cx: LoweringState, symbol: ts.Symbol, decl: ts.VariableDeclaration): ReturnType<typeof classifyType> {
  const { checker } = cx;
  const values: ts.Expression[] = decl.initializer ? [decl.initializer] : [];
  let compound = false;
  const reads: ts.Identifier[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n) && n !== decl.name && checker.getSymbolAtLocation(n) === symbol) {
      const p = n.parent;
      if (ts.isBinaryExpression(p) && p.left === n && isAssignmentOperator(p.operatorToken.kind)) {
        if (p.operatorToken.kind === ts.SyntaxKind.EqualsToken) values.push(p.right);
        else compound = true;
      } else reads.push(n);
    }
    ts.forEachChild(n, visit);
  };
  visit(cx.fn);
  const literal = (e: ts.Expression) => skipParens(e).kind === ts.SyntaxKind.TrueKeyword || skipParens(e).kind === ts.SyntaxKind.FalseKeyword;
  const arithmetic = new Set([ts.SyntaxKind.PlusToken, ts.SyntaxKind.MinusToken, ts.SyntaxKind.AsteriskToken, ts.SyntaxKind.SlashToken,
    ts.SyntaxKind.PercentToken, ts.SyntaxKind.AsteriskAsteriskToken]);
  // (`total + x * i` with `total: any` is typed any: arithmetic with no string in it is a number)
  const kindOf = (e: ts.Expression) => {
    const inner = skipParens(e);
    const type = checker.getTypeAtLocation(e);
    if (type.flags & ts.TypeFlags.Any && ts.isBinaryExpression(inner) && arithmetic.has(inner.operatorToken.kind) &&
        [inner.left, inner.right].every((x) => !(checker.getTypeAtLocation(x).flags & ts.TypeFlags.StringLike))) return 'number';
    return classifyType(type, checker);
  };
  const kinds = values.map(kindOf);
  if (kinds.length > 0 && kinds.every((k) => k === 'boolean') && !compound) return 'boolean';
  if (kinds.every((k) => k === 'number')) return 'number';
  if (!kinds.every((k, i) => k === 'number' || literal(values[i]!))) return 'other';
  const orders = new Set([ts.SyntaxKind.LessThanToken, ts.SyntaxKind.LessThanEqualsToken, ts.SyntaxKind.GreaterThanToken, ts.SyntaxKind.GreaterThanEqualsToken]);
  const sameOfBoth = (n: ts.Expression): boolean => {
    let e: ts.Node = n;
    while (ts.isParenthesizedExpression(e.parent)) e = e.parent;
    const p = e.parent;
    if (ts.isBinaryExpression(p)) return binaryOk(p);
    if (ts.isPrefixUnaryExpression(p)) return p.operator !== ts.SyntaxKind.TildeToken;
    return (ts.isIfStatement(p) || ts.isWhileStatement(p) || ts.isDoStatement(p)) && p.expression === e ||
      ts.isConditionalExpression(p) && p.condition === e;
  };
  const binaryOk = (p: ts.BinaryExpression): boolean => {
    const k = p.operatorToken.kind;
    if (orders.has(k)) return true;
    // (arithmetic: `false + 1` is 1, as 0 + 1; not `+` with a string)
    if (k === ts.SyntaxKind.PlusToken) return [p.left, p.right].every((x) => !(checker.getTypeAtLocation(x).flags & ts.TypeFlags.StringLike));
    return k === ts.SyntaxKind.MinusToken || k === ts.SyntaxKind.AsteriskToken || k === ts.SyntaxKind.SlashToken ||
      k === ts.SyntaxKind.PercentToken || k === ts.SyntaxKind.AsteriskAsteriskToken;
  };
  return reads.every(sameOfBoth) ? 'number' : 'other';
}

export function isRead(cx: LoweringState, symbol: ts.Symbol): boolean {
  const visit = (n: ts.Node): boolean =>
    (ts.isIdentifier(n) && !(ts.isVariableDeclaration(n.parent) && n.parent.name === n) && cx.checker.getSymbolAtLocation(n) === symbol) ||
    ts.forEachChild(n, visit) === true;
  return visit(cx.fn);
}

/**
 * A call of a function of JavaScript (a package's, typed by JSDoc that tsgrad's checker may not
 * resolve: `@returns {NonNegativeInteger}`): its result's type says nothing, the other values
 * assigned decide, and a number when there are none (a wrong guess fails where it is used).
 */
function fromJavaScript(cx: LoweringState, e: ts.Expression): boolean {
  const call = skipParens(e);
  // a local variable of unknown type (itself given such a result): its own values decide
  if (ts.isIdentifier(call)) {
    const decl = cx.checker.getSymbolAtLocation(call)?.valueDeclaration;
    return !!decl && ts.isVariableDeclaration(decl) && !decl.type && decl.getSourceFile() === cx.fn.getSourceFile();
  }
  if (!ts.isCallExpression(call)) return false;
  let symbol = cx.checker.getSymbolAtLocation(skipParens(call.expression));
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = cx.checker.getAliasedSymbol(symbol);
  const decl = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  if (decl) return isJavaScript(decl.getSourceFile());
  // (`import { ndarray as f } from '@stdlib/…'`: a property the package sets on its function, unknown to TypeScript)
  const fn = functionDeclaration(cx.checker, cx.checker.getSymbolAtLocation(skipParens(call.expression)));
  return !!fn && isJavaScript(fn.node.getSourceFile());
}

/** Of a variable declared without type or value: `number` when every value it is assigned is one (likewise booleans). */
function assignedType(cx: LoweringState, symbol: ts.Symbol, decl: ts.VariableDeclaration): ReturnType<typeof classifyType> {
  const { b, checker } = cx;
  const kinds = new Set<ReturnType<typeof classifyType>>();
  /** The first value assigned that is an object (not an array), as the checker writes its type. */
  let object: string | undefined;
  const note = (value: ts.Type) => {
    if (object === undefined && classifyType(value, checker) === 'other' && value.flags & ts.TypeFlags.Object && !checker.isArrayLikeType(value)) object = checker.typeToString(value);
  };
  let untyped = false;
  const visit = (n: ts.Node): void => {
    if (ts.isBinaryExpression(n) && isAssignmentOperator(n.operatorToken.kind)) {
      const left = skipParens(n.left);
      if (ts.isIdentifier(left) && checker.getSymbolAtLocation(left) === symbol) {
        const value = checker.getTypeAtLocation(n.right);
        // (in a package's JavaScript, what an untyped function returns tells nothing: the others decide)
        if (n.operatorToken.kind === ts.SyntaxKind.EqualsToken && value.flags & ts.TypeFlags.Any && (inPackage(b.file) || fromJavaScript(cx, n.right))) untyped = true;
        else kinds.add(n.operatorToken.kind === ts.SyntaxKind.EqualsToken ? classifyType(value, checker) : 'number');
        if (n.operatorToken.kind === ts.SyntaxKind.EqualsToken) note(value);
      }
    }
    if (ts.isVariableDeclaration(n) && n.initializer && ts.isIdentifier(n.name) && checker.getSymbolAtLocation(n.name) === symbol) {
      const value = checker.getTypeAtLocation(n.initializer);
      if (value.flags & ts.TypeFlags.Any && fromJavaScript(cx, n.initializer)) untyped = true;
      else kinds.add(classifyType(value, checker));
      note(value);
    }
    ts.forEachChild(n, visit);
  };
  // (a local of a value class's method lowered in place: the method's body, value-classes.ts)
  visit(ts.findAncestor(decl, (n) => n === cx.fn || ts.isMethodDeclaration(n) || ts.isAccessor(n)) ?? cx.fn);
  if (kinds.size === 0 && untyped) return 'number';
  if (kinds.size === 0) return b.fail(decl, 'TSG1007', `'${symbol.name}' is never assigned a value`, 'give it a value where it is declared');
  if (kinds.size === 1) {
    const [only] = kinds;
    if (only === 'number' || only === 'boolean') return only;
  }
  // (an options object, `opts = { 'initialValue': -x }`: no type makes it a number)
  if (object !== undefined) {
    return b.fail(decl, 'TSG1003', `'${symbol.name}' is declared without a type and is assigned an object (${object}): tsgrad reads numbers, booleans and arrays of numbers in a function it differentiates, not objects`,
      `pass the numbers the object holds to the function that reads them as arguments of their own, or register the derivative of this function (export ${cx.fn.name && ts.isIdentifier(cx.fn.name) ? cx.fn.name.text : 'f'}_vjp beside it)`);
  }
  return b.fail(decl, 'TSG1003', `'${symbol.name}' is declared without a type and is assigned values other than numbers`,
    `give it a type: let ${symbol.name}: number`);
}

function isEmptyArray(e: ts.Expression): boolean {
  const inner = skipParens(e);
  return ts.isArrayLiteralExpression(inner) && inner.elements.length === 0;
}
