/**
 * A helper returning a new array that tsgrad cannot inline (it is recursive, alone or with
 * other functions of its module, or tagged `@noinline`) is lowered to the out-parameter form its
 * users would write by hand: `f$into(…, out): void` writes its result into `out`, which the
 * caller allocates with the length the helper's result has. That length is read from the
 * helper's source, statically: of each `return`, the length its array has (`new Float64Array(n)`,
 * a literal of k numbers, `Float64Array.from(a)`, a call of such a helper), in terms of the
 * helper's parameters, under the conditions on them that choose the `return`. The caller
 * evaluates it with its arguments. A helper whose result's length tsgrad cannot tell so is
 * refused at the call, with the reason.
 *
 * The form is a void function writing an array parameter, so its derivative is that of any such
 * function (split or joint mode: the reverse phase knows nothing of this lowering).
 */
import ts from './typescript.cjs';
import type { Atom, Block, Callee, Func, Loc, Param, Stmt, Var, Window } from '../ir/types.js';
import type { ExprContext } from './expressions.js';
import { atomType, constAtom, varAtom } from './builder.js';
import type { Prim } from '../rules/prims.js';
import type { FunctionNode } from './values.js';
import { classifyType, resizingMethods, skipParens } from './facts.js';
import { hasNoinlineTag } from './statements/noinline.js';
import { compound, mapStmt, reads, statements } from '../ir/walk.js';

/** The name of the out-parameter form of the helper `name` (`matPow$into`: no source function can be named so by accident). */
export const intoName = (name: string): string => `${name}$into`;
export const isIntoName = (name: string): boolean => name.endsWith('$into');

/**
 * A length, in terms of the helper's parameters (by index): a constant, a number parameter, an
 * array parameter's length, arithmetic and comparisons of those, or a choice between two.
 */
export type Len =
  | { readonly k: 'const'; readonly value: number }
  | { readonly k: 'param'; readonly i: number }
  | { readonly k: 'length'; readonly i: number }
  | { readonly k: 'op'; readonly prim: Prim; readonly args: readonly Len[] }
  | { readonly k: 'cond'; readonly cond: Len; readonly then: Len; readonly else: Len };

/** Why the length of a helper's result cannot be told from its source (the text it stops at). */
class Unknown {
  constructor(readonly reason: string) {}
}

const binaryPrims = new Map<ts.SyntaxKind, Prim>([
  [ts.SyntaxKind.PlusToken, 'add'], [ts.SyntaxKind.MinusToken, 'sub'], [ts.SyntaxKind.AsteriskToken, 'mul'],
  [ts.SyntaxKind.SlashToken, 'div'], [ts.SyntaxKind.PercentToken, 'mod'],
  [ts.SyntaxKind.LessThanToken, 'lt'], [ts.SyntaxKind.LessThanEqualsToken, 'le'], [ts.SyntaxKind.GreaterThanToken, 'gt'],
  [ts.SyntaxKind.GreaterThanEqualsToken, 'ge'], [ts.SyntaxKind.EqualsEqualsEqualsToken, 'eq'], [ts.SyntaxKind.EqualsEqualsToken, 'eq'],
  [ts.SyntaxKind.ExclamationEqualsEqualsToken, 'ne'], [ts.SyntaxKind.ExclamationEqualsToken, 'ne'],
  [ts.SyntaxKind.AmpersandAmpersandToken, 'and'], [ts.SyntaxKind.BarBarToken, 'or'], [ts.SyntaxKind.GreaterThanGreaterThanToken, 'shr'],
]);
const mathPrims = new Map<string, Prim>([['floor', 'floor'], ['ceil', 'ceil'], ['max', 'max'], ['min', 'min'], ['trunc', 'trunc'], ['round', 'round']]);
const arrayCtorNames = new Set(['Array', 'Float64Array', 'Float32Array']);

const isFunctionNode = (n: ts.Node): n is FunctionNode => ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n);

