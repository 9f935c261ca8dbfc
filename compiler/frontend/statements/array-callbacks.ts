/**
 * Array methods whose callback is written in place: `xs.reduce((s, v) => s + v * v, 0)`,
 * `xs.reduceRight(…)`, `xs.map((v) => Math.exp(v))` and `xs.forEach((v, i) => { out[i] = … })`,
 * lowered to the loops they mean, so every mode differentiates them as it does a loop.
 *
 * As JavaScript runs them: the array and the initial value are evaluated first, the length is
 * read once, then the callback's body runs once per element in order (backwards for
 * reduceRight), its parameters bound to the accumulator, the element and the index, and its
 * body lowered in the caller's scope (what it reads of the enclosing function is read as it is
 * at that step; what it assigns, an accumulator of forEach, is assigned). A `return` in a block
 * body ends that step: it gives the accumulator (reduce), the element (map), or nothing
 * (forEach). `reduce` without an initial value starts from the first element, and throws
 * JavaScript's TypeError on an empty array.
 *
 * `some`, `every`, `findIndex`, `findLastIndex`, `find` and `findLast` run the callback element
 * by element (from the last for findLastIndex and findLast) until one decides, as JavaScript
 * does: a loop that stops at the first element the test holds for (fails for, every); the
 * answer (a boolean, an index or -1) carries no derivative, and what the callback reads is read
 * only for the elements it saw. `find` and `findLast` then read the element found, which carries
 * its derivative, or give undefined (a number with a flag: found-elements.ts).
 *
 * Refused, each with its own message: a callback that is not written in place (a variable), a
 * `this` argument, a callback that reads its array parameter, uses `this`, takes a pattern, a
 * rest or a default parameter, returns from inside a loop or a switch, may end without a
 * `return` (map, reduce), or gives something other than a number (map, reduce).
 */
import ts from '../typescript.cjs';
import type { Atom, Stmt, Var } from '../../ir/types.js';
import { atomType, constAtom, varAtom } from '../builder.js';
import { type Binding, arrayBinding, lowerExpr, windowExpr } from '../expressions.js';
import { classifyType, skipParens, typedArrayName, valueUnused } from '../facts.js';
import { effect } from './expression-statements.js';
import { type Exits, type LoopFrame, type LoweringState } from './state.js';
import { jumpFlag, lowerList } from './jumps.js';
import { bool } from './conditions.js';
import { newArray } from './arrays.js';
import { maybeElement } from '../found-elements.js';

type Method = 'reduce' | 'reduceRight' | 'map' | 'forEach' | Test;
/** The methods that test elements and stop at the first that decides (a boolean, an index, or the element found). */
type Test = 'some' | 'every' | 'findIndex' | 'findLastIndex' | 'find' | 'findLast';
const tests: readonly string[] = ['some', 'every', 'findIndex', 'findLastIndex', 'find', 'findLast'];
const methods: readonly string[] = ['reduce', 'reduceRight', 'map', 'forEach', ...tests];

/** What a `return` of the callback being lowered does: see callbackReturn. */
export interface CallbackFrame {
  readonly body: ts.Block;
  readonly frame: LoopFrame;
  readonly give: (value: Atom | undefined, node: ts.Node) => void;
}

/** Whether `e` is `xs.reduce(…)`, `xs.map(…)`, … with a method this file lowers (it may still refuse the call). */
export function isArrayCallback(e: ts.Expression): e is ts.CallExpression & { expression: ts.PropertyAccessExpression } {
  return ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && methods.includes(e.expression.name.text);
}

/**
 * `Array.from(xs, (v, k) => …)`, `Float64Array.from(xs, …)` or `Array.from({ length: n }, (_, k) => …)`:
 * a copy with a mapping function, lowered as `xs.map(…)` is (the mapping function gets the
 * element and the index); the constructor it makes, and the source (an array, or the length of
 * an object `{ length: n }`). Undefined: `e` is none (Float32Array.from rounds what it stores, and
 * keeps its refusal in calls.ts).
 */
