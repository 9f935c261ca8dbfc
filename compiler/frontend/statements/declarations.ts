/**
 * Variable declarations (`const`, `let`, `var`): each name bound to a variable of the trace, `var`s
 * used outside their block hoisted, and the check that no variable is read before it is assigned.
 */
import ts from '../typescript.cjs';
import { smallArrayDeclaration } from '../small-arrays.js';
import { writesObject } from '../object-mutation.js';
import { localFunction, onlyCalled } from './local-functions.js';
import { localOptions } from '../helper-options.js';
import { closureDeclaration } from './local-closures.js';
import type { Var } from '../../ir/types.js';
import { constAtom, isArrayType } from '../builder.js';
import { assignMaybeNumber, maybeNumberLocal } from '../nullable.js';
import { valueDeclaration } from '../value-classes.js';
import { type Binding, lowerExpr, numberFields, objectArgument, objectLiteralNumbers, onceArguments, projectCall } from '../expressions.js';
import { flatName, isNestedObject } from '../nested-objects.js';
import { classifyType, mathMember, moduleObject, skipParens } from '../facts.js';
import type { LoweringState } from './state.js';
import { bool, conditional } from './conditions.js';
import { typeOf, isRead } from './local-types.js';
import { arrayDeclaration } from './arrays.js';
import { localRowsDeclaration } from '../local-rows.js';
import { rowsBinding } from '../row-arrays.js';
import { objectPattern, arrayPattern } from './destructuring.js';

/**
 * A variable declared without a value is given one before the function starts (0, or false),
 * where JavaScript has `undefined`: so no path may read it before assigning it, as tsc
 * --strict checks (a `var` or `let t;` read in a branch that did not assign it).
 */
export function checkAssignedBeforeRead(cx: LoweringState): void {
  const { fn, b } = cx;
  let unvalued = false;
  const visit = (n: ts.Node): void => {
    if (ts.isVariableDeclaration(n) && !n.initializer && !(n.parent.parent && (ts.isForOfStatement(n.parent.parent) || ts.isForInStatement(n.parent.parent)))) unvalued = true;
    if (!unvalued) ts.forEachChild(n, visit);
  };
  visit(fn);
  if (!unvalued && ![...cx.varPlans.values()].includes('hoisted')) return;
  const start = fn.getStart();
  const end = fn.getEnd();
  const read = cx.unassignedReads().find((d) => d.start !== undefined && d.start >= start && d.start < end);
  if (!read) return;
  let node: ts.Node = fn;
  const find = (n: ts.Node): void => {
    if (n.getStart() <= read.start! && read.start! < n.getEnd()) { node = n; ts.forEachChild(n, find); }
  };
  ts.forEachChild(fn, find);
  const name = node.getText(b.sf);
  b.fail(node, 'TSG1007', `'${name}' may be read here before it is assigned`,
    `assign '${name}' a value on every path before this read (tsc --strict reports it too: TS2454)`);
}

/**
 * A `var` used outside its block (after a loop, in another branch, before its declaration)
 * is one mutable variable of the whole function, declared at its start; its declarations
 * with a value are assignments.
 */
export function hoistVars(cx: LoweringState): void {
  const { b, checker } = cx;
  for (const [symbol, plan] of cx.varPlans) {
    if (plan !== 'hoisted') continue;
    const decl = symbol.declarations!.find(ts.isVariableDeclaration)!;
    if (cx.scope.has(symbol)) return b.fail(decl, 'TSG1007', `'var ${symbol.name}' declares the parameter '${symbol.name}' again`, 'give the variable a name of its own');
    if (maybeNumberLocal(cx, symbol, decl, cx.fn)) {
      maybeNumberVar(cx, symbol, maybeNumberLocal(cx, symbol, decl, cx.fn)!, true);
      continue;
    }
    const type = typeOf(cx, symbol, checker.getTypeAtLocation(decl.name), decl);
    if (isArrayType(type)) {
      return b.fail(decl, 'TSG1008', `the array '${symbol.name}' is declared with 'var' and used outside its block`,
        'declare it with let or const before the block, where every use can see it');
    }
    cx.scope.set(symbol, { kind: 'var', v: b.newVar(symbol.name, type, 'local', true) });
  }
}

