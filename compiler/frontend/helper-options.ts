/**
 * Options objects of helpers: `function smooth(x: number, opts: { eps?: number; scale?: number }
 * = {})`, a function of the module that is not exported, called from differentiated code. As an
 * object of numbers is (object-numbers.ts), the object is scalarised: one parameter per property
 * of its type, each a number, a string or a flag that is `undefined` where the call leaves it
 * out; the helper is inlined, or called with one argument per property where it cannot be
 * (recursive, `@noinline`: its vjp's adj keys are the properties', `opts_eps`). So is the private
 * copy of an exported function taking options (`colebrook$options`, calls.ts) that another
 * function calls. A caller passes an object literal with some of the properties (their values
 * any expressions: a number's is differentiated), no argument, `undefined`, a name holding such
 * an object, its own options object (each property as it was given, maybe undefined: an
 * undefinable number, whose `=== undefined` the inliner leaves to run time) or a module-level
 * constant object; the helper reads `opts.eps ?? 1e-3`,
 * `opts?.eps`, or destructures it in its signature (`{ eps = 1e-3, scale = 1 }: Opts = {}`).
 */
import ts from './typescript.cjs';
import type { Atom, Param, Var } from '../ir/types.js';
import { atomType, constAtom, varAtom } from './builder.js';
import { classifyType, isAssignmentOperator, moduleOptionsObject, skipParens } from './facts.js';
import { functionDeclaration } from './calls.js';
import { type OptionField, numberFields, optionFields, optionsTypeText } from './object-numbers.js';
import { argumentOnce, type Binding, boolean, type ExprContext, lowerExpr, numeric } from './expressions.js';
import type { LoweringState } from './statements/state.js';

/** The declared type of a parameter, without the union with its default's type (`= {}`). */
function declaredType(checker: ts.TypeChecker, p: ts.ParameterDeclaration): ts.Type {
  return checker.getNonNullableType(p.type ? checker.getTypeFromTypeNode(p.type) : checker.getTypeAtLocation(p));
}

/**
 * The properties of a helper's options object parameter: one typed with optional properties
 * (or strings and flags) whose every property is a number, a string or a boolean, defaulted to
 * `{}` or optional, or of such a type; undefined for any other parameter (an object of required
 * numbers is object-numbers.ts's).
 */
export function helperOptionFields(checker: ts.TypeChecker, p: ts.ParameterDeclaration): readonly OptionField[] | undefined {
  if (p.dotDotDotToken || !(ts.isIdentifier(p.name) || ts.isObjectBindingPattern(p.name))) return undefined;
  const type = declaredType(checker, p);
  if (numberFields(checker, type)) return undefined;
  const fields = optionFields(checker, type);
  if (!fields || !fields.some((f) => f.optional || f.kind !== 'number')) return undefined;
  const init = p.initializer && skipParens(p.initializer);
  if (init && !(ts.isObjectLiteralExpression(init) && init.properties.length === 0)) return undefined;
  return fields;
}

/**
 * Why a parameter that looks like an options object (a property optional) is not one tsgrad
 * passes, said in the user's words: a default other than `{}`, or a property that is an object
 * (nested options). Undefined for any other parameter.
 */
