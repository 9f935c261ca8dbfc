/**
 * Lowering of expressions to equations on atoms (A-normal form): every operation gets its
 * own temporary, evaluated in JavaScript's order, so the trace computes exactly what the
 * source computes.
 */
import ts from './typescript.cjs';
import { type Atom, type Callee, type Type, type Var, type Window, isUndefinedAtom } from '../ir/types.js';
import { projectedName, sourceName } from '../ir/names.js';
import type { Prim } from '../rules/prims.js';
import { globalPrim, mathPrim, rules } from '../rules/table.js';
import { closest } from './spelling.js';
import { construct } from './describe.js';
import { type FunctionBuilder, atomType, constAtom, isArrayType, varAtom } from './builder.js';
import {
  binaryPrims, classifyType, declaredAfter, foldBoolean, foldConstant, globalConstant, isAssignmentOperator, isIncrement, isMathAlias, isNullish, isOptionalNumber, mathConstant, mathConstants, mathMember, moduleObject, moduleTable, moduleValue,
  booleanTyped, skipParens, staticReadonlyInit,
} from './facts.js';
import { type ResolvedCall, packagePredicate, resolveCall } from './calls.js';
import { assignMaybeNumber, flagAtom, isElementRead, mayBeAbsent, maybeNumberCall } from './nullable.js';
import { bitOperation, elementaryFunction } from './packages.js';
import type { FunctionValue } from './values.js';
import { spreadExtremum, spreadHypot } from './spread-math.js';
import { numberFields } from './object-numbers.js';
import { flatName, nestedObject, nestedRead, nestedWrite, subFields, unreadObject, writtenInPlace } from './nested-objects.js';
import { setterWrite, thisFieldTarget, valueClassNumber, valueInstance } from './value-classes.js';
import { isOptionalArray } from './optional-array-params.js';
import { optionsArgument } from './helper-options.js';
import { exportedObjectChanged, inPlaceCall, mutatedParams } from './object-mutation.js';
import { intoName, lowerIntoCall, returnsArrayInto } from './array-results.js';
import { tupleArgument, tupleCount, tupleElement, tupleStore, tupleValue } from './tuple-arrays.js';
import { smallAssignment, smallElement, smallLength } from './small-arrays.js';
import { elementAt } from './found-elements.js';
import { sortCall, sortRefusal } from './sort-orders.js';
import { type RowsBinding, rowCount, rowOf, rowsBinding, rowsFail } from './row-arrays.js';
import { recordRead } from './record-tables.js';

export { numberFields };

/**
 * A name in scope: a variable of the trace, a window onto another array (`x.subarray(a, b)`,
 * read as `x[a + i]`), or a parameter tsgrad does not differentiate.
 */
export type Binding =
  | { kind: 'var'; v: Var }
  | { kind: 'view'; base: Var; offset: Atom; length: Atom }
  | { kind: 'opaque'; typeText: string }
  /** An object of numbers a helper returned (`const c = sunCoords(d)`), one number local per property. */
  | { kind: 'object'; fields: ReadonlyMap<string, Var>; typeText: string; options?: true;
    /** Of a helper's options object (helper-options.ts): each property as passed, maybe undefined, to pass on. */
    raw?: ReadonlyMap<string, Var> }
  /** An optional callback the derivative is for calls without: the constant `undefined`. */
  | { kind: 'absent'; typeText: string }
  /** An array of rows of numbers (`A: number[][]`), one flat array and its row starts (row-arrays.ts). */
  | RowsBinding;

export interface ExprContext {
  readonly b: FunctionBuilder;
  readonly checker: ts.TypeChecker;
  readonly scope: Map<ts.Symbol, Binding>;
  /** Lowers a conditional expression (needs statements: see statements/conditions.ts). */
  conditional(e: ts.ConditionalExpression, target?: Var): Atom;
  /** `cond ? whenTrue() : whenFalse()` as an `if`, each lowered in its own branch. */
  select(cond: Atom, whenTrue: () => Atom, whenFalse: () => Atom, type: Type, target?: Var): Atom;
  /** A fresh array passed as an argument (`new Float64Array(n)`): its temporary local (statements/arrays.ts). */
  freshArgument(e: ts.Expression): Var | undefined;
  /** The array any expression tsgrad follows gives (a variable, a window, a new array, a helper's result), as if bound to a local first (statements/arrays.ts arraySource). */
  arraySource?(e: ts.Expression): Binding & { kind: 'var' | 'view' } | undefined;
  /** A function whose body this module must differentiate too (of one returning an object, the property read: `projection`). */
  needs(fn: FunctionValue): void;
  /** Module-level scratch buffers the function uses that it may not take for local arrays: why (statements/module-scratch.ts). */
  readonly scratchRefusals?: ReadonlyMap<ts.Symbol, { why: string; hint: string }>;
  /** Of a variable that may hold `undefined` (an optional number parameter): the flag that says it does. */
  readonly undefinedFlags?: ReadonlyMap<Var, Var>;
  /** Of those, the locals whose missing value is null, not undefined (nullable.ts). */
  readonly nullValued?: ReadonlySet<Var>;
  /** `arguments.length` in calls that leave the optional callbacks out (-1: not known). */
  readonly argumentCount?: number;
  /** The function being lowered is exported (its parameters are its callers', not a helper's to pass on). */
  readonly exported?: boolean;
  /** A call of a local helper function (`const sq = (v) => v * v`), lowered in place (statements/local-functions.ts); undefined: `callee` is not one. */
  localCall?(e: ts.CallExpression, target?: Var): Atom | undefined;
  /** A call of a local helper function returning an object of numbers, lowered in place once: the numbers of `fields` (statements/local-objects.ts); undefined: `e` is not one. */
  localObjectCall?(e: ts.CallExpression, fields: readonly string[]): Atom[] | undefined;
  /** `xs.reduce(cb, init)`, `xs.map(cb)`, `xs.forEach(cb)` with the callback written in place, lowered to its loop (statements/array-callbacks.ts); undefined: `e` is not one. */
  arrayMethod?(e: ts.CallExpression, target?: Var): Atom | undefined;
}

/** `x += e` is `x = x + e`. */
export const compoundPrims = new Map<ts.SyntaxKind, Prim>([
  [ts.SyntaxKind.PlusEqualsToken, 'add'], [ts.SyntaxKind.MinusEqualsToken, 'sub'],
  [ts.SyntaxKind.AsteriskEqualsToken, 'mul'], [ts.SyntaxKind.SlashEqualsToken, 'div'],
  [ts.SyntaxKind.PercentEqualsToken, 'mod'], [ts.SyntaxKind.AsteriskAsteriskEqualsToken, 'pow'],
  [ts.SyntaxKind.AmpersandEqualsToken, 'bitand'], [ts.SyntaxKind.BarEqualsToken, 'bitor'],
  [ts.SyntaxKind.CaretEqualsToken, 'bitxor'], [ts.SyntaxKind.LessThanLessThanEqualsToken, 'shl'],
  [ts.SyntaxKind.GreaterThanGreaterThanEqualsToken, 'shr'], [ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken, 'ushr'],
]);

const booleanPrims = new Set<Prim>(['and', 'or']);

/**
 * Lowers `e` and returns the atom holding its value. With `target`, the last operation
 * writes into that (immutable, source-named) variable instead of a fresh temporary.
 */
/**
 * Of an object used whole as an element of `[p, q] = [q, p]` (a swap by destructuring, trial47
 * finding 3): the hint to swap through a temporary; else undefined.
 */
