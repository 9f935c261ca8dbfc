/**
 * Parameters: their kinds and types, defaults (`k = 2`) and optional numbers (`s?: number`).
 */
import ts from '../typescript.cjs';
import { mutatedParams } from '../object-mutation.js';
import type { Param, Var } from '../../ir/types.js';
import { atomType, constAtom, varAtom } from '../builder.js';
import { paramKind, writtenParams } from '../calls.js';
import { lowerExpr } from '../expressions.js';
import { arrayTypeParameterConstraint, classifyType, isMixedArrayUnion, isNumberTypeParameter, isNumericEnum, isOptionalCallback, isOptionalNumber, skipParens, typedArrayName } from '../facts.js';
import type { LoweringState } from './state.js';
import type { FunctionNode } from '../values.js';
import { valueClassOf } from '../value-classes.js';
import { numberFields, type OptionField, optionFields, optionsTypeText } from '../object-numbers.js';
import { flatName } from '../nested-objects.js';
import { optionalArrayParam } from './optional-arrays.js';
import { helperOptionsParam } from '../helper-options.js';
import { isNestedNumberArray, nestedArrayDiagnostic, nestingDepth, tupleWidth } from '../nested-arrays.js';
import { rowsParam } from '../row-arrays.js';

export function param(cx: LoweringState, p: ts.ParameterDeclaration, i: number): Param | Param[] | undefined {
  const { b, checker } = cx;
  // (a helper's options object, `opts: { eps?: number } = {}`: one parameter per property)
  const helperOptions = helperOptionsParam(cx, p);
  if (helperOptions) return helperOptions;
  const pattern = objectPatternParam(cx, p);
  if (pattern) return pattern;
  if (!ts.isIdentifier(p.name)) {
    // (an array pattern can move into the body, `const [a, b] = xs`; an object of numbers
    // cannot: tsgrad's gradient has a key per parameter, and an object parameter passes through)
    return b.fail(p, 'TSG1007', 'destructured parameters are not supported', ts.isArrayBindingPattern(p.name)
      ? `take the array as a parameter and destructure it in the body: const ${p.name.getText(b.sf)} = xs`
      : `take ${p.name.elements.map((e) => `'${e.name.getText(b.sf)}'`).join(', ')} as parameters of their own, and let a wrapper unpack the object`);
  }
  if (p.dotDotDotToken) return b.fail(p, 'TSG1007', 'rest parameters are not supported', 'pass an array of numbers');
  const symbol = checker.getSymbolAtLocation(p.name)!;
  const type = checker.getTypeAtLocation(p);
  // (`units?: Units`: a string or undefined, as a string parameter with a default is)
  // (`on?: boolean`: a flag or undefined, tested as one; as an optional string, it may be left out)
  const optionalKind = p.questionToken !== undefined ? classifyType(checker.getNonNullableType(type), checker) : undefined;
  const optionalString = optionalKind === 'string';
  const optionalBoolean = optionalKind === 'boolean';
  let tsType = optionalString ? 'string' : optionalBoolean ? 'boolean' : paramKind(checker, p);
  // a string parameter's type is written out in the generated code (`"km" | "mi"`), which
  // need not import the source's alias
  // so is one the source writes through a type alias (`a: Vec`, `type Vec = Float64Array`,
  // maybe imported): the generated module does not have the alias
  let typeText = tsType === 'string' ? enumLiteralsText(checker.getNonNullableType(type)) ?? checker.typeToString(checker.getNonNullableType(type), undefined, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.InTypeAlias)
    : p.type ? withoutAliases(p.type, checker) ?? checker.typeToString(checker.getNonNullableType(type), undefined, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.InTypeAlias)
    : checker.typeToString(type);
  // (`x: T` of `<T extends number>`, or of an enum: a number, which the generated signature,
  // without the type parameter or the enum in scope, declares as such)
  if (tsType === 'number' && (isNumberTypeParameter(type, checker) || type.flags & ts.TypeFlags.EnumLike ||
      (type.isUnion() && type.types.every((m) => m.flags & ts.TypeFlags.EnumLiteral)))) typeText = 'number';
  // (`a: A` of `<A extends ArrayLike<number>>`: declared as its constraint)
  const constraint = arrayTypeParameterConstraint(type, checker);
  if (constraint) typeText = typedArrayName(constraint) ?? checker.typeToString(constraint, undefined, ts.TypeFormatFlags.NoTruncation);
  // (a helper's tuple, `m: readonly [number, number, number, number]`: an array of numbers, as
  // the generated code passes it its own number[] locals (trial48 finding 0: TS2345 at each call
  // of a recursive helper's forms, which kept the tuple type)
  const bare = checker.getNonNullableType(type);
  if (!cx.exported && tsType === 'number[]' && checker.isTupleType(bare)) {
    typeText = (bare as ts.TypeReference).target && ((bare as ts.TypeReference).target as ts.TupleType).readonly ? 'readonly number[]' : 'number[]';
  }
  // `number[] | Uint8Array | Float64Array` (ml-distance's NumberArray) only read: read as
  // ArrayLike<number>, which every member is, and differentiated as a float array
  if (tsType === 'other' && isMixedArrayUnion(type, checker) && !cx.assigned.has(symbol) &&
      !writtenParams(checker, cx.fn, new Set()).includes(cx.fn.parameters.indexOf(p))) {
    tsType = 'Float64Array';
    typeText = 'ArrayLike<number>';
  }
  // (`mode: Mode`, a numeric enum: a number read, not differentiated, with no key in grad)
  const discrete = isNumericEnum(checker.getNonNullableType(type));
  // (the values an enum's or a union of string literals' parameter takes: tsgrad check draws it from them)
  const members = discrete || tsType === 'string' ? literalValues(checker.getNonNullableType(type)) : undefined;
  const values = members ? { values: members } : {};
  if (isOptionalCallback(p, checker)) {
    // the derivative is for calls without it: `cb === undefined`, `if (cb)` are decided, and
    // the code that calls it is never lowered
    const later = cx.fn.parameters.slice(i + 1).find((q) => !isOptionalCallback(q, checker));
    if (later) {
      return b.fail(p, 'TSG1007', `the optional callback '${p.name.text}' comes before the parameter '${later.name.getText(b.sf)}'`,
        'tsgrad differentiates calls that leave optional callbacks out, which it can do when they are the last parameters: move it after the others');
    }
    // (known when every parameter before it is required)
    cx.argumentCount ??= cx.fn.parameters.slice(0, i).some((q) => q.initializer || q.questionToken) ? -1 : i;
    cx.scope.set(symbol, { kind: 'absent', typeText });
    return undefined;
  }
  // (`w?: Float64Array`, `w: number[] | undefined`, `w = new Float64Array(n)`: optional-arrays.ts)
  const optionalArray = optionalArrayParam(cx, p, cx.optionalArrays);
  if (optionalArray) return optionalArray;
  if (isOptionalNumber(p, checker)) {
    // the argument (`s_arg`, maybe undefined), and the source's `s`, with a flag saying it holds undefined
    const arg = b.generatedVar(`${p.name.text}_arg`, 'f64', false, 'param');
    const local = b.newVar(p.name.text, 'f64', 'local', true);
    const flag = b.generatedVar(`${p.name.text}_undefined`, 'bool', true);
    cx.scope.set(symbol, { kind: 'var', v: local });
    cx.undefinedFlags.set(local, flag);
    cx.optionals.push({ arg, local, flag, node: p });
    return { v: arg, key: p.name.text, tsType: 'number', differentiable: !discrete, typeText: 'number', defaulted: true };
  }
  const defaulted = p.initializer !== undefined;
  // an options object of an exported function (`options: { units?: Units } = {}`, `parameters?:
  // { tolerance?: number }`): passed through whole, its properties read where the function starts
  // (undefined where it or they are left out), constants of the call: no key in grad
  // (the declared type: with a default `{}`, the parameter's type is a union with the default's)
  // (an object of required numbers, `p: Point`, is not one: its numbers are inputs one would
  // differentiate, which the contract has no key for, and reading it stays refused)
  const optionsFields = tsType === 'other' && cx.exported ? optionFields(checker, checker.getNonNullableType(p.type ? checker.getTypeFromTypeNode(p.type) : type)) : undefined;
  const options = optionsFields && (defaulted || p.questionToken || optionsFields.some((f) => f.optional || f.kind !== 'number')) ? optionsFields : undefined;
  if (options) return optionsParam(cx, p as ts.ParameterDeclaration & { name: ts.Identifier }, symbol, options, defaulted);
  if (defaulted && tsType === 'other' && type.flags & ts.TypeFlags.Object && !checker.isArrayType(type) && type.getCallSignatures().length === 0) {
    // (an options object, `options: { units?: Units } = {}`, as @turf/distance takes)
    return b.fail(p, 'TSG1007', `an options object with a default ('${p.name.text}: ${typeText.replace(/\s+/g, ' ')}') is not supported: tsgrad passes object parameters through without reading them`,
      'take each option as a parameter of its own with a default (units = \'kilometers\'), and let a wrapper unpack the options object');
  }
  if (defaulted && tsType !== 'number' && tsType !== 'boolean' && tsType !== 'string') {
    return b.fail(p, 'TSG1007', `a default value for the parameter '${p.name.text}' of type '${typeText}' is not supported`,
      'defaults are supported for numbers, booleans and strings; make the parameter required, or allocate the array inside the function');
  }
  const mutable = cx.assigned.has(symbol);
  if (defaulted) {
    // the argument (`k_arg`, maybe undefined), and the source's `k`: the argument or the default
    const type = tsType === 'number' ? 'f64' : tsType === 'string' ? 'str' : 'bool';
    const v = b.generatedVar(`${p.name.text}_arg`, type, false, 'param');
    const local = b.newVar(p.name.text, type, 'local', true);
    cx.scope.set(symbol, { kind: 'var', v: local });
    cx.defaults.push({ arg: v, local, init: p.initializer! });
    return { v, key: p.name.text, tsType: tsType === 'number' ? 'number' : 'other', differentiable: tsType === 'number' && !discrete, typeText, defaulted, ...values };
  }
  // an object of numbers a helper of the module takes (`p: { k: number; c: number }`): one
  // number parameter per property, which its callers pass (lowerCall: objectArgument); the
  // helper is always inlined. (An exported function's object parameter passes through: the
  // contract gives a gradient key to numbers and arrays only.)
  const cls = tsType === 'other' && cx.exported ? valueClassOf(checker, type) : undefined;
  if (cls) {
    return b.fail(p, 'TSG1003', `the exported function's parameter '${p.name.text}' is an instance of the class '${cls.name}', and the contract gives gradient keys to numbers and arrays only`,
      `take its numbers as parameters of their own (${cls.fields.map((f) => `${p.name.getText()}${f[0]!.toUpperCase()}${f.slice(1)}: number`).join(', ')}) and make the instance inside: new ${cls.name}(…); a helper of the module may take the instance`);
  }
  const fields = tsType === 'other' && !cx.exported && !p.questionToken ? numberFields(checker, type) : undefined;
  if (fields) {
    if (mutable) return b.fail(p, 'TSG1003', `the object parameter '${p.name.text}' is assigned`, 'read its numbers into local variables, and assign those');
    // (`s.v += …`: a helper changing its object in place, object-mutation.ts; its numbers are variables)
    const changed = mutatedParams(checker, cx.fn).has(i);
    const numbers = new Map<string, Var>();
    const params = fields.map((field): Param => {
      const v = b.newVar(`${(p.name as ts.Identifier).text}_${flatName(field)}`, 'f64', 'param', changed);
      numbers.set(field, v);
      return { v, key: v.name, tsType: 'number', differentiable: true, typeText: 'number' };
    });
    cx.scope.set(symbol, { kind: 'object', fields: numbers, typeText });
    return params;
  }
  if (tsType === 'other') {
    // (`A: number[][]`, `Float64Array[]`: one flat array and its row starts, row-arrays.ts)
    if (isNestedNumberArray(type, checker) && tupleWidth(type, checker) === undefined) return rowsParam(cx, p as ts.ParameterDeclaration & { name: ts.Identifier }, symbol, type, typeText);
    // (`pts: [number, number][]`, `m: number[][][]` read in the body: said at the parameter, whose type is the reason, not at a read of it)
    if ((isNestedNumberArray(type, checker) || nestingDepth(type, checker) > 2) && readsElements(cx.fn, symbol, checker)) {
      const { message, hint } = nestedArrayDiagnostic(p.name.text, typeText, type, checker, false);
      return b.fail(p, 'TSG1003', message, hint);
    }
    cx.scope.set(symbol, { kind: 'opaque', typeText });
    const v = b.newVar(p.name.text, 'bool', 'param', false);
    return { v, key: p.name.text, tsType, differentiable: false, typeText };
  }
  if (tsType === 'string') {
    const v = b.newVar(p.name.text, 'str', 'param', mutable);
    cx.scope.set(symbol, { kind: 'var', v });
    return { v, key: p.name.text, tsType: 'other', differentiable: false, typeText, ...(optionalString ? { defaulted: true } : {}), ...values };
  }
  if (tsType === 'boolean') {
    const v = b.newVar(p.name.text, 'bool', 'param', mutable);
    cx.scope.set(symbol, { kind: 'var', v });
    return { v, key: p.name.text, tsType: 'other', differentiable: false, typeText, ...(optionalBoolean ? { defaulted: true } : {}) };
  }
  if (tsType === 'intArray') {
    // integers (indices, counts, labels): read, never differentiated, no key in grad
    if (mutable) return b.fail(p, 'TSG1008', `the integer array parameter '${p.name.text}' may not be rebound`, 'copy it into a local array');
    const v = b.newVar(p.name.text, 'int[]', 'param', false);
    cx.scope.set(symbol, { kind: 'var', v });
    return { v, key: p.name.text, tsType, differentiable: false, typeText };
  }
  const array = tsType !== 'number';
  const v = b.newVar(p.name.text, array ? 'f64[]' : 'f64', 'param', mutable && !array);
  cx.scope.set(symbol, { kind: 'var', v });
  b.ctors.set(v, tsType === 'number[]' ? 'Array' : typedArrayName(type) ?? 'Float64Array');
  // (an array parameter the function rebinds is a local array variable, made in lower())
  if (mutable && array) cx.reboundParams.push({ v, symbol, node: p });
  return { v, key: p.name.text, tsType, differentiable: !discrete, typeText, ...values };
}