export function optionsParamProblem(checker: ts.TypeChecker, p: ts.ParameterDeclaration): { message: string; hint: string } | undefined {
  const type = declaredType(checker, p);
  if (!(type.flags & ts.TypeFlags.Object) || numberFields(checker, type)) return undefined;
  const props = checker.getPropertiesOfType(type);
  if (!props.some((q) => (q.flags & ts.SymbolFlags.Optional) !== 0)) return undefined;
  const name = ts.isIdentifier(p.name) ? p.name.text : 'opts';
  const fields = optionFields(checker, type);
  const init = p.initializer && skipParens(p.initializer);
  if (fields && init && ts.isObjectLiteralExpression(init) && init.properties.length > 0) {
    const first = init.properties[0]!;
    const key = first.name?.getText(p.getSourceFile()) ?? fields[0]!.name;
    const value = ts.isPropertyAssignment(first) ? first.initializer.getText(p.getSourceFile()) : '…';
    return {
      message: `the options object '${name}' has the default ${init.getText(p.getSourceFile()).replace(/\s+/g, ' ')}, and tsgrad passes an options object one property at a time, a property left out undefined (a default of {} or none)`,
      hint: `default it to {} and give each property its default where it is read (${name}.${key} ?? ${value}), which a call passing an object without '${key}' then gets too`,
    };
  }
  const nested = props.find((q) => {
    const t = checker.getNonNullableType(checker.getTypeOfSymbol(q));
    return (t.flags & ts.TypeFlags.Object) !== 0 && !checker.isArrayType(t) && t.getCallSignatures().length === 0;
  });
  if (!fields && nested) {
    return {
      message: `the options object '${name}' has the property '${nested.getName()}', an object: tsgrad passes an options object's properties one by one, each a number, a string or a boolean`,
      hint: `flatten it: give '${nested.getName()}'s properties names of their own in '${name}' (${checker.getPropertiesOfType(checker.getNonNullableType(checker.getTypeOfSymbol(nested))).slice(0, 2).map((q) => `${nested.getName()}${q.getName()[0]!.toUpperCase()}${q.getName().slice(1)}?: …`).join('; ')})`,
    };
  }
  return undefined;
}

const undefinedAtom = (): Atom => constAtom(NaN, { name: 'undefined' });

const isUndefinedWritten = (e: ts.Expression): boolean => {
  const bare = skipParens(e);
  return (ts.isIdentifier(bare) && bare.text === 'undefined') || ts.isVoidExpression(bare);
};

/**
 * What a call passes for a helper's options object: per property of `fields`, its value, or
 * the constant undefined where it is left out. `arg` undefined: the argument is left out.
 */
export function optionsArgument(cx: ExprContext, arg: ts.Expression | undefined, fields: readonly OptionField[], callee: string): Atom[] {
  if (!arg || isUndefinedWritten(arg)) return fields.map(undefinedAtom);
  const hint = `pass an object literal (${callee}(…, { ${fields.map((f) => `${f.name}: …`).join(', ')} }), with the properties you set), a const holding one, or leave the argument out`;
  const values = optionValues(cx, arg, fields, callee, hint);
  return fields.map((f) => values.get(f.name) ?? undefinedAtom());
}

/**
 * The properties an options object gives, each a value or the constant undefined where it is
 * written so; a property it leaves out is not in the map. `e` is an object literal (its
 * spreads, `{ ...defaults, eps }`, give their properties in order, as JavaScript copies them), a
 * name bound to an object, a module-level constant object, or a call of a function of this
 * module that returns an object literal (`makeOpts(k)`: the literal, with its parameters bound
 * to the arguments).
 */
