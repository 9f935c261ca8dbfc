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
import { moduleOptionsObject, skipParens } from './facts.js';
import { type OptionField, numberFields, optionFields, optionsTypeText } from './object-numbers.js';
import { argumentOnce, boolean, type ExprContext, lowerExpr, numeric } from './expressions.js';
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
  const { b, checker } = cx;
  if (!arg || isUndefinedWritten(arg)) return fields.map(undefinedAtom);
  const bare = skipParens(arg);
  const hint = `pass an object literal (${callee}(…, { ${fields.map((f) => `${f.name}: …`).join(', ')} }), with the properties you set), a const holding one, or leave the argument out`;
  if (ts.isObjectLiteralExpression(bare)) {
    const values = new Map<string, Atom>();
    for (const p of bare.properties) {
      const name = p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) || ts.isNumericLiteral(p.name)) ? p.name.text : undefined;
      const field = fields.find((f) => f.name === name);
      if (name === undefined || !field || !(ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p))) {
        return b.fail(p, 'TSG1002', `'${p.getText(b.sf).replace(/\s+/g, ' ')}' in the options object passed to '${callee}' is not a property of its type written as name: value, which tsgrad passes one by one`, hint);
      }
      const value = ts.isPropertyAssignment(p) ? p.initializer : p.name;
      values.set(name, optionValue(cx, value, field, callee, ts.isShorthandPropertyAssignment(p) ? checker.getShorthandAssignmentValueSymbol(p) : undefined));
    }
    return fields.map((f) => values.get(f.name) ?? undefinedAtom());
  }
  const symbol = ts.isIdentifier(bare) ? checker.getSymbolAtLocation(bare) : undefined;
  const binding = symbol && cx.scope.get(symbol);
  if (binding?.kind === 'object') {
    // (an options object of the caller, `opts` passed on: each property as the caller was given
    // it, maybe undefined, which the callee tests (its numbers are undefinable: ir/inline.ts
    // does not fold `=== undefined` of them); a local const holding a literal: its values)
    const raw = binding.raw;
    return fields.map((f) => {
      const v = raw?.get(f.name) ?? binding.fields.get(f.name);
      return v ? varAtom(v) : undefinedAtom();
    });
  }
  // (a module-level constant object, `const LOOSE = { tol: 1e-6, maxIter: 8 }`: its values, as constants)
  const constant = !binding && (ts.isIdentifier(bare) || ts.isPropertyAccessExpression(bare)) ? moduleOptionsObject(bare, checker) : undefined;
  if (constant && 'error' in constant) return b.fail(arg, 'TSG2002', `'${arg.getText(b.sf)}' ${constant.error}`, constant.hint);
  if (constant) {
    return fields.map((f) => {
      const at = constant.keys.indexOf(f.name);
      if (at < 0) return undefinedAtom();
      const value = constant.values[at]!;
      if (typeof value !== (f.kind === 'string' ? 'string' : f.kind)) {
        return b.fail(arg, 'TSG2002', `'${arg.getText(b.sf)}.${f.name}' is ${JSON.stringify(value)}, and the property '${f.name}' of the options of '${callee}' is a ${f.kind}`, `give '${f.name}' a ${f.kind} in '${arg.getText(b.sf)}'`);
      }
      return constAtom(value);
    });
  }
  return b.fail(arg, 'TSG2002', `'${arg.getText(b.sf)}' is passed for the options object of '${callee}': tsgrad passes an object literal, a const holding one, undefined, or the caller's own options object`, hint);
}

/** The value of one property of an options object literal, of the property's kind. */
function optionValue(cx: ExprContext, value: ts.Expression, field: OptionField, callee: string, shorthand: ts.Symbol | undefined): Atom {
  const { b } = cx;
  if (isUndefinedWritten(value)) return undefinedAtom();
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