/**
 * An options object parameter of an exported function: one parameter, typed as its properties
 * written out; each property a variable read from it where the function starts (an optional
 * number as an optional number parameter is: NaN and a flag where it is undefined).
 */
function optionsParam(cx: LoweringState, p: ts.ParameterDeclaration & { name: ts.Identifier }, symbol: ts.Symbol, fields: readonly OptionField[], defaulted: boolean): Param {
  const { b } = cx;
  const init = p.initializer && skipParens(p.initializer);
  if (init && !(ts.isObjectLiteralExpression(init) && init.properties.length === 0)) {
    return b.fail(p.initializer!, 'TSG1007', `the options object '${p.name.text}' has a default other than {}`,
      `default it to {} and give each property its default where it is read (${p.name.text}.${fields[0]!.name} ?? …)`);
  }
  const v = b.newVar(p.name.text, 'bool', 'param', false);
  const read = new Map<string, Var>();
  // (each property as given, maybe undefined, for the options objects of the helpers it passes the object to)
  const raw = new Map<string, Var>();
  for (const f of fields) {
    const out = b.newVar(`${p.name.text}_${f.name}`, f.kind === 'number' ? 'f64' : f.kind === 'string' ? 'str' : 'bool', 'temp', false, f.kind === 'number' ? { undefinable: true } : {});
    raw.set(f.name, out);
    cx.fieldReads.push({ object: v, key: f.name, out });
    if (f.kind !== 'number') {
      read.set(f.name, out);
      continue;
    }
    const local = b.newVar(`${p.name.text}_${f.name}`, 'f64', 'local', true);
    const flag = b.generatedVar(`${p.name.text}_${f.name}_undefined`, 'bool', true);
    cx.undefinedFlags.set(local, flag);
    cx.optionals.push({ arg: out, local, flag, node: p });
    read.set(f.name, local);
  }
  const typeText = optionsTypeText(fields);
  cx.scope.set(symbol, { kind: 'object', fields: read, typeText, options: true, raw });
  return { v, key: p.name.text, tsType: 'other', differentiable: false, typeText, options: true, ...(defaulted || p.questionToken ? { defaulted: true } : {}) };
}

