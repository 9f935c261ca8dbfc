/**
 * Factories called inside a differentiated function: `const f = makeScale(x); f(y) + f(2)`,
 * or `makeScale(x)(y)`, where `makeScale` is a function of the module that returns a function
 * (`(k) => (v) => k * v`, or one whose body computes constants first and returns a `function`
 * expression, an arrow, a function it declares, or another factory's result). The factory's
 * call is lowered where it stands: its parameters bound to the call's arguments (any
 * expressions, differentiated ones included), its statements before the `return` lowered in the
 * caller's function, and the function it returns kept as a *closure*: the returned function with
 * the bindings of what it closes over, as they are when the factory returns. Each call of the
 * closure is then lowered in place as a local helper is (local-functions.ts), those bindings in
 * scope, so that it reads the values the factory's call captured, as JavaScript does (an
 * argument's variable reassigned after the factory's call does not change what it captured).
 *
 * Refused, each in words that name it: a closure used other than by calling it (stored in an
 * array or object, passed, returned), a local assigned such a closure again, a returned
 * function that assigns what it closes over (state kept between calls), a factory that returns
 * before its last statement or declares other functions, one that calls itself.
 */
import ts from '../typescript.cjs';
import type { Atom, Var } from '../../ir/types.js';
import { constAtom, isArrayType } from '../builder.js';
import { assignedSymbols, integerSymbols, skipParens, withTypeArguments } from '../facts.js';
import { type Binding, lowerExpr } from '../expressions.js';
import type { LoweringState } from './state.js';
import { typeOf } from './local-types.js';
import { inlineLocal, type LocalFunction } from './local-functions.js';

/** A function a factory made: the function and what it closes over, bound when the factory returned. */
interface Closure {
  readonly fn: LocalFunction;
  readonly env: ReadonlyMap<ts.Symbol, Binding | undefined>;
  readonly factory: string;
}

/** The closures local constants hold, per function being lowered (by the constant's symbol). */
const held = new WeakMap<LoweringState, Map<ts.Symbol, Closure>>();

const closuresOf = (cx: LoweringState): Map<ts.Symbol, Closure> => {
  let m = held.get(cx);
  if (!m) held.set(cx, m = new Map());
  return m;
};

type FactoryNode = ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression;

/**
 * The factory `callee` names: a function of this module (declared, or an arrow or function
 * expression a `const` holds, at module level or in the function being lowered), or one
 * written where it is called, whose call returns a function; undefined for anything else.
 */
function factoryOf(cx: LoweringState, callee: ts.Expression): FactoryNode | undefined {
  const { checker } = cx;
  // (called where it is written: `(function (k) { return (v) => k * v; })(x)`)
  if ((ts.isArrowFunction(callee) || ts.isFunctionExpression(callee)) && within(callee, cx.fn)) return returnsFunction(checker, callee) ? callee : undefined;
  if (!ts.isIdentifier(callee)) return undefined;
  const d = checker.getSymbolAtLocation(callee)?.valueDeclaration;
  if (!d || d.getSourceFile() !== cx.b.sf) return undefined;
  const fn: FactoryNode | undefined = ts.isFunctionDeclaration(d) && d.body ? d
    : ts.isVariableDeclaration(d) && d.initializer && ts.isVariableDeclarationList(d.parent) && d.parent.flags & ts.NodeFlags.Const &&
      (ts.isArrowFunction(skipParens(d.initializer)) || ts.isFunctionExpression(skipParens(d.initializer))) ? skipParens(d.initializer) as ts.ArrowFunction | ts.FunctionExpression
    : undefined;
  if (!fn?.body || !returnsFunction(checker, fn)) return undefined;
  return fn;
}

function within(n: ts.Node, owner: ts.Node): boolean {
  for (let p: ts.Node | undefined = n; p; p = p.parent) if (p === owner) return true;
  return false;
}

function returnsFunction(checker: ts.TypeChecker, fn: FactoryNode): boolean {
  const signature = checker.getSignatureFromDeclaration(fn);
  const returned = signature && checker.getReturnTypeOfSignature(signature);
  return returned !== undefined && returned.getCallSignatures().length > 0 && !returned.isUnion();
}