function swapped(id: ts.Identifier): string | undefined {
  const literal = id.parent;
  if (!ts.isArrayLiteralExpression(literal) || !ts.isBinaryExpression(literal.parent) || literal.parent.right !== literal || literal.parent.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return undefined;
  const targets = literal.parent.left;
  if (!ts.isArrayLiteralExpression(targets) || targets.elements.length !== 2 || literal.elements.length !== 2) return undefined;
  const [a, b] = targets.elements.map((t) => t.getText());
  return `swap through a temporary: const t = ${a}; ${a} = ${b}; ${b} = t`;
}

export function lowerExpr(cx: ExprContext, e: ts.Expression, target?: Var): Atom {
  const { b } = cx;
  const node = e;
  e = skipParens(e);

  if (ts.isNumericLiteral(e)) return named(cx, constAtom(Number(e.text)), target);
  // (a string: a unit's name, a mode; compared, passed on, a key: never differentiated)
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return named(cx, constAtom(e.text), target);
  if (e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword) {
    return named(cx, constAtom(e.kind === ts.SyntaxKind.TrueKeyword), target);
  }
  const g = globalConstant(e);
  if (g) return named(cx, constAtom(g.value, g.named), target);
  if (ts.isIdentifier(e)) return named(cx, readIdentifier(cx, e), target);

  if (ts.isPrefixUnaryExpression(e)) {
    switch (e.operator) {
      case ts.SyntaxKind.MinusToken: {
        const a = lowerExpr(cx, e.operand);
        if (a.kind === 'const' && typeof a.value === 'number' && a.named === undefined) return named(cx, constAtom(-a.value), target);
        return b.eq('neg', [numeric(cx, a, e.operand)], target);
      }
      case ts.SyntaxKind.PlusToken:
        return named(cx, numeric(cx, lowerExpr(cx, e.operand), e.operand), target);
      case ts.SyntaxKind.ExclamationToken: {
        const a = boolean(cx, lowerExpr(cx, e.operand), e.operand);
        if (a.kind === 'const') return named(cx, constAtom(!a.value), target);
        return b.eq('not', [a], target);
      }
      case ts.SyntaxKind.TildeToken:
        return b.eq('bitnot', [numeric(cx, lowerExpr(cx, e.operand), e.operand)], target);
      case ts.SyntaxKind.PlusPlusToken:
      case ts.SyntaxKind.MinusMinusToken: {
        const operand = skipParens(e.operand);
        if (ts.isElementAccessExpression(operand)) {
          return named(cx, storeElement(cx, operand, e.operator === ts.SyntaxKind.PlusPlusToken ? 'add' : 'sub', constAtom(1)), target);
        }
        // (`++g.db` through a value class's setter: the new value)
        const step = e.operator === ts.SyntaxKind.PlusPlusToken ? 'add' : 'sub';
        const set = setterWrite(cx, operand, (old) => {
          const value = b.eq(step, [numeric(cx, old(), operand), constAtom(1)]);
          return { value, result: value };
        });
        if (set) return named(cx, set, target);
        const v = assignable(cx, e.operand);
        b.assign(v, b.eq(step, [varAtom(v), constAtom(1)]));
        defined(cx, v);
        return b.eq('copy', [varAtom(v)], target);
      }
    }
    return b.fail(e, 'TSG1004', `operator '${ts.tokenToString(e.operator)}' is not supported`,
      'tsgrad differentiates arithmetic on numbers: + - * / % ** and Math functions');
  }

  if (ts.isPostfixUnaryExpression(e)) {
    const operand = skipParens(e.operand);
    if (ts.isElementAccessExpression(operand)) {
      const small = smallElement(cx, operand);
      if (small) {
        // (`x[0]++` of a short array held as numbers, small-arrays.ts)
        const old = b.eq('copy', [varAtom(small)], target);
        b.assign(small, b.eq(e.operator === ts.SyntaxKind.PlusPlusToken ? 'add' : 'sub', [old, constAtom(1)]));
        return old;
      }
      const { array, index } = element(cx, operand);
      const old = b.eq('load', [varAtom(array), index], target);
      storeAt(cx, operand, array, index, b.eq(e.operator === ts.SyntaxKind.PlusPlusToken ? 'add' : 'sub', [old, constAtom(1)]));
      return old;
    }
    const step = e.operator === ts.SyntaxKind.PlusPlusToken ? 'add' : 'sub';
    // (`g.db++` through a value class's setter: the old value, as a number)
    const set = setterWrite(cx, operand, (read) => {
      const old = b.eq('copy', [numeric(cx, read(), operand)]);
      return { value: b.eq(step, [old, constAtom(1)]), result: old };
    });
    if (set) return named(cx, set, target);
    const v = assignable(cx, e.operand);
    const old = b.eq('copy', [varAtom(v)], target);
    b.assign(v, b.eq(step, [varAtom(v), constAtom(1)]));
    defined(cx, v);
    return old;
  }

  if (ts.isElementAccessExpression(e)) {
    // (`T[i]['x-shift']` of a module-level table of records: record-tables.ts)
    const field = recordRead(cx, e, (x) => lowerExpr(cx, x));
    if (field) return named(cx, field, target);
    // (`x[1]` of a short array held as numbers, small-arrays.ts)
    const small = smallElement(cx, e);
    if (small) return named(cx, varAtom(small), target);
    const object = objectBinding(cx, e.expression);
    if (object) {
      const key = lowerExpr(cx, e.argumentExpression);
      if (atomType(key) !== 'str') return b.fail(e.argumentExpression, 'TSG1008', `'${e.expression.getText(b.sf)}' is an object of numbers: index it with a string`, `read it by its keys: ${e.expression.getText(b.sf)}[name] with a string name`);
      return b.eq('lookup', [varAtom(object.v), key], target);
    }
    const refused = argumentsElement(cx, e);
    if (refused) return refused;
    const tuple = tupleValue(cx, e, (x) => numeric(cx, lowerExpr(cx, x), x), target);
    if (tuple) return tuple;
    const { array, index } = element(cx, e);
    return b.eq('load', [varAtom(array), index], target);
  }
  if (ts.isPropertyAccessExpression(e) && e.name.text === 'length' && ts.isIdentifier(e.expression) && e.expression.text === 'arguments' &&
      !cx.checker.getSymbolAtLocation(e.expression)?.valueDeclaration) {
    return named(cx, argumentsLength(cx, e), target);
  }
  // (`T[i].gain`, `T.length` of a module-level table of records: record-tables.ts)
  if (ts.isPropertyAccessExpression(e)) {
    const field = recordRead(cx, e, (x) => lowerExpr(cx, x));
    if (field) return named(cx, field, target);
  }
  if (ts.isPropertyAccessExpression(e) && e.name.text === 'length') {
    const rows = rowsBinding(cx, e.expression);
    if (rows) return named(cx, rowCount(cx, rows), target);
    const tuples = tupleCount(cx, e.expression, target);
    if (tuples) return tuples;
    const small = smallLength(cx, e.expression);
    if (small) return named(cx, small, target);
    // (`xs.subarray(a, b).length`: the window's length)
    const arr = arrayBinding(cx, e.expression) ?? windowExpr(cx, e.expression) ?? madeArray(cx, e.expression);
    if (arr) return arr.kind === 'view' ? named(cx, arr.length, target) : b.eq('length', [varAtom(arr.v)], target);
  }
  if (ts.isBinaryExpression(e)) return lowerBinary(cx, e, target);
  if (ts.isConditionalExpression(e)) return cx.conditional(e, target);
  if (ts.isPropertyAccessExpression(e) || ts.isCallExpression(e)) {
    // (`a.dot(b)`, `v.len`, `this.x`, `C.lerp(…)` of a value class: value-classes.ts)
    const n = valueClassNumber(cx, e);
    if (n) return named(cx, n, target);
  }
  if (ts.isCallExpression(e)) return maybeNumberCall(cx, e, target) ?? lowerCall(cx, e, target);

  if (ts.isPropertyAccessExpression(e)) {
    const constant = enumOrStaticConstant(cx, e);
    if (constant) return named(cx, constant, target);
  }
  if (ts.isPropertyAccessExpression(e) && namespaceMember(e, cx.checker)) {
    const table = tableBinding(cx, e);
    if (table) return named(cx, varAtom(table.v), target);
    const constant = moduleConstant(cx, e);
    if (constant) return named(cx, constant, target);
  }
  if (ts.isPropertyAccessExpression(e)) {
    if (ts.isIdentifier(e.expression) && e.expression.text === 'Math') return unknownMath(cx, e, e.name.text, 'constant');
    const object = skipParens(e.expression);
    // (`m.zc.re`, `f(x).zc.re`: a number of an object inside an object, nested-objects.ts)
    const nested = nestedRead(cx, e);
    if (nested) return named(cx, nested, target);
    // `sunCoords(d).ra`, and `c.ra` after `const c = sunCoords(d)`
    if (ts.isCallExpression(object) && numberFields(cx.checker, cx.checker.getTypeAtLocation(object))) return projectCall(cx, object, e.name.text, target);
    const symbol = ts.isIdentifier(object) ? cx.checker.getSymbolAtLocation(object) : undefined;
    const binding = symbol && cx.scope.get(symbol);
    if (binding?.kind === 'object') {
      const v = binding.fields.get(e.name.text);
      if (v) return named(cx, varAtom(v), target);
    }
    // `factors.km`, of a module-level object of numbers: its value
    // (and `TABLE.hi.a`, of an object of numbers inside one: facts.ts nestedModuleObject)
    if (!binding && (ts.isIdentifier(object) || ts.isPropertyAccessExpression(object))) {
      const table = moduleObject(object as ts.Identifier | ts.PropertyAccessExpression, cx.checker);
      if (table && 'error' in table) return b.fail(object, 'TSG1008', `'${object.getText(b.sf)}' ${table.error}`, table.hint);
      const i = table ? table.keys.indexOf(e.name.text) : -1;
      if (table && i >= 0) return named(cx, constAtom(table.values[i]!), target);
    }
    if (binding?.kind === 'opaque' && symbol!.valueDeclaration && ts.isParameter(symbol!.valueDeclaration)) {
      // (an options object: `options.k ?? 2`, `options.units || 'km'`)
      return b.fail(e, 'TSG1002', `'${object.getText(b.sf)}' is an object parameter (${binding.typeText.replace(/\s+/g, ' ')}), which tsgrad passes through without reading its properties`,
        numberFields(cx.checker, cx.checker.getTypeAtLocation(object))
          ? `an exported function's object of numbers has no key in a gradient: take its numbers as parameters of their own (${e.name.text}: number, …) in an exported function that builds the object and calls this one`
          : `take '${e.name.text}' as a parameter of its own (${e.name.text}?: …, or with a default), and let a wrapper unpack the options object`);
    }
    const member = cx.checker.getSymbolAtLocation(e);
    const declaration = member?.valueDeclaration;
    if (member && member.flags & ts.SymbolFlags.EnumMember) {
      return b.fail(e, 'TSG1002', `'${e.getText(b.sf)}' is a member of an enum whose value TypeScript computes only when the program runs`,
        'give the member a constant value (A = 1, or A = \'a\'), or use a module-level constant');
    }
    if (declaration && (ts.isPropertyDeclaration(declaration) || ts.isGetAccessorDeclaration(declaration)) && ts.isClassLike(declaration.parent)) {
      return b.fail(e, 'TSG1002', `'${e.getText(b.sf)}' is a class property, which tsgrad reads only when it is a 'static readonly' number it computes when compiling (literals, Math constants, arithmetic)`,
        `declare it 'static readonly ${e.name.text} = <number>', or keep the constants in a module-level object: const ${ts.isIdentifier(e.expression) ? e.expression.text.toUpperCase() : 'UNITS'} = { ${e.name.text}: … } as const`);
    }
    // (`xs.filter((v) => …).length`: the callback method is what is not supported)
    const inner = callbackCall(cx, e.expression);
    if (inner) return b.fail(inner.call, 'TSG1008', inner.message, inner.hint);
    // (`S.length` of a module-level scratch buffer: the buffer is what is not supported)
    if (moduleBuffer(cx, e.expression)) return moduleBufferFail(cx, e, e.expression);
    // (`mk(x).vel.x` of an object with an array inside: nested-objects.ts)
    const unread = unreadObject(cx.checker, e);
    if (unread) return b.fail(e, 'TSG1003', unread.message, unread.hint);
    const dotted = dottedKeys(e);
    if (dotted) return bracketKeyFail(cx, e, dotted);
    // (`text.length` of a string parameter or local)
    if (classifyType(cx.checker.getTypeAtLocation(e.expression), cx.checker) === 'string') {
      return stringReadFail(cx, e, `'${e.getText(b.sf)}' reads a property of the string '${e.expression.getText(b.sf)}'`, e.expression, 'before the call');
    }
    return b.fail(e, 'TSG1002', `property access '${e.getText(b.sf)}' is not supported`,
      'read numbers from parameters, from module-level constants, or from a module-level object of numbers (const UNITS = { g: 9.81 } as const); pass numbers and arrays of numbers as parameters instead of objects');
  }
  if (ts.isArrowFunction(e) || ts.isFunctionExpression(e)) {
    // (in a method of a class, lowered in place at each call, a local function is not lowered at all: trial46 finding 12)
    const method = ts.findAncestor(e.parent, (n) => ts.isFunctionLike(n));
    if (method && (ts.isMethodDeclaration(method) || ts.isAccessor(method) || ts.isConstructorDeclaration(method)) && ts.isClassLike(method.parent)) {
      const reads = e.getText(b.sf).includes('this.') ? ', passing what it reads of this as parameters' : '';
      return b.fail(e, 'TSG1002', `a local function in a method of the class '${method.parent.name?.text ?? 'default'}' is not supported (tsgrad lowers a method's statements in place at each call, and not the functions it makes)`,
        `move the function to module level${reads}, or write its body where it is called`);
    }
    // (an argument of a factory, `compose((t) => t * t, g)(x)`: which makes a function of it; trial48 finding 5's hint led to another refusal)
    const call = e.parent && ts.isCallExpression(skipParens(e.parent as ts.Expression)) ? skipParens(e.parent as ts.Expression) as ts.CallExpression : undefined;
    if (call && call.arguments.includes(e) && ts.isCallExpression(call.parent) && call.parent.expression === call) {
      return b.fail(e, 'TSG1002', `a function passed to '${call.expression.getText(b.sf)}', which makes a function of it that is called here, is not supported: tsgrad follows a function a helper calls, not one another function keeps`,
        `write what '${call.expression.getText(b.sf)}' makes as an arrow that calls its functions: const h = (x: number): number => …; h(${call.parent.arguments.map((a) => a.getText(b.sf)).join(', ')})`);
    }
    return b.fail(e, 'TSG1002', 'a local function used as a value (stored, passed or returned) is not supported inside a differentiated function; one that is only called is lowered where it is called',
      'call it directly (f(x)), or move the function to module level and call it');
  }
  if (ts.isTypeOfExpression(e)) {
    return b.fail(e, 'TSG1002', "'typeof' is supported only compared with a string",
      "test the type where you use it: typeof x === 'number'");
  }
  if (ts.isNewExpression(e)) return b.fail(e, 'TSG1002', `'${e.getText(b.sf)}' is not supported in a differentiated function`, 'create arrays with new Float64Array(n) or an array literal; other objects cannot flow through a differentiated function');
  const { what, hint } = construct(e, b.sf);
  return b.fail(node, 'TSG1002', `${what} is not supported in a differentiated function`, hint);
}

/**
 * `Mode.Linear` of an enum (a `const enum` too), whose value TypeScript's checker knows (a number
 * or a string), and
 * `Units.G` of a class's `static readonly G = 9.81` (a number tsgrad computes when compiling, as a
 * module-level constant's: `Math.PI / 180`, `12 * Units.INCH`): the constant. Undefined for anything else.
 */
function enumOrStaticConstant(cx: ExprContext, e: ts.PropertyAccessExpression): Atom | undefined {
  const symbol = cx.checker.getSymbolAtLocation(e);
  if (!symbol) return undefined;
  if (symbol.flags & ts.SymbolFlags.EnumMember) {
    // (of the member's declaration: of an access, the checker gives a const enum's alone)
    const d = symbol.valueDeclaration;
    const value = d && ts.isEnumMember(d) ? cx.checker.getConstantValue(d) : undefined;
    return value === undefined ? undefined : constAtom(value);
  }
  const init = staticReadonlyInit(e, cx.checker);
  const value = init && foldConstant(init, cx.checker);
  return value === undefined ? undefined : constAtom(value);
}

/** `ceil` after `var ceil = Math.ceil` (a module-level constant, in this module or imported). */
function mathAlias(checker: ts.TypeChecker, callee: ts.Expression): string | undefined {
  if (!ts.isIdentifier(callee)) return undefined;
  const value = moduleValue(callee, checker);
  const m = value?.kind === 'expr' ? skipParens(value.expr) : undefined;
  return m && ts.isPropertyAccessExpression(m) && ts.isIdentifier(m.expression) && m.expression.text === 'Math' ? m.name.text : undefined;
}

/** The name of the function `id` is an argument of, where that function is declared inside another (a local arrow or function). */
function localCallee(cx: ExprContext, id: ts.Identifier): string | undefined {
  const call = id.parent;
  if (!ts.isCallExpression(call) || !call.arguments.includes(id) || !ts.isIdentifier(call.expression)) return undefined;
  const decl = cx.checker.getSymbolAtLocation(call.expression)?.valueDeclaration;
  if (!decl || !(ts.isFunctionDeclaration(decl) || (ts.isVariableDeclaration(decl) && decl.initializer && (ts.isArrowFunction(skipParens(decl.initializer)) || ts.isFunctionExpression(skipParens(decl.initializer)))))) return undefined;
  for (let n: ts.Node | undefined = decl.parent; n; n = n.parent) if (ts.isFunctionLike(n)) return call.expression.text;
  return undefined;
}

/** A constant or variable becomes the named variable when a declaration asks for one. */
function named(cx: ExprContext, a: Atom, target?: Var): Atom {
  return target ? cx.b.eq('copy', [a], target) : a;
}

function readIdentifier(cx: ExprContext, id: ts.Identifier): Atom {
  const { b, checker } = cx;
  const symbol = checker.getSymbolAtLocation(id);
  const binding = symbol && cx.scope.get(symbol);
  if (binding?.kind === 'var') return varAtom(binding.v);
  if (binding?.kind === 'rows') return rowsFail(cx, id);
  if (binding?.kind === 'view') {
    return b.fail(id, 'TSG1008', `'${id.text}' is a window onto another array; only its elements and length can be read`, 'read its elements (w[i]) or its length, or pass it to a helper as an argument');
  }
  if (binding?.kind === 'object') {
    // (passed to a function declared inside the differentiated one: at module level it could take it)
    const local = localCallee(cx, id);
    return b.fail(id, 'TSG1006', `'${id.text}' is an object of numbers (${binding.typeText}); tsgrad reads its properties but cannot pass it on or use it whole${local ? `, except to a function of the module: '${local}' is declared inside this function` : ''}`,
      local ? `declare '${local}' at module level (function ${local}(…)), with what it reads of this function as parameters: a function of the module takes and returns objects of numbers (s = ${local}(s, …))`
        : swapped(id) ?? `read the numbers you need: ${id.text}.${[...binding.fields.keys()][0] ?? 'x'}`);
  }
  // (`undefined` as a boolean: a test of it is decided, anything else is refused where it is used)
  if (binding?.kind === 'absent') return constAtom(false, { name: 'undefined' });
  if (binding?.kind === 'opaque') {
    const optional = optionalArray(cx, id);
    if (optional) return b.fail(id, 'TSG1003', optional.message, optional.hint);
    return b.fail(id, 'TSG1006', `'${id.text}' has type '${binding.typeText}', which tsgrad cannot use in arithmetic`,
      'only numbers, booleans and arrays of numbers flow through a differentiated function');
  }
  if (id.text === 'undefined') return b.fail(id, 'TSG1002', "'undefined' is not a number", 'use a number (NaN, 0) where a number is expected');
  // a parameter of the factory that made this function, bound to its argument (values.ts)
  const bound = symbol && b.captured?.get(symbol);
  if (bound?.kind === 'const' && typeof bound.value !== 'string') return constAtom(bound.value);
  if (bound) {
    return b.fail(id, 'TSG1006', `'${id.text}' is ${bound.kind === 'const' ? `the string '${bound.value}'` : 'a function'} here, which tsgrad cannot use as a value`,
      bound.kind === 'const' ? 'only numbers, booleans and arrays of numbers flow through a differentiated function' : `call it: ${id.text}(x)`);
  }
  const member = mathMember(id, checker);
  if (member !== undefined) {
    const named = mathConstant(member);
    if (named) return constAtom(mathConstants[named.name], named);
    return b.fail(id, 'TSG1005', `'${id.text}' is 'Math.${member}', which is not a numeric constant`, `call it: ${id.text}(x)`);
  }
  const table = tableBinding(cx, id);
  if (table) return varAtom(table.v);
  const constant = moduleConstant(cx, id);
  if (constant) return constant;
  const after = declaredAfter(id, checker);
  if (after) readBeforeDeclaration(b, id, after);
  const s = symbol && (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
  const d = s?.valueDeclaration;
  if (d && ts.isVariableDeclaration(d)) {
    return b.fail(id, 'TSG1002', `'${id.text}' is mutable state outside the function`,
      'pass it as a parameter, or declare it as a module-level const');
  }
  return b.fail(id, 'TSG1002', `'${id.text}' is not a local variable, parameter or numeric constant`, 'pass the value in as a parameter, or declare it as a module-level const');
}

/**
 * A local read before its own `let`/`const` further down its block: JavaScript's temporal dead
 * zone, tsc's TS2448 (trial37 repro/tdz_message.ts).
 */
export function readBeforeDeclaration(b: FunctionBuilder, id: ts.Identifier, d: ts.VariableDeclaration): never {
  const line = b.sf.getLineAndCharacterOfPosition(d.getStart()).line + 1;
  return b.fail(id, 'TSG1002', `'${id.text}' is read before its declaration on line ${line} (in JavaScript a ReferenceError, TypeScript's error TS2448): inside that block '${id.text}' names the variable declared there`,
    `move the declaration of '${id.text}' above this use, or give the inner variable another name`);
}

/**
 * A module-level constant read in the function (`G`, `K.PI2` through a namespace import, an
 * imported default), inlined as its value; undefined when `e` names no module-level variable.
 */
function moduleConstant(cx: ExprContext, e: ts.Identifier | ts.PropertyAccessExpression): Atom | undefined {
  const { b, checker } = cx;
  const value = moduleValue(e, checker);
  const text = e.getText(b.sf);
  if (value?.kind === 'expr') {
    const n = foldConstant(value.expr, checker);
    if (n !== undefined) return constAtom(n);
    // (`const DEBUG = false`, `const FAST = N > 64`: a test of it is decided when compiling)
    const flag = foldBoolean(value.expr, checker);
    if (flag !== undefined) return constAtom(flag);
    // (a module-level function passed as a value, `compose(sq, sq)`: trial48 finding 5 called it a constant that is not a number)
    const fnValue = skipParens(value.expr);
    if (ts.isArrowFunction(fnValue) || ts.isFunctionExpression(fnValue)) {
      const call = e.parent && ts.isCallExpression(e.parent) && e.parent.arguments.includes(e as ts.Expression) ? e.parent : undefined;
      return b.fail(e, 'TSG1002', `'${text}' is a function used as a value${call ? ` (passed to '${call.expression.getText(b.sf)}')` : ''}: tsgrad follows a function passed to a helper that calls it or passes it on, not one a function stores or returns inside another`,
        `call it by name in an arrow that does what you need: const h = (x: number): number => ${text}(x)${call ? `, in place of what '${call.expression.getText(b.sf)}' makes` : ''}`);
    }
    return b.fail(e, 'TSG1002', `module constant '${text}' is not a number or a boolean that tsgrad computes when compiling`,
      'tsgrad inlines module-level constants made of literals, Math constants, arithmetic, comparisons and !, && and ||');
  }
  if (value?.kind === 'mutable') {
    const where = value.where.getSourceFile();
    const { line } = where.getLineAndCharacterOfPosition(value.where.getStart(where));
    const at = where === b.sf ? `line ${line + 1}` : `${where.fileName.replace(/.*[\\/]/, '')}:${line + 1}`;
    return b.fail(e, 'TSG1002', `'${text}' is mutable module state: its module assigns it (${at}), so its value can change between calls`,
      'pass it as a parameter, or make it a const that nothing assigns');
  }
  if (value?.kind === 'declared') {
    return b.fail(e, 'TSG1002', `the value of '${text}' is not visible to tsgrad: ${value.file.replace(/.*[\\/]/, '')} declares it without one`,
      'pass it as a parameter, or import it from a TypeScript module that gives its value');
  }
  return undefined;
}

/**
 * A module-level constant table read in the function (`C`, `K.C`): an array variable of the
 * function that the generated module declares (a copy of the source's values).
 */
export function tableBinding(cx: ExprContext, e: ts.Identifier | ts.PropertyAccessExpression): Binding & { kind: 'var' } | undefined {
  const { b, checker } = cx;
  if (ts.isPropertyAccessExpression(e) && !namespaceMember(e, checker) && !staticReadonlyInit(e, checker)) return undefined;
  const table = moduleTable(e, checker);
  if (!table) return undefined;
  let s = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(e) ? e.name : e)!;
  if ('error' in table) {
    // (a scratch buffer of the module this function does not fill before it reads it: statements/module-scratch.ts)
    const scratch = cx.scratchRefusals?.get(s);
    if (scratch) return scratchFail(cx, e, e.getText(b.sf), scratch);
    return b.fail(e, 'TSG1008', `'${e.getText(b.sf)}' ${table.error}`, table.hint);
  }
  if (s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
  const decl = s.valueDeclaration!;
  let entry = b.tables.get(decl);
  if (!entry) {
    entry = { v: b.newVar(tableName(s, decl), 'f64[]', 'local', false), ctor: table.ctor, values: table.values };
    b.tables.set(decl, entry);
  }
  return { kind: 'var', v: entry.v };
}

/**
 * The name of the generated module's copy of a constant table: the source's, prefixed by its
 * namespace's (`Tab_W` of `namespace Tab { export const W = … }`), so that tables of the same
 * name in two namespaces and the module, read by different functions, are copied apart.
 */
function tableName(s: ts.Symbol, decl: ts.Declaration): string {
  const name = s.getName() === 'default' ? 'table' : s.getName();
  // (a class's static table: `Poly_COEFFS`)
  if (ts.isPropertyDeclaration(decl) && ts.isClassLike(decl.parent) && decl.parent.name) return `${decl.parent.name.text}_${name}`;
  const block = ts.isVariableDeclaration(decl) ? decl.parent.parent.parent : undefined;
  return block && ts.isModuleBlock(block) && ts.isIdentifier(block.parent.name) ? `${block.parent.name.text}_${name}` : name;
}

/**
 * A module-level constant object of numbers read in the function (`factors`, `K.factors`),
 * by a string key: an object the generated module declares (a copy of the source's).
 */
function objectBinding(cx: ExprContext, e: ts.Expression): Binding & { kind: 'var' } | undefined {
  const { b, checker } = cx;
  const inner = skipParens(e);
  if (ts.isPropertyAccessExpression(inner) ? !namespaceMember(inner, checker) : !ts.isIdentifier(inner)) return undefined;
  const named = inner as ts.Identifier | ts.PropertyAccessExpression;
  const symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(named) ? named.name : named);
  if (ts.isIdentifier(named) && symbol && cx.scope.has(symbol)) return undefined;
  const table = moduleObject(named, checker);
  if (!table) return undefined;
  if ('error' in table) return b.fail(e, 'TSG1008', `'${e.getText(b.sf)}' ${table.error}`, table.hint);
  let s = symbol!;
  if (s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
  const decl = s.valueDeclaration!;
  let entry = b.tables.get(decl);
  if (!entry) {
    // (an object, held as the generated module's constant: never written, never active)
    entry = { v: b.newVar(tableName(s, decl), 'f64[]', 'local', false), ctor: 'Object', values: table.values, keys: table.keys };
    b.tables.set(decl, entry);
  }
  return { kind: 'var', v: entry.v };
}

/** A module-level constant table: it cannot be written. */
export function isTable(cx: ExprContext, v: Var): boolean {
  return [...cx.b.tables.values()].some((t) => t.v === v);
}

/** `K.PI2`: a member of a module imported as a namespace (`import * as K from './consts.js'`). */
function namespaceMember(e: ts.PropertyAccessExpression, checker: ts.TypeChecker): boolean {
  if (!ts.isIdentifier(e.expression)) return false;
  const s = checker.getSymbolAtLocation(e.expression);
  if (!s) return false;
  // (`Units.SCALE` of a `namespace Units` of this module: trial43 repro/namespace_const.ts)
  if ((s.flags & ts.SymbolFlags.ValueModule) !== 0) return s.declarations?.some((d) => ts.isModuleDeclaration(d) && !d.getSourceFile().isDeclarationFile) ?? false;
  return (s.flags & ts.SymbolFlags.Alias) !== 0 && (checker.getAliasedSymbol(s).flags & ts.SymbolFlags.ValueModule) !== 0;
}

/** The variable an assignment or `++` writes. */
export function assignable(cx: ExprContext, target: ts.Expression): Var {
  const inner = skipParens(target);
  if (ts.isIdentifier(inner)) {
    const symbol = cx.checker.getSymbolAtLocation(inner);
    const binding = symbol && cx.scope.get(symbol);
    if (binding?.kind === 'var') return binding.v;
    if (binding?.kind === 'object' && binding.options) {
      // (`parameters = parameters || {}` is nothing to do: optionsFallback)
      const field = [...binding.fields.keys()][0]!;
      return cx.b.fail(inner, 'TSG1002', `assignment to the options object '${inner.text}', whose properties tsgrad reads where the function starts`,
        `read a property into a local variable and assign that: let ${field} = ${inner.text}.${field} ?? …`);
    }
    if (binding?.kind === 'opaque') {
      // (`parameters = parameters || {}`, fmin's)
      return cx.b.fail(inner, 'TSG1002', `assignment to the object parameter '${inner.text}' (${binding.typeText.replace(/\s+/g, ' ')}), which tsgrad passes through without reading it`,
        'take the numbers it holds as parameters of their own (with defaults), and let a wrapper unpack the object');
    }
    return cx.b.fail(inner, 'TSG1002', `assignment to '${inner.text}', which is not a local variable or parameter`,
      'differentiated functions may not write state outside themselves');
  }
  // `s.a = …` of a local object of numbers (`const s = { a: x, b: y }`): its number variable
  if (ts.isPropertyAccessExpression(inner) && ts.isIdentifier(inner.expression)) {
    const binding = cx.scope.get(cx.checker.getSymbolAtLocation(inner.expression)!);
    const v = binding?.kind === 'object' ? binding.fields.get(inner.name.text) : undefined;
    if (v?.mutable) return v;
    // (the caller's object, of an exported function: object-mutation.ts)
    const changed = binding?.kind === 'opaque' ? exportedObjectChanged(cx, inner) : undefined;
    if (changed) return cx.b.fail(target, 'TSG1003', changed.message, changed.hint);
  }
  // (`this.x += …` in a method of a value class changing its instance: value-classes.ts)
  const field = thisFieldTarget(cx, inner);
  if (field) return field;
  // (`st.pos.x = …`: a number of an object inside a local object, refused: nested-objects.ts)
  nestedWrite(cx, inner);
  // (`rest.length = 0`, emptying a scratch list reused across a loop's iterations: the form
  // that compiles is a new list per iteration, trial38)
  if (ts.isPropertyAccessExpression(inner) && inner.name.text === 'length' && ts.isIdentifier(inner.expression) &&
    cx.checker.isArrayLikeType(cx.checker.getTypeAtLocation(inner.expression))) {
    const name = inner.expression.text;
    const type = cx.checker.typeToString(cx.checker.getTypeAtLocation(inner.expression));
    const set = ts.isBinaryExpression(target.parent) && target.parent.left === target ? target.parent.right.getText(cx.b.sf) : undefined;
    const loop = ts.findAncestor(target, (n) => ts.isIterationStatement(n, false) || ts.isFunctionLike(n));
    const where = loop && !ts.isFunctionLike(loop) ? 'at the top of the loop\'s body, so each iteration starts with an empty one' : 'where an empty one is needed';
    return cx.b.fail(target.parent, 'TSG1002', `'${target.parent.getText(cx.b.sf)}' ${set === '0' ? 'empties' : 'resizes'} the array '${name}' in place, and tsgrad does not change an array's length by assigning it`,
      set === '0' ? `declare a new array instead, ${where}: const ${name}: ${type} = [] (and fill it with push)` : `make a new array of the length you need: const ${name}2 = ${name}.slice(0, ${set ?? 'n'})`);
  }
  return cx.b.fail(target, 'TSG1002', `assignment to '${target.getText(cx.b.sf)}' is not supported`, 'assign to a local variable, a parameter or an element of an array of numbers');
}

/** `options = options || {}` (or `?? {}`, `||= {}`, `??= {}`) of an options object parameter. */
export function optionsFallback(cx: ExprContext, e: ts.BinaryExpression): boolean {
  const left = skipParens(e.left);
  const binding = ts.isIdentifier(left) ? cx.scope.get(cx.checker.getSymbolAtLocation(left)!) : undefined;
  if (binding?.kind !== 'object' || !binding.options) return false;
  const empty = (x: ts.Expression) => { const y = skipParens(x); return ts.isObjectLiteralExpression(y) && y.properties.length === 0; };
  const op = e.operatorToken.kind;
  if (op === ts.SyntaxKind.BarBarEqualsToken || op === ts.SyntaxKind.QuestionQuestionEqualsToken) return empty(e.right);
  const right = skipParens(e.right);
  return op === ts.SyntaxKind.EqualsToken && ts.isBinaryExpression(right) && empty(right.right) &&
    (right.operatorToken.kind === ts.SyntaxKind.BarBarToken || right.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) &&
    ts.isIdentifier(skipParens(right.left)) && (skipParens(right.left) as ts.Identifier).text === (left as ts.Identifier).text;
}

function lowerBinary(cx: ExprContext, e: ts.BinaryExpression, target?: Var): Atom {
  const { b } = cx;
  const op = e.operatorToken.kind;
  if (op === ts.SyntaxKind.CommaToken) {
    lowerExpr(cx, e.left);
    return lowerExpr(cx, e.right, target);
  }
  if (isAssignmentOperator(op)) {
    const left = skipParens(e.left);
    if (ts.isElementAccessExpression(left)) {
      if (op === ts.SyntaxKind.EqualsToken && tupleStore(cx, left, e.right, (x) => numeric(cx, lowerExpr(cx, x), x))) return constAtom(0);
      if (op === ts.SyntaxKind.EqualsToken) return named(cx, storeElement(cx, left, undefined, undefined, e.right), target);
      const prim = compoundPrims.get(op);
      if (!prim) return unsupportedOperator(cx, e);
      return named(cx, storeElement(cx, left, prim, undefined, e.right), target);
    }
    // (`options = options || {}`, `options ??= {}` of an options object: its properties, read
    // where the function starts, are undefined where it is left out, as they would be of `{}`)
    if (optionsFallback(cx, e)) return constAtom(0);
    // (`x = [a, b, c]` of a short array held as numbers, small-arrays.ts)
    if (op === ts.SyntaxKind.EqualsToken && smallAssignment(cx, left, e.right, (x) => numeric(cx, lowerExpr(cx, x), x))) return constAtom(0);
    const object = op === ts.SyntaxKind.EqualsToken ? objectBindingOf(cx, left) : undefined;
    if (object) return objectAssignment(cx, e, object);
    // (`g.db = v`, `g.db *= 2` through a value class's setter: the value written)
    const setPrim = compoundPrims.get(op);
    const set = (op === ts.SyntaxKind.EqualsToken || setPrim) && setterWrite(cx, left, (old) => {
      if (op === ts.SyntaxKind.EqualsToken) {
        const value = numeric(cx, lowerExpr(cx, e.right), e.right);
        return { value, result: value };
      }
      // (the getter's value as it was before the right side ran, which may write through the
      // setter: `k.g += k.twist(d)`, `k.g += (k.g += d)`; trial47 finding 1 read the field after it)
      const [read, right] = b.inOrder([left, e.right], (x, i) => numeric(cx, i === 0 ? old() : lowerExpr(cx, x), x));
      const value = b.eq(setPrim!, [read!, right!]);
      return { value, result: value };
    });
    if (set) return named(cx, set, target);
    const v = assignable(cx, e.left);
    if (op === ts.SyntaxKind.EqualsToken && cx.undefinedFlags?.has(v) && mayBeAbsent(cx, e.right)) {
      // (`a = dot(x, y)`, a number that may be absent: its flag too)
      assignMaybeNumber(cx, v, e.right);
      return b.eq('copy', [varAtom(v)], target);
    }
    if (op === ts.SyntaxKind.EqualsToken) {
      const value = lowerExpr(cx, e.right);
      b.assign(v, value);
    } else if (logicalAssignments.has(op)) {
      logicalAssignment(cx, e, v);
      return b.eq('copy', [varAtom(v)], target);
    } else {
      const prim = compoundPrims.get(op);
      if (!prim) return unsupportedOperator(cx, e);
      // (`s += (s = y) * 2`: the s read first is the one before the right side runs)
      const mark = b.mark();
      const rhs = numeric(cx, lowerExpr(cx, e.right), e.right);
      b.assign(v, b.eq(prim, [b.before(mark, varAtom(v)), rhs]));
    }
    defined(cx, v);
    return b.eq('copy', [varAtom(v)], target);
  }
  if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) {
    const value = logical(cx, e, target);
    if (value) return value;
  }
  const test = typeTest(cx, e, target) ?? nullishTest(cx, e, target);
  if (test) return test;
  const nullish = nullTest(cx, e);
  if (nullish !== undefined) return named(cx, constAtom(nullish), target);
  const prim = binaryPrims.get(op);
  if (!prim) return unsupportedOperator(cx, e);
  if (prim === 'add' || prim === 'sub' || prim === 'mul' || prim === 'div' || prim === 'mod' || prim === 'pow') {
    const stringy = [e.left, e.right].some((x) => cx.checker.getTypeAtLocation(x).flags & ts.TypeFlags.StringLike);
    if (stringy) {
      return b.fail(e, 'TSG1006', 'string operations are not differentiable',
        'keep strings out of the computation of a differentiated result');
    }
  }
  // `a && g(x)`, `a || (k = …)`, `j < n && t[j] === v`: the right side runs only when the left
  // does not decide (it may write arrays, assign or throw, or read an element the left guards),
  // as JavaScript evaluates it
  if ((prim === 'and' || prim === 'or') && (hasEffects(e.right) || guardsIndex(e.left, e.right))) {
    const x = boolean(cx, lowerExpr(cx, e.left), e.left);
    if (x.kind === 'const') return x.value === (prim === 'or') ? named(cx, x, target) : named(cx, boolean(cx, lowerExpr(cx, e.right), e.right), target);
    const right = () => boolean(cx, lowerExpr(cx, e.right), e.right);
    const chosen = prim === 'and' ? cx.select(x, right, () => constAtom(false), 'bool') : cx.select(x, () => constAtom(true), right, 'bool');
    // (a test of its own, which a reverse sweep keeps as it keeps any test's answer)
    return b.eq('copy', [chosen], target);
  }
  const [l, r] = cx.b.inOrder([e.left, e.right], (x) => lowerExpr(cx, x));
  if (booleanPrims.has(prim)) {
    const [x, y] = [boolean(cx, l, e.left), boolean(cx, r, e.right)];
    if (x.kind === 'const' && y.kind === 'const') return named(cx, constAtom(prim === 'and' ? x.value && y.value : x.value || y.value), target);
    // (one side known, `DEBUG && x > 0`: the other side, or the answer; neither side has effects)
    for (const [known, other] of [[x, y], [y, x]] as const) {
      if (known.kind === 'const') return named(cx, known.value === (prim === 'and') ? other : known, target);
    }
    return b.eq(prim, [x, y], target);
  }
  // (`arguments.length > 2` where that is known: decided, so that a test of a callback under it is too)
  const folded = l.kind === 'const' && r.kind === 'const' && typeof l.value === 'number' && typeof r.value === 'number' ? compare(prim, l.value, r.value) : undefined;
  if (folded !== undefined) return named(cx, constAtom(folded), target);
  if (prim === 'eq' || prim === 'ne') {
    // (a local holding null is 0 to arithmetic, but null === 0 is false)
    const nulls = [l, r].filter((a) => a.kind === 'var' && cx.nullValued?.has(a.v));
    if (nulls.length > 1) return b.fail(e, 'TSG1004', 'comparing two numbers that may both be null is not supported', 'test each for null first (a === null)');
    const flag = nulls[0]?.kind === 'var' ? cx.undefinedFlags?.get(nulls[0].v) : undefined;
    if (flag) {
      const test = b.eq(prim, [l, r]);
      return prim === 'eq' ? b.eq('and', [b.eq('not', [flagAtom(flag)]), test], target) : b.eq('or', [flagAtom(flag), test], target);
    }
    return b.eq(prim, [l, r], target);
  }
  return b.eq(prim, [numeric(cx, l, e.left), numeric(cx, r, e.right)], target);
}

/** Whether evaluating `e` may do more than compute a value: a call, an assignment, `++`/`--`. */
export function hasEffects(e: ts.Node): boolean {
  // (Math's and Number's functions only compute)
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && ts.isIdentifier(e.expression.expression) &&
      (e.expression.expression.text === 'Math' || e.expression.expression.text === 'Number')) return e.arguments.some(hasEffects);
  if (ts.isCallExpression(e) || ts.isNewExpression(e) || isIncrement(e)) return true;
  if (ts.isBinaryExpression(e) && isAssignmentOperator(e.operatorToken.kind)) return true;
  if (ts.isFunctionLike(e)) return false;
  return ts.forEachChild(e, hasEffects) === true;
}