export function declarations(cx: LoweringState, list: ts.VariableDeclarationList | readonly ts.VariableDeclaration[]): void {
  const { b, checker } = cx;
  for (const d of 'declarations' in list ? list.declarations : list) {
    if (ts.isObjectBindingPattern(d.name) && d.initializer && ts.isIdentifier(skipParens(d.initializer)) &&
        (skipParens(d.initializer) as ts.Identifier).text === 'Math' && d.name.elements.every((e) => mathMember(e.name as ts.Identifier, checker) !== undefined)) {
      continue; // `const { min, max } = Math`: each name is read as the Math member where it is used
    }
    if (ts.isArrayBindingPattern(d.name)) {
      arrayPattern(cx, d as ts.VariableDeclaration & { name: ts.ArrayBindingPattern });
      continue;
    }
    if (ts.isObjectBindingPattern(d.name) && d.initializer && objectPattern(cx, d as ts.VariableDeclaration & { name: ts.ObjectBindingPattern })) continue;
    if (!ts.isIdentifier(d.name)) {
      return b.fail(d, 'TSG1007', 'object destructuring is supported only of Math (`const { min, max } = Math`) and of an object of numbers a helper returns (`const { a, b } = f(x)`)',
        d.initializer && ['number[]', 'Float64Array', 'intArray'].includes(classifyType(checker.getTypeAtLocation(d.initializer), checker))
          ? `read ${d.name.elements.map((e) => `${d.initializer!.getText(b.sf)}.${(e.propertyName ?? e.name).getText(b.sf)}`).join(', ')} where it is used (an array's properties are read by name)`
        : objectParameter(cx, d.initializer) ? `an object parameter passes through without its properties read: take ${d.name.elements.map((e) => `'${e.name.getText(b.sf)}'`).join(', ')} as parameters of their own, and let a wrapper unpack the object`
          : 'read the properties one by one, or pass the numbers as parameters');
    }
    const symbol = checker.getSymbolAtLocation(d.name)!;
    if (cx.varPlans.get(symbol) === 'hoisted') {
      const v = (cx.scope.get(symbol) as Binding & { kind: 'var' }).v;
      const init = d.initializer && skipParens(d.initializer);
      if (init && cx.undefinedFlags.has(v)) assignMaybeNumber(cx, v, init);
      else if (init && ts.isConditionalExpression(init)) conditional(cx, init, v, false);
      else if (init) b.assign(v, lowerExpr(cx, init));
      continue;
    }
    if (d.initializer && (ts.isArrowFunction(skipParens(d.initializer)) || ts.isFunctionExpression(skipParens(d.initializer)))) {
      // (a local helper only called: each call lowers it in place, local-functions.ts)
      if (localFunction(checker, cx.fn, d.name) && onlyCalled(checker, cx.fn, d.name)) continue;
      lowerExpr(cx, d.initializer);
    }
    // (`const f = makeScale(x)`, a function a factory makes here: local-closures.ts)
    if (closureDeclaration(cx, d)) continue;
    const init = d.initializer;
    if (!init && !cx.assigned.has(symbol) && !isRead(cx, symbol)) continue; // `var a, b = 1, c;` with c unused
    // (`const d = new Vec3(…)`, `let s = a.step(dt)`: an instance of a value class, value-classes.ts)
    if (init && valueDeclaration(cx, d as ts.VariableDeclaration & { name: ts.Identifier }, symbol, cx.assigned.has(symbol), cx.fn)) continue;
    // (`let x = [a, b, c]`, only indexed by constants and rebound to such literals: numbers, small-arrays.ts)
    if (init && smallArrayDeclaration(cx, d as ts.VariableDeclaration & { name: ts.Identifier }, symbol, (x) => lowerExpr(cx, x))) continue;
    if (init && ts.isCallExpression(skipParens(init)) && numberFields(checker, checker.getTypeAtLocation(d.name))) {
      objectDeclaration(cx, d as ts.VariableDeclaration & { name: ts.Identifier }, symbol, skipParens(init) as ts.CallExpression);
      continue;
    }
    if (init && ts.isObjectLiteralExpression(skipParens(init)) && numberFields(checker, checker.getTypeAtLocation(d.name))) {
      literalObject(cx, d as ts.VariableDeclaration & { name: ts.Identifier }, symbol, skipParens(init) as ts.ObjectLiteralExpression);
      continue;
    }
    // (`const z = m.zc`, `let p = st.pos`: an object inside an object of numbers, nested-objects.ts)
    const parts = init && ts.isPropertyAccessExpression(skipParens(init)) ? numberFields(checker, checker.getTypeAtLocation(d.name)) : undefined;
    if (parts && isNestedObject(cx, skipParens(init!), parts)) {
      copiedObject(cx, d as ts.VariableDeclaration & { name: ts.Identifier }, symbol, init!, parts);
      continue;
    }
    // (`const r = o`, a second name for a local object of numbers)
    if (init && ts.isIdentifier(skipParens(init)) && objectAlias(cx, d as ts.VariableDeclaration & { name: ts.Identifier }, symbol, skipParens(init) as ts.Identifier)) continue;
    // (`let p = TABLE.lo`, `const p = high ? HI : LO`: module-level constant objects of numbers)
    if (init && ts.isIdentifier(d.name) && constantObject(cx, d as ts.VariableDeclaration & { name: ts.Identifier }, symbol, init)) continue;
    // (`const o: Opts = { eps: 0.5 }`, an options object a helper takes: helper-options.ts)
    if (localOptions(cx, d)) continue;
    const maybe = maybeNumberLocal(cx, symbol, d, cx.fn);
    if (maybe) {
      // (`const v = variance(xs)`: a number, and a flag saying it is undefined)
      const v = maybeNumberVar(cx, symbol, maybe, !init);
      if (init) assignMaybeNumber(cx, v, init, true);
      continue;
    }
    if (init && objectAssign(cx, d as ts.VariableDeclaration & { name: ts.Identifier }, init)) return;
    // (`const M: number[][] = []`, a local array of rows: local-rows.ts)
    if (localRowsDeclaration(cx, d, symbol)) continue;
    // (`const row = G[i]` of an array of rows tsc types any[][]: a row all the same)
    if (init && ts.isElementAccessExpression(skipParens(init)) && rowsBinding(cx, (skipParens(init) as ts.ElementAccessExpression).expression)) {
      arrayDeclaration(cx, d, symbol, cx.assigned.has(symbol), 'f64[]');
      continue;
    }
    const type = typeOf(cx, symbol, checker.getTypeAtLocation(d.name), d);
    if (type === 'f64[]' || type === 'int[]') {
      arrayDeclaration(cx, d, symbol, cx.assigned.has(symbol), type);
      continue;
    }
    const mutable = cx.assigned.has(symbol) || (init !== undefined && ts.isConditionalExpression(skipParens(init)));
    const v = b.newVar(d.name.text, type, 'local', mutable);
    if (!init) {
      if (!mutable) return b.fail(d, 'TSG1007', `'${d.name.text}' is never assigned`, 'give it a value where it is declared, or assign it before it is read');
    } else if (mutable) {
      const value = lowerExpr(cx, init, ts.isConditionalExpression(skipParens(init)) ? v : undefined);
      if (value.kind !== 'var' || value.v !== v) b.assign(v, value, true);
    } else {
      lowerExpr(cx, init, v);
    }
    cx.scope.set(symbol, { kind: 'var', v });
  }
}