/** The closure `e` gives: a local holding one, a factory's call, or a closure's call that returns a function. Undefined: `e` is none. */
function closureOf(cx: LoweringState, e: ts.Expression, inlining: Set<ts.Node>): Closure | undefined {
  const bare = skipParens(e);
  if (ts.isIdentifier(bare)) {
    const symbol = cx.checker.getSymbolAtLocation(bare);
    return symbol && held.get(cx)?.get(symbol);
  }
  if (!ts.isCallExpression(bare) || cx.checker.getTypeAtLocation(bare).getCallSignatures().length === 0) return undefined;
  const factory = factoryOf(cx, skipParens(bare.expression));
  if (factory) return applyFactory(cx, bare, factory, new Map(), inlining);
  const inner = closureOf(cx, bare.expression, inlining);
  return inner && applyFactory(cx, bare, inner.fn, inner.env, inlining);
}

/** Sets the bindings of `env` in scope for `run`, and puts back those they replaced. */
function withEnv<T>(cx: LoweringState, env: ReadonlyMap<ts.Symbol, Binding | undefined>, run: () => T): T {
  const saved = new Map<ts.Symbol, Binding | undefined>();
  for (const [symbol, binding] of env) {
    saved.set(symbol, cx.scope.get(symbol));
    if (binding) cx.scope.set(symbol, binding);
    else cx.scope.delete(symbol);
  }
  try {
    return run();
  } finally {
    for (const [symbol, binding] of saved) {
      if (binding) cx.scope.set(symbol, binding);
      else cx.scope.delete(symbol);
    }
  }
}