export function fromWithMap(e: ts.Expression): { ctor: 'Array' | 'Float64Array'; source: ts.Expression; length?: ts.Expression } | undefined {
  if (!ts.isCallExpression(e) || !ts.isPropertyAccessExpression(e.expression) || e.expression.name.text !== 'from') return undefined;
  const owner = e.expression.expression;
  if (!ts.isIdentifier(owner) || (owner.text !== 'Array' && owner.text !== 'Float64Array') || e.arguments.length < 2) return undefined;
  const source = skipParens(e.arguments[0]!);
  let length: ts.Expression | undefined;
  if (ts.isObjectLiteralExpression(source)) {
    const [only] = source.properties;
    if (source.properties.length !== 1 || !only || !ts.isPropertyAssignment(only) || only.name.getText() !== 'length') return undefined;
    length = only.initializer;
  }
  return { ctor: owner.text, source, ...(length ? { length } : {}) };
}

/**
 * `xs.reduce(cb, init)`, `xs.map(cb)`, … of an array of numbers (see the top of this file): the
 * accumulator, the new array (named `name`), or undefined for forEach; undefined, lowering
 * nothing, when `e` is not such a call of an array tsgrad reads.
 */
export function arrayCallback(cx: LoweringState, e: ts.CallExpression, target?: Var, name?: string, rebound = false): Atom | undefined {
  const { b, checker } = cx;
  const from = fromWithMap(e);
  if (!from && !isArrayCallback(e)) return undefined;
  const method = from ? 'map' : (e.expression as ts.PropertyAccessExpression).name.text as Method;
  const owner = from ? from.source : skipParens((e.expression as ts.PropertyAccessExpression).expression);
  const ownerKind = classifyType(checker.getTypeAtLocation(owner), checker);
  // (`x.subarray(a, b).reduce(…)`: over the window)
  const window = from?.length ? undefined : windowExpr(cx, owner, true);
  const made = !from?.length && !window && ts.isCallExpression(owner) && (ownerKind === 'Float64Array' || ownerKind === 'number[]');
  const known = from?.length || made || window ? undefined : arrayBinding(cx, owner);
  if (!from?.length && !made && !known && !window) return undefined;
  const text = from ? `${from.ctor}.from(${from.length ? `{ length: ${from.length.getText(b.sf)} }` : owner.getText(b.sf)}, …)` : `${owner.getText(b.sf)}.${method}(…)`;
  const loc = b.locOf(e, e.getText(b.sf).length > 60 ? text : e.getText(b.sf));
  b.loc = loc;
  const reduce = method === 'reduce' || method === 'reduceRight';
  const [first, ...rest] = from ? e.arguments.slice(1) : e.arguments;
  if (e.arguments.some(ts.isSpreadElement)) return b.fail(e, 'TSG1008', `'${text}' with a spread argument is not supported`, 'pass the callback (and the initial value) one by one');
  const fn = first && skipParens(first);
  if (!fn || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) {
    const cb = fn?.getText(b.sf) ?? 'f';
    return b.fail(first ?? e, 'TSG1008', `'${text}' is given the callback '${cb}', not written in place: tsgrad lowers an array method's callback only when it is an arrow or function expression written in the call`,
      reduce ? `write the callback in place: ${owner.getText(b.sf)}.${method}((acc, v) => ${cb}(acc, v)${rest[0] ? `, ${rest[0].getText(b.sf)}` : ''})`
        : `write the callback in place: ${owner.getText(b.sf)}.${method}((v) => ${cb}(v))`);
  }
  if (rest.length > (reduce ? 1 : 0)) {
    return b.fail(rest[reduce ? 1 : 0]!, 'TSG1008', `'${text}' is given a 'this' argument, which tsgrad does not support`,
      'leave it out: the callback reads what it needs from the enclosing function by name');
  }
  if (fn.asteriskToken || fn.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) {
    return b.fail(fn, 'TSG1008', `the callback of '${text}' is async or a generator`, 'write a plain arrow function');
  }
  if (ts.isFunctionExpression(fn) && usesThis(fn.body)) {
    return b.fail(fn, 'TSG1008', `the callback of '${text}' reads 'this'`, 'read the values it needs by name (an arrow function sees the enclosing function\'s names)');
  }
  // (an accumulator that is an array, `xs.reduce<[number, number]>((a, v) => [a[0] + v, a[1] + v * v], [0, 0])`: trial48 finding 12)
  const initial = reduce ? rest[0] && skipParens(rest[0]) : undefined;
  if (initial && (ts.isArrayLiteralExpression(initial) || ["number[]", "Float64Array"].includes(classifyType(checker.getTypeAtLocation(initial), checker)))) {
    return b.fail(initial, 'TSG1008', `'${text}' reduces to an array ('${initial.getText(b.sf)}'), and tsgrad reduces to a number`,
      `reduce each number on its own (${owner.getText(b.sf)}.${method}((s, v) => s + …, 0)), or write a loop with one accumulator per number`);
  }
  const names = reduce ? ['the accumulator', 'the element', 'the index', 'the array'] : from ? ['the element', 'the index'] : ['the element', 'the index', 'the array'];
  if (fn.parameters.length > names.length) {
    return b.fail(fn.parameters[names.length]!, 'TSG1008', `the callback of '${text}' takes more parameters than ${from ? `${from.ctor}.from` : method} passes`, `${from ? `${from.ctor}.from` : method} passes ${names.join(', ')}`);
  }
  for (const p of fn.parameters) {
    if (!ts.isIdentifier(p.name) || p.dotDotDotToken || p.initializer) {
      return b.fail(p, 'TSG1008', `the parameter '${p.getText(b.sf)}' of the callback of '${text}' is a pattern, a rest parameter or has a default, which tsgrad does not support`,
        `name the parameter (${names[fn.parameters.indexOf(p)]}) and read from it in the body`);
    }
  }
  const element = fn.parameters[0];
  if (from?.length && element && reads(checker, fn.body, checker.getSymbolAtLocation(element.name)!)) {
    return b.fail(element, 'TSG1008', `the callback of '${text}' reads its first parameter '${element.name.getText(b.sf)}', which is undefined (the object { length: … } has no elements)`,
      `compute each element from the index: ${from.ctor}.from({ length: ${from.length.getText(b.sf)} }, (_, i) => …)`);
  }
  const arrayParam = from ? undefined : fn.parameters[names.length - 1];
  if (arrayParam && reads(checker, fn.body, checker.getSymbolAtLocation(arrayParam.name)!)) {
    return b.fail(arrayParam, 'TSG1008', `the callback of '${text}' reads its parameter '${arrayParam.name.getText(b.sf)}', the array itself, which tsgrad does not support`,
      made ? `name the array first (const a = ${owner.getText(b.sf)}), and read it by that name` : `read the array by its own name, ${owner.getText(b.sf)}`);
  }
  let stmts: readonly ts.Statement[] | undefined;
  if (ts.isBlock(fn.body)) {
    stmts = fn.body.statements;
    const nested = nestedReturn(fn.body);
    if (nested) {
      return b.fail(nested, 'TSG1008', `the callback of '${text}' returns from inside a loop or a switch, which tsgrad does not support in a callback`,
        'set a variable and break, then return it after the loop (or write the loop over the array yourself)');
    }
    if (method !== 'forEach' && !alwaysReturns(stmts)) {
      return b.fail(fn, 'TSG1008', `the callback of '${text}' may end without a 'return', where it gives undefined`, 'return a number on every path of the callback');
    }
  }
  if (!from && method === 'map' && (ownerKind === 'intArray' || known?.kind === 'var' && known.v.type === 'int[]')) {
    return b.fail(e, 'TSG1008', `'${text}' of an integer array makes an integer array, which tsgrad does not differentiate`, `make a Float64Array in a loop: const out = new Float64Array(${owner.getText(b.sf)}.length); for (let i = 0; i < out.length; i++) out[i] = …`);
  }
  if (method === 'forEach' && !valueUnused(e)) {
    return b.fail(e, 'TSG1008', `the value of '${text}' (undefined) is used`, `call ${owner.getText(b.sf)}.forEach(…) as a statement of its own`);
  }

  // the array, then the initial value, as JavaScript evaluates them
  let array: (Binding & { kind: 'var' | 'view' }) | undefined;
  let counted: Atom | undefined;
  if (from?.length) {
    // (`{ length: n }`: n elements, none read; Array.from truncates the length and takes less than 0 for 0)
    const n = lowerExpr(cx, from.length);
    const t = atomType(n);
    if (t !== 'f64' && t !== 'int') return b.fail(from.length, 'TSG1008', `the length of '${text}' is not a number`, `give the length as a number: ${from.ctor}.from({ length: n }, (_, i) => …)`);
    counted = b.eq('max', [t === 'f64' ? b.eq('trunc', [n]) : n, constAtom(0)]);
  } else if (made) {
    // (`Array.from(xs).every(…)`, `xs.slice().map(…)`: the copy made as a declaration makes it)
    const callee = (owner as ts.CallExpression).expression;
    const copying = ts.isPropertyAccessExpression(callee) && (callee.name.text === 'slice' || (callee.name.text === 'from' && (owner as ts.CallExpression).arguments.length === 1));
    const copy = copying ? newArray(cx, owner, 'items', 'f64[]', false) : undefined;
    const a = copy ? varAtom(copy) : lowerExpr(cx, owner);
    if (a.kind !== 'var' || atomType(a) !== 'f64[]') return b.fail(owner, 'TSG1008', `'${owner.getText(b.sf)}' is not an array tsgrad can loop over`, 'name the array first: const a = …');
    array = { kind: 'var', v: a.v };
  } else array = window ? windowExpr(cx, owner)! : known!;
  let base = array && (array.kind === 'view' ? array.base : array.v);
  if (base?.mutable) {
    // (the array the variable holds when the call starts, whatever the callback rebinds)
    const items = b.generatedVar('items', base.type, false);
    b.eq('copy', [varAtom(base)], items);
    base = items;
  }
  const at = (i: Atom): Atom => (array?.kind === 'view' && !(array.offset.kind === 'const' && array.offset.value === 0) ? b.eq('add', [i, array.offset]) : i);
  const number = (a: Atom, node: ts.Node, what: string): Atom => {
    const t = atomType(a);
    if (t === 'f64' || t === 'int') return a;
    return b.fail(node, 'TSG1008', `the callback of '${text}' gives ${t === 'bool' ? 'a boolean' : t === 'str' ? 'a string' : 'an array'} as ${what}: tsgrad lowers ${method} of numbers only`,
      method === 'map' ? 'return a number (c ? 1 : 0 for a boolean), or write the loop yourself' : 'accumulate a number (c ? 1 : 0 for a boolean), or write the loop yourself');
  };
  const init = reduce && rest[0] ? number(lowerExpr(cx, rest[0]), rest[0], 'the initial value') : undefined;
  b.loc = loc;
  const length = counted ?? (array!.kind === 'view' ? array!.length : b.eq('length', [varAtom(array!.v)]));

  let acc: Var | undefined;
  let out: Var | undefined;
  const backwards = method === 'reduceRight';
  let start: Atom = backwards ? b.eq('sub', [length, constAtom(1)]) : constAtom(0);
  if (reduce) {
    const accName = fn.parameters[0] ? (fn.parameters[0].name as ts.Identifier).text : 'acc';
    acc = b.newVar(accName, 'f64', 'local', true);
    if (init) b.assign(acc, init, true);
    else {
      // (no initial value: the first element, after a TypeError on an empty array)
      const empty = b.eq('eq', [length, constAtom(0)]);
      const then = b.block(() => b.emit({ kind: 'throw', error: 'TypeError', message: ['Reduce of empty array with no initial value'], loc }));
      b.emit({ kind: 'if', cond: empty, then, else: [], loc });
      b.assign(acc, b.eq('load', [varAtom(base!), at(start)]), true);
      start = backwards ? b.eq('sub', [length, constAtom(2)]) : constAtom(1);
    }
  }
  if (method === 'map') {
    const ctor = from ? from.ctor : ownerKind === 'number[]' ? 'Array' : typedArrayName(checker.getTypeAtLocation(owner)) ?? 'Float64Array';
    out = b.newVar(name ?? 'mapped', 'f64[]', 'local', rebound);
    b.emit({ kind: 'alloc', target: out, ctor, length, loc });
  }

  // (the test's answer for this element: some, every, findIndex, findLastIndex, find, findLast)
  const testing = tests.includes(method);
  const index = b.generatedVar('i', 'int', testing);
  const hit = testing ? b.generatedVar('hit', 'bool', true) : undefined;
  const give = (value: Atom | undefined, node: ts.Node): void => {
    if (hit) return b.assign(hit, value ? bool(cx, value, node) : constAtom(false));
    if (!value && (acc || out)) return b.fail(node, 'TSG1008', `the callback of '${text}' returns no value here, where it gives undefined`, 'return a number on every path of the callback');
    if (acc) b.assign(acc, number(value ?? constAtom(NaN, { name: 'undefined' }), node, 'the accumulator'));
    else if (out) b.emit({ kind: 'store', array: out, index: varAtom(index), value: number(value ?? constAtom(NaN, { name: 'undefined' }), node, 'an element'), loc: b.loc });
  };
  const frame: LoopFrame = { label: undefined };
  const saved = cx.callback;
  const savedLoops = cx.loops.splice(0);
  cx.loops.push(frame);
  let body: Stmt[];
  try {
    body = [...b.block(() => {
      b.loc = loc;
      const [pAcc, pValue, pIndex] = reduce ? fn.parameters : [undefined, ...fn.parameters];
      if (pAcc) bind(cx, pAcc, { kind: 'var', v: acc! }, 'f64');
      // (the element of `{ length: n }`, undefined: not bound, the callback does not read it)
      if (pValue && base) bind(cx, pValue, (v?: Var) => b.eq('load', [varAtom(base!), at(varAtom(index))], v), base.type === 'int[]' ? 'int' : 'f64');
      if (pIndex) bind(cx, pIndex, { kind: 'var', v: index }, 'int');
      // (forEach's expression body, `(v, i) => pairs.push([v, y[i]])`: a statement, its value unused)
      if (!stmts && method === 'forEach') {
        effect(cx, fn.body as ts.Expression);
        return;
      }
      if (!stmts) {
        const value = lowerExpr(cx, fn.body as ts.Expression);
        give(value, fn.body);
        return;
      }
      cx.callback = { body: fn.body as ts.Block, frame, give };
      lowerList(cx, stmts, 0);
    }, true)];
  } finally {
    cx.callback = saved;
    cx.loops.length = 0;
    cx.loops.push(...savedLoops);
  }
  if (frame.cnt) body = [{ kind: 'assign', target: frame.cnt, value: constAtom(false), decl: false, loc }, ...body];
  b.loc = loc;
  if (hit && (method === 'find' || method === 'findLast')) {
    // (the element at the index found, or undefined)
    const found = testLoop(cx, method, { index, hit, length, body, loc });
    return maybeElement(cx, b.eq('lt', [found, constAtom(0)]), () => b.eq('load', [varAtom(base!), at(found)]), target);
  }
  if (hit) return testLoop(cx, method as Test, { index, hit, length, body, loc }, target);
  b.emit(backwards
    ? { kind: 'for', index, from: start, to: constAtom(0), step: -1, inclusive: true, body, loc }
    : { kind: 'for', index, from: start, to: length, step: 1, inclusive: false, body, loc });
  // (the accumulator itself: nothing writes it after the loop, and a function returning it then
  // reads as one returning its loop's accumulator, whose sweeps can be fused)
  if (acc) return target ? b.eq('copy', [varAtom(acc)], target) : varAtom(acc);
  if (out) return varAtom(out);
  return constAtom(false, { name: 'undefined' });
}