/**
 * `const c = Object.assign({ eps: 1e-3 }, opts)`, defaults merged into an object: refused, naming
 * it (it was 'variables of type … & Opts are not supported'), with the form that reads each
 * property with its default. Returns false for any other initializer.
 */
function objectAssign(cx: LoweringState, d: ts.VariableDeclaration & { name: ts.Identifier }, init: ts.Expression): boolean {
  const call = skipParens(init);
  if (!ts.isCallExpression(call) || call.expression.getText(cx.b.sf) !== 'Object.assign') return false;
  const source = call.arguments.map((a) => skipParens(a)).find((a) => ts.isIdentifier(a));
  const defaults = call.arguments.map((a) => skipParens(a)).find(ts.isObjectLiteralExpression)?.properties.find(ts.isPropertyAssignment);
  const key = defaults?.name.getText(cx.b.sf) ?? 'eps';
  cx.b.fail(d, 'TSG1003', `'${d.name.text}' is given ${call.getText(cx.b.sf).replace(/\s+/g, ' ')}, an object Object.assign makes, which tsgrad does not follow`,
    `read each property with its default where you use it: const ${key} = ${source?.getText(cx.b.sf) ?? 'opts'}.${key} ?? ${defaults?.initializer.getText(cx.b.sf) ?? '…'}`);
  return true;
}