/** The symbols `fn` declares (its parameters and locals, its functions), not those of the functions nested in it. */
function declaredSymbols(cx: LoweringState, fn: ts.Node): ts.Symbol[] {
  const out: ts.Symbol[] = [];
  const name = (n: ts.BindingName | undefined): void => {
    if (!n) return;
    if (ts.isIdentifier(n)) {
      const s = cx.checker.getSymbolAtLocation(n);
      if (s) out.push(s);
    } else for (const e of n.elements) if (!ts.isOmittedExpression(e)) name(e.name);
  };
  const visit = (n: ts.Node): void => {
    if (ts.isParameter(n) || ts.isVariableDeclaration(n)) name(n.name);
    if (ts.isFunctionDeclaration(n) && n !== fn) {
      name(n.name);
      return;
    }
    if ((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && n !== fn) return;
    ts.forEachChild(n, visit);
  };
  visit(fn);
  return out;
}

/**
 * `factory(args)`, a function returning a function: its parameters bound to the arguments, its
 * statements before the `return` lowered here, and the function it returns, with what it
 * closes over (`env`, then the factory's own parameters and locals).
 */
function applyFactory(cx: LoweringState, e: ts.CallExpression, fn: LocalFunction, env: ReadonlyMap<ts.Symbol, Binding | undefined>, inlining: Set<ts.Node>): Closure {
  const { b, checker } = cx;
  const name = factoryName(fn);
  const moveIt = `call the function that '${name}' makes with constant arguments from a module-level constant (const f = ${name}(2)), or take what it closes over as a parameter of a helper`;
  if (inlining.has(fn)) return b.fail(e, 'TSG1007', `the factory '${name}' calls itself while making its function; tsgrad lowers a factory where it is called`, moveIt);
  if (e.arguments.some(ts.isSpreadElement)) return b.fail(e, 'TSG1007', `the factory '${name}' is called with a spread argument`, 'pass its arguments one by one');
  const body = fn.body!;
  let stmts: readonly ts.Statement[] = [];
  let result: ts.Expression | undefined;
  if (ts.isBlock(body)) {
    const last = body.statements[body.statements.length - 1];
    if (last && ts.isReturnStatement(last) && last.expression) {
      stmts = body.statements.slice(0, -1);
      result = skipParens(last.expression);
    }
  } else result = skipParens(body);
  const early = (n: ts.Node): boolean => !ts.isFunctionLike(n) && (ts.isReturnStatement(n) || ts.forEachChild(n, early) === true);
  if (!result || stmts.some(early)) {
    return b.fail(e, 'TSG1007', `the factory '${name}' returns before its last statement, or does not end in 'return'; tsgrad lowers a factory's call where it stands, and follows the function its last statement returns`, moveIt);
  }
  // (the function it returns: written there, or declared in its body and returned by name)
  const declared = ts.isIdentifier(result) ? checker.getSymbolAtLocation(result)?.valueDeclaration : undefined;
  const returned: LocalFunction | undefined = ts.isArrowFunction(result) || ts.isFunctionExpression(result) ? result
    : declared && ts.isFunctionDeclaration(declared) && declared.body && stmts.includes(declared) ? declared : undefined;
  const other = stmts.find((s) => ts.isFunctionDeclaration(s) && s !== returned);
  if (other) {
    return b.fail(other, 'TSG1007', `the factory '${name}' declares the function '${(other as ts.FunctionDeclaration).name?.text ?? ''}' beside the one it returns; tsgrad lowers a factory's call where it stands, and follows only the function it returns`,
      'compute it in the returned function, or move it to module level');
  }
  if (!returned && !ts.isCallExpression(result) && !ts.isIdentifier(result)) {
    return b.fail(result, 'TSG1007', `the factory '${name}' returns '${result.getText(b.sf).replace(/\s+/g, ' ').slice(0, 40)}', not a function written there, declared in it, or made by another factory`,
      `return an arrow or a function expression: return (v: number) => …`);
  }
  // (state kept between calls: the returned function assigns what it closes over)
  if (returned) {
    const own = new Set(declaredSymbols(cx, returned));
    const kept = [...assignedSymbols(returned.body!, checker)].find((s) => !own.has(s));
    if (kept) {
      return b.fail(e, 'TSG1007', `the function that '${name}' makes assigns '${kept.name}', which it closes over: state kept between its calls, which tsgrad does not follow`,
        `compute '${kept.name}' in the differentiated function and pass it to the function as an argument`);
    }
  }
  for (const s of assignedSymbols(fn, checker)) cx.assigned.add(s);
  for (const s of integerSymbols(fn, checker)) cx.integers.add(s);
  // (the arguments, evaluated in order in the caller's scope, before the factory's body runs)
  const args: Atom[] = fn.parameters.map((p, i) => {
    if (!ts.isIdentifier(p.name) || p.dotDotDotToken) return b.fail(p, 'TSG1007', `the parameter '${p.getText(b.sf)}' of the factory '${name}' is a pattern or a rest parameter`, 'take the values as parameters of their own');
    const arg = e.arguments[i];
    if (arg) return lowerExpr(cx, arg);
    if (!p.initializer) return b.fail(e, 'TSG1007', `the factory '${name}' is called without its parameter '${p.name.text}'`, `pass every argument, or give '${p.name.text}' a default value`);
    return withEnv(cx, env, () => lowerExpr(cx, p.initializer!));
  });
  inlining.add(fn);
  const callerFn = b.inlinedFrom;
  b.inlinedFrom = name;
  try {
    return withEnv(cx, env, () => {
      const symbols = declaredSymbols(cx, fn);
      // (what the scope held of the factory's names before: put back once it returned)
      const before = new Map(symbols.map((s) => [s, cx.scope.get(s)] as const));
      try {
        fn.parameters.forEach((p, i) => bindParam(cx, p as ts.ParameterDeclaration & { name: ts.Identifier }, args[i]!, name));
        for (const s of stmts) if (s !== returned) cx.lowerStmt(s);
        const captured = new Map(env);
        for (const s of symbols) captured.set(s, cx.scope.get(s));
        if (returned) return { fn: returned, env: captured, factory: name };
        // (`return other(k * 2)`, `return f` of a closure made here: that closure, made in the factory's scope)
        const made = closureOf(cx, result!, inlining);
        if (!made) {
          return b.fail(result!, 'TSG1007', `the factory '${name}' returns '${result!.getText(b.sf)}', which is not a function it writes, declares, or makes by calling another factory`,
            'return an arrow or a function expression: return (v: number) => …');
        }
        return { fn: made.fn, env: new Map([...captured, ...made.env]), factory: name };
      } finally {
        for (const [s, binding] of before) {
          if (binding) cx.scope.set(s, binding);
          else cx.scope.delete(s);
        }
      }
    });
  } finally {
    inlining.delete(fn);
    b.inlinedFrom = callerFn;
  }
}

/** A parameter of a factory bound to its argument: an array to the array, a number to its value now (copied). */
function bindParam(cx: LoweringState, p: ts.ParameterDeclaration & { name: ts.Identifier }, atom: Atom, factory: string): void {
  // (an array variable the caller rebinds later would be read as its new array: the made
  // function holds the array the factory was given)
  bindTo(cx, p, cx.checker.getSymbolAtLocation(p.name)!, atom, (v, assigned) => v.mutable || assigned,
    `the array parameter '${p.getText(cx.b.sf)}' of the factory '${factory}' is rebound, or given something other than an array variable the caller never rebinds`, 'pass an array parameter or a const array');
}

/**
 * A parameter bound to its argument, for a factory (bindParam) or a helper lowered in place
 * (bindArgument): an array to the array (refused, with `message` and `hint`, where `refused`
 * says so of the array variable given); a const of the caller read as it is; anything that may
 * change copied, as the function captured or was given it.
 */
function bindTo(cx: LoweringState, p: ts.ParameterDeclaration & { name: ts.Identifier }, symbol: ts.Symbol, atom: Atom, refused: (v: Var, assigned: boolean) => boolean, message: string, hint: string): void {
  const { b, checker } = cx;
  const type = typeOf(cx, symbol, checker.getTypeAtLocation(p), p);
  const assigned = cx.assigned.has(symbol);
  if (isArrayType(type)) {
    if (atom.kind !== 'var' || !isArrayType(atom.v.type) || refused(atom.v, assigned)) return b.fail(p, 'TSG1007', message, hint);
    cx.scope.set(symbol, { kind: 'var', v: atom.v });
    return;
  }
  if (atom.kind === 'var' && !atom.v.mutable && !assigned) {
    cx.scope.set(symbol, { kind: 'var', v: atom.v });
    return;
  }
  const v: Var = b.newVar(p.name.text, type, 'local', assigned);
  if (assigned) b.assign(v, atom, true);
  else b.eq('copy', [atom], v);
  cx.scope.set(symbol, { kind: 'var', v });
}

function factoryName(fn: LocalFunction): string {
  if (ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn)) if (fn.name) return fn.name.text;
  return ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name) ? fn.parent.name.text : 'the factory';
}