function optionValues(cx: ExprContext, e: ts.Expression, fields: readonly OptionField[], callee: string, hint: string): Map<string, Atom> {
  const { b, checker } = cx;
  const bare = skipParens(e);
  const values = new Map<string, Atom>();
  if (ts.isObjectLiteralExpression(bare)) {
    for (const p of bare.properties) {
      if (ts.isSpreadAssignment(p)) {
        const spread = skipParens(p.expression);
        const binding = ts.isIdentifier(spread) ? cx.scope.get(checker.getSymbolAtLocation(spread)!) : undefined;
        // (a caller's options object holds its properties as given: one it was not given is
        // undefined here, where JavaScript's spread keeps the earlier value)
        const earlier = binding?.kind === 'object' && binding.raw ? fields.find((f) => values.has(f.name) && binding.raw!.has(f.name)) : undefined;
        if (earlier) {
          const before = bare.properties.slice(0, bare.properties.indexOf(p)).reverse().find((q) => q.name?.getText(b.sf) === earlier.name);
          const value = before && ts.isPropertyAssignment(before) ? before.initializer.getText(b.sf) : before ? earlier.name : '…';
          return b.fail(p, 'TSG1002', `'${p.getText(b.sf)}' comes after '${earlier.name}' in the options object passed to '${callee}', and '${spread.getText(b.sf)}.${earlier.name}' may be left out, where JavaScript keeps the earlier value: tsgrad does not know which`,
            `give the property its value after the spread: { ${p.getText(b.sf)}, ${earlier.name}: ${spread.getText(b.sf)}.${earlier.name} ?? ${value} }`);
        }
        for (const [name, a] of optionValues(cx, spread, fields, callee, hint)) values.set(name, a);
        continue;
      }
      const name = p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) || ts.isNumericLiteral(p.name)) ? p.name.text : undefined;
      const field = fields.find((f) => f.name === name);
      if (name === undefined || !field || !(ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p))) {
        return b.fail(p, 'TSG1002', `'${p.getText(b.sf).replace(/\s+/g, ' ')}' in the options object passed to '${callee}' is not a property of its type written as name: value, which tsgrad passes one by one`, hint);
      }
      const value = ts.isPropertyAssignment(p) ? p.initializer : p.name;
      values.set(name, optionValue(cx, value, field, callee, ts.isShorthandPropertyAssignment(p) ? checker.getShorthandAssignmentValueSymbol(p) : undefined));
    }
    return values;
  }
  const symbol = ts.isIdentifier(bare) ? checker.getSymbolAtLocation(bare) : undefined;
  const binding = symbol && cx.scope.get(symbol);
  if (binding?.kind === 'object') {
    // (an options object of the caller, `opts` passed on: each property as the caller was given
    // it, maybe undefined, which the callee tests (its numbers are undefinable: ir/inline.ts
    // does not fold `=== undefined` of them); a local const holding a literal: its values)
    const raw = binding.raw;
    for (const f of fields) {
      const read = binding.fields.get(f.name);
      const given = raw?.get(f.name);
      const written = given && read && read !== given ? optionWritten(cx, e, binding, f.name) : undefined;
      if (written) {
        // (what it passes on is the object as given: a value assigned since is not in it)
        const o = e.getText(b.sf);
        return b.fail(e, 'TSG1002', `'${o}' is passed on to '${callee}', and this function assigns its property '${f.name}' ('${written.getText(b.sf).replace(/\s+/g, ' ')}'): tsgrad passes on an options object as it was given, without what is assigned to it`,
          `pass the value you computed as a property of its own: const ${f.name} = ${o}.${f.name} ?? …; ${callee}(…, { ...${o}, ${f.name} })`);
      }
      if (given ?? read) values.set(f.name, varAtom((given ?? read)!));
    }
    return values;
  }
  // (a module-level constant object, `const LOOSE = { tol: 1e-6, maxIter: 8 }`: its values, as constants)
  const constant = !binding && (ts.isIdentifier(bare) || ts.isPropertyAccessExpression(bare)) ? moduleOptionsObject(bare, checker) : undefined;
  if (constant && 'error' in constant) return b.fail(e, 'TSG2002', `'${e.getText(b.sf)}' ${constant.error}`, constant.hint);
  if (constant) {
    for (const f of fields) {
      const at = constant.keys.indexOf(f.name);
      if (at < 0) continue;
      const value = constant.values[at]!;
      if (typeof value !== (f.kind === 'string' ? 'string' : f.kind)) {
        return b.fail(e, 'TSG2002', `'${e.getText(b.sf)}.${f.name}' is ${JSON.stringify(value)}, and the property '${f.name}' of the options of '${callee}' is a ${f.kind}`, `give '${f.name}' a ${f.kind} in '${e.getText(b.sf)}'`);
      }
      values.set(f.name, constAtom(value));
    }
    return values;
  }
  if (ts.isCallExpression(bare)) return madeOptions(cx, bare, fields, callee, hint);
  return b.fail(e, 'TSG2002', `'${e.getText(b.sf)}' is passed for the options object of '${callee}': tsgrad passes an object literal, a spread of one, a const holding one, a call of a function returning one, undefined, or the caller's own options object`, hint);
}