/**
 * A local that may hold undefined (or null): a number variable and its flag (nullable.ts);
 * `unset`: declared without a value (`let best: number | undefined;`, a `var` before its
 * declaration), so undefined, as in JavaScript, until assigned (trial44 finding 1: it started as 0,
 * its flag false, and every test for undefined was false).
 */
function maybeNumberVar(cx: LoweringState, symbol: ts.Symbol, missing: 'undefined' | 'null', unset: boolean): Var {
  const v = cx.b.newVar(symbol.name, 'f64', 'local', true);
  const flag = cx.b.generatedVar(`${symbol.name}_absent`, 'bool', true);
  cx.undefinedFlags.set(v, flag);
  if (missing === 'null') cx.nullValued.add(v);
  cx.scope.set(symbol, { kind: 'var', v });
  if (unset) {
    // (the number undefined reads as in arithmetic, NaN)
    cx.b.assign(v, constAtom(NaN), true);
    cx.b.assign(flag, constAtom(true), true);
  }
  return v;
}

/**
 * `const c = sunCoords(d)`, a helper returning an object of numbers: scalar-replaced, each
 * property a number local (`c.ra` reads `c_ra`), computed here in the order of the type's
 * properties (the helper's body is inlined once per property).
 */
function objectDeclaration(cx: LoweringState, d: ts.VariableDeclaration & { name: ts.Identifier }, symbol: ts.Symbol, call: ts.CallExpression): void {
  const { b, checker } = cx;
  // (assigned again, `s = step(s, dt)`: each property a variable; expressions.ts objectAssignment)
  // (or its properties assigned, `c.ra = …`, or changed by a helper it is passed to: object-mutation.ts)
  const assigned = cx.assigned.has(symbol) || writesObject(checker, cx.fn, symbol);
  const fields = new Map<string, Var>();
  const names = numberFields(checker, checker.getTypeAtLocation(d.name))!;
  // (of a local function: lowered once, statements/local-objects.ts)
  const local = cx.localObjectCall?.(call, names);
  // (the call's arguments lowered once for all its numbers, as JavaScript evaluates them once: expressions.ts onceArguments)
  onceArguments(cx, call, () => {
    for (const [i, field] of names.entries()) {
      const v = b.newVar(`${d.name.text}_${flatName(field)}`, 'f64', 'local', assigned);
      if (local) {
        if (assigned) b.assign(v, local[i]!, true);
        else b.eq('copy', [local[i]!], v);
      } else if (assigned) b.assign(v, projectCall(cx, call, field), true);
      else projectCall(cx, call, field, v);
      fields.set(field, v);
    }
  });
  cx.scope.set(symbol, { kind: 'object', fields, typeText: checker.typeToString(checker.getTypeAtLocation(d.name)) });
}

/**
 * `const p = { k: 2.5, c: 0.1 }`, an object literal of numbers: scalar-replaced as a helper's
 * result is, each property a number local (`p.k` reads `p_k`), evaluated in the order written;
 * passed whole to a helper that takes such an object (lowerCall).
 */
function literalObject(cx: LoweringState, d: ts.VariableDeclaration & { name: ts.Identifier }, symbol: ts.Symbol, init: ts.ObjectLiteralExpression): void {
  const { b, checker } = cx;
  const type = checker.getTypeAtLocation(d.name);
  const names = numberFields(checker, type)!;
  const values = objectLiteralNumbers(cx, init, names, `write one number per property: const ${d.name.text} = { ${names.map((n) => `${n}: …`).join(', ')} }`);
  // (`s.a = …`, `s.b += …`, or the object assigned again, `s = step(s)`: its properties are
  // variables the function assigns)
  const written = writesProperties(cx, symbol) || cx.assigned.has(symbol);
  const fields = new Map<string, Var>();
  for (const field of names) {
    const v = b.newVar(`${d.name.text}_${flatName(field)}`, 'f64', 'local', written);
    if (written) b.assign(v, values.get(field)!, true);
    else b.eq('copy', [values.get(field)!], v);
    fields.set(field, v);
  }
  cx.scope.set(symbol, { kind: 'object', fields, typeText: checker.typeToString(type) });
}

/**
 * `const z = m.zc`, a part of an object of numbers that is an object itself: its numbers
 * copied into locals of its own, as a literal's are (literalObject).
 */