/** The function of this source file a call expression's callee names (a declaration, or a const holding an arrow function). */
function calledFunction(checker: ts.TypeChecker, callee: ts.Expression, sf: ts.SourceFile): FunctionNode | undefined {
  if (!ts.isIdentifier(callee)) return undefined;
  let s = checker.getSymbolAtLocation(callee);
  if (s && s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
  const d = s?.valueDeclaration;
  if (!d || d.getSourceFile() !== sf) return undefined;
  if (isFunctionNode(d)) return d;
  if (ts.isVariableDeclaration(d) && d.initializer && isFunctionNode(skipParens(d.initializer))) return skipParens(d.initializer) as FunctionNode;
  return undefined;
}

/** The functions of its own module that a function's body calls by name. */
function calledFunctions(checker: ts.TypeChecker, node: FunctionNode): FunctionNode[] {
  const out: FunctionNode[] = [];
  const sf = node.getSourceFile();
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n)) {
      const f = calledFunction(checker, n.expression, sf);
      if (f && !out.includes(f)) out.push(f);
    }
    ts.forEachChild(n, visit);
  };
  if (node.body) visit(node.body);
  return out;
}

/** Whether a function calls itself, directly or through other functions of its module. */
function isRecursive(checker: ts.TypeChecker, node: FunctionNode): boolean {
  const seen = new Set<FunctionNode>();
  const stack = calledFunctions(checker, node);
  while (stack.length > 0) {
    const f = stack.pop()!;
    if (f === node) return true;
    if (seen.has(f)) continue;
    seen.add(f);
    stack.push(...calledFunctions(checker, f));
  }
  return false;
}

/** The length of a tuple type of numbers without optional or rest elements, else undefined. */
function tupleLength(checker: ts.TypeChecker, type: ts.Type): number | undefined {
  const t = checker.getNonNullableType(type);
  if (!checker.isTupleType(t)) return undefined;
  const target = (t as ts.TypeReference).target as ts.TupleType;
  if (target.hasRestElement || target.minLength !== target.fixedLength) return undefined;
  return target.fixedLength;
}

/** Whether a helper that returns an array is lowered to its out-parameter form (it cannot be inlined: recursive, or `@noinline`). */
export function returnsArrayInto(checker: ts.TypeChecker, node: FunctionNode): boolean {
  return node.body !== undefined && (hasNoinlineTag(node) || isRecursive(checker, node));
}

/** Whether the helper's declared result is a `number[]` (an `Array`), else a typed array. */
export function resultIsPlainArray(checker: ts.TypeChecker, node: FunctionNode): boolean {
  const signature = checker.getSignatureFromDeclaration(node);
  return !!signature && classifyType(checker.getReturnTypeOfSignature(signature), checker) === 'number[]';
}

/** A path that reads the result of a call being read (its length is what is being found): left out of a first guess. */
class SelfPath {}

const lengths = new WeakMap<FunctionNode, Len | Unknown | 'pending' | 'guess' | { readonly hypothesis: Len }>();

/**
 * The length of the array a helper returns, in terms of its parameters, or why tsgrad cannot
 * tell it. Of a recursive helper whose result's length depends on a call of itself (`const h =
 * f(a, k - 1); return new Float64Array(h.length)`): the length its other paths give, if every
 * path gives that length when the recursive calls do.
 */
export function resultLength(checker: ts.TypeChecker, node: FunctionNode): Len | { readonly reason: string } {
  const known = lengths.get(node);
  if (known === 'pending') return new Unknown(`the length of its result depends on itself`);
  if (known === 'guess') throw new SelfPath();
  if (known && 'hypothesis' in known) return known.hypothesis;
  if (known) return known;
  const attempt = (): Len | Unknown => {
    try {
      return new LengthReader(checker, node).read();
    } catch (e) {
      if (e instanceof SelfPath) return new Unknown(`every path of it returns an array whose length depends on a call of itself`);
      if (!(e instanceof Unknown)) throw e;
      return e;
    }
  };
  lengths.set(node, 'pending');
  reading++;
  let found = attempt();
  if (found instanceof Unknown && /depends on itself/.test(found.reason)) {
    lengths.set(node, 'guess');
    const guess = attempt();
    if (!(guess instanceof Unknown)) {
      lengths.set(node, { hypothesis: guess });
      const checked = attempt();
      found = checked instanceof Unknown || same(checked, guess) ? checked : new Unknown(`its paths return arrays of different lengths, one of them through a call of itself`);
    }
  }
  // (what was found while another helper's length is being read may depend on that reading's state)
  if (--reading === 0 || !(found instanceof Unknown)) lengths.set(node, found);
  else lengths.delete(node);
  return found;
}