/**
 * Whether the function that passes `binding`'s object on (at `at`) assigns its property `name`
 * anywhere (`opts.eps ??= 1e-3`): then what it passes is the property's value now, not as given.
 */
function optionWritten(cx: ExprContext, at: ts.Node, binding: Binding, name: string): ts.Node | undefined {
  let fn: ts.Node | undefined = at;
  while (fn && !ts.isFunctionLike(fn)) fn = fn.parent;
  let found: ts.Node | undefined;
  const target = (t: ts.Expression, n: ts.Node): void => {
    const inner = skipParens(t);
    if (!ts.isPropertyAccessExpression(inner) || inner.name.text !== name || !ts.isIdentifier(skipParens(inner.expression))) return;
    const bound = cx.scope.get(cx.checker.getSymbolAtLocation(skipParens(inner.expression))!);
    // (a name bound later, `const kept = opts` below, may be the same object)
    if (bound === binding || bound === undefined) found = n;
  };
  const visit = (n: ts.Node): void => {
    if (ts.isBinaryExpression(n) && isAssignmentOperator(n.operatorToken.kind)) target(n.left, n);
    if ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) &&
        (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken)) target(n.operand, n);
    if (!found) ts.forEachChild(n, visit);
  };
  if (fn) visit(fn);
  return found;
}

/**
 * `makeOpts(k)` passed for an options object, of a function of this module whose body is one
 * `return { … }` (or an arrow returning the literal): the literal's properties, with the
 * function's parameters bound to the arguments, lowered once for all the numbers of the call.
 */
function madeOptions(cx: ExprContext, call: ts.CallExpression, fields: readonly OptionField[], callee: string, hint: string): Map<string, Atom> {
  const { b, checker } = cx;
  const made = call.expression.getText(b.sf);
  const fn = functionDeclaration(checker, checker.getSymbolAtLocation(skipParens(call.expression)));
  const refuse = (why: string, what: string): never => b.fail(call, 'TSG2002', `'${call.getText(b.sf).replace(/\s+/g, ' ')}' is passed for the options object of '${callee}', and ${why}: tsgrad passes the object a call makes where the function is of this module and its body is one return of an object literal of its parameters`, what);
  if (!fn || fn.captured || fn.node.getSourceFile() !== b.sf || !fn.node.body) return refuse(`'${made}' is not a function of this module`, hint);
  const body = fn.node.body;
  const returned = ts.isBlock(body) ? (body.statements.length === 1 && ts.isReturnStatement(body.statements[0]!) ? body.statements[0].expression : undefined) : body;
  const literal = returned && skipParens(returned);
  if (!literal || !ts.isObjectLiteralExpression(literal)) {
    const last = ts.isBlock(body) ? body.statements[body.statements.length - 1] : undefined;
    const computes = last && ts.isReturnStatement(last) && last.expression && ts.isObjectLiteralExpression(skipParens(last.expression));
    return refuse(computes ? `'${made}' computes before it returns the object` : `'${made}' does not return an object literal`,
      `${computes ? 'compute the values in the literal' : 'return the literal'} (return { ${fields.map((f) => `${f.name}: …`).join(', ')} }), or ${hint}`);
  }
  const params = fn.node.parameters;
  const symbols = params.map((p) => (ts.isIdentifier(p.name) && !p.dotDotDotToken ? checker.getSymbolAtLocation(p.name) : undefined));
  const kinds = params.map((p) => classifyType(checker.getTypeAtLocation(p), checker));
  const simple = (k: string) => k === 'number' || k === 'boolean' || k === 'string';
  const odd = params.findIndex((p, i) => !symbols[i] || !simple(kinds[i]!) || (call.arguments[i] === undefined && !p.initializer) || (call.arguments[i] !== undefined && ts.isSpreadElement(call.arguments[i]!)));
  if (odd >= 0 || call.arguments.length > params.length) {
    return refuse(`'${made}' takes ${odd >= 0 ? `'${params[odd]!.getText(b.sf)}' so` : 'fewer arguments'}`, `give '${made}' parameters of numbers, booleans and strings, each passed, or ${hint}`);
  }
  if (assignsAny(literal, checker, new Set(symbols as ts.Symbol[]))) return refuse(`'${made}' assigns one of its parameters`, `compute the values first, or ${hint}`);
  const names = literal.properties.map((p) => p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined);
  const atoms = argumentOnce(cx, call, () => {
    const saved = symbols.map((s) => cx.scope.get(s!));
    try {
      params.forEach((p, i) => {
        const given = call.arguments[i] ?? p.initializer!;
        const a = lowerExpr(cx, given);
        const v = kinds[i] === 'number' ? numeric(cx, a, given) : kinds[i] === 'boolean' ? boolean(cx, a, given) : a;
        // (the argument's value now, as JavaScript binds a parameter)
        const bound = b.newVar(symbols[i]!.name, atomType(v) === 'str' ? 'str' : atomType(v) === 'bool' ? 'bool' : 'f64', 'local', false);
        b.eq('copy', [v], bound);
        cx.scope.set(symbols[i]!, { kind: 'var', v: bound });
      });
      const values = optionValues(cx, literal, fields, callee, hint);
      return names.map((n) => (n !== undefined ? values.get(n) : undefined) ?? undefinedAtom());
    } finally {
      symbols.forEach((s, i) => (saved[i] ? cx.scope.set(s!, saved[i]!) : cx.scope.delete(s!)));
    }
  });
  const values = new Map<string, Atom>();
  names.forEach((n, i) => { if (n !== undefined && fields.some((f) => f.name === n)) values.set(n, atoms[i]!); });
  return values;
}