/** The factories and made functions being lowered, per function being lowered (one that calls itself recurses). */
const active = new WeakMap<LoweringState, Set<ts.Node>>();

const inliningOf = (cx: LoweringState): Set<ts.Node> => {
  let s = active.get(cx);
  if (!s) active.set(cx, s = new Set());
  return s;
};

/** Whether `e` gives a closure (closureOf), without lowering anything. */
function makesClosure(cx: LoweringState, e: ts.Expression): boolean {
  const bare = skipParens(e);
  if (ts.isIdentifier(bare)) {
    const symbol = cx.checker.getSymbolAtLocation(bare);
    return symbol !== undefined && held.get(cx)?.has(symbol) === true;
  }
  if (!ts.isCallExpression(bare) || cx.checker.getTypeAtLocation(bare).getCallSignatures().length === 0) return false;
  return factoryOf(cx, skipParens(bare.expression)) !== undefined || makesClosure(cx, bare.expression);
}

/**
 * `const f = makeScale(x)`: the closure the factory's call makes, held by `f`, which the
 * function only calls (or, in a factory, returns). Returns false where the initializer makes no
 * closure.
 */
export function closureDeclaration(cx: LoweringState, d: ts.VariableDeclaration): boolean {
  const { b, checker } = cx;
  const init = d.initializer && skipParens(d.initializer);
  if (!init || !ts.isIdentifier(d.name) || !ts.isCallExpression(init) || !makesClosure(cx, init)) return false;
  const symbol = checker.getSymbolAtLocation(d.name)!;
  const text = d.name.text;
  if (cx.assigned.has(symbol)) {
    return b.fail(d, 'TSG1003', `the local '${text}' holds the function that '${init.expression.getText(b.sf)}' makes and is assigned again`,
      `declare a const for each function made: const ${text}2 = ${init.getText(b.sf)}`);
  }
  const use = otherUse(cx, d.name, symbol);
  if (use) {
    return b.fail(use, 'TSG1003', `the local '${text}' holds the function '${init.expression.getText(b.sf)}' makes, and is used here other than by calling it (stored, passed or returned): tsgrad lowers each call of a made function where it stands`,
      `call it where it is used (${text}(…)), and store or pass the numbers it computes`);
  }
  closuresOf(cx).set(symbol, closureOf(cx, init, inliningOf(cx))!);
  return true;
}