/** How many helpers' lengths are being read (one calls the next). */
let reading = 0;

export const isUnknownLength = (l: Len | { readonly reason: string }): l is { readonly reason: string } => l instanceof Unknown;

class LengthReader {
  private readonly sf: ts.SourceFile;
  private readonly params: ts.Symbol[];
  /** Symbols assigned after their declaration, or arrays grown (push…): their value where a `return` reads it is not their first. */
  private readonly changed = new Set<ts.Symbol>();
  /** Local `const`s: arrays (their length) and numbers. */
  private readonly locals = new Map<ts.Symbol, { array: boolean; init: ts.Expression }>();

  constructor(private readonly checker: ts.TypeChecker, private readonly node: FunctionNode) {
    this.sf = node.getSourceFile();
    this.params = node.parameters.map((p) => (ts.isIdentifier(p.name) ? checker.getSymbolAtLocation(p.name) : undefined)).filter((s): s is ts.Symbol => s !== undefined);
    const visit = (n: ts.Node): void => {
      const assigned = ts.isBinaryExpression(n) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment ? n.left
        : (ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken) ? n.operand
        : undefined;
      const target = assigned && skipParens(assigned);
      if (target && ts.isIdentifier(target)) this.mark(target);
      // (`a.length = k`, `a.push(v)`: the array's length changes)
      if (target && ts.isPropertyAccessExpression(target) && target.name.text === 'length' && ts.isIdentifier(skipParens(target.expression))) this.mark(skipParens(target.expression) as ts.Identifier);
      if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && resizingMethods.has(n.expression.name.text) && ts.isIdentifier(skipParens(n.expression.expression))) {
        this.mark(skipParens(n.expression.expression) as ts.Identifier);
      }
      ts.forEachChild(n, visit);
    };
    if (node.body) visit(node.body);
  }

  private mark(id: ts.Identifier): void {
    const s = this.checker.getSymbolAtLocation(id);
    if (s) this.changed.add(s);
  }

  read(): Len {
    const body = this.node.body!;
    if (!ts.isBlock(body)) return this.array(body);
    return this.statements([...body.statements]);
  }

  private text(n: ts.Node): string {
    const t = n.getText(this.sf).replace(/\s+/g, ' ');
    return t.length > 60 ? `${t.slice(0, 57)}…` : t;
  }

  /** The length of the array returned after `list` runs (its first statement first). */
  private statements(list: readonly ts.Statement[]): Len {
    const [s, ...rest] = list;
    if (!s) throw new Unknown(`a path of it ends without a return`);
    if (ts.isReturnStatement(s)) {
      if (!s.expression) throw new Unknown(`'${this.text(s)}' returns no array`);
      return this.array(s.expression);
    }
    if (ts.isBlock(s)) return this.statements([...s.statements, ...rest]);
    if (ts.isIfStatement(s)) {
      if (!hasReturn(s)) return this.statements(rest);
      const then = this.path(() => this.statements([s.thenStatement, ...rest]));
      const otherwise = this.path(() => this.statements([...(s.elseStatement ? [s.elseStatement] : []), ...rest]));
      if (then === undefined || otherwise === undefined) {
        // (a first guess of a recursive helper's length: the paths that do not depend on a call of itself)
        if (then === undefined && otherwise === undefined) throw new SelfPath();
        return (then ?? otherwise)!;
      }
      if (same(then, otherwise)) return then;
      return choose(this.number(s.expression), then, otherwise);
    }
    if (ts.isVariableStatement(s)) {
      for (const d of s.declarationList.declarations) {
        const sym = ts.isIdentifier(d.name) ? this.checker.getSymbolAtLocation(d.name) : undefined;
        if (sym && d.initializer && !this.changed.has(sym)) {
          const kind = classifyType(this.checker.getTypeAtLocation(d.name), this.checker);
          if (kind === 'number' || kind === 'Float64Array' || kind === 'number[]') this.locals.set(sym, { array: kind !== 'number', init: d.initializer });
        }
      }
      return this.statements(rest);
    }
    if (hasReturn(s)) throw new Unknown(`it returns inside '${this.text(s).split(' ')[0]}', where tsgrad reads no length`);
    return this.statements(rest);
  }

  /** A path's length, or undefined where it depends on the length being guessed. */
  private path(read: () => Len): Len | undefined {
    try {
      return read();
    } catch (e) {
      if (e instanceof SelfPath) return undefined;
      throw e;
    }
  }

  /** The length of the array `e` evaluates to. */
  private array(e0: ts.Expression): Len {
    const e = strip(e0);
    const { checker } = this;
    if (ts.isConditionalExpression(e)) {
      const then = this.path(() => this.array(e.whenTrue));
      const otherwise = this.path(() => this.array(e.whenFalse));
      if (then === undefined || otherwise === undefined) {
        if (then === undefined && otherwise === undefined) throw new SelfPath();
        return (then ?? otherwise)!;
      }
      return same(then, otherwise) ? then : choose(this.number(e.condition), then, otherwise);
    }
    if (ts.isIdentifier(e)) {
      const s = checker.getSymbolAtLocation(e);
      const i = s ? this.params.indexOf(s) : -1;
      if (i >= 0 && !this.changed.has(s!)) {
        const at = this.node.parameters.findIndex((p) => ts.isIdentifier(p.name) && checker.getSymbolAtLocation(p.name) === s);
        // (a tuple parameter, `state: readonly [number, number]`: its length is its type's; trial48 finding 15)
        const width = tupleLength(checker, checker.getTypeAtLocation(this.node.parameters[at]!));
        return width !== undefined ? { k: 'const', value: width } : { k: 'length', i: at };
      }
      const local = s && this.locals.get(s);
      if (local?.array) return this.array(local.init);
      throw new Unknown(`'${e.text}' ${s && this.changed.has(s) ? 'is assigned or grown after it is declared' : 'is not an array whose length tsgrad reads'}`);
    }
    if (ts.isArrayLiteralExpression(e)) return this.elements(e.elements);
    if (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && arrayCtorNames.has(e.expression.text)) {
      const [arg] = e.arguments ?? [];
      if (!arg) return { k: 'const', value: 0 };
      if ((e.arguments?.length ?? 0) > 1) {
        if (e.expression.text === 'Array') return { k: 'const', value: e.arguments!.length };
        throw new Unknown(`'${this.text(e)}' views a buffer`);
      }
      const kind = classifyType(checker.getTypeAtLocation(arg), checker);
      if (kind === 'number') return this.number(arg);
      return this.array(arg);
    }
    if (ts.isCallExpression(e)) {
      const callee = e.expression;
      if (ts.isPropertyAccessExpression(callee)) {
        const method = callee.name.text;
        const object = strip(callee.expression);
        if (ts.isIdentifier(object) && arrayCtorNames.has(object.text)) {
          if (method === 'of' && !e.arguments.some(ts.isSpreadElement)) return { k: 'const', value: e.arguments.length };
          if (method === 'from' && e.arguments[0]) {
            const src = strip(e.arguments[0]);
            if (ts.isObjectLiteralExpression(src)) {
              const length = src.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText(this.sf) === 'length');
              if (length) return this.number(length.initializer);
            } else return this.array(src);
          }
        }
        // (methods that keep the length: a copy, a map, a fill)
        if (['slice', 'map', 'fill', 'reverse', 'sort', 'toSorted'].includes(method) && (method !== 'slice' || e.arguments.length === 0)) return this.array(callee.expression);
        if (method === 'concat') return sum([this.array(callee.expression), ...e.arguments.map((a) => this.array(a))]);
        throw new Unknown(`'${this.text(e)}' has a length tsgrad does not read`);
      }
      const f = calledFunction(checker, callee, this.sf);
      if (f) {
        const inner = resultLength(checker, f);
        if (isUnknownLength(inner)) throw new Unknown(`'${this.text(e)}': ${inner.reason}`);
        return this.substitute(inner, e.arguments);
      }
    }
    throw new Unknown(`'${this.text(e)}' has a length tsgrad does not read`);
  }

  private elements(elements: readonly ts.Expression[]): Len {
    let fixed = 0;
    const spread: Len[] = [];
    for (const el of elements) {
      if (ts.isSpreadElement(el)) spread.push(this.array(el.expression));
      else fixed++;
    }
    return sum([{ k: 'const', value: fixed }, ...spread]);
  }

  /** A callee's length, with its parameters replaced by what this call passes. */
  private substitute(l: Len, args: readonly ts.Expression[]): Len {
    const arg = (i: number) => {
      const a = args[i];
      if (!a) throw new Unknown(`an argument is left out`);
      return a;
    };
    switch (l.k) {
      case 'const': return l;
      case 'param': return this.number(arg(l.i));
      case 'length': return this.array(arg(l.i));
      case 'op': return op(l.prim, l.args.map((a) => this.substitute(a, args)));
      case 'cond': return choose(this.substitute(l.cond, args), this.substitute(l.then, args), this.substitute(l.else, args));
    }
  }

  /** A number (or a test) of the parameters: what a length or the condition that chooses one is made of. */
  private number(e0: ts.Expression): Len {
    const e = strip(e0);
    const { checker } = this;
    if (ts.isNumericLiteral(e)) return { k: 'const', value: Number(e.text) };
    if (e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword) return { k: 'const', value: e.kind === ts.SyntaxKind.TrueKeyword ? 1 : 0 };
    if (ts.isIdentifier(e)) {
      const s = checker.getSymbolAtLocation(e);
      if (s && !this.changed.has(s)) {
        const i = this.node.parameters.findIndex((p) => ts.isIdentifier(p.name) && checker.getSymbolAtLocation(p.name) === s);
        if (i >= 0 && classifyType(checker.getTypeAtLocation(e), checker) === 'number') return { k: 'param', i };
        const local = this.locals.get(s);
        if (local && !local.array) return this.number(local.init);
      }
      throw new Unknown(`'${e.text}' is not a parameter or a constant tsgrad reads a length of`);
    }
    if (ts.isPropertyAccessExpression(e) && e.name.text === 'length') return this.array(e.expression);
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) return op('not', [this.number(e.operand)]);
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken) return op('neg', [this.number(e.operand)]);
    if (ts.isBinaryExpression(e)) {
      const prim = binaryPrims.get(e.operatorToken.kind);
      if (prim) return op(prim, [this.number(e.left), this.number(e.right)]);
    }
    if (ts.isConditionalExpression(e)) return choose(this.number(e.condition), this.number(e.whenTrue), this.number(e.whenFalse));
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && ts.isIdentifier(e.expression.expression) && e.expression.expression.text === 'Math') {
      const prim = mathPrims.get(e.expression.name.text);
      if (prim && e.arguments.length === (prim === 'max' || prim === 'min' ? 2 : 1)) return op(prim, e.arguments.map((a) => this.number(a)));
    }
    throw new Unknown(`'${this.text(e)}' is not a number of its parameters`);
  }
}

