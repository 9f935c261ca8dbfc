/**
 * What the front end asks of the TypeScript program before lowering a function: how a
 * parameter is typed, which variables are reassigned, which hold integers, and the value of
 * a module-level numeric constant.
 */
import ts from './typescript.cjs';
import { type NamedConstant, type Param, type TypedArrayCtor, isFloatArrayCtor, isIntArrayCtor, isTypedArrayCtor } from '../ir/types.js';
import { onceScope } from './values.js';
import type { Prim } from '../rules/prims.js';
import { mathPrim, rules } from '../rules/table.js';
import { bitOperation } from './packages.js';


/**
 * `number`, an array of floats (`Float64Array` when any member of the type is a typed array or
 * `ArrayLike<number>`, `number[]` when all are arrays of numbers; readonly too), `intArray` (an
 * integer typed array: inactive data), or something tsgrad does not differentiate.
 */
export function classifyType(type: ts.Type, checker: ts.TypeChecker): Param['tsType'] | 'boolean' | 'string' {
  // (`T` of a generic helper lowered where it is called: what the call instantiates it as)
  const bound = typeArguments.get(type);
  if (bound) return classifyType(bound, checker);
  // `x: T` of `function f<T extends number>`: a number (the constraint says so); another type
  // parameter is not read (a generated signature could not name T)
  if (isNumberTypeParameter(type, checker)) return 'number';
  // `xs: A` of `<A extends ArrayLike<number>>` (or `T extends number[]`): the array its constraint is
  const array = arrayTypeParameterConstraint(type, checker);
  if (array) return classifyType(array, checker);
  const members = type.isUnion() ? type.types : [type];
  if (members.every((m) => m.flags & ts.TypeFlags.NumberLike)) return 'number';
  if (members.every((m) => m.flags & ts.TypeFlags.BooleanLike)) return 'boolean';
  // `string`, or a union of string literals (`"km" | "mi"`): passed through, never differentiated
  if (members.every((m) => m.flags & ts.TypeFlags.StringLike)) return 'string';
  const kinds = new Set(members.map((m) => arrayKind(m, checker)));
  if (kinds.size === 1 && kinds.has('int')) return 'intArray';
  if (kinds.has('int') || kinds.has(undefined)) return 'other';
  return kinds.has('typed') ? 'Float64Array' : 'number[]';
}

/**
 * The type parameters of the generic helper being lowered where it is called, and what the
 * call instantiates each as (local-closures.ts callbackHelperCall); empty elsewhere.
 */
let typeArguments: ReadonlyMap<ts.Type, ts.Type> = new Map();

/**
 * A type parameter as the calls being lowered instantiate it, through helpers that pass theirs
 * on (`meanBy<T>` calling `sumBy(xs, f)`: sumBy's T is meanBy's T, which the caller made number;
 * trial48 finding 1); any other type as it is.
 */
function boundType(type: ts.Type): ts.Type {
  let t = type;
  for (let depth = 0; depth < 16; depth++) {
    const next = typeArguments.get(t);
    if (!next || next === t) return t;
    t = next;
  }
  return t;
}

/** `run()` with `T` read as `bound.get(T)` by classifyType, then the type arguments before put back. */
export function withTypeArguments<R>(bound: ReadonlyMap<ts.Type, ts.Type>, run: () => R): R {
  const outer = typeArguments;
  typeArguments = new Map([...outer, ...bound]);
  try {
    return run();
  } finally {
    typeArguments = outer;
  }
}

/**
 * A numeric enum (`mode: Mode`, a union of its members, or one member, `Mode.Linear`; a
 * `const enum` too): discrete values, so a parameter of that type is read, never
 * differentiated, and gets no key in `grad`, as a boolean or a string does. An enum with a
 * member only the running program computes (`B = f()`) is not a union of members: TypeScript's
 * types cannot tell it from `number` (index.ts's AdjointOf), and it is a number here too.
 */
export function isNumericEnum(type: ts.Type): boolean {
  const members = type.isUnion() ? type.types : [type];
  return members.every((m) => m.flags & ts.TypeFlags.EnumLiteral && m.flags & ts.TypeFlags.NumberLiteral);
}

/** A type parameter constrained to numbers (`T extends number`, `T extends 0 | 1`). */
export function isNumberTypeParameter(type: ts.Type, checker: ts.TypeChecker): boolean {
  if (!(type.flags & ts.TypeFlags.TypeParameter)) return false;
  const constraint = checker.getBaseConstraintOfType(type);
  if (!constraint || constraint === type) return false;
  const members = constraint.isUnion() ? constraint.types : [constraint];
  return members.every((m) => m.flags & ts.TypeFlags.NumberLike);
}

/**
 * The constraint of a type parameter constrained to an array of numbers (`A extends
 * ArrayLike<number>`, `T extends number[]`, `T extends Float64Array`): what tsgrad reads a
 * parameter of that type as, and what a generated signature, which has no T, declares.
 */
export function arrayTypeParameterConstraint(type: ts.Type, checker: ts.TypeChecker): ts.Type | undefined {
  if (!(type.flags & ts.TypeFlags.TypeParameter)) return undefined;
  const constraint = checker.getBaseConstraintOfType(type);
  if (!constraint || constraint === type || constraint.flags & ts.TypeFlags.TypeParameter) return undefined;
  const kind = classifyType(constraint, checker);
  return kind === 'Float64Array' || kind === 'number[]' || kind === 'intArray' ? constraint : undefined;
}

/** A union of array types of numbers that mixes float and integer arrays (`number[] | Uint8Array | Float64Array`). */
export function isMixedArrayUnion(type: ts.Type, checker: ts.TypeChecker): boolean {
  if (!type.isUnion()) return false;
  const kinds = type.types.map((m) => arrayKind(m, checker));
  return kinds.every((k) => k !== undefined) && kinds.includes('int') && kinds.some((k) => k !== 'int');
}

/**
 * The kind of one (non-union) array type: `typed` (Float64Array, Float32Array, ArrayLike<number>),
 * `plain` (number[], readonly number[]), `int` (an integer typed array), or undefined.
 */
function arrayKind(type: ts.Type, checker: ts.TypeChecker): 'typed' | 'plain' | 'int' | undefined {
  const name = type.getSymbol()?.getName();
  if (name !== undefined && isFloatArrayCtor(name)) return 'typed';
  if (name !== undefined && isIntArrayCtor(name)) return 'int';
  // a tuple of numbers (`[number, number]`, readonly or not) is an array of numbers at run time
  if (checker.isTupleType(type)) {
    const elements = checker.getTypeArguments(type as ts.TypeReference);
    return elements.length > 0 && elements.every((e) => e.flags & ts.TypeFlags.NumberLike) ? 'plain' : undefined;
  }
  if (checker.isArrayType(type) || name === 'ReadonlyArray' || name === 'ArrayLike') {
    const [declared] = checker.getTypeArguments(type as ts.TypeReference);
    const element = declared && boundType(declared);
    if (!element || !(element.flags & ts.TypeFlags.NumberLike)) return undefined;
    return name === 'ArrayLike' ? 'typed' : 'plain';
  }
  return undefined;
}

/** The constructor of a typed array type (`Float32Array`), if the type is exactly one. */
export function typedArrayName(type: ts.Type): TypedArrayCtor | undefined {
  const name = type.isUnion() ? undefined : type.getSymbol()?.getName();
  return name !== undefined && isTypedArrayCtor(name) ? name : undefined;
}