/** A use of `name` in the function declaring it other than a call of it (or, in a factory, the `return` of it). */
function otherUse(cx: LoweringState, name: ts.Identifier, symbol: ts.Symbol): ts.Node | undefined {
  const owner = ts.findAncestor(name.parent, (n) => ts.isFunctionLike(n));
  if (!owner) return undefined;
  const body = (owner as ts.FunctionLikeDeclaration).body;
  const last = body && ts.isBlock(body) ? body.statements[body.statements.length - 1] : undefined;
  const returned = owner !== cx.fn && last && ts.isReturnStatement(last) && last.expression ? skipParens(last.expression) : undefined;
  let found: ts.Node | undefined;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isIdentifier(n) && n !== name && cx.checker.getSymbolAtLocation(n) === symbol) {
      const p = n.parent;
      if (!(ts.isCallExpression(p) && p.expression === n) && n !== returned) found = n;
    }
    ts.forEachChild(n, visit);
  };
  visit(owner);
  return found;
}

/** `f(y)` of a local holding a closure, or `makeScale(x)(y)`: the closure's function lowered in place, with what it closes over in scope. Undefined: the callee is no closure. */
export function closureCall(cx: LoweringState, e: ts.CallExpression, target?: Var): Atom | undefined {
  const callee = skipParens(e.expression);
  if (!makesClosure(cx, callee)) return undefined;
  const inlining = inliningOf(cx);
  const closure = closureOf(cx, callee, inlining)!;
  return withEnv(cx, closure.env, () => inlineLocal(cx, e, closure.fn, inlining, target));
}

/**
 * `sumBy(xs, (x) => k * x)`: a helper that takes a function (`f: (x: T, i: number) => number`),
 * given an arrow or a function expression written at the call, or a function declared by name,
 * for each such parameter. Its call is lowered where it stands, as a factory's is: its other
 * parameters bound to the arguments, each function parameter to the function given, whose calls
 * in the helper's body are lowered in place (local-functions.ts) and read the caller's variables
 * as they are at the call. A generic helper's type parameters are read as the call instantiates
 * them (`T` as number of `sumBy<T>(xs: readonly T[], …)` given a number[]): facts.ts
 * withTypeArguments. Undefined where the call is not such a helper's (the function arguments
 * not all written or named so).
 */