/**
 * `return e` in the block body of a callback being lowered: gives its value for this element,
 * and ends the step (the rest of the body is skipped, as `continue` skips a loop's).
 */
export function callbackReturn(cx: LoweringState, s: ts.ReturnStatement): Exits {
  const { b } = cx;
  const callback = cx.callback!;
  const value = s.expression ? lowerExpr(cx, s.expression) : undefined;
  callback.give(value, s.expression ?? s);
  // (the body's last statement: nothing after it to skip)
  if (s.parent === callback.body && callback.body.statements[callback.body.statements.length - 1] === s) return { always: true, flags: new Set() };
  const flag = callback.frame.cnt ??= jumpFlag(cx, 'cnt');
  b.assign(flag, constAtom(true));
  return { always: true, flags: new Set([flag]) };
}

/**
 * A callback's parameter bound to `value`: the variable itself (the accumulator, the index),
 * the element loaded into a local named as the callback names it, or a copy when the body
 * assigns the parameter.
 */
function bind(cx: LoweringState, p: ts.ParameterDeclaration, value: Atom & { kind: 'var' } | ((target?: Var) => Atom), type: 'f64' | 'int'): void {
  const { b, checker } = cx;
  const symbol = checker.getSymbolAtLocation(p.name)!;
  const name = (p.name as ts.Identifier).text;
  if (cx.assigned.has(symbol)) {
    const v = b.newVar(name, type, 'local', true);
    b.assign(v, typeof value === 'function' ? value() : value, true);
    cx.scope.set(symbol, { kind: 'var', v });
    return;
  }
  if (typeof value === 'function') {
    const v = b.newVar(name, type, 'local', false);
    value(v);
    cx.scope.set(symbol, { kind: 'var', v });
    return;
  }
  cx.scope.set(symbol, { kind: 'var', v: value.v });
}