/**
 * Whether `right` reads an element at an index that `left` compares (`j + 1 < n && t[j + 1]`,
 * `i >= t.length || t[i] > x`): a bounds test, which keeps the read from going past the end.
 * (Other tests are taken with both sides evaluated, a branch less: `!isOdd(i) || x[i] > 0`.)
 */
function guardsIndex(left: ts.Expression, right: ts.Expression): boolean {
  const compared = new Set<string>();
  // (`p[i] <= 0 || p[i] >= 1` compares an element, not its index: `elements` false)
  const names = (e: ts.Node, into: Set<string>, elements: boolean): void => {
    if (ts.isIdentifier(e)) into.add(e.text);
    else if (!ts.isFunctionLike(e) && (elements || !ts.isElementAccessExpression(e))) ts.forEachChild(e, (c) => names(c, into, elements));
  };
  const comparisons = (e: ts.Node): void => {
    if (ts.isBinaryExpression(e) && relational.has(e.operatorToken.kind)) names(e, compared, false);
    else if (!ts.isFunctionLike(e)) ts.forEachChild(e, comparisons);
  };
  comparisons(left);
  const reads = (e: ts.Node): boolean => {
    if (ts.isElementAccessExpression(e)) {
      const index = new Set<string>();
      names(e.argumentExpression, index, true);
      if ([...index].some((n) => compared.has(n))) return true;
    }
    return !ts.isFunctionLike(e) && ts.forEachChild(e, reads) === true;
  };
  return compared.size > 0 && reads(right);
}
const relational: ReadonlySet<ts.SyntaxKind> = new Set([ts.SyntaxKind.LessThanToken, ts.SyntaxKind.LessThanEqualsToken, ts.SyntaxKind.GreaterThanToken, ts.SyntaxKind.GreaterThanEqualsToken]);

/**
 * `a || b`, `a && b` and `a ?? b` whose value is a number: the operand JavaScript's value is,
 * with the other not evaluated, so the derivative flows through the chosen one (`Math.sign(c)
 * || 1` is `Math.sign(c)` unless that is 0 or NaN). Undefined when the value is a boolean
 * (or in a condition, a boolean or a number): then both are tests, and `and`/`or` of them.
 */