/** Symbols assigned anywhere in `body` other than at their declaration. */
export function assignedSymbols(body: ts.Node, checker: ts.TypeChecker): Set<ts.Symbol> {
  const out = new Set<ts.Symbol>();
  const mark = (target: ts.Expression): void => {
    const inner = skipParens(target);
    if (ts.isArrayLiteralExpression(inner)) inner.elements.forEach(mark); // [a, b] = [b, a]
    // ({ a, b: c } = f(x))
    if (ts.isObjectLiteralExpression(inner)) {
      for (const p of inner.properties) {
        if (ts.isShorthandPropertyAssignment(p)) {
          const s = checker.getShorthandAssignmentValueSymbol(p);
          if (s) out.add(s);
        }
        else if (ts.isPropertyAssignment(p)) mark(p.initializer);
      }
    }
    if (ts.isIdentifier(inner)) {
      const s = checker.getSymbolAtLocation(inner);
      if (s) out.add(s);
    }
  };
  const visit = (n: ts.Node): void => {
    if (ts.isBinaryExpression(n) && isAssignmentOperator(n.operatorToken.kind)) mark(n.left);
    if (isIncrement(n)) {
      mark(n.operand);
    }
    ts.forEachChild(n, visit);
  };
  visit(body);
  return out;
}

/**
 * Array variables declared with a conditional value (`const src = flag > 0 ? a : b`): bound as
 * the assignment `src = flag > 0 ? a : b` binds a rebindable array variable, so they are
 * rebindable too (assignedSymbols has them), and a write through them is refused as it is
 * through `let src = a; src = flag > 0 ? a : b`.
 */
export function conditionalArrays(body: ts.Node, checker: ts.TypeChecker): Set<ts.Symbol> {
  const out = new Set<ts.Symbol>();
  const visit = (n: ts.Node): void => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && ts.isConditionalExpression(skipParens(n.initializer)) &&
        ['Float64Array', 'number[]', 'intArray'].includes(classifyType(checker.getTypeAtLocation(n.name), checker))) {
      const s = checker.getSymbolAtLocation(n.name);
      if (s) out.add(s);
    }
    ts.forEachChild(n, visit);
  };
  visit(body);
  return out;
}

/** The array methods that change an array's length. */
export const resizingMethods: ReadonlySet<string> = new Set(['push', 'pop', 'shift', 'unshift', 'splice']);

/**
 * Arrays whose length `body` may change: `a.push(…)` (and `pop`, `shift`, `unshift`,
 * `splice`, `a.length = n`), by symbol. A loop bounded by such an array's length is not counted.
 */
export function resizedArrays(body: ts.Node, checker: ts.TypeChecker): Set<ts.Symbol> {
  const out = new Set<ts.Symbol>();
  const mark = (e: ts.Expression) => {
    const inner = skipParens(e);
    const s = ts.isIdentifier(inner) ? checker.getSymbolAtLocation(inner) : undefined;
    if (s) out.add(s);
  };
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) &&
        resizingMethods.has(n.expression.name.text)) mark(n.expression.expression);
    if (ts.isBinaryExpression(n) && isAssignmentOperator(n.operatorToken.kind) && ts.isPropertyAccessExpression(skipParens(n.left)) &&
        (skipParens(n.left) as ts.PropertyAccessExpression).name.text === 'length') mark((skipParens(n.left) as ts.PropertyAccessExpression).expression);
    ts.forEachChild(n, visit);
  };
  visit(body);
  return out;
}

/** `x++`, `--a[i]`: an update that writes its operand (`-x`, `!x`, `~x` only read it). */
export function isIncrement(n: ts.Node): n is ts.PrefixUnaryExpression | ts.PostfixUnaryExpression {
  return (ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) &&
    (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken);
}

export function isAssignmentOperator(kind: ts.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
}

/**
 * The declaration a read of `id` comes before, in the same function: a `let`/`const` further down
 * its block (JavaScript's temporal dead zone, tsc's TS2448).
 */
export function declaredAfter(id: ts.Identifier, checker: ts.TypeChecker): ts.VariableDeclaration | undefined {
  const symbol = checker.getSymbolAtLocation(id);
  const s = symbol && (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
  const d = s?.valueDeclaration;
  if (!d || !ts.isVariableDeclaration(d) || d.getSourceFile() !== id.getSourceFile() || d.getStart() <= id.getStart()) return undefined;
  const fn = ts.findAncestor(d, ts.isFunctionLike);
  return fn !== undefined && fn === ts.findAncestor(id, ts.isFunctionLike) ? d : undefined;
}

/** The first read in `node` of a variable declared after it (see declaredAfter). */
export function firstReadBeforeDeclaration(node: ts.Node, checker: ts.TypeChecker): { id: ts.Identifier; declaration: ts.VariableDeclaration } | undefined {
  if (ts.isIdentifier(node)) {
    const declaration = declaredAfter(node, checker);
    return declaration && { id: node, declaration };
  }
  return ts.forEachChild(node, (child) => firstReadBeforeDeclaration(child, checker));
}

export function skipParens(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e) ||
         ts.isSatisfiesExpression(e) || ts.isTypeAssertionExpression(e)) {
    e = e.expression;
  }
  return e;
}

/** The primitive of each binary operator. */
export const binaryPrims = new Map<ts.SyntaxKind, Prim>([
  [ts.SyntaxKind.PlusToken, 'add'], [ts.SyntaxKind.MinusToken, 'sub'], [ts.SyntaxKind.AsteriskToken, 'mul'],
  [ts.SyntaxKind.SlashToken, 'div'], [ts.SyntaxKind.PercentToken, 'mod'], [ts.SyntaxKind.AsteriskAsteriskToken, 'pow'],
  [ts.SyntaxKind.LessThanToken, 'lt'], [ts.SyntaxKind.LessThanEqualsToken, 'le'],
  [ts.SyntaxKind.GreaterThanToken, 'gt'], [ts.SyntaxKind.GreaterThanEqualsToken, 'ge'],
  [ts.SyntaxKind.EqualsEqualsEqualsToken, 'eq'], [ts.SyntaxKind.ExclamationEqualsEqualsToken, 'ne'],
  [ts.SyntaxKind.EqualsEqualsToken, 'eq'], [ts.SyntaxKind.ExclamationEqualsToken, 'ne'],
  [ts.SyntaxKind.AmpersandAmpersandToken, 'and'], [ts.SyntaxKind.BarBarToken, 'or'],
  [ts.SyntaxKind.AmpersandToken, 'bitand'], [ts.SyntaxKind.BarToken, 'bitor'], [ts.SyntaxKind.CaretToken, 'bitxor'],
  [ts.SyntaxKind.LessThanLessThanToken, 'shl'], [ts.SyntaxKind.GreaterThanGreaterThanToken, 'shr'],
  [ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken, 'ushr'],
]);

const bitwiseOperators = new Set([
  ts.SyntaxKind.AmpersandToken, ts.SyntaxKind.BarToken, ts.SyntaxKind.CaretToken, ts.SyntaxKind.LessThanLessThanToken,
  ts.SyntaxKind.GreaterThanGreaterThanToken, ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
]);
const bitwiseAssignments = new Set([
  ts.SyntaxKind.AmpersandEqualsToken, ts.SyntaxKind.BarEqualsToken, ts.SyntaxKind.CaretEqualsToken,
  ts.SyntaxKind.LessThanLessThanEqualsToken, ts.SyntaxKind.GreaterThanGreaterThanEqualsToken,
  ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken,
]);