export function callbackHelperCall(cx: LoweringState, e: ts.CallExpression, target?: Var): Atom | undefined {
  const { b, checker } = cx;
  const callee = skipParens(e.expression);
  if (!ts.isIdentifier(callee)) return undefined;
  const helper = helperDeclaration(checker, callee);
  if (!helper || helper.getSourceFile() !== b.sf || e.arguments.some(ts.isSpreadElement)) return undefined;
  const given = new Map<ts.ParameterDeclaration, Pick<Closure, 'fn' | 'env'>>();
  for (const [i, p] of helper.parameters.entries()) {
    if (!takesFunction(checker, p)) continue;
    const fn = functionArgument(cx, e.arguments[i]);
    // (one tested, `f ? f(x) : x` of an optional callback, is not bound here)
    if (!fn || !onlyCalledIn(checker, helper, p)) return undefined;
    given.set(p, fn);
  }
  if (given.size === 0) return undefined;
  const name = factoryName(helper);
  const inlining = inliningOf(cx);
  const moveIt = `write the loop of '${name}' where it is called, with the callback's body in place of its calls`;
  // (a call in the helper's own body is recursion; one in a callback it is given is a call of
  // its own, `sumBy(xs, (x) => sumBy(ys, (y) => x * y))`, lowered inside the first)
  const nested = inlining.has(helper);
  if (nested && within(e, helper)) return b.fail(e, 'TSG1007', `the helper '${name}' takes a function and calls itself; tsgrad lowers such a helper where it is called`, moveIt);
  const body = helper.body!;
  let stmts: readonly ts.Statement[] = [];
  let result: ts.Expression | undefined;
  let returned: ts.ReturnStatement | undefined;
  if (ts.isBlock(body)) {
    const last = body.statements[body.statements.length - 1];
    stmts = last && ts.isReturnStatement(last) ? body.statements.slice(0, -1) : body.statements;
    if (last && ts.isReturnStatement(last)) { returned = last; result = last.expression; }
  } else result = body;
  const early = (n: ts.Node): boolean => !ts.isFunctionLike(n) && (ts.isReturnStatement(n) || ts.forEachChild(n, early) === true);
  if (stmts.some(early)) return b.fail(e, 'TSG1007', `the helper '${name}' takes a function and returns before its last statement; tsgrad lowers such a helper where it is called, and only one whose 'return' comes last`, moveIt);
  for (const s of assignedSymbols(helper, checker)) cx.assigned.add(s);
  for (const s of integerSymbols(helper, checker)) cx.integers.add(s);
  // (the arguments, evaluated in order in the caller's scope, before the helper's body runs; a
  // function argument is a value with nothing to evaluate)
  const signature = checker.getResolvedSignature(e);
  const args = helper.parameters.map((p, i): Atom | undefined => {
    if (given.has(p)) return undefined;
    if (!ts.isIdentifier(p.name) || p.dotDotDotToken) return b.fail(p, 'TSG1007', `the parameter '${p.getText(b.sf)}' of the helper '${name}' is a pattern or a rest parameter`, 'take the values as parameters of their own');
    const arg = e.arguments[i] ?? p.initializer;
    if (!arg) return b.fail(e, 'TSG1007', `the helper '${name}' is called without its parameter '${p.name.text}'`, `pass every argument, or give '${p.name.text}' a default value`);
    return lowerExpr(cx, arg);
  });
  const typeArguments = signature ? instantiation(checker, helper, signature) : new Map<ts.Type, ts.Type>();
  if (!nested) inlining.add(helper);
  const callerFn = b.inlinedFrom;
  const callerLoc = b.loc;
  b.inlinedFrom = name;
  const symbols = declaredSymbols(cx, helper);
  const before = new Map(symbols.map((s) => [s, cx.scope.get(s)] as const));
  const closures = closuresOf(cx);
  const heldBefore = new Map([...given.keys()].map((p) => { const s = checker.getSymbolAtLocation(p.name)!; return [s, closures.get(s)] as const; }));
  try {
    return withTypeArguments(typeArguments, () => {
      helper.parameters.forEach((p, i) => {
        const fn = given.get(p);
        const symbol = checker.getSymbolAtLocation(p.name)!;
        if (fn) closures.set(symbol, { ...fn, factory: name });
        else bindArgument(cx, p as ts.ParameterDeclaration & { name: ts.Identifier }, symbol, args[i]!, name, moveIt);
      });
      for (const s of stmts) cx.lowerStmt(s);
      if (returned) b.loc = b.locOf(returned);
      return result ? lowerExpr(cx, result, target) : constAtom(false, { name: 'undefined' });
    });
  } finally {
    for (const [s, binding] of before) {
      if (binding) cx.scope.set(s, binding);
      else cx.scope.delete(s);
    }
    for (const [s, closure] of heldBefore) {
      if (closure) closures.set(s, closure);
      else closures.delete(s);
    }
    if (!nested) inlining.delete(helper);
    b.inlinedFrom = callerFn;
    b.loc = callerLoc;
  }
}

/**
 * Whether the helper uses its parameter `p` only by calling it, or by passing it on to a helper
 * of the module that takes a function there (`meanBy(xs, f)` calling `sumBy(xs, f)`).
 */
function onlyCalledIn(checker: ts.TypeChecker, helper: ts.Node, p: ts.ParameterDeclaration): boolean {
  return checker.getSymbolAtLocation(p.name) !== undefined && callbackOtherUse(checker, helper, p) === undefined;
}

/** The first use of the function parameter `p` in `helper` other than a call of it or passing it on (see onlyCalledIn). */
export function callbackOtherUse(checker: ts.TypeChecker, helper: ts.Node, p: ts.ParameterDeclaration): ts.Identifier | undefined {
  const symbol = checker.getSymbolAtLocation(p.name);
  let found: ts.Identifier | undefined;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isIdentifier(n) && n !== p.name && checker.getSymbolAtLocation(n) === symbol &&
      !(ts.isCallExpression(n.parent) && n.parent.expression === n) && !passedOn(checker, n)) found = n;
    ts.forEachChild(n, visit);
  };
  visit(helper);
  return found;
}

/** Whether `n` is an argument of a call of a helper of its module whose parameter there takes a function. */
function passedOn(checker: ts.TypeChecker, n: ts.Identifier): boolean {
  const call = n.parent;
  if (!ts.isCallExpression(call) || !ts.isIdentifier(skipParens(call.expression))) return false;
  const callee = helperDeclaration(checker, skipParens(call.expression) as ts.Identifier);
  const p = callee?.getSourceFile() === n.getSourceFile() ? callee.parameters[call.arguments.indexOf(n)] : undefined;
  return p !== undefined && takesFunction(checker, p);
}