function logical(cx: ExprContext, e: ts.BinaryExpression, target?: Var): Atom | undefined {
  const { b, checker } = cx;
  const op = e.operatorToken.kind;
  const valued = classifyType(checker.getTypeAtLocation(e), checker);
  const numberValued = valued === 'number';
  // (`units || 'kilometers'` of a string that may be undefined or empty: a string)
  const stringOr = op === ts.SyntaxKind.BarBarToken && valued === 'string';
  if (op !== ts.SyntaxKind.QuestionQuestionToken && !numberValued && !stringOr) return undefined;
  const l = lowerExpr(cx, e.left);
  const type = target?.type ?? 'f64';
  if (stringOr) {
    if (atomType(l) !== 'str') return b.fail(e.left, 'TSG1006', `'${e.left.getText(b.sf)}' is not a string tsgrad reads`, 'pass a string parameter or literal');
    return cx.select(b.eq('truthy', [l]), () => l, () => text(cx, lowerExpr(cx, e.right), e.right), 'str', target);
  }
  if (op === ts.SyntaxKind.QuestionQuestionToken) {
    // a number or a boolean is never null or undefined, but a read its type says may be
    // undefined (`x[i] ?? 0` under noUncheckedIndexedAccess) is tested where it happens
    // (and so is an element read typed number, which past the end is undefined all the same)
    const maybeNullish = isElementRead(checker, e.left) || checker.getTypeAtLocation(e.left).getFlags() & (ts.TypeFlags.Undefined | ts.TypeFlags.Null) ||
      (checker.getTypeAtLocation(e.left).isUnion() &&
        (checker.getTypeAtLocation(e.left) as ts.UnionType).types.some((t) => t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
    if (isArrayType(atomType(l))) return b.fail(e.left, 'TSG1006', "an array is used where '??' expects a number", 'an array is never nullish: use it directly, or write a number on the left of \'??\'');
    // an optional number parameter: its flag says whether it holds undefined
    const flag = l.kind === 'var' ? cx.undefinedFlags?.get(l.v) : undefined;
    if (flag) return cx.select(flagAtom(flag), () => numeric(cx, lowerExpr(cx, e.right), e.right), () => l, type, target);
    // an optional string or flag (`kind ?? 'l2'`, `on ?? true`): the right side where it is undefined
    const passed = atomType(l);
    if (maybeNullish && (passed === 'str' || passed === 'bool')) {
      const right = () => (passed === 'str' ? text(cx, lowerExpr(cx, e.right), e.right) : boolean(cx, lowerExpr(cx, e.right), e.right));
      return cx.select(b.eq('eq', [l, constAtom(NaN, { name: 'undefined' })]), right, () => l, passed, target);
    }
    if (!maybeNullish || atomType(l) === 'bool') return named(cx, l, target);
    return cx.select(b.eq('isnumber', [l]), () => l, () => numeric(cx, lowerExpr(cx, e.right), e.right), type, target);
  }
  const takeLeft = op === ts.SyntaxKind.BarBarToken;
  // a boolean left operand the checker narrowed to one value (`(!0) && 1` is typed 1): where
  // it does not decide, its value is true or false, which arithmetic reads as 1 or 0
  // (only a boolean by its type: `(on && 1.5) || 0.5`'s left operand, `false | 1.5`, is lowered
  // as a test, its 1.5 lost, and stays refused)
  const booleanLeft = atomType(l) === 'bool' && (checker.getTypeAtLocation(e.left).getFlags() & ts.TypeFlags.BooleanLike) !== 0;
  const left = booleanLeft
    ? (l.kind === 'const' ? constAtom(l.value ? 1 : 0) : cx.select(l, () => constAtom(1), () => constAtom(0), 'int'))
    : numeric(cx, l, e.left);
  const right = () => numeric(cx, lowerExpr(cx, e.right), e.right);
  if (left.kind === 'const') {
    const truthy = Boolean(left.value);
    return truthy === takeLeft ? named(cx, left, target) : named(cx, right(), target);
  }
  const truthy = b.eq('truthy', [left]);
  return takeLeft ? cx.select(truthy, () => left, right, type, target) : cx.select(truthy, right, () => left, type, target);
}

export const logicalAssignments: ReadonlySet<ts.SyntaxKind> = new Set([ts.SyntaxKind.BarBarEqualsToken, ts.SyntaxKind.AmpersandAmpersandEqualsToken, ts.SyntaxKind.QuestionQuestionEqualsToken]);

/**
 * `x ||= y`, `x &&= y`, `x ??= y` of a number variable: `x || (x = y)` and so on, as
 * JavaScript evaluates them: `y` is evaluated, and assigned, only when `x` does not decide
 * (falsy for `||=`, truthy for `&&=`, undefined for `??=`: an optional number parameter, since
 * a number variable is never nullish).
 */
export function logicalAssignment(cx: ExprContext, e: ts.BinaryExpression, v: Var): void {
  const { b } = cx;
  if (v.type !== 'f64' && v.type !== 'int') {
    return b.fail(e, 'TSG1004', `operator '${e.operatorToken.getText(b.sf)}' is supported on number variables only`, `write the test out: if (${e.left.getText(b.sf)} === undefined) ${e.left.getText(b.sf)} = ${e.right.getText(b.sf)}`);
  }
  const op = e.operatorToken.kind;
  const flag = cx.undefinedFlags?.get(v);
  const truthy = () => b.eq('truthy', [varAtom(v)]);
  // (the flag's value before the branch, which assigns it: the reverse sweep tests the same value)
  const assigns = op === ts.SyntaxKind.QuestionQuestionEqualsToken ? (flag ? b.eq('copy', [flagAtom(flag)]) : constAtom(false))
    : op === ts.SyntaxKind.BarBarEqualsToken ? b.eq('not', [truthy()]) : truthy();
  const assign = () => { b.assign(v, numeric(cx, lowerExpr(cx, e.right), e.right)); defined(cx, v); };
  if (assigns.kind === 'const') {
    if (assigns.value) assign();
  } else {
    b.emit({ kind: 'if', cond: assigns, then: b.block(assign), else: [], loc: b.loc });
  }
}

/**
 * `vals == null`, `xs === undefined` (and `!=`, `!==`) of an array: decided, since an array
 * tsgrad reads is an array, never null or undefined.
 */
function nullTest(cx: ExprContext, e: ts.BinaryExpression): boolean | undefined {
  const op = e.operatorToken.kind;
  const equal = op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken;
  if (!equal && op !== ts.SyntaxKind.ExclamationEqualsEqualsToken && op !== ts.SyntaxKind.ExclamationEqualsToken) return undefined;
  const isNullish = (x: ts.Expression) => x.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(x) && x.text === 'undefined');
  const [l, r] = [skipParens(e.left), skipParens(e.right)];
  const other = isNullish(r) ? l : isNullish(l) ? r : undefined;
  if (!other || !namesArray(cx, other)) return undefined;
  // (an optional array parameter: its flag, nullishTest)
  const inner = skipParens(other);
  const binding = ts.isIdentifier(inner) ? cx.scope.get(cx.checker.getSymbolAtLocation(inner)!) : undefined;
  if (binding?.kind === 'var' && cx.undefinedFlags?.has(binding.v)) return undefined;
  return !equal;
}

const typeNames = new Set(['number', 'string', 'boolean', 'undefined', 'object', 'function', 'bigint', 'symbol']);

/**
 * `typeof x === 'number'` (or `!==`, `==`, `!=`, either way round). Of a number, it is tested
 * when the function runs (a caller from JavaScript may pass anything); the other names
 * against a number, and any name against a boolean or an array, are decided by its type.
 */
function typeTest(cx: ExprContext, e: ts.BinaryExpression, target?: Var): Atom | undefined {
  const op = e.operatorToken.kind;
  const equal = op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken;
  if (!equal && op !== ts.SyntaxKind.ExclamationEqualsEqualsToken && op !== ts.SyntaxKind.ExclamationEqualsToken) return undefined;
  const [l, r] = [skipParens(e.left), skipParens(e.right)];
  const [t, s] = ts.isTypeOfExpression(l) ? [l, r] : [r, l];
  if (!ts.isTypeOfExpression(t)) return undefined;
  if (!ts.isStringLiteral(s) && !ts.isNoSubstitutionTemplateLiteral(s)) {
    return cx.b.fail(e, 'TSG1002', "'typeof' is supported only compared with a string literal", "write typeof x === 'number'");
  }
  if (!typeNames.has(s.text)) return cx.b.fail(s, 'TSG1002', `'${s.text}' is not a name typeof gives`, 'compare with \'number\', \'string\', \'boolean\', \'undefined\', \'object\', \'function\', \'bigint\' or \'symbol\'');
  const a = lowerExpr(cx, t.expression);
  const type = atomType(a);
  if (isUndefinedAtom(a)) return named(cx, constAtom((s.text === 'undefined') === equal), target);
  const flag = a.kind === 'var' ? cx.undefinedFlags?.get(a.v) : undefined;
  // (`typeof null` is 'object')
  if (flag && (s.text === 'undefined' || s.text === 'object') && (s.text === 'object') === (a.kind === 'var' && !!cx.nullValued?.has(a.v))) {
    return equal ? named(cx, flagAtom(flag), target) : cx.b.eq('not', [flagAtom(flag)], target);
  }
  if (flag && s.text === 'number') return equal ? cx.b.eq('not', [flagAtom(flag)], target) : named(cx, flagAtom(flag), target);
  // (an optional array parameter: an 'object' where it is given)
  if (flag && isArrayType(type) && s.text === 'object') return equal ? cx.b.eq('not', [flagAtom(flag)], target) : named(cx, flagAtom(flag), target);
  if (type === 'f64' || type === 'int') {
    if (s.text === 'number') return cx.b.eq(equal ? 'isnumber' : 'not', equal ? [a] : [cx.b.eq('isnumber', [a])], target);
    return named(cx, constAtom(!equal), target);
  }
  const is = s.text === (type === 'bool' ? 'boolean' : type === 'str' ? 'string' : 'object');
  return named(cx, constAtom(is === equal), target);
}

/**
 * `x === undefined`, `x == null`, `x !== void 0` (either way round). Of a callback left out,
 * decided; of an optional number parameter, its flag; of a number whose type may be undefined
 * (`a[i]` under noUncheckedIndexedAccess), tested when it runs; of a number or boolean, decided
 * (never `undefined` or `null`).
 */
function nullishTest(cx: ExprContext, e: ts.BinaryExpression, target?: Var): Atom | undefined {
  const op = e.operatorToken.kind;
  const strict = op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsEqualsToken;
  const equal = op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken;
  if (!equal && op !== ts.SyntaxKind.ExclamationEqualsEqualsToken && op !== ts.SyntaxKind.ExclamationEqualsToken) return undefined;
  const [n, x] = isNullish(e.right) ? [skipParens(e.right), e.left] : isNullish(e.left) ? [skipParens(e.left), e.right] : [];
  if (!n || !x || isNullish(x)) return undefined;
  // (`=== null` is false of undefined; `== null` is true of both)
  const ofUndefined = !(strict && n.kind === ts.SyntaxKind.NullKeyword);
  const { b, checker } = cx;
  const a = lowerExpr(cx, x);
  const is = (test: Atom): Atom => (equal ? named(cx, test, target) : test.kind === 'const' ? named(cx, constAtom(!test.value), target) : b.eq('not', [test], target));
  if (isUndefinedAtom(a) && typeof a.value === 'boolean') return is(constAtom(ofUndefined));
  const flag = a.kind === 'var' ? cx.undefinedFlags?.get(a.v) : undefined;
  // (of a local whose missing value is null, `=== undefined` is false)
  const ofNull = !(strict && n.kind !== ts.SyntaxKind.NullKeyword);
  if (flag) return is((a.kind === 'var' && cx.nullValued?.has(a.v) ? ofNull : ofUndefined) ? flagAtom(flag) : constAtom(false));
  const type = checker.getTypeAtLocation(x);
  const maybe = (type.isUnion() ? type.types : [type]).some((m) => m.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null | ts.TypeFlags.Any));
  const t = atomType(a);
  if (maybe && (t === 'f64' || t === 'int') && ofUndefined) return is(b.eq('not', [b.eq('isnumber', [a])]));
  // an optional string or boolean (`unit?: 'km' | 'mi'`, `on?: boolean`): compared with
  // undefined when it runs; `== null` of one whose type also admits null stays refused (===
  // compares with one value)
  const admitsNull = (type.isUnion() ? type.types : [type]).some((m) => m.flags & ts.TypeFlags.Null);
  const passedThrough = t === 'str' || t === 'bool';
  if (maybe && passedThrough && ofUndefined && (strict || !admitsNull)) return is(b.eq('eq', [a, constAtom(NaN, { name: 'undefined' })]));
  if (maybe && passedThrough && !ofUndefined && !admitsNull) return is(constAtom(false));
  if (maybe) return undefined;
  return is(constAtom(false));
}

/** `arguments.length`: the number of arguments of the calls the derivative is for. */
function argumentsLength(cx: ExprContext, e: ts.Expression): Atom {
  if (cx.argumentCount !== undefined && cx.argumentCount >= 0) return constAtom(cx.argumentCount);
  const fn = ts.findAncestor(e.parent, (n) => ts.isFunctionLike(n) && !ts.isArrowFunction(n)) as ts.SignatureDeclaration | undefined;
  const params = fn?.parameters ?? ts.factory.createNodeArray();
  const optional = params.find((p) => p.questionToken || p.initializer);
  const name = (p: ts.ParameterDeclaration) => p.name.getText(cx.b.sf);
  // (`arguments.length > 1` choosing a default, as compute-l2norm's accessor test does with a callback)
  if (optional) {
    return cx.b.fail(e, 'TSG1002', `'arguments.length' tells whether '${name(optional)}' was passed, which the generated functions cannot tell (f_vjp takes adj after every parameter); tsgrad decides it only in a function with optional callbacks after its required parameters`,
      `test the parameter itself: ${name(optional)} === undefined (or give it a default: ${name(optional)} = …)`);
  }
  return cx.b.fail(e, 'TSG1002', `'arguments.length' counts the arguments a call passes, which tsgrad decides only in a function with optional callbacks after its required parameters`,
    params.length > 0 ? `a call of this function passes its ${params.length} parameter${params.length === 1 ? '' : 's'}: write ${params.length}, or read the parameters by name` : 'read the parameters by name');
}

/** `arguments[i]` (not a name of the function's own): refused, naming the parameter it reads. */
function argumentsElement(cx: ExprContext, e: ts.ElementAccessExpression): Atom | undefined {
  if (!ts.isIdentifier(e.expression) || e.expression.text !== 'arguments' || cx.checker.getSymbolAtLocation(e.expression)?.valueDeclaration) return undefined;
  const fn = ts.findAncestor(e.parent, (n) => ts.isFunctionLike(n) && !ts.isArrowFunction(n)) as ts.SignatureDeclaration | undefined;
  const index = ts.isNumericLiteral(e.argumentExpression) ? Number(e.argumentExpression.text) : undefined;
  const param = index !== undefined ? fn?.parameters[index] : undefined;
  return cx.b.fail(e, 'TSG1002', `'${e.getText(cx.b.sf)}' is not supported: tsgrad reads 'arguments' only as 'arguments.length', in a function with optional callbacks after its required parameters`,
    param ? `read the parameter by its name: ${param.name.getText(cx.b.sf)}` : 'read the parameters by their names');
}

/**
 * `Array.isArray`, or a package's export that is it (`module.exports = Array.isArray || isArray`,
 * as validate.io-array and isarray write it): decided by the argument's type (a typed array is
 * not an Array).
 */
function arrayTest(cx: ExprContext, callee: ts.Expression): boolean {
  const isArrayIsArray = (e: ts.Expression): boolean => {
    const x = skipParens(e);
    return ts.isPropertyAccessExpression(x) && ts.isIdentifier(x.expression) && x.expression.text === 'Array' && x.name.text === 'isArray' && isGlobal(cx, x);
  };
  if (isArrayIsArray(callee)) return true;
  if (!ts.isIdentifier(callee)) return false;
  let symbol = cx.checker.getSymbolAtLocation(callee);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = cx.checker.getAliasedSymbol(symbol);
  const decl = symbol?.valueDeclaration;
  let value = decl && ts.isBinaryExpression(decl) && decl.operatorToken.kind === ts.SyntaxKind.EqualsToken ? decl.right
    : decl && ts.isExportAssignment(decl) ? decl.expression : undefined;
  // (`Array.isArray || polyfill` is Array.isArray wherever Array.isArray exists)
  while (value && ts.isBinaryExpression(skipParens(value)) && (skipParens(value) as ts.BinaryExpression).operatorToken.kind === ts.SyntaxKind.BarBarToken) {
    value = (skipParens(value) as ts.BinaryExpression).left;
  }
  return value !== undefined && isArrayIsArray(value);
}

/** A comparison of two numbers known when compiling; undefined for other primitives. */
function compare(prim: Prim, a: number, b: number): boolean | undefined {
  switch (prim) {
    case 'lt': return a < b;
    case 'le': return a <= b;
    case 'gt': return a > b;
    case 'ge': return a >= b;
    case 'eq': return a === b;
    case 'ne': return a !== b;
    default: return undefined;
  }
}

/** After an assignment to `v`: a variable that may have held `undefined` now holds a number. */
function defined(cx: ExprContext, v: Var): void {
  const flag = cx.undefinedFlags?.get(v);
  if (flag) cx.b.assign(flag, constAtom(false));
}

/** The array binding `e` names, if it names one. */
export function arrayBinding(cx: ExprContext, e: ts.Expression): Binding & { kind: 'var' | 'view' } | undefined {
  const inner = skipParens(e);
  if (ts.isPropertyAccessExpression(inner)) return tableBinding(cx, inner);
  // (`A[i]` of an array of rows: the window that holds the row)
  if (ts.isElementAccessExpression(inner)) return rowOf(cx, inner);
  if (!ts.isIdentifier(inner)) return undefined;
  const symbol = cx.checker.getSymbolAtLocation(inner);
  const binding = symbol && cx.scope.get(symbol);
  if (binding?.kind === 'view') return binding;
  if (binding?.kind === 'rows') return rowsFail(cx, inner);
  if (binding?.kind === 'var' && isArrayType(binding.v.type)) return binding;
  if (binding?.kind === 'opaque') {
    const at = e.parent && (ts.isPropertyAccessExpression(e.parent) || ts.isElementAccessExpression(e.parent)) ? e.parent : e;
    const optional = optionalArray(cx, inner);
    if (optional) return cx.b.fail(at, 'TSG1003', optional.message, optional.hint);
    return cx.b.fail(at, 'TSG1003',
      `'${inner.text}' has type '${binding.typeText}', which tsgrad does not differentiate or read`,
      `tsgrad reads numbers and arrays of numbers: number[], readonly number[], Float64Array, Float32Array, ArrayLike<number> and unions of them, and integer typed arrays (Int32Array, Uint8Array, …) as inactive data; a union of float and integer arrays can be declared ArrayLike<number> when only read`);
  }
  if (!binding) return tableBinding(cx, inner);
  return undefined;
}

/** `xs.map((v) => …)` (or `Array.from(xs, (v) => …)`) read in place (`xs.map(…)[0]`, `xs.map(…).length`): the new array it makes. */
function madeArray(cx: ExprContext, e: ts.Expression): Binding & { kind: 'var' } | undefined {
  const call = skipParens(e);
  if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) return undefined;
  const method = call.expression.name.text;
  if (method !== 'map' && method !== 'sort' && method !== 'toSorted' && !(method === 'from' && call.arguments.length >= 2)) return undefined;
  const made = cx.arrayMethod?.(call);
  return made?.kind === 'var' && isArrayType(made.v.type) ? { kind: 'var', v: made.v } : undefined;
}

/** Whether `e` (`xs.slice()`, an array a call returns) has the type of an array of numbers. */
function isArrayOfNumbers(cx: ExprContext, e: ts.Expression): boolean {
  const kind = classifyType(cx.checker.getTypeAtLocation(e), cx.checker);
  return kind === 'Float64Array' || kind === 'number[]' || kind === 'intArray';
}

/**
 * What to say of a name whose type is an array of numbers that may be undefined or null
 * (`weights?: Float64Array`, `w: Float64Array | null`): tsgrad reads no such array.
 */
function optionalArray(cx: ExprContext, id: ts.Identifier): { message: string; hint: string } | undefined {
  const symbol = cx.checker.getSymbolAtLocation(id);
  const decl = symbol?.valueDeclaration;
  const type = decl ? cx.checker.getTypeOfSymbolAtLocation(symbol!, decl) : cx.checker.getTypeAtLocation(id);
  const members = type.isUnion() ? type.types : [type];
  const absent = members.filter((m) => m.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null));
  const optional = decl && ts.isParameter(decl) && decl.questionToken !== undefined;
  if (absent.length === 0 && !optional) return undefined;
  const kind = classifyType(cx.checker.getNonNullableType(type), cx.checker);
  if (kind !== 'Float64Array' && kind !== 'number[]') return undefined;
  const typeText = cx.checker.typeToString(type).replace(/<ArrayBufferLike>/g, '');
  return {
    message: `'${id.text}' is an array that may be ${absent.some((m) => m.flags & ts.TypeFlags.Null) ? 'null' : 'undefined'} (${typeText}), and tsgrad does not read arrays that may be absent`,
    hint: `make it optional instead, which tsgrad reads (${id.text}?: ${typeText.replace(/\s*\|\s*(null|undefined)/g, '')}, tested with if (${id.text}) or ${id.text} === undefined), or a required parameter`,
  };
}

/** `e` is an array variable or parameter, a window, or a constant table (a test without side effects). */
function namesArray(cx: ExprContext, e: ts.Expression): boolean {
  const inner = skipParens(e);
  const symbol = ts.isIdentifier(inner) ? cx.checker.getSymbolAtLocation(inner) : undefined;
  const binding = symbol && cx.scope.get(symbol);
  if (binding) return binding.kind === 'view' || (binding.kind === 'var' && isArrayType(binding.v.type));
  return classifyType(cx.checker.getTypeAtLocation(inner), cx.checker) !== 'number' && (ts.isIdentifier(inner) || ts.isPropertyAccessExpression(inner)) &&
    arrayBinding(cx, inner) !== undefined;
}

/**
 * `x.subarray(a, b)` (or `x.subarray(a)`) written in place, as a call's argument: the window it
 * makes onto x (or onto what x is a window of), its bounds clamped as JavaScript clamps them.
 */
export function windowExpr(cx: ExprContext, e: ts.Expression): Binding & { kind: 'view' } | undefined;
/** (`probe`: only whether `e` is one, lowering nothing) */
export function windowExpr(cx: ExprContext, e: ts.Expression, probe: true): boolean;
export function windowExpr(cx: ExprContext, e: ts.Expression, probe?: true): Binding & { kind: 'view' } | boolean | undefined {
  const init = skipParens(e);
  if (!ts.isCallExpression(init) || !ts.isPropertyAccessExpression(init.expression) || init.expression.name.text !== 'subarray') return probe ? false : undefined;
  if (probe) return !!arrayBinding(cx, init.expression.expression) && init.arguments.length <= 2;
  return rangeOf(cx, init.expression.expression, init.arguments);
}

/**
 * The elements `owner.subarray(start, end)` (or `owner.slice(start, end)`) covers, as a window
 * of the array `owner` names; undefined when `owner` names none. The bounds are JavaScript's:
 * truncated, negative ones counted from the end, clamped to the array, an end before the
 * start giving an empty window.
 */
export function rangeOf(cx: ExprContext, owner: ts.Expression, args: readonly ts.Expression[]): Binding & { kind: 'view' } | undefined {
  const { b } = cx;
  const base = arrayBinding(cx, owner);
  if (!base || args.length > 2) return undefined;
  // a bound is an integer (subarray truncates a number), so the window's offset and length are
  // never numbers a derivative flows through: trial29's `mean(x.subarray(0, d)) / Math.sqrt(d)`
  // divided by the number d inline and by an integer in a helper, and f_hvp along d disagreed
  // with f_grad
  const number = (x: ts.Expression) => { const a = numeric(cx, lowerExpr(cx, x), x); return atomType(a) === 'f64' ? b.eq('trunc', [a]) : a; };
  const [startE, endE] = args;
  const zero = constAtom(0);
  let baseVar = base.kind === 'view' ? base.base : base.v;
  if (baseVar.mutable && baseVar.kind !== 'param') {
    // a window onto the array a rebindable variable holds now: `h = next` afterwards does not
    // move it (found by the fuzzer: the window followed the variable to its new array)
    const now = b.newVar(baseVar.name, baseVar.type, 'local', false);
    b.eq('copy', [varAtom(baseVar)], now);
    baseVar = now;
  }
  const baseOffset = base.kind === 'view' ? base.offset : zero;
  const baseLength = base.kind === 'view' ? base.length : b.eq('length', [varAtom(base.v)]);
  // each bound as JavaScript takes it: truncated, a negative one counted from the end, then
  // clamped to [0, length] (trial37: x.subarray(s, s + 2) of 4 elements at s = 3 is x[3]
  // alone, and at s = -1 is empty; its length was end - start, unclamped, and read NaN); once
  // per window, so that the elements are read at offset + i as before
  const bound = (x: ts.Expression): Atom => {
    const a = number(x);
    if (a.kind === 'const' && typeof a.value === 'number') {
      if (a.value === 0 || Number.isNaN(a.value)) return zero;
      return a.value > 0 ? b.eq('min', [a, baseLength]) : b.eq('max', [b.eq('sub', [baseLength, constAtom(-a.value)]), zero]);
    }
    return b.eq('windowBound', [a, baseLength]);
  };
  const start = startE ? bound(startE) : zero;
  const end = endE ? bound(endE) : baseLength;
  const offset = baseOffset.kind === 'const' && baseOffset.value === 0 ? start : b.eq('add', [baseOffset, start]);
  // (end < start: an empty window)
  const length = start.kind === 'const' && start.value === 0 ? end : b.eq('max', [b.eq('sub', [end, start]), zero]);
  return { kind: 'view', base: baseVar, offset, length };
}