/** The values of a union of number or string literal types (an enum's members, `'a' | 'b'`); undefined for any other type. */
function literalValues(type: ts.Type): (number | string)[] | undefined {
  const members = type.isUnion() ? type.types : [type];
  const values = members.map((m) => (m.isNumberLiteral() || m.isStringLiteral() ? m.value : undefined));
  return values.every((v) => v !== undefined) ? [...new Set(values)] as (number | string)[] : undefined;
}

/**
 * `{ x, y, theta: angle }: Pose`, an object of numbers a helper of the module takes, destructured
 * in its signature: one number parameter per property (as an object parameter is), each bound
 * to the name the pattern gives it; undefined for any other parameter.
 */
function objectPatternParam(cx: LoweringState, p: ts.ParameterDeclaration): Param[] | undefined {
  const { b, checker } = cx;
  if (!ts.isObjectBindingPattern(p.name) || cx.exported || p.questionToken || p.initializer || p.dotDotDotToken) return undefined;
  const fields = numberFields(checker, checker.getTypeAtLocation(p));
  if (!fields) return undefined;
  const names = new Map<string, ts.Identifier>();
  for (const e of p.name.elements) {
    const property = e.propertyName ?? e.name;
    if (e.dotDotDotToken || e.initializer || !ts.isIdentifier(e.name) || !(ts.isIdentifier(property) || ts.isStringLiteral(property))) {
      return b.fail(e, 'TSG1007', `'${e.getText(b.sf)}' in a destructured parameter is not supported: tsgrad reads a pattern of names ({ x, y: py })`, 'name each property, without defaults, rests or nested patterns, or read them in the body: p.x');
    }
    if (cx.assigned.has(checker.getSymbolAtLocation(e.name)!)) return b.fail(e, 'TSG1003', `the parameter '${e.name.text}' of a destructured object is assigned`, `copy it into a local variable first: let v = ${e.name.text}`);
    names.set(property.text, e.name);
  }
  // (`{ pos, vel }: State` of objects inside the object: each name holds its object, one
  // number parameter per property, nested-objects.ts)
  const parts = new Map<string, Map<string, Var>>();
  const params = fields.map((field): Param => {
    const head = field.split('.')[0]!;
    const name = names.get(head);
    const v = b.newVar(name && head !== field ? `${name.text}_${flatName(field.slice(head.length + 1))}` : name?.text ?? flatName(field), 'f64', 'param', false);
    if (name && head === field) cx.scope.set(checker.getSymbolAtLocation(name)!, { kind: 'var', v });
    else if (name) {
      if (!parts.has(head)) parts.set(head, new Map());
      parts.get(head)!.set(field.slice(head.length + 1), v);
    }
    return { v, key: v.name, tsType: 'number', differentiable: true, typeText: 'number' };
  });
  for (const [head, numbers] of parts) {
    const name = names.get(head)!;
    cx.scope.set(checker.getSymbolAtLocation(name)!, { kind: 'object', fields: numbers, typeText: checker.typeToString(checker.getTypeAtLocation(name)) });
  }
  return params;
}