/**
 * Local variables that only ever hold integers (counters, indices, sizes): those whose every
 * assignment is an integer expression, assuming the same of the others (a fixpoint, since
 * `j = i + 1` is an integer when `i` is).
 */
export function integerSymbols(body: ts.Node, checker: ts.TypeChecker): Set<ts.Symbol> {
  const assignments = new Map<ts.Symbol, ts.Expression[]>();
  const add = (id: ts.Node, value: ts.Expression) => {
    const s = checker.getSymbolAtLocation(id);
    if (!s) return;
    const list = assignments.get(s) ?? [];
    list.push(value);
    assignments.set(s, list);
  };
  const one = ts.factory.createNumericLiteral(1);
  const visit = (n: ts.Node): void => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name)) {
      // (`let i;` is assigned before it is read, as tsc checks; a for … of variable is not an integer)
      const loopVariable = ts.isForOfStatement(n.parent.parent) || ts.isForInStatement(n.parent.parent);
      if (n.initializer || loopVariable) add(n.name, n.initializer ?? ts.factory.createIdentifier('NaN'));
    } else if (ts.isBinaryExpression(n) && isAssignmentOperator(n.operatorToken.kind)) {
      const left = skipParens(n.left);
      // [i, j] = [j, i]: each target gets the element at its place of an array literal (a swap
      // of indices keeps them integers); of anything else, values tsgrad does not follow here
      if (ts.isArrayLiteralExpression(left)) {
        const right = skipParens(n.right);
        const elements = n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isArrayLiteralExpression(right) && !right.elements.some(ts.isSpreadElement) ? right.elements : undefined;
        left.elements.forEach((t, i) => {
          const target = skipParens(t);
          if (ts.isIdentifier(target)) add(target, elements?.[i] ?? ts.factory.createIdentifier('NaN'));
          // ([i = 0.5] = …: the default or the element, which is not followed)
          else if (ts.isBinaryExpression(target) && target.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(skipParens(target.left))) add(skipParens(target.left), ts.factory.createIdentifier('NaN'));
        });
      }
      // ({ a, b: c } = f(x)): each target a property, which is not followed here (a number)
      if (ts.isObjectLiteralExpression(left)) {
        for (const p of left.properties) {
          const s = ts.isShorthandPropertyAssignment(p) ? checker.getShorthandAssignmentValueSymbol(p) : undefined;
          if (s) assignments.set(s, [...assignments.get(s) ?? [], ts.factory.createIdentifier('NaN')]);
          else if (ts.isPropertyAssignment(p) && ts.isIdentifier(skipParens(p.initializer))) add(skipParens(p.initializer), ts.factory.createIdentifier('NaN'));
        }
      }
      if (ts.isIdentifier(left)) {
        const op = n.operatorToken.kind;
        // x /= y and x **= y leave the integers; the others keep integers integers (x ||= y: x or y).
        const keeps = op === ts.SyntaxKind.EqualsToken || op === ts.SyntaxKind.PlusEqualsToken ||
          op === ts.SyntaxKind.MinusEqualsToken || op === ts.SyntaxKind.AsteriskEqualsToken ||
          op === ts.SyntaxKind.PercentEqualsToken || op === ts.SyntaxKind.BarBarEqualsToken ||
          op === ts.SyntaxKind.AmpersandAmpersandEqualsToken || op === ts.SyntaxKind.QuestionQuestionEqualsToken;
        // (x |= e, x >>= e …: always a 32-bit integer)
        add(left, bitwiseAssignments.has(op) ? one : keeps ? n.right : ts.factory.createIdentifier('NaN'));
      }
    } else if (isIncrement(n)) {
      const operand = skipParens(n.operand);
      if (ts.isIdentifier(operand)) add(operand, one);
    }
    ts.forEachChild(n, visit);
  };
  visit(body);

  const ints = new Set<ts.Symbol>();
  for (const [s, values] of assignments) {
    const decl = s.valueDeclaration;
    if (decl && ts.isParameter(decl)) continue;
    if (values.length > 0) ints.add(s);
  }
  const isInt = (e: ts.Expression): boolean => {
    e = skipParens(e);
    if (ts.isNumericLiteral(e)) return Number.isInteger(Number(e.text));
    if (ts.isIdentifier(e)) {
      const s = checker.getSymbolAtLocation(e);
      return s !== undefined && ints.has(s);
    }
    if (ts.isPrefixUnaryExpression(e)) {
      if (e.operator === ts.SyntaxKind.TildeToken) return true;
      return (e.operator === ts.SyntaxKind.MinusToken || e.operator === ts.SyntaxKind.PlusToken) && isInt(e.operand);
    }
    if (ts.isPropertyAccessExpression(e)) return e.name.text === 'length';
    // an element of an integer typed array
    if (ts.isElementAccessExpression(e)) return classifyType(checker.getTypeAtLocation(e.expression), checker) === 'intArray';
    if (ts.isConditionalExpression(e)) return isInt(e.whenTrue) && isInt(e.whenFalse);
    if (ts.isBinaryExpression(e)) {
      const k = e.operatorToken.kind;
      if (k === ts.SyntaxKind.PlusToken || k === ts.SyntaxKind.MinusToken ||
          k === ts.SyntaxKind.AsteriskToken || k === ts.SyntaxKind.PercentToken) {
        return isInt(e.left) && isInt(e.right);
      }
      if (bitwiseOperators.has(k)) return true;
      // `n || 1`, `a ?? 0`: one of the operands
      if (k === ts.SyntaxKind.BarBarToken || k === ts.SyntaxKind.AmpersandAmpersandToken) return isInt(e.left) && isInt(e.right);
      if (k === ts.SyntaxKind.QuestionQuestionToken) return isInt(e.left);
      return false;
    }
    const fn = !ts.isCallExpression(e) ? undefined
      : ts.isPropertyAccessExpression(e.expression) && ts.isIdentifier(e.expression.expression) &&
          (e.expression.expression.text === 'Math' || isMathAlias(e.expression.expression, checker))
        ? e.expression.name.text : mathMember(skipParens(e.expression), checker);
    const row = fn === undefined ? undefined : rules[mathPrim(fn)!];
    if (ts.isCallExpression(e) && row) {
      // (floor, ceil…: an integer whatever the arguments; min, max, abs: of integers)
      if (row.kind === 'zero' && row.type === 'int') return true;
      if (row.keepsIntegers) return e.arguments.every(isInt);
    }
    return false;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const s of [...ints]) {
      if (!assignments.get(s)!.every(isInt)) {
        ints.delete(s);
        changed = true;
      }
    }
  }
  return ints;
}

type ConstantOf<O> = (NamedConstant & { object: O })['name'];
export const mathConstants: Readonly<Record<ConstantOf<'Math'>, number>> = {
  E: Math.E, LN10: Math.LN10, LN2: Math.LN2, LOG10E: Math.LOG10E, LOG2E: Math.LOG2E,
  PI: Math.PI, SQRT1_2: Math.SQRT1_2, SQRT2: Math.SQRT2,
};
const numberConstants: Readonly<Record<ConstantOf<'Number'>, number>> = {
  EPSILON: Number.EPSILON, MAX_VALUE: Number.MAX_VALUE, MIN_VALUE: Number.MIN_VALUE,
  MAX_SAFE_INTEGER: Number.MAX_SAFE_INTEGER, MIN_SAFE_INTEGER: Number.MIN_SAFE_INTEGER,
  POSITIVE_INFINITY: Infinity, NEGATIVE_INFINITY: -Infinity, NaN: NaN,
};