function usesThis(n: ts.Node): boolean {
  if (n.kind === ts.SyntaxKind.ThisKeyword) return true;
  if (ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n)) return false;
  return ts.forEachChild(n, usesThis) === true;
}

function reads(checker: ts.TypeChecker, n: ts.Node, symbol: ts.Symbol): boolean {
  if (ts.isIdentifier(n) && checker.getSymbolAtLocation(n) === symbol) return true;
  return ts.forEachChild(n, (c) => reads(checker, c, symbol)) === true;
}

/** A `return` of the callback inside one of its loops or switches. */
function nestedReturn(body: ts.Block): ts.ReturnStatement | undefined {
  const visit = (n: ts.Node, inside: boolean): ts.ReturnStatement | undefined => {
    if (ts.isReturnStatement(n) && inside) return n;
    if (ts.isFunctionLike(n)) return undefined;
    const deeper = inside || ts.isIterationStatement(n, false) || ts.isSwitchStatement(n);
    return ts.forEachChild(n, (c) => visit(c, deeper));
  };
  return ts.forEachChild(body, (c) => visit(c, false));
}

/** The list ends in a `return` (or a throw) on every path. */
function alwaysReturns(stmts: readonly ts.Statement[]): boolean {
  const last = stmts[stmts.length - 1];
  if (!last) return false;
  if (ts.isReturnStatement(last) || ts.isThrowStatement(last)) return true;
  if (ts.isBlock(last)) return alwaysReturns(last.statements);
  if (ts.isIfStatement(last) && last.elseStatement) {
    const of = (s: ts.Statement) => (ts.isBlock(s) ? s.statements : [s]);
    if (alwaysReturns(of(last.thenStatement)) && alwaysReturns(of(last.elseStatement))) return true;
  }
  // (`if (c) return a; return b;` ends in its last return, above; an `if` that returns in both
  // branches before other statements is that too)
  return stmts.slice(0, -1).some((s) => ts.isIfStatement(s) && s.elseStatement !== undefined &&
    alwaysReturns(ts.isBlock(s.thenStatement) ? s.thenStatement.statements : [s.thenStatement]) &&
    alwaysReturns(ts.isBlock(s.elseStatement) ? s.elseStatement.statements : [s.elseStatement]));
}