const strip = (e: ts.Expression): ts.Expression => {
  let x = skipParens(e);
  while (ts.isAsExpression(x) || ts.isNonNullExpression(x) || ts.isSatisfiesExpression(x) || ts.isTypeAssertionExpression(x)) x = skipParens(x.expression);
  return x;
};

function hasReturn(n: ts.Node): boolean {
  let found = false;
  const visit = (c: ts.Node): void => {
    if (found || isFunctionNode(c) || ts.isClassLike(c)) return;
    if (ts.isReturnStatement(c)) found = true;
    else ts.forEachChild(c, visit);
  };
  visit(n);
  return found;
}

const same = (a: Len, b: Len): boolean => JSON.stringify(a) === JSON.stringify(b);

function op(prim: Prim, args: readonly Len[]): Len {
  if (args.every((a) => a.k === 'const')) {
    const v = args.map((a) => (a as { value: number }).value);
    const folded: Partial<Record<Prim, number>> = {
      add: v[0]! + v[1]!, sub: v[0]! - v[1]!, mul: v[0]! * v[1]!,
    };
    if (folded[prim] !== undefined) return { k: 'const', value: folded[prim]! };
  }
  return { k: 'op', prim, args };
}

function choose(cond: Len, then: Len, otherwise: Len): Len {
  if (same(then, otherwise)) return then;
  if (cond.k === 'const') return cond.value ? then : otherwise;
  return { k: 'cond', cond, then, else: otherwise };
}