function copiedObject(cx: LoweringState, d: ts.VariableDeclaration & { name: ts.Identifier }, symbol: ts.Symbol, init: ts.Expression, names: readonly string[]): void {
  const { b, checker } = cx;
  // (`z.re = …` after `const z = m.zc` would write m.zc.re too in JavaScript, which shares the object)
  if (writesProperties(cx, symbol)) {
    return b.fail(d, 'TSG1002', `'${d.name.text}' is the object '${init.getText(b.sf)}', shared with '${init.getText(b.sf).split('.')[0]}' in JavaScript, and this function assigns its properties: tsgrad holds copies of its numbers`,
      `make an object of its own: const ${d.name.text} = { ${names.map((f) => `${f}: ${init.getText(b.sf)}.${f}`).join(', ')} }`);
  }
  const values = objectArgument(cx, init, names, d.name.text);
  const written = cx.assigned.has(symbol);
  const fields = new Map<string, Var>();
  names.forEach((field, i) => {
    const v = b.newVar(`${d.name.text}_${flatName(field)}`, 'f64', 'local', written);
    if (written) b.assign(v, values[i]!, true);
    else b.eq('copy', [values[i]!], v);
    fields.set(field, v);
  });
  cx.scope.set(symbol, { kind: 'object', fields, typeText: checker.typeToString(checker.getTypeAtLocation(d.name)) });
}

/**
 * `let p = TABLE.lo`, `const p = HI`: a module-level constant object of numbers (frozen or not, or
 * one inside another: facts.ts moduleObject), its numbers copied into locals of their own as a
 * literal's are; and `const p = high ? HI : LO`, `high ? TABLE.hi : TABLE.lo`, a choice between
 * two such objects of the same properties: the condition evaluated once, each number chosen by
 * it (trial35: `let p = TABLE.lo` was "given 'TABLE.lo', which tsgrad does not read as one", and
 * a choice between two flat constants "variables of type 'Readonly<…> | …' are not supported").
 * False when `init` is neither.
 */
function constantObject(cx: LoweringState, d: ts.VariableDeclaration & { name: ts.Identifier }, symbol: ts.Symbol, init: ts.Expression): boolean {
  const { b, checker } = cx;
  const read = (e: ts.Expression) => {
    const x = skipParens(e);
    if (!ts.isIdentifier(x) && !ts.isPropertyAccessExpression(x)) return undefined;
    const root = ts.isIdentifier(x) ? x : chainRoot(x);
    if (root && cx.scope.has(checker.getSymbolAtLocation(root)!)) return undefined;
    const found = moduleObject(x, checker);
    return found && !('error' in found) ? found : undefined;
  };
  const bare = skipParens(init);
  const choice = ts.isConditionalExpression(bare) ? bare : undefined;
  const [yes, no] = choice ? [read(choice.whenTrue), read(choice.whenFalse)] : [read(bare), undefined];
  if (!yes || (choice && (!no || no.keys.length !== yes.keys.length || !yes.keys.every((k) => no.keys.includes(k))))) return false;
  // (the properties the variable's type names, when it is typed: `let p: Coef = TABLE.lo`)
  const declared = numberFields(checker, checker.getTypeAtLocation(d.name));
  const fields = declared && declared.every((f) => yes.keys.includes(f)) ? declared : yes.keys;
  // (`p.a = …` after `let p = TABLE.lo` would write the constant table in JavaScript)
  if (writesProperties(cx, symbol)) {
    return b.fail(d, 'TSG1002', `'${d.name.text}' is the constant object '${init.getText(b.sf).replace(/\s+/g, ' ')}', shared with its module in JavaScript, and this function assigns its properties: tsgrad holds copies of its numbers`,
      `make an object of its own: const ${d.name.text} = { ${fields.slice(0, 3).map((f) => `${f}: ${(choice ? choice.whenFalse : init).getText(b.sf)}.${f}`).join(', ')}${fields.length > 3 ? ', …' : ''} }`);
  }
  const written = cx.assigned.has(symbol) || choice !== undefined;
  const value = (o: { keys: string[]; values: number[] }, f: string) => constAtom(o.values[o.keys.indexOf(f)]!);
  const vars = fields.map((f) => b.newVar(`${d.name.text}_${flatName(f)}`, 'f64', 'local', written));
  const cond = choice ? bool(cx, lowerExpr(cx, choice.condition), choice.condition) : undefined;
  if (!choice || cond?.kind === 'const') {
    const from = !choice || (cond as { value: unknown }).value ? yes : no!;
    fields.forEach((f, i) => (written ? b.assign(vars[i]!, value(from, f), true) : b.eq('copy', [value(from, f)], vars[i]!)));
  } else {
    const loc = b.loc;
    const branch = (o: { keys: string[]; values: number[] }) => b.block(() => { fields.forEach((f, i) => b.assign(vars[i]!, value(o, f), true)); });
    b.emit({ kind: 'if', cond: cond!, then: branch(yes), else: branch(no!), loc });
  }
  cx.scope.set(symbol, { kind: 'object', fields: new Map(fields.map((f, i) => [f, vars[i]!])), typeText: `{ ${fields.map((f) => `${f}: number`).join('; ')} }` });
  return true;
}