/**
 * The loop of `xs.some(test)`, `every`, `findIndex`, `findLastIndex`, `find`, `findLast`:
 * element by element until the test decides (`body` lowers the callback for the element at
 * `index`, setting `hit`), then the answer: found (some), none failed (every), the index or -1
 * (the others).
 */
function testLoop(cx: LoweringState, method: Test, loop: { index: Var; hit: Var; length: Atom; body: Stmt[]; loc: Stmt['loc'] }, target?: Var): Atom {
  const { b } = cx;
  const { index, hit, length, loc } = loop;
  const last = method === 'findLastIndex' || method === 'findLast';
  const indexed = method !== 'some' && method !== 'every';
  const answer = b.newVar(indexed ? 'found' : method === 'every' ? 'all' : 'any', indexed ? 'int' : 'bool', 'local', true);
  b.assign(answer, indexed ? constAtom(-1) : constAtom(method === 'every'), true);
  b.assign(hit, constAtom(false), true);
  b.assign(index, last ? b.eq('sub', [length, constAtom(1)]) : constAtom(0), true);
  const done = jumpFlag(cx, 'brk');
  b.assign(done, constAtom(false), true);
  let cond: Atom = constAtom(true);
  const pre = b.block(() => {
    b.loc = loc;
    const inside = last ? b.eq('ge', [varAtom(index), constAtom(0)]) : b.eq('lt', [varAtom(index), length]);
    cond = b.eq('and', [b.eq('not', [varAtom(done)]), inside]);
  }, true);
  const decided = b.block(() => {
    b.loc = loc;
    b.assign(answer, indexed ? varAtom(index) : constAtom(method === 'some'));
    b.assign(done, constAtom(true));
  });
  // (the index steps on after the element that decided too: a counter the reverse steps back
  // without reading the test again)
  const body: Stmt[] = [
    ...loop.body,
    ...b.block(() => {
      b.loc = loc;
      b.emit({ kind: 'if', cond: method === 'every' ? b.eq('not', [varAtom(hit)]) : varAtom(hit), then: decided, else: [], loc });
      b.assign(index, b.eq(last ? 'sub' : 'add', [varAtom(index), constAtom(1)]));
    }, true),
  ];
  b.emit({ kind: 'while', pre, cond, body, loc });
  return target ? b.eq('copy', [varAtom(answer)], target) : varAtom(answer);
}