/** `Math.member` as a named constant, if it is one of Math's numbers (`PI`). */
export const mathConstant = (member: string): NamedConstant & { object: 'Math' } | undefined =>
  Object.hasOwn(mathConstants, member) ? { object: 'Math', name: member as ConstantOf<'Math'> } : undefined;

/** `Math.PI`, `Number.EPSILON`, `NaN`: a named global constant and its value, if `e` is one. */
export function globalConstant(e: ts.Expression): { value: number; named: NamedConstant } | undefined {
  if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression)) {
    const object = e.expression.text;
    const name = e.name.text;
    const math = object === 'Math' ? mathConstant(name) : undefined;
    if (math) return { value: mathConstants[math.name], named: math };
    if (object === 'Number' && Object.hasOwn(numberConstants, name)) return { value: numberConstants[name as ConstantOf<'Number'>], named: { object, name: name as ConstantOf<'Number'> } };
  }
  if (ts.isIdentifier(e) && (e.text === 'NaN' || e.text === 'Infinity')) {
    return { value: e.text === 'NaN' ? NaN : Infinity, named: { name: e.text } };
  }
  return undefined;
}

/** Whether TypeScript types `e` as a boolean alone (every member of a union): `x < -1 && x`, a number or false, is not. */
export function booleanTyped(e: ts.Expression, checker: ts.TypeChecker): boolean {
  const t = checker.getTypeAtLocation(e);
  return (t.isUnion() ? t.types : [t]).every((u) => (u.flags & ts.TypeFlags.BooleanLike) !== 0);
}

/** The initializer of the class property `e` names, where it is `static readonly` (no other code can assign it). */
export function staticReadonlyInit(e: ts.PropertyAccessExpression, checker: ts.TypeChecker): ts.Expression | undefined {
  const d = checker.getSymbolAtLocation(e)?.valueDeclaration;
  if (!d || !ts.isPropertyDeclaration(d) || !ts.isClassLike(d.parent) || !d.initializer) return undefined;
  const modifiers = ts.getCombinedModifierFlags(d);
  return modifiers & ts.ModifierFlags.Static && modifiers & ts.ModifierFlags.Readonly ? d.initializer : undefined;
}

/**
 * The value of a module-level constant with a numeric initializer made of literals, named
 * constants, other such constants (of this module or imported: named, default, through a
 * namespace) and arithmetic; undefined when it is anything else.
 */
export function foldConstant(e: ts.Expression, checker: ts.TypeChecker, depth = 0): number | undefined {
  if (depth > 50) return undefined;
  e = skipParens(e);
  if (ts.isNumericLiteral(e)) return Number(e.text);
  const g = globalConstant(e);
  if (g) return g.value;
  if (ts.isIdentifier(e) || ts.isPropertyAccessExpression(e)) {
    const member = mathMember(e, checker);
    if (member !== undefined) { const c = mathConstant(member); return c && mathConstants[c.name]; }
    // `C.length` of a module-level constant table (@stdlib's `var LEN = ALGMCS.length`)
    if (ts.isPropertyAccessExpression(e) && e.name.text === 'length' && (ts.isIdentifier(e.expression) || ts.isPropertyAccessExpression(e.expression))) {
      const table = moduleTable(e.expression, checker);
      if (table && 'values' in table) return table.values.length;
    }
    // (`Units.DEG` of a class's `static readonly DEG = Math.PI / 180`: trial41 finding)
    const fixed = ts.isPropertyAccessExpression(e) ? staticReadonlyInit(e, checker) : undefined;
    if (fixed) return foldConstant(fixed, checker, depth + 1);
    const value = moduleValue(e, checker);
    return value?.kind === 'expr' ? foldConstant(value.expr, checker, depth + 1) : undefined;
  }
  if (ts.isPrefixUnaryExpression(e)) {
    const v = foldConstant(e.operand, checker, depth + 1);
    if (v === undefined) return undefined;
    if (e.operator === ts.SyntaxKind.MinusToken) return -v;
    if (e.operator === ts.SyntaxKind.PlusToken) return v;
    return undefined;
  }
  if (ts.isBinaryExpression(e)) {
    const l = foldConstant(e.left, checker, depth + 1);
    const r = foldConstant(e.right, checker, depth + 1);
    if (l === undefined || r === undefined) return undefined;
    // (arithmetic; packages write powers of two as `1 << 28`)
    return numberOf(binaryPrims.get(e.operatorToken.kind), [l, r]);
  }
  if (ts.isCallExpression(e)) {
    // a bit-level function of a package on constants (`getHighWord(FLOAT64_SMALLEST_NORMAL)`)
    const bits = bitOperation(checker, skipParens(e.expression));
    if (bits !== undefined) {
      const args = e.arguments.map((a) => foldConstant(a, checker, depth + 1));
      if (args.some((a) => a === undefined)) return undefined;
      return numberOf(bits, args as number[]);
    }
    const callee = skipParens(e.expression);
    // (`Number('0.5')` of a string literal, `Number(2 * K)` of a number, as in a function: trial43 repro/module_number_literal.ts)
    if (ts.isIdentifier(callee) && callee.text === 'Number' && isGlobal(callee, checker) && e.arguments.length === 1) {
      const arg = skipParens(e.arguments[0]!);
      return ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg) ? Number(arg.text) : foldConstant(arg, checker, depth + 1);
    }
    const name = ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && (callee.expression.text === 'Math' || isMathAlias(callee.expression, checker))
      ? callee.name.text : ts.isIdentifier(callee) ? mathMember(callee, checker) : undefined;
    const prim = name === undefined ? undefined : mathPrim(name);
    if (prim === undefined) return undefined;
    const args = e.arguments.map((a) => foldConstant(a, checker, depth + 1));
    if (args.some((a) => a === undefined)) return undefined;
    return numberOf(prim, args as number[]);
  }
  return undefined;
}

/**
 * The value of a boolean expression made of `true`, `false`, module-level boolean constants,
 * `!`, `&&`, `||`, and comparisons of numbers `foldConstant` folds (`const FAST = N > 64`);
 * undefined for anything else.
 */