/** Whether `node` assigns (or `++`s) a name of `symbols`. */
function assignsAny(node: ts.Node, checker: ts.TypeChecker, symbols: ReadonlySet<ts.Symbol>): boolean {
  const named = (t: ts.Expression) => ts.isIdentifier(skipParens(t)) && symbols.has(checker.getSymbolAtLocation(skipParens(t))!);
  let found = false;
  const visit = (n: ts.Node): void => {
    if (ts.isBinaryExpression(n) && isAssignmentOperator(n.operatorToken.kind) && named(n.left)) found = true;
    if ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) &&
        (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken) && named(n.operand)) found = true;
    if (!found) ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

/** The value of one property of an options object literal, of the property's kind. */
function optionValue(cx: ExprContext, value: ts.Expression, field: OptionField, callee: string, shorthand: ts.Symbol | undefined): Atom {
  const { b } = cx;
  if (isUndefinedWritten(value)) return undefinedAtom();
  const bare = skipParens(value);
  if (ts.isConditionalExpression(bare) && writesUndefined(bare)) {
    // (undefined on one branch: the callee's number would be undefined or not at run time, which
    // tsgrad passes only as an options object given whole; two calls say the same)
    const [given, absent] = isUndefinedWritten(bare.whenFalse) ? [bare.whenTrue, false] : [bare.whenFalse, true];
    const test = bare.condition.getText(b.sf);
    const call = `${callee}(…, { ${field.name}: ${given.getText(b.sf)} })`;
    return b.fail(value, 'TSG2002', `'${value.getText(b.sf)}' gives the property '${field.name}' of the options of '${callee}' a ${field.kind} or undefined, and tsgrad passes a property a ${field.kind}, a literal undefined, or leaves it out`,
      `choose between two calls, one leaving '${field.name}' out: ${absent ? `${test} ? ${callee}(…) : ${call}` : `${test} ? ${call} : ${callee}(…)`}`);
  }
  // (once for all the numbers of a call read one at a time, `step(s, { dt: n++ })`: expressions.ts onceArguments)
  return argumentOnce(cx, value, () => {
    const bound = shorthand && cx.scope.get(shorthand);
    const a = bound?.kind === 'var' ? varAtom(bound.v) : lowerExpr(cx, value);
    if (a.kind === 'var' && cx.undefinedFlags?.get(a.v)) {
      return b.fail(value, 'TSG2002', `'${value.getText(b.sf)}' may be undefined here, and tsgrad passes a property of the options of '${callee}' a ${field.kind} or a literal undefined only`,
        `test it first, or leave the property out where it is undefined: ${value.getText(b.sf)} === undefined ? ${callee}(…) : ${callee}(…, { ${field.name}: ${value.getText(b.sf)} })`);
    }
    // (the value it has now, whatever is assigned later)
    const now = a.kind === 'var' && a.v.mutable ? b.eq('copy', [a]) : a;
    if (field.kind === 'number') return numeric(cx, now, value);
    if (field.kind === 'boolean') return boolean(cx, now, value);
    if (atomType(now) !== 'str') return b.fail(value, 'TSG1006', `the property '${field.name}' of the options of '${callee}' is a string, and tsgrad does not read '${value.getText(b.sf)}' as one`, 'pass a string variable, parameter or literal');
    return now;
  });
}