function sum(parts: readonly Len[]): Len {
  return parts.reduce((a, b) => (b.k === 'const' && b.value === 0 ? a : a.k === 'const' && a.value === 0 ? b : op('add', [a, b])));
}

/** The key of the out-parameter form's result parameter: `out`, unless the helper has a parameter so named. */
function outKey(keys: readonly string[]): string {
  let k = 'out';
  for (let i = 1; keys.includes(k); i++) k = `out${i}`;
  return k;
}

/**
 * The out-parameter form of a helper lowered as returning an array: its result copied into a
 * new last parameter `out` (which it writes and never reads), and no result.
 *
 * A `return g(…)` of a helper lowered so too passes `out` to g$into itself: the caller allocated
 * `out` with the length this return's result has, which is that of g's result; the new array,
 * its copy into `out` (with their adjoints and reverse, at each level of a recursion) are left
 * out. The other returns then copy their arrays into `out` where they return, as they do where
 * no return is such a call: a literal so copied (`return [a, b]`, or a helper's inlined there)
 * is no array at all, ir/tuples.ts storing a and b into out (copied into a result variable
 * first, it was an array, with its adjoint and their references on the tape, at each level).
 */
export function intoForm(fn: Func, plainArray: boolean): Func {
  const result = fn.result;
  if (!result || result.kind !== 'var') throw new Error(`${fn.name}: an array result must be a variable`);
  const names = fn.names;
  const key = outKey(fn.params.map((p) => p.key));
  const out = names.variable(key, 'f64[]', 'param', false);
  const loc = fn.loc;
  const made: Var[] = [];
  const copyFrom = (from: Var, at: Loc): Stmt[] => {
    const j = names.variable('j', 'int', 'local', false, true);
    const n = names.temp('int');
    const t = names.temp('f64');
    made.push(j, n, t);
    const index: Atom = { kind: 'var', v: j };
    return [
      { kind: 'eq', out: n, prim: 'length', args: [varAtom(from)], loc: at },
      {
        kind: 'for', index: j, from: constAtom(0), to: varAtom(n), step: 1, inclusive: false, loc: at,
        body: [
          { kind: 'eq', out: t, prim: 'load', args: [varAtom(from), index], loc: at },
          { kind: 'store', array: out, index, value: varAtom(t), loc: at },
        ],
      },
    ];
  };
  const forwarded = forwardedReturns(fn.body, result.v, out, copyFrom);
  const body = forwarded ? forwarded.body : [...fn.body, ...copyFrom(result.v, loc)];
  const dropped = new Set<Var>(forwarded ? [...forwarded.dropped, result.v] : []);
  const param: Param = { v: out, key, tsType: plainArray ? 'number[]' : 'Float64Array', differentiable: true, typeText: plainArray ? 'number[]' : 'Float64Array' };
  const { returnsArray: _dropped, ...rest } = fn;
  void _dropped;
  return {
    ...rest,
    params: [...fn.params, param],
    body,
    result: undefined,
    vars: [...fn.vars.filter((v) => v.kind === 'param'), out, ...fn.vars.filter((v) => v.kind !== 'param' && !dropped.has(v)), ...made],
    exported: false,
    returnsNumber: false,
    writes: [...fn.writes, out],
    pureOutputs: [...fn.pureOutputs, out],
  };
}