/**
 * Whether `e` names an array declared at module level that is not a constant table (a scratch
 * buffer, `const S = new Float64Array(n)`): refused wherever it is used.
 */
function moduleBuffer(cx: ExprContext, e: ts.Expression): boolean {
  const symbol = ts.isIdentifier(e) ? cx.checker.getSymbolAtLocation(e) : undefined;
  const decl = symbol?.valueDeclaration;
  return !!decl && ts.isVariableDeclaration(decl) && ts.isSourceFile(decl.parent.parent.parent) &&
    classifyType(cx.checker.getTypeAtLocation(e), cx.checker) !== 'other';
}

/** A string's length or characters read (`what`, said of the string `str`): TSG1002, hinting its character codes as a parameter made `where`. */
function stringReadFail(cx: ExprContext, at: ts.Node, what: string, str: ts.Expression, where: string): never {
  const name = str.getText(cx.b.sf);
  return cx.b.fail(at, 'TSG1002', `${what}, and tsgrad reads a string only to pass it on or compare it, not its length or characters`,
    `turn it into numbers ${where} (its character codes: Int32Array.from(${name}, (c) => c.charCodeAt(0))) and pass them as a parameter`);
}

function moduleBufferFail(cx: ExprContext, at: ts.Node, e: ts.Expression): never {
  const name = e.getText(cx.b.sf);
  // (a string constant, `const TEXT = 'tsgrad'`, read by its length or characters: trial43 repro/string_constant_hint.ts)
  if (classifyType(cx.checker.getTypeAtLocation(e), cx.checker) === 'string') return stringReadFail(cx, at, `'${name}' is a string kept at module level`, e, 'outside the function');
  // (a scratch buffer of the module this function does not fill before it reads it: statements/module-scratch.ts)
  const symbol = ts.isIdentifier(e) ? cx.checker.getSymbolAtLocation(e) : undefined;
  const scratch = symbol && cx.scratchRefusals?.get(symbol);
  if (scratch) return scratchFail(cx, at, name, scratch);
  // (the buffer's own constructor in the hint: a Float32Array allocated as a Float64Array would stop its rounding; trial49 finding 6)
  const decl = symbol?.valueDeclaration;
  const made = decl && ts.isVariableDeclaration(decl) && decl.initializer ? skipParens(decl.initializer) : undefined;
  const ctor = made && ts.isNewExpression(made) && ts.isIdentifier(made.expression) ? made.expression.text : 'Float64Array';
  return cx.b.fail(at, 'TSG1008', `'${name}' is an array kept at module level: tsgrad reads such an array only as a constant table, which no function writes${ctor !== 'Float64Array' && ctor !== 'Array' ? ` (a ${ctor} buffer is not one tsgrad takes for a local: it takes Float64Array and number[] buffers)` : ''}`,
    `allocate the buffer inside the function (const ${name} = new ${ctor}(n)), or take it as a parameter`);
}

/** Fails with the reason a module scratch buffer `e` names is not a local array here, if the function recorded one (statements/module-scratch.ts). */
export function scratchRefused(cx: ExprContext, at: ts.Node, e: ts.Expression): void {
  const x = skipParens(e);
  const symbol = ts.isIdentifier(x) ? cx.checker.getSymbolAtLocation(x) : undefined;
  const refusal = symbol && cx.scratchRefusals?.get(symbol);
  if (refusal) scratchFail(cx, at, x.getText(cx.b.sf), refusal);
}

function scratchFail(cx: ExprContext, at: ts.Node, name: string, refusal: { why: string; hint: string }): never {
  return cx.b.fail(at, 'TSG1008', `'${name}' is a module-level buffer that ${refusal.why}`, refusal.hint);
}

/**
 * `T.hi['b']`, `T['lo'].a`: a chain of names with a literal key in brackets, written with dots
 * (`T.hi.b`), which tsgrad reads on a module-level constant object; undefined for anything else.
 */
function dottedKeys(e: ts.Expression): string | undefined {
  const parts: string[] = [];
  let bracket = false;
  let x = skipParens(e);
  for (;;) {
    if (ts.isPropertyAccessExpression(x)) parts.unshift(x.name.text);
    else if (ts.isElementAccessExpression(x) && ts.isStringLiteral(x.argumentExpression) && /^[A-Za-z_$][\w$]*$/.test(x.argumentExpression.text)) {
      parts.unshift(x.argumentExpression.text);
      bracket = true;
    } else break;
    x = skipParens((x as ts.PropertyAccessExpression | ts.ElementAccessExpression).expression);
  }
  return bracket && ts.isIdentifier(x) && parts.length > 1 ? [x.text, ...parts].join('.') : undefined;
}

function bracketKeyFail(cx: ExprContext, e: ts.Expression, dotted: string): never {
  return cx.b.fail(e, 'TSG1008', `'${e.getText(cx.b.sf)}' reads a property of a nested object by a key in brackets, and tsgrad reads a nested constant object's properties by name`,
    `write it with dots: ${dotted}`);
}

/** `a[i]`: the array read and the index (shifted by a view's offset). */
export function element(cx: ExprContext, e: ts.ElementAccessExpression): { array: Var; index: Atom } {
  const { b } = cx;
  // (`pts[i][j]` of a local array of tuples: tuple-arrays.ts)
  const tuple = tupleElement(cx, e, (x) => numeric(cx, lowerExpr(cx, x), x));
  if (tuple) return tuple;
  // (`xs.subarray(a, b)[i]`: read through the window, as `const w = xs.subarray(a, b); w[i]`)
  const arr = arrayBinding(cx, e.expression) ?? windowExpr(cx, e.expression) ?? madeArray(cx, e.expression);
  if (!arr) {
    if (moduleBuffer(cx, e.expression)) return moduleBufferFail(cx, e, e.expression);
    // (`xs.map((v) => …)[0]`: the callback method is what is not supported)
    const inner = callbackCall(cx, e.expression);
    if (inner) return b.fail(inner.call, 'TSG1008', inner.message, inner.hint);
    const dotted = dottedKeys(e);
    if (dotted) return bracketKeyFail(cx, e, dotted);
    return b.fail(e, 'TSG1008', `'${e.expression.getText(b.sf)}' is not an array of numbers tsgrad can index`,
      'index Float64Array, number[] or readonly number[] variables and parameters');
  }
  const index = lowerExpr(cx, e.argumentExpression);
  if (atomType(index) !== 'int' && atomType(index) !== 'f64') {
    return b.fail(e.argumentExpression, 'TSG1008', 'an array index must be a number', 'index with an integer expression: a[i], a[i + 1], a[(i * n) % m]');
  }
  if (arr.kind === 'var') return { array: arr.v, index };
  // (w[0]: the window's offset itself)
  const shifted = arr.offset.kind === 'const' && arr.offset.value === 0 ? index : index.kind === 'const' && index.value === 0 ? arr.offset : b.eq('add', [index, arr.offset]);
  return { array: arr.base, index: shifted };
}

/**
 * `a[i] = rhs`, `a[i] op= rhs` (or `op= value`, `a[i]++`): stores and returns the stored atom.
 * In JavaScript's order: the element first (its index, `i++` included), then for `op=` its old
 * value, then the right side, so a right side that assigns the index's variables (`ys[i++] =
 * ys[i] * k`, `ys[i] = (i = 2, …)`, a closure advancing a cursor) or the element leaves the
 * store where the index was (trial45 finding 1: the right side went first). Writing through a
 * window, or into a parameter (the caller's array), is refused.
 */
export function storeElement(cx: ExprContext, e: ts.ElementAccessExpression, prim: Prim | undefined, value?: Atom, rhs?: ts.Expression): Atom {
  const { b } = cx;
  const right = (): Atom => value ?? numeric(cx, lowerExpr(cx, rhs!), rhs!);
  const small = smallElement(cx, e);
  if (small) {
    // (`x[0] = v`, `x[0] += v` of a short array held as numbers, small-arrays.ts; its old value
    // as it was before the right side, which may assign it)
    const at = b.mark();
    const r = right();
    const stored = prim ? b.eq(prim, [b.before(at, varAtom(small)), r]) : numeric(cx, r, e);
    b.assign(small, stored);
    return stored;
  }
  const appended = prim ? undefined : appendedTo(cx, e);
  if (appended) {
    // `a[a.length] = v` of a local number[]: a push, which grows the adjoint with it (a store
    // there, through another name of the array, `cur = h; cur[cur.length] = v`, was dropped by
    // the reverse sweep's adjoint of h, allocated at h's length)
    const stored = numeric(cx, right(), e);
    b.emit({ kind: 'push', array: appended, value: stored, loc: b.loc });
    return stored;
  }
  const { array, index } = element(cx, e);
  const at = b.mark();
  const old = prim ? b.eq('load', [varAtom(array), index]) : undefined;
  const r = right();
  const stored = old ? b.eq(prim!, [old, r]) : numeric(cx, r, e);
  storeAt(cx, e, array, b.before(at, index), stored);
  return stored;
}

/** The number[] this function declares that `a[a.length] = …` appends to (as `a.push(…)`; a typed array ignores such a store). */
function appendedTo(cx: ExprContext, e: ts.ElementAccessExpression): Var | undefined {
  const target = skipParens(e.expression);
  const index = skipParens(e.argumentExpression);
  if (!ts.isIdentifier(target) || !ts.isPropertyAccessExpression(index) || index.name.text !== 'length') return undefined;
  const of = skipParens(index.expression);
  if (!ts.isIdentifier(of) || cx.checker.getSymbolAtLocation(of) !== cx.checker.getSymbolAtLocation(target)) return undefined;
  if (!cx.checker.isArrayType(cx.checker.getTypeAtLocation(target))) return undefined;
  const arr = arrayBinding(cx, target);
  return arr?.kind === 'var' && arr.v.kind !== 'param' && !isTable(cx, arr.v) ? arr.v : undefined;
}

/** (through a window, `element` has already shifted the index onto the underlying array) */
function storeAt(cx: ExprContext, e: ts.ElementAccessExpression, array: Var, index: Atom, value: Atom): void {
  const { b } = cx;
  if (isTable(cx, array)) return b.fail(e, 'TSG1008', `'${e.expression.getText(b.sf)}' is a module-level constant table; it cannot be written`, 'copy it into a local array first');
  b.emit({ kind: 'store', array, index, value, loc: b.loc });
}

function unsupportedOperator(cx: ExprContext, e: ts.BinaryExpression): never {
  const text = ts.tokenToString(e.operatorToken.kind) ?? e.operatorToken.getText(cx.b.sf);
  // (`a[i] ||= v`, `a[i] &&= v`, `a[i] ??= v`: the assignment written out is supported)
  const logical = ['||=', '&&=', '??='].includes(text);
  // (`'eps' in opts` of an options object: its properties are passed as values or undefined)
  const object = ts.isIdentifier(e.right) ? cx.scope.get(cx.checker.getSymbolAtLocation(e.right)!) : undefined;
  if (e.operatorToken.kind === ts.SyntaxKind.InKeyword && object?.kind === 'object' && ts.isStringLiteral(e.left)) {
    return cx.b.fail(e, 'TSG1004', `operator 'in' on the object '${e.right.getText(cx.b.sf)}': tsgrad passes an object as its properties' values, each a value or undefined, and does not know which were written`,
      `test the value: ${e.right.getText(cx.b.sf)}.${e.left.text} !== undefined`);
  }
  // (`c instanceof Circle`: trial50 finding 2, whose hint spoke of arithmetic)
  if (e.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword) {
    return cx.b.fail(e, 'TSG1004', `operator 'instanceof' is not supported: tsgrad holds an instance as the numbers it is made of, and finds its methods from the class it is made with where the function is compiled, with no class left to test when it runs`,
      `call a method that each class overrides instead of testing the class (${e.left.getText(cx.b.sf)}.m(…), each class's m doing its own case), or keep the kind in a string beside the numbers and test that`);
  }
  return cx.b.fail(e, 'TSG1004', logical ? `operator '${text}' is supported on number variables, not on an array element` : `operator '${text}' is not supported`,
    logical ? `write the assignment out: ${e.left.getText(cx.b.sf)} = ${e.left.getText(cx.b.sf)} ${text.slice(0, -1)} ${e.right.getText(cx.b.sf)}`
      : 'tsgrad differentiates arithmetic on numbers: + - * / % ** and Math functions');
}

/** `Math.<name>` that tsgrad cannot use: a typo (with the member meant), or a member without a derivative. */
function unknownMath(cx: ExprContext, e: ts.Node, name: string, used: 'function' | 'constant'): never {
  const members = Object.getOwnPropertyNames(Math);
  if (!members.includes(name)) {
    const meant = closest(name, members);
    return cx.b.fail(e, 'TSG1005', `'Math.${name}' does not exist${meant ? `; did you mean 'Math.${meant}'?` : ''}`,
      meant ? `write Math.${meant}` : `Math has ${members.filter((m) => mathPrim(m) !== undefined).join(', ')}`);
  }
  const isFunction = typeof (Math as unknown as Record<string, unknown>)[name] === 'function';
  if (isFunction && used === 'constant') {
    return cx.b.fail(e, 'TSG1005', `'Math.${name}' is a function: call it`, `write Math.${name}(…)`);
  }
  return cx.b.fail(e, 'TSG1005', `'Math.${name}' has no derivative in tsgrad`,
    `register a derivative: put the computation in a function of your own and export its _vjp beside it`);
}

/**
 * Of the function being lowered (by its builder), the arguments of the call whose numbers
 * `onceArguments` lowers, each lowered once: one call per number reads them all, as JavaScript
 * evaluates them once however many properties are read (`ob(ps, bump(qs))`: bump writes qs once).
 * Only nodes written inside `root` (the call, or the statement reading it) are kept: a body
 * lowered again where it is inlined (a local arrow called twice in the arguments, `g(x) + g(k)`)
 * binds its parameters anew each time, and its nodes' values differ.
 */
const loweredArguments = new WeakMap<FunctionBuilder, { root: ts.Node; seen: Map<ts.Node, Atom | readonly Atom[]> }>();

/** Lowers what `lower` does (the numbers of one call of a helper returning an object, in `root`) with that call's arguments lowered once. */
export function onceArguments<T>(cx: { readonly b: FunctionBuilder }, root: ts.Node, lower: () => T): T {
  const outer = loweredArguments.get(cx.b);
  loweredArguments.set(cx.b, { root, seen: new Map() });
  try {
    return lower();
  } finally {
    if (outer) loweredArguments.set(cx.b, outer);
    else loweredArguments.delete(cx.b);
  }
}

/** An argument lowered by `lower`, or as it was lowered for another number of the same call (onceArguments). */
export function argumentOnce<T extends Atom | readonly Atom[] | undefined>(cx: ExprContext, arg: ts.Node, lower: () => T): T {
  const scope = loweredArguments.get(cx.b);
  let inside: ts.Node | undefined = arg;
  while (inside && inside !== scope?.root) inside = inside.parent;
  const seen = inside ? scope!.seen : undefined;
  const known = seen?.get(arg) as T | undefined;
  if (known) return known;
  const a = lower();
  // (undefined: lowered nothing, `arg` is not of the form asked for)
  if (a !== undefined) seen?.set(arg, a);
  return a;
}

/** `f(…).field`, of a helper `f` returning an object of numbers: a call computing that number. */
export function projectCall(cx: ExprContext, e: ts.CallExpression, field: string, target?: Var): Atom {
  const fields = numberFields(cx.checker, cx.checker.getTypeAtLocation(e));
  if (!fields?.includes(field)) {
    return cx.b.fail(e.parent, 'TSG1002', `'${e.getText(cx.b.sf)}' has no number property '${field}'`, `read one of its properties: ${(fields ?? []).join(', ')}`);
  }
  // (`step(s).x` of a local function returning an object: statements/local-objects.ts)
  const local = cx.localObjectCall?.(e, fields);
  if (local) return named(cx, local[fields.indexOf(field)]!, target);
  return lowerCall(cx, e, target, field);
}