function takesFunction(checker: ts.TypeChecker, p: ts.ParameterDeclaration): boolean {
  return checker.getNonNullableType(checker.getTypeAtLocation(p)).getCallSignatures().length > 0;
}

/** The function declared with a body (or held by a `const`) that `callee` names. */
function helperDeclaration(checker: ts.TypeChecker, callee: ts.Identifier): ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression | undefined {
  const d = checker.getSymbolAtLocation(callee)?.valueDeclaration;
  if (!d) return undefined;
  if (ts.isFunctionDeclaration(d)) return d.body ? d : undefined;
  if (ts.isVariableDeclaration(d) && d.initializer && ts.isVariableDeclarationList(d.parent) && d.parent.flags & ts.NodeFlags.Const) {
    const init = skipParens(d.initializer);
    if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
  }
  return undefined;
}

/**
 * The function an argument gives: an arrow or function expression written there, a function
 * declared by name (in the module, or locally), or the function a helper being lowered was given
 * for its parameter of that name (passed on: `sumBy(xs, f)` in `meanBy`).
 */
function functionArgument(cx: LoweringState, arg: ts.Expression | undefined): Pick<Closure, 'fn' | 'env'> | undefined {
  const bare = arg && skipParens(arg);
  if (!bare) return undefined;
  if (ts.isArrowFunction(bare) || ts.isFunctionExpression(bare)) return { fn: bare, env: new Map() };
  if (!ts.isIdentifier(bare)) return undefined;
  const symbol = cx.checker.getSymbolAtLocation(bare);
  const bound = symbol?.valueDeclaration && ts.isParameter(symbol.valueDeclaration) ? closuresOf(cx).get(symbol) : undefined;
  if (bound) return bound;
  const declared = helperDeclaration(cx.checker, bare);
  return declared && { fn: declared, env: new Map() };
}

/** A parameter of a helper lowered in place bound to its argument: an array to the array, a number to its value (copied where it may change). */
function bindArgument(cx: LoweringState, p: ts.ParameterDeclaration & { name: ts.Identifier }, symbol: ts.Symbol, atom: Atom, helper: string, moveIt: string): void {
  bindTo(cx, p, symbol, atom, (_, assigned) => assigned,
    `the array parameter '${p.getText(cx.b.sf)}' of the helper '${helper}' is rebound or given something other than an array variable`, moveIt);
}

/**
 * What the call instantiates each of the helper's type parameters as (`T` → number of
 * `xs: readonly T[]` given a number[]), found by matching each parameter's declared type with
 * its type in the resolved signature.
 */
function instantiation(checker: ts.TypeChecker, helper: ts.SignatureDeclaration, signature: ts.Signature): Map<ts.Type, ts.Type> {
  const out = new Map<ts.Type, ts.Type>();
  if (!helper.typeParameters?.length) return out;
  const match = (declared: ts.Type, actual: ts.Type, depth: number): void => {
    if (depth > 4 || out.size === helper.typeParameters!.length) return;
    if (declared.flags & ts.TypeFlags.TypeParameter) {
      if (!out.has(declared)) out.set(declared, actual);
      return;
    }
    if (declared.flags & ts.TypeFlags.Object && actual.flags & ts.TypeFlags.Object) {
      const d = checker.getTypeArguments(declared as ts.TypeReference);
      const a = checker.getTypeArguments(actual as ts.TypeReference);
      if (d.length === a.length) d.forEach((t, i) => match(t, a[i]!, depth + 1));
      const [ds] = declared.getCallSignatures();
      const [as] = actual.getCallSignatures();
      if (ds && as) ds.getParameters().forEach((q, i) => {
        const aq = as.getParameters()[i];
        if (q.valueDeclaration && aq?.valueDeclaration) match(checker.getTypeOfSymbolAtLocation(q, q.valueDeclaration), checker.getTypeOfSymbolAtLocation(aq, aq.valueDeclaration), depth + 1);
      });
    }
  };
  helper.parameters.forEach((p, i) => {
    const actual = signature.getParameters()[i];
    if (actual) match(checker.getTypeAtLocation(p), checker.getTypeOfSymbol(actual), 0);
  });
  return out;
}