/**
 * An array-returning helper's trace with its returns of what a helper lowered to its
 * out-parameter form makes (`return g(…)`: `t = alloc; call g$into(…, t)`, then `result <- t`,
 * or `t` the function's result) passing `out` to g$into, and its other returns (`result <- a`)
 * copying their arrays into `out` there (`return [a, b]`: two stores, ir/tuples.ts); undefined
 * when there is one return. `dropped`: the
 * variables no longer used. The other returns copy where they return only when `result` is
 * assigned by returns alone, which a variable the function also reads, or a local the source
 * assigns more than once (the caller could not tell the result's length), is not.
 */
function forwardedReturns(body: Block, result: Var, out: Var, copyFrom: (from: Var, at: Loc) => Stmt[]): { body: Block; dropped: Var[] } | undefined {
  // how many statements name each variable (of an if or a loop: its condition or bounds)
  const mentions = new Map<Var, number>();
  let read = false;
  let assigned = 0;
  for (const s of statements(body)) {
    const own = new Set<Var>(reads(s));
    if (own.has(result)) read = true;
    if (s.kind === 'assign' && s.target === result) assigned++;
    if (s.kind === 'assign' || s.kind === 'alloc') own.add(s.target);
    if (s.kind === 'store' || s.kind === 'fill' || s.kind === 'push') own.add(s.array);
    if (s.kind === 'eq') own.add(s.out);
    if (s.kind === 'call' && s.out) own.add(s.out);
    if (s.kind === 'for') own.add(s.index);
    for (const v of own) mentions.set(v, (mentions.get(v) ?? 0) + 1);
  }
  // `t = alloc; call g$into(…, t)`, t named nowhere else but in `others` statements more
  const intoCall = (a: Stmt | undefined, c: Stmt | undefined, others: number): Var | undefined => {
    if (a?.kind !== 'alloc' || c?.kind !== 'call' || !isIntoName(c.callee.name)) return undefined;
    const t = a.target;
    const last = c.args.length - 1;
    const arg = c.args[last];
    if (arg?.kind !== 'var' || arg.v !== t || !c.writes.includes(last) || !c.pure.includes(last) || c.windows?.[last]) return undefined;
    return mentions.get(t) === 2 + others ? t : undefined;
  };
  const into = (c: Stmt): Stmt => (c.kind === 'call' ? { ...c, args: [...c.args.slice(0, -1), varAtom(out)] } : c);
  // the function ends with the call making its result (`return g(…)` its only return)
  const n = body.length;
  const last = intoCall(body[n - 2], body[n - 1], 0);
  if (last === result) return { body: [...body.slice(0, n - 2), into(body[n - 1]!)], dropped: [last] };
  // `result` a variable only returns assign, at least two: each copies where it returns (a literal
  // returned, `return [a, b]`, or a helper's inlined there, is then no array: ir/tuples.ts)
  if (read || assigned < 2) return undefined;
  const tailOf = (b: Block, k: number): Var | undefined => {
    const r = b[k + 2];
    if (r?.kind !== 'assign' || r.target !== result || r.value.kind !== 'var') return undefined;
    const t = intoCall(b[k], b[k + 1], 1);
    return t === r.value.v ? t : undefined;
  };
  const dropped: Var[] = [];
  const rewrite = (b: Block): Block => {
    const next: Stmt[] = [];
    for (let k = 0; k < b.length; k++) {
      const s = compound(b[k]!) ? mapStmt(b[k]!, { block: rewrite }) : b[k]!;
      const t = tailOf(b, k);
      if (t) {
        dropped.push(t);
        next.push(into(b[k + 1]!));
        k += 2;
      } else if (s.kind === 'assign' && s.target === result) {
        if (s.value.kind !== 'var') throw new Error(`an array result must be a variable`);
        next.push(...copyFrom(s.value.v, s.loc));
      } else if (!(s.kind === 'alloc' && s.target === result)) next.push(s);
    }
    return next;
  };
  return { body: rewrite(body), dropped };
}