export function lowerCall(cx: ExprContext, e: ts.CallExpression, target?: Var, projection?: string): Atom {
  const { b } = cx;
  const callee = skipParens(e.expression);
  // (`var ceil = Math.ceil` in a package: `ceil(x)` is `Math.ceil(x)`)
  const member = mathMember(callee, cx.checker) ?? mathAlias(cx.checker, callee);
  if (member !== undefined || (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) &&
      (callee.expression.text === 'Math' || isMathAlias(callee.expression, cx.checker)))) {
    const fn = member ?? (callee as ts.PropertyAccessExpression).name.text;
    if (fn === 'random') {
      return b.fail(e, 'TSG2002', "'Math.random()' is not a deterministic function of the inputs",
        'pass random numbers in as a parameter');
    }
    const prim = mathPrim(fn);
    if (!prim) return unknownMath(cx, e, fn, 'function');
    const { arity } = rules[prim];
    // (`Math.max(...[a, b, c])`: the literal's elements are the arguments, as Math.max(a, b, c))
    const written = spreadLiterals(e.arguments);
    if (arity !== 'any' && written.length !== arity) {
      return b.fail(e, 'TSG1002', `'Math.${fn}' takes ${arity} argument${arity === 1 ? '' : 's'}`, 'pass exactly that many arguments');
    }
    if ((fn === 'max' || fn === 'min') && written.some(ts.isSpreadElement)) return spreadExtremum(cx, written, fn, target);
    if (fn === 'hypot' && written.some(ts.isSpreadElement)) return spreadHypot(cx, written, target);
    const args = cx.b.inOrder(written, (a) => numeric(cx, lowerExpr(cx, a), a));
    if (args.length === 0) return named(cx, constAtom(fn === 'min' ? Infinity : fn === 'max' ? -Infinity : 0), target);
    if (args.length === 1 && (fn === 'min' || fn === 'max')) return b.eq('copy', args, target);
    return b.eq(prim, args, target);
  }
  const local = cx.localCall?.(e, target);
  if (local) return local;
  const binding = ts.isIdentifier(callee) ? cx.scope.get(cx.checker.getSymbolAtLocation(callee)!) : undefined;
  if (binding?.kind === 'absent') {
    return b.fail(e, 'TSG2002', `'${callee.getText(b.sf)}' is an optional callback: tsgrad differentiates calls without it, where this call does not happen`,
      'call it only where the code tests that it was given (if (cb) { … }), or differentiate a function that takes the values it would compute');
  }
  if (binding?.kind === 'opaque' && cx.checker.getTypeAtLocation(callee).getCallSignatures().length > 0) {
    return b.fail(e, 'TSG2002', `'${callee.getText(b.sf)}' is a function passed in as a parameter: tsgrad cannot differentiate through a callback`,
      `declare it optional (${callee.getText(b.sf)}?: …) to differentiate the calls that leave it out, or call a function of the module by its name`);
  }
  if (arrayTest(cx, callee)) {
    if (e.arguments.length !== 1) return b.fail(e, 'TSG1002', `'${callee.getText(b.sf)}' takes one argument`, 'pass exactly one argument');
    const type = cx.checker.getTypeAtLocation(e.arguments[0]!);
    const members = (type.isUnion() ? type.types : [type]).map((m) => cx.checker.isArrayType(m) || m.getSymbol()?.getName() === 'ReadonlyArray');
    if (members.some((m) => m !== members[0])) {
      return b.fail(e, 'TSG1002', `whether '${e.arguments[0]!.getText(b.sf)}' is an array depends on what is passed: its type '${cx.checker.typeToString(type)}' mixes arrays and typed arrays`,
        'give the parameter one array type (number[] or Float64Array)');
    }
    lowerExpr(cx, e.arguments[0]!);
    return named(cx, constAtom(members[0]!), target);
  }
  // `Number(x)` of a number is x; `Number('0/0')` of a string literal, a constant
  if (ts.isIdentifier(callee) && callee.text === 'Number' && isGlobal(cx, callee)) {
    const [arg] = e.arguments;
    if (!arg) return named(cx, constAtom(0), target);
    const inner = skipParens(arg);
    if (e.arguments.length === 1 && (ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner))) return named(cx, constAtom(Number(inner.text)), target);
    const a = lowerExpr(cx, arg);
    if (e.arguments.length === 1 && (atomType(a) === 'f64' || atomType(a) === 'int')) return named(cx, a, target);
    // `Number(flag)` of a boolean: 1 or 0 (trial45 finding 3); by its type, as `&&`'s left operand above
    if (e.arguments.length === 1 && atomType(a) === 'bool' && booleanTyped(arg, cx.checker)) {
      return a.kind === 'const' ? named(cx, constAtom(a.value ? 1 : 0), target) : cx.select(a, () => constAtom(1), () => constAtom(0), 'int', target);
    }
    return b.fail(e, 'TSG1002', `'${e.getText(b.sf)}' converts a value that is not a number`, 'pass a number, a boolean (Number(flag) is 1 or 0), or a string literal (Number(\'1e-3\'))');
  }
  const global = globalPrim(callee.getText(b.sf));
  if (global && isGlobal(cx, callee)) {
    const { arity } = rules[global];
    if (e.arguments.length !== arity) {
      return b.fail(e, 'TSG1002', `'${callee.getText(b.sf)}' takes ${arity === 1 ? 'one argument' : `${arity} arguments`}`, arity === 1 ? 'pass exactly one argument' : 'pass exactly that many arguments');
    }
    return b.eq(global, cx.b.inOrder(e.arguments, (a) => numeric(cx, lowerExpr(cx, a), a)), target);
  }
  if (ts.isIdentifier(callee) && callee.text === 'parseFloat' && isGlobal(cx, callee) && e.arguments.length === 1) {
    // of a number: the number itself (its string reads back exactly), but -0 is read as 0, as x + 0 is
    const x = lowerExpr(cx, e.arguments[0]!);
    const t = atomType(x);
    if (t === 'f64' || t === 'int') return b.eq('add', [x, constAtom(0)], target);
    return b.fail(e, 'TSG1006', "'parseFloat' is supported of a number only", 'tsgrad reads numbers, not strings: pass the number itself');
  }
  // (`Array.from(xs, (v, k) => …)`, `Array.from({ length: n }, (_, k) => …)`: lowered as xs.map(…) is, statements/array-callbacks.ts)
  if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'from' && e.arguments.length >= 2) {
    const lowered = cx.arrayMethod?.(e, target);
    if (lowered) return lowered;
  }
  if (ts.isPropertyAccessExpression(callee) && (arrayBinding(cx, callee.expression) || isArrayOfNumbers(cx, callee.expression))) {
    const method = callee.name.text;
    // (`xs.at(i)`, `w.subarray(1).at(-1)`: found-elements.ts)
    const read = method === 'at' ? arrayBinding(cx, callee.expression) ?? windowExpr(cx, callee.expression) : undefined;
    if (read) return elementAt(cx, e, read, target);
    const lowered = cx.arrayMethod?.(e, target);
    if (lowered) return lowered;
    const callback = callbackMethod(cx, e, callee);
    if (callback) return b.fail(e, 'TSG1008', callback.message, callback.hint);
    // (`RING.fill(0)` of a module-level buffer: the buffer is what tsgrad refuses, not the method)
    if (moduleBuffer(cx, callee.expression)) return moduleBufferFail(cx, e, callee.expression);
    if (method === 'pop' || method === 'shift') {
      // (an array that shortens: the IR's arrays only grow, by push, and keep what they held)
      const name = callee.expression.getText(b.sf);
      return b.fail(e, 'TSG1008', `'${method}' shortens '${name}', which tsgrad does not support: its arrays only grow (push)`,
        method === 'pop'
          ? `keep a count beside the array: ${name}[sp++] = v to push (a number[] grows as it needs), const v = ${name}[--sp] to pop, ${name}[sp - 1] to read the top, while (sp > 0) to test it`
          : `keep the queue in an array and a read index: const v = ${name}[head++] to take the first, while (head < ${name}.length) to test it`);
    }
    if (method === 'subarray' && !statementOf(e)) {
      // (a window where tsgrad follows none: the operand of `?:` over two windows, fuzz seed 12063401 #142 before windows passed to methods)
      const choice = ts.isConditionalExpression(skipParens(e.parent as ts.Expression)) ? e.parent as ts.ConditionalExpression : undefined;
      const other = choice && skipParens(choice.whenTrue) === e ? choice.whenFalse : choice?.whenTrue;
      const pair = other && ts.isCallExpression(skipParens(other)) ? skipParens(other) as ts.CallExpression : undefined;
      const same = pair && ts.isPropertyAccessExpression(pair.expression) && pair.expression.name.text === 'subarray' &&
        pair.expression.expression.getText(b.sf) === callee.expression.getText(b.sf) && pair.arguments.length === 2 && e.arguments.length === 2;
      const bounds = (k: number) => choice!.condition.getText(b.sf) + ' ? ' + (skipParens(choice!.whenTrue) as ts.CallExpression).arguments[k]!.getText(b.sf) + ' : ' + (skipParens(choice!.whenFalse) as ts.CallExpression).arguments[k]!.getText(b.sf);
      return b.fail(e, 'TSG1008', `'${e.getText(b.sf)}' makes a window onto '${callee.expression.getText(b.sf)}' ${choice ? "as an operand of '?:'" : 'here'}, and tsgrad follows a window declared (const w = x.subarray(a, b)), passed to a function or a method, indexed, spread or iterated by for … of`,
        same ? `choose the bounds instead of the window: ${callee.expression.getText(b.sf)}.subarray(${bounds(0)}, ${bounds(1)})`
          : choice ? `choose a copy, which tsgrad follows through '?:' (when the function only reads it): ${callee.expression.getText(b.sf)}.slice(${e.arguments.map((a) => a.getText(b.sf)).join(', ')})`
          : `name the window first: const w = ${e.getText(b.sf)}`);
    }
    const sort = sortCall(e);
    if (sort) {
      const held = arrayBinding(cx, callee.expression) ?? windowExpr(cx, callee.expression);
      const base = held?.kind === 'view' ? held.base : held?.v;
      return sortRefusal(cx, sort, base?.kind === 'param' ? base : undefined, statementOf(e));
    }
    if (statementOf(e)) {
      return b.fail(e, 'TSG1008', `'${method}' is not an array method tsgrad supports as a statement`,
        'tsgrad supports .fill(v), .fill(v, start, end), .push(v), .set(src) and .set(src, offset), and a sort of a local array as statements, and .length, element reads and writes, .slice() and .subarray() in expressions; write a loop');
    }
    if (method === 'slice' && ts.isPropertyAccessExpression(e.parent) && e.parent.expression === e && ts.isCallExpression(e.parent.parent)) {
      // (a copy tsgrad follows where it is declared, not as the array of a method chained on it:
      // trial39's `c.slice(1).map(…)`, which compiles through a local)
      return b.fail(e, 'TSG1008', `'${e.getText(b.sf)}' makes a copy of '${callee.expression.getText(b.sf)}' here, and tsgrad follows a copy declared (const c = x.slice(a)), not one a method is called on in the same expression`,
        `name the copy first: const copy = ${e.getText(b.sf)}; then call the method on copy`);
    }
    // (`ids.indexOf(3)`, `ids.includes(7)`: the search forms tsgrad follows, trial44 finding 3)
    const arr = callee.expression.getText(b.sf);
    const sought = e.arguments[0] && e.arguments.length === 1 ? e.arguments[0].getText(b.sf) : undefined;
    const search = sought === undefined ? undefined
      : method === 'indexOf' ? `${arr}.findIndex((v) => v === ${sought})`
      : method === 'lastIndexOf' ? `${arr}.findLastIndex((v) => v === ${sought})`
      : method === 'includes' ? `${arr}.some((v) => v === ${sought})` : undefined;
    const ofCall = (method === 'slice' || method === 'subarray') && ts.isCallExpression(skipParens(callee.expression));
    return b.fail(e, 'TSG1008', ofCall ? `'.${method}' of the array a call returns ('${skipParens(callee.expression).getText(b.sf)}') is not supported: tsgrad copies or windows an array variable` : `'${method}' is not an array method tsgrad supports in an expression`,
      method === 'concat' ? `bind the concatenation to a local first, or return it: const c = ${callee.getText(b.sf)}(…) (a number[]'s concat makes a new array where it is declared, returned or passed)`
        : search ? `write it with a test tsgrad follows: ${search}${method === 'includes' ? ' (includes also finds NaN, which === does not)' : ''}`
        : ofCall ? `bind the array the call returns to a local first: const a = ${skipParens(callee.expression).getText(b.sf)}; a.${method}(…)`
        : 'tsgrad supports .length, element reads and writes, .slice(), .subarray(), .map, .reduce, .some, .every, .find and .findIndex with a callback, and .fill(v), .push(v) as statements; write a loop');
  }
  const bits = bitOperation(cx.checker, callee);
  if (bits) {
    if (e.arguments.length !== rules[bits].arity) {
      return b.fail(e, 'TSG2002', `'${callee.getText(b.sf)}' is called with ${e.arguments.length} arguments`, 'pass the arguments it declares');
    }
    return b.eq(bits, cx.b.inOrder(e.arguments, (a) => numeric(cx, lowerExpr(cx, a), a)), target);
  }
  const elementary = elementaryFunction(cx.checker, callee);
  const resolved: ResolvedCall = elementary
    ? {
      callee: {
        name: elementary.name, file: elementary.file, exported: true, vjp: 'custom', specifier: elementary.pkg, importDefault: true,
        vjpRuntime: true, params: elementary.params.map((key) => ({ key, array: false })), returnsNumber: true,
      },
      writes: [], pure: [], defaults: elementary.params.map(() => undefined), declared: [],
    }
    : packagePredicate(cx.checker, e, (arg) => namesArray(cx, arg)) ?? resolveCall(b, cx.checker, e, projection);
  const { callee: fn } = resolved;
  // (as the source names it: `colebrook`, of its private copy `colebrook$options`)
  const shown = sourceName(fn.name);
  // (a helper returning an array that cannot be inlined: its out-parameter form, array-results.ts)
  const into = fn.returnsArray && resolved.fn && resolved.node && fn.vjp === 'generated' && !fn.specifier && !resolved.fn.captured &&
    resolved.fn.name === fn.name && returnsArrayInto(cx.checker, resolved.node) ? resolved.node : undefined;
  if (into) cx.needs({ ...resolved.fn!, name: intoName(fn.name) });
  // (a helper changing an object in place and returning nothing: only its traces of the new numbers are called, object-mutation.ts)
  else if (resolved.fn && fn.vjp === 'generated' && !fn.specifier && !(projection === undefined && !fn.returnsNumber && !fn.returnsBoolean && resolved.node && mutatedParams(cx.checker, resolved.node).size > 0)) {
    const projected = projection === undefined ? undefined : { of: resolved.fn.name, key: projection };
    cx.needs(projected === undefined ? resolved.fn : { ...resolved.fn, name: projectedName(projected), projection: projected });
  }
  // (the callee's optional callbacks, its last parameters, are not its derivative's: an argument
  // for one is passed on only where it is left out here too, `undefined` in this derivative)
  const given = e.arguments.slice(0, fn.params.length);
  const callbacks = resolved.node ? resolved.node.parameters.length - fn.params.length : 0;
  for (const extra of e.arguments.slice(fn.params.length, fn.params.length + callbacks)) {
    const bare = skipParens(extra);
    const passed = ts.isIdentifier(bare) ? cx.scope.get(cx.checker.getSymbolAtLocation(bare)!) : undefined;
    if (!(passed?.kind === 'absent' || isNullish(bare))) {
      return b.fail(extra, 'TSG2002', `'${extra.getText(b.sf)}' is passed for an optional callback of '${callee.getText(b.sf)}': tsgrad differentiates '${callee.getText(b.sf)}' for calls without it`,
        'call it without the callback, or compute the values the callback gives and pass them as an array');
    }
    if (usesArguments(resolved.node!)) {
      return b.fail(extra, 'TSG2002', `'${callee.getText(b.sf)}' reads 'arguments', which counts the callback passed here, and tsgrad differentiates it for calls without it`,
        `leave the argument out: ${callee.getText(b.sf)}(${given.map((a) => a.getText(b.sf)).join(', ')})`);
    }
  }
  if (e.arguments.length > fn.params.length + callbacks) {
    return b.fail(e, 'TSG2002', `'${shown}' is called with ${e.arguments.length} arguments; it takes ${fn.params.length + callbacks}`, 'pass the arguments it declares');
  }
  // (`n?: number` without a default, of a function tsgrad reads: undefined where it is left out)
  const optional = fn.params.map((_, i) => resolved.defaults[i] === undefined && resolved.declared[i] !== undefined &&
    (isOptionalNumber(resolved.declared[i]!, cx.checker) || isOptionalArray(resolved.declared[i]!, cx.checker)));
  // (`kind?: 'l1' | 'l2'`, `strict?: boolean` without a default: the constant undefined where
  // it is left out or passed, which the inlined callee compares and tests as JavaScript does)
  const flagged = fn.params.map((p, i) => (p.string || p.boolean) && resolved.defaults[i] === undefined && resolved.declared[i]?.questionToken !== undefined);
  if (given.length > fn.params.length || resolved.defaults.slice(given.length).some((d, j) => d === undefined && !optional[given.length + j] && !flagged[given.length + j] && !resolved.options?.[given.length + j])) {
    // (`hyp3(...p)`: one argument written, spread; trial48 finding 6 counted it as 1 argument)
    const spread = e.arguments.find(ts.isSpreadElement);
    if (spread) {
      const arr = spread.expression.getText(b.sf);
      const width = fn.params.length - (e.arguments.length - 1);
      return b.fail(spread, 'TSG2002', `'${shown}' is called with the spread '${spread.getText(b.sf)}', and tsgrad passes a function of the module its arguments one by one`,
        `pass the elements: ${shown}(${[...e.arguments.slice(0, e.arguments.indexOf(spread)).map((a) => a.getText(b.sf)), ...Array.from({ length: Math.max(width, 1) }, (_, i) => `${arr}[${i}]`), ...e.arguments.slice(e.arguments.indexOf(spread) + 1).map((a) => a.getText(b.sf))].join(', ')})`);
    }
    return b.fail(e, 'TSG2002', `'${shown}' is called with ${given.length} arguments; tsgrad needs all ${fn.params.length}`, 'pass every argument (a parameter with a default value may be left out)');
  }
  const windows: (Window | undefined)[] = [];
  const objects: Atom[][] = [];
  const starts: (Atom | undefined)[] = [];
  // (the helper as the user wrote it: `sigmas`, not the projection `sigmas.sy` inlined for one property; trial35 finding 5)
  const written = projection !== undefined && shown.endsWith(`.${projection}`) ? shown.slice(0, -projection.length - 1) : shown;
  const args = cx.b.inOrder(given, (arg, i) => {
    // (a helper's options object: helper-options.ts)
    const optionFields = resolved.options?.[i];
    if (optionFields) {
      objects[i] = optionsArgument(cx, arg, optionFields, written);
      return constAtom(0);
    }
    const fields = resolved.objects?.[i];
    if (fields) {
      objects[i] = objectArgument(cx, arg, fields, written);
      return constAtom(0);
    }
    // (`undefined` for a parameter with a default: the default, below)
    const bare = skipParens(arg);
    const undefinedWritten = ts.isIdentifier(bare) && bare.text === 'undefined' || ts.isVoidExpression(bare);
    if (resolved.defaults[i] !== undefined && undefinedWritten) return constAtom(0);
    if (optional[i] && !fn.params[i]!.array) return optionalArgument(cx, arg, shown, resolved.declared[i]!);
    // (`undefined` for an optional array: passed as it is, which the callee tests)
    if (optional[i] && undefinedWritten) return constAtom(NaN, { name: 'undefined' });
    if (optional[i]) mayBeAbsentArgument(cx, arg, shown, resolved.declared[i]!);
    if (flagged[i] && undefinedWritten) return constAtom(NaN, { name: 'undefined' });
    if (fn.params[i]!.string) return argumentOnce(cx, arg, () => text(cx, lowerExpr(cx, arg), arg));
    if (fn.params[i]!.boolean) return argumentOnce(cx, arg, () => boolean(cx, lowerExpr(cx, arg), arg));
    if (!fn.params[i]!.array) return argumentOnce(cx, arg, () => numeric(cx, lowerExpr(cx, arg), arg));
    // (`solve(A, b)`, `A: number[][]` of a helper of this module: the caller's flat array of the rows, and their starts after it)
    if (resolved.rows?.[i]) {
      const held = rowsBinding(cx, arg);
      if (!held) {
        return b.fail(arg, 'TSG1008', `'${arg.getText(b.sf)}' is passed for the array of rows '${fn.params[i]!.key}' of '${shown}': tsgrad passes an array of rows that a parameter or a local of the calling function names`,
          `name the rows first (const rows: number[][] = …; ${shown}(…, rows, …)), or pass a parameter of type number[][]`);
      }
      starts[i] = varAtom(held.starts);
      return varAtom(held.flat);
    }
    // (`helper(pts[i])`, a tuple of a local array of tuples: a copy of its numbers, which the helper may read, not write: tuple-arrays.ts)
    if (resolved.writes.includes(i) && tupleArgument(cx, arg)) {
      return b.fail(arg, 'TSG1008', `'${shown}' writes into its argument '${arg.getText(b.sf)}', a tuple of a local array of tuples: tsgrad passes it a copy of the tuple's numbers`,
        `write into the array itself (${arg.getText(b.sf)}[j] = v), or return the new values from '${shown}'`);
    }
    // a fresh array (`helper(p, new Float64Array(p.length))`): a temporary local array, passed;
    // made once for all the numbers of a call read one at a time (fuzz seed 12063427 #39: a call
    // among its elements, writing an array, ran once per property)
    const fresh = argumentOnce(cx, arg, () => { const v = cx.freshArgument(arg); return v && varAtom(v); });
    if (fresh) return fresh;
    // the new array a helper returns (`mean(valuesMinusMeanSquared(vals))`)
    if (ts.isCallExpression(skipParens(arg)) && !windowExpr(cx, arg, true)) {
      const made = argumentOnce(cx, arg, () => lowerExpr(cx, arg));
      if (made.kind === 'var' && isArrayType(made.v.type)) return made;
    }
    const arr = arrayBinding(cx, arg) ?? windowExpr(cx, arg);
    if (!arr) {
      scratchRefused(cx, arg, arg);
      return b.fail(arg, 'TSG1008', 'pass an array variable or parameter here, a window onto one (x.subarray(a, b)), or a new array (new Float64Array(n), Float64Array.from(x))',
        'declare the array first: const a = new Float64Array(n)');
    }
    if (arr.kind === 'view') {
      windows[i] = { offset: arr.offset, length: arr.length };
      return varAtom(arr.base);
    }
    return varAtom(arr.v);
  });
  // an argument that may be undefined (an optional parameter of the caller passed on, or
  // `undefined` written out) for a parameter with a default: the default where it is undefined
  for (let i = 0; i < args.length; i++) {
    if (resolved.defaults[i] === undefined) continue;
    const written = skipParens(given[i]!);
    if (ts.isIdentifier(written) && written.text === 'undefined' || ts.isVoidExpression(written)) {
      args[i] = defaultArgument(cx, resolved, args.slice(0, i), windows, i);
      continue;
    }
    // (a string or a flag that may be undefined: the callee takes its default itself)
    if (fn.params[i]!.array || fn.params[i]!.string || fn.params[i]!.boolean) continue;
    const arg = args[i]!;
    const flag = arg.kind === 'var' ? cx.undefinedFlags?.get(arg.v) : undefined;
    if (flag) args[i] = cx.select(flagAtom(flag), () => defaultArgument(cx, resolved, args.slice(0, i), windows, i), () => arg, 'f64');
  }
  // a parameter left out takes its default, computed here from the arguments before it
  for (let i = args.length; i < fn.params.length; i++) {
    const optionFields = resolved.options?.[i];
    if (optionFields) objects[i] = optionsArgument(cx, undefined, optionFields, shown);
    args.push(optionFields ? constAtom(0) : optional[i] || flagged[i] ? constAtom(NaN, { name: 'undefined' }) : defaultArgument(cx, resolved, args, windows, i));
  }
  // (an array the callee grows, `out.push(v)`: the caller's own local array, or a helper's
  // parameter that its callers pass one for; differentiated once the callee is inlined)
  for (const [i, p] of fn.params.entries()) {
    if (!p.grown || i >= given.length) continue;
    const a = args[i];
    if (windows[i] || (a?.kind === 'var' && a.v.kind === 'param' && cx.exported)) {
      return b.fail(given[i]!, 'TSG1008', `'${shown}' grows its argument '${given[i]!.getText(b.sf)}' with push, ${windows[i] ? 'a window onto an array' : 'a parameter of the exported function'}: tsgrad grows arrays the function being differentiated declares`,
        `pass a local array and copy the values from it: const grown: number[] = []; ${shown}(…, grown)`);
    }
  }
  // (an array passed twice, `axpy(x, x)`, is exact once the callee is inlined: its body then
  // names one array; a call left as a call with such arguments is refused after inlining)
  for (const w of resolved.writes) {
    const written = args[w];
    if (written?.kind === 'var' && isTable(cx, written.v)) {
      return b.fail(given[w] ?? e, 'TSG1008', `'${shown}' writes into its argument '${given[w]?.getText(b.sf)}', a module-level constant table`, 'pass a local copy of the table');
    }
  }
  const call = objects.length > 0 || starts.length > 0 ? spreadObjects(resolved, args, windows, objects, starts) : { callee: fn, args, writes: resolved.writes, pure: resolved.pure, windows };
  // (a helper changing its object parameter in place, `stepInPlace(s, dt)`: object-mutation.ts)
  // (of another module's helper too: its module lowers the traces this call names, link/modules.ts)
  const changed = resolved.node && resolved.fn && fn.vjp === 'generated' && (!fn.specifier || resolved.across) ? mutatedParams(cx.checker, resolved.node) : undefined;
  if (into && !changed?.size) return lowerIntoCall(cx, e, into, { ...call, windows: args.map((_, i) => windows[i]) }, target);
  const out = fn.returnsNumber ? (target ?? b.newVar('t', 'f64', 'temp', false))
    : fn.returnsBoolean ? (target ?? b.newVar('t', 'bool', 'temp', false))
    : fn.returnsArray ? (target?.type === 'f64[]' ? target : b.newVar('t', 'f64[]', 'temp', false)) : undefined;
  const at = b.locOf(e, '');
  const emit = (callee: Callee, into: Var | undefined) => b.emit({
    kind: 'call', callee, args: call.args, ...(into ? { out: into } : {}), writes: call.writes, pure: call.pure,
    ...(call.windows.length > 0 ? { windows: call.args.map((_, i) => call.windows[i]) } : {}), loc: b.loc,
    at: { line: at.line, column: at.column, length: e.getEnd() - e.getStart(b.sf) },
  });
  if (changed?.size) {
    const otherwise = projection !== undefined || fn.returnsArray ? `returns ${projection !== undefined ? 'an object' : 'an array'}`
      : resolved.writes.length > 0 ? `writes into its array argument '${given[resolved.writes[0]!]?.getText(b.sf) ?? fn.params[resolved.writes[0]!]!.key}'` : undefined;
    return inPlaceCall(cx, {
      e, node: resolved.node!, shown: sourceName(resolved.fn!.name), given, objects: resolved.objects ?? [], changed, out, ...(otherwise ? { otherwise } : {}),
      projected: (key) => {
        const p = { of: resolved.fn!.name, key };
        if (!fn.specifier) cx.needs({ ...resolved.fn!, name: projectedName(p), projection: p });
        const { returnsBoolean: _b, returnsArray: _a, ...rest } = call.callee;
        return { ...rest, name: projectedName(p), projection: p, returnsNumber: true };
      },
      emit: (callee, into) => emit(callee ?? call.callee, into),
    });
  }
  emit(call.callee, out);
  if (!out) return constAtom(0);
  return varAtom(out);
}