/**
 * `k = 2`: `k = k_arg === undefined ? 2 : k_arg`, in order, so that a default may read the
 * parameters before it (and its derivative reaches them).
 */
export function defaultValue(cx: LoweringState, init: ts.Expression, arg: Var, local: Var): void {
  const { b } = cx;
  b.loc = b.locOf(init.parent, init.parent.getText(b.sf));
  const missing = b.eq('eq', [varAtom(arg), constAtom(NaN, { name: 'undefined' })]);
  const then = b.block(() => {
    const value = lowerExpr(cx, init);
    if (atomType(value) === 'bool' !== (local.type === 'bool') || atomType(value) === 'str' !== (local.type === 'str')) return b.fail(init, 'TSG1006', `the default of '${local.name}' does not have the parameter's type`, 'give the default a value of the parameter\'s type');
    b.assign(local, value, true);
  });
  const els = b.block(() => b.assign(local, varAtom(arg), true));
  b.emit({ kind: 'if', cond: missing, then, else: els, loc: b.loc });
}

/**
 * `s?: number`: `s_undefined = s_arg === undefined` and `s` is `s_arg`, or NaN when it is
 * undefined (what arithmetic and comparisons on `undefined` give: `undefined * 2` is NaN,
 * `undefined < 1` is false). Tests of `undefined` read the flag; an assignment clears it.
 */