/**
 * A call of a helper lowered to its out-parameter form: the caller allocates the result (of the
 * length the helper's source gives, evaluated with the call's arguments) and calls `f$into(…, out)`.
 * `args`: the call's arguments as lowered, one per parameter of the helper (`windows`: of an
 * array argument that is a window, its offset and length). Returns the new array.
 */
export function lowerIntoCall(cx: ExprContext, e: ts.CallExpression, node: FunctionNode, call: { callee: Callee; args: readonly Atom[]; writes: readonly number[]; pure: readonly number[]; windows: readonly (Window | undefined)[] }, target?: Var): Atom {
  const { b, checker } = cx;
  const name = call.callee.name;
  const length = resultLength(checker, node);
  if (isUnknownLength(length)) {
    return b.fail(e, 'TSG2002', `'${name}' returns an array and cannot be inlined (it is ${hasNoinlineTag(node) ? 'tagged @noinline' : 'recursive'}), so the caller allocates its result, and tsgrad cannot tell its length from the arguments: ${length.reason}`,
      'return arrays whose length follows from the parameters (new Float64Array(a.length), new Float64Array(n), a literal, Float64Array.from(a), such a call), or pass the array to fill as a parameter (function f(…, out: Float64Array): void), with the index to write at when its length grows with the recursion (out[k] = v; return k + 1)');
  }
  if (call.args.length !== node.parameters.length || call.callee.params.some((p) => p.of !== undefined)) {
    return b.fail(e, 'TSG2002', `'${name}' returns an array and cannot be inlined (it is ${hasNoinlineTag(node) ? 'tagged @noinline' : 'recursive'}), and tsgrad calls such a function only with one argument per parameter, each a number or an array`,
      'pass every argument, or pass the array to fill as a parameter (function f(…, out: Float64Array): void)');
  }
  const value = (l: Len): Atom => {
    switch (l.k) {
      case 'const': return constAtom(l.value);
      case 'param': return call.args[l.i]!;
      case 'length': {
        const w = call.windows[l.i];
        return w ? w.length : b.eq('length', [call.args[l.i]!]);
      }
      case 'op': {
        const logical = l.prim === 'and' || l.prim === 'or' || l.prim === 'not';
        return b.eq(l.prim, l.args.map((a) => (logical ? test(value(a)) : value(a))));
      }
      case 'cond': return cx.select(test(value(l.cond)), () => value(l.then), () => value(l.else), 'f64');
    }
  };
  const test = (a: Atom): Atom => (atomType(a) === 'bool' ? a : b.eq('truthy', [a]));
  const plain = resultIsPlainArray(checker, node);
  const out = target?.type === 'f64[]' ? target : b.newVar('t', 'f64[]', 'temp', false);
  b.emit({ kind: 'alloc', target: out, ctor: plain ? 'Array' : 'Float64Array', length: value(length), ...(plain ? { fill: constAtom(0) } : {}), loc: b.loc });
  const { returnsArray: _array, ...callee } = call.callee;
  void _array;
  const i = call.args.length;
  const at = b.locOf(e, '');
  b.emit({
    kind: 'call', callee: { ...callee, name: intoName(name), exported: false, returnsNumber: false, params: [...callee.params, { key: outKey(callee.params.map((p) => p.key)), array: true }] },
    args: [...call.args, varAtom(out)], writes: [...call.writes, i], pure: [...call.pure, i],
    ...(call.windows.some((w) => w) ? { windows: [...call.args.map((_, k) => call.windows[k]), undefined] } : {}), loc: b.loc,
    at: { line: at.line, column: at.column, length: e.getEnd() - e.getStart(b.sf) },
  });
  return varAtom(out);
}