/** `c ? x : undefined`, maybe nested: a branch written undefined. */
function writesUndefined(e: ts.ConditionalExpression): boolean {
  return [e.whenTrue, e.whenFalse].some((x) => isUndefinedWritten(x) || (ts.isConditionalExpression(skipParens(x)) && writesUndefined(skipParens(x) as ts.ConditionalExpression)));
}

/**
 * A helper's options object parameter, in the helper: one parameter per property, in the order
 * of its type (as its callers pass them, optionsArgument). Named (`opts`), it is an object whose
 * number properties are optional numbers (NaN and a flag where undefined: `opts.eps ?? 1e-3`
 * tests it); destructured (`{ eps = 1e-3, mode }`), each name is a parameter of its own, with
 * its default where it has one. Undefined for any other parameter.
 */
export function helperOptionsParam(cx: LoweringState, p: ts.ParameterDeclaration): Param[] | undefined {
  const { b, checker } = cx;
  if (cx.exported) return undefined;
  const fields = helperOptionFields(checker, p);
  if (!fields) return undefined;
  const typeText = optionsTypeText(fields);
  const argOf = (f: OptionField, base: string): Var => {
    return b.generatedVar(`${base}_${f.name}`, f.kind === 'number' ? 'f64' : f.kind === 'string' ? 'str' : 'bool', false, 'param', f.kind === 'number' ? { undefinable: true } : {});
  };
  // (keyed as its callers key the property, calls.ts: `opts_eps`, `arg1_eps` of a destructured
  // object; the key of a call left as a call, its adj object's, whatever the variable is named)
  const index = (p.parent as ts.SignatureDeclaration).parameters.indexOf(p);
  const keyBase = ts.isIdentifier(p.name) ? p.name.text : `arg${index + 1}`;
  const paramOf = (f: OptionField, v: Var): Param => ({ v, key: `${keyBase}_${f.name}`, tsType: f.kind === 'number' ? 'number' : 'other', differentiable: f.kind === 'number', typeText: f.typeText, defaulted: true });
  // (an optional number: `local`, NaN with its flag set where the argument is undefined)
  const optionalNumber = (arg: Var, name: string): Var => {
    const local = b.newVar(name, 'f64', 'local', true);
    const flag = b.generatedVar(`${name}_undefined`, 'bool', true);
    cx.undefinedFlags.set(local, flag);
    cx.optionals.push({ arg, local, flag, node: p });
    return local;
  };
  if (ts.isIdentifier(p.name)) {
    const base = p.name.text;
    const read = new Map<string, Var>();
    const raw = new Map<string, Var>();
    const params = fields.map((f) => {
      const arg = argOf(f, base);
      raw.set(f.name, arg);
      read.set(f.name, f.kind === 'number' ? optionalNumber(arg, `${base}_${f.name}`) : arg);
      return paramOf(f, arg);
    });
    cx.scope.set(checker.getSymbolAtLocation(p.name)!, { kind: 'object', fields: read, typeText, options: true, raw });
    return params;
  }
  // `{ eps = 1e-3, scale: s = 1, mode }`: each name a parameter of its own
  const names = new Map<string, ts.BindingElement>();
  for (const e of (p.name as ts.ObjectBindingPattern).elements) {
    const property = e.propertyName ?? e.name;
    if (e.dotDotDotToken || !ts.isIdentifier(e.name) || !(ts.isIdentifier(property) || ts.isStringLiteral(property))) {
      return b.fail(e, 'TSG1007', `'${e.getText(b.sf)}' in a destructured options object is not supported: tsgrad reads a pattern of names, maybe renamed and with defaults ({ eps = 1e-3, scale: s = 1 })`, 'name each property, without rests or nested patterns, or name the object and read its properties: opts.eps ?? 1e-3');
    }
    names.set(property.text, e);
  }
  return fields.map((f) => {
    const e = names.get(f.name);
    const arg = argOf(f, e ? (e.name as ts.Identifier).text : f.name);
    if (!e) return paramOf(f, arg);
    const symbol = checker.getSymbolAtLocation(e.name)!;
    const name = (e.name as ts.Identifier).text;
    if (e.initializer) {
      // (as a parameter with a default: `eps = eps_arg === undefined ? 1e-3 : eps_arg`)
      const local = b.newVar(name, arg.type, 'local', true);
      cx.scope.set(symbol, { kind: 'var', v: local });
      cx.defaults.push({ arg, local, init: e.initializer });
    } else if (f.kind === 'number') {
      cx.scope.set(symbol, { kind: 'var', v: optionalNumber(arg, name) });
    } else {
      if (cx.assigned.has(symbol)) return b.fail(e, 'TSG1003', `the option '${name}' is assigned`, `copy it into a local variable first: let v = ${name}`);
      cx.scope.set(symbol, { kind: 'var', v: arg });
    }
    return paramOf(f, arg);
  });
}