export function optionalValue(cx: LoweringState, o: { arg: Var; local: Var; flag: Var; node: ts.ParameterDeclaration }): void {
  const { b } = cx;
  b.loc = b.locOf(o.node);
  const missing = b.eq('eq', [varAtom(o.arg), constAtom(NaN, { name: 'undefined' })]);
  b.assign(o.flag, missing, true);
  const then = b.block(() => b.assign(o.local, constAtom(NaN), true));
  const els = b.block(() => b.assign(o.local, varAtom(o.arg), true));
  b.emit({ kind: 'if', cond: missing, then, else: els, loc: b.loc });
}

/**
 * A type annotation as written, with each type alias it names (declared here or imported)
 * replaced by what the alias stands for, as its declaration writes it (`Vec` → `Float64Array`,
 * `Weights` → `Float64Array | number[]`); undefined for a generic alias.
 */
function withoutAliases(node: ts.TypeNode, checker: ts.TypeChecker, depth = 0): string | undefined {
  const sf = node.getSourceFile();
  const parts: string[] = [];
  let pos = node.getStart(sf);
  let generic = false;
  const visit = (n: ts.Node): void => {
    if (ts.isTypeReferenceNode(n)) {
      let symbol = checker.getSymbolAtLocation(n.typeName);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      const decl = symbol?.declarations?.find(ts.isTypeAliasDeclaration);
      if (decl) {
        const inner = decl.typeParameters || depth > 8 ? undefined : withoutAliases(decl.type, checker, depth + 1);
        if (inner === undefined) {
          generic = true;
          return;
        }
        const compound = ts.isUnionTypeNode(decl.type) || ts.isIntersectionTypeNode(decl.type) || ts.isFunctionTypeNode(decl.type) || ts.isConditionalTypeNode(decl.type);
        parts.push(sf.text.slice(pos, n.getStart(sf)), compound && n !== node ? `(${inner})` : inner);
        pos = n.getEnd();
        return;
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  parts.push(sf.text.slice(pos, node.getEnd()));
  return generic ? undefined : parts.join('');
}

/** Whether the function's body indexes `symbol`, reads a property of it or loops over it (rather than passing it on). */
function readsElements(fn: FunctionNode, symbol: ts.Symbol, checker: ts.TypeChecker): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isIdentifier(n) && checker.getSymbolAtLocation(n) === symbol) {
      const parent = n.parent;
      found = (ts.isElementAccessExpression(parent) && parent.expression === n) || (ts.isPropertyAccessExpression(parent) && parent.expression === n) ||
        (ts.isForOfStatement(parent) && parent.expression === n) || ts.isSpreadElement(parent);
      return;
    }
    ts.forEachChild(n, visit);
  };
  if (fn.body) visit(fn.body);
  return found;
}

/**
 * A string enum (`shape: Shape`, `enum Shape { Sphere = 'sphere', … }`, const or not), one of
 * its members, or a union with them, written out as its values (`"sphere" | "plate"`): the
 * generated module does not have the enum in scope, and its values are what the caller passes.
 * Undefined for a type with no enum member (its text is already written out).
 */
function enumLiteralsText(type: ts.Type): string | undefined {
  const members = type.isUnion() ? type.types : [type];
  if (!members.some((m) => m.flags & ts.TypeFlags.EnumLiteral)) return undefined;
  const texts = members.map((m) => (m.isStringLiteral() ? JSON.stringify(m.value) : m.flags & ts.TypeFlags.String ? 'string' : undefined));
  return texts.every((t) => t !== undefined) ? [...new Set(texts)].join(' | ') : undefined;
}