/** The scalarised object a local names (`s` of `let s: State = { x, v }`), if it is one. */
export function objectBindingOf(cx: ExprContext, e: ts.Expression): (Binding & { kind: 'object' }) | undefined {
  if (!ts.isIdentifier(e)) return undefined;
  const symbol = cx.checker.getSymbolAtLocation(e);
  const binding = symbol && cx.scope.get(symbol);
  return binding?.kind === 'object' && !binding.options ? binding : undefined;
}

/**
 * `s = step(s, dt)`, `s = { x: s.v, v: -s.x }`, `s = other`: an object of numbers assigned again
 * (trial33: the time loop over a state object). The new object's numbers are computed first, all
 * from the old ones (a helper's result one property at a time, as `const n = step(s, dt)` reads
 * it; a literal's values in the order written), then each property variable takes its number.
 */
function objectAssignment(cx: ExprContext, e: ts.BinaryExpression, object: Binding & { kind: 'object' }): Atom {
  const { b } = cx;
  const name = e.left.getText(b.sf);
  const fields = [...object.fields.keys()];
  const right = skipParens(e.right);
  const hint = `assign an object literal of numbers (${name} = { ${[...new Set(fields.map((f) => f.split('.')[0]!))].map((f) => `${f}: …`).join(', ')} }), a helper's call that returns one, or another such object; for a choice, assign each in an if`;
  // (`s = o` and `s.a = …` or `o.a = …`: JavaScript shares the object, so a write through one
  // name shows through the other; tsgrad copies the numbers, so it is refused, nested-objects.ts)
  const target = ts.isIdentifier(e.left) ? cx.checker.getSymbolAtLocation(e.left) : undefined;
  const source = ts.isIdentifier(right) ? cx.checker.getSymbolAtLocation(right) : undefined;
  const shared = !(ts.isIdentifier(right) || ts.isPropertyAccessExpression(right)) ? undefined
    : target && writtenInPlace(cx.checker, target) ? target : source && writtenInPlace(cx.checker, source) ? source : undefined;
  if (shared) {
    return b.fail(e, 'TSG1002', `'${name}' is given the object '${right.getText(b.sf)}', which JavaScript then shares with it, and this function assigns the properties of '${shared.name}': tsgrad holds copies of the numbers`,
      `assign a new object instead: ${name} = { ${fields.slice(0, 3).map((f) => `${f.split('.')[0]}: ${right.getText(b.sf)}.${f.split('.')[0]}`).filter((x, i, all) => all.indexOf(x) === i).join(', ')}${fields.length > 3 ? ', …' : ''} }`);
  }
  // (`z = m.zc`: an object inside another, nested-objects.ts)
  const values: Atom[] = ts.isObjectLiteralExpression(right) || ts.isCallExpression(right) || ts.isIdentifier(right) || ts.isNewExpression(right) || ts.isPropertyAccessExpression(right)
    ? objectArgument(cx, right, fields, name, hint)
    : b.fail(e.right, 'TSG1003', `'${name}' holds an object of numbers, and '${e.right.getText(b.sf)}' is not one tsgrad reads`,
      ts.isConditionalExpression(right) ? `bind the choice to a const first, which tsgrad reads: const next = ${right.getText(b.sf)}; ${name} = next` : hint);
  // (a number of the old object read for the new one is kept before any is assigned: `{ x: s.v, v: s.x }`)
  const kept = values.map((a) => (a.kind === 'var' && a.v.mutable ? b.eq('copy', [a]) : a));
  fields.forEach((f, i) => {
    const v = object.fields.get(f)!;
    if (!v.mutable) throw new Error(`internal: the property '${f}' of '${name}' is assigned but was declared constant`);
    b.assign(v, kept[i]!);
  });
  return constAtom(0);
}

/**
 * The argument of a helper's object parameter (`energy(x, p)`, `p: { k: number; c: number }`):
 * its numbers, in the order of the type's properties. An object literal (`{ k: 2.5, c }`, its
 * values evaluated in the order written, as JavaScript does) or a name holding an object of
 * numbers (a local literal, a helper's result, the caller's own object parameter).
 */
export function objectArgument(cx: ExprContext, arg: ts.Expression, fields: readonly string[], callee: string, given?: string): Atom[] {
  const { b, checker } = cx;
  const bare = skipParens(arg);
  const hint = given ?? `pass an object literal of numbers (${callee}(…, { ${fields.map((f) => `${f}: …`).join(', ')} })), a const holding one, or a helper's call that returns one`;
  if (ts.isObjectLiteralExpression(bare)) {
    const values = objectLiteralNumbers(cx, bare, fields, hint);
    return fields.map((f) => values.get(f)!);
  }
  // (an instance of a value class: `new Vec3(…)`, `a.sub(b)`, `this`; value-classes.ts)
  const instance = valueInstance(cx, bare);
  if (instance) {
    const missing = fields.find((f) => !instance.has(f));
    if (missing === undefined) return fields.map((f) => varAtom(instance.get(f)!));
    return b.fail(arg, 'TSG2002', `'${arg.getText(b.sf)}' has no number '${missing}', which '${callee}' reads`, hint);
  }
  // (`s = step(s)` of a local function returning an object: lowered once, in place, statements/local-objects.ts)
  const local = ts.isCallExpression(bare) ? cx.localObjectCall?.(bare, fields) : undefined;
  if (local) return local;
  // (`cmul(m.zc, m.gamma)`, `norm(f(x).pos)`: an object inside an object of numbers, nested-objects.ts)
  const part = ts.isPropertyAccessExpression(bare) ? nestedObject(cx, bare, fields) : undefined;
  if (part) return part;
  // (`norm(polar(x, y))`: the object a helper returns, one call per number, as `const c = polar(x, y)` reads it)
  const made = ts.isCallExpression(bare) ? numberFields(checker, checker.getTypeAtLocation(bare)) : undefined;
  // (once for all the numbers of an outer call read one at a time too, `step(step(s, n++), dt)`)
  if (made && fields.every((f) => made.includes(f))) return argumentOnce(cx, bare, () => onceArguments(cx, bare, () => fields.map((f) => projectCall(cx, bare as ts.CallExpression, f))));
  const symbol = ts.isIdentifier(bare) ? checker.getSymbolAtLocation(bare) : undefined;
  const binding = symbol && cx.scope.get(symbol);
  if (binding?.kind === 'object') {
    const missing = fields.find((f) => !binding.fields.has(f));
    if (missing === undefined) return fields.map((f) => varAtom(binding.fields.get(f)!));
    return b.fail(arg, 'TSG2002', `'${arg.getText(b.sf)}' has no number '${missing}', which '${callee}' reads`, hint);
  }
  // (a module-level constant object of numbers, `const FROZEN = Object.freeze({ B: 10, C: 1.9 })`:
  // its numbers, as `FROZEN.C` reads them; trial33)
  const constant = !binding && (ts.isIdentifier(bare) || ts.isPropertyAccessExpression(bare)) ? moduleObject(bare, checker) : undefined;
  if (constant && 'error' in constant) return b.fail(arg, 'TSG2002', `'${arg.getText(b.sf)}' ${constant.error}`, constant.hint);
  if (constant) {
    const missing = fields.find((f) => !constant.keys.includes(f));
    if (missing === undefined) return fields.map((f) => constAtom(constant.values[constant.keys.indexOf(f)]!));
    return b.fail(arg, 'TSG2002', `'${arg.getText(b.sf)}' has no number '${missing}', which '${callee}' reads`, hint);
  }
  // (`len2(a) = Math.sqrt(dot2(a, a))` of an exported function's own object parameter: passed
  // through unread, as where it reads `a.x`: the reason is that, not the argument's form; trial36)
  if (binding?.kind === 'opaque' && symbol!.valueDeclaration && ts.isParameter(symbol!.valueDeclaration) && numberFields(checker, checker.getTypeAtLocation(bare))) {
    return b.fail(arg, 'TSG1002', `'${arg.getText(b.sf)}' is an object parameter (${binding.typeText.replace(/\s+/g, ' ')}), which tsgrad passes through without reading its properties`,
      `an exported function's object of numbers has no key in a gradient: take its numbers as parameters of their own (${fields.map((f) => `${f}: number`).join(', ')}) in an exported function that builds the object and calls this one`);
  }
  return b.fail(arg, 'TSG2002', `'${arg.getText(b.sf)}' is passed for an object parameter of '${callee}': tsgrad passes an object of numbers written as a literal, a name holding one, or a helper's call returning one`, hint);
}

/**
 * `{ k: 2.5, c }`: the number of each property, evaluated in the order written; refused when it
 * has a spread, a method or a computed name, or lacks one of `fields`.
 */
export function objectLiteralNumbers(cx: ExprContext, e: ts.ObjectLiteralExpression, fields: readonly string[], hint: string): Map<string, Atom> {
  const { b } = cx;
  const values = new Map<string, Atom>();
  for (const p of e.properties) {
    // (`{ ...s, v: … }`: the numbers of the object spread, as they are when it is spread, those
    // of the properties after it written over them, as JavaScript copies them; trial48 finding 13)
    if (ts.isSpreadAssignment(p)) {
      const own = numberFields(cx.checker, cx.checker.getTypeAtLocation(p.expression));
      const taken = own && fields.filter((f) => own.includes(f));
      if (!taken || taken.length === 0) {
        return b.fail(p, 'TSG1002', `the object literal spreads '${p.expression.getText(b.sf).replace(/\s+/g, ' ')}', which is not an object of numbers`, hint);
      }
      const numbers = objectArgument(cx, p.expression, taken, `the spread '...${p.expression.getText(b.sf)}'`, hint);
      taken.forEach((f, j) => {
        const a = numbers[j]!;
        values.set(f, a.kind === 'var' && a.v.mutable ? b.eq('copy', [a]) : a);
      });
      continue;
    }
    const name = p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) || ts.isNumericLiteral(p.name)) ? p.name.text : undefined;
    if (name === undefined || !(ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p))) {
      return b.fail(p, 'TSG1002', `the object literal's '${p.getText(b.sf).replace(/\s+/g, ' ')}' is not a number property tsgrad reads`, hint);
    }
    const value = ts.isPropertyAssignment(p) ? p.initializer : p.name;
    // (`{ x }`: the variable x, which the name's own symbol, the property's, is not)
    const shorthand = ts.isShorthandPropertyAssignment(p) ? cx.scope.get(cx.checker.getShorthandAssignmentValueSymbol(p)!) : undefined;
    // (`{ zc: { re, im }, gamma: cx(g), pos }`: a property that is an object of numbers itself,
    // its numbers as a helper's object argument is given them, nested-objects.ts)
    const inner = subFields(fields, name);
    if (inner.length > 0) {
      // (`{ pos: p }` of a local whose properties are assigned: JavaScript would share it, and
      // the object made would see the writes; tsgrad copies its numbers, so it is refused)
      const source = ts.isShorthandPropertyAssignment(p) ? cx.checker.getShorthandAssignmentValueSymbol(p) : ts.isIdentifier(skipParens(value)) ? cx.checker.getSymbolAtLocation(skipParens(value)) : undefined;
      if (source && cx.scope.get(source)?.kind === 'object' && writtenInPlace(cx.checker, source)) {
        return b.fail(p, 'TSG1002', `the object literal puts the object '${source.name}', whose properties this function assigns, inside another: JavaScript shares it, and tsgrad holds copies of its numbers`,
          `give the literal an object of its own: { ${name}: { ${inner.map((f) => `${f}: ${source.name}.${f}`).join(', ')} } }, or assign '${source.name}' anew instead of its properties`);
      }
      const numbers = shorthand?.kind === 'object' && !shorthand.options && inner.every((f) => shorthand.fields.has(f))
        ? inner.map((f) => varAtom(shorthand.fields.get(f)!))
        : objectArgument(cx, value, inner, `the property '${name}'`, hint);
      inner.forEach((f, j) => {
        const a = numbers[j]!;
        values.set(`${name}.${f}`, a.kind === 'var' && a.v.mutable ? b.eq('copy', [a]) : a);
      });
      continue;
    }
    // (once for all the numbers of a call read one at a time, `step({ x: n++, v }, dt)`: onceArguments)
    values.set(name, argumentOnce(cx, value, () => {
      const a = shorthand?.kind === 'var' ? varAtom(shorthand.v) : lowerExpr(cx, value);
      // (the value it has now, whatever is assigned later)
      return numeric(cx, a.kind === 'var' && a.v.mutable ? b.eq('copy', [a]) : a, value);
    }));
  }
  const missing = fields.find((f) => !values.has(f));
  if (missing !== undefined) return b.fail(e, 'TSG1002', `the object literal has no number '${missing}'`, hint);
  return values;
}