/**
 * `const o: Opts = { eps: 0.5 }`, a local typed as an options object: the properties written,
 * each a value of its kind, to pass to a helper's options object (`smooth(x, o)`) or read
 * (`o.eps`). Returns false for any other declaration.
 */
export function localOptions(cx: LoweringState, d: ts.VariableDeclaration): boolean {
  const { b, checker } = cx;
  const init = d.initializer && skipParens(d.initializer);
  if (!d.type || !ts.isIdentifier(d.name) || !init || !ts.isObjectLiteralExpression(init)) return false;
  const type = checker.getTypeFromTypeNode(d.type);
  const fields = numberFields(checker, type) ? undefined : optionFields(checker, type);
  if (!fields || !fields.some((f) => f.optional || f.kind !== 'number')) return false;
  const symbol = checker.getSymbolAtLocation(d.name)!;
  if (cx.assigned.has(symbol)) {
    return b.fail(d, 'TSG1003', `'${d.name.text}' holds an options object and is assigned again`, 'declare a const for each options object');
  }
  const values = new Map<string, Var>();
  for (const p of init.properties) {
    const name = p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined;
    const field = fields.find((f) => f.name === name);
    if (!field || !(ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p))) {
      return b.fail(p, 'TSG1002', `the options object's '${p.getText(b.sf).replace(/\s+/g, ' ')}' is not a property tsgrad reads`, `write each property as name: value (const ${d.name.text}: … = { ${fields[0]!.name}: … })`);
    }
    const value = ts.isPropertyAssignment(p) ? p.initializer : p.name;
    if (isUndefinedWritten(value)) continue;
    const a = optionValue(cx, value, field, d.name.text, ts.isShorthandPropertyAssignment(p) ? checker.getShorthandAssignmentValueSymbol(p) : undefined);
    const v = b.newVar(`${d.name.text}_${field.name}`, atomType(a) === 'str' ? 'str' : atomType(a) === 'bool' ? 'bool' : 'f64', 'local', false);
    b.eq('copy', [a], v);
    values.set(field.name, v);
  }
  cx.scope.set(symbol, { kind: 'object', fields: values, typeText: optionsTypeText(fields) });
  return true;
}