/** `TABLE` of `TABLE.lo.a`. */
function chainRoot(e: ts.PropertyAccessExpression): ts.Identifier | undefined {
  let x: ts.Expression = e;
  while (ts.isPropertyAccessExpression(x)) x = skipParens(x.expression);
  return ts.isIdentifier(x) ? x : undefined;
}

/** Whether the function assigns a property of the object `symbol` names (`s.a = …`, `s.a++`), or passes it to a helper that does (object-mutation.ts). */
/**
 * `const r = o`, where o is a local object of numbers: in JavaScript one object with two names,
 * so r is o's variables (trial40 finding 4: it was TSG1003, whose hint, a copy, changed what
 * writes through r do). Refused where the two would part or share wrongly: either name assigned
 * a whole object again (JavaScript's r keeps the old one), or r's properties written where o's
 * are constants (tsgrad made them for an object nothing writes). So is `const kept = opts`
 * of an options object (front50): reads, writes and passing it on go through the same properties.
 */
function objectAlias(cx: LoweringState, d: ts.VariableDeclaration & { name: ts.Identifier }, symbol: ts.Symbol, init: ts.Identifier): boolean {
  const { b, checker } = cx;
  const of = checker.getSymbolAtLocation(init);
  const binding = of && cx.scope.get(of);
  if (!of || binding?.kind !== 'object') return false;
  const [r, o] = [d.name.text, init.text];
  const fields = [...binding.fields.keys()];
  if (binding.options && cx.assigned.has(symbol)) {
    // (an options object: its properties are read where the function starts, so a name that later holds another object is not its)
    b.fail(d, 'TSG1002', `'${r}' is a second name for the options object '${o}', and this function assigns '${r}' another object, which tsgrad does not follow`,
      `declare a const for each object (const ${r} = ${o}; const ${r}2 = …), or read the options through '${o}'`);
    return true;
  }
  if (binding.options) {
    cx.scope.set(symbol, binding);
    return true;
  }
  if (cx.assigned.has(symbol) || cx.assigned.has(of)) {
    b.fail(d, 'TSG1002', `'${r}' is a second name for the object '${o}', and this function assigns ${cx.assigned.has(symbol) ? `'${r}'` : `'${o}'`} another object: in JavaScript the two names then hold two objects, which tsgrad does not follow`,
      writesProperties(cx, symbol) || writesProperties(cx, of)
        ? `give the other object a name of its own (const ${cx.assigned.has(symbol) ? r : o}2 = …) instead of assigning it to '${cx.assigned.has(symbol) ? r : o}'`
        : `copy its numbers, which is what '${r}' keeps in JavaScript while nothing writes them: const ${r} = { ${fields.slice(0, 3).map((f) => `${f}: ${o}.${f}`).join(', ')}${fields.length > 3 ? ', …' : ''} }`);
    return true;
  }
  if (writesProperties(cx, symbol) && [...binding.fields.values()].some((v) => !v.mutable)) {
    b.fail(d, 'TSG1002', `'${r}' is a second name for the object '${o}', and this function assigns its properties through '${r}' alone: tsgrad does not follow writes through a second name`,
      `write them through '${o}' (${o}.${fields[0]} = …), which in JavaScript is the same object`);
    return true;
  }
  cx.scope.set(symbol, binding);
  return true;
}

function writesProperties(cx: LoweringState, symbol: ts.Symbol): boolean {
  return writesObject(cx.checker, cx.fn, symbol);
}

/** Whether `e` names a parameter (of an object type: the pattern is an object's). */
function objectParameter(cx: LoweringState, e: ts.Expression | undefined): boolean {
  if (!e || !ts.isIdentifier(e)) return false;
  const declaration = cx.checker.getSymbolAtLocation(e)?.valueDeclaration;
  return declaration !== undefined && ts.isParameter(declaration);
}