/**
 * A call whose object arguments are spread into numbers, one per property: the arguments, the
 * callee's parameters (`of` naming the object's), and the indices of written arrays and windows
 * moved to match.
 */
function spreadObjects(resolved: ResolvedCall, args: readonly Atom[], windows: readonly (Window | undefined)[], objects: readonly (Atom[] | undefined)[], starts: readonly (Atom | undefined)[] = []) {
  const fn = resolved.callee;
  const moved: number[] = [];
  const spreadArgs: Atom[] = [];
  const params: (typeof fn.params)[number][] = [];
  const spreadWindows: (Window | undefined)[] = [];
  args.forEach((a, i) => {
    moved[i] = spreadArgs.length;
    const numbers = objects[i];
    const p = fn.params[i]!;
    if (!numbers) {
      spreadArgs.push(a);
      params.push(p);
      spreadWindows.push(windows[i]);
      // (an array of rows: its row starts after its flat array, as the helper's parameters are, row-arrays.ts)
      const rowStarts = starts[i];
      if (rowStarts) {
        spreadArgs.push(rowStarts);
        params.push({ key: `${p.key}_rows`, array: true });
        spreadWindows.push(undefined);
      }
      return;
    }
    resolved.objects![i]!.forEach((field, j) => {
      spreadArgs.push(numbers[j]!);
      // (a string or a flag of a helper's options object)
      const kind = resolved.options?.[i]?.[j]?.kind;
      params.push({ key: `${p.key}_${flatName(field)}`, array: false, of: p.key, ...(kind === 'string' ? { string: true as const } : kind === 'boolean' ? { boolean: true as const } : {}) });
      spreadWindows.push(undefined);
    });
  });
  return {
    callee: { ...fn, params }, args: spreadArgs,
    writes: resolved.writes.map((i) => moved[i]!), pure: resolved.pure.map((i) => moved[i]!),
    windows: spreadWindows.some((w) => w) ? spreadWindows : [],
  };
}

/** The function reads `arguments` (in its own body, not in a nested function's). */
function usesArguments(fn: ts.Node): boolean {
  const visit = (n: ts.Node): boolean => (ts.isIdentifier(n) && n.text === 'arguments') ||
    (!ts.isFunctionDeclaration(n) && !ts.isFunctionExpression(n) && ts.forEachChild(n, visit) === true);
  return ts.forEachChild(fn, visit) === true;
}

/**
 * The argument of a callee's optional number parameter without a default (`n?: number`): a
 * number, or `undefined` written out (`void 0`), passed as the constant undefined, which the
 * callee tests (`n === undefined`) and reads as NaN, as JavaScript does.
 */
function optionalArgument(cx: ExprContext, arg: ts.Expression, callee: string, p: ts.ParameterDeclaration): Atom {
  const bare = skipParens(arg);
  if (ts.isIdentifier(bare) && bare.text === 'undefined' || ts.isVoidExpression(bare)) return constAtom(NaN, { name: 'undefined' });
  const isUndefined = (x: ts.Expression) => { const y = skipParens(x); return (ts.isIdentifier(y) && y.text === 'undefined') || ts.isVoidExpression(y); };
  if (ts.isConditionalExpression(bare) && (isUndefined(bare.whenTrue) || isUndefined(bare.whenFalse))) {
    // (`c ? x : undefined`: it was "'undefined' is not a number"; as for a value that may be undefined, two calls)
    const [value, leftOut] = isUndefined(bare.whenFalse) ? [bare.whenTrue, false] : [bare.whenFalse, true];
    const test = bare.condition.getText(cx.b.sf);
    const call = `${callee}(…, ${value.getText(cx.b.sf)})`;
    return cx.b.fail(arg, 'TSG2002', `'${arg.getText(cx.b.sf)}' is a number or undefined, and tsgrad passes an optional parameter of '${callee}' (${p.getText(p.getSourceFile())}) a number or a literal undefined only`,
      `choose between two calls, one leaving the argument out: ${leftOut ? `${test} ? ${callee}(…) : ${call}` : `${test} ? ${call} : ${callee}(…)`}`);
  }
  const a = lowerExpr(cx, arg);
  if (a.kind === 'var' && cx.undefinedFlags?.get(a.v)) {
    return cx.b.fail(arg, 'TSG2002', `'${arg.getText(cx.b.sf)}' may be undefined here, and tsgrad passes an optional parameter of '${callee}' (${p.getText(p.getSourceFile())}) a number or a literal undefined only`,
      `test it first and pass a number or leave the argument out: ${arg.getText(cx.b.sf)} === undefined ? ${callee}(…) : ${callee}(…, ${arg.getText(cx.b.sf)})`);
  }
  return numeric(cx, a, arg);
}

/**
 * The argument of a callee's optional array parameter (`w?: Float64Array`) may not be the
 * caller's own optional array where it may be undefined (there it holds an empty array, which
 * the callee would read as given): refused, with the test to write.
 */
function mayBeAbsentArgument(cx: ExprContext, arg: ts.Expression, callee: string, p: ts.ParameterDeclaration): void {
  const inner = skipParens(arg);
  const symbol = ts.isIdentifier(inner) ? cx.checker.getSymbolAtLocation(inner) : undefined;
  const binding = symbol && cx.scope.get(symbol);
  if (binding?.kind !== 'var' || !cx.undefinedFlags?.has(binding.v)) return;
  // (where TypeScript narrows it to an array, `w ? g(x, w) : g(x)`, it is one: the flag is false there)
  const type = cx.checker.getTypeAtLocation(inner);
  if (!(type.isUnion() ? type.types : [type]).some((m) => m.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void))) return;
  const name = inner.getText(cx.b.sf);
  return cx.b.fail(arg, 'TSG2002', `'${name}' may be undefined here, and tsgrad passes an optional array parameter of '${callee}' (${p.getText(p.getSourceFile())}) an array or a literal undefined only`,
    `test it first: ${name} ? ${callee}(…, ${name}) : ${callee}(…)`);
}

/**
 * The default of the callee's parameter `i` (`k = x * 2`), lowered in the caller with the
 * callee's earlier parameters bound to the arguments given for them.
 */
function defaultArgument(cx: ExprContext, resolved: ReturnType<typeof resolveCall>, args: readonly Atom[],
  windows: readonly (Window | undefined)[], i: number): Atom {
  const { b, checker } = cx;
  const expr = resolved.defaults[i]!;
  const saved = new Map<ts.Symbol, Binding | undefined>();
  resolved.declared.slice(0, i).forEach((p, j) => {
    const symbol = ts.isIdentifier(p.name) ? checker.getSymbolAtLocation(p.name) : undefined;
    if (!symbol) return;
    saved.set(symbol, cx.scope.get(symbol));
    const arg = args[j]!;
    const w = windows[j];
    // (a window passed for an array parameter: `n = a.length` is the window's length)
    if (w && arg.kind === 'var') cx.scope.set(symbol, { kind: 'view', base: arg.v, offset: w.offset, length: w.length });
    else cx.scope.set(symbol, { kind: 'var', v: arg.kind === 'var' ? arg.v : (b.eq('copy', [arg]) as Atom & { kind: 'var' }).v });
  });
  try {
    if (resolved.callee.params[i]!.array) {
      return b.fail(expr, 'TSG2002', `'${resolved.callee.name}' is called without its array parameter '${resolved.callee.params[i]!.key}'`, 'pass the array');
    }
    if (resolved.callee.params[i]!.string) return text(cx, lowerExpr(cx, expr), expr);
    if (resolved.callee.params[i]!.boolean) return boolean(cx, lowerExpr(cx, expr), expr);
    return numeric(cx, lowerExpr(cx, expr), expr);
  } finally {
    for (const [symbol, binding] of saved) {
      if (binding) cx.scope.set(symbol, binding);
      else cx.scope.delete(symbol);
    }
  }
}

export function numeric(cx: ExprContext, a: Atom, node: ts.Node): Atom {
  const t = atomType(a);
  if (t === 'f64' || t === 'int') return a;
  if (t === 'str') return cx.b.fail(node, 'TSG1006', 'a string is used where a number is expected', 'strings are passed through, compared (===, switch) and used as keys; compute numbers from numbers');
  if (isUndefinedAtom(a)) {
    return cx.b.fail(node, 'TSG1006', `'${node.getText(cx.b.sf)}' is an optional callback: tsgrad differentiates calls without it, where it is undefined`,
      'use it only in tests (if (cb === undefined), if (cb)), or differentiate a function that takes the values cb would compute');
  }
  const text = node.getText(node.getSourceFile()).replace(/\s+/g, ' ');
  const type = cx.checker.getTypeAtLocation(node);
  const what = t !== 'bool' ? 'an array'
    : type.getFlags() & ts.TypeFlags.BooleanLike || !(type.isUnion() && type.types.some((u) => u.getFlags() & ts.TypeFlags.NumberLike)) ? 'a boolean'
    : `'${cx.checker.typeToString(type)}', a boolean or a number, which tsgrad only tests`;
  // (a call's argument: the callee's parameter is a number to tsgrad, by its type or, in a
  // package's JavaScript, by a JSDoc type it cannot read)
  const argument = ts.isCallExpression(node.parent) && node.parent.arguments.includes(node as ts.Expression);
  return cx.b.fail(node, 'TSG1006', `'${text.length > 40 ? text.slice(0, 37) + '…' : text}' is ${what}, used where a number is expected${argument ? ` (an argument of '${node.parent.expression.getText(node.getSourceFile())}', whose parameter there is a number)` : ''}`,
    'compute a number here: for a boolean, c ? 1 : 0; for an array, one of its elements');
}

/** A string, for a string parameter of a callee. */
export function text(cx: ExprContext, a: Atom, node: ts.Node): Atom {
  if (atomType(a) === 'str') return a;
  return cx.b.fail(node, 'TSG1006', 'a string parameter is passed something tsgrad does not read as a string', 'pass a string variable, parameter or literal');
}

/** A boolean, or a number's truthiness (`!m`, `n && k > 0`: true unless 0, -0 or NaN). */
export function boolean(cx: ExprContext, a: Atom, node: ts.Node): Atom {
  const type = atomType(a);
  if (type === 'bool') return a;
  if (type === 'f64' || type === 'int' || type === 'str') return a.kind === 'const' ? constAtom(Boolean(a.value)) : cx.b.eq('truthy', [a]);
  const given = arrayGiven(cx, a);
  if (given) return given;
  return cx.b.fail(node, 'TSG1006', 'an array is used where a boolean is expected', 'test its length: x.length > 0');
}

/** An optional array parameter's truthiness (`if (weights)`, `weights ? … : 1`): whether it was given. */
export function arrayGiven(cx: ExprContext, a: Atom): Atom | undefined {
  const flag = a.kind === 'var' && isArrayType(a.v.type) ? cx.undefinedFlags?.get(a.v) : undefined;
  return flag && cx.b.eq('not', [flagAtom(flag)]);
}

/** `Number.isNaN`, `isNaN`: the global, not a function of the module of that name. */
function isGlobal(cx: ExprContext, callee: ts.Expression): boolean {
  const id = ts.isPropertyAccessExpression(callee) ? callee.expression : callee;
  const decl = cx.checker.getSymbolAtLocation(id)?.declarations?.[0];
  return decl === undefined || decl.getSourceFile().isDeclarationFile;
}

/**
 * The arguments of a call with each spread of an array literal (`...[a, b]`) replaced by the
 * literal's elements, recursively: the values the call receives, in order. A literal with a
 * hole stays a spread.
 */
function spreadLiterals(args: readonly ts.Expression[]): ts.Expression[] {
  return args.flatMap((a) => {
    const inner = ts.isSpreadElement(a) ? skipParens(a.expression) : undefined;
    if (!inner || !ts.isArrayLiteralExpression(inner) || inner.elements.some(ts.isOmittedExpression)) return [a];
    return spreadLiterals(inner.elements);
  });
}

/** Whether `e` is a statement of its own (`xs.forEach(…);`), its value unused. */
function statementOf(e: ts.Expression): boolean {
  let n: ts.Node = e;
  while (ts.isParenthesizedExpression(n.parent)) n = n.parent;
  return ts.isExpressionStatement(n.parent);
}

/** `e` is a call of an array method that takes a callback (`xs.filter(…)` in `xs.filter(…).length`): it, and what callbackMethod says of it. */
function callbackCall(cx: ExprContext, e: ts.Expression): { call: ts.CallExpression; message: string; hint: string } | undefined {
  const call = skipParens(e);
  if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) return undefined;
  const callee = call.expression;
  if (!arrayBinding(cx, callee.expression) && !isArrayOfNumbers(cx, callee.expression)) return undefined;
  const said = callbackMethod(cx, call, callee);
  return said && { call, ...said };
}

/**
 * An array method that takes a callback (`xs.forEach((v) => …)`, `map`, `reduce`, `filter`, …):
 * tsgrad does not follow the callback; the message and the loop to write instead, in the
 * callback's own names.
 */
function callbackMethod(cx: ExprContext, e: ts.CallExpression, callee: ts.PropertyAccessExpression): { message: string; hint: string } | undefined {
  const method = callee.name.text;
  const methods = ['forEach', 'map', 'reduce', 'reduceRight', 'filter', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'flatMap'];
  if (!methods.includes(method)) return undefined;
  const xs = callee.expression.getText(cx.b.sf);
  const fn = e.arguments[0] && skipParens(e.arguments[0]);
  const names = fn && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) ? fn.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : undefined)) : [];
  const reduce = method === 'reduce' || method === 'reduceRight';
  const v = (reduce ? names[1] : names[0]) ?? 'v';
  const i = (reduce ? names[2] : names[1]) ?? 'i';
  const indexed = (reduce ? names.length > 2 : names.length > 1);
  const statement = statementOf(e);
  // (forEach, map, reduce, reduceRight and the tests some, every, find, findLast, findIndex,
  // findLastIndex are followed in the forms README lists; the others never)
  const followed = ['forEach', 'map', 'reduce', 'reduceRight', 'some', 'every', 'find', 'findLast', 'findIndex', 'findLastIndex'].includes(method);
  const message = followed
    ? `'${xs}.${method}(…)'${statement ? ' as a statement' : ''} is not supported in this form: tsgrad follows ${method}'s callback written in place, on an array of numbers${method === 'map' ? ', into a new array' : ''}`
    : `'${xs}.${method}(…)' is not supported: tsgrad follows the callbacks of forEach, map, reduce, reduceRight, some, every, find, findLast, findIndex and findLastIndex, not of ${method}`;
  // (the loop reads the array once: a copy, `Array.from(nx)`, `nx.slice()`, is read as nx; any
  // other expression named first, not evaluated again per test and per element)
  const owner = skipParens(callee.expression);
  // (`[0, 1, 2].map(…)`: the callback is followed on a named array; trial41 finding 1 was told
  // the form it had, and given the literal three times in a loop)
  if (followed && ts.isArrayLiteralExpression(owner)) {
    return { message: `'${xs}.${method}(…)' calls ${method} on an array literal, and tsgrad follows ${method}'s callback on an array that has a name`, hint: `name the array first: const items = ${xs}; then items.${method}(…)` };
  }
  const copied = ts.isCallExpression(owner) && ts.isPropertyAccessExpression(owner.expression) &&
    ((owner.expression.name.text === 'from' && ts.isIdentifier(owner.expression.expression) && /^(Array|Float64Array)$/.test(owner.expression.expression.text) && owner.arguments.length === 1) ||
      (owner.expression.name.text === 'slice' && owner.arguments.length === 0))
    ? (owner.expression.name.text === 'from' ? owner.arguments[0]! : owner.expression.expression) : undefined;
  const named = copied && (ts.isIdentifier(skipParens(copied)) || ts.isPropertyAccessExpression(skipParens(copied))) ? skipParens(copied).getText(cx.b.sf) : undefined;
  const simple = ts.isIdentifier(owner) || ts.isPropertyAccessExpression(owner);
  const arr = named ?? (simple ? xs : 'items');
  const bindFirst = named || simple ? '' : `const items = ${xs}; `;
  const each = indexed ? `${bindFirst}for (let ${i} = 0; ${i} < ${arr}.length; ${i}++) { const ${v} = ${arr}[${i}]; … }` : `${bindFirst}for (const ${v} of ${arr}) { … }`;
  // (a chain, `xs.map((u) => u * u).reduce(…)`: one loop over xs that does both)
  const chained = skipParens(callee.expression);
  if (!indexed && ts.isCallExpression(chained) && ts.isPropertyAccessExpression(chained.expression) && ['map', 'filter'].includes(chained.expression.name.text)) {
    const first = chained.expression.name.text;
    const source = chained.expression.expression.getText(cx.b.sf);
    const inner = chained.arguments[0] && skipParens(chained.arguments[0]);
    const innerFn = inner && (ts.isArrowFunction(inner) || ts.isFunctionExpression(inner)) ? inner : undefined;
    const u = innerFn?.parameters[0] && ts.isIdentifier(innerFn.parameters[0].name) ? innerFn.parameters[0].name.text : 'u';
    const body = innerFn && !ts.isBlock(innerFn.body) ? innerFn.body.getText(cx.b.sf) : undefined;
    const step = first === 'map'
      ? `const ${v} = ${body ?? `<what the map callback gives for ${u}>`};`
      : `if (!(${body ?? `<the filter test of ${u}>`})) continue; const ${v} = ${u};`;
    const loop = `for (const ${u} of ${source}) { ${step} … }`.replace(`const ${u} = ${u}; `, '');
    const acc = names[0] ?? 'acc';
    const what = reduce ? `let ${acc} = <the initial value>; ${loop.replace('… }', `${acc} = …; }`)}` : loop;
    return { message, hint: `write one loop that does both: ${what}` };
  }
  if (method === 'forEach' || (statement && method === 'map')) return { message, hint: `write a ${indexed ? 'loop over the indices' : 'for…of loop'} with the callback's body: ${each}` };
  if (method === 'map') {
    return { message, hint: `write a loop into a new array: const out = new Float64Array(${xs}.length); for (let ${i} = 0; ${i} < ${xs}.length; ${i}++) out[${i}] = … ${xs}[${i}] …` };
  }
  if (reduce) {
    const acc = names[0] ?? 'acc';
    const backwards = method === 'reduceRight' ? `for (let ${i} = ${xs}.length - 1; ${i} >= 0; ${i}--) { const ${v} = ${xs}[${i}]; … }` : each;
    return { message, hint: `write a loop that accumulates: let ${acc} = <the initial value>; ${backwards.replace('… }', `${acc} = …; }`)}` };
  }
  // (some/every: a flag and a break, in the callback's own test where it is an expression)
  const test = fn && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && !ts.isBlock(fn.body) ? fn.body.getText(cx.b.sf) : '<the test>';
  if (method === 'some' || method === 'every') {
    const [flag, start, cond, set] = method === 'some' ? ['any', 'false', test, 'true'] : ['all', 'true', `!(${test})`, 'false'];
    return { message, hint: `write a loop with a break: ${bindFirst}let ${flag} = ${start}; ${each.slice(bindFirst.length).replace('… }', `if (${cond}) { ${flag} = ${set}; break; } }`)}` };
  }
  return { message, hint: `write a loop: ${each}, with what the callback computes in its body` };
}