export function foldBoolean(e: ts.Expression, checker: ts.TypeChecker, depth = 0): boolean | undefined {
  if (depth > 50) return undefined;
  e = skipParens(e);
  if (e.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (e.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (ts.isIdentifier(e) || ts.isPropertyAccessExpression(e)) {
    const value = moduleValue(e, checker);
    return value?.kind === 'expr' ? foldBoolean(value.expr, checker, depth + 1) : undefined;
  }
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) {
    const v = foldBoolean(e.operand, checker, depth + 1);
    return v === undefined ? undefined : !v;
  }
  if (ts.isBinaryExpression(e)) {
    const prim = binaryPrims.get(e.operatorToken.kind);
    const row = prim === undefined ? undefined : rules[prim];
    if (!row?.value || row.kind !== 'zero' || row.type !== 'bool') return undefined;
    // (booleans: && and ||, or === and !== of two of them)
    const lb = foldBoolean(e.left, checker, depth + 1);
    const rb = lb === undefined ? undefined : foldBoolean(e.right, checker, depth + 1);
    if (lb !== undefined && rb !== undefined) {
      if (prim === 'and') return lb && rb;
      if (prim === 'or') return lb || rb;
      if (prim === 'eq' || prim === 'ne') return (lb === rb) === (prim === 'eq');
      return undefined;
    }
    if (prim === 'and' || prim === 'or') return undefined;
    const l = foldConstant(e.left, checker, depth + 1);
    const r = l === undefined ? undefined : foldConstant(e.right, checker, depth + 1);
    if (l === undefined || r === undefined) return undefined;
    const v = row.value(l, r);
    return typeof v === 'boolean' ? v : undefined;
  }
  return undefined;
}

/** The value of `prim` on numbers (its row's), if it is a number. */
function numberOf(prim: Prim | undefined, args: number[]): number | undefined {
  const row = prim === undefined ? undefined : rules[prim];
  if (!row?.value || (row.arity !== 'any' && args.length !== row.arity)) return undefined;
  const v = row.value(...args);
  return typeof v === 'number' ? v : undefined;
}

/**
 * What a module-level name holds (of this module or imported: named, default, re-exported,
 * or `K.name` through a namespace import): `expr`, the initializer of a constant (a `const`,
 * `export default <expr>`, or a `let`/`var` its module never assigns, which no other module
 * can); `mutable`, a variable its module assigns (`where`: the first assignment); `declared`,
 * a constant declared without a value (in a .d.ts). Undefined for anything else.
 */
export type ModuleValue =
  | { readonly kind: 'expr'; readonly expr: ts.Expression }
  | { readonly kind: 'mutable'; readonly where: ts.Node }
  | { readonly kind: 'declared'; readonly file: string };

export function moduleValue(e: ts.Identifier | ts.PropertyAccessExpression, checker: ts.TypeChecker): ModuleValue | undefined {
  let s = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(e) ? e.name : e);
  if (s && s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
  const decl = s?.valueDeclaration;
  if (!s || !decl) return undefined;
  if (ts.isExportAssignment(decl)) return decl.isExportEquals ? undefined : { kind: 'expr', expr: decl.expression };
  if (!ts.isVariableDeclaration(decl) || !ts.isIdentifier(decl.name)) return undefined;
  const list = decl.parent;
  // (at the top level of the module, or of an IIFE that runs once when it loads: values.ts; a
  // `const` of a namespace, which runs once too: trial43 repro/namespace_const.ts)
  if (!ts.isVariableDeclarationList(list) || !ts.isVariableStatement(list.parent)) return undefined;
  const inNamespace = ts.isModuleBlock(list.parent.parent) && (list.flags & ts.NodeFlags.Const) !== 0;
  if (!inNamespace && !onceScope(decl)) return undefined;
  const sf = decl.getSourceFile();
  if (!decl.initializer) return { kind: 'declared', file: sf.fileName };
  if (!(list.flags & ts.NodeFlags.Const)) {
    const where = moduleWrites(sf, checker).get(s);
    if (where) return { kind: 'mutable', where };
  }
  return { kind: 'expr', expr: decl.initializer };
}

/**
 * A module-level constant object of numbers (`const factors: Record<Units, number> = { km:
 * 6371, … }`, of this module or imported), read by a string key: its keys and values; `error`
 * when it is an object tsgrad cannot take for a constant. Undefined when `e` names no
 * module-level object literal.
 */
export function moduleObject(e: ts.Identifier | ts.PropertyAccessExpression, checker: ts.TypeChecker):
  { keys: string[]; values: number[] } | { error: string; hint: string } | undefined {
  return moduleConstants(e, checker, false) as { keys: string[]; values: number[] } | { error: string; hint: string } | undefined;
}

/**
 * The same of a module-level object of options (`const LOOSE = { tol: 1e-6, mode: 'l1' }`,
 * passed for a helper's options object): each property a named numeric constant, a string
 * literal or true/false.
 */
export function moduleOptionsObject(e: ts.Identifier | ts.PropertyAccessExpression, checker: ts.TypeChecker):
  { keys: string[]; values: (number | string | boolean)[] } | { error: string; hint: string } | undefined {
  return moduleConstants(e, checker, true);
}

function moduleConstants(e: ts.Identifier | ts.PropertyAccessExpression, checker: ts.TypeChecker, literals: boolean):
  { keys: string[]; values: (number | string | boolean)[] } | { error: string; hint: string } | undefined {
  const value = moduleValue(e, checker);
  if (value?.kind !== 'expr') {
    // (`PG.A` of `const PG = Object.freeze({ A: { a: 0.22, b: 0.2 }, … })`: an object of numbers
    // inside a module-level object, read as `const PG_A = { … }` would be; trial35 finding 5)
    const nested = nestedModuleObject(e, checker);
    if (!nested || !ts.isObjectLiteralExpression(nested.init)) return undefined;
    if (nested.written) {
      return { error: `is an object inside a module-level object that its module writes into (${placeOf(nested.written)})`, hint: 'pass the number as a parameter' };
    }
    return objectConstants(nested.init, checker, literals);
  }
  const init = unfrozen(value.expr);
  if (!ts.isObjectLiteralExpression(init)) return undefined;
  const constants = objectConstants(init, checker, literals);
  if ('error' in constants) return constants;
  let s = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(e) ? e.name : e);
  if (s && s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
  const written = s && objectWrites(value.expr.getSourceFile(), checker).get(s);
  if (written) {
    return { error: `is a module-level object that its module writes into (${placeOf(written)})`, hint: 'pass the number as a parameter' };
  }
  return constants;
}

/**
 * `A.B` (or `A.B.C`) where `A` is a module-level constant object literal whose property `B` is
 * an object literal: B's initializer (frozen or not), and the first write in A's module into
 * anything reached through A (`A.B.c = …`), which makes it no constant.
 */
function nestedModuleObject(e: ts.Identifier | ts.PropertyAccessExpression, checker: ts.TypeChecker):
  { init: ts.Expression; written: ts.Node | undefined } | undefined {
  if (!ts.isPropertyAccessExpression(e)) return undefined;
  const owner = skipParens(e.expression);
  let parent: { init: ts.Expression; written: ts.Node | undefined } | undefined;
  if (ts.isIdentifier(owner)) {
    const value = moduleValue(owner, checker);
    if (value?.kind !== 'expr') return undefined;
    let root = checker.getSymbolAtLocation(owner);
    if (root && root.flags & ts.SymbolFlags.Alias) root = checker.getAliasedSymbol(root);
    parent = { init: unfrozen(value.expr), written: root && chainWrite(value.expr.getSourceFile(), checker, root) };
  } else if (ts.isPropertyAccessExpression(owner)) parent = nestedModuleObject(owner, checker);
  if (!parent || !ts.isObjectLiteralExpression(parent.init)) return undefined;
  const p = parent.init.properties.find((q): q is ts.PropertyAssignment => ts.isPropertyAssignment(q) &&
    (ts.isIdentifier(q.name) || ts.isStringLiteral(q.name)) && q.name.text === e.name.text);
  return p ? { init: unfrozen(p.initializer), written: parent.written } : undefined;
}

/** The first write in `sf` into a property reached from `root` (`R.a.b = …`, `R.a.b++`, `delete R.a.b`). */
function chainWrite(sf: ts.SourceFile, checker: ts.TypeChecker, root: ts.Symbol): ts.Node | undefined {
  let found: ts.Node | undefined;
  const rooted = (target: ts.Expression): boolean => {
    let x = skipParens(target);
    if (!ts.isPropertyAccessExpression(x) && !ts.isElementAccessExpression(x)) return false;
    while (ts.isPropertyAccessExpression(x) || ts.isElementAccessExpression(x)) x = skipParens(x.expression);
    return ts.isIdentifier(x) && checker.getSymbolAtLocation(x) === root;
  };
  const visit = (n: ts.Node): void => {
    if (found) return;
    if ((ts.isBinaryExpression(n) && isAssignmentOperator(n.operatorToken.kind) && rooted(n.left)) ||
        (isIncrement(n) && rooted(n.operand)) || (ts.isDeleteExpression(n) && rooted(n.expression))) found = n;
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

/** The keys and constant values of an object literal (see moduleConstants); `error` when one is not a constant. */
function objectConstants(init: ts.ObjectLiteralExpression, checker: ts.TypeChecker, literals: boolean):
  { keys: string[]; values: (number | string | boolean)[] } | { error: string; hint: string } {
  const keys: string[] = [];
  const values: (number | string | boolean)[] = [];
  const error = literals
    ? { error: 'is a module-level object whose properties are not all named numeric constants, string literals or true/false', hint: 'tsgrad reads module-level objects of options ({ tol: 1e-6, mode: \'l1\' }); pass other values in an object literal at the call' }
    : { error: 'is a module-level object whose properties are not all named numeric constants', hint: 'tsgrad reads module-level objects of numbers ({ km: 1000, mi: 1609.344 }, literals, constants and arithmetic); pass other values as parameters' };
  for (const p of init.properties) {
    if (!ts.isPropertyAssignment(p) || !(ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) || ts.isNumericLiteral(p.name))) return error;
    const bare = skipParens(p.initializer);
    const literal = !literals ? undefined : ts.isStringLiteral(bare) || ts.isNoSubstitutionTemplateLiteral(bare) ? bare.text
      : bare.kind === ts.SyntaxKind.TrueKeyword ? true : bare.kind === ts.SyntaxKind.FalseKeyword ? false : undefined;
    const v = literal ?? foldConstant(p.initializer, checker);
    if (v === undefined) return error;
    keys.push(p.name.text);
    values.push(v);
  }
  return { keys, values };
}

const objectWritesCache = new WeakMap<ts.SourceFile, Map<ts.Symbol, ts.Node>>();

/** Per symbol, the first place in `sf` that writes a property of the object it names (`o.k = …`, `o[k] += …`, `delete o.k`). */
function objectWrites(sf: ts.SourceFile, checker: ts.TypeChecker): Map<ts.Symbol, ts.Node> {
  let out = objectWritesCache.get(sf);
  if (out) return out;
  const found = out = new Map<ts.Symbol, ts.Node>();
  const mark = (target: ts.Expression, at: ts.Node) => {
    const inner = skipParens(target);
    if (!ts.isPropertyAccessExpression(inner) && !ts.isElementAccessExpression(inner)) return;
    const object = skipParens(inner.expression);
    const s = ts.isIdentifier(object) ? checker.getSymbolAtLocation(object) : undefined;
    if (s && !found.has(s)) found.set(s, at);
  };
  const visit = (n: ts.Node): void => {
    if (ts.isBinaryExpression(n) && isAssignmentOperator(n.operatorToken.kind)) mark(n.left, n);
    if (isIncrement(n)) mark(n.operand, n);
    if (ts.isDeleteExpression(n)) mark(n.expression, n);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  objectWritesCache.set(sf, out);
  return out;
}

/**
 * A module-level constant table (`const C = [1, 2.5, -0.5]`, `new Float64Array([…])`,
 * `Object.freeze([…])`, of this module or imported): its values; `error` when it is an array
 * tsgrad cannot take for a constant (elements that are not numeric constants, or its module
 * writes into it). Undefined when `e` names no module-level array.
 */
export function moduleTable(e: ts.Identifier | ts.PropertyAccessExpression, checker: ts.TypeChecker):
  { ctor: 'Float64Array' | 'Array'; values: number[] } | { error: string; hint: string } | undefined {
  // (`Poly.COEFFS` of a class's `static readonly COEFFS = [1, -0.5, …] as const`: trial45 finding 5)
  const fixed = ts.isPropertyAccessExpression(e) ? staticReadonlyInit(e, checker) : undefined;
  const value = fixed ? { kind: 'expr' as const, expr: fixed } : moduleValue(e, checker);
  if (value?.kind !== 'expr') return undefined;
  let init = unfrozen(value.expr);
  let ctor: 'Float64Array' | 'Array' = 'Array';
  if (ts.isNewExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === 'Float64Array' && init.arguments?.length === 1 &&
      ts.isArrayLiteralExpression(skipParens(init.arguments[0]!))) {
    init = skipParens(init.arguments[0]!);
    ctor = 'Float64Array';
  }
  // `[…].reverse()`, `[…].slice()`: a table computed once from a literal
  let reversed = false;
  if (ts.isCallExpression(init) && init.arguments.length === 0 && ts.isPropertyAccessExpression(init.expression) &&
      ['reverse', 'slice'].includes(init.expression.name.text) && ts.isArrayLiteralExpression(skipParens(init.expression.expression))) {
    reversed = init.expression.name.text === 'reverse';
    init = skipParens(init.expression.expression);
  }
  if (!ts.isArrayLiteralExpression(init)) return undefined;
  const values = init.elements.map((x) => (ts.isSpreadElement(x) || ts.isOmittedExpression(x) ? undefined : foldConstant(x, checker)));
  if (values.some((v) => v === undefined)) {
    // (a table of records, read otherwise than by field: record-tables.ts)
    const records = ts.isIdentifier(e) ? moduleRecordTable(e, checker) : undefined;
    if (records && 'error' in records) return records;
    if (records) {
      return { error: `is a module-level table of records ({ ${records.keys.join(', ')} }), which tsgrad reads by field, not as records`,
        hint: `read each field where it is used: ${records.name}[i].${records.keys[0]}, or for (const { ${records.keys.join(', ')} } of ${records.name})` };
    }
    return { error: 'is a module-level array whose elements are not all numeric constants', hint: 'tsgrad copies module-level tables of numbers (literals, constants and arithmetic); pass other arrays as parameters' };
  }
  let s = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(e) ? e.name : e);
  if (s && s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
  const written = s && tableWrites(value.expr.getSourceFile(), checker).get(s);
  if (written) {
    return { error: `is a module-level array that its module writes into (${placeOf(written)})`, hint: 'pass it as a parameter, or copy it into a local array that the function writes' };
  }
  return { ctor, values: reversed ? (values as number[]).reverse() : values as number[] };
}

/**
 * A module-level constant table of records (`const STAGES = [{ gain: 1.5, pole: 0.2 }, …] as
 * const`, trial48 finding 11): each element an object literal of the same keys, each value a
 * numeric constant. Read by field (`STAGES[i].gain`, `for (const { gain, pole } of STAGES)`),
 * it is a table per field, a column the generated module copies as it copies a table of numbers
 * (`STAGES_gain`). Undefined where `e` names no such table; `error` where its module writes into
 * it (`STAGES[0].gain = 2`, `STAGES.push(…)`).
 */
export function moduleRecordTable(e: ts.Expression, checker: ts.TypeChecker):
  { name: string; keys: string[]; columns: number[][]; rows: number; firsts: ts.Node[] } | { error: string; hint: string } | undefined {
  const id = skipParens(e);
  if (!ts.isIdentifier(id)) return undefined;
  const value = moduleValue(id, checker);
  if (value?.kind !== 'expr') return undefined;
  const init = unfrozen(value.expr);
  if (!ts.isArrayLiteralExpression(init) || init.elements.length === 0) return undefined;
  const rows = init.elements.map((r) => skipParens(r as ts.Expression));
  if (!rows.every(ts.isObjectLiteralExpression)) return undefined;
  const keyOf = (p: ts.ObjectLiteralElementLike): string | undefined =>
    ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined;
  const first = rows[0] as ts.ObjectLiteralExpression;
  const keys = first.properties.map(keyOf);
  if (keys.length === 0 || keys.some((k) => k === undefined) || new Set(keys).size !== keys.length) return undefined;
  const columns = keys.map(() => [] as number[]);
  for (const r of rows as ts.ObjectLiteralExpression[]) {
    if (r.properties.length !== keys.length) return undefined;
    for (const p of r.properties) {
      const k = keyOf(p);
      const j = k === undefined ? -1 : keys.indexOf(k);
      const v = j < 0 ? undefined : foldConstant((p as ts.PropertyAssignment).initializer, checker);
      if (v === undefined) return undefined;
      columns[j]!.push(v);
    }
  }
  let s = checker.getSymbolAtLocation(id);
  if (s && s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
  if (!s?.valueDeclaration) return undefined;
  const written = tableWrites(value.expr.getSourceFile(), checker).get(s) ?? recordWrites(value.expr.getSourceFile(), s, checker);
  if (written) {
    return { error: `is a module-level table of records that its module writes into (${placeOf(written)})`, hint: 'pass the numbers as parameters, or keep the table constant (as const)' };
  }
  return { name: s.getName(), keys: keys as string[], columns, rows: rows.length, firsts: [...first.properties] };
}

/** `x`, or the object `Object.freeze(x)` freezes. */
function unfrozen(x: ts.Expression): ts.Expression {
  const bare = skipParens(x);
  return ts.isCallExpression(bare) && ts.isPropertyAccessExpression(bare.expression) && bare.expression.getText() === 'Object.freeze' && bare.arguments.length === 1
    ? skipParens(bare.arguments[0]!) : bare;
}

/** `file.ts:12`: where a node is, for a message. */
function placeOf(n: ts.Node): string {
  const sf = n.getSourceFile();
  return `${sf.fileName.replace(/.*[\\/]/, '')}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
}

/** The first place in `sf` that assigns a field of a record of the table `s` names (`T[i].k = …`, `T[i].k++`). */
function recordWrites(sf: ts.SourceFile, s: ts.Symbol, checker: ts.TypeChecker): ts.Node | undefined {
  const isRecordField = (target: ts.Expression): boolean => {
    const t = skipParens(target);
    if (!ts.isPropertyAccessExpression(t) && !ts.isElementAccessExpression(t)) return false;
    const row = skipParens(t.expression);
    if (!ts.isElementAccessExpression(row)) return false;
    const table = skipParens(row.expression);
    return ts.isIdentifier(table) && checker.getSymbolAtLocation(table) === s;
  };
  let found: ts.Node | undefined;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if ((ts.isBinaryExpression(n) && isAssignmentOperator(n.operatorToken.kind) && isRecordField(n.left)) || (isIncrement(n) && isRecordField(n.operand))) found = n;
    else ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

const tableWritesCache = new WeakMap<ts.SourceFile, Map<ts.Symbol, ts.Node>>();

/** Per symbol, the first place in `sf` that writes into the array it names (`C[i] = …`, `C.fill(…)`, …). */
function tableWrites(sf: ts.SourceFile, checker: ts.TypeChecker): Map<ts.Symbol, ts.Node> {
  let out = tableWritesCache.get(sf);
  if (out) return out;
  const found = out = new Map<ts.Symbol, ts.Node>();
  const mark = (target: ts.Expression, at: ts.Node) => {
    const inner = skipParens(target);
    // (`C[i] = …`, and `Poly.COEFFS[i] = …` of a class's static table)
    if (!ts.isIdentifier(inner) && !ts.isPropertyAccessExpression(inner)) return;
    const s = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(inner) ? inner.name : inner);
    if (s && !found.has(s)) found.set(s, at);
  };
  const mutators = new Set(['fill', 'set', 'sort', 'reverse', 'copyWithin', ...resizingMethods]);
  const visit = (n: ts.Node): void => {
    if (ts.isBinaryExpression(n) && isAssignmentOperator(n.operatorToken.kind)) {
      const left = skipParens(n.left);
      if (ts.isElementAccessExpression(left) || (ts.isPropertyAccessExpression(left) && left.name.text === 'length')) mark(left.expression, n);
    }
    // (`-C[i]` reads: only ++ and -- write)
    if (isIncrement(n) && ts.isElementAccessExpression(skipParens(n.operand))) {
      mark((skipParens(n.operand) as ts.ElementAccessExpression).expression, n);
    }
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && mutators.has(n.expression.name.text)) mark(n.expression.expression, n);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  tableWritesCache.set(sf, out);
  return out;
}

const writesCache = new WeakMap<ts.SourceFile, Map<ts.Symbol, ts.Node>>();

/** Per symbol, the first place in `sf` that assigns it (`x = …`, `x += …`, `x++`). */
function moduleWrites(sf: ts.SourceFile, checker: ts.TypeChecker): Map<ts.Symbol, ts.Node> {
  let out = writesCache.get(sf);
  if (out) return out;
  out = new Map();
  const found = out;
  const mark = (target: ts.Expression, at: ts.Node) => {
    const inner = skipParens(target);
    // (`C[i] = …`, and `Poly.COEFFS[i] = …` of a class's static table)
    if (!ts.isIdentifier(inner) && !ts.isPropertyAccessExpression(inner)) return;
    const s = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(inner) ? inner.name : inner);
    if (s && !found.has(s)) found.set(s, at);
  };
  const visit = (n: ts.Node): void => {
    if (ts.isBinaryExpression(n) && isAssignmentOperator(n.operatorToken.kind)) mark(n.left, n);
    if (isIncrement(n)) mark(n.operand, n);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  writesCache.set(sf, out);
  return out;
}

/**
 * `min` after `const { min, max: largest } = Math` (at module level or in the function): the
 * name of the `Math` member a destructured name stands for.
 */
export function mathMember(e: ts.Expression, checker: ts.TypeChecker): string | undefined {
  if (!ts.isIdentifier(e)) return undefined;
  let s = checker.getSymbolAtLocation(e);
  if (s && s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
  const decl = s?.valueDeclaration;
  if (!decl || !ts.isBindingElement(decl) || !ts.isObjectBindingPattern(decl.parent) || decl.dotDotDotToken) return undefined;
  const owner = decl.parent.parent;
  if (!ts.isVariableDeclaration(owner) || !owner.initializer || !(owner.parent.flags & ts.NodeFlags.Const)) return undefined;
  const init = skipParens(owner.initializer);
  if (!ts.isIdentifier(init) || init.text !== 'Math' || !isGlobal(init, checker)) return undefined;
  const key = decl.propertyName ?? decl.name;
  return ts.isIdentifier(key) ? key.text : undefined;
}

/** `M` after `var M = Math` (a constant of the module or of an IIFE's body): the global Math under another name. */
export function isMathAlias(e: ts.Expression, checker: ts.TypeChecker): boolean {
  if (!ts.isIdentifier(e) || e.text === 'Math') return false;
  const value = moduleValue(e, checker);
  const init = value?.kind === 'expr' ? skipParens(value.expr) : undefined;
  return init !== undefined && ts.isIdentifier(init) && init.text === 'Math' && isGlobal(init, checker);
}

/** `Math` is the global one (not a local or an import of that name). */
function isGlobal(id: ts.Identifier, checker: ts.TypeChecker): boolean {
  const decl = checker.getSymbolAtLocation(id)?.declarations?.[0];
  return !decl || decl.getSourceFile().isDeclarationFile;
}


/** The members of a union type that are not `undefined` or `null` (of another type, itself). */
function presentMembers(type: ts.Type): { present: ts.Type[]; nullish: boolean } {
  const members = type.isUnion() ? type.types : [type];
  const present = members.filter((m) => !(m.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null | ts.TypeFlags.Void)));
  return { present, nullish: present.length < members.length };
}

/**
 * `cb?: (d: number) => number` (or typed `F | undefined`): a parameter of a function type that
 * callers may leave out. The derivative is generated for calls without it: in the function,
 * it is the constant `undefined`.
 */
export function isOptionalCallback(p: ts.ParameterDeclaration, checker: ts.TypeChecker): boolean {
  if (p.initializer || p.dotDotDotToken) return false;
  const type = checker.getTypeAtLocation(p);
  // (a package's JavaScript without a JSDoc type for it (`function dot(x, y, clbk)`), which it calls)
  if (type.flags & ts.TypeFlags.Any && /\.[cm]?js$/.test(p.getSourceFile().fileName) && ts.isIdentifier(p.name) && calledIn(p.parent, checker.getSymbolAtLocation(p.name), checker)) return true;
  const { present, nullish } = presentMembers(type);
  return (nullish || p.questionToken !== undefined) && present.length > 0 && present.every((m) => m.getCallSignatures().length > 0);
}

function calledIn(fn: ts.Node, symbol: ts.Symbol | undefined, checker: ts.TypeChecker): boolean {
  const visit = (n: ts.Node): boolean => (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && checker.getSymbolAtLocation(n.expression) === symbol) ||
    ts.forEachChild(n, visit) === true;
  return symbol !== undefined && ts.forEachChild(fn, visit) === true;
}

/** `s?: number` or `s: number | undefined`: a number parameter that may be `undefined`. */
export function isOptionalNumber(p: ts.ParameterDeclaration, checker: ts.TypeChecker): boolean {
  if (p.initializer || p.dotDotDotToken) return false;
  const type = checker.getTypeAtLocation(p);
  const members = type.isUnion() ? type.types : [type];
  const { present } = presentMembers(type);
  // (`null` is not `undefined`: `number | null` is not taken for an optional number)
  return present.length > 0 && present.every((m) => m.flags & ts.TypeFlags.NumberLike) &&
    (p.questionToken !== undefined || members.some((m) => m.flags & ts.TypeFlags.Undefined)) &&
    !members.some((m) => m.flags & ts.TypeFlags.Null);
}

/**
 * A return type `number | undefined` or `number | null`: the function returns a number or
 * that value (`undefined` also where it falls off its end). Undefined for any other type.
 */
export function nullableNumber(type: ts.Type): 'undefined' | 'null' | undefined {
  if (!type.isUnion()) return undefined;
  const { present, nullish } = presentMembers(type);
  if (!nullish || present.length === 0 || !present.every((m) => m.flags & ts.TypeFlags.NumberLike)) return undefined;
  const nulls = type.types.some((m) => m.flags & ts.TypeFlags.Null);
  const undefs = type.types.some((m) => m.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void));
  return nulls && undefs ? undefined : nulls ? 'null' : 'undefined';
}

/**
 * Of a function returning `number | undefined` (or `| null`), the two things a caller reads,
 * each a trace of its own (as the numbers of an object a helper returns are, see
 * Func.projection): whether it returns no number, and the number (NaN where it returns
 * undefined, 0 where null: what arithmetic makes of them).
 */
export const absentPart = '$absent';
export const valuePart = '$value';
export function isNullablePart(projection: string | undefined): boolean {
  return projection === absentPart || projection === valuePart;
}

/** `undefined`, `void 0` (any `void e` of a literal) or `null`. */
export function isNullish(e: ts.Expression): boolean {
  e = skipParens(e);
  return e.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(e) && e.text === 'undefined') ||
    (ts.isVoidExpression(e) && (ts.isNumericLiteral(skipParens(e.expression)) || ts.isStringLiteral(skipParens(e.expression))));
}

/** Whether the value of `e` is unused: a statement, or the expression body of a forEach callback. */
export function valueUnused(e: ts.Expression): boolean {
  let n: ts.Node = e;
  while (ts.isParenthesizedExpression(n.parent)) n = n.parent;
  if (ts.isExpressionStatement(n.parent)) return true;
  const fn = n.parent;
  if (!ts.isArrowFunction(fn) || fn.body !== n) return false;
  let arg: ts.Node = fn;
  while (ts.isParenthesizedExpression(arg.parent)) arg = arg.parent;
  const call = arg.parent;
  return ts.isCallExpression(call) && call.arguments[0] === arg && ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === 'forEach';
}

/** The name of the generator function (`function* powers(…)`) whose call `e` is, if it is one. */
export function generatorCalled(checker: ts.TypeChecker, e: ts.Expression): string | undefined {
  const call = skipParens(e);
  if (!ts.isCallExpression(call)) return undefined;
  const symbol = checker.getSymbolAtLocation(call.expression);
  const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const d = target?.valueDeclaration;
  return d && (ts.isFunctionDeclaration(d) || ts.isFunctionExpression(d) || ts.isMethodDeclaration(d)) && d.asteriskToken ? call.expression.getText() : undefined;
}

/**
 * A union of object types told apart by a property of string literals (`{ kind: 'circle'; r:
 * number } | { kind: 'rect'; w: number; h: number }`): the tag's name, for messages (trial48
 * finding 3: the refusals named the type, not the union); undefined for any other type.
 */
export function taggedUnion(checker: ts.TypeChecker, type: ts.Type): { tag: string; values: string } | undefined {
  const t = checker.getNonNullableType(type);
  if (!t.isUnion() || !t.types.every((m) => m.flags & ts.TypeFlags.Object)) return undefined;
  const [first] = t.types;
  for (const p of first!.getProperties()) {
    const literal = (m: ts.Type) => {
      const q = m.getProperty(p.name);
      const decl = q?.valueDeclaration ?? q?.declarations?.[0];
      const qt = q && decl ? checker.getTypeOfSymbolAtLocation(q, decl) : undefined;
      return qt !== undefined && qt.flags & ts.TypeFlags.StringLiteral ? (qt as ts.StringLiteralType).value : undefined;
    };
    const values = t.types.map(literal);
    if (values.every((v) => v !== undefined)) return { tag: p.name, values: [...new Set(values)].map((v) => `'${v}'`).join(' | ') };
  }
  return undefined;
}
